//! Choosing a record: a labelled select of records by name — members,
//! clients, templates — with an optional "none" option first. Every form
//! and filter that refers to another record uses it.

use leptos::prelude::*;

use super::forms::SelectField;
use crate::domain::messages::Recipient;
use crate::domain::people::Member;
use crate::domain::validation::Problem;
use crate::ui::i18n::use_i18n;
use crate::ui::session::Session;

/// A record to choose: its id and the name shown.
pub type Choice = (String, String);

/// A labelled select over `choices`; `value` is the chosen id, or "" for
/// the `none` option.
#[component]
pub fn RecordPicker(
    /// The i18n id of the label.
    msg: &'static str,
    name: &'static str,
    value: RwSignal<String>,
    #[prop(into)] choices: Signal<Vec<Choice>>,
    /// The i18n id of a first option (value "") such as "Unassigned" or
    /// "Everyone"; without it a record must be chosen.
    #[prop(optional)]
    none: Option<&'static str>,
    #[prop(into, optional)] error: Signal<Option<Problem>>,
) -> impl IntoView {
    view! {
        <SelectField msg=msg name=name value=value error=error>
            <ChoiceOptions selected=value choices=choices none=none />
        </SelectField>
    }
}

/// The options of a record select, for a select laid out by its caller.
#[component]
pub fn ChoiceOptions(
    #[prop(into)] selected: Signal<String>,
    #[prop(into)] choices: Signal<Vec<Choice>>,
    /// The i18n id of a first option (value "") such as "Nobody".
    none: Option<&'static str>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        {none.map(|none| view! {
            <option value="" selected=move || selected.with(String::is_empty)>{move || i18n.t(none)}</option>
        })}
        <For each=move || choices.get() key=|choice| choice.clone() let((id, label))>
            {
                let value = id.clone();
                view! { <option value=value selected=move || selected.with(|s| *s == id)>{label}</option> }
            }
        </For>
    }
}

/// The members `keep` keeps, by name.
pub fn members_where(session: Session, keep: impl Fn(&Member) -> bool) -> Vec<Choice> {
    let mut members: Vec<Choice> = session
        .records
        .members
        .values()
        .into_iter()
        .filter(|m| keep(m))
        .map(|m| (m.id, m.name))
        .collect();
    members.sort_by_key(|(_, name)| name.to_lowercase());
    members
}

/// The active members by name, and member `current` (the one a record
/// already names) even if they have left.
pub fn member_choices(current: impl Into<Signal<String>>) -> Signal<Vec<Choice>> {
    let session = expect_context::<Session>();
    let current = current.into();
    Signal::derive(move || {
        current.with(|current| members_where(session, |m| m.active || m.id == *current))
    })
}

/// Every client by name, read from the name index.
pub fn client_choices() -> Signal<Vec<Choice>> {
    let session = expect_context::<Session>();
    Signal::derive(move || {
        session
            .indexes
            .clients_by_name
            .records(&(), usize::MAX, session.records.clients)
            .into_iter()
            .map(|c| (c.id, c.name))
            .collect()
    })
}

/// Every department by name.
pub fn department_choices() -> Signal<Vec<Choice>> {
    let session = expect_context::<Session>();
    Signal::derive(move || {
        let mut departments: Vec<Choice> = session
            .records
            .departments
            .values()
            .into_iter()
            .map(|d| (d.id, d.name))
            .collect();
        departments.sort_by_key(|(_, name)| name.to_lowercase());
        departments
    })
}

/// Every department by name as a target beside people ("Finance
/// (department)"), valued by its `Recipient::key`: where a message or a
/// request may go.
pub fn department_targets() -> Signal<Vec<Choice>> {
    let i18n = use_i18n();
    let departments = department_choices();
    Signal::derive(move || {
        departments
            .get()
            .into_iter()
            .map(|(id, name)| {
                let label = i18n.t_args("messages-department", &[("name", name.into())]);
                (Recipient::department(&id).key(), label)
            })
            .collect()
    })
}

/// A record id from a select's value ("" is none).
pub fn chosen(value: String) -> Option<String> {
    Some(value).filter(|v| !v.is_empty())
}
