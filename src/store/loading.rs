//! A document's stored entries on their way into Automerge: read from
//! IndexedDB in one go, then merged a step at a time. The live document
//! (`store::live`) takes the steps between other work, or all that are left
//! at once when something needs the document before then.

use std::collections::BTreeSet;

use automerge::Automerge;
use self_cell::self_cell;

use super::doc_store::{paired, stored, ChunkEntry, Unloadable};
use super::keys::{ChunkKey, ChunkKind};
use crate::doc::{
    ChangedRecords, DocError, DocKind, MergeInSteps, RecordRef, Snapshot, SnapshotSince,
    SCHEMA_VERSION,
};

/// How many of a compacted document's ops a step indexes between looks at
/// the clock: about 4 ms of the busy year's in the browser.
pub const OPS_PER_STEP: usize = 8192;

self_cell!(
    /// The chunks read and their merge under way, which borrows them.
    struct Merging {
        owner: Vec<ChunkEntry>,

        #[not_covariant]
        dependent: MergeInSteps,
    }
);

/// A document's entries, read and being merged.
pub struct Loading {
    doc: Automerge,
    merging: Merging,
    /// Once every chunk is merged: whether each did, in their order.
    outcomes: Option<Vec<Result<(), DocError>>>,
    unloadable: Vec<Unloadable>,
    /// The snapshot of the records written with the compacted document
    /// that loading starts from (both are keyed by its heads): brought up
    /// to date by what each chunk after it changed, when they all tell
    /// and follow on (see [`Loading::records_before_merged`]).
    records: Option<Result<SnapshotSince, Snapshot>>,
    /// Whether loading starts from a compacted document.
    compacted: bool,
}

/// What merging every chunk came to.
pub struct Merged {
    pub(super) doc: Automerge,
    /// Each chunk with whether it merged (or why not).
    pub(super) chunks: Vec<(ChunkEntry, Result<(), String>)>,
    pub(super) unloadable: Vec<Unloadable>,
    /// The snapshot of the records and the records changed since its
    /// heads, when the compacted document brought the document to them.
    pub(super) records: Option<(Snapshot, BTreeSet<RecordRef>)>,
    /// When the records [`Loading::records_before_merged`] gave held for
    /// the document (it is at the heads they were brought up to, and every
    /// record changed since the snapshot was brought up to date), the
    /// records brought up to date.
    pub(super) held: Option<BTreeSet<RecordRef>>,
    /// Whether loading started from a compacted document.
    pub(super) compacted: bool,
}

impl Loading {
    /// Begins merging `chunks` (in the order loading takes them, see
    /// [`ChunkKey::load_rank`]), with `records`, the snapshot of the records
    /// stored with the first chunk when that is a compacted document.
    pub(super) fn new(
        chunks: Vec<ChunkEntry>,
        unloadable: Vec<Unloadable>,
        records: Option<Snapshot>,
    ) -> Self {
        let compacted = chunks
            .first()
            .filter(|chunk| chunk.key.kind == ChunkKind::Snapshot)
            .map(|chunk| chunk.key.clone());
        let heads = records.as_ref().map(|records| records.heads().to_vec());
        let records = records.map(|snapshot| {
            let fits = unloadable.is_empty()
                && compacted.as_ref().is_some_and(|compacted| {
                    ChunkKey::snapshot(&compacted.document, snapshot.heads()) == *compacted
                });
            match fits.then(|| changes_after_first(&chunks)).flatten() {
                Some(changes) => SnapshotSince::chain(snapshot, changes),
                None => Err(snapshot),
            }
        });
        let merging = Merging::new(chunks, |chunks| {
            let merging = MergeInSteps::new(stored(chunks));
            match heads {
                Some(heads) => merging.logging_after(heads),
                None => merging,
            }
        });
        Self {
            doc: Automerge::new(),
            merging,
            outcomes: None,
            unloadable,
            records,
            compacted: compacted.is_some(),
        }
    }

    /// Does the next step of the merge, indexing at most `ops` of the
    /// compacted document's ops; `true` once every chunk is merged.
    pub fn step(&mut self, ops: usize) -> bool {
        if self.outcomes.is_none() {
            let doc = &mut self.doc;
            self.outcomes = self
                .merging
                .with_dependent_mut(|_, merging| merging.step(doc, ops));
        }
        self.outcomes.is_some()
    }

    /// The records as the document will hold them, when they can be read
    /// before the merge is done: the document is stored as a compacted
    /// document and chunks after it, every one intact (its bytes match the
    /// CRC-32 written with them); the snapshot of the records says it was
    /// read at the compacted document's heads (those its key names), from
    /// a document of `kind` in this app's schema; and each later chunk
    /// stored what it changed, following on from those heads one after
    /// another ([`SnapshotSince::chain`]). Whether the document really
    /// holds them is checked once it is merged ([`Merged::held`]).
    pub fn records_before_merged(&self, kind: DocKind) -> Option<&SnapshotSince> {
        let since = self.records.as_ref()?.as_ref().ok()?;
        let snapshot = since.snapshot();
        (snapshot.kind() == kind && snapshot.schema() == SCHEMA_VERSION).then_some(since)
    }

    /// Merges what is left of the chunks now.
    pub fn finish(mut self) -> Merged {
        while !self.step(usize::MAX) {}
        let Loading {
            mut doc,
            mut merging,
            outcomes,
            unloadable,
            records,
            compacted,
        } = self;
        let changed =
            merging.with_dependent_mut(|_, merging| merging.records_changed_after_first(&mut doc));
        let outcomes = outcomes.expect("every chunk is merged");
        let chunks = paired(merging.into_owner(), outcomes).collect();
        let (snapshot, held) = match records {
            Some(Ok(since)) => {
                let holds = doc.get_heads() == since.heads()
                    && changed
                        .as_ref()
                        .is_some_and(|changed| changed.is_subset(since.touched()));
                let held = holds.then(|| since.touched().clone());
                (Some(since.into_snapshot()), held)
            }
            Some(Err(snapshot)) => (Some(snapshot), None),
            None => (None, None),
        };
        Merged {
            doc,
            chunks,
            unloadable,
            records: snapshot.zip(changed),
            held,
            compacted,
        }
    }
}

/// What each chunk after the first (the compacted document) stored of the
/// records its changes changed, decoded: `None` unless the first is intact
/// and every later one an intact increment that stored it.
fn changes_after_first(chunks: &[ChunkEntry]) -> Option<Vec<ChangedRecords>> {
    let (first, rest) = chunks.split_first()?;
    if !first.intact {
        return None;
    }
    rest.iter()
        .map(|chunk| {
            let tells = chunk.intact && chunk.key.kind == ChunkKind::Incremental;
            tells
                .then(|| ChangedRecords::decode(&chunk.changed_records).ok())
                .flatten()
        })
        .collect()
}
