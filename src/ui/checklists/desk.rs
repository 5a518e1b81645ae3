//! The onboarding desk: every checklist in progress with its next step and
//! overdue count, and the completed ones folded away. Both lists read their
//! bucket of the checklists-by-completion index, a page at a time, and each
//! row reads only its own checklist.

use leptos::prelude::*;
use leptos_router::components::A;

use super::ProgressBar;
use crate::domain::calendar::day_of;
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::{device_zone, format_day, now_ms, ListText, RecordList};

#[component]
pub fn OnboardingPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let by_completion = session.indexes.checklists_by_completion;
    let open = Memo::new(move |_| by_completion.first(&false, usize::MAX));
    let done = Memo::new(move |_| by_completion.first(&true, usize::MAX));
    view! {
        <section class="desk onboarding-desk">
            <header class="desk-header">
                <h1>{tr("onboarding-title")}</h1>
                <A href="/onboarding/templates" attr:class="button">{tr("templates-title")}</A>
            </header>
            <h2>{tr("onboarding-in-progress")}</h2>
            <ChecklistTable ids=open in_progress=true />
            <Show when=move || { by_completion.len(&true) > 0 }>
                <details class="completed-checklists">
                    <summary>
                        {move || i18n.t_args("onboarding-completed", &[("count", by_completion.len(&true).into())])}
                    </summary>
                    <ChecklistTable ids=done in_progress=false />
                </details>
            </Show>
        </section>
    }
}

/// Checklists as table rows; those in progress also show the next step and
/// how many steps are overdue.
#[component]
fn ChecklistTable(#[prop(into)] ids: Signal<Vec<String>>, in_progress: bool) -> impl IntoView {
    let head = move || {
        view! {
            <th>{tr("onboarding-col-client")}</th>
            <th>{tr("field-kind")}</th>
            <th>{tr("onboarding-col-progress")}</th>
            {in_progress.then(|| view! {
                <th>{tr("onboarding-col-next")}</th>
                <th class="numeric">{tr("onboarding-col-overdue")}</th>
            })}
        }
    };
    view! {
        <RecordList
            ids=ids
            text=ListText::plain("onboarding-empty")
            name=if in_progress { "checklists-open" } else { "checklists-done" }
            class="records checklist-table"
            head=head
            row=move |id| view! { <ChecklistRow id=id in_progress=in_progress /> }
        />
    }
}

/// One checklist's row, kept up to date as its steps are ticked.
#[component]
fn ChecklistRow(id: String, in_progress: bool) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let Some(checklist) = session.records.checklists.get_untracked_signal(&id) else {
        return ().into_any();
    };
    let today = day_of(now_ms(), &device_zone());
    let client_id = checklist.with_untracked(|c| c.client_id.clone());
    let client = move || {
        session
            .records
            .clients
            .get_untracked_signal(&client_id)
            .map(|client| client.with(|c| c.name.clone()))
            .unwrap_or_else(|| i18n.t("client-not-found"))
    };
    let next = move || {
        checklist.with(|c| {
            c.next_step().map(|s| match &s.due_on {
                Some(day) => i18n.t_args(
                    "onboarding-next-due",
                    &[
                        ("title", s.title.clone().into()),
                        ("day", format_day(day, i18n.locale()).into()),
                    ],
                ),
                None => s.title.clone(),
            })
        })
    };
    let overdue = move || checklist.with(|c| c.overdue_count(today));
    let overdue_class = move || {
        if overdue() > 0 {
            "numeric overdue-count"
        } else {
            "numeric"
        }
    };
    let href = checklist.with_untracked(|c| format!("/clients/{}", c.client_id));
    view! {
        <tr data-testid="checklist-row">
            <td><A href=href>{client}</A></td>
            <td>
                {move || checklist.with(|c| view! {
                    <span class=format!("badge kind-{}", c.kind.code())>{i18n.t(c.kind.message_id())}</span>
                    " "
                    <span class="muted">{c.name.clone()}</span>
                })}
            </td>
            <td>{move || view! { <ProgressBar progress=checklist.with(|c| c.progress()) /> }}</td>
            {in_progress.then(|| view! {
                <td>{next}</td>
                <td class=overdue_class>{overdue}</td>
            })}
        </tr>
    }
    .into_any()
}
