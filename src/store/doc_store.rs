//! Chunks of one document: load, append, compact, set aside.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::future::IntoFuture;
use std::rc::Rc;

use automerge::{Automerge, ChangeHash};
use indexed_db_futures::database::{Database, ObjectStoreName};
use indexed_db_futures::future::BasicRequest;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::{
    Transaction, TransactionDurability, TransactionMode, TransactionOptions,
};
use indexed_db_futures::KeyRange;
use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};

use super::compaction::{compaction_due, Compacted};
use super::database::{DOCUMENTS, QUARANTINE};
use super::keys::{records_key, ChunkKey, ChunkKind, RECORDS};
use super::loading::{Loading, Merged, OPS_PER_STEP};
use super::StoreError;
use crate::doc::{merge_chunks, Adopted, DocError, Snapshot, SnapshotInUse, StoredChunk};
use crate::timing::{mark, Slices, LOADING_SLICE_MS, STORED_READ};

/// A stored entry that could not be loaded: moved to the quarantine store,
/// or, when even that failed, left where it was (the reason says so).
#[derive(Debug, Clone, PartialEq)]
pub struct Quarantined {
    pub key: Vec<String>,
    pub reason: String,
}

/// What loading found.
pub struct Loaded {
    /// Every chunk that loaded, merged.
    pub doc: Automerge,
    /// Entries that failed to load this time, set aside or not.
    pub quarantined: Vec<Quarantined>,
    /// The snapshot of the records stored with the compacted document, and
    /// the records changed since, when there is one that is whole and the
    /// compacted document is at its heads (see [`DocStore::load`]).
    pub records: Option<SnapshotInUse>,
}

/// A document's stored entries, sorted out.
struct Entries {
    /// In the order loading merges them (see [`ChunkKey::load_rank`]).
    chunks: Vec<ChunkEntry>,
    unloadable: Vec<Unloadable>,
    /// The snapshots of the records, keys as stored and values.
    records: Vec<(JsValue, JsValue)>,
}

/// The stored chunks of one document. Remembers which keys its in-memory
/// document covers, and their sizes: compaction deletes only those, and is
/// due by their sizes.
#[derive(Clone)]
pub struct DocStore {
    db: Rc<Database>,
    document: String,
    covered: Rc<RefCell<BTreeMap<ChunkKey, usize>>>,
    /// Whether the compacted document loaded without a snapshot of its
    /// records that could be read (none written yet, damaged, or of other
    /// heads), or with one holding a collection it cannot read
    /// ([`DocStore::want_records`]): compacting writes one, so it is due
    /// at once.
    records_wanted: Rc<Cell<bool>>,
}

/// A stored entry that holds a chunk, read but not merged yet.
pub(super) struct ChunkEntry {
    pub(super) key: ChunkKey,
    bytes: Vec<u8>,
    /// The bytes (and change hashes) match the CRC-32 stored beside them
    /// (see [`CRC32`]).
    pub(super) intact: bool,
    /// The change hashes stored with a snapshot ([`CHANGE_HASHES`]), when
    /// intact; empty otherwise.
    change_hashes: Vec<ChangeHash>,
    /// The records an incremental chunk's changes changed, encoded
    /// ([`CHANGED_RECORDS`]), when intact; empty otherwise. Decoded only
    /// where a snapshot of the records is to be brought up to date with
    /// them (`super::loading`), not by the compaction worker.
    pub(super) changed_records: Vec<u8>,
    raw_key: JsValue,
    value: JsValue,
}

/// The field of an entry beside `binary` that holds the CRC-32 of its bytes,
/// written with every chunk. A chunk that matches it is not hashed again
/// for Automerge's own checksum when it loads (SHA-256, slow in wasm); one
/// without it (written before, or by automerge-repo) or not matching it is.
const CRC32: &str = "crc32";

/// The field of a snapshot's entry that holds the hashes of its changes,
/// 32 bytes each, in the order Automerge saved them
/// ([`Automerge::change_hashes_as_saved`]). Loading the snapshot takes them
/// instead of rebuilding every change to hash it. The CRC-32 covers the bytes
/// and then these, so hashes that do not belong to the bytes are never
/// used; automerge-repo ignores the field.
const CHANGE_HASHES: &str = "changeHashes";

/// The field of an incremental chunk's entry that holds the records its
/// changes changed, as they were after them (`doc::ChangedRecords`): with
/// those of every chunk since the compacted document, its snapshot of the
/// records is brought up to date before the document has loaded
/// (`super::loading`). Covered by the CRC-32 after the change hashes;
/// automerge-repo ignores the field.
const CHANGED_RECORDS: &str = "changedRecords";

/// What an entry keeps beside a chunk's bytes.
#[derive(Default, Clone, Copy)]
struct Beside<'a> {
    change_hashes: &'a [ChangeHash],
    /// Encoded `doc::ChangedRecords`; empty for none.
    changed_records: &'a [u8],
}

/// A stored entry that cannot be loaded, and why.
pub struct Unloadable {
    raw_key: JsValue,
    value: JsValue,
    reason: String,
}

impl DocStore {
    pub fn new(db: Rc<Database>, document: &str) -> Self {
        Self {
            db,
            document: document.to_string(),
            covered: Rc::default(),
            records_wanted: Rc::default(),
        }
    }

    pub fn document(&self) -> &str {
        &self.document
    }

    /// The database's name, for the compaction worker to open it too.
    pub fn database_name(&self) -> String {
        self.db.name()
    }

    /// Whether the increments the in-memory document covers have grown
    /// enough, next to its biggest snapshot, to compact (see
    /// [`compaction_due`]), or the snapshot of the records is to be
    /// written again.
    pub fn compaction_due(&self) -> bool {
        if self.records_wanted.get() {
            return true;
        }
        let covered = self.covered.borrow();
        let sizes = |kind| {
            covered
                .iter()
                .filter(move |(key, _)| key.kind == kind)
                .map(|(_, bytes)| *bytes)
        };
        let increments = sizes(ChunkKind::Incremental).sum();
        let snapshot = sizes(ChunkKind::Snapshot).max().unwrap_or(0);
        compaction_due(increments, snapshot)
    }

    /// Merges every stored chunk of the document into `doc`, the biggest
    /// snapshot first (see [`ChunkKey::load_rank`]). An entry that fails to
    /// load (damaged bytes, no bytes, a malformed key) is moved aside to the
    /// quarantine store and reported; the rest still load. When moving it
    /// fails too (storage full, a broken quarantine store), the entry stays
    /// where it is and is still reported: opening the workspace matters more
    /// than tidying, and the next start tries again. Entries of other kinds
    /// in automerge-repo's layout (such as `sync-state`) are left where they
    /// are.
    pub async fn load(&self) -> Result<Loaded, StoreError> {
        // Its first slice holds what reading does in the page: copying the
        // chunks out of IndexedDB's answer and checking them.
        let mut slices = Slices::lasting(LOADING_SLICE_MS);
        let mut loading = self.read().await?;
        slices
            .until_done(|| loading.step(OPS_PER_STEP).then_some(()))
            .await;
        let (doc, records, unloadable) = self.merged(loading.finish());
        Ok(Loaded {
            doc,
            quarantined: self.set_aside(unloadable).await,
            records,
        })
    }

    /// Reads the document's entries to merge them (see [`Loading`]): the
    /// first half of [`DocStore::load`].
    pub async fn read(&self) -> Result<Loading, StoreError> {
        let Entries {
            chunks,
            unloadable,
            records,
        } = self.read_entries().await?;
        mark(STORED_READ);
        // The snapshot of the records written with the compacted document
        // loaded first: both are keyed by its heads.
        let compacted = chunks
            .first()
            .filter(|chunk| chunk.key.kind == ChunkKind::Snapshot)
            .map(|chunk| chunk.key.hash.clone());
        let snapshot = records
            .iter()
            .filter(|(key, _)| compacted.is_some() && key_parts(key).get(2) == compacted.as_ref())
            .find_map(|(_, value)| records_snapshot_of(value));
        Ok(Loading::new(chunks, unloadable, snapshot))
    }

    /// Has the snapshot of the records written again at the next
    /// compaction, which is then due: the one in use holds a collection it
    /// cannot read, which would otherwise be read from Automerge on every
    /// open until the increments had grown enough to compact.
    pub fn want_records(&self) {
        self.records_wanted.set(true);
    }

    /// Takes in what merging came to: the chunks that merged are covered,
    /// and a compacted document without a snapshot of its records it could
    /// be read with is due to compact again. Returns the document, the
    /// snapshot of the records in use, and what is to be set aside
    /// ([`DocStore::set_aside`]).
    pub fn merged(&self, merged: Merged) -> (Automerge, Option<SnapshotInUse>, Vec<Unloadable>) {
        let Merged {
            doc,
            chunks,
            mut unloadable,
            records,
            compacted,
            ..
        } = merged;
        let records = records.map(|(snapshot, changed)| SnapshotInUse::new(snapshot, changed));
        self.records_wanted.set(compacted && records.is_none());
        for (chunk, merged) in chunks {
            match merged {
                Ok(()) => {
                    self.covered
                        .borrow_mut()
                        .insert(chunk.key, chunk.bytes.len());
                }
                Err(reason) => unloadable.push(Unloadable {
                    raw_key: chunk.raw_key,
                    value: chunk.value,
                    reason,
                }),
            }
        }
        (doc, records, unloadable)
    }

    /// Moves each entry that could not be loaded to the quarantine store,
    /// and tells what became of each.
    pub async fn set_aside(&self, unloadable: Vec<Unloadable>) -> Vec<Quarantined> {
        let mut quarantined = Vec::new();
        for Unloadable {
            raw_key,
            value,
            mut reason,
        } in unloadable
        {
            if let Err(err) = self.quarantine(&raw_key, &value, &reason).await {
                // Not covered, so compaction leaves it alone too.
                reason =
                    format!("{reason}; it could not be set aside ({err}) and stays where it is");
            }
            quarantined.push(Quarantined {
                key: key_parts(&raw_key),
                reason,
            });
        }
        quarantined
    }

    /// The document's stored chunks, the entries that cannot be chunks and
    /// the snapshots of its records.
    async fn read_entries(&self) -> Result<Entries, StoreError> {
        let mut chunks = Vec::new();
        let mut unloadable = Vec::new();
        let mut records = Vec::new();
        for (raw_key, value) in self.read_all().await? {
            let reason = match StoredKey::of(&raw_key) {
                StoredKey::Other => continue,
                StoredKey::Records => {
                    records.push((raw_key, value));
                    continue;
                }
                StoredKey::Malformed => "the entry's key is malformed",
                StoredKey::Chunk(key) => match binary_of(&value) {
                    Some(bytes) => {
                        let hash_bytes = beside_of(&value, CHANGE_HASHES);
                        let changed = beside_of(&value, CHANGED_RECORDS);
                        let intact =
                            crc32_of(&value) == Some(crc32(&[&bytes, &hash_bytes, &changed]));
                        let (change_hashes, changed_records) = if intact {
                            (parse_change_hashes(&hash_bytes), changed)
                        } else {
                            (Vec::new(), Vec::new())
                        };
                        chunks.push(ChunkEntry {
                            key,
                            intact,
                            change_hashes,
                            changed_records,
                            bytes,
                            raw_key,
                            value,
                        });
                        continue;
                    }
                    None => "the entry holds no bytes",
                },
            };
            unloadable.push(Unloadable {
                raw_key,
                value,
                reason: reason.to_string(),
            });
        }
        chunks.sort_by_key(|chunk| chunk.key.load_rank(chunk.bytes.len()));
        Ok(Entries {
            chunks,
            unloadable,
            records,
        })
    }

    /// Every entry in the document's key range, with its key as stored.
    async fn read_all(&self) -> Result<Vec<(JsValue, JsValue)>, StoreError> {
        let tx = self.db.transaction(DOCUMENTS).build()?;
        let store = tx.object_store(DOCUMENTS)?;
        let lower: JsValue = Array::of1(&JsValue::from_str(&self.document)).into();
        let upper: JsValue = Array::of2(
            &JsValue::from_str(&self.document),
            &JsValue::from_str("\u{ffff}"),
        )
        .into();
        let range = KeyRange::Bound(lower, false, upper, false);
        // Both asked for at once, in one transaction: IndexedDB answers them
        // in order over the same entries, so each key meets its value, and
        // the open waits for one answer fewer (13 ms of the busy year's).
        let (keys, values) = futures::join!(
            store
                .get_all_keys::<JsValue>()
                .with_query::<JsValue, _>(range.clone())
                .into_future(),
            store
                .get_all::<JsValue>()
                .with_query::<JsValue, _>(range)
                .into_future(),
        );
        let keys: Vec<JsValue> = keys?.collect::<Result<_, _>>()?;
        let values: Vec<JsValue> = values?.collect::<Result<_, _>>()?;
        Ok(keys.into_iter().zip(values).collect())
    }

    /// Moves an entry that failed to load to the quarantine store under the
    /// key it was stored with (which may hold more than strings), in one
    /// transaction, so it is never lost and never retried on every start.
    async fn quarantine(
        &self,
        key: &JsValue,
        value: &JsValue,
        reason: &str,
    ) -> Result<(), StoreError> {
        let tx = chunk_transaction(&self.db, [DOCUMENTS, QUARANTINE])?;
        let record = Object::new();
        Reflect::set(&record, &"key".into(), key)?;
        Reflect::set(&record, &"value".into(), value)?;
        Reflect::set(&record, &"reason".into(), &reason.into())?;
        Reflect::set(&record, &"at".into(), &js_sys::Date::now().into())?;
        tx.object_store(QUARANTINE)?
            .put(JsValue::from(record))
            .with_key(key.clone())
            .await?;
        tx.object_store(DOCUMENTS)?.delete(key.clone()).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Stores `bytes` (changes from `save_after`) as a new incremental chunk
    /// and returns its key.
    /// With `changed_records`, the encoded `doc::ChangedRecords` of its
    /// changes (empty for none).
    pub async fn append(
        &self,
        bytes: &[u8],
        changed_records: &[u8],
    ) -> Result<ChunkKey, StoreError> {
        let beside = Beside {
            change_hashes: &[],
            changed_records,
        };
        self.put(ChunkKey::incremental(&self.document, bytes), bytes, beside)
            .await
    }

    /// Stores `bytes`, a whole document another device sent that holds
    /// `adopted`, as a snapshot with the hashes of its changes, beside the
    /// chunks stored already.
    pub async fn put_snapshot(
        &self,
        bytes: &[u8],
        adopted: &Adopted,
    ) -> Result<ChunkKey, StoreError> {
        let key = ChunkKey::snapshot(&self.document, &adopted.heads);
        let beside = Beside {
            change_hashes: &adopted.change_hashes,
            changed_records: &[],
        };
        self.put(key, bytes, beside).await
    }

    async fn put(
        &self,
        key: ChunkKey,
        bytes: &[u8],
        beside: Beside<'_>,
    ) -> Result<ChunkKey, StoreError> {
        let tx = chunk_transaction(&self.db, DOCUMENTS)?;
        let store = tx.object_store(DOCUMENTS)?;
        let written = put_entry(&store, key_value(&key.parts()), bytes, beside)?;
        // Committing at once, without first waiting for the write's own
        // success event, lets the disk work while this tab renders the edit:
        // that event would wait behind the rendering, and only then would the
        // commit (the flush to disk) start. A failed write aborts the
        // transaction; its own error is the one reported.
        let (written, committed) = futures::join!(written, tx.commit());
        written?;
        committed?;
        self.covered.borrow_mut().insert(key.clone(), bytes.len());
        Ok(key)
    }

    /// Records that the in-memory document now holds the chunk `key` of
    /// `bytes` bytes (another tab wrote it and sent its bytes).
    pub fn note_covered(&self, key: ChunkKey, bytes: usize) {
        self.covered.borrow_mut().insert(key, bytes);
    }

    /// Writes `doc` as one snapshot and, in the same transaction, deletes
    /// the chunks it covers. Chunks other tabs wrote meanwhile are not covered
    /// and survive. This runs in the page; saving as the app runs compacts in
    /// the compaction worker instead (`super::compaction`).
    pub async fn compact(&self, doc: &Automerge) -> Result<(), StoreError> {
        let covered: Vec<ChunkKey> = self.covered.borrow().keys().cloned().collect();
        let written = self.write_snapshot(doc, &covered, None).await?;
        self.note_compacted(&written, true);
        Ok(())
    }

    /// Compacts what is stored, with no document in memory (the compaction
    /// worker runs this): merges every chunk that loads, writes the result
    /// as one snapshot with a snapshot of its records beside it (which
    /// replaces any before it) and deletes the merged chunks in the same
    /// transaction. Entries that do not load stay where they are; the page
    /// sets them aside when it next loads.
    pub async fn compact_stored(&self) -> Result<Compacted, StoreError> {
        let Entries {
            chunks, records, ..
        } = self.read_entries().await?;
        let mut doc = Automerge::new();
        let merged: Vec<ChunkKey> = merge_in_order(&mut doc, chunks)
            .filter_map(|(chunk, merged)| merged.is_ok().then_some(chunk.key))
            .collect();
        // A document of no kind this app knows has no records to keep.
        let snapshot = Snapshot::of(&doc)
            .ok()
            .map(|snapshot| snapshot.encoded().to_vec());
        let replaced_records = records.into_iter().map(|(key, _)| key).collect();
        self.write_snapshot(
            &doc,
            &merged,
            snapshot.map(|bytes| (bytes, replaced_records)),
        )
        .await
    }

    /// Deletes every snapshot of the document's records: one that said it
    /// was read where the document was not misled an open (see
    /// `LiveDoc::loaded`), and the next one loads without it.
    pub async fn delete_records_snapshots(&self) -> Result<(), StoreError> {
        let Entries { records, .. } = self.read_entries().await?;
        let tx = chunk_transaction(&self.db, DOCUMENTS)?;
        let store = tx.object_store(DOCUMENTS)?;
        for (key, _) in records {
            store.delete(key).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Writes `doc` as one snapshot and deletes the chunks `replaced`, in
    /// one transaction; with `records`, also writes that snapshot of the
    /// records and deletes the ones it replaces (keys as stored).
    async fn write_snapshot(
        &self,
        doc: &Automerge,
        replaced: &[ChunkKey],
        records: Option<(Vec<u8>, Vec<JsValue>)>,
    ) -> Result<Compacted, StoreError> {
        let heads = doc.get_heads();
        let key = ChunkKey::snapshot(&self.document, &heads);
        let bytes = doc.save();
        let tx = chunk_transaction(&self.db, DOCUMENTS)?;
        let store = tx.object_store(DOCUMENTS)?;
        put_entry(
            &store,
            key_value(&key.parts()),
            &bytes,
            Beside {
                change_hashes: doc.change_hashes_as_saved(),
                changed_records: &[],
            },
        )?
        .await?;
        if let Some((records, replaced_records)) = records {
            let records_key = key_value(&records_key(&self.document, &heads));
            for old in replaced_records {
                store.delete(old).await?;
            }
            put_entry(&store, records_key, &records, Beside::default())?.await?;
        }
        let replaced: Vec<ChunkKey> = replaced
            .iter()
            .filter(|old| **old != key)
            .cloned()
            .collect();
        for old in &replaced {
            store.delete(key_value(&old.parts())).await?;
        }
        tx.commit().await?;
        Ok(Compacted {
            snapshot: key,
            heads,
            bytes: bytes.len(),
            replaced,
        })
    }

    /// Records a compaction (done here or by the worker): the chunks it
    /// replaced are gone, and its snapshot is covered when the in-memory
    /// document `holds_snapshot`, that is has every one of its heads.
    pub fn note_compacted(&self, compacted: &Compacted, holds_snapshot: bool) {
        self.records_wanted.set(false);
        let mut covered = self.covered.borrow_mut();
        for old in &compacted.replaced {
            covered.remove(old);
        }
        if holds_snapshot {
            covered.insert(compacted.snapshot.clone(), compacted.bytes);
        }
    }

    /// How many chunk entries are stored for this document, by kind.
    pub async fn stored_counts(&self) -> Result<(usize, usize), StoreError> {
        let entries = self.read_all().await?;
        let count = |kind| {
            entries
                .iter()
                .filter(
                    |(key, _)| matches!(StoredKey::of(key), StoredKey::Chunk(k) if k.kind == kind),
                )
                .count()
        };
        Ok((count(ChunkKind::Incremental), count(ChunkKind::Snapshot)))
    }

    /// Every entry set aside in the quarantine store (of any document).
    pub async fn quarantined(db: &Database) -> Result<Vec<Quarantined>, StoreError> {
        let tx = db.transaction(QUARANTINE).build()?;
        let records: Vec<JsValue> = tx
            .object_store(QUARANTINE)?
            .get_all::<JsValue>()
            .await?
            .collect::<Result<_, _>>()?;
        Ok(records
            .iter()
            .map(|record| Quarantined {
                key: Reflect::get(record, &"key".into())
                    .map(|k| key_parts(&k))
                    .unwrap_or_default(),
                reason: Reflect::get(record, &"reason".into())
                    .ok()
                    .and_then(|r| r.as_string())
                    .unwrap_or_default(),
            })
            .collect())
    }
}

/// Merges `chunks` into `doc` in their order, each with whether it merged
/// (or why not).
fn merge_in_order(
    doc: &mut Automerge,
    chunks: Vec<ChunkEntry>,
) -> impl Iterator<Item = (ChunkEntry, Result<(), String>)> {
    let outcomes = merge_chunks(doc, &stored(&chunks));
    paired(chunks, outcomes)
}

/// The snapshot of the records an entry holds, when it decodes: one that
/// does not is ignored, and the next compaction writes another in its
/// place. The CRC-32 beside the bytes is not checked: each collection
/// carries its own, checked when it is first read (the busy year's
/// snapshot is 3 MB deflated, most of which an open never reads).
fn records_snapshot_of(value: &JsValue) -> Option<Snapshot> {
    Snapshot::decode(binary_of(value)?).ok()
}

/// The chunks as the merge takes them.
pub(super) fn stored(chunks: &[ChunkEntry]) -> Vec<StoredChunk<'_>> {
    chunks
        .iter()
        .map(|chunk| StoredChunk {
            bytes: &chunk.bytes,
            intact: chunk.intact,
            change_hashes: &chunk.change_hashes,
        })
        .collect()
}

/// Each chunk with whether it merged (or why not).
pub(super) fn paired(
    chunks: Vec<ChunkEntry>,
    outcomes: Vec<Result<(), DocError>>,
) -> impl Iterator<Item = (ChunkEntry, Result<(), String>)> {
    chunks.into_iter().zip(
        outcomes
            .into_iter()
            .map(|merged| merged.map_err(|err| err.to_string())),
    )
}

/// Opens a transaction that writes chunks; every chunk write goes through
/// here. Strict durability: the browser reports the commit only once the
/// bytes are on disk, not merely handed to the OS, so a save the app shows as
/// done survives a power cut (Chromium's default is relaxed).
fn chunk_transaction<S: ObjectStoreName>(
    db: &Database,
    stores: S,
) -> Result<Transaction<'_>, StoreError> {
    Ok(db
        .transaction(stores)
        .with_mode(TransactionMode::Readwrite)
        .with_options(TransactionOptions::new().with_durability(TransactionDurability::Strict))
        .build()?)
}

/// Starts writing an entry under `key`: its bytes, the hashes of its
/// changes when it is a snapshot (`change_hashes`, else empty) and their
/// CRC-32. The returned request resolves once the entry is written.
fn put_entry(
    store: &indexed_db_futures::object_store::ObjectStore<'_>,
    key: JsValue,
    bytes: &[u8],
    beside: Beside<'_>,
) -> Result<BasicRequest<JsValue>, StoreError> {
    let hash_bytes: Vec<u8> = beside
        .change_hashes
        .iter()
        .flat_map(|hash| hash.0)
        .collect();
    let record = Object::new();
    Reflect::set(&record, &"key".into(), &key)?;
    Reflect::set(&record, &"binary".into(), &Uint8Array::from(bytes))?;
    for (field, extra) in [
        (CHANGE_HASHES, &hash_bytes[..]),
        (CHANGED_RECORDS, beside.changed_records),
    ] {
        if !extra.is_empty() {
            Reflect::set(&record, &field.into(), &Uint8Array::from(extra))?;
        }
    }
    let crc = crc32(&[bytes, &hash_bytes, beside.changed_records]);
    Reflect::set(&record, &CRC32.into(), &crc.into())?;
    Ok(store.put(JsValue::from(record)).with_key(key).primitive()?)
}

fn key_value<S: AsRef<str>>(parts: &[S]) -> JsValue {
    parts
        .iter()
        .map(|p| JsValue::from_str(p.as_ref()))
        .collect::<Array>()
        .into()
}

/// What a stored key names.
enum StoredKey {
    Chunk(ChunkKey),
    /// A snapshot of the document's records (see [`RECORDS`]).
    Records,
    /// Another kind of entry in automerge-repo's layout (such as
    /// `sync-state`): not a chunk, and not ours to judge.
    Other,
    /// Not three strings: no tool writes such keys, so the entry is damaged.
    Malformed,
}

impl StoredKey {
    fn of(key: &JsValue) -> StoredKey {
        let parts: Option<Vec<String>> = key
            .dyn_ref::<Array>()
            .and_then(|parts| parts.iter().map(|p| p.as_string()).collect());
        match parts {
            Some(parts) if parts.len() == 3 && parts[1] == RECORDS => StoredKey::Records,
            Some(parts) if parts.len() == 3 => {
                ChunkKey::from_parts(&parts).map_or(StoredKey::Other, StoredKey::Chunk)
            }
            _ => StoredKey::Malformed,
        }
    }
}

/// The string parts of a stored key, for reports.
fn key_parts(key: &JsValue) -> Vec<String> {
    key.dyn_ref::<Array>()
        .map(|parts| parts.iter().filter_map(|p| p.as_string()).collect())
        .unwrap_or_default()
}

/// The CRC-32 of an entry's bytes and what is kept beside them, one after
/// the other.
fn crc32(parts: &[&[u8]]) -> u32 {
    let mut hasher = crc32fast::Hasher::new();
    for part in parts {
        hasher.update(part);
    }
    hasher.finalize()
}

/// The bytes an entry keeps in `field` beside its chunk
/// ([`CHANGE_HASHES`], [`CHANGED_RECORDS`]); empty if none.
fn beside_of(value: &JsValue, field: &str) -> Vec<u8> {
    Reflect::get(value, &field.into())
        .ok()
        .and_then(|hashes| hashes.dyn_into::<Uint8Array>().ok())
        .map_or_else(Vec::new, |hashes| hashes.to_vec())
}

/// Change hashes from their stored bytes; none unless every hash is whole.
fn parse_change_hashes(bytes: &[u8]) -> Vec<ChangeHash> {
    let hashes = bytes.chunks_exact(32);
    if !hashes.remainder().is_empty() {
        return Vec::new();
    }
    hashes
        .map(|hash| ChangeHash(hash.try_into().expect("chunks of 32 bytes")))
        .collect()
}

/// The CRC-32 stored beside an entry's bytes, if it holds one.
fn crc32_of(value: &JsValue) -> Option<u32> {
    let number = Reflect::get(value, &CRC32.into()).ok()?.as_f64()?;
    let crc = number as u32;
    (f64::from(crc) == number).then_some(crc)
}

fn binary_of(value: &JsValue) -> Option<Vec<u8>> {
    Reflect::get(value, &"binary".into())
        .ok()?
        .dyn_into::<Uint8Array>()
        .ok()
        .map(|bytes| bytes.to_vec())
}
