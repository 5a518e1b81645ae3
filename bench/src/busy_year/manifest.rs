//! The manifest written beside the documents: which documents and members
//! they hold, how much of each record, and their size. The browser
//! benchmark reads these names.

use std::collections::BTreeMap;

use automerge::ReadDoc;
use handover::doc::Document;
use serde::Serialize;

/// One figure for each document.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct PerDocument<T> {
    pub team: T,
    pub leadership: T,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Manifest {
    pub scale: f64,
    pub seed: u64,
    /// The document ids (automerge-repo encoding).
    pub team_doc: String,
    pub leadership_doc: String,
    /// Member ids of the CEO and the Operations Assistant.
    pub ceo: String,
    pub assistant: String,
    /// Every member id, leaders first.
    pub members: Vec<String>,
    /// Records per kind (and `task_moves`, status changes of tasks), as
    /// written.
    pub counts: BTreeMap<String, u64>,
    /// Changes per action code (`task.move`, ...).
    pub actions: BTreeMap<String, u64>,
    pub changes: PerDocument<u64>,
    /// Automerge operations in each document.
    pub ops: PerDocument<u64>,
    /// Compacted size (`Automerge::save`).
    pub bytes: PerDocument<u64>,
    pub generate_seconds: f64,
}

/// The number of changes and operations of `doc`.
pub fn size(doc: &Document) -> (u64, u64) {
    let stats = doc.automerge().stats();
    (stats.num_changes, stats.num_ops)
}
