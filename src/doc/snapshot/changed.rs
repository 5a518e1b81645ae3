//! The records one save changed, as they were after it: stored beside the
//! saved chunk, so that a snapshot of the records can be brought up to the
//! document's heads before Automerge has loaded the document
//! ([`SnapshotSince`]).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::Bound;

use automerge::{Automerge, ChangeHash, ObjType, ReadDoc, Value, ROOT};
use autosurgeon::hydrate_prop;
use serde::{Deserialize, Serialize};
use serde_bytes::ByteBuf;

use super::overlay::{Newer, Overlay};
use super::tree::Tree;
use super::{Snapshot, SnapshotError, SnapshotReader};
use crate::doc::pages::PageSource;
use crate::doc::{Collection, DocError, Record, RecordRef, Records};

/// The encoding this version writes; changes in any other are not read.
const FORMAT: u32 = 1;

/// What a save changed, as stored.
#[derive(Serialize, Deserialize)]
pub(super) struct Stored {
    pub(super) format: u32,
    pub(super) before: Vec<ByteBuf>,
    pub(super) after: Vec<ByteBuf>,
    /// Each collection's key, the ids of its records the save changed, and
    /// those of them it still holds, with their values.
    pub(super) collections: Vec<(String, BTreeSet<String>, Tree)>,
}

/// The records a save changed (`touched`), as the document held them after
/// it: from the heads `before` to `after`.
#[derive(Debug, Clone, PartialEq)]
pub struct ChangedRecords {
    before: Vec<ChangeHash>,
    after: Vec<ChangeHash>,
    collections: BTreeMap<String, Changed>,
}

/// The records of one collection a save changed.
#[derive(Debug, Clone, PartialEq)]
struct Changed {
    /// The ids of every record it changed, removed ones too.
    touched: BTreeSet<String>,
    /// Those it still holds.
    tree: Tree,
}

impl ChangedRecords {
    /// The records `touched` as `doc` holds them now, changed since the
    /// heads `before`.
    pub fn of(
        doc: &Automerge,
        before: Vec<ChangeHash>,
        touched: &BTreeSet<RecordRef>,
    ) -> Result<Self, SnapshotError> {
        let mut by_collection: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
        for record in touched {
            by_collection
                .entry(record.collection.key())
                .or_default()
                .insert(&record.id);
        }
        let mut collections = BTreeMap::new();
        for (key, ids) in by_collection {
            let Ok(Some((Value::Object(ObjType::Map), map))) = doc.get(ROOT, key) else {
                return Err(SnapshotError::Unreadable(format!("no {key} collection")));
            };
            let changed = Changed {
                touched: ids.iter().map(|id| id.to_string()).collect(),
                tree: Tree::of_entries(doc, map, Some(&ids))?,
            };
            collections.insert(key.to_string(), changed);
        }
        Ok(Self {
            before,
            after: doc.get_heads(),
            collections,
        })
    }

    pub fn encode(&self) -> Vec<u8> {
        let heads = |heads: &[ChangeHash]| heads.iter().map(|h| ByteBuf::from(h.0)).collect();
        let stored = Stored {
            format: FORMAT,
            before: heads(&self.before),
            after: heads(&self.after),
            collections: self
                .collections
                .iter()
                .map(|(key, changed)| (key.clone(), changed.touched.clone(), changed.tree.clone()))
                .collect(),
        };
        postcard::to_allocvec(&stored).expect("changed records always encode")
    }

    /// Takes stored changes: each tree is checked as a snapshot's is
    /// (`Tree::decode`), and holds only records it names as changed.
    pub fn decode(bytes: &[u8]) -> Result<Self, SnapshotError> {
        let stored: Stored = postcard::from_bytes(bytes)
            .map_err(|err| SnapshotError::Undecodable(err.to_string()))?;
        if stored.format != FORMAT {
            return Err(SnapshotError::OtherFormat(stored.format));
        }
        let heads = |heads: Vec<ByteBuf>| {
            heads
                .iter()
                .map(|head| ChangeHash::try_from(&head[..]).map_err(|_| SnapshotError::BadHead))
                .collect::<Result<Vec<_>, _>>()
        };
        let mut collections = BTreeMap::new();
        for (key, touched, tree) in stored.collections {
            tree.parents()?;
            let named = tree.root_keys().iter().all(|(id, _)| touched.contains(id));
            if !named || collections.insert(key, Changed { touched, tree }).is_some() {
                return Err(SnapshotError::NotATree);
            }
        }
        Ok(Self {
            before: heads(stored.before)?,
            after: heads(stored.after)?,
            collections,
        })
    }
}

/// A snapshot of the records brought up to date by what the saves after it
/// changed, each after the one before: the records as the document holds
/// them at the heads the last save left it at ([`SnapshotSince::heads`]).
#[derive(Debug)]
pub struct SnapshotSince {
    snapshot: Snapshot,
    changes: Vec<ChangedRecords>,
    heads: Vec<ChangeHash>,
    /// Every record changed since the snapshot, and the last of `changes`
    /// that changed it.
    latest: BTreeMap<RecordRef, usize>,
    touched: BTreeSet<RecordRef>,
}

impl SnapshotSince {
    /// `snapshot` brought up to date by `changes`, which must follow one
    /// another from its heads, each from where the one before left the
    /// document, and all be used: saves made from other heads (two tabs
    /// saving at once) do not tell what the document holds once merged.
    /// Gives the snapshot back when they do not.
    pub fn chain(snapshot: Snapshot, changes: Vec<ChangedRecords>) -> Result<Self, Snapshot> {
        let mut from: HashMap<Vec<ChangeHash>, usize> = HashMap::new();
        for (at, changed) in changes.iter().enumerate() {
            if from.insert(sorted(&changed.before), at).is_some() {
                return Err(snapshot);
            }
        }
        let mut heads = sorted(snapshot.heads());
        let mut order = Vec::with_capacity(changes.len());
        while let Some(at) = from.remove(&heads) {
            order.push(at);
            heads = sorted(&changes[at].after);
        }
        if order.len() != changes.len() {
            return Err(snapshot);
        }
        let mut changes: Vec<Option<ChangedRecords>> = changes.into_iter().map(Some).collect();
        let changes: Vec<ChangedRecords> = order
            .into_iter()
            .filter_map(|at| changes[at].take())
            .collect();
        let mut latest = BTreeMap::new();
        for (at, changed) in changes.iter().enumerate() {
            for (key, collection) in &changed.collections {
                let Some(collection_of) = Collection::from_key(key) else {
                    return Err(snapshot);
                };
                for id in &collection.touched {
                    let record = RecordRef {
                        collection: collection_of,
                        id: id.clone(),
                    };
                    latest.insert(record, at);
                }
            }
        }
        let touched = latest.keys().cloned().collect();
        Ok(Self {
            snapshot,
            changes,
            heads,
            latest,
            touched,
        })
    }

    /// The heads the records are read at.
    pub fn heads(&self) -> &[ChangeHash] {
        &self.heads
    }

    /// Every record changed since the snapshot.
    pub fn touched(&self) -> &BTreeSet<RecordRef> {
        &self.touched
    }

    pub fn snapshot(&self) -> &Snapshot {
        &self.snapshot
    }

    pub fn into_snapshot(self) -> Snapshot {
        self.snapshot
    }

    /// Record `record` as the last save that changed it left it: `None`
    /// when it removed it.
    pub(super) fn get<T: Record>(&self, record: &RecordRef) -> Result<Option<T>, DocError> {
        let Some(changed) = self
            .latest
            .get(record)
            .and_then(|at| self.changes[*at].collections.get(record.collection.key()))
        else {
            return Ok(None);
        };
        let holds = changed
            .tree
            .root_keys()
            .binary_search_by(|(id, _)| id.as_str().cmp(&record.id))
            .is_ok();
        if !holds {
            return Ok(None);
        }
        let reader = SnapshotReader::new(&changed.tree, &self.heads);
        let id = record.id.as_str();
        Ok(Some(hydrate_prop::<_, T, _, _>(
            &reader,
            &reader.collection(),
            id,
        )?))
    }
}

impl PageSource for SnapshotSince {
    fn page<T: Record>(
        &self,
        from: Bound<String>,
        limit: usize,
    ) -> Result<(Records<T>, Option<String>), DocError> {
        Overlay {
            snapshot: &self.snapshot,
            newer: Newer::Saved(self),
            touched: &self.touched,
        }
        .page::<T>(from, limit)
    }
}

fn sorted(heads: &[ChangeHash]) -> Vec<ChangeHash> {
    let mut heads = heads.to_vec();
    heads.sort();
    heads
}
