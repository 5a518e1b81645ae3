use std::collections::{HashMap, HashSet};
use std::hash::{DefaultHasher, Hash, Hasher};

use automerge::Automerge;

use crate::{
    DocumentId, StorageKey,
    actors::document::DocActorResult,
    io::{IoTaskId, StorageResult},
};

mod compaction_hash;
pub use compaction_hash::CompactionHash;

/// How much the changes stored one by one may grow, as a share of the last
/// compacted snapshot, before they are compacted again: compacting saves the
/// whole document, so a large document is compacted after a sixteenth of its
/// size in new changes rather than after every ten.
const COMPACT_AFTER_SHARE_OF_SNAPSHOT: usize = 16;

/// A small document is compacted once more than this many chunks are on
/// disk, plus a spread of up to [`CHUNK_LIMIT_SPREAD`] - 1.
const CHUNK_LIMIT: usize = 10;

/// How far the chunk limit of a document is spread, differently before
/// each of its compactions: documents written in step (the devices of many
/// workspaces reconnecting together, each sending what it did offline) would
/// otherwise all compact at the same change, and a relay would pay for every
/// compaction at once.
const CHUNK_LIMIT_SPREAD: u64 = 10;

#[derive(Debug)]
pub(super) struct OnDiskState {
    last_saved_heads: Option<Vec<automerge::ChangeHash>>,
    on_disk: HashSet<StorageKey>,
    /// Bytes of the snapshots on disk (written by the last compaction, or
    /// found when the document was loaded).
    snapshot_bytes: usize,
    /// Bytes of the changes stored one by one since then.
    incremental_bytes: usize,
    /// Compactions started, which spreads the chunk limit of the next.
    compactions: u64,
    compaction: Option<Compaction>,
    deletions: HashSet<StorageKey>,
    running_puts: HashMap<IoTaskId, StorageKey>,
    running_deletes: HashMap<IoTaskId, StorageKey>,
}

#[derive(Debug)]
struct Compaction {
    task: IoTaskId,
    supercedes: HashSet<StorageKey>,
    snapshot_bytes: usize,
}

impl OnDiskState {
    pub(super) fn new() -> Self {
        Self {
            last_saved_heads: None,
            on_disk: HashSet::new(),
            snapshot_bytes: 0,
            incremental_bytes: 0,
            compactions: 0,
            compaction: None,
            deletions: HashSet::new(),
            running_deletes: HashMap::new(),
            running_puts: HashMap::new(),
        }
    }

    /// Add the snapshots and incremental changes that we know are now on
    /// disk, with their sizes.
    pub(super) fn add_loaded(
        &mut self,
        snapshots: HashMap<StorageKey, Vec<u8>>,
        incrementals: HashMap<StorageKey, Vec<u8>>,
    ) {
        for (key, data) in snapshots {
            self.snapshot_bytes += data.len();
            self.on_disk.insert(key);
        }
        for (key, data) in incrementals {
            self.incremental_bytes += data.len();
            self.on_disk.insert(key);
        }
    }

    /// Whether to compact rather than store `new_changes` changes of
    /// `new_bytes` one by one. Small documents compact as upstream does,
    /// once more than ten chunks would be on disk, except that this limit
    /// is spread ([`CHUNK_LIMIT_SPREAD`]). A document whose snapshot is
    /// large waits until the changes since it amount to a share of it too,
    /// so that a busy document is not saved whole on every tenth change.
    fn compaction_due(&self, doc_id: &DocumentId, new_changes: usize, new_bytes: usize) -> bool {
        let many_chunks =
            new_changes > CHUNK_LIMIT || self.on_disk.len() > self.chunk_limit(doc_id);
        let grown = (self.incremental_bytes + new_bytes) * COMPACT_AFTER_SHARE_OF_SNAPSHOT
            >= self.snapshot_bytes;
        self.compaction.is_none() && many_chunks && grown
    }

    /// The chunks on disk above which `doc_id` is compacted next: the same
    /// for a document and a count of its compactions, so that the actor
    /// stays deterministic, and spread evenly across documents.
    fn chunk_limit(&self, doc_id: &DocumentId) -> usize {
        let mut hasher = DefaultHasher::new();
        (doc_id.as_bytes(), self.compactions).hash(&mut hasher);
        CHUNK_LIMIT + (hasher.finish() % CHUNK_LIMIT_SPREAD) as usize
    }

    pub(super) fn save_new_changes(
        &mut self,
        out: &mut DocActorResult,
        doc_id: &DocumentId,
        doc: &Automerge,
    ) {
        // Most steps (a peer's acknowledgement, a storage task done) add no
        // change, and asking Automerge for the changes since the same heads
        // still computes a clock over the history (samod-core PATCH,
        // vendor/README.md change 11).
        let heads = doc.get_heads();
        let new_changes = match &self.last_saved_heads {
            Some(saved) if *saved == heads => Vec::new(),
            saved => doc.get_changes(saved.as_deref().unwrap_or_default()),
        };

        let new_bytes = new_changes.iter().map(|c| c.raw_bytes().len()).sum();
        if self.compaction_due(doc_id, new_changes.len(), new_bytes) {
            tracing::debug!(
                num_changes = new_changes.len(),
                num_on_disk = self.on_disk.len(),
                "compacting changes"
            );
            let hash = CompactionHash::new(&doc.get_heads());
            let key = StorageKey::snapshot_path(doc_id, &hash);
            // Kept, so that sync sends a peer with nothing this snapshot
            // and the changes since rather than saving the document again.
            let saved = doc.save_and_keep();
            let snapshot_bytes = saved.len();
            // The snapshot holds every change so far; those stored after it
            // count from zero.
            self.incremental_bytes = 0;
            self.compactions += 1;
            let put_id = out.put(key.clone(), saved);
            let mut supercedes = self.on_disk.clone();
            // Make sure that we don't delete the compaction we're producing
            // somehow One way this can happen is if a previous process got
            // killed after writing the compacted chunk but before deleting the
            // incremental changes.
            supercedes.remove(&key);
            self.compaction = Some(Compaction {
                task: put_id,
                supercedes,
                snapshot_bytes,
            });
            self.running_puts.insert(put_id, key);
        } else {
            self.incremental_bytes += new_bytes;
            for change in new_changes {
                let key = StorageKey::incremental_path(doc_id, change.hash());
                let put_id = out.put(key.clone(), change.raw_bytes().to_vec());
                self.running_puts.insert(put_id, key);
            }
        }

        for deletion in self.deletions.drain() {
            let delete_id = out.delete(deletion.clone());
            self.running_deletes.insert(delete_id, deletion);
        }

        self.last_saved_heads = Some(heads);
    }

    pub(super) fn is_flushed(&self) -> bool {
        self.running_puts.is_empty()
    }

    pub(super) fn has_task(&self, task_id: IoTaskId) -> bool {
        self.running_puts.contains_key(&task_id) || self.running_deletes.contains_key(&task_id)
    }

    pub(super) fn task_complete(&mut self, task_id: IoTaskId, result: StorageResult) {
        match result {
            StorageResult::Put => {
                if let Some(compaction_key) = self.running_puts.remove(&task_id) {
                    tracing::debug!(key=%compaction_key, "compaction put completed for key");
                    self.mark_put_complete(task_id, compaction_key);
                } else {
                    panic!("put complete for unknown task id: {:?}", task_id);
                }
            }
            StorageResult::Delete => {
                if let Some(deletion_key) = self.running_deletes.remove(&task_id) {
                    self.mark_delete_complete(deletion_key);
                } else {
                    panic!("delete complete for unknown task id: {:?}", task_id);
                }
            }
            _ => panic!("unexpected storage result"),
        }
    }

    fn mark_put_complete(&mut self, task_id: IoTaskId, key: StorageKey) {
        if let Some(compaction) = &mut self.compaction
            && compaction.task == task_id
        {
            tracing::debug!("compacted chunk saved, deleting superceded data");
            // We're marking these as deleted before we get confirmation that they
            // are deleted. This is okay, worst case we end up with some extra data
            // on disk which gets cleared up on next boot.
            for key in &compaction.supercedes {
                self.on_disk.remove(key);
            }
            self.deletions
                .extend(std::mem::take(&mut compaction.supercedes));
            self.snapshot_bytes = compaction.snapshot_bytes;
            self.compaction = None;
        }
        self.on_disk.insert(key);
    }

    fn mark_delete_complete(&mut self, key: StorageKey) {
        // Probably this has already been removed in the handling of the compaction completion, but
        // we might as well be robust
        self.on_disk.remove(&key);
    }
}

#[cfg(test)]
mod tests {
    //! When a document is compacted (vendor/README.md, changes 5 and 15):
    //! small documents after ten to nineteen chunks, spread so that
    //! documents changed in step do not compact in step, large ones once
    //! their new changes amount to a share of the snapshot.

    use automerge::{ROOT, transaction::Transactable};

    use super::*;
    use crate::actors::document::io::DocumentIoTask;
    use crate::io::StorageTask;

    fn edit(doc: &mut Automerge, n: usize) {
        let mut tx = doc.transaction();
        tx.put(ROOT, format!("key-{n}"), "a small change").unwrap();
        tx.commit();
    }

    /// Saves what is new in `doc`; whether that wrote a snapshot. Every
    /// write completes at once, as a fast disk would.
    fn save(state: &mut OnDiskState, doc_id: &DocumentId, doc: &Automerge) -> bool {
        let mut out = DocActorResult::new();
        state.save_new_changes(&mut out, doc_id, doc);
        let mut compacted = false;
        for task in out.io_tasks {
            match task.action {
                DocumentIoTask::Storage(StorageTask::Put { key, .. }) => {
                    compacted |= StorageKey::snapshot_prefix(doc_id).is_prefix_of(&key);
                    state.task_complete(task.task_id, StorageResult::Put);
                }
                DocumentIoTask::Storage(StorageTask::Delete { .. }) => {
                    state.task_complete(task.task_id, StorageResult::Delete);
                }
                _ => {}
            }
        }
        compacted
    }

    /// The changes after which a small document was compacted, of its
    /// first `changes`, saved one by one.
    fn compactions_of(doc_id: &DocumentId, changes: usize) -> Vec<usize> {
        let mut doc = Automerge::new();
        let mut state = OnDiskState::new();
        (1..=changes)
            .filter(|&n| {
                edit(&mut doc, n);
                save(&mut state, doc_id, &doc)
            })
            .collect()
    }

    #[test]
    fn a_small_document_is_compacted_once_more_than_ten_to_nineteen_chunks_are_stored() {
        for _ in 0..50 {
            let doc_id = DocumentId::new(&mut rand::rng());
            let compacted_at = compactions_of(&doc_id, 200);
            let mut stored_before = 0;
            for at in &compacted_at {
                // The changes stored one by one, and the snapshot once
                // there is one.
                let chunks = at - stored_before - usize::from(stored_before == 0);
                assert!(
                    (11..=20).contains(&chunks),
                    "compacted with {chunks} chunks on disk: {compacted_at:?}"
                );
                stored_before = *at;
            }
            assert!(
                200 - stored_before <= 20,
                "not compacted since {stored_before}"
            );
        }
    }

    /// A hundred documents changed in step, as a relay sees the documents
    /// of many workspaces whose devices reconnect together.
    #[test]
    fn documents_changed_in_step_do_not_all_compact_at_the_same_change() {
        let mut compactions_at = [0; 100];
        for _ in 0..100 {
            let doc_id = DocumentId::new(&mut rand::rng());
            for at in compactions_of(&doc_id, 100) {
                compactions_at[at - 1] += 1;
            }
        }
        let most = compactions_at.iter().max().unwrap();
        assert!(
            *most <= 40,
            "{most} of 100 documents compacted at the same change: {compactions_at:?}"
        );
    }

    #[test]
    fn a_large_document_is_compacted_once_its_new_changes_are_a_sixteenth_of_it() {
        let doc_id = DocumentId::new(&mut rand::rng());
        let mut doc = Automerge::new();
        let mut state = OnDiskState::new();
        let snapshot = StorageKey::snapshot_path(&doc_id, &CompactionHash::new(&[]));
        state.add_loaded(
            HashMap::from([(snapshot, vec![0; 16 * 4096])]),
            HashMap::new(),
        );
        let mut n = 0;
        let mut stored = 0;
        while !{
            edit(&mut doc, n);
            save(&mut state, &doc_id, &doc)
        } {
            n += 1;
            stored = state.incremental_bytes;
            assert!(n < 1_000, "never compacted");
        }
        assert!(
            n > 10,
            "compacted after {n} changes, as if the document were small"
        );
        assert!(
            stored < 4096,
            "stored {stored} bytes of changes before compacting"
        );
        assert!(
            stored + 200 >= 4096,
            "compacted after only {stored} bytes of changes"
        );
        edit(&mut doc, n + 1);
        assert!(!save(&mut state, &doc_id, &doc), "compacted again at once");
    }
}
