//! Client care: follow-up plans (the daily update, the weekly update, the
//! Monday message or a custom interval), answers to questions and complaints,
//! satisfaction scores and the workspace's thresholds for at-risk clients.

use autosurgeon::{Hydrate, Reconcile};

use super::clients::InteractionKind;
use super::coded::coded_enum;
use super::ids::Id;
use super::Millis;

coded_enum! {
    /// How often a client hears from the business.
    pub enum Cadence ("cadence") {
        #[default]
        DailyUpdate = "daily",
        WeeklyUpdate = "weekly",
        MondayMessage = "monday",
        Custom = "custom",
    }
}

/// How and by whom a client is followed up. One plan per client, stored
/// under the client's id.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct FollowUpPlan {
    pub client_id: Id,
    pub cadence: Cadence,
    /// Days between follow-ups for [`Cadence::Custom`]; 0 otherwise.
    pub every_days: i64,
    pub channel: InteractionKind,
    /// The member responsible for the follow-up.
    pub responsible: Option<Id>,
    /// The first day the plan applies ("2026-03-30").
    pub starts_on: String,
    pub set_at: Millis,
    pub set_by: Id,
}

/// The answer to a client's question or complaint, kept on the interaction.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct Answer {
    pub at: Millis,
    pub by: Id,
    pub note: String,
}

/// A satisfaction score (1–5) recorded against a touchpoint.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct Score {
    pub id: Id,
    pub client_id: Id,
    pub score: i64,
    pub comment: String,
    /// The interaction the score is about, if any.
    pub touchpoint: Option<Id>,
    pub at: Millis,
    pub by: Id,
}

/// The key of the workspace's one [`Preferences`] record.
pub const PREFERENCES_KEY: &str = "workspace";

/// Thresholds the workspace can tune. Stored as one record; a missing record
/// means the defaults.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct Preferences {
    /// How many recent scores are compared with the ones before them.
    pub risk_window: i64,
    /// The drop in average score, in tenths, that flags a client at risk.
    pub risk_drop_tenths: i64,
    /// A complaint within this many days flags a client at risk.
    pub complaint_days: i64,
    /// A task whose status has not changed for this many days is stalled.
    pub stalled_days: i64,
}

impl Default for Preferences {
    fn default() -> Self {
        Self {
            risk_window: 3,
            risk_drop_tenths: 10,
            complaint_days: 30,
            stalled_days: 7,
        }
    }
}
