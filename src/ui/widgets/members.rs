//! Choosing a member: a labelled select of the workspace's members by name,
//! with a "nobody" option first. Every desk that assigns or attributes
//! something to a member uses it.

use leptos::prelude::*;

use super::forms::{problem_text, unique_suffix};
use crate::domain::validation::Problem;
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;

/// A labelled member select; `value` is a member id or "" for nobody.
#[component]
pub fn MemberSelect(
    /// The i18n id of the label.
    msg: &'static str,
    name: &'static str,
    value: RwSignal<String>,
    /// The i18n id of the "nobody" option.
    #[prop(default = "field-owner-none")]
    none: &'static str,
    #[prop(into, optional)] error: Signal<Option<Problem>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = format!("field-{name}-{}", unique_suffix());
    view! {
        <div class="field" class:invalid=move || error.get().is_some()>
            <label for=id.clone()>{tr(msg)}</label>
            <select id=id name=name prop:value=move || value.get() on:change=move |ev| value.set(event_target_value(&ev))>
                <MemberOptions selected=value none=none />
            </select>
            <p class="field-error">{move || error.get().map(|p| problem_text(i18n, &p))}</p>
        </div>
    }
}

/// The options of a member select: "nobody", then every member by name.
#[component]
pub fn MemberOptions(
    #[prop(into)] selected: Signal<String>,
    /// The i18n id of the "nobody" option.
    #[prop(default = "field-owner-none")]
    none: &'static str,
) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let members = move || {
        let mut members = session.records.members.values();
        members.sort_by_key(|m| m.name.to_lowercase());
        members
    };
    view! {
        <option value="" selected=move || selected.get().is_empty()>{move || i18n.t(none)}</option>
        {move || {
            members()
                .into_iter()
                .map(|m| {
                    let id = m.id.clone();
                    view! { <option value=m.id.clone() selected=move || selected.get() == id>{m.name}</option> }
                })
                .collect_view()
        }}
    }
}

/// A member id from a select's value ("" is nobody).
pub fn member_or_none(value: String) -> Option<String> {
    Some(value).filter(|v| !v.is_empty())
}
