//! What only leadership sees on Today: open escalations, crises and
//! conflicts, each linking to its desk, and the handover's state.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::domain::escalations::{most_urgent_first, EscalationStatus};
use crate::domain::handover::{current_acting, running};
use crate::ui::handover::name_of;
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::format_day;

/// How many items of each kind the panel names before "and N more".
const NAMED: usize = 3;

/// One line of the panel: a count linking to the desk, and the first few
/// items by name.
#[component]
fn OpenCount(
    href: &'static str,
    message: &'static str,
    #[prop(into)] open: Signal<Vec<(String, String)>>,
    testid: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let named = move || {
        open.get()
            .into_iter()
            .take(NAMED)
            .map(|(href, title)| view! { <li><A href=href>{title}</A></li> })
            .collect_view()
    };
    view! {
        <div class="open-count" data-testid=testid>
            <A href=href>{move || i18n.t_args(message, &[("count", open.with(Vec::len).into())])}</A>
            <ul class="open-named">{named}</ul>
        </div>
    }
}

#[component]
pub fn LeadershipPanel() -> impl IntoView {
    let session = expect_context::<Session>();
    let records = session.leadership_records;
    let escalations = Memo::new(move |_| {
        let mut open: Vec<_> = records
            .escalations
            .values()
            .into_iter()
            .filter(|e| e.status() != EscalationStatus::Resolved)
            .collect();
        open.sort_by(most_urgent_first);
        open.into_iter()
            .map(|e| ("/escalations".to_string(), e.summary))
            .collect::<Vec<_>>()
    });
    let crises = Memo::new(move |_| {
        records
            .crises
            .values()
            .into_iter()
            .filter(|c| c.is_open())
            .map(|c| (format!("/crisis/{}", c.id), c.title))
            .collect::<Vec<_>>()
    });
    let conflicts = Memo::new(move |_| {
        records
            .conflicts
            .values()
            .into_iter()
            .filter(|c| c.resolved.is_none())
            .map(|c| {
                (
                    "/conflicts".to_string(),
                    c.description.chars().take(80).collect(),
                )
            })
            .collect::<Vec<_>>()
    });
    view! {
        <section class="panel leadership-today" aria-labelledby="leadership-today-title">
            <header class="panel-header">
                <h2 id="leadership-today-title">{tr("today-leadership-title")}</h2>
            </header>
            <OpenCount href="/escalations" message="today-escalations" open=escalations testid="today-escalations" />
            <OpenCount href="/crisis" message="today-crises" open=crises testid="today-crises" />
            <OpenCount href="/conflicts" message="today-conflicts" open=conflicts testid="today-conflicts" />
        </section>
    }
}

/// Who is acting as CEO and until when, or that nobody is; leadership
/// devices also get the way to the handover desk.
#[component]
pub fn HandoverState() -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let acting = Memo::new(move |_| current_acting(&session.records.acting.values()).cloned());
    let started = Memo::new(move |_| {
        running(&session.leadership_records.handovers.values()).map(|h| h.id.clone())
    });
    let text = move || match acting.get() {
        Some(acting) => i18n.t_args(
            "today-handover-acting",
            &[
                ("name", name_of(session, i18n, &acting.acting).into()),
                ("until", format_day(&acting.until, i18n.locale()).into()),
            ],
        ),
        None => i18n.t("today-handover-none"),
    };
    view! {
        <p class="handover-state" data-testid="today-handover">
            {text}
            <Show when=move || session.holds_leadership()>
                " "
                <A href="/handover">
                    {move || if started.get().is_some() { i18n.t("today-handover-open") } else { i18n.t("today-handover-start") }}
                </A>
            </Show>
        </p>
    }
}
