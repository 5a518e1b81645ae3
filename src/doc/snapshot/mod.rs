//! A snapshot of a document's records: its collections' current values
//! without their history, tagged with the heads they were read at.
//!
//! Opening the busy year spends most of its time in Automerge, which
//! rebuilds every op of the history before one record can be read, and
//! then reads each record out of those ops. The records kept as plain
//! values read in a tenth of the time (`native-load`, in the README's
//! benchmark section). A snapshot is never trusted over the document: it
//! says which heads it was read at, and is read only through an
//! [`Overlay`] that takes every record changed since those heads from the
//! document.
//!
//! Each collection is kept as a [`tree::Tree`] of its own, deflated, and
//! inflated and decoded when it is first read: a desk that reads one
//! collection does not wait for the others, and opening reads a fifth of
//! the bytes (the busy year's team records are 14.5 MB as trees, 3.1 MB
//! deflated, and the page reads every stored byte before its first
//! screen). [`SnapshotReader`] answers autosurgeon's reads from a tree, so
//! every record type is read through its one `Hydrate`, as from the
//! document.

use std::cell::OnceCell;
use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::ops::{Bound, Range};

use automerge::{Automerge, ChangeHash, ObjType, ReadDoc, Value, ROOT};
use serde::{Deserialize, Serialize};
use serde_bytes::Bytes;
use thiserror::Error;

use super::document::{check_home, hydrate_each};
use super::pages::PageSource;
use super::schema::{kind_of, version_of};
use super::{DocError, DocKind, Record, Records};
use tree::Tree;

mod changed;
mod overlay;
mod reader;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
mod tree;

pub use changed::{ChangedRecords, SnapshotSince};
pub use overlay::{Newer, Overlay, SnapshotInUse};
pub use reader::SnapshotReader;

/// The encoding this version writes. A snapshot in any other is ignored
/// (and rebuilt by whoever writes them).
const FORMAT: u32 = 3;

/// The most an inflated tree's stated length reserves before inflating:
/// the length is not covered by the CRC-32, and a damaged one must not
/// reserve more than a tab has (the busy year's biggest tree is 7 MB).
const MOST_RESERVED: usize = 64 << 20;

/// A snapshot as it is stored, borrowing from the stored bytes: decoding it
/// copies none of the collections' trees.
#[derive(Debug, Serialize, Deserialize)]
struct Stored<'a> {
    format: u32,
    kind: &'a str,
    /// The document's schema version (`doc::schema`).
    schema: u64,
    #[serde(borrow)]
    heads: Vec<&'a Bytes>,
    /// In key order.
    #[serde(borrow)]
    collections: Vec<StoredCollection<'a>>,
}

/// One collection's key, its encoded tree deflated, the CRC-32 of the
/// deflated bytes and the encoded tree's length, checked when the tree is
/// first read: the busy year's snapshot is 3 MB deflated, and a desk reads
/// a few of its collections.
#[derive(Debug, Serialize, Deserialize)]
struct StoredCollection<'a> {
    key: &'a str,
    crc32: u32,
    inflated_len: usize,
    #[serde(borrow)]
    deflated: &'a Bytes,
}

/// The current values of a document's collections and the heads they were
/// read at.
#[derive(Debug)]
pub struct Snapshot {
    kind: DocKind,
    schema: u64,
    heads: Vec<ChangeHash>,
    /// The snapshot as stored, which each collection's tree is read from.
    bytes: Vec<u8>,
    collections: BTreeMap<String, Collected>,
}

/// Where one collection's deflated tree is in the stored bytes, its CRC-32
/// and inflated length, and the tree once it has been read.
#[derive(Debug)]
struct Collected {
    at: Range<usize>,
    crc32: u32,
    inflated_len: usize,
    tree: OnceCell<Result<Tree, SnapshotError>>,
}

/// Why a stored snapshot, or one collection of it, was not used.
#[derive(Debug, Clone, Error, PartialEq)]
pub enum SnapshotError {
    #[error("the snapshot could not be decoded: {0}")]
    Undecodable(String),
    #[error("the snapshot was written in format {0}, not {FORMAT}")]
    OtherFormat(u32),
    #[error("the snapshot is of no known document")]
    UnknownKind,
    #[error("the snapshot holds a collection twice")]
    CollectionTwice,
    #[error("a collection of the snapshot does not match its CRC-32")]
    Damaged,
    #[error("the snapshot's objects do not form one tree")]
    NotATree,
    #[error("a map of the snapshot has its keys out of order")]
    KeysOutOfOrder,
    #[error("a head of the snapshot is not a change hash")]
    BadHead,
    #[error("the document could not be read: {0}")]
    Unreadable(String),
}

impl Snapshot {
    /// Reads the current values of every collection of `doc`, which says
    /// which kind of document it is (as every document of the app does).
    pub fn of(doc: &Automerge) -> Result<Self, SnapshotError> {
        let kind = kind_of(doc)
            .and_then(|code| DocKind::from_code(&code))
            .ok_or(SnapshotError::UnknownKind)?;
        let mut trees = Vec::new();
        for item in doc.map_range(ROOT, ..) {
            if let Value::Object(ObjType::Map) = item.value.clone().into_value() {
                let tree = Tree::of(doc, item.id())?;
                let encoded = tree.encode();
                trees.push((
                    item.key.into_owned(),
                    encoded.len(),
                    deflate(&encoded),
                    tree,
                ));
            }
        }
        let heads = doc.get_heads();
        let stored = Stored {
            format: FORMAT,
            kind: kind.code(),
            schema: version_of(doc),
            heads: heads.iter().map(|head| Bytes::new(&head.0)).collect(),
            collections: trees
                .iter()
                .map(|(key, inflated_len, deflated, _)| StoredCollection {
                    key,
                    crc32: crc32fast::hash(deflated),
                    inflated_len: *inflated_len,
                    deflated: Bytes::new(deflated),
                })
                .collect(),
        };
        let bytes = postcard::to_allocvec(&stored).expect("a snapshot always encodes");
        let mut snapshot = Self::decode(bytes)?;
        for (key, _, _, tree) in trees {
            if let Some(collected) = snapshot.collections.get_mut(&key) {
                collected.tree = OnceCell::from(Ok(tree));
            }
        }
        Ok(snapshot)
    }

    /// The heads the values were read at.
    pub fn heads(&self) -> &[ChangeHash] {
        &self.heads
    }

    pub fn kind(&self) -> DocKind {
        self.kind
    }

    /// The schema version of the document the values were read from: one
    /// other than this app's is read only through the document, which an
    /// upgrade changes as it opens.
    pub fn schema(&self) -> u64 {
        self.schema
    }

    /// The snapshot as it is stored.
    pub fn encoded(&self) -> &[u8] {
        &self.bytes
    }

    /// Takes a stored snapshot: its format must be this version's, its kind
    /// known and its heads change hashes. Each collection is checked when
    /// it is first read (its CRC-32, its inflated length, then
    /// [`Tree::decode`]), and one that fails is read from the document
    /// instead. A snapshot that decodes can still be stale, which only its
    /// heads can tell.
    pub fn decode(bytes: Vec<u8>) -> Result<Self, SnapshotError> {
        let stored: Stored<'_> = postcard::from_bytes(&bytes)
            .map_err(|err| SnapshotError::Undecodable(err.to_string()))?;
        if stored.format != FORMAT {
            return Err(SnapshotError::OtherFormat(stored.format));
        }
        let kind = DocKind::from_code(stored.kind).ok_or(SnapshotError::UnknownKind)?;
        let heads = stored
            .heads
            .iter()
            .map(|head| ChangeHash::try_from(&head[..]).map_err(|_| SnapshotError::BadHead))
            .collect::<Result<_, _>>()?;
        // Where each tree is in `bytes`: it was decoded borrowing them, so
        // its slice lies inside them (checked all the same).
        let start = bytes.as_ptr() as usize;
        let mut collections = BTreeMap::new();
        for collection in &stored.collections {
            let len = collection.deflated.len();
            let from = (collection.deflated.as_ptr() as usize)
                .checked_sub(start)
                .filter(|from| from + len <= bytes.len())
                .ok_or_else(|| SnapshotError::Undecodable("a tree outside the snapshot".into()))?;
            let collected = Collected {
                at: from..from + len,
                crc32: collection.crc32,
                inflated_len: collection.inflated_len,
                tree: OnceCell::new(),
            };
            if collections
                .insert(collection.key.to_string(), collected)
                .is_some()
            {
                return Err(SnapshotError::CollectionTwice);
            }
        }
        Ok(Self {
            kind,
            schema: stored.schema,
            heads,
            bytes,
            collections,
        })
    }

    /// The tree of collection `key`, decoded the first time it is asked
    /// for; `None` when the snapshot does not hold it.
    fn tree(&self, key: &str) -> Option<Result<&Tree, SnapshotError>> {
        let collected = self.collections.get(key)?;
        let tree = collected.tree.get_or_init(|| {
            let deflated = &self.bytes[collected.at.clone()];
            if crc32fast::hash(deflated) != collected.crc32 {
                return Err(SnapshotError::Damaged);
            }
            Tree::decode(&inflate(deflated, collected.inflated_len)?)
        });
        Some(tree.as_ref().map_err(Clone::clone))
    }

    /// How collection `key`'s values can be read, as autosurgeon reads a
    /// document; `None` when the snapshot does not hold it.
    pub fn reader(&self, key: &str) -> Option<Result<SnapshotReader<'_>, SnapshotError>> {
        Some(
            self.tree(key)?
                .map(|tree| SnapshotReader::new(tree, &self.heads)),
        )
    }

    /// The reader of `T`'s collection, refusing a collection of the other
    /// document as the document does.
    fn reader_of<T: Record>(&self) -> Result<SnapshotReader<'_>, DocError> {
        check_home(self.kind, T::COLLECTION)?;
        let key = T::COLLECTION.key();
        Ok(self.reader(key).ok_or(DocError::MissingCollection(key))??)
    }
}

/// A collection's encoded tree as it is stored. Deflate (which the sync
/// link codes already use, through `flate2`) at its default level: the busy
/// year's trees shrink to a fifth and inflate in a fifth of the time they
/// take to decode; the compaction worker pays for it, not the page.
fn deflate(encoded: &[u8]) -> Vec<u8> {
    let mut deflating =
        flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
    deflating
        .write_all(encoded)
        .and_then(|()| deflating.finish())
        .expect("deflating into memory cannot fail")
}

/// The encoded tree `deflated` holds, which must be exactly `len` bytes:
/// inflating stops one byte past it, so a stream that would inflate to
/// more is refused without being inflated whole.
fn inflate(deflated: &[u8], len: usize) -> Result<Vec<u8>, SnapshotError> {
    let mut encoded = Vec::with_capacity(len.min(MOST_RESERVED));
    flate2::bufread::DeflateDecoder::new(deflated)
        .take((len as u64).saturating_add(1))
        .read_to_end(&mut encoded)
        .map_err(|_| SnapshotError::Damaged)?;
    if encoded.len() != len {
        return Err(SnapshotError::Damaged);
    }
    Ok(encoded)
}

impl PageSource for Snapshot {
    /// Read as [`super::Document`] reads them, through each record's
    /// `Hydrate`.
    fn page<T: Record>(
        &self,
        from: Bound<String>,
        limit: usize,
    ) -> Result<(Records<T>, Option<String>), DocError> {
        let reader = self.reader_of::<T>()?;
        let keys: Vec<String> = reader
            .records_from(from)
            .take(limit)
            .map(str::to_string)
            .collect();
        let last = keys.last().cloned();
        Ok((hydrate_each(&reader, &reader.collection(), keys), last))
    }
}
