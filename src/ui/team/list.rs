//! Every task in one list, filtered by assignee, status, client, overdue and
//! stalled, and sorted by due day.

use leptos::prelude::*;
use leptos_router::components::A;

use super::{
    assignee_name, client_choices, client_name, clock, due_text, member_choices, Markers,
    PriorityBadge, RecordSelect, StatusBadge, TeamNav,
};
use crate::domain::tasks::{TaskFilter, TaskStatus};
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::{code_options, CodeSelect, ShowMore};

/// How many rows the list shows at first, and how many more each "Show
/// more" adds.
const LIST_PAGE: usize = 100;

#[component]
pub fn TaskListPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let assignee = RwSignal::new(String::new());
    let status = RwSignal::new(String::new());
    let client = RwSignal::new(String::new());
    let overdue_only = RwSignal::new(false);
    let stalled_only = RwSignal::new(false);
    let visible = Memo::new(move |_| {
        let filter = TaskFilter {
            assignee: Some(assignee.get()).filter(|a| !a.is_empty()),
            status: TaskStatus::from_code(&status.get()),
            client_id: Some(client.get()).filter(|c| !c.is_empty()),
            overdue_only: overdue_only.get(),
            stalled_only: stalled_only.get(),
        };
        let clock = clock(session);
        let tasks = session.records.tasks;
        let matches = |id: &str| {
            tasks
                .get_untracked_signal(id)
                .is_some_and(|task| task.with(|t| filter.matches(t, &clock)))
        };
        // The narrowest index bucket, already in due order; each task in it
        // is read in place (tracked, not copied) to check the rest.
        let indexes = session.indexes;
        match (&filter.status, &filter.assignee) {
            (Some(status), _) => indexes.tasks_by_status.filter(status, matches),
            (None, Some(assignee)) => indexes.tasks_by_assignee.filter(assignee, matches),
            (None, None) => indexes.tasks_by_due.filter(&(), matches),
        }
    });
    let shown = RwSignal::new(LIST_PAGE);
    let page = Memo::new(move |_| {
        visible.with(|ids| ids.iter().take(shown.get()).cloned().collect::<Vec<_>>())
    });
    let total = Signal::derive(move || visible.with(Vec::len));
    let empty_text = move || {
        if session.records.tasks.len() == 0 {
            i18n.t("tasks-empty")
        } else {
            i18n.t("tasks-no-match")
        }
    };
    let members = Signal::derive(move || member_choices(session, None));
    let clients = Signal::derive(move || client_choices(session));
    view! {
        <section class="desk team-desk">
            <header class="desk-header">
                <h1>{tr("tasks-title")}</h1>
            </header>
            <TeamNav />
            <div class="toolbar" role="group" aria-label=tr("tasks-filters")>
                <RecordSelect msg="task-field-assignee" name="assignee-filter" value=assignee choices=members empty="tasks-filter-everyone" />
                <CodeSelect msg="field-status" name="status-filter" value=status options=code_options(TaskStatus::ALL) empty="tasks-filter-all" />
                <RecordSelect msg="task-field-client" name="client-filter" value=client choices=clients empty="tasks-filter-any-client" />
                <label class="check">
                    <input
                        type="checkbox"
                        name="overdue-only"
                        prop:checked=move || overdue_only.get()
                        on:change=move |ev| overdue_only.set(event_target_checked(&ev))
                    />
                    {tr("tasks-filter-overdue")}
                </label>
                <label class="check">
                    <input
                        type="checkbox"
                        name="stalled-only"
                        prop:checked=move || stalled_only.get()
                        on:change=move |ev| stalled_only.set(event_target_checked(&ev))
                    />
                    {tr("tasks-filter-stalled")}
                </label>
            </div>
            <p class="count" data-testid="task-count">
                {move || i18n.t_args("tasks-count", &[("count", total.get().into())])}
            </p>
            <Show when=move || visible.with(|ids| !ids.is_empty()) fallback=move || view! { <p class="empty">{empty_text}</p> }>
                <table class="records tasks">
                    <thead>
                        <tr>
                            <th>{tr("task-field-title")}</th>
                            <th>{tr("field-status")}</th>
                            <th>{tr("task-field-priority")}</th>
                            <th>{tr("task-field-assignee")}</th>
                            <th>{tr("task-field-due")}</th>
                            <th>{tr("task-field-client")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || page.get() key=|id| id.clone() let:id>
                            <TaskRow id=id />
                        </For>
                    </tbody>
                </table>
                <ShowMore shown=shown total=total page=LIST_PAGE />
            </Show>
        </section>
    }
}

/// One row; it reads only its own task's signal.
#[component]
fn TaskRow(id: String) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let Some(task) = session.records.tasks.get_untracked_signal(&id) else {
        return ().into_any();
    };
    view! {
        <tr data-testid="task-row">
            <td>
                <A href=format!("/team/tasks/{id}")>{move || task.with(|t| t.title.clone())}</A>
            </td>
            <td>
                <StatusBadge status=Signal::derive(move || task.with(|t| t.status)) />
            </td>
            <td>
                <PriorityBadge priority=Signal::derive(move || task.with(|t| t.priority)) />
            </td>
            <td>{move || task.with(|t| assignee_name(session, i18n, t))}</td>
            <td>
                {move || task.with(|t| due_text(i18n, t)).unwrap_or_default()}
                " "
                <Markers task=task />
            </td>
            <td>{move || task.with(|t| client_name(session, i18n, t)).unwrap_or_default()}</td>
        </tr>
    }
    .into_any()
}
