//! Announcements: leadership updates to the team, each member's "I have read
//! this", and for leadership who has and who has not read each one.

mod compose;
mod item;

use leptos::prelude::*;
use leptos_router::components::Route;
use leptos_router::path;

use crate::domain::announcements::may_announce;
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::ShowMore;

use compose::ComposeForm;
use item::AnnouncementItem;

/// How many announcements the page shows at first, and how many more each
/// "Show more" adds.
const PAGE: usize = 20;

#[component]
pub fn AnnouncementsPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let indexes = session.indexes;
    let shown = RwSignal::new(PAGE);
    let ids = Memo::new(move |_| indexes.announcements_newest.first(&(), shown.get()));
    let total = Signal::derive(move || indexes.announcements_newest.len(&()));
    let unread = Memo::new(move |_| indexes.announcements_read.len(&false));
    let unread_text = move || match unread.get() {
        0 => i18n.t("announcements-all-read"),
        count => i18n.t_args("announcements-unread", &[("count", count.into())]),
    };
    let may_post = move || session.my_role().is_some_and(may_announce);
    let composing = RwSignal::new(false);
    view! {
        <section class="desk announcements">
            <header class="desk-header">
                <h1>{tr("announcements-title")}</h1>
                <span
                    class=move || {
                        if unread.get() > 0 { "badge unread-count has-unread" } else { "badge unread-count" }
                    }
                    data-testid="unread-count"
                    role="status"
                    aria-live="polite"
                >
                    {unread_text}
                </span>
                <Show when=may_post>
                    <button class="button primary" on:click=move |_| composing.set(true) disabled=move || composing.get()>
                        {tr("announcements-compose-title")}
                    </button>
                </Show>
            </header>
            <Show when=move || may_post() && composing.get()>
                <ComposeForm done=Callback::new(move |_| composing.set(false)) />
            </Show>
            <Show when=move || { total.get() > 0 } fallback=|| view! { <p class="empty">{tr("announcements-empty")}</p> }>
                <ol class="announcement-list">
                    <For each=move || ids.get() key=|id| id.clone() let:id>
                        <AnnouncementItem id=id />
                    </For>
                </ol>
                <ShowMore shown=shown total=total page=PAGE />
            </Show>
        </section>
    }
}

/// The desk's screen and its address.
#[component(transparent)]
pub fn AnnouncementRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    view! { <Route path=path!("/announcements") view=AnnouncementsPage /> }.into_inner()
}
