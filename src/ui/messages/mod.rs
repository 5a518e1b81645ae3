//! The message log: take a message for a colleague or a department, see
//! the ones for you (urgent first) and mark them done, and see how many are
//! open for each person.

mod row;
mod take;

use leptos::prelude::*;
use leptos_router::components::Route;
use leptos_router::path;

use crate::domain::messages::{inbox_order, Recipient, RecipientKind};
use crate::ui::i18n::{tr, use_i18n, I18n};
use crate::ui::keyed::ReadAhead;
use crate::ui::session::Session;
use crate::ui::widgets::{code_options, url_filter, CodeSelect, ListText, NavCount, RecordList};
use row::MessageRow;
use take::TakeMessage;

crate::domain::coded::coded_enum! {
    /// Which messages the desk lists.
    pub enum Shown ("messages-shown") {
        #[default]
        Mine = "mine",
        Open = "open",
        Done = "done",
    }
}

impl std::str::FromStr for Shown {
    type Err = ();

    fn from_str(code: &str) -> Result<Self, ()> {
        Shown::from_code(code).ok_or(())
    }
}

impl std::fmt::Display for Shown {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// The open messages for this device's user and their department, urgent
/// first, then the newest.
pub(crate) fn mine(session: Session) -> Vec<String> {
    let Some(me) = session.my_member() else {
        return Vec::new();
    };
    let open = session.indexes.messages_open;
    let mut ids: Vec<String> = Recipient::of(&me)
        .iter()
        .flat_map(|recipient| open.first(&recipient.key(), usize::MAX))
        .collect();
    let order = |id: &String| {
        session
            .records
            .messages
            .get_untracked_signal(id)
            .map(|m| m.with_untracked(inbox_order))
    };
    ids.sort_by_cached_key(order);
    ids
}

#[component]
pub fn MessagesPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let shown = url_filter::<Shown>("show");
    let recipient = url_filter::<String>("for");
    // Open while the address says so: the palette's "Take a message" opens it.
    let taking = url_filter::<bool>("new");
    // One message alone, found with the palette.
    let found = url_filter::<String>("message");
    let indexes = session.indexes;
    let ids = Memo::new(move |_| {
        let one = found.get();
        if !one.is_empty() {
            return vec![one];
        }
        let chosen = recipient.get();
        if !chosen.is_empty() {
            return indexes.messages_open.first(&chosen, usize::MAX);
        }
        match shown.get() {
            Shown::Mine => mine(session),
            Shown::Open => indexes.messages_open_all.first(&(), usize::MAX),
            Shown::Done => indexes.messages_done.first(&(), usize::MAX),
        }
    });
    let any = Signal::derive(move || session.records.messages.len() > 0);
    let show_code = RwSignal::new(shown.get_untracked().code().to_string());
    Effect::new(move |_| shown.set(show_code.get().parse().unwrap_or_default()));
    view! {
        <section class="desk messages">
            <header class="desk-header">
                <div>
                    <h1>{tr("messages-title")}</h1>
                    <p class="subtitle">{tr("messages-intro")}</p>
                </div>
                <button class="button primary" on:click=move |_| taking.set(true) disabled=move || taking.get()>
                    {tr("messages-take")}
                </button>
            </header>
            <UrgentForMe />
            <Show when=move || taking.get()>
                <TakeMessage done=Callback::new(move |_| taking.set(false)) />
            </Show>
            <div class="filters">
                <CodeSelect msg="messages-show" name="messages-show" value=show_code options=code_options(Shown::ALL) />
                <Show when=move || !found.with(String::is_empty)>
                    <p class="meta">
                        {tr("messages-found-one")}
                        " "
                        <button class="button small" on:click=move |_| found.set(String::new())>{tr("messages-clear-filter")}</button>
                    </p>
                </Show>
                <Show when=move || !recipient.with(String::is_empty)>
                    <p class="meta">
                        {move || i18n.t_args("messages-for-filter", &[("name", recipient_name(session, i18n, &recipient.get()).into())])}
                        " "
                        <button class="button small" on:click=move |_| recipient.set(String::new())>{tr("messages-clear-filter")}</button>
                    </p>
                </Show>
            </div>
            <RecordList
                ids=ids
                any=any
                text=ListText { count: Some("messages-count"), empty: "messages-empty", no_match: "messages-none-shown" }
                name="messages"
                class="message-list"
                row=|id| view! { <MessageRow id=id /> }
            />
            <OpenByRecipient chosen=recipient />
        </section>
    }
}

/// The name of the person or department a recipient key names, a
/// department marked as one.
fn recipient_name(session: Session, i18n: I18n, key: &str) -> String {
    let Some(name) = session.recipient_name(key) else {
        return i18n.t("member-unknown");
    };
    match Recipient::from_key(key) {
        Some(r) if r.kind == RecipientKind::Department => {
            i18n.t_args("messages-department", &[("name", name.into())])
        }
        _ => name,
    }
}

/// A banner above everything while an urgent message for this user is
/// open: it is never left unseen.
#[component]
fn UrgentForMe() -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let urgent = Memo::new(move |_| {
        mine(session)
            .iter()
            .filter(|id| {
                session
                    .records
                    .messages
                    .get_untracked_signal(id)
                    .is_some_and(|m| m.with(|m| m.is_urgent()))
            })
            .count()
    });
    view! {
        <Show when=move || { urgent.get() > 0 }>
            <p class="banner urgent" role="alert" data-testid="urgent-messages">
                {move || i18n.t_args("messages-urgent-banner", &[("count", urgent.get().into())])}
            </p>
        </Show>
    }
}

/// How many messages are open for each person and department, each a link
/// to those messages.
#[component]
fn OpenByRecipient(chosen: RwSignal<String>) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let rows = Memo::new(move |_| {
        let open = session.indexes.messages_open;
        let members = session
            .records
            .members
            .values()
            .into_iter()
            .map(|m| Recipient::member(&m.id));
        let departments = session
            .records
            .departments
            .values()
            .into_iter()
            .map(|d| Recipient::department(&d.id));
        let mut rows: Vec<(String, String, usize)> = members
            .chain(departments)
            .map(|r| r.key())
            .filter_map(|key| {
                let count = open.len(&key);
                (count > 0).then(|| (recipient_name(session, i18n, &key), key, count))
            })
            .collect();
        rows.sort_by_key(|(name, _, _)| name.to_lowercase());
        rows
    });
    view! {
        <section class="panel open-by-recipient">
            <h2>{tr("messages-by-recipient")}</h2>
            <Show when=move || !rows.get().is_empty() fallback=|| view! { <p class="empty">{tr("messages-none-open")}</p> }>
                <ul class="plain" data-testid="open-by-recipient">
                    <For each=move || rows.get() key=|row| row.clone() let((name, key, count))>
                        <li>
                            <button class="link" on:click=move |_| chosen.set(key.clone())>{name}</button>
                            " "
                            <span class="badge">{count}</span>
                        </li>
                    </For>
                </ul>
            </Show>
        </section>
    }
}

/// The number of open messages for this device's user, beside the desk's
/// link in the navigation.
#[component]
pub fn MessagesBadge() -> impl IntoView {
    let session = expect_context::<Session>();
    let count = Memo::new(move |_| mine(session).len());
    let records = session.records;
    let reads: Vec<Box<dyn ReadAhead>> =
        vec![Box::new(records.members), Box::new(records.messages)];
    view! { <NavCount count=count title="messages-open-for-you" name="nav-messages" reads=reads /> }
}

/// The desk's screen and its address.
#[component(transparent)]
pub fn MessageRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    view! { <Route path=path!("/messages") view=MessagesPage /> }.into_inner()
}
