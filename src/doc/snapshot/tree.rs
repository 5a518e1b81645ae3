//! One collection's values as a flat list of objects: its map first, then
//! every map, list and text inside it, each after the object holding it.

use std::borrow::Cow;
use std::collections::BTreeSet;

use automerge::iter::MapRangeItem;
use automerge::{Automerge, ObjId, ObjType, ReadDoc, ValueRef};
use serde::{Deserialize, Serialize};
use serde_bytes::ByteBuf;

use super::SnapshotError;

/// The objects, the collection's map first; every other object once, after
/// its parent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(super) struct Tree {
    pub(super) objects: Vec<Object>,
}

/// One map, list or text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(super) enum Object {
    /// The entries in key order, as Automerge orders them (byte by byte).
    Map(Vec<(String, Slot)>),
    List(Vec<Slot>),
    Text(String),
}

/// A value inside an object: another object (its index) or a scalar.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(super) enum Slot {
    Object(u32),
    Scalar(Scalar),
}

/// Automerge's scalar values, each kept as the kind it was written as (a
/// counter stays a counter, a timestamp a timestamp).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(super) enum Scalar {
    Str(String),
    Int(i64),
    Uint(u64),
    F64(f64),
    Counter(i64),
    Timestamp(i64),
    Boolean(bool),
    Bytes(ByteBuf),
    Null,
    Unknown { type_code: u8, bytes: ByteBuf },
}

impl Tree {
    /// Every current value under the map `root` of `doc`. It visits every
    /// object once, the parents before their children, so each child's
    /// index is known when its parent's entry is written.
    pub(super) fn of(doc: &Automerge, root: ObjId) -> Result<Self, SnapshotError> {
        Self::of_entries(doc, root, None)
    }

    /// [`Tree::of`], keeping of the map `root` only the entries `keys`
    /// when given (those it holds): the records of a collection one save
    /// changed (`ChangedRecords`), each looked up on its own rather than
    /// the collection read through.
    pub(super) fn of_entries(
        doc: &Automerge,
        root: ObjId,
        keys: Option<&BTreeSet<&str>>,
    ) -> Result<Self, SnapshotError> {
        let mut found: Vec<(ObjId, ObjType)> = vec![(root, ObjType::Map)];
        let mut objects = Vec::new();
        while let Some((obj, kind)) = found.get(objects.len()).cloned() {
            let mut slot = |value: ValueRef<'_>, id: ObjId| match value {
                ValueRef::Object(kind) => {
                    found.push((id, kind));
                    Slot::Object((found.len() - 1) as u32)
                }
                ValueRef::Scalar(scalar) => Slot::Scalar(Scalar::from(scalar)),
            };
            let object = match kind {
                ObjType::Map | ObjType::Table => {
                    let items: Box<dyn Iterator<Item = MapRangeItem<'_>>> =
                        match keys.filter(|_| objects.is_empty()) {
                            Some(keys) => Box::new(keys.iter().flat_map(|key| {
                                doc.map_range(&obj, key.to_string()..=key.to_string())
                            })),
                            None => Box::new(doc.map_range(&obj, ..)),
                        };
                    Object::Map(
                        items
                            .map(|item| {
                                let id = item.id();
                                (item.key.into_owned(), slot(item.value, id))
                            })
                            .collect(),
                    )
                }
                ObjType::List => Object::List(
                    doc.list_range(&obj, ..)
                        .map(|item| {
                            let id = item.id();
                            slot(item.value, id)
                        })
                        .collect(),
                ),
                ObjType::Text => Object::Text(
                    doc.text(&obj)
                        .map_err(|err| SnapshotError::Unreadable(err.to_string()))?,
                ),
            };
            objects.push(object);
        }
        Ok(Self { objects })
    }

    /// Decodes a collection's stored values, checking them (see
    /// [`Tree::parents`]): a tree that fails is never read.
    pub(super) fn decode(bytes: &[u8]) -> Result<Self, SnapshotError> {
        let tree: Self = postcard::from_bytes(bytes)
            .map_err(|err| SnapshotError::Undecodable(err.to_string()))?;
        tree.parents()?;
        Ok(tree)
    }

    /// The keys of the first map: a collection's record ids.
    pub(super) fn root_keys(&self) -> &[(String, Slot)] {
        match self.objects.first() {
            Some(Object::Map(entries)) => entries,
            _ => &[],
        }
    }

    pub(super) fn encode(&self) -> Vec<u8> {
        postcard::to_allocvec(self).expect("a tree always encodes")
    }

    /// Each object's parent and where in it the object is (`None` for the
    /// first), checking that the objects form one tree: it starts with a
    /// map, each other object is the value of exactly one entry, which
    /// comes before it (so reading cannot loop), and every map's keys are
    /// in order (so a key can be looked up by halves).
    pub(super) fn parents(&self) -> Result<Vec<Option<(u32, usize)>>, SnapshotError> {
        if !matches!(self.objects.first(), Some(Object::Map(_))) {
            return Err(SnapshotError::NotATree);
        }
        let mut parents = vec![None; self.objects.len()];
        for (index, object) in self.objects.iter().enumerate() {
            let slots: Box<dyn Iterator<Item = &Slot>> = match object {
                Object::Map(entries) => {
                    if entries.windows(2).any(|pair| pair[0].0 >= pair[1].0) {
                        return Err(SnapshotError::KeysOutOfOrder);
                    }
                    Box::new(entries.iter().map(|(_, slot)| slot))
                }
                Object::List(items) => Box::new(items.iter()),
                Object::Text(_) => Box::new(std::iter::empty()),
            };
            for (at, slot) in slots.enumerate() {
                let Slot::Object(child) = *slot else { continue };
                let child_at = child as usize;
                if child_at <= index || child_at >= parents.len() || parents[child_at].is_some() {
                    return Err(SnapshotError::NotATree);
                }
                parents[child_at] = Some((index as u32, at));
            }
        }
        if parents.iter().skip(1).any(Option::is_none) {
            return Err(SnapshotError::NotATree);
        }
        Ok(parents)
    }
}

impl Object {
    pub(super) fn kind(&self) -> ObjType {
        match self {
            Object::Map(_) => ObjType::Map,
            Object::List(_) => ObjType::List,
            Object::Text(_) => ObjType::Text,
        }
    }
}

impl From<automerge::ScalarValueRef<'_>> for Scalar {
    fn from(value: automerge::ScalarValueRef<'_>) -> Self {
        use automerge::ScalarValueRef as Ref;
        match value {
            Ref::Str(text) => Scalar::Str(text.into_owned()),
            Ref::Int(n) => Scalar::Int(n),
            Ref::Uint(n) => Scalar::Uint(n),
            Ref::F64(n) => Scalar::F64(n),
            Ref::Counter(n) => Scalar::Counter(n),
            Ref::Timestamp(n) => Scalar::Timestamp(n),
            Ref::Boolean(b) => Scalar::Boolean(b),
            Ref::Bytes(bytes) => Scalar::Bytes(ByteBuf::from(bytes.into_owned())),
            Ref::Null => Scalar::Null,
            Ref::Unknown { type_code, bytes } => Scalar::Unknown {
                type_code,
                bytes: ByteBuf::from(bytes.into_owned()),
            },
        }
    }
}

impl Scalar {
    /// The value as Automerge's borrowed scalar, for a range's items.
    pub(super) fn as_ref(&self) -> automerge::ScalarValueRef<'_> {
        use automerge::ScalarValueRef as Ref;
        match self {
            Scalar::Str(text) => Ref::Str(Cow::Borrowed(text)),
            Scalar::Int(n) => Ref::Int(*n),
            Scalar::Uint(n) => Ref::Uint(*n),
            Scalar::F64(n) => Ref::F64(*n),
            Scalar::Counter(n) => Ref::Counter(*n),
            Scalar::Timestamp(n) => Ref::Timestamp(*n),
            Scalar::Boolean(b) => Ref::Boolean(*b),
            Scalar::Bytes(bytes) => Ref::Bytes(Cow::Borrowed(bytes)),
            Scalar::Null => Ref::Null,
            Scalar::Unknown { type_code, bytes } => Ref::Unknown {
                type_code: *type_code,
                bytes: Cow::Borrowed(bytes),
            },
        }
    }
}
