//! The form that raises an escalation, about a client or a team matter.

use leptos::prelude::*;

use crate::domain::action::Action;
use crate::domain::clients::by_name;
use crate::domain::escalations::{raise_escalation, EscalationInput, Urgency};
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::{
    code_options, now_ms, problem_text, CodeSelect, FormErrors, FormMessage, TextField,
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
                {(!preset).then(|| view! { <ClientSelect value=client errors=errors /> })}
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

/// Every client by name, after "Team matter" (the empty choice).
#[component]
fn ClientSelect(value: RwSignal<String>, errors: FormErrors) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let error = errors.field("client");
    let clients = move || {
        let mut clients = session.records.clients.values();
        clients.sort_by(by_name);
        clients
            .into_iter()
            .map(|c| {
                let id = c.id.clone();
                view! { <option value=c.id selected=move || value.get() == id>{c.name}</option> }
            })
            .collect_view()
    };
    view! {
        <div class="field" class:invalid=move || error.get().is_some()>
            <label for="escalation-client">{tr("escalations-field-client")}</label>
            <select
                id="escalation-client"
                name="escalation-client"
                prop:value=move || value.get()
                on:change=move |ev| value.set(event_target_value(&ev))
            >
                <option value="" selected=move || value.get().is_empty()>{tr("escalations-team-matter")}</option>
                {clients}
            </select>
            <p class="field-error">{move || error.get().map(|p| problem_text(i18n, &p))}</p>
        </div>
    }
}
