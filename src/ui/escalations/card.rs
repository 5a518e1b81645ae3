//! One escalation: what it is about, its timeline of steps, and the next
//! step leadership can take.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::domain::action::Action;
use crate::domain::escalations::{acknowledge, resolve, Escalation, EscalationStatus};
use crate::domain::validation::Invalid;
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::{
    format_datetime, now_ms, problem_text, FormErrors, FormMessage, SaveError, TextField,
};

/// Applies `step` to the current state of `escalation` in the document, in
/// one change labelled with its summary, so that a step taken meanwhile on
/// another device is seen and respected.
fn take_step(
    session: Session,
    escalation: RwSignal<Escalation>,
    action: Action,
    step: impl FnOnce(&mut Escalation) -> Result<(), Invalid>,
) -> Result<(), SaveError> {
    let (id, summary) = escalation.with_untracked(|e| (e.id.clone(), e.summary.clone()));
    session.update(&id, "status", (action, &summary), step)?;
    Ok(())
}

#[component]
pub fn EscalationCard(id: String, show_client: bool) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let Some(escalation) = session
        .leadership_records
        .escalations
        .get_untracked_signal(&id)
    else {
        return ().into_any();
    };
    let status = Memo::new(move |_| escalation.with(Escalation::status));
    let urgency = move || escalation.with(|e| e.urgency);
    let about = move || {
        let client = escalation.with(|e| e.client_id.clone());
        match client {
            Some(client_id) => {
                let name = session
                    .records
                    .clients
                    .get(&client_id)
                    .map(|c| c.with(|c| c.name.clone()))
                    .unwrap_or_else(|| i18n.t("escalations-client-gone"));
                view! { <A href=format!("/clients/{client_id}")>{name}</A> }.into_any()
            }
            None => view! { <span>{tr("escalations-team-matter")}</span> }.into_any(),
        }
    };
    let details = move || escalation.with(|e| e.details.clone());
    let errors = FormErrors::new();
    let resolving = RwSignal::new(false);
    let on_acknowledge = move |_| {
        errors.show(take_step(
            session,
            escalation,
            Action::EscalationAcknowledge,
            |e| acknowledge(e, &session.me(), now_ms()),
        ));
    };
    let status_problem = errors.field("status");
    view! {
        <li class="escalation" data-status=move || status.get().code() data-testid="escalation">
            <header class="escalation-header">
                <span class=move || format!("badge urgency-{}", urgency().code())>
                    {move || i18n.t(urgency().message_id())}
                </span>
                <span class=move || format!("badge escalation-{}", status.get().code())>
                    {move || i18n.t(status.get().message_id())}
                </span>
                <h3>{move || escalation.with(|e| e.summary.clone())}</h3>
            </header>
            {show_client.then(|| view! { <p class="about">{about}</p> })}
            <Show when=move || !details().is_empty()>
                <p class="details">{details}</p>
            </Show>
            <Timeline escalation=escalation />
            <p class="form-message" role="alert" hidden=move || status_problem.get().is_none()>
                {move || status_problem.get().map(|p| problem_text(i18n, &p))}
            </p>
            <Show when=move || status.get() != EscalationStatus::Resolved>
                <Show
                    when=move || resolving.get()
                    fallback=move || view! {
                        <div class="actions">
                            <Show when=move || status.get() == EscalationStatus::Open>
                                <button class="button" on:click=on_acknowledge>{tr("escalations-acknowledge")}</button>
                            </Show>
                            <button class="button primary" on:click=move |_| resolving.set(true)>{tr("escalations-resolve")}</button>
                        </div>
                    }
                >
                    <ResolveForm escalation=escalation errors=errors done=Callback::new(move |_| resolving.set(false)) />
                </Show>
            </Show>
        </li>
    }
    .into_any()
}

/// Raised, acknowledged and resolved: who and when, with the outcome.
#[component]
fn Timeline(escalation: RwSignal<Escalation>) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let name = move |id: &str| {
        session
            .member_name(id)
            .unwrap_or_else(|| i18n.t("member-unknown"))
    };
    let step = move |message: &'static str, by: &str, at: i64| {
        i18n.t_args(
            message,
            &[
                ("name", name(by).into()),
                ("when", format_datetime(at, i18n.locale()).into()),
            ],
        )
    };
    let raised =
        move || escalation.with(|e| step("escalations-step-raised", &e.raised.by, e.raised.at));
    let acknowledged = move || {
        escalation.with(|e| {
            e.acknowledgement()
                .map(|s| step("escalations-step-acknowledged", &s.by, s.at))
        })
    };
    let resolved = move || {
        escalation.with(|e| {
            e.resolved.as_ref().map(|r| {
                (
                    step("escalations-step-resolved", &r.by, r.at),
                    r.outcome.clone(),
                )
            })
        })
    };
    view! {
        <ol class="timeline steps">
            <li class="step done">{raised}</li>
            {move || acknowledged().map(|text| view! { <li class="step done">{text}</li> })}
            {move || resolved().map(|(text, outcome)| view! {
                <li class="step done">
                    {text}
                    <p class="outcome" data-testid="escalation-outcome">{outcome}</p>
                </li>
            })}
        </ol>
    }
}

#[component]
fn ResolveForm(
    escalation: RwSignal<Escalation>,
    errors: FormErrors,
    done: Callback<()>,
) -> impl IntoView {
    let session = expect_context::<Session>();
    let outcome = RwSignal::new(String::new());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = outcome.get_untracked();
        let saved = take_step(session, escalation, Action::EscalationResolve, |e| {
            resolve(e, &text, &session.me(), now_ms())
        });
        if errors.show(saved).is_some() {
            done.run(());
        }
    };
    view! {
        <form class="inline-form resolve-form" on:submit=submit novalidate>
            <TextField msg="field-outcome" name="escalation-outcome" value=outcome multiline=true error=errors.field("outcome") />
            <FormMessage errors=errors />
            <div class="actions">
                <button type="button" class="button" on:click=move |_| { errors.clear(); done.run(()) }>{tr("action-cancel")}</button>
                <button type="submit" class="button primary">{tr("escalations-resolve")}</button>
            </div>
        </form>
    }
}
