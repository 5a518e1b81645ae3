//! One document of a workspace: typed reads and attributed writes of records.

use std::collections::{BTreeSet, HashMap};
use std::ops::Bound;
use std::sync::Mutex;

use automerge::transaction::{CommitOptions, Transactable, Transaction};
use automerge::{
    ActorId, Automerge, ChangeHash, ObjId, ObjType, Patch, PatchAction, PatchLog, Prop, ReadDoc,
    Value, ROOT,
};
use autosurgeon::{hydrate_prop, reconcile_prop, Hydrate, Reconcile};

use super::map_reader::{Entries, MapReader};
use super::meta::message_listing;
use super::pages::PageSource;
use super::schema::{self, Migration};
use super::{
    ChangeMeta, Collection, DocError, DocKind, DocumentId, LoggedChange, Record, RecordRef,
};
use crate::domain::validation::Invalid;

/// Every record of a collection, by id, and the ids of records that could
/// not be read.
#[derive(Debug, Clone, PartialEq)]
pub struct Records<T> {
    pub records: Vec<(String, T)>,
    pub unreadable: Vec<String>,
}

/// The length of a device's public key (ed25519) at the start of its actor
/// ids, and of the random part after it.
pub const DEVICE_KEY_LEN: usize = 32;
const SESSION_PART_LEN: usize = 8;

/// A team or leadership document.
#[derive(Debug, Clone)]
pub struct Document {
    id: DocumentId,
    kind: DocKind,
    doc: Automerge,
    logged: LogCache,
}

/// Each change's entry in the change log (its author, action and the
/// records it wrote, parsed from its message or found by comparing the
/// document before and after it). History never changes, so each entry is
/// made once and the log costs what is new since it was last read.
#[derive(Debug, Default)]
pub(super) struct LogCache(Mutex<HashMap<ChangeHash, LoggedChange>>);

impl Clone for LogCache {
    fn clone(&self) -> Self {
        Self(Mutex::new(self.lock().clone()))
    }
}

impl LogCache {
    pub(super) fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<ChangeHash, LoggedChange>> {
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

impl Document {
    /// A new, empty document of `kind` at the current schema.
    pub fn create(id: DocumentId, kind: DocKind) -> Self {
        let mut doc = schema::chain(kind);
        doc.set_actor(ActorId::random());
        Self {
            id,
            kind,
            doc,
            logged: LogCache::default(),
        }
    }

    /// Wraps a loaded Automerge document, upgrading an older schema. Every
    /// session writes with a fresh actor id, so two tabs of one browser never
    /// reuse one.
    pub fn open(
        id: DocumentId,
        kind: DocKind,
        mut doc: Automerge,
    ) -> Result<(Self, Migration), DocError> {
        let migration = schema::migrate(&mut doc, kind)?;
        doc.set_actor(ActorId::random());
        let document = Self {
            id,
            kind,
            doc,
            logged: LogCache::default(),
        };
        Ok((document, migration))
    }

    /// Writes from now on as the device with public key `device`: the actor
    /// id is the key followed by this session's random part (so two tabs of
    /// one device still never share an actor), and every change names the
    /// device that made it.
    pub fn write_as_device(&mut self, device: &[u8; DEVICE_KEY_LEN]) {
        let random = ActorId::random();
        let mut actor = device.to_vec();
        actor.extend_from_slice(&random.to_bytes()[..SESSION_PART_LEN]);
        self.doc.set_actor(ActorId::from(actor));
    }

    /// The device key an actor id names, for actors made by
    /// [`Document::write_as_device`]; `None` for any other actor.
    pub fn device_of(actor: &ActorId) -> Option<[u8; DEVICE_KEY_LEN]> {
        let bytes = actor.to_bytes();
        if bytes.len() != DEVICE_KEY_LEN + SESSION_PART_LEN {
            return None;
        }
        bytes[..DEVICE_KEY_LEN].try_into().ok()
    }

    pub fn id(&self) -> &DocumentId {
        &self.id
    }

    pub fn kind(&self) -> DocKind {
        self.kind
    }

    pub fn automerge(&self) -> &Automerge {
        &self.doc
    }

    /// For storage and sync, which merge bytes from elsewhere. After merging,
    /// call [`Document::touched`] with the heads from before to learn which
    /// records changed.
    pub fn automerge_mut(&mut self) -> &mut Automerge {
        &mut self.doc
    }

    pub fn heads(&self) -> Vec<ChangeHash> {
        self.doc.get_heads()
    }

    pub fn schema_version(&self) -> u64 {
        schema::version_of(&self.doc)
    }

    fn collection(&self, collection: Collection) -> Result<ObjId, DocError> {
        check_home(self.kind, collection)?;
        collection_obj(&self.doc, collection)
    }

    /// The record `id` of kind `T`, if there is one.
    pub fn get<T: Record>(&self, id: &str) -> Result<Option<T>, DocError> {
        let obj = self.collection(T::COLLECTION)?;
        read_record(&self.doc, &obj, id)
    }

    /// The text field `field` of record `id` of `collection` as it was at
    /// `heads`: how a record that has since been removed is still read (the
    /// history keeps it).
    pub fn text_at(
        &self,
        collection: Collection,
        id: &str,
        field: &str,
        heads: &[ChangeHash],
    ) -> Option<String> {
        check_home(self.kind, collection).ok()?;
        let collection = match self.doc.get_at(ROOT, collection.key(), heads).ok()?? {
            (Value::Object(ObjType::Map), obj) => obj,
            _ => return None,
        };
        let record = match self.doc.get_at(&collection, id, heads).ok()?? {
            (Value::Object(ObjType::Map), obj) => obj,
            _ => return None,
        };
        match self.doc.get_at(&record, field, heads).ok()?? {
            (Value::Scalar(scalar), _) => scalar.as_str().map(str::to_string),
            _ => None,
        }
    }

    /// Every readable record of `collection` with its id, and the ids of
    /// records that could not be read (written by a newer or broken peer).
    /// Unreadable records stay in the document untouched.
    pub fn all<T: Record>(&self) -> Result<Records<T>, DocError> {
        Ok(self.page(Bound::Unbounded, usize::MAX)?.0)
    }

    /// Runs `edit` in one Automerge transaction attributed to `meta` at
    /// `now_ms`. If `edit` fails nothing is written.
    pub fn change<R>(
        &mut self,
        meta: &ChangeMeta,
        now_ms: i64,
        edit: impl FnOnce(&mut Writer<'_, '_>) -> Result<R, DocError>,
    ) -> Result<R, DocError> {
        self.change_touching(meta, now_ms, edit)
            .map(|(result, _)| result)
    }

    /// [`Document::change`], also telling which records the change wrote or
    /// removed. Known as they are written, so a caller need not compare the
    /// document before and after (a diff of the whole document, far slower
    /// in a busy workspace).
    pub fn change_touching<R>(
        &mut self,
        meta: &ChangeMeta,
        now_ms: i64,
        edit: impl FnOnce(&mut Writer<'_, '_>) -> Result<R, DocError>,
    ) -> Result<(R, BTreeSet<RecordRef>), DocError> {
        let kind = self.kind;
        self.doc
            .transact_with(
                |(_, touched): &(R, BTreeSet<RecordRef>)| {
                    CommitOptions::default()
                        .with_message(message_listing(meta, touched))
                        .with_time(now_ms / 1000)
                },
                |tx| {
                    let mut writer = Writer {
                        tx,
                        kind,
                        touched: BTreeSet::new(),
                    };
                    let result = edit(&mut writer)?;
                    Ok((result, writer.touched))
                },
            )
            .map(|ok| ok.result)
            .map_err(|failure| failure.error)
    }

    /// The records whose content differs between two sets of heads.
    pub fn touched(&self, before: &[ChangeHash], after: &[ChangeHash]) -> BTreeSet<RecordRef> {
        records_of(self.doc.diff(before, after))
    }

    pub(super) fn log_cache(&self) -> &LogCache {
        &self.logged
    }

    /// Takes in a whole document another device sent, loaded on its own (see
    /// [`super::adopt_loaded`]), and tells which records it changed: every
    /// record there was before and is now, and what `whole` held. Listing
    /// the records costs as much as the collections' keys, where a patch log
    /// of the whole document would hold a patch for every field of every
    /// record.
    pub fn adopt_loaded(
        &mut self,
        loaded: Automerge,
    ) -> Result<(BTreeSet<RecordRef>, super::Adopted), DocError> {
        let mut touched = self.records();
        let adopted = super::adopt_loaded(&mut self.doc, loaded)?;
        touched.extend(self.records());
        Ok((touched, adopted))
    }

    /// Every record of the document's collections.
    fn records(&self) -> BTreeSet<RecordRef> {
        Collection::ALL
            .into_iter()
            .filter(|collection| collection.doc_kind() == self.kind)
            .filter_map(|collection| {
                Some((collection, collection_obj(&self.doc, collection).ok()?))
            })
            .flat_map(|(collection, obj)| {
                self.doc
                    .keys(&obj)
                    .map(move |id| RecordRef { collection, id })
            })
            .collect()
    }

    /// Merges changes from elsewhere through `merge`, which gets the
    /// Automerge document and a patch log to log what it applies into, and
    /// tells which records they changed. The log follows only what is
    /// merged: this costs as much as the merge, where comparing the whole
    /// document before and after costs as much as the document.
    pub fn merge_logged<R>(
        &mut self,
        merge: impl FnOnce(&mut Automerge, &mut PatchLog) -> R,
    ) -> (R, BTreeSet<RecordRef>) {
        let mut log = PatchLog::active();
        let result = merge(&mut self.doc, &mut log);
        let patches = self.doc.make_patches(&mut log);
        (result, records_of(patches))
    }
}

/// The records that `patches` change: a patch at a record or inside it, or
/// one that puts or deletes a record in its collection.
pub(super) fn records_of(patches: impl IntoIterator<Item = Patch>) -> BTreeSet<RecordRef> {
    let mut touched = BTreeSet::new();
    for patch in patches {
        let mut path = patch.path.iter().map(|(_, prop)| prop);
        let record = match (path.next(), path.next()) {
            (Some(Prop::Map(collection)), Some(Prop::Map(id))) => {
                Some((collection.as_str(), id.as_str()))
            }
            (Some(Prop::Map(collection)), None) => match &patch.action {
                PatchAction::PutMap { key, .. } | PatchAction::DeleteMap { key } => {
                    Some((collection.as_str(), key.as_str()))
                }
                _ => None,
            },
            _ => None,
        };
        if let Some((collection, id)) = record {
            if let Some(collection) = Collection::from_key(collection) {
                touched.insert(RecordRef {
                    collection,
                    id: id.to_string(),
                });
            }
        }
    }
    touched
}

impl PageSource for Document {
    /// Each record's map is read in one pass (see [`MapReader`]).
    fn page<T: Record>(
        &self,
        from: Bound<String>,
        limit: usize,
    ) -> Result<(Records<T>, Option<String>), DocError> {
        let obj = self.collection(T::COLLECTION)?;
        let entries = Entries::read(
            self.doc
                .map_range(&obj, (from, Bound::Unbounded))
                .take(limit),
        );
        let keys: Vec<String> = entries.keys().map(str::to_string).collect();
        let last = keys.last().cloned();
        let reader = MapReader::knowing(&self.doc, obj.clone(), entries);
        Ok((hydrate_each(&reader, &obj, keys), last))
    }
}

pub(super) fn check_home(kind: DocKind, collection: Collection) -> Result<(), DocError> {
    if collection.doc_kind() == kind {
        Ok(())
    } else {
        Err(DocError::WrongDocument(collection.key()))
    }
}

/// The records `keys` of the collection map `obj`, read through `reader`;
/// those that do not read as a `T` (written by a newer or broken peer) are
/// listed as unreadable.
pub(super) fn hydrate_each<T: Hydrate>(
    reader: &impl autosurgeon::ReadDoc,
    obj: &ObjId,
    keys: Vec<String>,
) -> Records<T> {
    let mut records = Vec::new();
    let mut unreadable = Vec::new();
    for id in keys {
        match hydrate_prop::<_, T, _, _>(reader, obj, id.as_str()) {
            Ok(record) => records.push((id, record)),
            Err(_) => unreadable.push(id),
        }
    }
    Records {
        records,
        unreadable,
    }
}

/// Record `id` of the collection map `obj`, read a map at a time (see
/// [`MapReader::for_record`]); `None` when there is no such key (autosurgeon
/// reads a missing key as an error, not as `None`).
fn read_record<T: Hydrate, D: ReadDoc + autosurgeon::ReadDoc>(
    doc: &D,
    obj: &ObjId,
    id: &str,
) -> Result<Option<T>, DocError> {
    let Some(reader) = MapReader::for_record(doc, obj, id)? else {
        return Ok(None);
    };
    Ok(Some(hydrate_prop(&reader, obj, id)?))
}

/// The map under `prop` in `obj`, if there is one.
fn map_at(doc: &impl ReadDoc, obj: &ObjId, prop: &str) -> Result<Option<ObjId>, DocError> {
    Ok(match doc.get(obj, prop)? {
        Some((Value::Object(ObjType::Map), map)) => Some(map),
        _ => None,
    })
}

fn collection_obj(doc: &impl ReadDoc, collection: Collection) -> Result<ObjId, DocError> {
    match doc.get(ROOT, collection.key())? {
        Some((Value::Object(ObjType::Map), obj)) => Ok(obj),
        _ => Err(DocError::MissingCollection(collection.key())),
    }
}

/// `record` as one value, to be made in one batch. autosurgeon writes field
/// by field into a document that holds something, and Automerge seeks and
/// splices each of those ops on its own: a new task took about 270 us
/// natively. Into an empty document autosurgeon writes one batch, so the
/// record goes into a scratch document and is read back whole, which with
/// Automerge's batch creation costs about 60 us. (autosurgeon's own
/// conversion to a value is private to it.)
fn whole_value(record: &impl Reconcile) -> Result<automerge::hydrate::Value, DocError> {
    let mut scratch = automerge::AutoCommit::new();
    autosurgeon::reconcile(&mut scratch, record)?;
    Ok(scratch.hydrate(ROOT, None)?)
}

/// Writes records inside one transaction.
pub struct Writer<'a, 'b> {
    tx: &'a mut Transaction<'b>,
    kind: DocKind,
    /// The records written or removed so far.
    touched: BTreeSet<RecordRef>,
}

impl Writer<'_, '_> {
    fn collection(&self, collection: Collection) -> Result<ObjId, DocError> {
        check_home(self.kind, collection)?;
        collection_obj(self.tx, collection)
    }

    /// Writes `record` as record `id`. Only fields that differ from what the
    /// document holds are written, so concurrent edits of other fields merge.
    pub fn put<T: Record>(&mut self, id: &str, record: &T) -> Result<(), DocError> {
        let collection = T::COLLECTION;
        let obj = self.collection(collection)?;
        let before = self.tx.pending_ops();
        if self.tx.get(&obj, id)?.is_none() {
            // A new record has nothing to compare with: it is made in one
            // batch instead of field by field.
            self.tx
                .batch_create_object(&obj, id, &whole_value(record)?, false)?;
        } else {
            reconcile_prop(self.tx, obj, id, record)?;
        }
        // A record written as it already was is not a change to it (the
        // crisis log would call it altered).
        if self.tx.pending_ops() > before {
            self.touch(collection, id);
        }
        Ok(())
    }

    /// Writes `value` under `key` in the map field `field` of record `id`
    /// of kind `T`, leaving the rest of the record unread: adding one entry
    /// to a record that holds many (a task's comments) costs one entry, where
    /// [`Writer::put`] compares every field of every entry. Entries written
    /// at once on two devices are both kept. A record removed meanwhile (or
    /// without such a field) is reported as `Unknown` on `field`.
    pub fn put_entry<T: Record, V: Reconcile>(
        &mut self,
        id: &str,
        field: &'static str,
        key: &str,
        value: &V,
    ) -> Result<(), DocError> {
        let collection = self.collection(T::COLLECTION)?;
        let unknown = || DocError::from(Invalid::unknown(field));
        let record = map_at(self.tx, &collection, id)?.ok_or_else(unknown)?;
        let entries = map_at(self.tx, &record, field)?.ok_or_else(unknown)?;
        reconcile_prop(self.tx, entries, key, value)?;
        self.touch(T::COLLECTION, id);
        Ok(())
    }

    /// The current state of record `id`, including this transaction's writes.
    pub fn get<T: Record>(&self, id: &str) -> Result<Option<T>, DocError> {
        let obj = self.collection(T::COLLECTION)?;
        read_record(&*self.tx, &obj, id)
    }

    /// Deletes record `id` of kind `T`.
    pub fn remove<T: Record>(&mut self, id: &str) -> Result<(), DocError> {
        let obj = self.collection(T::COLLECTION)?;
        self.tx.delete(obj, id)?;
        self.touch(T::COLLECTION, id);
        Ok(())
    }

    fn touch(&mut self, collection: Collection, id: &str) {
        self.touched.insert(RecordRef {
            collection,
            id: id.to_string(),
        });
    }
}
