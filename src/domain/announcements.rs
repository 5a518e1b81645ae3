//! Announcements: leadership updates relayed to the team, acknowledged by
//! each member on their own device.

use std::collections::BTreeMap;

use autosurgeon::{Hydrate, Reconcile};

use super::ids::Id;
use super::Millis;

/// An announcement. Acknowledgments are keyed by member so that members
/// acknowledging at once on their own devices all count.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct Announcement {
    pub id: Id,
    pub title: String,
    pub body: String,
    pub at: Millis,
    pub by: Id,
    /// Member id → when they acknowledged.
    pub acks: BTreeMap<Id, Millis>,
}
