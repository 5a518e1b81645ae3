//! The handover that runs now: who acts until when, what the CEO left, the
//! emergency to acknowledge, the decision log and the CEO's way to end it.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::domain::action::Action;
use crate::domain::handover::{acknowledge, awaits_acknowledgement, Handover};
use crate::domain::validation::Invalid;
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::{format_datetime, format_day, now_ms, FormErrors, FormMessage, SaveError};

use super::decisions::DecisionLog;
use super::end::EndForm;
use super::{handover_signal, name_of, HandoverProblem};

#[component]
pub fn RunningHandover(id: String, on_ended: Callback<String>) -> impl IntoView {
    let session = expect_context::<Session>();
    let Some(handover) = handover_signal(session, &id) else {
        return ().into_any();
    };
    let is_ceo = move || handover.with(|h| h.ceo == session.me());
    let may_decide = move || handover.with(|h| h.ceo == session.me() || h.acting == session.me());
    view! {
        <section class="panel handover-running" data-testid="running-handover">
            <HandoverSummary handover=handover />
            <Show when=move || handover.with(|h| awaits_acknowledgement(h, &session.me()))>
                <Acknowledge handover=handover />
            </Show>
            <HandoverDetails handover=handover />
            <p>
                <A href=format!("/handover/{id}/briefing")>{tr("handover-briefing-so-far")}</A>
            </p>
        </section>
        <DecisionLog handover=handover may_decide=Signal::derive(may_decide) />
        <Show when=is_ceo>
            <EndForm handover=handover on_ended=on_ended />
        </Show>
    }
    .into_any()
}

/// Who acts for whom, the period, and the emergency reason if any.
#[component]
pub fn HandoverSummary(handover: RwSignal<Handover>) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let heading = move || {
        handover.with(|h| {
            let names = [
                ("acting", name_of(session, i18n, &h.acting).into()),
                ("ceo", name_of(session, i18n, &h.ceo).into()),
            ];
            if h.ended.is_some() {
                i18n.t_args("handover-summary-ended", &names)
            } else {
                i18n.t_args("handover-summary", &names)
            }
        })
    };
    let period = move || {
        handover.with(|h| {
            i18n.t_args(
                "handover-period",
                &[
                    ("from", format_day(&h.away_from, i18n.locale()).into()),
                    ("back", format_day(&h.expected_back, i18n.locale()).into()),
                ],
            )
        })
    };
    let emergency = move || {
        handover.with(|h| {
            h.emergency.clone().map(|reason| {
                let started = i18n.t_args(
                    "handover-emergency-started",
                    &[
                        ("name", name_of(session, i18n, &h.started_by).into()),
                        ("time", format_datetime(h.started_at, i18n.locale()).into()),
                    ],
                );
                view! {
                    <div class="emergency-reason">
                        <span class="badge">{tr("handover-emergency-badge")}</span>
                        " " {started}
                        <p>{reason}</p>
                    </div>
                }
            })
        })
    };
    view! {
        <h2>{heading}</h2>
        <p class="meta">{period}</p>
        {emergency}
    }
}

/// What the CEO left for the acting CEO.
#[component]
pub fn HandoverDetails(handover: RwSignal<Handover>) -> impl IntoView {
    let i18n = use_i18n();
    let field = move |label: &'static str, text: fn(&Handover) -> &String| {
        let value = move || {
            let value = handover.with(|h| text(h).clone());
            if value.is_empty() {
                i18n.t("handover-not-given")
            } else {
                value
            }
        };
        view! {
            <dt>{move || i18n.t(label)}</dt>
            <dd class="multiline">{value}</dd>
        }
    };
    view! {
        <dl class="handover-details">
            {field("handover-field-priorities", |h| &h.priorities)}
            {field("handover-field-delegated", |h| &h.delegated)}
            {field("handover-field-do-not-touch", |h| &h.do_not_touch)}
            {field("handover-field-contacts", |h| &h.emergency_contacts)}
        </dl>
    }
}

/// The CEO confirms they have read the emergency handover; the notice on
/// every page goes away.
#[component]
fn Acknowledge(handover: RwSignal<Handover>) -> impl IntoView {
    let session = expect_context::<Session>();
    let errors = FormErrors::new();
    let on_click = move |_| {
        let id = handover.with_untracked(|h| h.id.clone());
        let saved = session
            .change_leadership(Action::HandoverAcknowledge, "", |w| {
                let mut current: Handover = w
                    .get::<Handover>(&id)?
                    .ok_or_else(|| Invalid::unknown("handover"))?;
                acknowledge(&mut current, &session.me(), now_ms())?;
                w.put(&id, &current)
            })
            .map_err(SaveError::from);
        errors.show(saved);
    };
    view! {
        <div class="acknowledge" role="alert">
            <p>{tr("handover-acknowledge-text")}</p>
            <HandoverProblem errors=errors />
            <FormMessage errors=errors />
            <button type="button" class="button primary" on:click=on_click>{tr("handover-acknowledge")}</button>
        </div>
    }
}
