//! The attributed history of a document: who changed what, and when.

use automerge::{Automerge, ChangeHash};

use super::ChangeMeta;

/// One change in a document's history.
#[derive(Debug, Clone, PartialEq)]
pub struct HistoryEntry {
    pub hash: ChangeHash,
    /// `None` for changes other tools wrote without Handover's metadata.
    pub meta: Option<ChangeMeta>,
    /// Seconds since the Unix epoch, as the author's device recorded it.
    pub time: i64,
}

/// Every change not covered by `heads` (all of them for empty heads), in the
/// document's causal order.
pub fn history_since(doc: &Automerge, heads: &[ChangeHash]) -> Vec<HistoryEntry> {
    doc.get_changes_meta(heads)
        .into_iter()
        .map(|change| HistoryEntry {
            hash: change.hash,
            meta: change.message.as_deref().and_then(ChangeMeta::from_message),
            time: change.timestamp,
        })
        .collect()
}
