//! Which collections exist and which document each lives in.

use std::fmt;

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

/// A collection of records: a map at the root of one document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Collection {
    Members,
    Clients,
    Interactions,
    Escalations,
    Handovers,
    Decisions,
    PerformanceNotes,
    Conflicts,
    Crises,
    FollowUps,
    Scores,
    ChecklistTemplates,
    Checklists,
    Tasks,
    Announcements,
    Preferences,
    CrisisEntries,
    Acting,
    Requests,
    RoutingRules,
    Improvements,
    /// Each device's key with its grant: how history names verified authors.
    Devices,
    /// The invites the CEO (or the acting CEO) made, for listing and revoking.
    Invites,
    /// The delegations the CEO signed (the standing emergency one).
    Delegations,
}

impl Collection {
    pub const ALL: [Collection; 24] = [
        Collection::Members,
        Collection::Clients,
        Collection::Interactions,
        Collection::Escalations,
        Collection::Handovers,
        Collection::Decisions,
        Collection::PerformanceNotes,
        Collection::Conflicts,
        Collection::Crises,
        Collection::FollowUps,
        Collection::Scores,
        Collection::ChecklistTemplates,
        Collection::Checklists,
        Collection::Tasks,
        Collection::Announcements,
        Collection::Preferences,
        Collection::CrisisEntries,
        Collection::Acting,
        Collection::Requests,
        Collection::RoutingRules,
        Collection::Improvements,
        Collection::Devices,
        Collection::Invites,
        Collection::Delegations,
    ];

    /// The key of the collection's map at the document root.
    pub fn key(self) -> &'static str {
        match self {
            Collection::Members => "members",
            Collection::Clients => "clients",
            Collection::Interactions => "interactions",
            Collection::Escalations => "escalations",
            Collection::Handovers => "handovers",
            Collection::Decisions => "decisions",
            Collection::PerformanceNotes => "performance_notes",
            Collection::Conflicts => "conflicts",
            Collection::Crises => "crises",
            Collection::FollowUps => "follow_ups",
            Collection::Scores => "scores",
            Collection::ChecklistTemplates => "checklist_templates",
            Collection::Checklists => "checklists",
            Collection::Tasks => "tasks",
            Collection::Announcements => "announcements",
            Collection::Preferences => "preferences",
            Collection::CrisisEntries => "crisis_entries",
            Collection::Acting => "acting",
            Collection::Requests => "requests",
            Collection::RoutingRules => "routing_rules",
            Collection::Improvements => "improvements",
            Collection::Devices => "devices",
            Collection::Invites => "invites",
            Collection::Delegations => "delegations",
        }
    }

    pub fn from_key(key: &str) -> Option<Collection> {
        Collection::ALL.into_iter().find(|c| c.key() == key)
    }

    /// The document the collection lives in. Everything about people's
    /// performance, crises, escalations and handovers is leadership-only.
    pub fn doc_kind(self) -> DocKind {
        match self {
            Collection::Members
            | Collection::Clients
            | Collection::Interactions
            | Collection::FollowUps
            | Collection::Scores
            | Collection::ChecklistTemplates
            | Collection::Checklists
            | Collection::Tasks
            | Collection::Announcements
            | Collection::Preferences
            | Collection::Acting
            | Collection::Requests
            | Collection::RoutingRules
            | Collection::Improvements
            | Collection::Devices => DocKind::Team,
            Collection::Escalations
            | Collection::Handovers
            | Collection::Decisions
            | Collection::PerformanceNotes
            | Collection::Conflicts
            | Collection::Crises
            | Collection::CrisisEntries
            | Collection::Invites
            | Collection::Delegations => DocKind::Leadership,
        }
    }

    /// The schema version that added the collection (see `schema`): a
    /// collection never moves to another step once released.
    pub fn since(self) -> u64 {
        match self {
            Collection::Members
            | Collection::Clients
            | Collection::Interactions
            | Collection::Escalations
            | Collection::Handovers
            | Collection::Decisions
            | Collection::PerformanceNotes
            | Collection::Conflicts
            | Collection::Crises => 1,
            Collection::FollowUps
            | Collection::Scores
            | Collection::ChecklistTemplates
            | Collection::Checklists
            | Collection::Tasks
            | Collection::Announcements
            | Collection::Preferences
            | Collection::CrisisEntries
            | Collection::Acting
            | Collection::Requests
            | Collection::RoutingRules
            | Collection::Improvements => 2,
            Collection::Devices => 3,
            Collection::Invites | Collection::Delegations => 4,
        }
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
