//! Choosing where a request goes: a member, a department, or a person or
//! desk by name.

use leptos::prelude::*;

use crate::domain::messages::{Recipient, RecipientKind};
use crate::domain::requests::{RouteTarget, TargetInput};
use crate::ui::i18n::{use_i18n, I18n};
use crate::ui::session::Session;
use crate::ui::widgets::{department_choices, member_choices, FormErrors, RecordPicker, TextField};

/// The fields of a target choice.
#[derive(Clone, Copy)]
pub(super) struct TargetFields {
    member: RwSignal<String>,
    name: RwSignal<String>,
}

impl TargetFields {
    pub fn new() -> Self {
        Self {
            member: RwSignal::new(String::new()),
            name: RwSignal::new(String::new()),
        }
    }

    pub fn input(&self) -> TargetInput {
        TargetInput {
            member: self.member.get_untracked(),
            name: self.name.get_untracked(),
        }
    }

    pub fn clear(&self) {
        self.member.set(String::new());
        self.name.set(String::new());
    }
}

/// A select of members and departments and, when none is chosen, a person
/// or desk by name.
#[component]
pub(super) fn TargetPicker(fields: TargetFields, errors: FormErrors) -> impl IntoView {
    let i18n = use_i18n();
    let no_member = move || fields.member.get().is_empty();
    let members = member_choices(fields.member);
    let choices = Signal::derive(move || {
        let departments = department_choices().get().into_iter().map(|(id, name)| {
            let label = i18n.t_args("messages-department", &[("name", name.into())]);
            (Recipient::department(&id).key(), label)
        });
        members
            .get()
            .into_iter()
            .chain(departments)
            .collect::<Vec<_>>()
    });
    view! {
        <div class="row">
            <RecordPicker
                msg="route-field-member"
                name="member"
                value=fields.member
                choices=choices
                none="route-member-none"
                error=errors.field("member")
            />
            <Show when=no_member>
                <TextField
                    msg="route-field-name"
                    name="target_name"
                    value=fields.name
                    placeholder="route-field-name-placeholder"
                    error=errors.field("name")
                />
            </Show>
        </div>
    }
}

/// How `target` is shown: a member's or department's name, the Executive
/// Assistant in the user's language, or the name typed.
pub(super) fn target_name(session: Session, i18n: I18n, target: &RouteTarget) -> String {
    target.shown_name(target_key_name(session), |id| i18n.t(id))
}

/// The name of a member id or a `department:<id>`, as a target choice
/// holds them (see `TargetInput`).
pub(super) fn target_key_name(session: Session) -> impl Fn(&str) -> Option<String> {
    move |key| match Recipient::from_key(key) {
        Some(r) if r.kind == RecipientKind::Department => session.department_name(&r.id),
        _ => session.member_name(key),
    }
}
