//! One client: details, contacts and the interaction log.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use super::contacts::Contacts;
use super::interactions::Interactions;
use super::StatusBadge;
use crate::ui::care::ClientCare;
use crate::ui::checklists::{client_status, ClientChecklists};
use crate::ui::escalations::ClientEscalations;
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;

#[component]
pub fn ClientPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").unwrap_or_default());
    move || match session.records.clients.get(&id()) {
        Some(client) => view! { <ClientDetails id=id() client=client /> }.into_any(),
        None => view! {
            <section class="desk">
                <p class="empty">{tr("client-not-found")}</p>
                <A href="/clients">{tr("clients-back")}</A>
            </section>
        }
        .into_any(),
    }
}

#[component]
fn ClientDetails(id: String, client: RwSignal<crate::domain::clients::Client>) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let owner = move || {
        client.with(|c| c.owner.clone()).map(|owner| {
            let name = session
                .member_name(&owner)
                .unwrap_or_else(|| i18n.t("member-unknown"));
            i18n.t_args("client-owner", &[("name", name.into())])
        })
    };
    let notes = move || {
        let notes = client.with(|c| c.notes.clone());
        if notes.is_empty() {
            i18n.t("client-no-notes")
        } else {
            notes
        }
    };
    view! {
        <section class="desk client-page">
            <A href="/clients" attr:class="back">{tr("clients-back")}</A>
            <header class="desk-header">
                <div>
                    <h1>{move || client.with(|c| c.name.clone())}</h1>
                    <p class="subtitle">
                        <StatusBadge status=client_status(client) />
                        " "
                        <span class="company">{move || client.with(|c| c.company.clone())}</span>
                        " "
                        <span class="owner">{owner}</span>
                    </p>
                </div>
                <A href=format!("/clients/{id}/edit") attr:class="button">{tr("action-edit")}</A>
            </header>
            <p class="notes">{notes}</p>
            <div class="columns">
                <Contacts client=client />
                <Interactions client_id=id.clone() />
            </div>
            <ClientChecklists client_id=id.clone() />
            <ClientCare client=client />
            <Show when=move || session.holds_leadership()>
                <ClientEscalations client_id=id.clone() />
            </Show>
        </section>
    }
}
