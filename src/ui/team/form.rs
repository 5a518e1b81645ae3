//! Creating and editing a task. Nothing is written unless every field is
//! valid; an edit writes only the fields the user changed.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use super::{known, TeamNav};
use crate::domain::action::Action;
use crate::domain::goals::GoalKind;
use crate::domain::tasks::{create_task, Priority, TaskInput, TaskStatus};
use crate::ui::goals::GoalPicker;
use crate::ui::i18n::tr;
use crate::ui::session::Session;
use crate::ui::widgets::{
    chosen, client_choices, code_options, member_choices, now_ms, CodeSelect, FormErrors,
    FormMessage, RecordPicker, SaveError, TextField,
};

#[component]
pub fn TaskNew() -> impl IntoView {
    let session = expect_context::<Session>();
    let navigate = use_navigate();
    let save = Callback::new(move |input: TaskInput| {
        let task = create_task(&input, &known(session), &session.me(), now_ms())?;
        session.change_team(Action::TaskCreate, &task.title, |w| w.put(&task.id, &task))?;
        Ok(task.id)
    });
    let to_board = navigate.clone();
    let saved =
        Callback::new(move |id: String| navigate(&format!("/team/tasks/{id}"), Default::default()));
    let cancel = Callback::new(move |_| to_board("/team", Default::default()));
    let initial = TaskInput {
        assignee: Some(session.me()).filter(|me| (known(session).assignee)(me)),
        ..Default::default()
    };
    view! {
        <section class="desk team-desk narrow">
            <header class="desk-header">
                <h1>{tr("task-new-title")}</h1>
            </header>
            <TeamNav />
            <TaskForm initial=initial save=save saved=saved cancel=cancel />
        </section>
    }
}

/// The task form. `save` writes the input and returns the task's id;
/// `saved` runs after a successful save.
#[component]
pub(super) fn TaskForm(
    initial: TaskInput,
    save: Callback<TaskInput, Result<String, SaveError>>,
    saved: Callback<String>,
    cancel: Callback<()>,
) -> impl IntoView {
    let title = RwSignal::new(initial.title);
    let description = RwSignal::new(initial.description);
    let assignee = RwSignal::new(initial.assignee.unwrap_or_default());
    let due_on = RwSignal::new(initial.due_on);
    let priority = RwSignal::new(initial.priority.code().to_string());
    let status = RwSignal::new(initial.status.code().to_string());
    let blocked_reason = RwSignal::new(initial.blocked_reason);
    let client = RwSignal::new(initial.client_id.unwrap_or_default());
    let goal = RwSignal::new(initial.goal.unwrap_or_default());
    let errors = FormErrors::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let input = TaskInput {
            title: title.get_untracked(),
            description: description.get_untracked(),
            assignee: chosen(assignee.get_untracked()),
            due_on: due_on.get_untracked(),
            priority: Priority::from_code(&priority.get_untracked()).unwrap_or_default(),
            status: TaskStatus::from_code(&status.get_untracked()).unwrap_or_default(),
            blocked_reason: blocked_reason.get_untracked(),
            client_id: chosen(client.get_untracked()),
            goal: chosen(goal.get_untracked()),
        };
        if let Some(id) = errors.show(save.run(input)) {
            saved.run(id);
        }
    };
    let blocked = move || status.get() == TaskStatus::Blocked.code();
    view! {
        <form class="card task-form" on:submit=submit novalidate>
            <TextField msg="task-field-title" name="title" value=title error=errors.field("title") />
            <TextField
                msg="task-field-description"
                name="description"
                value=description
                multiline=true
                error=errors.field("description")
            />
            <div class="row">
                <RecordPicker
                    msg="task-field-assignee"
                    name="assignee"
                    value=assignee
                    choices=member_choices(assignee)
                    none="task-unassigned"
                    error=errors.field("assignee")
                />
                <TextField msg="task-field-due" name="due_on" kind="date" value=due_on error=errors.field("due_on") />
            </div>
            <div class="row">
                <CodeSelect msg="task-field-priority" name="priority" value=priority options=code_options(Priority::ALL) />
                <CodeSelect msg="field-status" name="status" value=status options=code_options(TaskStatus::ALL) />
            </div>
            <Show when=blocked>
                <TextField
                    msg="task-field-blocked-reason"
                    name="blocked_reason"
                    value=blocked_reason
                    error=errors.field("blocked_reason")
                />
            </Show>
            <RecordPicker
                msg="task-field-client"
                name="client"
                value=client
                choices=client_choices()
                none="task-no-client"
                error=errors.field("client_id")
            />
            <GoalPicker value=goal kinds=&[GoalKind::Goal] msg="goals-field-serves" />
            <FormMessage errors=errors />
            <div class="actions">
                <button type="button" class="button" on:click=move |_| cancel.run(())>
                    {tr("action-cancel")}
                </button>
                <button type="submit" class="button primary">{tr("action-save")}</button>
            </div>
        </form>
    }
}
