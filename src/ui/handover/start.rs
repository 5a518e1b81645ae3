//! Starting a handover: the CEO's planned one, or the Operations
//! Assistant's emergency one when the CEO cannot be reached.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::action::Action;
use crate::domain::handover::{
    acting_record, default_acting, start_handover, Handover, HandoverInput, Heads,
};
use crate::domain::people::Role;
use crate::domain::validation::Problem;
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::{
    members_where, now_ms, problem_text, FormErrors, FormMessage, RecordPicker, SaveError,
    TextField,
};

use super::name_of;

/// The CEO's handover form.
#[component]
pub fn StartForm() -> impl IntoView {
    view! {
        <section class="panel handover-start">
            <h2>{tr("handover-start-title")}</h2>
            <p class="meta">{tr("handover-start-intro")}</p>
            <HandoverForm emergency=false />
        </section>
    }
}

/// For the Operations Assistant: a button that opens the emergency form.
#[component]
pub fn EmergencyStart() -> impl IntoView {
    let open = RwSignal::new(false);
    view! {
        <section class="panel handover-start">
            <h2>{tr("handover-emergency-title")}</h2>
            <p class="meta">{tr("handover-emergency-intro")}</p>
            <Show
                when=move || open.get()
                fallback=move || view! {
                    <button type="button" class="button danger" on:click=move |_| open.set(true)>
                        {tr("handover-emergency-begin")}
                    </button>
                }
            >
                <HandoverForm emergency=true />
            </Show>
        </section>
    }
}

/// Lets the acting CEO of `handover` invite and revoke while it runs: the
/// CEO's device signs a delegation for their devices; in an emergency the
/// assistant's device declares it under the standing emergency delegation.
/// Without one the handover still starts; only the invites wait.
async fn delegate(session: Session, mut handover: Handover) -> Result<Handover, SaveError> {
    if handover.emergency.is_some() {
        if let Some((delegation, declaration)) = session.declare_emergency(&handover).await? {
            handover.delegation = Some(delegation);
            handover.declaration = Some(declaration);
        }
    } else {
        handover.delegation = session.delegate_for(&handover).await?;
    }
    Ok(handover)
}

/// Writes `handover` to the leadership document and its acting record to
/// the team document, so every device shows who is acting.
fn save(session: Session, handover: &Handover) -> Result<(), SaveError> {
    let label = session.member_name(&handover.acting).unwrap_or_default();
    session.change_leadership(Action::HandoverStart, &label, |w| {
        w.put(&handover.id, handover)
    })?;
    let acting = acting_record(handover);
    session.change_team(Action::HandoverStart, &label, |w| {
        w.put(&handover.id, &acting)
    })?;
    Ok(())
}

#[component]
fn HandoverForm(emergency: bool) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let away_from = RwSignal::new(String::new());
    let expected_back = RwSignal::new(String::new());
    let acting = RwSignal::new(
        default_acting(&untrack(|| session.records.members.values()))
            .map(|m| m.id.clone())
            .unwrap_or_default(),
    );
    let priorities = RwSignal::new(String::new());
    let delegated = RwSignal::new(String::new());
    let do_not_touch = RwSignal::new(String::new());
    let contacts = RwSignal::new(String::new());
    let reason = RwSignal::new(String::new());
    let errors = FormErrors::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let input = HandoverInput {
            away_from: away_from.get_untracked(),
            expected_back: expected_back.get_untracked(),
            acting: acting.get_untracked(),
            priorities: priorities.get_untracked(),
            delegated: delegated.get_untracked(),
            do_not_touch: do_not_touch.get_untracked(),
            emergency_contacts: contacts.get_untracked(),
            emergency: emergency.then(|| reason.get_untracked()),
        };
        // The moment the briefing will list changes from: just before the
        // handover itself is written.
        let (team, leadership) = session.heads();
        let started = start_handover(
            &input,
            &untrack(|| session.records.members.values()),
            &untrack(|| session.leadership_records.handovers.values()),
            &session.me(),
            Heads { team, leadership },
            now_ms(),
        );
        let Some(handover) = errors.show(started.map_err(SaveError::from)) else {
            return;
        };
        spawn_local(async move {
            let started = delegate(session, handover)
                .await
                .and_then(|handover| save(session, &handover));
            errors.show(started);
        });
    };
    let handover_problem = errors.field("handover");
    let candidates = Signal::derive(move || {
        members_where(session, |m| m.active && m.role == Role::OperationsAssistant)
    });
    let acting_problem = errors.field("acting");
    let handover_text = move || {
        handover_problem.get().map(|problem| match problem {
            Problem::AlreadyDone => i18n.t("handover-already-running"),
            Problem::Unknown => i18n.t("handover-no-ceo"),
            other => problem_text(i18n, &other),
        })
    };
    let me = session.me();
    view! {
        <form class="inline-form handover-form" on:submit=submit novalidate>
            {emergency.then(|| view! {
                <TextField msg="handover-field-reason" name="reason" value=reason multiline=true error=errors.field("reason") />
                <p class="meta">{i18n.t_args("handover-emergency-acting", &[("name", name_of(session, i18n, &me).into())])}</p>
            })}
            <div class="row">
                <TextField msg="handover-field-away-from" name="away-from" kind="date" value=away_from error=errors.field("away_from") />
                <TextField msg="handover-field-expected-back" name="expected-back" kind="date" value=expected_back error=errors.field("expected_back") />
                {(!emergency).then(|| view! {
                    <RecordPicker
                        msg="handover-field-acting"
                        name="acting"
                        value=acting
                        choices=candidates
                        none="handover-field-acting-choose"
                        error=acting_problem
                    />
                })}
            </div>
            <TextField msg="handover-field-priorities" name="priorities" value=priorities multiline=true error=errors.field("priorities") />
            <TextField msg="handover-field-delegated" name="delegated" value=delegated multiline=true error=errors.field("delegated") />
            <TextField msg="handover-field-do-not-touch" name="do-not-touch" value=do_not_touch multiline=true error=errors.field("do_not_touch") />
            <TextField msg="handover-field-contacts" name="emergency-contacts" value=contacts multiline=true error=errors.field("emergency_contacts") />
            <p class="form-message" role="alert" hidden=move || handover_problem.get().is_none()>{handover_text}</p>
            <FormMessage errors=errors />
            <div class="actions">
                <button type="submit" class="button primary">
                    {move || if emergency { i18n.t("handover-emergency-submit") } else { i18n.t("handover-start-submit") }}
                </button>
            </div>
        </form>
    }
}
