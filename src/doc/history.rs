//! The attributed history of a document: who changed what, and when.

use std::collections::BTreeSet;

use automerge::{ActorId, Automerge, ChangeHash, ChangeMetadata};

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

/// How far a reader has read a document's change log: the heads it had
/// read up to (see [`Document::change_log_from`]).
#[derive(Debug, Clone, Default)]
pub struct LogCursor(Vec<ChangeHash>);

impl Document {
    /// Every change not covered by `heads` (all of them for empty heads), in
    /// causal order, each with the records it wrote: as its message lists
    /// them, or else the difference between the document at the change's
    /// dependencies and with the change (computed once per change). Changes
    /// that synced late are included wherever they were made, because heads
    /// cover exactly the changes known when they were taken.
    ///
    /// Reads the changes' metadata only (rebuilding whole changes from the
    /// document costs as much as the document), and each change's entry is
    /// made once (see `LogCache`).
    pub fn change_log(&self, heads: &[ChangeHash]) -> Vec<LoggedChange> {
        self.automerge()
            .get_changes_meta(heads)
            .into_iter()
            .map(|change| self.logged(change))
            .collect()
    }

    /// The changes made since `cursor` last read the log (the whole history
    /// for a new cursor), in causal order, and the cursor moved past them:
    /// how a view that keeps what the log says follows it at the cost of
    /// what changed, not of the whole history. Changes that synced late are
    /// read the next time, wherever they were made.
    pub fn change_log_from(&self, cursor: &mut LogCursor) -> Vec<LoggedChange> {
        let log = self.change_log(&cursor.0);
        cursor.0 = self.heads();
        log
    }

    fn logged(&self, change: ChangeMetadata<'_>) -> LoggedChange {
        if let Some(known) = self.log_cache().lock().get(&change.hash) {
            return known.clone();
        }
        let message = change.message.as_deref();
        let logged = LoggedChange {
            hash: change.hash,
            actor: change.actor.into_owned(),
            meta: message.and_then(ChangeMeta::from_message),
            time: change.timestamp,
            records: message
                .and_then(listed_records)
                .unwrap_or_else(|| self.touched(&change.deps, &[change.hash])),
        };
        self.log_cache().lock().insert(logged.hash, logged.clone());
        logged
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
