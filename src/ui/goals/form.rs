//! Setting a goal or value, and editing one.

use leptos::prelude::*;

use crate::domain::goals::{Goal, GoalInput, GoalKind};
use crate::ui::i18n::tr;
use crate::ui::session::Session;
use crate::ui::widgets::{code_options, CodeSelect, FormErrors, FormMessage, TextField};

/// A new goal, or `editing` an existing one (then `done` runs on save or
/// cancel).
#[component]
pub fn GoalForm(
    #[prop(optional)] editing: Option<Goal>,
    #[prop(optional)] done: Option<Callback<()>>,
) -> impl IntoView {
    let session = expect_context::<Session>();
    let initial = editing
        .as_ref()
        .map(GoalInput::from_goal)
        .unwrap_or_default();
    let kind = RwSignal::new(initial.kind.code().to_string());
    let title = RwSignal::new(initial.title);
    let description = RwSignal::new(initial.description);
    let errors = FormErrors::new();
    let id = editing.map(|g| g.id);
    let is_new = id.is_none();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let input = GoalInput {
            kind: GoalKind::from_code(&kind.get_untracked()).unwrap_or_default(),
            title: title.get_untracked(),
            description: description.get_untracked(),
        };
        let saved = match &id {
            Some(id) => session.edit_goal(id, &input),
            None => session.set_goal(&input),
        };
        if errors.show(saved).is_some() {
            if is_new {
                title.set(String::new());
                description.set(String::new());
            }
            if let Some(done) = done {
                done.run(());
            }
        }
    };
    view! {
        <form class="card goal-form" on:submit=submit novalidate>
            <div class="row">
                <CodeSelect msg="goals-field-kind" name="kind" value=kind options=code_options(GoalKind::ALL) />
                <TextField msg="goals-field-title" name="title" value=title error=errors.field("title") />
            </div>
            <TextField msg="goals-field-description" name="description" value=description multiline=true error=errors.field("description") />
            <FormMessage errors=errors />
            <div class="actions">
                {done.map(|done| view! {
                    <button type="button" class="button" on:click=move |_| done.run(())>{tr("action-cancel")}</button>
                })}
                <button type="submit" class="button primary">
                    {if is_new { tr("goals-add") } else { tr("action-save") }}
                </button>
            </div>
        </form>
    }
}
