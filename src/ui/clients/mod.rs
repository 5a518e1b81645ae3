//! The Clients desk: the list, a client's page with contacts and
//! interactions, and the client form.

mod contacts;
mod form;
mod interactions;
mod list;
mod page;

use form::{ClientEdit, ClientNew};
use list::ClientList;
use page::ClientPage;

use leptos::prelude::*;
use leptos_router::components::{Outlet, ParentRoute, Route};
use leptos_router::path;

use crate::domain::action::Action;
use crate::domain::clients::{log_interaction, ClientStatus, Interaction, InteractionInput};
use crate::ui::i18n::use_i18n;
use crate::ui::session::Session;
use crate::ui::widgets::{now_ms, SaveError};

/// A client's status as a coloured label.
#[component]
fn StatusBadge(#[prop(into)] status: Signal<ClientStatus>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <span class=move || format!("badge status-{}", status.get().code())>
            {move || i18n.t(status.get().message_id())}
        </span>
    }
}

/// The interactions with client `client_id`, newest first (tracked: the
/// client's bucket of the index and each of its interactions).
pub(crate) fn client_interactions(session: Session, client_id: &str) -> Vec<Interaction> {
    session.indexes.interactions_by_client.records(
        &client_id.to_string(),
        usize::MAX,
        session.records.interactions,
    )
}

/// Validates `input` and logs it as an interaction with client `client_id`
/// by this device's user, from the client page and the follow-ups desk alike.
pub(crate) fn save_interaction(
    session: Session,
    client_id: &str,
    input: &InteractionInput,
) -> Result<Interaction, SaveError> {
    let interaction = log_interaction(client_id, input, &session.me(), now_ms())?;
    session.change_team(Action::InteractionLog, &interaction.summary, |w| {
        w.put(&interaction.id, &interaction)
    })?;
    Ok(interaction)
}

/// The desk's screens and their addresses.
#[component(transparent)]
pub fn ClientRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    view! {
        <ParentRoute path=path!("/clients") view=Outlet>
            <Route path=path!("") view=ClientList />
            <Route path=path!("new") view=ClientNew />
            <Route path=path!(":id") view=ClientPage />
            <Route path=path!(":id/edit") view=ClientEdit />
        </ParentRoute>
    }
    .into_inner()
}
