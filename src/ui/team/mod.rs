//! The Team desk: tasks on a board and in a list, a task's page with
//! comments, members and their workload.

mod board;
mod comments;
mod form;
mod list;
mod members;
mod page;
mod people;

use leptos::prelude::*;
use leptos_router::components::{Outlet, ParentRoute, Route, A};
use leptos_router::path;

use board::BoardPage;
use form::TaskNew;
use list::TaskListPage;
use members::{MemberPage, MembersPage};
use page::TaskPage;

use crate::domain::action::Action;
use crate::domain::tasks::{Clock, Known, Priority, Task, TaskStatus};
use crate::domain::validation::Invalid;
use crate::ui::i18n::{tr, use_i18n, I18n};
use crate::ui::session::Session;
use crate::ui::widgets::{device_zone, format_day, now_ms, SaveError};

/// The desk's screens and their addresses.
#[component(transparent)]
pub fn TeamRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    view! {
        <ParentRoute path=path!("/team") view=Outlet>
            <Route path=path!("") view=BoardPage />
            <Route path=path!("tasks") view=TaskListPage />
            <Route path=path!("tasks/new") view=TaskNew />
            <Route path=path!("tasks/:id") view=TaskPage />
            <Route path=path!("members") view=MembersPage />
            <Route path=path!("members/:id") view=MemberPage />
        </ParentRoute>
    }
    .into_inner()
}

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
