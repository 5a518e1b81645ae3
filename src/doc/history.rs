//! The attributed history of a document: who changed what, and when.

use std::collections::BTreeSet;

use automerge::{ActorId, Automerge, ChangeHash};

use super::meta::listed_records;
use super::{ChangeMeta, Document, RecordRef};

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

/// One change with the records it wrote: what the return briefing lists and
/// what the crisis log's tamper check reads.
#[derive(Debug, Clone, PartialEq)]
pub struct LoggedChange {
    pub hash: ChangeHash,
    /// The Automerge actor that wrote it: names the device (see
    /// [`Document::device_of`]).
    pub actor: ActorId,
    pub meta: Option<ChangeMeta>,
    /// Seconds since the Unix epoch, as the author's device recorded it.
    pub time: i64,
    /// Every record the change created, changed or removed.
    pub records: BTreeSet<RecordRef>,
}

impl Document {
    /// Every change not covered by `heads` (all of them for empty heads), in
    /// causal order, each with the records it wrote: as its message lists
    /// them, or else the difference between the document at the change's
    /// dependencies and with the change (computed once per change). Changes
    /// that synced late are included wherever they were made, because heads
    /// cover exactly the changes known when they were taken.
    pub fn change_log(&self, heads: &[ChangeHash]) -> Vec<LoggedChange> {
        self.automerge()
            .get_changes(heads)
            .into_iter()
            .map(|change| LoggedChange {
                hash: change.hash(),
                actor: change.actor_id().clone(),
                meta: change.message().and_then(ChangeMeta::from_message),
                time: change.timestamp(),
                records: change
                    .message()
                    .and_then(listed_records)
                    .unwrap_or_else(|| self.touched_by(change.deps(), change.hash())),
            })
            .collect()
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
