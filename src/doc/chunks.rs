//! Merging stored chunks (snapshots and incremental saves) strictly.

use automerge::{
    Automerge, AutomergeError, ChangeHash, ChecksumMode, LoadInSteps, LoadOptions, OnPartialLoad,
    PatchLog, ReadDoc, VerificationMode,
};

use std::collections::BTreeSet;

use super::document::records_of;
use super::{DocError, RecordRef};

/// Merges one stored chunk into `doc`, or refuses it whole when any part of
/// it is damaged. Automerge's own `load_incremental` keeps whatever part of a
/// damaged chunk it could read and reports nothing, which would hide a
/// problem the user should hear about; here nothing of a bad chunk is merged.
pub fn merge_chunk(doc: &mut Automerge, bytes: &[u8]) -> Result<(), DocError> {
    merge_chunk_logged(doc, bytes, &mut PatchLog::inactive())
}

/// A chunk read back from storage, and whether the store found it intact
/// (the bytes match a CRC-32 kept beside them). Automerge hashes a chunk for
/// its own checksum unless it was: for the busy year's snapshot, a tenth of
/// opening in the browser, where SHA-256 is slow.
#[derive(Clone, Copy)]
pub struct StoredChunk<'a> {
    pub bytes: &'a [u8],
    pub intact: bool,
    /// The hashes of a snapshot's changes, stored with it when it was
    /// written ([`Automerge::change_hashes_as_saved`]) and intact with it;
    /// empty otherwise. Loading takes them instead of rebuilding every change
    /// to hash it: a third of opening the busy year.
    pub change_hashes: &'a [ChangeHash],
}

/// Merges stored chunks into `doc` in the order given and tells, for each,
/// whether it merged. The caller puts a snapshot first: loaded into an empty
/// document, a snapshot is taken whole, whereas merged into a document that
/// holds anything, even one queued change, Automerge applies its changes one
/// by one (the busy year natively: 5.3 s instead of 1.2 s).
///
/// The chunks after the first are merged as one batch, parsed and applied
/// together (twenty saves: 35 ms instead of 57 one by one). When any of them
/// is damaged, each is merged on its own, so that only the damaged ones are
/// refused.
pub fn merge_chunks(doc: &mut Automerge, chunks: &[StoredChunk]) -> Vec<Result<(), DocError>> {
    let mut merging = MergeInSteps::new(chunks.to_vec());
    loop {
        if let Some(outcomes) = merging.step(doc, usize::MAX) {
            return outcomes;
        }
    }
}

/// [`merge_chunks`] a part at a time, for a caller that gives way between
/// the parts: loading the busy year's snapshot is 650–700 ms in the
/// browser, which in one task would hold the tab that long. The snapshot
/// loads in steps (Automerge's [`LoadInSteps`]: parsing it, reading its
/// columns, indexing its ops some at a time, putting the document
/// together); the chunks after it merge in one more step, since compaction
/// keeps them small (`store::compaction`).
pub struct MergeInSteps<'a> {
    chunks: Vec<StoredChunk<'a>>,
    first: Option<LoadInSteps<'a>>,
    /// The heads of a snapshot of the records (see [`MergeInSteps::logging_after`])
    /// and the log of what the chunks after the first change, while the
    /// first brings the document to exactly those heads.
    since: Option<(Vec<ChangeHash>, PatchLog)>,
}

impl<'a> MergeInSteps<'a> {
    /// The merge of `chunks` (as [`merge_chunks`] takes them), not yet begun.
    pub fn new(chunks: Vec<StoredChunk<'a>>) -> Self {
        let first = chunks.first().and_then(|first| {
            let checked = if first.intact {
                Checked::ByStore {
                    change_hashes: first.change_hashes,
                }
            } else {
                Checked::Not
            };
            (!first.bytes.is_empty()).then(|| LoadInSteps::new(first.bytes, load_options(checked)))
        });
        Self {
            chunks,
            first,
            since: None,
        }
    }

    /// Also tells which records the chunks after the first change, when
    /// the first brings the document to exactly `heads`: those of a snapshot
    /// of the records taken from that chunk (`doc::Snapshot`), which is then
    /// read for every other record. Logging what they change costs what
    /// they hold; comparing the document at two heads costs the document.
    pub fn logging_after(mut self, heads: Vec<ChangeHash>) -> Self {
        self.since = Some((heads, PatchLog::active()));
        self
    }

    /// Does the next part of merging into `doc`, indexing at most `ops` of
    /// the snapshot's ops if it is at that part; once every chunk is
    /// merged, whether each did, as [`merge_chunks`] tells it.
    pub fn step(&mut self, doc: &mut Automerge, ops: usize) -> Option<Vec<Result<(), DocError>>> {
        let Some((first, rest)) = self.chunks.split_first() else {
            self.since = None;
            return Some(Vec::new());
        };
        let merged = match &mut self.first {
            None => Err(DocError::EmptyChunk),
            Some(loading) => {
                let part = loading.step(ops).transpose()?;
                take_in(doc, part, first.bytes, &mut PatchLog::inactive())
            }
        };
        if self
            .since
            .as_ref()
            .is_some_and(|(heads, _)| merged.is_err() || doc.get_heads() != *heads)
        {
            self.since = None;
        }
        let mut outcomes = vec![merged];
        let mut inactive = PatchLog::inactive();
        let log = self.since.as_mut().map_or(&mut inactive, |(_, log)| log);
        outcomes.extend(merge_batch(doc, rest, log));
        Some(outcomes)
    }

    /// Once merged: the records the chunks after the first changed (see
    /// [`MergeInSteps::logging_after`]), or `None` when the first did not
    /// bring the document to the heads given, or none were.
    pub fn records_changed_after_first(
        &mut self,
        doc: &mut Automerge,
    ) -> Option<BTreeSet<RecordRef>> {
        let (_, mut log) = self.since.take()?;
        Some(records_of(doc.make_patches(&mut log)))
    }
}

/// Merges `chunks` as one batch, or each on its own when any is damaged.
/// What it changes is logged into `log`; a batch that fails may have
/// logged some of it before the chunks are merged one by one, which only
/// names a record more than needed.
fn merge_batch(
    doc: &mut Automerge,
    chunks: &[StoredChunk],
    log: &mut PatchLog,
) -> Vec<Result<(), DocError>> {
    let batchable = chunks.len() > 1 && chunks.iter().all(|chunk| !chunk.bytes.is_empty());
    let batch = || {
        chunks
            .iter()
            .flat_map(|chunk| chunk.bytes)
            .copied()
            .collect::<Vec<u8>>()
    };
    if batchable && merge_chunk_logged(doc, &batch(), log).is_ok() {
        chunks.iter().map(|_| Ok(())).collect()
    } else {
        chunks
            .iter()
            .map(|chunk| merge_chunk_logged(doc, chunk.bytes, log))
            .collect()
    }
}

/// Automerge's chunks begin with these bytes, then a checksum of four bytes,
/// then the chunk's type: 0 for a whole document (Automerge's binary format).
pub(super) const MAGIC: [u8; 4] = [0x85, 0x6f, 0x4a, 0x83];
pub(super) const TYPE_AT: usize = 8;
const DOCUMENT_TYPE: u8 = 0;

/// Whether `chunk` is a whole document rather than changes: what a sync
/// message carries when the other end sends everything at once (Automerge
/// does for a peer that has nothing, or lacks a third of the document).
pub fn is_whole_document(chunk: &[u8]) -> bool {
    chunk.starts_with(&MAGIC) && chunk.get(TYPE_AT) == Some(&DOCUMENT_TYPE)
}

/// What a whole document from another device held, to store it as it came.
#[derive(Debug)]
pub struct Adopted {
    pub heads: Vec<ChangeHash>,
    /// The hashes of its changes in the order its bytes hold them, as
    /// Automerge worked them out loading it: stored beside the bytes, they
    /// spare the next load hashing every change ([`StoredChunk`]).
    pub change_hashes: Vec<ChangeHash>,
}

/// Takes in `whole`, a whole document from another device: loads it on its
/// own ([`WholeInSteps`] at once) and adopts it ([`adopt_loaded`]).
/// Nothing changes when `whole` is damaged.
pub fn adopt_whole(doc: &mut Automerge, whole: &[u8]) -> Result<Adopted, DocError> {
    adopt_loaded(doc, WholeInSteps::new(whole).run()?)
}

/// A whole document from another device loaded on its own, strictly, a part
/// at a time for a caller that gives way between the parts: the busy year's
/// rebuilds and hashes 83,000 changes, 1.3 s in one task in the browser.
///
/// The document's checksum is not checked: Automerge rebuilds every change
/// of it to hash them, and refuses it unless those hashes come to the heads
/// it names, which no damaged byte that matters gets past (and a sender
/// that forges a document seals it again anyway). Hashing the busy year's
/// 6.5 MB once more for the checksum took 150 ms of a new device's first
/// sync in the browser.
pub struct WholeInSteps<'a>(LoadInSteps<'a>);

impl<'a> WholeInSteps<'a> {
    pub fn new(whole: &'a [u8]) -> Self {
        let strict = LoadOptions::new()
            .on_partial_load(OnPartialLoad::Error)
            .verification_mode(VerificationMode::Check)
            .checksum_mode(ChecksumMode::DontCheck);
        Self(LoadInSteps::new(whole, strict))
    }

    /// Does the next part of the load, rebuilding or hashing the changes of
    /// at most about `ops` ops if it is at that part; the document once it
    /// is loaded. After the document or an error, a step is an error.
    pub fn step(&mut self, ops: usize) -> Result<Option<Automerge>, DocError> {
        Ok(self.0.step(ops)?)
    }

    /// Every step at once.
    pub fn run(self) -> Result<Automerge, DocError> {
        Ok(self.0.run()?)
    }
}

/// Puts `adopted`, a whole document from another device loaded on its own
/// ([`WholeInSteps`]), in `doc`'s place, with what `doc` has that it lacks
/// merged into it, writing as `doc`'s actor. Automerge applies a whole
/// document received into a document that holds anything (a new device
/// holds the schema) change by change: the busy year natively takes 5.7 s
/// that way, and 1.7 s this way.
pub fn adopt_loaded(doc: &mut Automerge, mut adopted: Automerge) -> Result<Adopted, DocError> {
    let taken = Adopted {
        heads: adopted.get_heads(),
        change_hashes: adopted.change_hashes_as_saved().to_vec(),
    };
    adopted.merge(doc)?;
    adopted.set_actor(doc.get_actor().clone());
    *doc = adopted;
    Ok(taken)
}

/// [`merge_chunk`], logging what it changes into `log` (but for a chunk
/// loaded into an empty document, which becomes the document).
pub fn merge_chunk_logged(
    doc: &mut Automerge,
    bytes: &[u8],
    log: &mut PatchLog,
) -> Result<(), DocError> {
    if bytes.is_empty() {
        return Err(DocError::EmptyChunk);
    }
    let part = Automerge::load_with_options(bytes, load_options(Checked::Not));
    take_in(doc, part, bytes, log)
}

/// Whether the bytes of a chunk were checked before it is merged.
#[derive(Clone, Copy)]
enum Checked<'a> {
    /// Not: Automerge checks the chunk's checksum and rebuilds its changes
    /// to hash them.
    Not,
    /// By the store, against the CRC-32 it kept: Automerge skips its
    /// checksum, and takes the change hashes stored with the chunk (if any)
    /// instead of rebuilding the changes.
    ByStore { change_hashes: &'a [ChangeHash] },
}

/// How a chunk is loaded strictly, trusting what was checked as `checked`
/// says.
fn load_options(checked: Checked<'_>) -> LoadOptions<'_> {
    let strict = LoadOptions::new()
        .on_partial_load(OnPartialLoad::Error)
        .verification_mode(VerificationMode::Check);
    match checked {
        Checked::Not => strict,
        // Automerge ignores hashes that do not fit the chunk (none stored).
        Checked::ByStore { change_hashes } => strict
            .checksum_mode(ChecksumMode::DontCheck)
            .change_hashes(change_hashes),
    }
}

/// Takes into `doc` what loading `bytes` on their own gave.
fn take_in(
    doc: &mut Automerge,
    part: Result<Automerge, AutomergeError>,
    bytes: &[u8],
    log: &mut PatchLog,
) -> Result<(), DocError> {
    match part {
        Ok(mut part) if doc.is_empty() => {
            std::mem::swap(doc, &mut part);
            doc.set_actor(part.get_actor().clone());
        }
        // Bytes that begin with a whole document load even when changes
        // after it depend on changes they do not hold: Automerge queues
        // those in `part`, and merging `part` takes only what it applied.
        // The queued changes are in `doc`'s reach, so they are taken in
        // there, where their dependencies may be.
        Ok(part) if !part.get_missing_deps(&[]).is_empty() => {
            doc.load_incremental_log_patches(bytes, log)?;
        }
        Ok(mut part) => {
            doc.merge_and_log_patches(&mut part, log)?;
        }
        // Every change parsed, but some depend on changes stored in other
        // chunks: Automerge queues those until their dependencies arrive.
        Err(AutomergeError::MissingDeps) => {
            doc.load_incremental_log_patches(bytes, log)?;
        }
        Err(err) => return Err(err.into()),
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use automerge::transaction::Transactable;
    use automerge::{ReadDoc, ROOT};

    fn edit(doc: &mut Automerge, key: &str) {
        doc.transact::<_, _, automerge::AutomergeError>(|tx| {
            tx.put(ROOT, key, 1)?;
            Ok(())
        })
        .unwrap();
    }

    #[test]
    fn merges_snapshots_and_incremental_chunks_in_any_order() {
        let mut source = Automerge::new();
        edit(&mut source, "a");
        let first = source.save();
        let heads = source.get_heads();
        edit(&mut source, "b");
        let second = source.save_after(&heads);

        for order in [[&first, &second], [&second, &first]] {
            let mut doc = Automerge::new();
            for chunk in order {
                merge_chunk(&mut doc, chunk).unwrap();
            }
            assert_eq!(doc.get_heads(), source.get_heads());
            assert!(doc.get(ROOT, "b").unwrap().is_some());
        }
    }

    /// A snapshot and the saves after it, as stored.
    fn snapshot_and_saves(saves: usize) -> (Automerge, Vec<Vec<u8>>) {
        let mut source = Automerge::new();
        edit(&mut source, "first");
        let mut chunks = vec![source.save()];
        for n in 0..saves {
            let heads = source.get_heads();
            edit(&mut source, &format!("save {n}"));
            chunks.push(source.save_after(&heads));
        }
        (source, chunks)
    }

    /// `chunks` as read back from storage, the first found `intact`.
    fn stored(chunks: &[Vec<u8>], intact: bool) -> Vec<StoredChunk<'_>> {
        chunks
            .iter()
            .enumerate()
            .map(|(i, bytes)| StoredChunk {
                bytes,
                intact: intact && i == 0,
                change_hashes: &[],
            })
            .collect()
    }

    #[test]
    fn merges_a_snapshot_and_its_saves_as_a_batch() {
        let (source, chunks) = snapshot_and_saves(5);
        let mut doc = Automerge::new();
        let outcomes = merge_chunks(&mut doc, &stored(&chunks, true));
        assert!(outcomes.iter().all(Result::is_ok));
        assert_eq!(doc.get_heads(), source.get_heads());
    }

    /// Two tabs each compacted: two snapshots, the smaller missing changes
    /// of the bigger that the saves after it depend on. Loading puts the
    /// bigger first and the rest (the smaller snapshot first) in one batch,
    /// which begins with a whole document; the saves in it were dropped, and
    /// the next compaction deleted them.
    #[test]
    fn saves_after_a_second_snapshot_that_lacks_their_dependencies_are_kept() {
        let mut source = Automerge::new();
        edit(&mut source, "first");
        let smaller = source.save();
        edit(&mut source, "second");
        let bigger = source.save();
        let mut chunks = vec![bigger, smaller];
        for n in 0..2 {
            let heads = source.get_heads();
            edit(&mut source, &format!("save {n}"));
            chunks.push(source.save_after(&heads));
        }
        let mut doc = Automerge::new();
        let outcomes = merge_chunks(&mut doc, &stored(&chunks, true));
        assert!(outcomes.iter().all(Result::is_ok));
        assert_eq!(doc.get_heads(), source.get_heads());
        assert!(doc.get(ROOT, "save 1").unwrap().is_some());

        let mut one_chunk = Automerge::new();
        merge_chunk(&mut one_chunk, &chunks[0]).unwrap();
        merge_chunk(&mut one_chunk, &chunks[1..].concat()).unwrap();
        assert_eq!(one_chunk.get_heads(), source.get_heads());
    }

    #[test]
    fn a_damaged_chunk_in_a_batch_is_refused_alone() {
        let (source, mut chunks) = snapshot_and_saves(4);
        chunks[2] = b"not automerge".to_vec();
        chunks[3].clear();
        let mut doc = Automerge::new();
        let outcomes = merge_chunks(&mut doc, &stored(&chunks, false));
        let refused: Vec<usize> = (0..outcomes.len())
            .filter(|&i| outcomes[i].is_err())
            .collect();
        assert_eq!(refused, [2, 3]);
        assert!(doc.get(ROOT, "save 0").unwrap().is_some());
        // The last save depends on the two refused ones: Automerge keeps it
        // queued until they arrive, and the document shows neither yet.
        assert!(doc.get(ROOT, "save 3").unwrap().is_none());
        assert_ne!(doc.get_heads(), source.get_heads());
    }

    #[test]
    fn a_whole_document_is_adopted_with_what_the_device_had() {
        let mut theirs = Automerge::new();
        edit(&mut theirs, "theirs");
        let whole = theirs.save();
        let mut ours = Automerge::new();
        edit(&mut ours, "ours");
        let actor = ours.get_actor().clone();
        assert!(is_whole_document(&whole));
        assert_eq!(
            adopt_whole(&mut ours, &whole).unwrap().heads,
            theirs.get_heads()
        );
        assert!(ours.get(ROOT, "theirs").unwrap().is_some());
        assert!(ours.get(ROOT, "ours").unwrap().is_some());
        assert_eq!(ours.get_actor(), &actor);
    }

    #[test]
    fn changes_are_not_a_whole_document_and_damage_adopts_nothing() {
        let (_, chunks) = snapshot_and_saves(1);
        assert!(!is_whole_document(&chunks[1]));
        assert!(!is_whole_document(b"short"));
        let mut ours = Automerge::new();
        edit(&mut ours, "ours");
        let heads = ours.get_heads();
        let whole = &chunks[0];
        assert!(adopt_whole(&mut ours, &whole[..whole.len() - 1]).is_err());
        assert_eq!(ours.get_heads(), heads);
    }

    #[test]
    fn refuses_garbage_and_truncated_chunks_whole() {
        let mut source = Automerge::new();
        edit(&mut source, "a");
        edit(&mut source, "b");
        let full = source.save();
        let mut doc = Automerge::new();
        assert!(merge_chunk(&mut doc, b"this is not automerge").is_err());
        assert!(merge_chunk(&mut doc, &full[..full.len() / 2]).is_err());
        assert!(merge_chunk(&mut doc, &full[..full.len() - 1]).is_err());
        assert!(
            doc.get_heads().is_empty(),
            "nothing of a bad chunk is merged"
        );
    }

    /// A snapshot the store found intact is not hashed again: one whose
    /// checksum is wrong still loads then, and is refused otherwise.
    #[test]
    fn only_a_snapshot_not_found_intact_is_checked_against_its_checksum() {
        let (source, mut chunks) = snapshot_and_saves(0);
        // The checksum's first byte, after the four magic bytes.
        chunks[0][4] ^= 0xff;
        let mut unchecked = Automerge::new();
        assert!(merge_chunks(&mut unchecked, &stored(&chunks, true))[0].is_ok());
        assert_eq!(unchecked.get_heads(), source.get_heads());
        let mut checked = Automerge::new();
        assert!(merge_chunks(&mut checked, &stored(&chunks, false))[0].is_err());
        assert!(checked.get_heads().is_empty());
    }

    /// A document with history worth hashing: three devices editing, merging
    /// each other's changes and going on, so that changes have several
    /// dependencies and the heads are more than one, with text, a list and
    /// deletions among the edits.
    fn branching_history() -> Automerge {
        let mut ceo = Automerge::new();
        edit(&mut ceo, "start");
        ceo.transact::<_, _, AutomergeError>(|tx| {
            let notes = tx.put_object(ROOT, "notes", automerge::ObjType::Text)?;
            tx.splice_text(&notes, 0, 0, "Call the landlord")?;
            tx.splice_text(&notes, 5, 4, "our")?;
            let steps = tx.put_object(ROOT, "steps", automerge::ObjType::List)?;
            tx.insert(&steps, 0, "keys")?;
            tx.insert(&steps, 1, "alarm")?;
            tx.delete(&steps, 0)?;
            tx.delete(ROOT, "start")?;
            Ok(())
        })
        .unwrap();
        let mut assistant = ceo.fork();
        let mut member = ceo.fork();
        for n in 0..20 {
            edit(&mut ceo, &format!("ceo {n}"));
            edit(&mut assistant, &format!("assistant {n}"));
            if n % 3 == 0 {
                assistant.merge(&mut ceo).unwrap();
            }
            if n % 5 == 0 {
                member.merge(&mut assistant).unwrap();
                edit(&mut member, &format!("member {n}"));
                ceo.merge(&mut member).unwrap();
            }
        }
        ceo.merge(&mut assistant).unwrap();
        edit(&mut member, "member last");
        ceo.merge(&mut member).unwrap();
        assistant.merge(&mut ceo).unwrap();
        edit(&mut assistant, "assistant last");
        ceo.merge(&mut assistant).unwrap();
        edit(&mut member, "a head of its own");
        ceo.merge(&mut member).unwrap();
        ceo
    }

    /// `doc` after loading `snapshot` found intact with `change_hashes`.
    fn loaded_with(snapshot: &[u8], change_hashes: &[ChangeHash], intact: bool) -> Automerge {
        let mut doc = Automerge::new();
        let chunk = StoredChunk {
            bytes: snapshot,
            intact,
            change_hashes,
        };
        assert!(merge_chunks(&mut doc, &[chunk])[0].is_ok());
        doc
    }

    /// A snapshot loaded with the change hashes stored beside it is the same
    /// document as one whose changes were rebuilt and hashed: the same heads,
    /// changes, history order and save, and it syncs and takes edits alike.
    #[test]
    fn a_snapshot_loaded_with_its_stored_change_hashes_is_the_same_document() {
        let source = branching_history();
        assert!(source.get_heads().len() > 1);
        let snapshot = source.save();
        let hashes = source.change_hashes_as_saved().to_vec();
        let rebuilt = loaded_with(&snapshot, &[], true);
        let mut known = loaded_with(&snapshot, &hashes, true);

        assert_eq!(known.get_heads(), rebuilt.get_heads());
        assert_eq!(
            known.change_hashes_as_saved(),
            rebuilt.change_hashes_as_saved()
        );
        let change_hashes = |doc: &Automerge| -> Vec<ChangeHash> {
            doc.get_changes(&[])
                .iter()
                .map(|change| change.hash())
                .collect()
        };
        assert_eq!(change_hashes(&known), change_hashes(&rebuilt));
        assert_eq!(known.save(), rebuilt.save());

        edit(&mut known, "after loading");
        let edit_change = known.get_last_local_change().unwrap();
        assert_eq!(edit_change.deps(), rebuilt.get_heads());
        let mut peer = rebuilt.fork();
        edit(&mut peer, "on the peer");
        let (mut ours, mut theirs) = (automerge::sync::State::new(), automerge::sync::State::new());
        for _ in 0..10 {
            use automerge::sync::SyncDoc;
            if let Some(message) = known.generate_sync_message(&mut ours) {
                peer.receive_sync_message(&mut theirs, message).unwrap();
            }
            if let Some(message) = peer.generate_sync_message(&mut theirs) {
                known.receive_sync_message(&mut ours, message).unwrap();
            }
        }
        assert_eq!(known.get_heads(), peer.get_heads());
        assert!(peer.get(ROOT, "after loading").unwrap().is_some());
        assert!(known.get(ROOT, "on the peer").unwrap().is_some());
    }

    /// What the index a load builds answers, all of it: every value and
    /// conflict of every object, counters with their increments, lengths,
    /// text and its marks, and each actor's author.
    fn everything_read(doc: &Automerge) -> String {
        fn object(doc: &Automerge, obj: &automerge::ObjId, out: &mut String) {
            let kind = doc.object_type(obj).unwrap();
            out.push_str(&format!("{kind:?} of {}: ", doc.length(obj)));
            let props: Vec<automerge::Prop> = match kind {
                automerge::ObjType::Map | automerge::ObjType::Table => {
                    doc.keys(obj).map(automerge::Prop::from).collect()
                }
                _ => (0..doc.length(obj)).map(automerge::Prop::from).collect(),
            };
            if kind == automerge::ObjType::Text {
                out.push_str(&format!("{:?} {:?}\n", doc.text(obj), doc.marks(obj)));
            }
            for prop in props {
                for (value, id) in doc.get_all(obj, prop.clone()).unwrap() {
                    out.push_str(&format!("{prop:?} = {value:?} ({id:?})\n"));
                    if value.is_object() {
                        object(doc, &id, out);
                    }
                }
            }
        }
        let mut out = String::new();
        object(doc, &ROOT, &mut out);
        for change in doc.get_changes(&[]) {
            let author = doc.get_author_for_actor(change.actor_id());
            out.push_str(&format!("{:?} by {author:?}\n", change.actor_id()));
        }
        out
    }

    /// Three devices, each with its author, writing every kind of op the
    /// index keeps something of: counters incremented on two devices at
    /// once, text with marks, a list with deletions, and a key set on two
    /// devices at once (a conflict).
    fn every_kind_of_op() -> Automerge {
        let mut ceo = Automerge::new();
        ceo.set_author(Some(automerge::Author::from(vec![1; 32])));
        let (notes, steps) = ceo
            .transact::<_, _, AutomergeError>(|tx| {
                tx.put(ROOT, "visits", automerge::ScalarValue::counter(1))?;
                let text = tx.put_object(ROOT, "notes", automerge::ObjType::Text)?;
                tx.splice_text(&text, 0, 0, "Call the landlord about the keys")?;
                let list = tx.put_object(ROOT, "steps", automerge::ObjType::List)?;
                for (at, step) in ["keys", "alarm", "post", "plants"].iter().enumerate() {
                    tx.insert(&list, at, *step)?;
                }
                Ok((text, list))
            })
            .unwrap()
            .result;
        let mut assistant = ceo.fork();
        assistant.set_author(Some(automerge::Author::from(vec![2; 32])));
        let mut member = ceo.fork();
        member.set_author(None);
        for (doc, who) in [
            (&mut ceo, "ceo"),
            (&mut assistant, "assistant"),
            (&mut member, "member"),
        ] {
            doc.transact::<_, _, AutomergeError>(|tx| {
                tx.increment(ROOT, "visits", 2)?;
                tx.put(ROOT, "owner", who)?;
                let mark = automerge::marks::Mark::new("bold".into(), true, 0, 4);
                tx.mark(&notes, mark, automerge::marks::ExpandMark::Both)?;
                tx.splice_text(&notes, 5, 3, who)?;
                tx.delete(&steps, 1)?;
                tx.insert(&steps, 0, who)?;
                Ok(())
            })
            .unwrap();
        }
        ceo.merge(&mut assistant).unwrap();
        ceo.merge(&mut member).unwrap();
        ceo.transact::<_, _, AutomergeError>(|tx| {
            tx.increment(ROOT, "visits", -1)?;
            let mark = automerge::marks::Mark::new("link".into(), "https://example.org", 2, 9);
            tx.mark(&notes, mark, automerge::marks::ExpandMark::None)?;
            tx.delete(ROOT, "owner")?;
            Ok(())
        })
        .unwrap();
        assistant.merge(&mut ceo).unwrap();
        ceo
    }

    /// A load given its change hashes builds only the index from the ops,
    /// not the changes: it reads exactly as a load that rebuilt them.
    #[test]
    fn a_snapshot_loaded_with_its_change_hashes_reads_the_same_as_one_rebuilt() {
        for source in [every_kind_of_op(), branching_history()] {
            let snapshot = source.save();
            let hashes = source.change_hashes_as_saved().to_vec();
            let rebuilt = loaded_with(&snapshot, &[], true);
            let known = loaded_with(&snapshot, &hashes, true);
            assert_eq!(everything_read(&known), everything_read(&rebuilt));
            assert_eq!(everything_read(&known), everything_read(&source));
        }
    }

    /// No chunks (a document never saved) merge at once, into nothing.
    #[test]
    fn no_chunks_merge_in_one_step() {
        let mut doc = Automerge::new();
        let outcomes = MergeInSteps::new(Vec::new()).step(&mut doc, 1);
        assert!(outcomes.is_some_and(|outcomes| outcomes.is_empty()));
        assert!(merge_chunks(&mut doc, &[]).is_empty());
        assert!(doc.is_empty());
    }

    /// A snapshot indexed a few ops at a time, with a boundary between
    /// steps inside every run of ops on one key, reads as one loaded at
    /// once, and the saves after it merge as before.
    #[test]
    fn a_merge_in_steps_reads_the_same_however_small_the_steps() {
        for source in [every_kind_of_op(), branching_history()] {
            let mut later = source.fork();
            edit(&mut later, "saved after the snapshot");
            let saves = [later.save_after(&source.get_heads())];
            let snapshot = source.save();
            let hashes = source.change_hashes_as_saved().to_vec();
            let chunks: Vec<StoredChunk> = std::iter::once(StoredChunk {
                bytes: &snapshot,
                intact: true,
                change_hashes: &hashes,
            })
            .chain(stored(&saves, true))
            .collect();
            let mut at_once = Automerge::new();
            assert!(merge_chunks(&mut at_once, &chunks)
                .iter()
                .all(Result::is_ok));
            for ops in [1, 2, 7] {
                let mut merging = MergeInSteps::new(chunks.clone());
                let mut doc = Automerge::new();
                let mut steps = 1;
                let outcomes = loop {
                    match merging.step(&mut doc, ops) {
                        Some(outcomes) => break outcomes,
                        None => steps += 1,
                    }
                };
                assert!(outcomes.iter().all(Result::is_ok));
                assert!(steps > 20 / ops, "{steps} steps of {ops} ops");
                assert_eq!(everything_read(&doc), everything_read(&at_once));
                assert_eq!(doc.get_heads(), later.get_heads());
                assert_eq!(doc.save(), at_once.save());
            }
        }
    }

    /// Hashes are taken only with bytes the store found intact, and only
    /// when they fit the snapshot: another document's, or ones whose heads
    /// are not the snapshot's, are ignored and the changes hashed as usual.
    /// Hashes that fit are taken as they are (two swapped show in the
    /// history's order), which is why only the store's CRC-32 vouches for
    /// them.
    #[test]
    fn stored_change_hashes_are_taken_only_when_intact_and_fitting() {
        let source = branching_history();
        let snapshot = source.save();
        let hashes = source.change_hashes_as_saved().to_vec();

        let mut swapped = hashes.clone();
        swapped.swap(1, 2);
        assert_eq!(
            loaded_with(&snapshot, &swapped, true).change_hashes_as_saved(),
            swapped
        );
        assert_eq!(
            loaded_with(&snapshot, &swapped, false).change_hashes_as_saved(),
            hashes
        );

        let other = snapshot_and_saves(3).0;
        let mut head_replaced = hashes.clone();
        let head = hashes
            .iter()
            .position(|hash| source.get_heads().contains(hash))
            .unwrap();
        head_replaced[head] = other.get_heads()[0];
        let mut repeated = hashes.clone();
        repeated[1] = repeated[2];
        for unfitting in [
            other.change_hashes_as_saved().to_vec(),
            hashes[1..].to_vec(),
            head_replaced,
            repeated,
        ] {
            let loaded = loaded_with(&snapshot, &unfitting, true);
            assert_eq!(loaded.change_hashes_as_saved(), hashes);
            assert_eq!(loaded.get_heads(), source.get_heads());
        }
    }

    /// A whole document adopted is stored as it came, with the hashes of its
    /// changes that loading it worked out: they are the sender's, in the
    /// order its bytes hold them, and not those of what was merged into it.
    #[test]
    fn a_whole_document_adopted_comes_with_the_hashes_to_store_beside_it() {
        let theirs = branching_history();
        let whole = theirs.save();
        let mut ours = Automerge::new();
        edit(&mut ours, "ours");
        let adopted = adopt_whole(&mut ours, &whole).unwrap();
        assert_eq!(adopted.heads, theirs.get_heads());
        assert_eq!(adopted.change_hashes, theirs.change_hashes_as_saved());
        assert_ne!(ours.change_hashes_as_saved(), adopted.change_hashes);
        let reloaded = loaded_with(&whole, &adopted.change_hashes, true);
        assert_eq!(
            reloaded.change_hashes_as_saved(),
            theirs.change_hashes_as_saved()
        );
    }

    /// A damaged snapshot in IndexedDB must never crash the app: Automerge's
    /// column decoder panics on some malformed columns, and the chunk's
    /// checksum is what keeps damaged bytes from reaching it. Any changed
    /// byte is refused, or changes nothing at all.
    #[test]
    fn a_snapshot_with_any_byte_changed_is_refused_or_reads_the_same() {
        let mut source = Automerge::new();
        source
            .transact::<_, _, AutomergeError>(|tx| {
                tx.put(ROOT, "client", "Acme Cleaning, 12 Harbour Street")?;
                tx.put(ROOT, "score", 4)?;
                Ok(())
            })
            .unwrap();
        let mut other = source.fork();
        edit(&mut other, "follow-up");
        source.merge(&mut other).unwrap();
        let snapshot = source.save();
        let values = |doc: &Automerge| {
            ["client", "score", "follow-up"].map(|key| {
                doc.get(ROOT, key)
                    .unwrap()
                    .map(|(value, _)| value.into_owned())
            })
        };
        for at in 0..snapshot.len() {
            let mut changed = snapshot.clone();
            changed[at] ^= 0x20;
            let mut doc = Automerge::new();
            if merge_chunk(&mut doc, &changed).is_ok() {
                assert_eq!(doc.get_heads(), source.get_heads(), "byte {at}");
                assert_eq!(values(&doc), values(&source), "byte {at}");
            }
        }
    }
}
