//! The open workspace as the desks see it: a thin reactive layer over the
//! [`Workspace`] core (the documents, the writers, the grant), adding the
//! keyed record collections and indexes the desks read, the save state, the
//! relay and direct-link transports and the notices. Desks change records
//! only through [`Session::change_team`] and its kin, which the workspace
//! attributes to the user.

use std::cmp::Reverse;
use std::collections::BTreeSet;
use std::rc::Rc;

use indexed_db_futures::database::Database;
use leptos::prelude::*;

use crate::doc::{
    Collection, DocError, DocKind, Document, DocumentId, LogCursor, LoggedChange, Record,
    RecordRef, Writer,
};
use crate::domain::access::{DelegationRecord, IssuedInvite};
use crate::domain::action::Action;
use crate::domain::announcements::{self, Announcement};
use crate::domain::backup::BackupState;
use crate::domain::calendar::Day;
use crate::domain::care::{self, FollowUpPlan, Preferences, Score, PREFERENCES_KEY};
use crate::domain::checklists::{self, Checklist, ChecklistTemplate};
use crate::domain::clients::{name_order, Client, Interaction};
use crate::domain::conflicts::ConflictCase;
use crate::domain::crisis::{Crisis, CrisisEntry};
use crate::domain::departments::Department;
use crate::domain::devices::DeviceRecord;
use crate::domain::escalations::Escalation;
use crate::domain::events::{self, Event};
use crate::domain::expenses::{self, Expense};
use crate::domain::goals::{self, Goal};
use crate::domain::handover::{Acting, Decision, Handover};
use crate::domain::ids::Id;
use crate::domain::improvements::Improvement;
use crate::domain::meetings::{self, Meeting};
use crate::domain::messages::{self, InboxOrder, Message};
use crate::domain::metrics;
use crate::domain::observations::Observation;
use crate::domain::people::{Member, Role};
use crate::domain::register::{self, ConfidentialEntry, TeamEntry};
use crate::domain::requests::{Request, RoutingRule};
use crate::domain::supplies::{self, Order, OrderStatus, SupplyItem, Vendor};
use crate::domain::tasks::{self, due_order, DueOrder, Task, TaskStatus};
use crate::domain::validation::Invalid;
use crate::domain::visitors::{self, ExpectedOrder, Visit};
use crate::domain::Millis;
use crate::store::{
    DeviceProfile, DocStore, Listeners, LiveDoc, OpenError, Quarantined, SaveState, Settings,
    StoreError,
};

use super::i18n::I18n;
use super::keyed::{read_ahead, Index, Keyed, ReadAhead};
use super::notices::Notices;
use super::widgets::now_ms;
use crate::sync::direct_link::{DirectLink, LinkError, LinkStatus};
use crate::sync::relay_client::RelayClient;
use crate::trust::authorship::{Authors, CheckedAuthors};
use crate::trust::device_key::DeviceKey;
use crate::trust::{standing, Unverified};
use crate::workspace::{leadership_document, Workspace};
use direct::IncomingOffer;

mod access;
mod backup;
mod direct;
mod documents;
mod exchange;
mod goal_keeping;
mod loaded;
mod people;
mod sync;

pub use sync::SyncView;

/// Declares the keyed record sets of one document: a field per collection,
/// read whole when a desk first needs it and refreshed record by record from Automerge
/// patches.
macro_rules! record_sets {
    ($(#[$meta:meta])* $name:ident { $($field:ident: $ty:ty),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy)]
        pub struct $name {
            $(pub $field: Keyed<$ty>,)+
        }

        impl $name {
            fn new() -> Self {
                Self { $($field: Keyed::new(),)+ }
            }

            /// Each collection reads its records from `live` when first
            /// needed.
            fn read_from(&self, live: &Rc<LiveDoc>) {
                $(self.$field.load_from(read_collection::<$ty>(live));)+
            }

            /// Re-reads the records `touched` names. When they are many,
            /// the empty collections they fill are read again instead (see
            /// `Keyed::refill_if_empty`), ahead, and woken together: no
            /// view appears halfway to read a half-filled one whole.
            fn refresh(&self, doc: &Document, touched: &BTreeSet<RecordRef>) {
                let many = touched.len() > REFILL_FROM;
                let mut refilled: Vec<Box<dyn ReadAhead>> = Vec::new();
                $(
                    let ids = ids_of(touched, <$ty>::COLLECTION);
                    if many && !ids.is_empty() && self.$field.refill_if_empty() {
                        refilled.push(Box::new(self.$field));
                    } else {
                        self.$field.refresh(doc, &ids);
                    }
                )+
                if !refilled.is_empty() {
                    leptos::task::spawn_local(read_ahead(refilled));
                }
            }
        }
    };
}

/// A change that names more records than this is read the way a workspace
/// is opened (see `Keyed::refill_if_empty`): re-reading the busy year record
/// by record in the task that merged it froze the tab, and held back a new
/// device's first sync by 0.7 s.
const REFILL_FROM: usize = 64;

/// The ids of the records of `collection` among `touched`.
fn ids_of(touched: &BTreeSet<RecordRef>, collection: Collection) -> Vec<&str> {
    touched
        .iter()
        .filter(|record| record.collection == collection)
        .map(|record| record.id.as_str())
        .collect()
}

/// Reads the records of kind `T` from `live` a page at a time, while it is
/// open.
fn read_collection<T: Record + 'static>(live: &Rc<LiveDoc>) -> super::keyed::Source<T> {
    let live = Rc::downgrade(live);
    Rc::new(move |pages, limit| live.upgrade()?.read_page::<T>(pages, limit).ok())
}

record_sets! {
    /// The records of the team document, as the UI reads them.
    TeamRecords {
        members: Member,
        clients: Client,
        interactions: Interaction,
        follow_ups: FollowUpPlan,
        scores: Score,
        checklist_templates: ChecklistTemplate,
        checklists: Checklist,
        tasks: Task,
        announcements: Announcement,
        preferences: Preferences,
        acting: Acting,
        requests: Request,
        routing_rules: RoutingRule,
        improvements: Improvement,
        devices: DeviceRecord,
        departments: Department,
        messages: Message,
        meetings: Meeting,
        supply_items: SupplyItem,
        vendors: Vendor,
        orders: Order,
        register: TeamEntry,
        visits: Visit,
        expenses: Expense,
        goals: Goal,
        events: Event,
    }
}

/// The indexes the desks read instead of scanning a collection (see
/// `Keyed::index`).
#[derive(Clone, Copy)]
pub struct TeamIndexes {
    /// Tasks by status, each column in due order: the board.
    pub tasks_by_status: Index<TaskStatus, DueOrder>,
    /// Tasks by assignee (`""` for none), in due order.
    pub tasks_by_assignee: Index<String, DueOrder>,
    /// Every task in due order (one bucket, `()`): the task list.
    pub tasks_by_due: Index<(), DueOrder>,
    /// The open tasks with a due day, by that day (one bucket): Today
    /// reads the window up to the end of today.
    pub tasks_open_by_due: Index<(), String>,
    /// Finished tasks by when they were finished (one bucket): the
    /// on-time metric reads the last twelve weeks.
    pub tasks_done_by_time: Index<(), Millis>,
    /// Every client by name (one bucket): the client list.
    pub clients_by_name: Index<(), String>,
    /// Each client's checklists, the latest first: a client's status.
    pub checklists_by_client: Index<String, Reverse<Millis>>,
    /// Checklists by whether every step is done (`true`), the latest
    /// first: the onboarding desk.
    pub checklists_by_completion: Index<bool, Reverse<Millis>>,
    /// Checklists with a step done, by when the last one was (one bucket):
    /// the steps-on-time metric reads the last twelve weeks.
    pub checklists_by_last_done: Index<(), Millis>,
    /// Each client's interactions, newest first: the client's log, its
    /// last contact (follow-ups) and its complaints (at risk).
    pub interactions_by_client: Index<String, Reverse<Millis>>,
    /// The questions and complaints still unanswered, oldest first (one
    /// bucket).
    pub open_questions: Index<(), Millis>,
    /// Answered questions and complaints by when they were answered (one
    /// bucket): the responsiveness metric.
    pub answered_by_time: Index<(), Millis>,
    /// Each client's satisfaction scores, oldest first: its trend.
    pub scores_by_client: Index<String, Millis>,
    /// Every satisfaction score by when it was recorded (one bucket).
    pub scores_by_time: Index<(), Millis>,
    /// Every announcement, newest first (one bucket).
    pub announcements_newest: Index<(), Reverse<Millis>>,
    /// Announcements by whether this device's user has read them (`true`).
    pub announcements_read: Index<bool, Reverse<Millis>>,
    /// Open messages by recipient (`Recipient::key`), urgent first: each
    /// person's and department's inbox and its count.
    pub messages_open: Index<String, InboxOrder>,
    /// Every open message, urgent first (one bucket).
    pub messages_open_all: Index<(), InboxOrder>,
    /// Messages marked done, the latest first (one bucket).
    pub messages_done: Index<(), Reverse<Millis>>,
    /// Every meeting by when it starts (one bucket): the calendar reads the
    /// window it shows, and a clash check the window that could overlap.
    pub meetings_by_start: Index<(), Millis>,
    /// Every supply item by name (one bucket): the items list.
    pub supplies_by_name: Index<(), (String, String)>,
    /// The items at or below their reorder level, by name (one bucket).
    pub supplies_to_reorder: Index<(), (String, String)>,
    /// Every vendor by name (one bucket).
    pub vendors_by_name: Index<(), (String, String)>,
    /// Orders by status, the latest drafted first.
    pub orders_by_status: Index<OrderStatus, Reverse<Millis>>,
    /// The public and internal register entries by title (one bucket).
    pub register_by_title: Index<(), String>,
    /// The public and internal register entries with a review day, by that
    /// day (one bucket): the desk reads the window due or due soon.
    pub register_by_review: Index<(), Day>,
    /// Expected visits by day ("" — any day — first), then time (one
    /// bucket): a window up to tomorrow is today's and overdue ones.
    pub visits_expected: Index<(), ExpectedOrder>,
    /// Visitors on site by host, by arrival: what each host's device shows.
    pub visits_on_site: Index<String, Millis>,
    /// Every visitor on site, by arrival (one bucket).
    pub visits_on_site_all: Index<(), Millis>,
    /// Past visits, the latest to leave first (one bucket).
    pub visits_left: Index<(), Reverse<Millis>>,
    /// Expenses by month ("2026-03"), by day: a month's list, totals and
    /// export.
    pub expenses_by_month: Index<String, (String, Millis)>,
    /// Tasks naming a goal, by goal and whether finished: each goal's work.
    pub tasks_by_goal: Index<(Id, bool), Millis>,
    /// Proposals naming a goal, by goal.
    pub improvements_by_goal: Index<(Id, bool), Millis>,
    /// Expenses by the event they are booked against, by day: an event's
    /// spending without reading the year's expenses.
    pub expenses_by_event: Index<String, (String, Millis)>,
    /// Every event by day and time (one bucket): upcoming events are the
    /// window from today, past ones the window before it.
    pub events_by_day: Index<(), (Day, String)>,
}

impl TeamIndexes {
    fn new(records: &TeamRecords, me: String) -> Self {
        let announcements = records.announcements;
        let tasks = records.tasks;
        Self {
            tasks_by_status: tasks.index(|task: &Task| Some((task.status, due_order(task)))),
            tasks_by_assignee: tasks.index(|task: &Task| {
                Some((task.assignee.clone().unwrap_or_default(), due_order(task)))
            }),
            tasks_by_due: tasks.index(|task: &Task| Some(((), due_order(task)))),
            tasks_open_by_due: tasks.index(|task: &Task| {
                task.due_on
                    .clone()
                    .filter(|_| tasks::is_open(task))
                    .map(|due| ((), due))
            }),
            tasks_done_by_time: tasks.index(|task: &Task| {
                (task.status == TaskStatus::Done).then_some(((), task.status_changed_at))
            }),
            clients_by_name: records
                .clients
                .index(|client: &Client| Some(((), name_order(client)))),
            checklists_by_client: records.checklists.index(|checklist: &Checklist| {
                Some((
                    checklist.client_id.clone(),
                    checklists::newest_order(checklist),
                ))
            }),
            checklists_by_completion: records.checklists.index(|checklist: &Checklist| {
                Some((checklist.is_complete(), checklists::newest_order(checklist)))
            }),
            checklists_by_last_done: records.checklists.index(|checklist: &Checklist| {
                metrics::last_step_done(checklist).map(|at| ((), at))
            }),
            interactions_by_client: records
                .interactions
                .index(|i: &Interaction| Some((i.client_id.clone(), Reverse(i.at)))),
            open_questions: records
                .interactions
                .index(|i: &Interaction| care::is_open(i).then_some(((), i.at))),
            answered_by_time: records
                .interactions
                .index(|i: &Interaction| i.answer.as_ref().map(|a| ((), a.at))),
            scores_by_client: records
                .scores
                .index(|score: &Score| Some((score.client_id.clone(), score.at))),
            scores_by_time: records.scores.index(|score: &Score| Some(((), score.at))),
            announcements_newest: announcements
                .index(|a: &Announcement| Some(((), announcements::newest_order(a)))),
            announcements_read: announcements.index(move |a: &Announcement| {
                Some((a.is_read_by(&me), announcements::newest_order(a)))
            }),
            messages_open: records.messages.index(|m: &Message| {
                messages::open_under(m).map(|key| (key, messages::inbox_order(m)))
            }),
            messages_open_all: records
                .messages
                .index(|m: &Message| m.is_open().then(|| ((), messages::inbox_order(m)))),
            messages_done: records
                .messages
                .index(|m: &Message| m.done.as_ref().map(|done| ((), Reverse(done.at)))),
            meetings_by_start: records
                .meetings
                .index(|m: &Meeting| meetings::start_order(m).map(|at| ((), at))),
            supplies_by_name: records
                .supply_items
                .index(|item: &SupplyItem| Some(((), supplies::name_order(item)))),
            supplies_to_reorder: records.supply_items.index(|item: &SupplyItem| {
                item.needs_reorder()
                    .then(|| ((), supplies::name_order(item)))
            }),
            vendors_by_name: records
                .vendors
                .index(|vendor: &Vendor| Some(((), supplies::vendor_order(vendor)))),
            orders_by_status: records
                .orders
                .index(|order: &Order| Some((order.status(), supplies::order_order(order)))),
            register_by_title: records
                .register
                .index(|e: &TeamEntry| Some(((), register::title_order(e)))),
            register_by_review: records
                .register
                .index(|e: &TeamEntry| register::review_order(e).map(|day| ((), day))),
            visits_expected: records
                .visits
                .index(|v: &Visit| visitors::expected_order(v).map(|order| ((), order))),
            visits_on_site: records.visits.index(visitors::on_site_under),
            visits_on_site_all: records
                .visits
                .index(|v: &Visit| visitors::on_site_under(v).map(|(_, at)| ((), at))),
            visits_left: records
                .visits
                .index(|v: &Visit| visitors::left_order(v).map(|order| ((), order))),
            expenses_by_month: records
                .expenses
                .index(|e: &Expense| Some((expenses::month_of(e), (e.day.clone(), e.recorded_at)))),
            tasks_by_goal: tasks.index(|task: &Task| {
                goals::goal_bucket(&task.goal, !tasks::is_open(task))
                    .map(|key| (key, task.created_at))
            }),
            improvements_by_goal: records.improvements.index(|i: &Improvement| {
                let finished = i.is_finished()?;
                goals::goal_bucket(&i.goal, finished).map(|key| (key, i.raised_at))
            }),
            expenses_by_event: records.expenses.index(|e: &Expense| {
                e.event
                    .clone()
                    .map(|event| (event, (e.day.clone(), e.recorded_at)))
            }),
            events_by_day: records
                .events
                .index(|e: &Event| events::day_order(e).map(|order| ((), order))),
        }
    }
}

record_sets! {
    /// The records of the leadership document; empty on team devices.
    LeadershipRecords {
        escalations: Escalation,
        observations: Observation,
        crises: Crisis,
        crisis_entries: CrisisEntry,
        handovers: Handover,
        decisions: Decision,
        conflicts: ConflictCase,
        invites: IssuedInvite,
        delegations: DelegationRecord,
        confidential_register: ConfidentialEntry,
    }
}

/// The indexes of the leadership document's records (empty on team
/// devices), as [`TeamIndexes`].
#[derive(Clone, Copy)]
pub struct LeadershipIndexes {
    /// Each crisis's entries by when they were written: its timeline and
    /// its count in the list, without reading the other crises' entries.
    pub entries_by_crisis: Index<Id, Millis>,
    /// The confidential register entries by title (one bucket).
    pub confidential_by_title: Index<(), String>,
    /// The confidential register entries with a review day, by that day.
    pub confidential_by_review: Index<(), Day>,
}

impl LeadershipIndexes {
    fn new(records: &LeadershipRecords) -> Self {
        let register = records.confidential_register;
        Self {
            entries_by_crisis: records
                .crisis_entries
                .index(|e: &CrisisEntry| Some((e.crisis_id.clone(), e.at))),
            confidential_by_title: register
                .index(|e: &ConfidentialEntry| Some(((), register::title_order(e)))),
            confidential_by_review: register
                .index(|e: &ConfidentialEntry| register::review_order(e).map(|day| ((), day))),
        }
    }
}

#[derive(Clone, Copy)]
pub struct Session {
    db: StoredValue<Rc<Database>, LocalStorage>,
    /// The documents, the writers and the grant, without Leptos.
    workspace: StoredValue<Workspace<LiveDoc>, LocalStorage>,
    pub records: TeamRecords,
    pub indexes: TeamIndexes,
    pub leadership_records: LeadershipRecords,
    pub leadership_indexes: LeadershipIndexes,
    /// Notified whenever either document takes a change, written here or
    /// synced: what is derived from the history rather than from records
    /// (the return briefing) follows it.
    pub changed: Trigger,
    team_state: RwSignal<SaveState>,
    leadership_state: RwSignal<SaveState>,
    /// Stored entries set aside while opening.
    pub quarantined: RwSignal<usize>,
    /// Writes that failed with no form to show why.
    pub notices: Notices,
    profile: StoredValue<DeviceProfile>,
    /// Whether this device holds the workspace signing key.
    holds_workspace_key: RwSignal<bool>,
    /// This device's key; `None` where the browser offers no WebCrypto.
    device: StoredValue<Option<DeviceKey>, LocalStorage>,
    relay: StoredValue<Option<RelayClient>, LocalStorage>,
    /// The sync indicator's state.
    pub sync: RwSignal<SyncView>,
    direct_link: StoredValue<Option<DirectLink>, LocalStorage>,
    direct: RwSignal<Option<LinkStatus>>,
    /// The member whose device this one offered a link through the relay.
    awaiting_answer: StoredValue<Option<String>>,
    incoming: RwSignal<Option<IncomingOffer>>,
    direct_failed: RwSignal<Option<LinkError>>,
    /// This device's backup dates, once read (see `backup.rs`).
    backups: RwSignal<Option<BackupState>>,
    /// The last check of the device records (see [`Session::authors`]).
    authors: StoredValue<CheckedAuthors, LocalStorage>,
}

/// Why the workspace could not be opened or started.
#[derive(Debug, Clone)]
pub enum SessionError {
    /// A form problem (first run).
    Invalid(Invalid),
    /// The stored workspace is newer than this app.
    TooNew,
    Other(String),
}

impl From<OpenError> for SessionError {
    fn from(err: OpenError) -> Self {
        match err {
            OpenError::Doc(err) if matches!(*err, DocError::SchemaTooNew { .. }) => {
                SessionError::TooNew
            }
            other => SessionError::Other(other.to_string()),
        }
    }
}

impl Session {
    /// Opens the workspace this device joined. Its reactive state lives
    /// under `owner` (the app's), whichever component asked to open it.
    pub async fn open(
        db: Rc<Database>,
        profile: DeviceProfile,
        owner: Owner,
    ) -> Result<Session, SessionError> {
        let (records, indexes, leadership_records, changed, team_state, leadership_state) = owner
            .with(|| {
                let records = TeamRecords::new();
                (
                    records,
                    TeamIndexes::new(&records, profile.member_id.clone()),
                    LeadershipRecords::new(),
                    Trigger::new(),
                    RwSignal::new(SaveState::Saved),
                    RwSignal::new(SaveState::Saved),
                )
            });
        let leadership_indexes = owner.with(|| LeadershipIndexes::new(&leadership_records));
        let team = LiveDoc::open(
            db.clone(),
            parse_id(&profile.team_doc)?,
            DocKind::Team,
            Listeners {
                touched: Box::new(move |doc, touched| {
                    records.refresh(doc, touched);
                    changed.notify();
                }),
                state: Box::new(move |state| team_state.set(state)),
            },
        )
        .await?;
        loaded_unless_readable(&team).await?;
        records.read_from(&team);
        // Loaded once: migration, every change, the relay and direct links
        // use it. Without WebCrypto the device writes unattributed and
        // cannot prove itself.
        let device = DeviceKey::load_or_create(db.clone()).await;
        let (profile, holds_workspace_key) =
            sync::verify_or_migrate(&db, profile, &team, &device).await?;
        let device = device.ok();
        let grant = standing(
            profile.workspace.as_deref(),
            profile.grant.as_deref(),
            &profile.member_id,
            &profile.team_doc,
            now_ms() / 1000,
        );
        // The leadership document opens only when a grant the workspace key
        // signed names it: never on the word of a member record.
        let leadership = match leadership_document(&grant) {
            Some(id) => {
                let live = LiveDoc::open(
                    db.clone(),
                    parse_id(id)?,
                    DocKind::Leadership,
                    Listeners {
                        touched: Box::new(move |doc, touched| {
                            leadership_records.refresh(doc, touched);
                            changed.notify();
                        }),
                        state: Box::new(move |state| leadership_state.set(state)),
                    },
                )
                .await?;
                loaded_unless_readable(&live).await?;
                leadership_records.read_from(&live);
                Some(live)
            }
            None => None,
        };
        // Every change this device writes names its key (see
        // `trust::authorship`).
        if let Some(device) = &device {
            team.write_as_device(device.public().as_bytes());
            if let Some(live) = &leadership {
                live.write_as_device(device.public().as_bytes());
            }
        }
        let workspace = Workspace::new(
            &profile.member_id,
            (profile.grant.clone(), grant),
            team,
            leadership,
        );
        let session = owner.with(|| Session {
            db: StoredValue::new_local(db),
            workspace: StoredValue::new_local(workspace),
            records,
            indexes,
            leadership_records,
            leadership_indexes,
            changed,
            team_state,
            leadership_state,
            quarantined: RwSignal::new(0),
            notices: Notices::new(),
            profile: StoredValue::new(profile),
            holds_workspace_key: RwSignal::new(holds_workspace_key),
            device: StoredValue::new_local(device.clone()),
            relay: StoredValue::new_local(None),
            sync: RwSignal::new(SyncView::default()),
            direct_link: StoredValue::new_local(None),
            direct: RwSignal::new(None),
            awaiting_answer: StoredValue::new(None),
            incoming: RwSignal::new(None),
            direct_failed: RwSignal::new(None),
            backups: RwSignal::new(None),
            authors: StoredValue::new_local(CheckedAuthors::default()),
        });
        let device_key = device.map(|device| device.public().to_string());
        let joined_as = session.profile.with_value(|p| p.joined_as.clone());
        let listed_now = joined_as.is_none();
        if let Some(name) = joined_as {
            owner.with(|| session.settle_membership_when_synced(name, device_key.clone()));
        }
        // What opening writes waits for the documents: written before, it
        // would load them at once, holding the tab half a second.
        owner.with(|| {
            session.when_loaded(move || {
                if let Some(key) = device_key.filter(|_| listed_now) {
                    session.list_device(&key);
                }
                if holds_workspace_key {
                    leptos::task::spawn_local(async move {
                        if let Err(err) = session.adopt_local_invites().await {
                            leptos::logging::warn!(
                                "the invites listed on this device stay here: {err:?}"
                            );
                        }
                    });
                }
            })
        });
        Ok(session)
    }

    /// Lists this device with its grant in the team document, once per
    /// grant, so other devices can verify what it writes.
    fn list_device(&self, key: &str) {
        // Only a grant that stands is listed: others could not vouch for it.
        let Some((grant, _)) = self.verified() else {
            return;
        };
        let listed = self
            .records
            .devices
            .get_untracked_signal(key)
            .is_some_and(|r| r.with_untracked(|r| r.grant == grant));
        if listed {
            return;
        }
        let record = DeviceRecord {
            key: key.to_string(),
            member: self.me(),
            grant,
            added_at: now_ms(),
        };
        // Only a document from a newer schema refuses this write; the device
        // then stays unlisted and its changes show as unverified.
        self.notices
            .report(self.change_team(Action::DeviceAdd, key, |w| w.put(key, &record)));
    }

    /// Remembers a new device's profile and opens its workspace: the end of
    /// both starting and joining.
    async fn begin(
        db: Rc<Database>,
        profile: DeviceProfile,
        owner: Owner,
    ) -> Result<Session, SessionError> {
        Settings::new(db.clone())
            .save_profile(&profile)
            .await
            .map_err(|err| SessionError::Other(err.0))?;
        Session::open(db, profile, owner).await
    }

    /// The member id of this device's user.
    pub fn me(&self) -> String {
        self.workspace.with_value(|w| w.me().to_string())
    }

    /// This device's user, tracking their record.
    pub fn my_member(&self) -> Option<Member> {
        self.records.members.get(&self.me()).map(|m| m.get())
    }

    /// The message `message` about this device's user, given their `name`
    /// and `role`.
    pub fn describe_me(&self, i18n: I18n, message: &str) -> Option<String> {
        self.my_member().map(|me| {
            let role = i18n.t(me.role.message_id());
            i18n.t_args(message, &[("name", me.name.into()), ("role", role.into())])
        })
    }

    /// The name of member `id`, if known.
    pub fn member_name(&self, id: &str) -> Option<String> {
        self.records
            .members
            .get(id)
            .map(|m| m.with(|m| m.name.clone()))
    }

    /// Whether `id` names a member (for validating owners and assignees).
    pub fn is_member(&self) -> impl Fn(&str) -> bool + Copy {
        let members = self.records.members;
        move |id| members.contains_untracked(id)
    }

    /// Runs `edit` on the team document as one change by this device's user.
    pub fn change_team<R>(
        &self,
        action: Action,
        label: &str,
        edit: impl FnOnce(&mut Writer<'_, '_>) -> Result<R, DocError>,
    ) -> Result<R, DocError> {
        self.workspace
            .with_value(|w| w.change_team(action, label, edit))
    }

    /// Runs `edit` on the leadership document as one change by this device's
    /// user (see [`Workspace::change_leadership`]).
    pub fn change_leadership<R>(
        &self,
        action: Action,
        label: &str,
        edit: impl FnOnce(&mut Writer<'_, '_>) -> Result<R, DocError>,
    ) -> Result<R, DocError> {
        self.workspace
            .with_value(|w| w.change_leadership(action, label, edit))
    }

    /// Edits the current state of record `id` (see [`Workspace::update`]).
    pub fn update<T: Record>(
        &self,
        id: &str,
        field: &'static str,
        change: (Action, &str),
        edit: impl FnOnce(&mut T) -> Result<(), Invalid>,
    ) -> Result<T, DocError> {
        self.workspace
            .with_value(|w| w.update(id, field, change, edit))
    }

    /// See [`Workspace::heads`].
    pub fn heads(&self) -> (Vec<String>, Vec<String>) {
        self.workspace.with_value(Workspace::heads)
    }

    /// See [`Workspace::change_log`].
    pub fn change_log(&self, kind: DocKind, heads: &[String]) -> Vec<LoggedChange> {
        self.workspace.with_value(|w| w.change_log(kind, heads))
    }

    /// See [`Workspace::change_log_from`].
    pub fn change_log_from(&self, kind: DocKind, cursor: &mut LogCursor) -> Vec<LoggedChange> {
        self.workspace
            .with_value(|w| w.change_log_from(kind, cursor))
    }

    /// See [`Workspace::crisis_of_entry_at`].
    pub fn crisis_of_entry_at(&self, entry: &str, created: &str) -> Option<String> {
        self.workspace
            .with_value(|w| w.crisis_of_entry_at(entry, created))
    }

    /// The workspace's thresholds, tracking changes; the defaults until
    /// someone changes them.
    pub fn preferences(&self) -> Preferences {
        self.records
            .preferences
            .get(PREFERENCES_KEY)
            .map(|p| p.get())
            .unwrap_or_default()
    }

    /// Every stored entry set aside because it could not be read.
    pub async fn quarantined_entries(&self) -> Result<Vec<Quarantined>, StoreError> {
        let db = self.db.get_value();
        DocStore::quarantined(&db).await
    }

    /// The ids of the documents this device holds.
    pub fn document_ids(&self) -> (String, Option<String>) {
        self.workspace.with_value(Workspace::document_ids)
    }

    /// Which documents this device holds.
    pub fn holds_leadership(&self) -> bool {
        self.workspace.with_value(|w| w.leadership().is_some())
    }

    /// This user's role as the workspace key signed it; `None` without a
    /// verified grant. Decisions read this, never the member record.
    pub fn my_role(&self) -> Option<Role> {
        self.workspace.with_value(Workspace::my_role)
    }

    /// Who wrote what, as far as the workspace key vouches for it: the device
    /// records checked against the workspace key (tracking them).
    pub fn authors(&self) -> Authors {
        let devices = self.records.devices.values();
        match self.workspace_key_public() {
            Some(workspace) => self
                .authors
                .try_update_value(|checked| checked.of(&workspace, devices))
                .unwrap_or_default(),
            None => Authors::default(),
        }
    }

    /// The workspace's public key, as this device learned it when it started
    /// or joined.
    pub(super) fn workspace_key_public(&self) -> Option<handover_invite::PublicKey> {
        self.profile
            .with_value(|p| p.workspace.as_deref().and_then(|k| k.parse().ok()))
    }

    /// Why this device has no verified grant, if it has none.
    pub fn unverified(&self) -> Option<Unverified> {
        self.workspace.with_value(Workspace::unverified)
    }

    /// The save state of everything on this device: a failure first, then
    /// saving, else saved.
    pub fn save_state(&self) -> SaveState {
        let states = [self.team_state.get(), self.leadership_state.get()];
        states
            .iter()
            .find(|s| matches!(s, SaveState::Failed(_)))
            .or_else(|| states.iter().find(|s| **s == SaveState::Saving))
            .cloned()
            .unwrap_or(SaveState::Saved)
    }
}

/// Waits for `live` to load unless its records can be read before (see
/// [`Session::when_loaded`]).
async fn loaded_unless_readable(live: &LiveDoc) -> Result<(), SessionError> {
    if !live.reads_before_loaded() {
        live.loaded().await?;
    }
    Ok(())
}

fn parse_id(id: &str) -> Result<DocumentId, SessionError> {
    id.parse()
        .map_err(|err: DocError| SessionError::Other(err.to_string()))
}
