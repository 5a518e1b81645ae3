//! The follow-ups desk: what is due today or overdue across all clients, the
//! open questions and complaints, the clients at risk, the response time
//! overall and the workspace's thresholds.

use leptos::prelude::*;
use leptos_router::components::A;

use super::thresholds::Thresholds;
use super::{client_risk, due_text, last_contacts, risk_text, span_text};
use crate::domain::care::{
    average_response_time, due_follow_ups, DueState, FollowUpPlan, NextFollowUp, CHANNELS,
};
use crate::domain::clients::{InteractionInput, InteractionKind};
use crate::ui::clients::save_interaction;
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::{
    code_options, device_zone, format_datetime, format_day, now_ms, CodeSelect, FormErrors,
    FormMessage, TextField,
};

#[component]
pub fn FollowUpsPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let response = move || {
        let interactions = session.records.interactions.values();
        match average_response_time(&interactions) {
            Some(average) => i18n.t_args(
                "care-response-overall",
                &[("time", span_text(i18n, average).into())],
            ),
            None => i18n.t("care-response-none"),
        }
    };
    view! {
        <section class="desk follow-ups">
            <header class="desk-header">
                <div>
                    <h1>{tr("follow-ups-title")}</h1>
                    <p class="subtitle" data-testid="overall-response-time">{response}</p>
                </div>
            </header>
            <DueFollowUps />
            <div class="columns">
                <OpenQuestions />
                <AtRisk />
            </div>
            <Thresholds />
        </section>
    }
}

/// The client's name; `None` for a client removed meanwhile, whose
/// follow-ups and questions are then left out.
fn client_name(session: Session, id: &str) -> Option<String> {
    session
        .records
        .clients
        .get(id)
        .map(|c| c.with(|c| c.name.clone()))
}

#[component]
fn DueFollowUps() -> impl IntoView {
    let session = expect_context::<Session>();
    let due = Memo::new(move |_| {
        let plans = session.records.follow_ups.values();
        let contacts = last_contacts(session, &plans);
        due_follow_ups(&plans, &contacts, now_ms(), &device_zone())
            .into_iter()
            .filter(|(plan, _)| client_name(session, &plan.client_id).is_some())
            .map(|(plan, next)| (plan.clone(), next))
            .collect::<Vec<_>>()
    });
    view! {
        <section class="panel due-follow-ups" aria-labelledby="due-follow-ups-title">
            <header class="panel-header">
                <h2 id="due-follow-ups-title">{tr("care-due-title")}</h2>
            </header>
            <Show when=move || due.with(|d| !d.is_empty()) fallback=|| view! { <p class="empty">{tr("care-due-empty")}</p> }>
                <ol class="care-list">
                    <For
                        each=move || due.get()
                        key=|(plan, next)| (plan.client_id.clone(), next.due)
                        children=|(plan, next)| view! { <DueItem plan=plan next=next /> }
                    />
                </ol>
            </Show>
        </section>
    }
}

/// One follow-up to do, with its one-click log form.
#[component]
fn DueItem(plan: FollowUpPlan, next: NextFollowUp) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let logging = RwSignal::new(false);
    let name = client_name(session, &plan.client_id).unwrap_or_default();
    let href = format!("/clients/{}", plan.client_id);
    let details = {
        let plan = plan.clone();
        move || {
            let responsible = plan
                .responsible
                .as_deref()
                .and_then(|id| session.member_name(id))
                .unwrap_or_else(|| i18n.t("care-nobody"));
            i18n.t_args(
                "care-due-details",
                &[
                    ("channel", i18n.t(plan.channel.message_id()).into()),
                    ("name", responsible.into()),
                    (
                        "day",
                        format_day(&next.due.to_string(), i18n.locale()).into(),
                    ),
                ],
            )
        }
    };
    let state_class = if next.state == DueState::DueToday {
        "badge due-today"
    } else {
        "badge overdue"
    };
    let label = i18n.t_args("care-log-follow-up-for", &[("name", name.clone().into())]);
    view! {
        <li class="care-item" data-testid="due-item">
            <div class="care-item-main">
                <A href=href>{name}</A>
                " "
                <span class=state_class>{move || due_text(i18n, next.state)}</span>
                <p class="meta">{details}</p>
            </div>
            <button
                type="button"
                class="button small"
                aria-expanded=move || logging.get().to_string()
                aria-label=label
                on:click=move |_| logging.update(|open| *open = !*open)
            >
                {tr("care-log-follow-up")}
            </button>
            <Show when=move || logging.get()>
                <LogFollowUp
                    client_id=plan.client_id.clone()
                    channel=plan.channel
                    done=Callback::new(move |_| logging.set(false))
                />
            </Show>
        </li>
    }
}

/// Logs the follow-up as an interaction, exactly as the client page does;
/// the plan's next due day moves on by itself.
#[component]
fn LogFollowUp(client_id: String, channel: InteractionKind, done: Callback<()>) -> impl IntoView {
    let session = expect_context::<Session>();
    let kind = RwSignal::new(channel.code().to_string());
    let summary = RwSignal::new(String::new());
    let outcome = RwSignal::new(String::new());
    let errors = FormErrors::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let input = InteractionInput {
            kind: InteractionKind::from_code(&kind.get_untracked()).unwrap_or(channel),
            at: Some(now_ms()),
            summary: summary.get_untracked(),
            outcome: outcome.get_untracked(),
        };
        let saved = save_interaction(session, &client_id, &input);
        if errors.show(saved).is_some() {
            done.run(());
        }
    };
    let kinds = code_options(&CHANNELS);
    view! {
        <form class="inline-form log-follow-up" on:submit=submit novalidate>
            <TextField msg="field-summary" name="summary" value=summary error=errors.field("summary") />
            <div class="row">
                <CodeSelect msg="field-kind" name="kind" value=kind options=kinds />
                <TextField msg="field-outcome" name="outcome" value=outcome error=errors.field("outcome") />
            </div>
            <FormMessage errors=errors />
            <div class="actions">
                <button type="button" class="button" on:click=move |_| done.run(())>{tr("action-cancel")}</button>
                <button type="submit" class="button primary">{tr("care-log-save")}</button>
            </div>
        </form>
    }
}

#[component]
fn OpenQuestions() -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let open = Memo::new(move |_| {
        session
            .indexes
            .open_questions
            .records(&(), usize::MAX, session.records.interactions)
            .into_iter()
            .filter_map(|i| client_name(session, &i.client_id).map(|name| (name, i)))
            .collect::<Vec<_>>()
    });
    view! {
        <section class="panel open-questions" aria-labelledby="open-questions-title">
            <header class="panel-header">
                <h2 id="open-questions-title">{tr("care-open-title")}</h2>
            </header>
            <Show when=move || open.with(|o| !o.is_empty()) fallback=|| view! { <p class="empty">{tr("care-open-empty")}</p> }>
                <ol class="care-list">
                    <For each=move || open.get() key=|(_, i)| i.id.clone() let:item>
                        {
                            let (name, interaction) = item;
                            let waiting = move || {
                                i18n.t_args(
                                    "care-waiting",
                                    &[
                                        ("when", format_datetime(interaction.at, i18n.locale()).into()),
                                        ("time", span_text(i18n, now_ms() - interaction.at).into()),
                                    ],
                                )
                            };
                            view! {
                                <li class="care-item" data-testid="open-question">
                                    <div class="care-item-main">
                                        <A href=format!("/clients/{}", interaction.client_id)>{name}</A>
                                        " "
                                        <span class=format!("badge kind-{}", interaction.kind.code())>
                                            {move || i18n.t(interaction.kind.message_id())}
                                        </span>
                                        <p class="summary">{interaction.summary.clone()}</p>
                                        <p class="meta">{waiting}</p>
                                    </div>
                                </li>
                            }
                        }
                    </For>
                </ol>
            </Show>
        </section>
    }
}

/// Every client at risk, in name order. Each client's row keeps its own
/// reasons, from its own scores and interactions: a new score or complaint
/// reworks one row, not the whole list.
#[component]
fn AtRisk() -> impl IntoView {
    let session = expect_context::<Session>();
    let clients = move || session.indexes.clients_by_name.first(&(), usize::MAX);
    view! {
        <section class="panel at-risk" aria-labelledby="at-risk-title">
            <header class="panel-header">
                <h2 id="at-risk-title">{tr("care-at-risk-title")}</h2>
            </header>
            <ul class="care-list">
                <For each=clients key=|id| id.clone() let:id>
                    <AtRiskClient id=id />
                </For>
            </ul>
            // Shown by the style sheet while the list above has no row.
            <p class="empty">{tr("care-at-risk-empty")}</p>
        </section>
    }
}

/// Client `id`'s row among those at risk; nothing while it is not.
#[component]
fn AtRiskClient(id: String) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let id = StoredValue::new(id);
    let reasons = Memo::new(move |_| id.with_value(|id| client_risk(session, id)));
    let name = move || id.with_value(|id| client_name(session, id));
    let href = move || id.with_value(|id| format!("/clients/{id}"));
    let reason_items = move || {
        reasons
            .get()
            .into_iter()
            .map(|reason| view! { <li>{move || risk_text(i18n, reason)}</li> })
            .collect_view()
    };
    view! {
        <Show when=move || reasons.with(|reasons| !reasons.is_empty())>
            <li class="care-item" data-testid="at-risk-client">
                <div class="care-item-main">
                    <A href=href>{name}</A>
                    <ul class="risk-reasons">{reason_items}</ul>
                </div>
            </li>
        </Show>
    }
}
