//! Choosing where a request goes: a member, a department, or a person or
//! desk by name.

use leptos::prelude::*;

use crate::domain::requests::{RouteTarget, TargetInput};
use crate::ui::i18n::I18n;
use crate::ui::session::Session;
use crate::ui::widgets::{department_targets, member_choices, FormErrors, RecordPicker, TextField};

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
    let no_member = move || fields.member.get().is_empty();
    let members = member_choices(fields.member);
    let departments = department_targets();
    let choices = Signal::derive(move || {
        let mut choices = members.get();
        choices.extend(departments.get());
        choices
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
    target.shown_name(|key| session.recipient_name(key), |id| i18n.t(id))
}
