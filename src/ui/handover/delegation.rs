//! The CEO's standing emergency delegation (Settings): signed ahead of time
//! for the Operations Assistant's devices, usable only once they declare an
//! emergency handover, and withdrawn with one click.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::access::DelegationRecord;
use crate::domain::handover::default_acting;
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::{confirmed, format_datetime, FormErrors, FormMessage, SaveError};

#[component]
pub fn EmergencyDelegation() -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let errors = FormErrors::new();
    let no_device = RwSignal::new(None::<String>);
    let assistant = move || default_acting(&session.records.members.values()).cloned();
    let sign = move |_| {
        let Some(member) = assistant() else { return };
        spawn_local(async move {
            match session.sign_emergency_delegation(&member.id).await {
                // The one refusal with a remedy: the assistant's device has
                // not proved itself yet.
                Err(SaveError::Invalid(_)) => no_device.set(Some(
                    i18n.t_args("delegation-no-device", &[("name", member.name.into())]),
                )),
                other => {
                    no_device.set(None);
                    errors.show(other);
                }
            }
        });
    };
    let withdraw = move |record: DelegationRecord| {
        if !confirmed(&i18n.t_args(
            "delegation-withdraw-confirm",
            &[("name", record.name.into())],
        )) {
            return;
        }
        spawn_local(async move {
            errors.show(session.withdraw_delegation(&record.id).await);
        });
    };
    let standing = move || {
        session
            .delegations()
            .into_iter()
            .filter(|d| d.emergency)
            .collect::<Vec<_>>()
    };
    view! {
        <div class="card" data-testid="emergency-delegation">
            <h2>{tr("delegation-title")}</h2>
            <p class="muted">{tr("delegation-help")}</p>
            <ul class="plain">
                <For each=standing key=|d| (d.id.clone(), d.revoked_at) let:record>
                    <li data-delegation=record.id.clone()>
                        {i18n.t_args("delegation-for", &[
                            ("name", record.name.clone().into()),
                            ("until", format_datetime(record.until * 1000, i18n.locale()).into()),
                        ])}" "
                        {match record.revoked_at {
                            Some(_) => view! { <span class="badge">{i18n.t("delegation-withdrawn")}</span> }.into_any(),
                            None => {
                                let record = record.clone();
                                view! {
                                    <button type="button" class="button small danger" on:click=move |_| withdraw(record.clone())>
                                        {i18n.t("delegation-withdraw")}
                                    </button>
                                }.into_any()
                            }
                        }}
                    </li>
                </For>
            </ul>
            <Show when=move || standing().is_empty()>
                <p class="muted">{tr("delegation-none")}</p>
            </Show>
            <Show
                when=move || standing().iter().all(|d| d.revoked_at.is_some())
                fallback=|| ()
            >
                {move || match assistant() {
                    Some(member) => view! {
                        <button type="button" class="button" on:click=sign>
                            {i18n.t_args("delegation-sign", &[("name", member.name.into())])}
                        </button>
                    }.into_any(),
                    None => view! { <p class="muted">{tr("delegation-no-assistant")}</p> }.into_any(),
                }}
            </Show>
            <p class="form-message" role="alert" hidden=move || no_device.get().is_none()>{move || no_device.get()}</p>
            <FormMessage errors=errors />
        </div>
    }
}
