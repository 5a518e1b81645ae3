//! Team tasks: who does what by when, with comments for questions and
//! answers in place.

use std::collections::BTreeMap;

use autosurgeon::{Hydrate, Reconcile};

use super::coded::coded_enum;
use super::ids::Id;
use super::Millis;

coded_enum! {
    /// Where a task stands.
    pub enum TaskStatus ("task-status") {
        #[default]
        Todo = "todo",
        InProgress = "in-progress",
        Blocked = "blocked",
        Done = "done",
    }
}

coded_enum! {
    /// How much a task matters.
    pub enum Priority ("priority") {
        Low = "low",
        #[default]
        Normal = "normal",
        High = "high",
        Urgent = "urgent",
    }
}

/// A comment on a task.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct Comment {
    pub id: Id,
    pub by: Id,
    pub at: Millis,
    pub text: String,
}

/// A task. Comments are keyed by id so that comments written at once on two
/// devices are both kept.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct Task {
    pub id: Id,
    pub title: String,
    pub description: String,
    pub assignee: Option<Id>,
    /// The day the task is due ("2026-03-30"), if any.
    pub due_on: Option<String>,
    pub priority: Priority,
    pub status: TaskStatus,
    /// Why the task is blocked; empty unless the status is blocked.
    pub blocked_reason: String,
    pub client_id: Option<Id>,
    pub created_at: Millis,
    pub created_by: Id,
    /// When the status last changed, for stalled-task detection.
    pub status_changed_at: Millis,
    pub status_changed_by: Id,
    pub comments: BTreeMap<Id, Comment>,
}
