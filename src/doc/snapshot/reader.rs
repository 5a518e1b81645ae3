//! autosurgeon's reads answered from one collection of a snapshot, so that
//! a record hydrates from a snapshot through the same `Hydrate` as from the
//! document.
//!
//! A snapshot's objects have no Automerge ids, so the reader makes them up:
//! object `n` of the tree is op `n` of an actor no document has. An id it
//! did not make (from the document, say) is refused, never read as some
//! other object.

use std::borrow::Cow;
use std::ops::{Bound, RangeBounds};

use automerge::iter::{ListRange, MapRange};
use automerge::{
    ActorId, AutomergeError, ChangeHash, ObjId, ObjType, Parent, Prop, Value, ValueRef, ROOT,
};
use autosurgeon::ReadDoc;

use super::tree::{Object, Slot, Tree};

/// The actor of the ids the reader makes up.
pub(super) const SNAPSHOT_ACTOR: &[u8] = b"handover-snapshot";

/// A read-only view of one collection of a snapshot with autosurgeon's
/// reads.
pub struct SnapshotReader<'a> {
    tree: &'a Tree,
    heads: &'a [ChangeHash],
    actor: ActorId,
}

impl<'a> SnapshotReader<'a> {
    pub(super) fn new(tree: &'a Tree, heads: &'a [ChangeHash]) -> Self {
        Self {
            tree,
            heads,
            actor: ActorId::from(SNAPSHOT_ACTOR),
        }
    }

    /// The id of the collection's map.
    pub fn collection(&self) -> ObjId {
        self.id_of(0)
    }

    /// The ids of the collection's records from `from` on, in key order.
    pub fn records_from(&self, from: Bound<String>) -> impl Iterator<Item = &'a str> {
        let entries = self.tree.root_keys();
        let start = match &from {
            Bound::Included(key) => entries.partition_point(|(probe, _)| probe < key),
            Bound::Excluded(key) => entries.partition_point(|(probe, _)| probe <= key),
            Bound::Unbounded => 0,
        };
        entries[start..].iter().map(|(key, _)| key.as_str())
    }

    fn id_of(&self, index: usize) -> ObjId {
        ObjId::Id(index as u64, self.actor.clone(), 0)
    }

    fn index_of(&self, obj: &ObjId) -> Option<usize> {
        let index = match obj {
            ObjId::Id(n, actor, _) if *actor == self.actor => usize::try_from(*n).ok()?,
            _ => return None,
        };
        (index < self.tree.objects.len()).then_some(index)
    }

    fn object(&self, obj: &ObjId) -> Result<&'a Object, AutomergeError> {
        self.index_of(obj)
            .map(|index| &self.tree.objects[index])
            .ok_or_else(|| AutomergeError::InvalidObjId(format!("{obj} is not in the snapshot")))
    }

    /// A slot as a range item's value and id.
    fn item(&self, slot: &'a Slot) -> (ValueRef<'a>, ObjId) {
        match slot {
            Slot::Object(child) => {
                let child = *child as usize;
                (
                    ValueRef::Object(self.tree.objects[child].kind()),
                    self.id_of(child),
                )
            }
            // A scalar's id names no object; autosurgeon never reads one.
            Slot::Scalar(scalar) => (ValueRef::Scalar(scalar.as_ref()), ROOT),
        }
    }

    /// A slot as `get` answers it.
    fn value(&self, slot: &'a Slot) -> (Value<'static>, ObjId) {
        let (value, id) = self.item(slot);
        (value.into_value(), id)
    }
}

/// Whether `key` is inside `range`, without copying it to compare.
fn in_range(range: &impl RangeBounds<String>, key: &str) -> bool {
    let above_start = match range.start_bound() {
        Bound::Included(start) => key >= start.as_str(),
        Bound::Excluded(start) => key > start.as_str(),
        Bound::Unbounded => true,
    };
    let below_end = match range.end_bound() {
        Bound::Included(end) => key <= end.as_str(),
        Bound::Excluded(end) => key < end.as_str(),
        Bound::Unbounded => true,
    };
    above_start && below_end
}

impl ReadDoc for SnapshotReader<'_> {
    type Parents<'b>
        = std::vec::IntoIter<Parent>
    where
        Self: 'b;

    fn get_heads(&self) -> Vec<ChangeHash> {
        self.heads.to_vec()
    }

    fn get<P: Into<Prop>>(
        &self,
        obj: &ObjId,
        prop: P,
    ) -> Result<Option<(Value<'_>, ObjId)>, AutomergeError> {
        let slot = match (self.object(obj)?, prop.into()) {
            (Object::Map(entries), Prop::Map(key)) => entries
                .binary_search_by(|(probe, _)| probe.as_str().cmp(&key))
                .ok()
                .map(|at| &entries[at].1),
            (Object::List(items), Prop::Seq(at)) => items.get(at),
            (Object::Text(text), Prop::Seq(at)) => {
                return Ok(text.chars().nth(at).map(|c| {
                    let value = Value::Scalar(Cow::Owned(c.to_string().into()));
                    (value, ROOT)
                }))
            }
            _ => None,
        };
        Ok(slot.map(|slot| self.value(slot)))
    }

    fn object_type<O: AsRef<ObjId>>(&self, obj: O) -> Option<ObjType> {
        self.object(obj.as_ref()).ok().map(Object::kind)
    }

    fn map_range<'b, O, R>(&'b self, obj: O, range: R) -> MapRange<'b>
    where
        R: RangeBounds<String> + 'b,
        O: AsRef<ObjId>,
    {
        let Ok(Object::Map(entries)) = self.object(obj.as_ref()) else {
            return MapRange::listed(Vec::new());
        };
        MapRange::listed(entries.iter().filter(|(key, _)| in_range(&range, key)).map(
            |(key, slot)| {
                let (value, id) = self.item(slot);
                (Cow::Borrowed(key.as_str()), value, id)
            },
        ))
    }

    fn list_range<O: AsRef<ObjId>, R: RangeBounds<usize>>(
        &self,
        obj: O,
        range: R,
    ) -> ListRange<'_> {
        let Ok(Object::List(items)) = self.object(obj.as_ref()) else {
            return ListRange::listed(Vec::new());
        };
        ListRange::listed(
            items
                .iter()
                .enumerate()
                .filter(|(at, _)| range.contains(at))
                .map(|(at, slot)| {
                    let (value, id) = self.item(slot);
                    (at, value, id)
                }),
        )
    }

    /// A text's length in code points, as Automerge counts by default.
    fn length<O: AsRef<ObjId>>(&self, obj: O) -> usize {
        match self.object(obj.as_ref()) {
            Ok(Object::Map(entries)) => entries.len(),
            Ok(Object::List(items)) => items.len(),
            Ok(Object::Text(text)) => text.chars().count(),
            Err(_) => 0,
        }
    }

    fn text<O: AsRef<ObjId>>(&self, obj: O) -> Result<String, AutomergeError> {
        match self.object(obj.as_ref())? {
            Object::Text(text) => Ok(text.clone()),
            other => Err(AutomergeError::InvalidOp(other.kind())),
        }
    }

    /// The path from `obj` up to the collection's map (which the snapshot
    /// holds no parent of). Found by looking at every object, which is fine
    /// for the rare caller: hydrating records never asks.
    fn parents<O: AsRef<ObjId>>(&self, obj: O) -> Result<Self::Parents<'_>, AutomergeError> {
        let mut index = self
            .index_of(obj.as_ref())
            .ok_or_else(|| AutomergeError::InvalidObjId(obj.as_ref().to_string()))?;
        let parents = self
            .tree
            .parents()
            .map_err(|err| AutomergeError::InvalidObjId(err.to_string()))?;
        let mut path = Vec::new();
        while let Some((parent, at)) = parents[index] {
            let parent = parent as usize;
            let prop = match &self.tree.objects[parent] {
                Object::Map(entries) => Prop::Map(entries[at].0.clone()),
                _ => Prop::Seq(at),
            };
            path.push(Parent {
                obj: self.id_of(parent),
                typ: self.tree.objects[parent].kind(),
                prop,
                visible: true,
            });
            index = parent;
        }
        Ok(path.into_iter())
    }

    fn is_empty(&self) -> bool {
        matches!(&self.tree.objects[0], Object::Map(entries) if entries.is_empty())
    }
}
