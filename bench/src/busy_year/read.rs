//! Reading the documents back the way the app does when it opens them:
//! every record of every collection a page at a time (`PageSource`, from
//! the documents or from snapshots of them), typed as the desks type them
//! (`TeamRecords` and `LeadershipRecords` in the session).

use std::collections::{BTreeMap, HashMap};
use std::ops::Bound;

use autosurgeon::Hydrate;
use handover::doc::{DocError, DocKind, PageSource, Record, Records};
use handover::domain::announcements::Announcement;
use handover::domain::care::{FollowUpPlan, Preferences, Score};
use handover::domain::checklists::{Checklist, ChecklistTemplate};
use handover::domain::clients::{Client, Interaction};
use handover::domain::conflicts::ConflictCase;
use handover::domain::crisis::{Crisis, CrisisEntry};
use handover::domain::departments::Department;
use handover::domain::escalations::Escalation;
use handover::domain::events::{Budget, BudgetStatus, Event, Reply};
use handover::domain::expenses::Expense;
use handover::domain::goals::Goal;
use handover::domain::handover::{Acting, Decision, Handover};
use handover::domain::improvements::Improvement;
use handover::domain::meetings::Meeting;
use handover::domain::messages::Message;
use handover::domain::observations::Observation;
use handover::domain::people::Member;
use handover::domain::register::{ConfidentialEntry, TeamEntry};
use handover::domain::requests::{Request, RoutingRule};
use handover::domain::supplies::{Order, SupplyItem, Vendor};
use handover::domain::tasks::Task;
use handover::domain::visitors::{Visit, VisitStatus};

/// Declares [`Contents`]: one field per collection, read whole.
macro_rules! contents {
    ($($field:ident: $ty:ty),+ $(,)?) => {
        /// Every record of both documents.
        #[derive(Debug, PartialEq)]
        pub struct Contents {
            $(pub $field: Records<$ty>,)+
        }

        impl Contents {
            pub fn read<S: PageSource>(team: &S, leadership: &S) -> Result<Self, DocError> {
                let doc = |kind| match kind {
                    DocKind::Team => team,
                    DocKind::Leadership => leadership,
                };
                Ok(Self {
                    $($field: doc(<$ty>::COLLECTION.doc_kind())
                        .page::<$ty>(Bound::Unbounded, usize::MAX)?
                        .0,)+
                })
            }

            /// How many records were read, and how many could not be.
            pub fn totals(&self) -> (usize, usize) {
                let mut totals = (0, 0);
                $(
                    totals.0 += self.$field.records.len();
                    totals.1 += self.$field.unreadable.len();
                )+
                totals
            }
        }
    };
}

contents! {
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
    meetings: Meeting,
    escalations: Escalation,
    observations: Observation,
    crises: Crisis,
    crisis_entries: CrisisEntry,
    handovers: Handover,
    decisions: Decision,
    conflicts: ConflictCase,
    departments: Department,
    messages: Message,
    supply_items: SupplyItem,
    vendors: Vendor,
    orders: Order,
    register: TeamEntry,
    confidential_register: ConfidentialEntry,
    visits: Visit,
    expenses: Expense,
    goals: Goal,
    events: Event,
}

impl Contents {
    /// The records per kind, named as the manifest's `counts` name them
    /// (all but `task_moves`, which only the history holds).
    pub fn counts(&self) -> BTreeMap<String, u64> {
        let interactions = values(&self.interactions);
        let entries = values(&self.crisis_entries);
        let mut booked: HashMap<&str, Vec<&Expense>> = HashMap::new();
        for expense in values(&self.expenses) {
            booked
                .entry(expense.event.as_deref().unwrap_or_default())
                .or_default()
                .push(expense);
        }
        let events = || values(&self.events);
        [
            ("members", self.members.records.len()),
            ("clients", self.clients.records.len()),
            (
                "contacts",
                values(&self.clients).map(|c| c.contacts.len()).sum(),
            ),
            ("interactions", self.interactions.records.len()),
            (
                "answers",
                interactions.filter(|i| i.answer.is_some()).count(),
            ),
            ("follow_ups", self.follow_ups.records.len()),
            ("scores", self.scores.records.len()),
            (
                "checklist_templates",
                self.checklist_templates.records.len(),
            ),
            ("checklists", self.checklists.records.len()),
            (
                "checklist_steps_done",
                values(&self.checklists).map(|c| c.progress().done).sum(),
            ),
            ("tasks", self.tasks.records.len()),
            (
                "comments",
                values(&self.tasks).map(|t| t.comments.len()).sum(),
            ),
            ("announcements", self.announcements.records.len()),
            (
                "acknowledgments",
                values(&self.announcements).map(|a| a.acks.len()).sum(),
            ),
            ("crises", self.crises.records.len()),
            ("crisis_entries", self.crisis_entries.records.len()),
            (
                "corrections",
                entries.filter(|e| e.corrects.is_some()).count(),
            ),
            ("decisions", self.decisions.records.len()),
            ("handovers", self.handovers.records.len()),
            ("departments", self.departments.records.len()),
            ("goals", self.goals.records.len()),
            ("messages", self.messages.records.len()),
            (
                "messages_done",
                values(&self.messages).filter(|m| !m.is_open()).count(),
            ),
            ("meetings", self.meetings.records.len()),
            (
                "meeting_minutes",
                values(&self.meetings)
                    .filter(|m| !m.minutes.is_empty())
                    .count(),
            ),
            (
                "meeting_follow_ups",
                values(&self.meetings).map(|m| m.follow_ups.len()).sum(),
            ),
            ("vendors", self.vendors.records.len()),
            ("supply_items", self.supply_items.records.len()),
            ("orders", self.orders.records.len()),
            (
                "orders_sent",
                values(&self.orders).filter(|o| o.sent.is_some()).count(),
            ),
            (
                "orders_received",
                values(&self.orders)
                    .filter(|o| o.received.is_some())
                    .count(),
            ),
            (
                "documents",
                self.register.records.len() + self.confidential_register.records.len(),
            ),
            (
                "documents_confidential",
                self.confidential_register.records.len(),
            ),
            ("visits", self.visits.records.len()),
            (
                "visits_arrived",
                values(&self.visits)
                    .filter(|v| v.arrived_at.is_some())
                    .count(),
            ),
            (
                "visits_left",
                values(&self.visits)
                    .filter(|v| v.status == VisitStatus::Left)
                    .count(),
            ),
            ("expenses", booked.get("").map_or(0, Vec::len)),
            (
                "event_expenses",
                values(&self.expenses).filter(|e| e.event.is_some()).count(),
            ),
            (
                "expenses_approved",
                values(&self.expenses)
                    .filter(|e| e.approved.is_some())
                    .count(),
            ),
            ("events", self.events.records.len()),
            ("event_invites", events().map(|e| e.attendees.len()).sum()),
            (
                "event_replies",
                events()
                    .flat_map(|e| e.attendees.values())
                    .filter(|r| **r != Reply::Invited)
                    .count(),
            ),
            ("event_items", events().map(|e| e.checklist.len()).sum()),
            (
                "event_items_done",
                events()
                    .flat_map(|e| e.checklist.values())
                    .filter(|i| i.done.is_some())
                    .count(),
            ),
            (
                "events_over_budget",
                events()
                    .filter(|e| {
                        let spent = booked.get(e.id.as_str()).into_iter().flatten().copied();
                        Budget::of(e, spent).status() == BudgetStatus::Over
                    })
                    .count(),
            ),
        ]
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .map(|(kind, n)| (kind.to_string(), n as u64))
        .collect()
    }
}

fn values<T: Hydrate>(records: &Records<T>) -> impl Iterator<Item = &T> {
    records.records.iter().map(|(_, record)| record)
}
