//! Which collections exist and which document each lives in.

use std::fmt;

use autosurgeon::{Hydrate, Reconcile};

use crate::domain::access::{DelegationRecord, IssuedInvite};
use crate::domain::announcements::Announcement;
use crate::domain::briefing::Subject;
use crate::domain::care::{FollowUpPlan, Preferences, Score};
use crate::domain::checklists::{Checklist, ChecklistTemplate};
use crate::domain::clients::{Client, Interaction};
use crate::domain::conflicts::ConflictCase;
use crate::domain::crisis::{Crisis, CrisisEntry};
use crate::domain::departments::Department;
use crate::domain::devices::DeviceRecord;
use crate::domain::escalations::Escalation;
use crate::domain::events::Event;
use crate::domain::expenses::Expense;
use crate::domain::goals::Goal;
use crate::domain::handover::{Acting, Decision, Handover};
use crate::domain::import::ImportMark;
use crate::domain::improvements::Improvement;
use crate::domain::meetings::Meeting;
use crate::domain::messages::Message;
use crate::domain::observations::Observation;
use crate::domain::people::Member;
use crate::domain::register::{ConfidentialEntry, TeamEntry};
use crate::domain::requests::{Request, RoutingRule};
use crate::domain::supplies::{Order, SupplyItem, Vendor};
use crate::domain::tasks::Task;
use crate::domain::visitors::Visit;

/// The two documents of a workspace.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DocKind {
    /// Shared with every member.
    Team,
    /// Held only by the CEO and the Operations Assistant; never sent to team
    /// devices.
    Leadership,
}

impl DocKind {
    pub const ALL: [DocKind; 2] = [DocKind::Team, DocKind::Leadership];

    pub fn code(self) -> &'static str {
        match self {
            DocKind::Team => "team",
            DocKind::Leadership => "leadership",
        }
    }

    pub fn from_code(code: &str) -> Option<DocKind> {
        DocKind::ALL.into_iter().find(|k| k.code() == code)
    }
}

impl fmt::Display for DocKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A kind of record, tied to the collection that holds it and so to its
/// document: reads and writes name the type, never the collection, so a
/// record cannot be written into another kind's map.
pub trait Record: Reconcile + Hydrate {
    const COLLECTION: Collection;
}

/// Declares every collection once: the record type it holds, its key at the
/// document root, its document, the schema step that added it (a collection
/// never moves to another step once released) and what the return briefing
/// calls its records. Generates [`Collection`] and each type's [`Record`].
macro_rules! collections {
    ($(
        $(#[$meta:meta])*
        $variant:ident: $ty:ty = $key:literal in $kind:ident since $since:literal about $subject:ident;
    )+) => {
        /// A collection of records: a map at the root of one document.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Collection {
            $($(#[$meta])* $variant,)+
        }

        impl Collection {
            pub const ALL: [Collection; [$($key),+].len()] = [$(Collection::$variant),+];

            /// The key of the collection's map at the document root.
            pub fn key(self) -> &'static str {
                match self {
                    $(Collection::$variant => $key,)+
                }
            }

            /// The document the collection lives in.
            pub fn doc_kind(self) -> DocKind {
                match self {
                    $(Collection::$variant => DocKind::$kind,)+
                }
            }

            /// The schema version that added the collection (see `schema`).
            pub fn since(self) -> u64 {
                match self {
                    $(Collection::$variant => $since,)+
                }
            }

            /// What the return briefing calls a record of the collection.
            pub fn subject(self) -> Subject {
                match self {
                    $(Collection::$variant => Subject::$subject,)+
                }
            }
        }

        $(impl Record for $ty {
            const COLLECTION: Collection = Collection::$variant;
        })+
    };
}

// Everything about people's performance, crises, escalations, handovers and
// the workspace's invites is leadership-only.
collections! {
    Members: Member = "members" in Team since 1 about Member;
    Clients: Client = "clients" in Team since 1 about Client;
    Interactions: Interaction = "interactions" in Team since 1 about Record;
    Escalations: Escalation = "escalations" in Leadership since 1 about Record;
    Handovers: Handover = "handovers" in Leadership since 1 about Handover;
    Decisions: Decision = "decisions" in Leadership since 1 about Record;
    PerformanceNotes: Observation = "performance_notes" in Leadership since 1 about Observation;
    Conflicts: ConflictCase = "conflicts" in Leadership since 1 about Conflict;
    Crises: Crisis = "crises" in Leadership since 1 about Record;
    FollowUps: FollowUpPlan = "follow_ups" in Team since 2 about FollowUp;
    Scores: Score = "scores" in Team since 2 about Score;
    ChecklistTemplates: ChecklistTemplate = "checklist_templates" in Team since 2 about Checklist;
    Checklists: Checklist = "checklists" in Team since 2 about Checklist;
    Tasks: Task = "tasks" in Team since 2 about Task;
    Announcements: Announcement = "announcements" in Team since 2 about Announcement;
    Preferences: Preferences = "preferences" in Team since 2 about Settings;
    CrisisEntries: CrisisEntry = "crisis_entries" in Leadership since 2 about Record;
    Acting: Acting = "acting" in Team since 2 about Handover;
    Requests: Request = "requests" in Team since 2 about Request;
    RoutingRules: RoutingRule = "routing_rules" in Team since 2 about Request;
    Improvements: Improvement = "improvements" in Team since 2 about Improvement;
    /// Each device's key with its grant: how history names verified authors.
    Devices: DeviceRecord = "devices" in Team since 3 about Record;
    /// The invites the CEO (or the acting CEO) made, for listing and revoking.
    Invites: IssuedInvite = "invites" in Leadership since 4 about Record;
    /// The delegations the CEO signed (the standing emergency one).
    Delegations: DelegationRecord = "delegations" in Leadership since 4 about Record;
    // The Office step.
    Departments: Department = "departments" in Team since 5 about Member;
    Messages: Message = "messages" in Team since 5 about Message;
    Meetings: Meeting = "meetings" in Team since 5 about Meeting;
    SupplyItems: SupplyItem = "supply_items" in Team since 5 about Supply;
    Vendors: Vendor = "vendors" in Team since 5 about Supply;
    Orders: Order = "orders" in Team since 5 about Supply;
    /// The document register: public and internal entries for everyone,
    /// confidential ones for leadership only (`domain::register::Filing`).
    Register: TeamEntry = "register" in Team since 5 about Document;
    ConfidentialRegister: ConfidentialEntry = "confidential_register" in Leadership since 5 about Document;
    Visits: Visit = "visits" in Team since 5 about Record;
    Expenses: Expense = "expenses" in Team since 5 about Record;
    // The Everyday step.
    /// The business's goals and values, kept by leadership, seen by all.
    Goals: Goal = "goals" in Team since 6 about Record;
    /// The rows imported from CSV files, by their stable key, so a file
    /// imported twice adds nothing the second time.
    Imports: ImportMark = "imports" in Team since 6 about Record;
    // The Office step, continued.
    Events: Event = "events" in Team since 6 about Record;
}

impl Collection {
    pub fn from_key(key: &str) -> Option<Collection> {
        Collection::ALL.into_iter().find(|c| c.key() == key)
    }

    /// The key of the collection's one record, for collections that hold a
    /// single record (workspace settings). Its map is created by the schema,
    /// like the collection, so that concurrent first writes share it.
    pub fn singleton(self) -> Option<&'static str> {
        match self {
            Collection::Preferences => Some("workspace"),
            _ => None,
        }
    }

    /// The collections of one document.
    pub fn of(kind: DocKind) -> impl Iterator<Item = Collection> {
        Collection::ALL
            .into_iter()
            .filter(move |c| c.doc_kind() == kind)
    }
}

/// One record: which collection and which id.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RecordRef {
    pub collection: Collection,
    pub id: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_and_every_collection_has_one_home() {
        for c in Collection::ALL {
            assert_eq!(Collection::from_key(c.key()), Some(c));
        }
        let team: Vec<_> = Collection::of(DocKind::Team).collect();
        let leadership: Vec<_> = Collection::of(DocKind::Leadership).collect();
        assert_eq!(team.len() + leadership.len(), Collection::ALL.len());
        assert!(leadership.contains(&Collection::PerformanceNotes));
        assert!(team.contains(&Collection::Clients));
        for kind in DocKind::ALL {
            assert_eq!(DocKind::from_code(kind.code()), Some(kind));
        }
    }
}
