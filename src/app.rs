//! The shell: opening the workspace (or the first run), navigation, routing,
//! the storage state; and mounting it on the page.

use std::rc::Rc;

use indexed_db_futures::database::Database;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::{Redirect, Route, Router, Routes, A};
use leptos_router::path;

use crate::store::{open_database, SaveState, Settings};
use crate::sync::relay_connection::SyncStatus;
use crate::timing;
use crate::ui::announcements::AnnouncementRoutes;
use crate::ui::backup::KeepSafe;
use crate::ui::care::CareRoutes;
use crate::ui::checklists::ChecklistRoutes;
use crate::ui::clients::ClientRoutes;
use crate::ui::crisis::CrisisRoutes;
use crate::ui::direct_sync::{DirectLinkChip, DirectOfferBanner};
use crate::ui::documents::DocumentRoutes;
use crate::ui::escalations::EscalationRoutes;
use crate::ui::events::EventRoutes;
use crate::ui::exchange::ExchangeRoutes;
use crate::ui::expenses::ExpenseRoutes;
use crate::ui::first_run::FirstRun;
use crate::ui::goals::GoalRoutes;
use crate::ui::handover::{ActingBanner, HandoverRoutes};
use crate::ui::i18n::{provide_i18n, tr, use_i18n, LanguageSwitch};
use crate::ui::improve::ImproveRoutes;
use crate::ui::install::{InstallButton, UpdateNotice};
use crate::ui::keyed::ReadAhead;
use crate::ui::meetings::MeetingRoutes;
use crate::ui::messages::{MessageRoutes, MessagesBadge};
use crate::ui::notices::NoticeList;
use crate::ui::palette::{Palette, Search};
use crate::ui::session::{Session, SessionError};
use crate::ui::settings::SettingsRoutes;
use crate::ui::skip_link::SkipLink;
use crate::ui::supplies::SupplyRoutes;
use crate::ui::team::TeamRoutes;
use crate::ui::timing::mark_after_render;
use crate::ui::today::{Agenda, Reminders, TodayPage};
use crate::ui::visitors::{VisitorRoutes, VisitorsBadge, VisitorsForMe};
use crate::ui::widgets::{format_time, NavCount};

/// The database every workspace of this browser lives in.
const DATABASE: &str = "handover";

/// Where opening the app stands.
#[derive(Clone)]
enum Boot {
    Loading,
    /// IndexedDB refused to open.
    Unavailable(String),
    FirstRun,
    /// Boxed: a session is a bundle of many reactive handles.
    Ready(Box<Session>),
    Failed(SessionError),
}

/// Mounts the app on the page.
pub fn mount() {
    timing::mark(timing::WASM_STARTED);
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}

#[component]
pub fn App() -> impl IntoView {
    provide_i18n();
    // The workspace's state belongs to the app, not to the component that
    // happens to open it (the first-run form is gone once it has).
    let owner = Owner::current().expect("the app runs inside its root owner");
    let session_owner = owner.clone();
    let boot = RwSignal::new(Boot::Loading);
    let db: StoredValue<Option<Rc<Database>>, LocalStorage> = StoredValue::new_local(None);
    spawn_local(async move {
        let next = match open_database(DATABASE).await {
            Err(err) => Boot::Unavailable(err.0),
            Ok(opened) => {
                let opened = Rc::new(opened);
                db.set_value(Some(opened.clone()));
                match Settings::new(opened.clone()).profile().await {
                    Ok(None) => Boot::FirstRun,
                    Ok(Some(profile)) => {
                        match Session::open(opened, profile, session_owner).await {
                            Ok(session) => Boot::Ready(Box::new(session)),
                            Err(err) => Boot::Failed(err),
                        }
                    }
                    Err(err) => Boot::Failed(SessionError::Other(err.0)),
                }
            }
        };
        boot.set(next);
    });
    let on_ready = Callback::new(move |session: Session| boot.set(Boot::Ready(Box::new(session))));
    view! {
        <Router>
            {move || match boot.get() {
                Boot::Loading => view! { <Splash>{tr("loading")}</Splash> }.into_any(),
                Boot::Unavailable(reason) => view! { <Unavailable reason=reason /> }.into_any(),
                Boot::FirstRun => {
                    let db = db.get_value().expect("opened before the first run");
                    view! { <FirstRun db=db owner=owner.clone() on_ready=on_ready /> }.into_any()
                }
                Boot::Ready(session) => view! { <Workspace session=*session /> }.into_any(),
                Boot::Failed(err) => view! { <OpenFailed err=err /> }.into_any(),
            }}
        </Router>
    }
}

#[component]
fn Splash(children: Children) -> impl IntoView {
    view! {
        <div class="splash">
            <p class="brand">{tr("app-name")}</p>
            <p>{children()}</p>
            <LanguageSwitch />
        </div>
    }
}

#[component]
fn Unavailable(reason: String) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="splash">
            <h1>{tr("storage-unavailable-title")}</h1>
            <p role="alert">
                {move || i18n.t_args("storage-unavailable", &[("reason", reason.clone().into())])}
            </p>
        </div>
    }
}

#[component]
fn OpenFailed(err: SessionError) -> impl IntoView {
    let i18n = use_i18n();
    let text = move || match &err {
        SessionError::TooNew => i18n.t("storage-too-new"),
        SessionError::Invalid(_) => i18n.t("error-form"),
        SessionError::Other(reason) => {
            i18n.t_args("storage-unavailable", &[("reason", reason.clone().into())])
        }
    };
    view! {
        <div class="splash">
            <p class="brand">{tr("app-name")}</p>
            <p role="alert">{text}</p>
        </div>
    }
}

/// The workspace: header with navigation, the user and the language, the
/// storage state, and the desk on screen.
#[component]
fn Workspace(session: Session) -> impl IntoView {
    provide_context(session);
    provide_context(Agenda::new(session));
    provide_context(Search::new());
    mark_after_render(timing::INTERACTIVE);
    let i18n = use_i18n();
    let user = move || session.describe_me(i18n, "shell-user");
    let main = NodeRef::new();
    view! {
        <SkipLink main=main />
        <header class="topbar">
            <A href="/" attr:class="brand">{tr("app-name")}</A>
            <div class="topbar-end">
                <Palette />
                <span class="user" data-testid="current-user">{user}</span>
                <InstallButton />
                <LanguageSwitch />
            </div>
        </header>
        <StorageBar session=session />
        <NoticeList notices=session.notices />
        <Reminders />
        <UpdateNotice />
        <KeepSafe />
        <ActingBanner />
        <DirectOfferBanner />
        <VisitorsForMe />
        <div class="workspace">
            <Navigation session=session />
        <main id="main" tabindex="-1" node_ref=main>
            <Routes fallback=|| view! { <Redirect path="/" /> }>
                <Route path=path!("/") view=TodayPage />
                <ClientRoutes />
                <CareRoutes />
                <ChecklistRoutes />
                <TeamRoutes />
                <AnnouncementRoutes />
                <MessageRoutes />
                <MeetingRoutes />
                <DocumentRoutes />
                <VisitorRoutes />
                <ExpenseRoutes />
                <EventRoutes />
                <EscalationRoutes />
                <ImproveRoutes />
                <CrisisRoutes />
                <HandoverRoutes />
                <SupplyRoutes />
                <SettingsRoutes />
                <GoalRoutes />
                <ExchangeRoutes />
                <Route path=path!("/join") view=|| view! { <Redirect path="/" /> } />
            </Routes>
        </main>
        </div>
    }
}

/// The desks, grouped as the people using them think of them: client care,
/// the team, the office, leadership (only on leadership devices) and the
/// device.
#[component]
fn Navigation(session: Session) -> impl IntoView {
    view! {
        <nav class="sidebar" aria-label=tr("nav-main")>
            <A href="/" exact=true>{tr("nav-today")}</A>
            <p class="nav-group">{tr("nav-group-clients")}</p>
            <A href="/clients">{tr("nav-clients")}</A>
            <A href="/follow-ups">{tr("nav-follow-ups")}</A>
            <A href="/onboarding">{tr("nav-onboarding")}</A>
            <p class="nav-group">{tr("nav-group-team")}</p>
            <A href="/team">{tr("nav-team")}</A>
            <A href="/announcements">
                {tr("nav-announcements")}
                <UnreadBadge session=session />
            </A>
            <A href="/requests">{tr("nav-requests")}</A>
            <A href="/improvements">{tr("nav-improve")}</A>
            <A href="/goals">{tr("nav-goals")}</A>
            <p class="nav-group nav-group-office">{tr("nav-group-office")}</p>
            <A href="/messages">
                {tr("nav-messages")}
                <MessagesBadge />
            </A>
            <A href="/meetings">{tr("nav-meetings")}</A>
            <A href="/supplies">{tr("nav-supplies")}</A>
            <A href="/documents">{tr("nav-documents")}</A>
            <A href="/visitors">
                {tr("nav-visitors")}
                <VisitorsBadge />
            </A>
            <A href="/expenses">{tr("nav-expenses")}</A>
            <A href="/events">{tr("nav-events")}</A>
            <Show when=move || session.holds_leadership()>
                <p class="nav-group">{tr("nav-group-leadership")}</p>
                <A href="/escalations">{tr("nav-escalations")}</A>
                <A href="/conflicts">{tr("nav-conflicts")}</A>
                <A href="/crisis">{tr("nav-crisis")}</A>
                <A href="/handover">{tr("nav-handover")}</A>
            </Show>
            <p class="nav-group">{tr("nav-group-device")}</p>
            <A href="/settings">{tr("nav-settings")}</A>
            <A href="/export">{tr("nav-export")}</A>
            <A href="/import">{tr("nav-import")}</A>
        </nav>
    }
}

/// How many announcements this device's user has not read yet, beside the
/// navigation link; nothing when none. Hidden from screen readers so the
/// link keeps its name; the announcements page says the count in words.
#[component]
fn UnreadBadge(session: Session) -> impl IntoView {
    let unread = Memo::new(move |_| session.indexes.announcements_read.len(&false));
    let reads: Vec<Box<dyn ReadAhead>> = vec![Box::new(session.records.announcements)];
    view! { <NavCount count=unread title="announcements-unread" name="nav-unread" reads=reads /> }
}

/// Whether everything is saved on this device, and any data set aside.
#[component]
fn StorageBar(session: Session) -> impl IntoView {
    let i18n = use_i18n();
    let state = move || session.save_state();
    let code = move || match state() {
        SaveState::Saved => "saved",
        SaveState::Saving => "saving",
        SaveState::Failed(_) => "failed",
    };
    let text = move || match state() {
        SaveState::Saved => i18n.t("storage-saved"),
        SaveState::Saving => i18n.t("storage-saving"),
        SaveState::Failed(reason) => i18n.t_args("storage-failed", &[("reason", reason.into())]),
    };
    let quarantined = move || {
        let count = session.quarantined.get();
        (count > 0).then(|| {
            view! {
                <p class="banner warning" role="alert" data-testid="quarantine-banner">
                    {i18n.t_args("storage-quarantined", &[("count", count.into())])}
                    " "
                    <A href="/settings">{tr("nav-settings")}</A>
                </p>
            }
        })
    };
    view! {
        <div class="storage-bar">
            <span class="save-state" data-state=code role="status" aria-live="polite">{text}</span>
            <SyncIndicator session=session />
            <DirectLinkChip />
        </div>
        {quarantined}
    }
}

/// Whether this device is in step with the relay, and what is still to send.
#[component]
fn SyncIndicator(session: Session) -> impl IntoView {
    let i18n = use_i18n();
    let view = move || session.sync.get();
    let code = move || match view().status {
        None => "local",
        Some(SyncStatus::Offline) => "offline",
        Some(SyncStatus::Connecting) => "connecting",
        Some(SyncStatus::Syncing) => "syncing",
        Some(SyncStatus::Synced { .. }) => "synced",
        Some(SyncStatus::Refused(_)) => "refused",
    };
    let text = move || {
        let view = view();
        let status = match view.status {
            None => i18n.t("sync-local"),
            Some(SyncStatus::Offline) => i18n.t("sync-offline"),
            Some(SyncStatus::Connecting) => i18n.t("sync-connecting"),
            Some(SyncStatus::Syncing) => i18n.t("sync-syncing"),
            Some(SyncStatus::Synced { at }) => i18n.t_args(
                "sync-synced",
                &[("time", format_time(at as i64, i18n.locale()).into())],
            ),
            Some(SyncStatus::Refused(code)) => {
                i18n.t_args(refusal_message(&code), &[("reason", code.into())])
            }
        };
        if view.pending > 0 {
            let pending = i18n.t_args("sync-pending", &[("count", view.pending.into())]);
            format!("{status} · {pending}")
        } else {
            status
        }
    };
    view! {
        <span class="sync-state" data-sync=code data-testid="sync-state" role="status" aria-live="polite">
            {text}
        </span>
    }
}

/// The message for a relay's refusal code: the ones a person can act on
/// have their own words; anything else is a plain refusal.
fn refusal_message(code: &str) -> &'static str {
    match code {
        "revoked" => "sync-refused-revoked",
        "expired" => "sync-refused-expired",
        "wrong-relay" => "sync-refused-wrong-relay",
        "redeemed-elsewhere" => "sync-refused-redeemed-elsewhere",
        "device-key" => "sync-refused-device-key",
        _ => "sync-refused",
    }
}
