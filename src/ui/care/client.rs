//! The care panels of a client's page: the follow-up plan with its next due
//! day and the client's response time, and satisfaction.

use leptos::prelude::*;

use super::score::Satisfaction;
use super::{due_text, span_text};
use crate::domain::action::Action;
use crate::domain::care::{
    average_response_time, next_follow_up, set_follow_up, Cadence, FollowUpInput, FollowUpPlan,
    CHANNELS,
};
use crate::domain::clients::{Client, InteractionKind};
use crate::ui::clients::client_interactions;
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::{chosen, member_choices, RecordPicker};
use crate::ui::widgets::{
    code_options, device_zone, format_day, now_ms, CodeSelect, FormErrors, FormMessage, SaveError,
    TextField,
};

/// The follow-up plan and satisfaction of one client.
#[component]
pub fn ClientCare(client: RwSignal<Client>) -> impl IntoView {
    let client_id = client.with_untracked(|c| c.id.clone());
    view! {
        <div class="columns care">
            <FollowUpPanel client=client />
            <Satisfaction client_id=client_id />
        </div>
    }
}

/// The client's plan (or an invitation to set one), its next due day and
/// how quickly the client's questions and complaints were answered.
#[component]
fn FollowUpPanel(client: RwSignal<Client>) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let client_id = client.with_untracked(|c| c.id.clone());
    let editing = RwSignal::new(false);
    let id = client_id.clone();
    let plan = Memo::new(move |_| session.records.follow_ups.get(&id).map(|p| p.get()));
    let id = client_id.clone();
    let client_log = Memo::new(move |_| client_interactions(session, &id));
    let next = move || {
        plan.get().and_then(|plan| {
            client_log.with(|log| next_follow_up(&plan, log, now_ms(), &device_zone()))
        })
    };
    let summary = move || {
        plan.get().map(|plan| {
            let responsible = plan
                .responsible
                .as_deref()
                .and_then(|id| session.member_name(id))
                .unwrap_or_else(|| i18n.t("care-nobody"));
            i18n.t_args(
                "care-plan-summary",
                &[
                    ("cadence", cadence_text(i18n, &plan).into()),
                    ("channel", i18n.t(plan.channel.message_id()).into()),
                    ("name", responsible.into()),
                ],
            )
        })
    };
    let response = move || {
        client_log.with(|log| match average_response_time(log) {
            Some(average) => i18n.t_args(
                "care-response-average",
                &[("time", span_text(i18n, average).into())],
            ),
            None => i18n.t("care-response-none"),
        })
    };
    let remove_id = client_id.clone();
    let remove = Callback::new(move |_: leptos::ev::MouseEvent| {
        let label = client.with_untracked(|c| c.name.clone());
        session
            .notices
            .report(session.change_team(Action::FollowUpRemove, &label, |w| {
                w.remove::<FollowUpPlan>(&remove_id)
            }));
    });
    view! {
        <section class="panel follow-up-plan" data-testid="follow-up-plan">
            <header class="panel-header">
                <h2>{tr("care-plan-title")}</h2>
                <Show when=move || !editing.get()>
                    <button type="button" class="button small" on:click=move |_| editing.set(true)>
                        {move || {
                            if plan.with(Option::is_some) {
                                i18n.t("care-plan-change")
                            } else {
                                i18n.t("care-plan-set")
                            }
                        }}
                    </button>
                </Show>
            </header>
            <Show
                when=move || editing.get()
                fallback=move || {
                    view! {
                        <Show
                            when=move || plan.with(Option::is_some)
                            fallback=|| view! { <p class="empty">{tr("care-plan-none")}</p> }
                        >
                            <p class="plan-summary">{summary}</p>
                            <p class="next-due">
                                {move || {
                                    next()
                                        .map(|next| {
                                            i18n.t_args(
                                                "care-next-due",
                                                &[
                                                    ("day", format_day(&next.due.to_string(), i18n.locale()).into()),
                                                    ("state", due_text(i18n, next.state).into()),
                                                ],
                                            )
                                        })
                                }}
                            </p>
                            <div class="actions">
                                <button type="button" class="button small danger" on:click=move |ev| remove.run(ev)>
                                    {tr("care-plan-remove")}
                                </button>
                            </div>
                        </Show>
                    }
                }
            >
                <PlanForm client=client plan=plan.get_untracked() done=Callback::new(move |_| editing.set(false)) />
            </Show>
            <p class="meta response-time" data-testid="client-response-time">{response}</p>
        </section>
    }
}

/// "Weekly update" or, for a custom interval, "Every 3 days".
fn cadence_text(i18n: crate::ui::i18n::I18n, plan: &FollowUpPlan) -> String {
    if plan.cadence == Cadence::Custom {
        i18n.t_args(
            "care-every-days",
            &[("days", super::count(plan.every_days))],
        )
    } else {
        i18n.t(plan.cadence.message_id())
    }
}

/// Sets or changes the plan; `done` runs after saving or cancelling.
#[component]
fn PlanForm(
    client: RwSignal<Client>,
    plan: Option<FollowUpPlan>,
    done: Callback<()>,
) -> impl IntoView {
    let session = expect_context::<Session>();
    let initial = plan
        .as_ref()
        .map(FollowUpInput::from_plan)
        .unwrap_or_else(|| FollowUpInput {
            channel: InteractionKind::Call,
            responsible: client.with_untracked(|c| c.owner.clone()),
            starts_on: crate::domain::calendar::day_of(now_ms(), &device_zone()).to_string(),
            ..Default::default()
        });
    let cadence = RwSignal::new(initial.cadence.code().to_string());
    let every_days = RwSignal::new(initial.every_days);
    let channel = RwSignal::new(initial.channel.code().to_string());
    let responsible = RwSignal::new(initial.responsible.unwrap_or_default());
    let starts_on = RwSignal::new(initial.starts_on);
    let errors = FormErrors::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let input = FollowUpInput {
            cadence: Cadence::from_code(&cadence.get_untracked()).unwrap_or_default(),
            every_days: every_days.get_untracked(),
            channel: InteractionKind::from_code(&channel.get_untracked()).unwrap_or_default(),
            responsible: chosen(responsible.get_untracked()),
            starts_on: starts_on.get_untracked(),
        };
        let (client_id, name) = client.with_untracked(|c| (c.id.clone(), c.name.clone()));
        let saved = set_follow_up(
            &client_id,
            &input,
            session.is_member(),
            &session.me(),
            now_ms(),
        )
        .map_err(SaveError::from)
        .and_then(|plan| {
            session
                .change_team(Action::FollowUpSet, &name, |w| w.put(&client_id, &plan))
                .map_err(SaveError::from)
        });
        if errors.show(saved).is_some() {
            done.run(());
        }
    };
    let cadences = code_options(Cadence::ALL);
    let channels = code_options(&CHANNELS);
    let custom = move || cadence.get() == Cadence::Custom.code();
    view! {
        <form class="inline-form plan-form" on:submit=submit novalidate>
            <div class="row">
                <CodeSelect msg="care-field-cadence" name="cadence" value=cadence options=cadences />
                <Show when=custom>
                    <TextField
                        msg="care-field-every-days"
                        name="every_days"
                        kind="number"
                        value=every_days
                        error=errors.field("every_days")
                    />
                </Show>
            </div>
            <div class="row">
                <CodeSelect msg="care-field-channel" name="channel" value=channel options=channels error=errors.field("channel") />
                <RecordPicker msg="care-field-responsible" name="responsible" none="care-nobody" value=responsible choices=member_choices(responsible) error=errors.field("responsible") />
            </div>
            <TextField msg="care-field-starts-on" name="starts_on" kind="date" value=starts_on error=errors.field("starts_on") />
            <FormMessage errors=errors />
            <div class="actions">
                <button type="button" class="button" on:click=move |_| done.run(())>{tr("action-cancel")}</button>
                <button type="submit" class="button primary">{tr("care-plan-save")}</button>
            </div>
        </form>
    }
}
