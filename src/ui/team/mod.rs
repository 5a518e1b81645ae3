//! The Team desk: tasks on a board and in a list, a task's page with
//! comments, members and their workload.

mod board;
mod comments;
mod form;
mod list;
mod members;
mod page;

pub use board::BoardPage;
pub use form::TaskNew;
pub use list::TaskListPage;
pub use members::{MemberPage, MembersPage};
pub use page::TaskPage;

use leptos::prelude::*;
use leptos_router::components::A;

use crate::domain::action::Action;
use crate::domain::tasks::{Clock, Known, Priority, Task, TaskStatus};
use crate::domain::validation::{Invalid, Problem};
use crate::ui::i18n::{tr, use_i18n, I18n};
use crate::ui::session::Session;
use crate::ui::widgets::{device_zone, format_day, now_ms, problem_text, SaveError};

/// The desk's own navigation: Board · List · Members · New task.
#[component]
fn TeamNav() -> impl IntoView {
    view! {
        <nav class="team-nav" aria-label=tr("team-nav")>
            <A href="/team" exact=true>{tr("team-nav-board")}</A>
            <A href="/team/tasks" exact=true>{tr("team-nav-list")}</A>
            <A href="/team/members">{tr("team-nav-members")}</A>
            <A href="/team/tasks/new" attr:class="button primary small">{tr("team-nav-new")}</A>
        </nav>
    }
}

/// Applies `edit` to the current state of task `id` in one change, so that
/// concurrent edits of other fields on other devices are kept.
fn change_task(
    session: Session,
    id: &str,
    action: Action,
    edit: impl FnOnce(&mut Task) -> Result<(), Invalid>,
) -> Result<(), SaveError> {
    let label = session
        .records
        .tasks
        .get_untracked_signal(id)
        .map(|t| t.with_untracked(|t| t.title.clone()))
        .unwrap_or_default();
    session.update(id, "title", (action, &label), edit)?;
    Ok(())
}

/// Overdue and stalled detection as of now, in the device's time zone and
/// with the workspace's stalled threshold (tracked).
fn clock(session: Session) -> Clock {
    Clock::new(now_ms(), &device_zone(), session.preferences().stalled_days)
}

/// The references a task may hold: active members and existing clients.
fn known(session: Session) -> Known<impl Fn(&str) -> bool, impl Fn(&str) -> bool> {
    let members = session.records.members;
    let clients = session.records.clients;
    Known {
        assignee: move |id: &str| {
            members
                .get_untracked_signal(id)
                .is_some_and(|m| m.with_untracked(|m| m.active))
        },
        client: move |id: &str| clients.contains_untracked(id),
    }
}

/// `(id, name)` of members by name: the active ones, plus `keep` (a task's
/// current assignee) even if they have left.
fn member_choices(session: Session, keep: Option<String>) -> Vec<(String, String)> {
    let mut members: Vec<_> = session
        .records
        .members
        .values()
        .into_iter()
        .filter(|m| m.active || keep.as_deref() == Some(m.id.as_str()))
        .map(|m| (m.id, m.name))
        .collect();
    members.sort_by_key(|(_, name)| name.to_lowercase());
    members
}

/// `(id, name)` of every client by name.
fn client_choices(session: Session) -> Vec<(String, String)> {
    let mut clients: Vec<_> = session
        .records
        .clients
        .values()
        .into_iter()
        .map(|c| (c.id, c.name))
        .collect();
    clients.sort_by_key(|(_, name)| name.to_lowercase());
    clients
}

/// A labelled select over records (members, clients), with a first option
/// (value "") such as "Unassigned" or "Everyone".
#[component]
fn RecordSelect(
    msg: &'static str,
    name: &'static str,
    value: RwSignal<String>,
    #[prop(into)] choices: Signal<Vec<(String, String)>>,
    empty: &'static str,
    #[prop(into, optional)] error: Signal<Option<Problem>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = format!("team-{name}");
    view! {
        <div class="field" class:invalid=move || error.get().is_some()>
            <label for=id.clone()>{tr(msg)}</label>
            <select
                id=id
                name=name
                prop:value=move || value.get()
                on:change=move |ev| value.set(event_target_value(&ev))
            >
                <option value="" selected=move || value.get().is_empty()>{tr(empty)}</option>
                {move || {
                    choices
                        .get()
                        .into_iter()
                        .map(|(id, label)| {
                            let selected_id = id.clone();
                            view! {
                                <option value=id selected=move || value.get() == selected_id>
                                    {label}
                                </option>
                            }
                        })
                        .collect_view()
                }}
            </select>
            <p class="field-error">{move || error.get().map(|p| problem_text(i18n, &p))}</p>
        </div>
    }
}

#[component]
fn StatusBadge(#[prop(into)] status: Signal<TaskStatus>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <span class=move || format!("badge task-status-{}", status.get().code())>
            {move || i18n.t(status.get().message_id())}
        </span>
    }
}

#[component]
fn PriorityBadge(#[prop(into)] priority: Signal<Priority>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <span class=move || format!("badge priority-{}", priority.get().code())>
            {move || i18n.t(priority.get().message_id())}
        </span>
    }
}

/// The overdue and stalled badges of a task, when they apply.
#[component]
fn Markers(task: RwSignal<Task>) -> impl IntoView {
    let session = expect_context::<Session>();
    let overdue = move || task.with(|t| clock(session).is_overdue(t));
    let stalled = move || task.with(|t| clock(session).is_stalled(t));
    view! {
        <Show when=overdue>
            <span class="badge overdue">{tr("task-overdue")}</span>
        </Show>
        <Show when=stalled>
            <span class="badge stalled">{tr("task-stalled")}</span>
        </Show>
    }
}

/// "Due 30 Mar 2026", or nothing when the task has no due day.
fn due_text(i18n: I18n, task: &Task) -> Option<String> {
    task.due_on.as_ref().map(|day| {
        i18n.t_args(
            "task-due",
            &[("day", format_day(day, i18n.locale()).into())],
        )
    })
}

/// The name of `task`'s assignee, or "Unassigned".
fn assignee_name(session: Session, i18n: I18n, task: &Task) -> String {
    match &task.assignee {
        Some(id) => session
            .member_name(id)
            .unwrap_or_else(|| i18n.t("member-unknown")),
        None => i18n.t("task-unassigned"),
    }
}

/// The name of `task`'s client, if it has one.
fn client_name(session: Session, i18n: I18n, task: &Task) -> Option<String> {
    let id = task.client_id.as_ref()?;
    let name = session
        .records
        .clients
        .get(id)
        .map(|c| c.with(|c| c.name.clone()))
        .unwrap_or_else(|| i18n.t("task-client-gone"));
    Some(name)
}
