//! One task: its details, editing in place, removal and its comments.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map};

use super::comments::Comments;
use super::form::TaskForm;
use super::{
    assignee_name, change_task, client_name, due_text, known, Markers, PriorityBadge, StatusBadge,
    TeamNav,
};
use crate::domain::action::Action;
use crate::domain::tasks::{edit_task, Task, TaskInput, TaskStatus};
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::{confirmed, now_ms};

#[component]
pub fn TaskPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").unwrap_or_default());
    // Only the task's coming or going re-renders the page: tasks added on
    // other devices must not reset a form being filled in.
    let task = Memo::new(move |_| session.records.tasks.get(&id()));
    move || match task.get() {
        Some(task) => view! { <TaskDetails id=id() task=task /> }.into_any(),
        None => view! {
            <section class="desk team-desk">
                <TeamNav />
                <p class="empty">{tr("task-not-found")}</p>
                <A href="/team">{tr("task-back")}</A>
            </section>
        }
        .into_any(),
    }
}

#[component]
fn TaskDetails(id: String, task: RwSignal<Task>) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let editing = RwSignal::new(false);
    let navigate = use_navigate();
    let remove = {
        let id = id.clone();
        move |_| {
            let title = task.with_untracked(|t| t.title.clone());
            let question = i18n.t_args("task-delete-confirm", &[("title", title.clone().into())]);
            if confirmed(&question)
                && session
                    .notices
                    .report(
                        session.change_team(Action::TaskDelete, &title, |w| w.remove::<Task>(&id)),
                    )
                    .is_some()
            {
                navigate("/team", Default::default());
            }
        }
    };
    let client = move || {
        let client_id = task.with(|t| t.client_id.clone())?;
        let name = task.with(|t| client_name(session, i18n, t))?;
        Some(view! { <A href=format!("/clients/{client_id}")>{name}</A> })
    };
    let description = move || {
        let text = task.with(|t| t.description.clone());
        if text.is_empty() {
            i18n.t("task-no-description")
        } else {
            text
        }
    };
    view! {
        <section class="desk team-desk task-page">
            <TeamNav />
            <header class="desk-header">
                <div>
                    <h1>{move || task.with(|t| t.title.clone())}</h1>
                    <p class="subtitle">
                        <StatusBadge status=Signal::derive(move || task.with(|t| t.status)) />
                        <PriorityBadge priority=Signal::derive(move || task.with(|t| t.priority)) />
                        <Markers task=task />
                    </p>
                </div>
                <div class="row-actions">
                    <button class="button" on:click=move |_| editing.set(true) disabled=move || editing.get()>
                        {tr("action-edit")}
                    </button>
                    <button class="button danger" on:click=remove>{tr("task-delete")}</button>
                </div>
            </header>
            <Show
                when=move || editing.get()
                fallback=move || {
                    view! {
                        <dl class="task-facts">
                            <dt>{tr("task-field-assignee")}</dt>
                            <dd data-testid="task-assignee">{move || task.with(|t| assignee_name(session, i18n, t))}</dd>
                            <dt>{tr("task-field-due")}</dt>
                            <dd>{move || task.with(|t| due_text(i18n, t)).unwrap_or_else(|| i18n.t("task-no-due"))}</dd>
                            <dt>{tr("task-field-client")}</dt>
                            <dd>{move || client().map(IntoAny::into_any).unwrap_or_else(|| tr("task-no-client")().into_any())}</dd>
                            <Show when=move || task.with(|t| t.status == TaskStatus::Blocked)>
                                <dt>{tr("task-field-blocked-reason")}</dt>
                                <dd class="blocked-reason">{move || task.with(|t| t.blocked_reason.clone())}</dd>
                            </Show>
                        </dl>
                        <p class="notes">{description}</p>
                    }
                }
            >
                <EditTask id=id.clone() task=task done=Callback::new(move |_| editing.set(false)) />
            </Show>
            <Comments task=task />
        </section>
    }
}

/// The form on the task's page. It remembers the values it opened with, so
/// that saving writes only what the user changed here.
#[component]
fn EditTask(id: String, task: RwSignal<Task>, done: Callback<()>) -> impl IntoView {
    let session = expect_context::<Session>();
    let original = task.with_untracked(TaskInput::from_task);
    let initial = original.clone();
    let save = Callback::new(move |input: TaskInput| {
        let (me, now) = (session.me(), now_ms());
        change_task(session, &id, Action::TaskEdit, |current| {
            edit_task(current, &original, &input, &known(session), &me, now)
        })?;
        Ok(id.clone())
    });
    view! { <TaskForm initial=initial save=save saved=Callback::new(move |_| done.run(())) cancel=done /> }
}
