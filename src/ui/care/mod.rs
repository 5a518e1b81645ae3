//! Client care: follow-ups due and overdue across clients, open questions
//! and complaints with response times, satisfaction and at-risk clients.

mod client;
mod desk;
mod score;
mod sparkline;
mod thresholds;

pub use client::ClientCare;
use desk::FollowUpsPage;
use leptos::prelude::*;
use leptos_router::components::Route;
use leptos_router::path;

use crate::domain::care::{
    risk_reasons, tenths_text, DueState, FollowUpPlan, RiskReason, Score, Span,
};
use crate::domain::clients::Interaction;
use crate::domain::Millis;
use crate::i18n::{Arg, Locale};
use crate::ui::clients::client_interactions;
use crate::ui::i18n::I18n;
use crate::ui::session::Session;
use crate::ui::widgets::{device_zone, now_ms};

/// Client `client_id`'s satisfaction scores, oldest first: its trend
/// (tracked: the client's bucket of the index and each of its scores).
fn client_scores(session: Session, client_id: &str) -> Vec<Score> {
    session.indexes.scores_by_client.records(
        &client_id.to_string(),
        usize::MAX,
        session.records.scores,
    )
}

/// The last contact with each client of `plans`: its newest interaction,
/// which is all a plan's next due day depends on (tracked: those clients'
/// buckets of the index and their newest interactions).
pub(crate) fn last_contacts(session: Session, plans: &[FollowUpPlan]) -> Vec<Interaction> {
    let newest = session.indexes.interactions_by_client;
    plans
        .iter()
        .flat_map(|plan| newest.records(&plan.client_id, 1, session.records.interactions))
        .collect()
}

/// Why client `client_id` is at risk (nothing when it is not), from its own
/// scores and interactions only (tracked).
fn client_risk(session: Session, client_id: &str) -> Vec<RiskReason> {
    let scores = client_scores(session, client_id);
    let interactions = client_interactions(session, client_id);
    risk_reasons(
        client_id,
        &scores,
        &interactions,
        &session.preferences(),
        now_ms(),
        &device_zone(),
    )
}

/// A count for a message argument (negative counts read as zero).
fn count(n: i64) -> Arg {
    usize::try_from(n).unwrap_or_default().into()
}

/// A response time such as "2 h 5 min" or "3 days 4 h".
pub fn span_text(i18n: I18n, millis: Millis) -> String {
    let span = Span::of(millis);
    if span.days > 0 {
        i18n.t_args(
            "care-span-days",
            &[("days", count(span.days)), ("hours", count(span.hours))],
        )
    } else if span.hours > 0 {
        i18n.t_args(
            "care-span-hours",
            &[
                ("hours", count(span.hours)),
                ("minutes", count(span.minutes)),
            ],
        )
    } else {
        i18n.t_args("care-span-minutes", &[("minutes", count(span.minutes))])
    }
}

/// "Due today", "3 days overdue" or "in 2 days".
fn due_text(i18n: I18n, state: DueState) -> String {
    match state {
        DueState::DueToday => i18n.t("care-due-today"),
        DueState::Overdue { days } => i18n.t_args("care-overdue", &[("days", count(days))]),
        DueState::Upcoming { in_days } => i18n.t_args("care-upcoming", &[("days", count(in_days))]),
    }
}

/// Tenths as the current language writes them: "1.0" in English, "1,0" in
/// Dutch, Spanish and Swedish (the forms accept both).
pub fn decimal(i18n: I18n, tenths: i64) -> String {
    let text = tenths_text(tenths);
    match i18n.locale() {
        Locale::En => text,
        Locale::Nl | Locale::Es | Locale::Sv => text.replace('.', ","),
    }
}

/// Why a client is at risk, as a sentence.
fn risk_text(i18n: I18n, reason: RiskReason) -> String {
    match reason {
        RiskReason::ScoreDrop { before, recent } => i18n.t_args(
            "care-risk-drop",
            &[
                ("before", decimal(i18n, before).into()),
                ("recent", decimal(i18n, recent).into()),
            ],
        ),
        RiskReason::RecentComplaint { days_ago } => {
            i18n.t_args("care-risk-complaint", &[("days", count(days_ago))])
        }
    }
}

/// The desk's screen and its address.
#[component(transparent)]
pub fn CareRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    view! { <Route path=path!("/follow-ups") view=FollowUpsPage /> }.into_inner()
}
