//! The Clients desk: the list, a client's page with contacts and
//! interactions, and the client form.

mod contacts;
mod form;
mod interactions;
mod list;
mod page;

pub use form::{ClientEdit, ClientNew};
pub use list::ClientList;
pub use page::ClientPage;

use leptos::prelude::*;

use crate::domain::clients::ClientStatus;
use crate::ui::i18n::use_i18n;

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

/// `(code, i18n id)` pairs of every client status, for selects.
fn status_options() -> Vec<(&'static str, &'static str)> {
    ClientStatus::ALL
        .iter()
        .map(|s| (s.code(), s.message_id()))
        .collect()
}
