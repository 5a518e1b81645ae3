//! Escalations to leadership: the list by status, and a client's escalations.

use leptos::prelude::*;

use crate::ui::i18n::tr;

#[component]
pub fn EscalationsPage() -> impl IntoView {
    view! {
        <section class="desk">
            <h1>{tr("escalations-title")}</h1>
        </section>
    }
}

/// A client's escalations and a way to raise one (leadership devices only).
#[component]
pub fn ClientEscalations(client_id: String) -> impl IntoView {
    let _ = client_id;
}
