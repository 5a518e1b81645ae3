//! Onboarding and offboarding: editable checklist templates, and checklists
//! started from them for a client.

use std::collections::BTreeMap;

use autosurgeon::{Hydrate, Reconcile};

use super::coded::coded_enum;
use super::ids::Id;
use super::Millis;

coded_enum! {
    /// What a checklist takes a client through.
    pub enum ChecklistKind ("checklist-kind") {
        #[default]
        Onboarding = "onboarding",
        Offboarding = "offboarding",
    }
}

/// One step of a template.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct TemplateStep {
    pub id: Id,
    pub title: String,
    /// Days after the start the step is due, if it has a due date.
    pub offset_days: Option<i64>,
    /// The member who does the step unless someone else is chosen.
    pub owner: Option<Id>,
}

/// An editable checklist template.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct ChecklistTemplate {
    pub id: Id,
    pub kind: ChecklistKind,
    pub name: String,
    pub steps: Vec<TemplateStep>,
    pub updated_at: Millis,
    pub updated_by: Id,
}

/// Who completed a step, and when.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct Done {
    pub at: Millis,
    pub by: Id,
}

/// One step of a client's checklist. Steps are keyed by id so that two
/// devices completing different steps at once both keep their change.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct ChecklistStep {
    pub id: Id,
    pub position: i64,
    pub title: String,
    /// The day the step is due ("2026-03-30"), if it has a due date.
    pub due_on: Option<String>,
    pub owner: Option<Id>,
    pub done: Option<Done>,
}

/// A checklist started for a client from a template.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct Checklist {
    pub id: Id,
    pub client_id: Id,
    pub kind: ChecklistKind,
    /// The template's name when the checklist was started.
    pub name: String,
    pub started_at: Millis,
    pub started_by: Id,
    pub steps: BTreeMap<Id, ChecklistStep>,
}
