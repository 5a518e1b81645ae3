//! Declaring a crisis: title, severity and summary.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::domain::action::Action;
use crate::domain::crisis::{declare_crisis, CrisisInput, Severity};
use crate::ui::i18n::tr;
use crate::ui::session::Session;
use crate::ui::widgets::{code_options, now_ms, CodeSelect, FormErrors, FormMessage, TextField};

/// The "declare a crisis" form; opens the new crisis's page once saved.
#[component]
pub(super) fn DeclareForm(on_cancel: Callback<()>) -> impl IntoView {
    let session = expect_context::<Session>();
    let navigate = use_navigate();
    let title = RwSignal::new(String::new());
    let severity = RwSignal::new(Severity::default().code().to_string());
    let summary = RwSignal::new(String::new());
    let errors = FormErrors::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let input = CrisisInput {
            title: title.get_untracked(),
            severity: Severity::from_code(&severity.get_untracked()).unwrap_or_default(),
            summary: summary.get_untracked(),
        };
        let saved = declare_crisis(&input, &session.me(), now_ms())
            .map_err(Into::into)
            .and_then(|crisis| {
                session
                    .change_leadership(Action::CrisisDeclare, &crisis.title, |w| {
                        w.put(&crisis.id, &crisis)
                    })
                    .map(|_| crisis.id)
                    .map_err(Into::into)
            });
        if let Some(id) = errors.show(saved) {
            navigate(&format!("/crisis/{id}"), Default::default());
        }
    };
    let severities = code_options(Severity::ALL);
    view! {
        <form class="inline-form declare-form" on:submit=submit novalidate>
            <div class="row">
                <TextField msg="crisis-field-title" name="title" value=title error=errors.field("title") />
                <CodeSelect msg="crisis-field-severity" name="severity" value=severity options=severities />
            </div>
            <TextField msg="field-summary" name="summary" value=summary multiline=true error=errors.field("summary") />
            <FormMessage errors=errors />
            <div class="actions">
                <button type="button" class="button" on:click=move |_| on_cancel.run(())>{tr("action-cancel")}</button>
                <button type="submit" class="button primary">{tr("crisis-declare-save")}</button>
            </div>
        </form>
    }
}
