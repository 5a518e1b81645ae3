//! Performance observations: dated, private notes about a team member.
//! Leadership-only: they live in the leadership document.

use autosurgeon::{Hydrate, Reconcile};

use super::coded::coded_enum;
use super::ids::Id;
use super::Millis;

coded_enum! {
    /// Whether an observation is praise or a concern.
    pub enum ObservationKind ("observation-kind") {
        #[default]
        Positive = "positive",
        Concern = "concern",
    }
}

/// A note about a member's performance.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct Observation {
    pub id: Id,
    pub member_id: Id,
    /// The day observed ("2026-03-30").
    pub on: String,
    pub kind: ObservationKind,
    pub note: String,
    pub at: Millis,
    pub by: Id,
}
