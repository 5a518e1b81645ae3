//! Escalations: a concern about a client or a team matter raised to
//! leadership, acknowledged and resolved with an outcome. Leadership-only.

use autosurgeon::{Hydrate, Reconcile};

use super::coded::coded_enum;
use super::ids::Id;
use super::Millis;

coded_enum! {
    /// How soon leadership must look at an escalation.
    pub enum Urgency ("urgency") {
        Low = "low",
        #[default]
        Normal = "normal",
        High = "high",
        Critical = "critical",
    }
}

/// Who took a step, and when.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct Step {
    pub at: Millis,
    pub by: Id,
}

/// How an escalation was resolved.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct Resolution {
    pub at: Millis,
    pub by: Id,
    pub outcome: String,
}

/// An escalation. Its status follows from which steps were taken.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct Escalation {
    pub id: Id,
    /// The client concerned; `None` for a team matter.
    pub client_id: Option<Id>,
    pub summary: String,
    pub details: String,
    pub urgency: Urgency,
    pub raised: Step,
    pub acknowledged: Option<Step>,
    pub resolved: Option<Resolution>,
}
