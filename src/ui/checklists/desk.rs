//! The onboarding desk: every checklist in progress with its next step and
//! overdue count, and the completed ones folded away.

use leptos::prelude::*;
use leptos_router::components::A;

use super::ProgressBar;
use crate::domain::calendar::day_of;
use crate::domain::checklists::{newest_first, Checklist};
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::{device_zone, format_day, now_ms};

#[component]
pub fn OnboardingPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let split = Memo::new(move |_| {
        let mut all = session.records.checklists.values();
        all.sort_by(newest_first);
        let (done, open): (Vec<Checklist>, Vec<Checklist>) =
            all.into_iter().partition(Checklist::is_complete);
        (open, done)
    });
    let open = move || split.with(|(open, _)| open.clone());
    let done = move || split.with(|(_, done)| done.clone());
    view! {
        <section class="desk onboarding-desk">
            <header class="desk-header">
                <h1>{tr("onboarding-title")}</h1>
                <A href="/onboarding/templates" attr:class="button">{tr("templates-title")}</A>
            </header>
            <h2>{tr("onboarding-in-progress")}</h2>
            <Show when=move || !open().is_empty() fallback=|| view! { <p class="empty">{tr("onboarding-empty")}</p> }>
                <ChecklistTable checklists=Signal::derive(open) in_progress=true />
            </Show>
            <Show when=move || !done().is_empty()>
                <details class="completed-checklists">
                    <summary>
                        {move || i18n.t_args("onboarding-completed", &[("count", done().len().into())])}
                    </summary>
                    <ChecklistTable checklists=Signal::derive(done) in_progress=false />
                </details>
            </Show>
        </section>
    }
}

/// Checklists as table rows; those in progress also show the next step and
/// how many steps are overdue.
#[component]
fn ChecklistTable(checklists: Signal<Vec<Checklist>>, in_progress: bool) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let today = day_of(now_ms(), &device_zone());
    let row = move |c: Checklist| {
        let client = session
            .records
            .clients
            .get(&c.client_id)
            .map(|client| client.with(|c| c.name.clone()))
            .unwrap_or_else(|| i18n.t("client-not-found"));
        let next = c.next_step().map(|s| match &s.due_on {
            Some(day) => i18n.t_args(
                "onboarding-next-due",
                &[
                    ("title", s.title.clone().into()),
                    ("day", format_day(day, i18n.locale()).into()),
                ],
            ),
            None => s.title.clone(),
        });
        let overdue = c.overdue_count(today);
        view! {
            <tr data-testid="checklist-row">
                <td><A href=format!("/clients/{}", c.client_id)>{client}</A></td>
                <td>
                    <span class=format!("badge kind-{}", c.kind.code())>{i18n.t(c.kind.message_id())}</span>
                    " "
                    <span class="muted">{c.name.clone()}</span>
                </td>
                <td><ProgressBar progress=c.progress() /></td>
                {in_progress.then(|| view! {
                    <td>{next}</td>
                    <td class={if overdue > 0 { "numeric overdue-count" } else { "numeric" }}>{overdue}</td>
                })}
            </tr>
        }
    };
    view! {
        <table class="records checklist-table">
            <thead>
                <tr>
                    <th>{tr("onboarding-col-client")}</th>
                    <th>{tr("field-kind")}</th>
                    <th>{tr("onboarding-col-progress")}</th>
                    {in_progress.then(|| view! {
                        <th>{tr("onboarding-col-next")}</th>
                        <th class="numeric">{tr("onboarding-col-overdue")}</th>
                    })}
                </tr>
            </thead>
            <tbody>{move || checklists.get().into_iter().map(row).collect_view()}</tbody>
        </table>
    }
}
