//! Announcements: leadership updates to the team, and who acknowledged them.

use leptos::prelude::*;

use crate::ui::i18n::tr;

#[component]
pub fn AnnouncementsPage() -> impl IntoView {
    view! {
        <section class="desk">
            <h1>{tr("announcements-title")}</h1>
        </section>
    }
}
