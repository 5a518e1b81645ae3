//! Every task in one list, filtered by assignee, status, client, overdue and
//! stalled (kept in the address), and sorted by due day.

use leptos::prelude::*;
use leptos_router::components::A;

use super::{
    assignee_name, client_name, clock, due_text, Markers, PriorityBadge, StatusBadge, TeamNav,
};
use crate::domain::tasks::{TaskFilter, TaskStatus};
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::{
    chosen, client_choices, code_options, member_choices, url_filter, Checkbox, CodeSelect,
    ListText, RecordList, RecordPicker,
};

#[component]
pub fn TaskListPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let assignee = url_filter::<String>("assignee");
    let status = url_filter::<String>("status");
    let client = url_filter::<String>("client");
    let overdue_only = url_filter::<bool>("overdue");
    let stalled_only = url_filter::<bool>("stalled");
    let visible = Memo::new(move |_| {
        let filter = TaskFilter {
            assignee: chosen(assignee.get()),
            status: TaskStatus::from_code(&status.get()),
            client_id: chosen(client.get()),
            overdue_only: overdue_only.get(),
            stalled_only: stalled_only.get(),
        };
        let clock = clock(session);
        let (tasks, indexes) = (session.records.tasks, session.indexes);
        let keep = |task: &_| filter.matches(task, &clock);
        // The narrowest index bucket, already in due order.
        match (&filter.status, &filter.assignee) {
            (Some(status), _) => indexes.tasks_by_status.matching(status, tasks, keep),
            (None, Some(assignee)) => indexes.tasks_by_assignee.matching(assignee, tasks, keep),
            (None, None) => indexes.tasks_by_due.matching(&(), tasks, keep),
        }
    });
    let text = ListText {
        count: Some("tasks-count"),
        empty: "tasks-empty",
        no_match: "tasks-no-match",
    };
    let head = || {
        view! {
            <th>{tr("task-field-title")}</th>
            <th>{tr("field-status")}</th>
            <th>{tr("task-field-priority")}</th>
            <th>{tr("task-field-assignee")}</th>
            <th>{tr("task-field-due")}</th>
            <th>{tr("task-field-client")}</th>
        }
    };
    view! {
        <section class="desk team-desk">
            <header class="desk-header">
                <h1>{tr("tasks-title")}</h1>
            </header>
            <TeamNav />
            <div class="toolbar" role="group" aria-label=tr("tasks-filters")>
                <RecordPicker msg="task-field-assignee" name="assignee-filter" value=assignee choices=member_choices(assignee) none="tasks-filter-everyone" />
                <CodeSelect msg="field-status" name="status-filter" value=status options=code_options(TaskStatus::ALL) empty="tasks-filter-all" />
                <RecordPicker msg="task-field-client" name="client-filter" value=client choices=client_choices() none="tasks-filter-any-client" />
                <Checkbox name="overdue-only" value=overdue_only msg="tasks-filter-overdue" />
                <Checkbox name="stalled-only" value=stalled_only msg="tasks-filter-stalled" />
            </div>
            <RecordList
                ids=visible
                any=Signal::derive(move || session.records.tasks.len() > 0)
                text=text
                name="task"
                class="records tasks"
                head=head
                row=|id| view! { <TaskRow id=id /> }
            />
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
