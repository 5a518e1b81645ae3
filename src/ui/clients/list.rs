//! The client list with search and status filter (kept in the address).

use leptos::prelude::*;
use leptos_router::components::A;

use super::StatusBadge;
use crate::domain::clients::{ClientFilter, ClientStatus};
use crate::ui::checklists::{client_status, latest_of, status_with, ClientProgress};
use crate::ui::i18n::tr;
use crate::ui::keyed::read_first;
use crate::ui::session::Session;
use crate::ui::widgets::{code_options, url_filter, CodeSelect, ListText, RecordList};

#[component]
pub fn ClientList() -> impl IntoView {
    let session = expect_context::<Session>();
    let query = url_filter::<String>("search");
    let status = url_filter::<String>("status");
    let visible = Memo::new(move |_| {
        let filter = ClientFilter {
            query: query.get(),
            status: ClientStatus::from_code(&status.get()),
        };
        // Clients in name order from the index, each read in place, with its
        // latest checklist when the status filter needs it: per keystroke,
        // no copy of every client or checklist.
        let clients = session.records.clients;
        session.indexes.clients_by_name.filter(&(), |id| {
            clients.get_untracked_signal(id).is_some_and(|client| {
                client
                    .with(|c| filter.matches_showing(c, || status_with(c, latest_of(session, id))))
            })
        })
    });
    // The list shows first; the status and progress of each client, read
    // from the year's checklists, once those are read a slice at a time
    // (a third of the cold open's first render otherwise: the profile of
    // `scripts/bench-profile --open`).
    let checklists_read = read_first(vec![Box::new(session.records.checklists)]);
    let text = ListText {
        count: Some("clients-count"),
        empty: "clients-empty",
        no_match: "clients-no-match",
    };
    let head = || {
        view! {
            <th>{tr("field-name")}</th>
            <th>{tr("field-company")}</th>
            <th>{tr("field-status")}</th>
            <th>{tr("field-owner")}</th>
            <th class="numeric">{tr("clients-col-contacts")}</th>
            <th>{tr("clients-col-progress")}</th>
        }
    };
    view! {
        <section class="desk">
            <header class="desk-header">
                <h1>{tr("clients-title")}</h1>
                <A href="/clients/new" attr:class="button primary">{tr("clients-new")}</A>
            </header>
            <div class="toolbar">
                <div class="field search">
                    <label for="client-search">{tr("clients-search")}</label>
                    <input
                        id="client-search"
                        type="search"
                        name="search"
                        placeholder=tr("clients-search-placeholder")
                        prop:value=move || query.get()
                        on:input=move |ev| query.set(event_target_value(&ev))
                    />
                </div>
                <CodeSelect
                    msg="clients-filter-status"
                    name="status-filter"
                    value=status
                    options=code_options(ClientStatus::ALL)
                    empty="clients-filter-all"
                />
            </div>
            <RecordList
                ids=visible
                any=Signal::derive(move || session.records.clients.len() > 0)
                text=text
                name="client"
                class="records"
                head=head
                row=move |id| view! { <ClientRow id=id checklists_read=checklists_read /> }
            />
        </section>
    }
}

/// One row; it reads only its own client's signal, and its latest checklist
/// once `checklists_read`.
#[component]
fn ClientRow(id: String, checklists_read: Signal<bool>) -> impl IntoView {
    let session = expect_context::<Session>();
    let Some(client) = session.records.clients.get(&id) else {
        return ().into_any();
    };
    let owner = move || {
        client
            .with(|c| c.owner.clone())
            .and_then(|owner| session.member_name(&owner))
            .unwrap_or_default()
    };
    view! {
        <tr>
            <td>
                <A href=format!("/clients/{id}")>{move || client.with(|c| c.name.clone())}</A>
            </td>
            <td>{move || client.with(|c| c.company.clone())}</td>
            <td>
                <Show when=move || checklists_read.get()>
                    <StatusBadge status=client_status(client) />
                </Show>
            </td>
            <td>{owner}</td>
            <td class="numeric">{move || client.with(|c| c.contacts.len())}</td>
            <td>
                <Show when=move || checklists_read.get()>
                    <ClientProgress client_id=id.clone() />
                </Show>
            </td>
        </tr>
    }
    .into_any()
}
