//! Client care: follow-ups due and overdue across clients, open questions
//! and complaints with response times, satisfaction and at-risk clients.

use leptos::prelude::*;

use crate::domain::clients::Client;
use crate::ui::i18n::tr;

/// The follow-ups desk.
#[component]
pub fn FollowUpsPage() -> impl IntoView {
    view! {
        <section class="desk">
            <h1>{tr("follow-ups-title")}</h1>
        </section>
    }
}

/// The care panels of a client's page: follow-up plan, open questions and
/// satisfaction.
#[component]
pub fn ClientCare(client: RwSignal<Client>) -> impl IntoView {
    let _ = client;
}
