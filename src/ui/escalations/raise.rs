//! The form that raises an escalation, about a client or a team matter.

use leptos::prelude::*;

use crate::domain::action::Action;
use crate::domain::escalations::{raise_escalation, EscalationInput, Urgency};
use crate::ui::i18n::tr;
use crate::ui::session::Session;
use crate::ui::widgets::{
    client_choices, code_options, now_ms, CodeSelect, FormErrors, FormMessage, RecordPicker,
    TextField,
};

/// With `client_id` the client is preset and not asked; otherwise the form
/// offers every client and "Team matter".
#[component]
pub fn RaiseForm(
    client_id: Option<String>,
    #[prop(optional)] on_raised: Option<Callback<()>>,
    #[prop(optional)] on_cancel: Option<Callback<()>>,
) -> impl IntoView {
    let session = expect_context::<Session>();
    let preset = client_id.is_some();
    let client = RwSignal::new(client_id.unwrap_or_default());
    let urgency = RwSignal::new(Urgency::default().code().to_string());
    let summary = RwSignal::new(String::new());
    let details = RwSignal::new(String::new());
    let errors = FormErrors::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let chosen = client.get_untracked();
        let input = EscalationInput {
            client_id: (!chosen.is_empty()).then_some(chosen),
            summary: summary.get_untracked(),
            details: details.get_untracked(),
            urgency: Urgency::from_code(&urgency.get_untracked()).unwrap_or_default(),
        };
        let clients = session.records.clients;
        let saved = raise_escalation(
            &input,
            |id| clients.contains_untracked(id),
            &session.me(),
            now_ms(),
        )
        .map_err(Into::into)
        .and_then(|escalation| {
            session
                .change_leadership(Action::EscalationRaise, &escalation.summary, |w| {
                    w.put(&escalation.id, &escalation)
                })
                .map_err(Into::into)
        });
        if errors.show(saved).is_some() {
            summary.set(String::new());
            details.set(String::new());
            urgency.set(Urgency::default().code().to_string());
            if let Some(done) = on_raised {
                done.run(());
            }
        }
    };
    let urgencies = code_options(Urgency::ALL);
    view! {
        <form class="inline-form raise-form" on:submit=submit novalidate>
            <div class="row">
                {(!preset).then(|| view! {
                    <RecordPicker
                        msg="escalations-field-client"
                        name="escalation-client"
                        value=client
                        choices=client_choices()
                        none="escalations-team-matter"
                        error=errors.field("client")
                    />
                })}
                <CodeSelect msg="escalations-field-urgency" name="urgency" value=urgency options=urgencies />
            </div>
            <TextField msg="field-summary" name="escalation-summary" value=summary error=errors.field("summary") />
            <TextField msg="escalations-field-details" name="escalation-details" value=details multiline=true error=errors.field("details") />
            <FormMessage errors=errors />
            <div class="actions">
                {on_cancel.map(|cancel| view! {
                    <button type="button" class="button" on:click=move |_| cancel.run(())>{tr("action-cancel")}</button>
                })}
                <button type="submit" class="button primary">{tr("escalations-escalate")}</button>
            </div>
        </form>
    }
}
