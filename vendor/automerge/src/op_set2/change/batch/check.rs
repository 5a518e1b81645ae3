//! A batch of changes, checked against the document before any of it is
//! applied.
//!
//! Applying a batch assumes what every change Automerge writes satisfies:
//! each actor a change names is known, each object and list element an op
//! names exists, a map op names a key and a list op an element, and no op
//! id is used twice. A change that breaks one of these made `apply` panic
//! deep inside (or, worse, was taken and made the document unsaveable), and
//! a peer that recomputes a change's checksum can send one. Checked here
//! first, it is refused while the document is still untouched.
//!
//! Op ids are compared in the actor numbering the document will have once
//! the batch's new actors are in (`Actors`), so ids from the document and
//! from the batch mean the same thing.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};

use super::super::{build_change, BuildChangeMetadata};
use crate::op_set2::op::OpBuilder;
use crate::op_set2::types::{Action, KeyRef};
use crate::types::{ActorId, ElemId, ObjId, ObjType, OpId};
use crate::{Automerge, AutomergeError, Change, ChangeHash, ScalarValue};

/// Refuses `changes` (in the order they would be applied) when applying
/// them to `doc` would go wrong.
pub(super) fn check_batch(doc: &Automerge, changes: &[Change]) -> Result<(), AutomergeError> {
    let actors = Actors::new(doc, changes);
    let mut batch = Batch::default();
    for change in changes {
        batch.add(doc, &actors, change)?;
    }
    batch.resolve_in(doc, &actors)?;
    batch.check_marks(doc, &actors)
}

/// Whether `change` is byte for byte what Automerge writes for `ops` (its
/// ops as the document will hold them). The document writes a change again
/// from its ops when it saves or sends it; a change written any other way
/// would get another hash then, and the saved document would not load.
///
/// That code writes some things as it is given them, where Automerge only
/// ever gives them one way: dependencies and overwritten ops in ascending
/// order, no value on an op that makes an object or deletes, and mark
/// fields only on marks. Those are checked here; the rest is the change
/// written again by that code (`build_change`) and compared.
fn written_as_automerge_writes(
    change: &Change,
    author: usize,
    mut ops: Vec<OpBuilder<'static>>,
    actors: &Actors,
) -> bool {
    let ascending_deps = change.deps().windows(2).all(|w| w[0] < w[1]);
    let fields_fit = ops.iter().all(|op| {
        let carries_value = !(ObjType::try_from(op.action).is_ok() || op.action == Action::Delete);
        let is_mark = op.action == Action::Mark;
        (carries_value || op.value == crate::op_set2::types::ScalarValue::Null)
            && (is_mark || (!op.expand && op.mark_name.is_none()))
    });
    if !ascending_deps || !fields_fit {
        return false;
    }
    for op in &mut ops {
        op.pred.sort_unstable();
    }
    let start_op = change.start_op().get();
    let meta = BuildChangeMetadata {
        actor: author,
        seq: change.seq(),
        max_op: start_op + change.len() as u64 - 1,
        timestamp: change.timestamp(),
        message: change.message().map(Cow::Borrowed),
        deps: (0..change.deps().len() as u64).collect(),
        extra: Cow::Borrowed(change.extra_bytes()),
        start_op,
        builder: 0,
    };
    build_change(&ops, &meta, change.deps(), &actors.all).bytes() == change.raw_bytes()
}

fn refuse(change: &Change, why: &str) -> AutomergeError {
    invalid(change.hash(), why)
}

/// The document's actors and those the batch adds, numbered as they will be.
struct Actors {
    all: Vec<ActorId>,
    /// Where each of the document's actors will be.
    from_doc: Vec<usize>,
}

impl Actors {
    fn new(doc: &Automerge, changes: &[Change]) -> Self {
        let mut all = doc.ops().actors.clone();
        all.extend(
            changes
                .iter()
                .filter(|c| c.seq() == 1)
                .map(|c| c.actor_id().clone()),
        );
        all.sort();
        all.dedup();
        let from_doc = doc
            .ops()
            .actors
            .iter()
            .map(|a| all.binary_search(a).unwrap_or_default())
            .collect();
        Actors { all, from_doc }
    }

    fn index(&self, actor: &ActorId) -> Option<usize> {
        self.all.binary_search(actor).ok()
    }

    fn op_from_doc(&self, id: OpId) -> OpId {
        OpId::new(id.counter(), self.from_doc[id.actor()])
    }

    /// The document's id for `id`, if the document can hold it at all.
    fn op_in_doc(&self, doc: &Automerge, id: OpId) -> Option<OpId> {
        let actor = doc.ops().lookup_actor(&self.all[id.actor()])?;
        Some(OpId::new(id.counter(), actor))
    }

    fn obj_in_doc(&self, doc: &Automerge, obj: ObjId) -> Option<ObjId> {
        if obj.is_root() {
            return Some(obj);
        }
        Some(ObjId(self.op_in_doc(doc, obj.0)?))
    }
}

/// Where an op sits in its object: under a map key, or at a list element
/// (an insert sits at its own id).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Slot {
    Key(String),
    Elem(OpId),
}

/// Something an op of the batch names that only the document can hold:
/// an element of `obj` (when `slot` is `None`), or an op at `slot` of `obj`
/// for the op to overwrite.
struct Wanted {
    id: OpId,
    obj: ObjId,
    slot: Option<Slot>,
    change: ChangeHash,
}

#[derive(Default)]
struct Batch {
    objects: HashMap<OpId, ObjType>,
    /// Each op of the batch: its object and slot.
    ops: HashMap<OpId, (ObjId, Slot)>,
    /// The last op id each actor used in the batch.
    last_op: HashMap<usize, u64>,
    /// The largest op id of each change of the batch.
    max_op_by_hash: HashMap<ChangeHash, u64>,
    wanted: Vec<Wanted>,
    /// Each element the batch inserts: its list or text, its id and the
    /// element it follows.
    inserts: Vec<(ObjId, OpId, OpId)>,
    /// The marks the batch begins, with their text.
    mark_begins: HashMap<OpId, ObjId>,
    mark_ends: Vec<MarkEnd>,
}

/// The end of a mark, an element of its text.
struct MarkEnd {
    id: OpId,
    text: ObjId,
    /// The element it follows.
    after: OpId,
    change: ChangeHash,
}

impl Batch {
    fn add(
        &mut self,
        doc: &Automerge,
        actors: &Actors,
        change: &Change,
    ) -> Result<(), AutomergeError> {
        let map = change
            .actors()
            .map(|a| actors.index(a))
            .collect::<Option<Vec<_>>>()
            .ok_or_else(|| refuse(change, "it names an actor that no change introduced"))?;
        let author = map[0];
        let start = change.start_op().get();
        let end = start + change.len() as u64;
        if u32::try_from(end).is_err() {
            return Err(refuse(change, "its op ids are too large"));
        }
        if start <= self.last_op_of(doc, actors, author) {
            return Err(refuse(change, "it reuses op ids its actor already used"));
        }
        // Automerge numbers a change's ops after the largest op id of the
        // changes it depends on (right after it, unless the change was made
        // in isolation), and a saved document keeps only where each change
        // ends: an empty change numbered with a gap, or one reusing numbers
        // below it, would not load once saved.
        let mut follows = 0;
        for dep in change.deps() {
            let max_op = self
                .max_op_by_hash
                .get(dep)
                .copied()
                .or_else(|| doc.change_graph.max_op_of(dep))
                .ok_or_else(|| refuse(change, "it depends on a change that is not there"))?;
            follows = follows.max(max_op);
        }
        if start <= follows || (change.len() == 0 && start != follows + 1) {
            return Err(refuse(
                change,
                "its op ids do not follow those of the changes it depends on",
            ));
        }
        self.max_op_by_hash.insert(change.hash(), end - 1);
        if change.len() > 0 {
            self.last_op.insert(author, end - 1);
        }
        let mut written = Vec::with_capacity(change.len());
        for (i, op) in change.try_iter_ops().enumerate() {
            let op = op.map_err(|_| refuse(change, "its ops do not decode"))?;
            let id = OpId::new(start + i as u64, author);
            let obj = op.obj.map(&map)?;
            let key = op.key.map(&map)?;
            let action =
                Action::try_from(op.action).map_err(|_| refuse(change, "unknown action"))?;
            if action == Action::Increment
                && !matches!(op.val, ScalarValue::Int(_) | ScalarValue::Uint(_))
            {
                return Err(refuse(change, "it increments by something not a number"));
            }
            let pred = op
                .pred
                .iter()
                .map(|p| p.map(&map))
                .collect::<Result<Vec<_>, _>>()?;
            let obj_type = self
                .object_type(doc, actors, obj)
                .ok_or_else(|| refuse(change, "it acts on an object that does not exist"))?;
            if action == Action::Mark && (obj_type != ObjType::Text || !op.insert) {
                return Err(refuse(change, "it marks something other than text"));
            }
            let slot = match (&key, obj_type.is_sequence()) {
                (KeyRef::Map(name), false) if !op.insert => Slot::Key(name.to_string()),
                (KeyRef::Seq(elem), true) => {
                    if !elem.is_head() {
                        self.want(change, elem.0, obj, None)?;
                    }
                    if op.insert {
                        Slot::Elem(id)
                    } else if elem.is_head() {
                        return Err(refuse(change, "it acts on the start of a list"));
                    } else {
                        Slot::Elem(elem.0)
                    }
                }
                _ => return Err(refuse(change, "its key does not fit its object")),
            };
            if op.insert && !pred.is_empty() {
                return Err(refuse(change, "an insert overwrites nothing"));
            }
            if let (true, KeyRef::Seq(after)) = (op.insert, &key) {
                self.inserts.push((obj, id, after.0));
                if action == Action::Mark && op.mark_name.is_some() {
                    self.mark_begins.insert(id, obj);
                } else if action == Action::Mark {
                    self.mark_ends.push(MarkEnd {
                        id,
                        text: obj,
                        after: after.0,
                        change: change.hash(),
                    });
                }
            }
            // A document keeps a delete only as the end of what it deletes:
            // one that deletes nothing would be lost, and the change with it.
            if action == Action::Delete && pred.is_empty() {
                return Err(refuse(change, "it deletes nothing"));
            }
            for &p in &pred {
                self.want(change, p, obj, Some(slot.clone()))?;
            }
            if let Ok(made) = ObjType::try_from(action) {
                self.objects.insert(id, made);
            }
            self.ops.insert(id, (obj, slot));
            written.push(OpBuilder {
                id,
                obj,
                action,
                key,
                value: op.val.into_ref(),
                insert: op.insert,
                expand: op.expand,
                mark_name: op.mark_name.map(String::from).map(Cow::Owned),
                pred,
            });
        }
        if !written_as_automerge_writes(change, author, written, actors) {
            return Err(refuse(change, "it is not written as Automerge writes it"));
        }
        Ok(())
    }

    fn last_op_of(&self, doc: &Automerge, actors: &Actors, actor: usize) -> u64 {
        self.last_op.get(&actor).copied().unwrap_or_else(|| {
            doc.ops()
                .lookup_actor(&actors.all[actor])
                .map_or(0, |a| doc.change_graph.max_op_for_actor(a))
        })
    }

    fn object_type(&self, doc: &Automerge, actors: &Actors, obj: ObjId) -> Option<ObjType> {
        if obj.is_root() {
            return Some(ObjType::Map);
        }
        if let Some(made) = self.objects.get(&obj.0) {
            return Some(*made);
        }
        doc.ops().object_type(&actors.obj_in_doc(doc, obj)?)
    }

    /// `id` as an element of `obj` (`slot` `None`) or an op at `slot`.
    fn want(
        &mut self,
        change: &Change,
        id: OpId,
        obj: ObjId,
        slot: Option<Slot>,
    ) -> Result<(), AutomergeError> {
        match self.ops.get(&id) {
            Some(found) if found.0 == obj && slot.as_ref().is_none_or(|s| *s == found.1) => Ok(()),
            Some(_) => Err(refuse(change, "it names an op somewhere else")),
            None => {
                self.wanted.push(Wanted {
                    id,
                    obj,
                    slot,
                    change: change.hash(),
                });
                Ok(())
            }
        }
    }

    /// Finds in the document each op the batch names but does not hold: an
    /// op under a map key among that key's ops, the rest in one walk of
    /// each list or text they name.
    fn resolve_in(&mut self, doc: &Automerge, actors: &Actors) -> Result<(), AutomergeError> {
        let mut in_lists: BTreeMap<ObjId, Vec<Wanted>> = BTreeMap::new();
        for wanted in std::mem::take(&mut self.wanted) {
            let (Some(obj), Some(id)) = (
                actors.obj_in_doc(doc, wanted.obj),
                actors.op_in_doc(doc, wanted.id),
            ) else {
                return Err(wanted.missing());
            };
            match &wanted.slot {
                Some(Slot::Key(key)) => {
                    let range = doc.ops().prop_range(&obj, key);
                    if !doc.ops().iter_range(&range).any(|op| op.id == id) {
                        return Err(wanted.missing());
                    }
                }
                _ => in_lists.entry(obj).or_default().push(wanted),
            }
        }
        for (obj, mut wanted) in in_lists {
            // A list's ops come in its order: each element's insert, then
            // the ops that act on that element. Only ids and insert flags
            // are read, not whole ops.
            let range = doc.ops().scope_to_obj(&obj);
            let ids = doc.ops().id_iter_range(&range);
            let mut element = ElemId::head().0;
            for (id, insert) in ids.zip(doc.ops().insert_iter_range(&range)) {
                let id = actors.op_from_doc(id);
                if insert {
                    element = id;
                }
                wanted.retain(|w| {
                    w.id != id
                        || w.slot
                            .as_ref()
                            .map_or(!insert, |s| *s != Slot::Elem(element))
                });
                if wanted.is_empty() {
                    break;
                }
            }
            if let Some(wanted) = wanted.first() {
                return Err(wanted.missing());
            }
        }
        Ok(())
    }
}

impl Batch {
    /// Refuses a mark whose end is not right after its begin in the change
    /// or would sort before it in the text. Automerge writes a mark as its
    /// begin and then its end, placed after the begin, and a document whose
    /// mark ends before it begins does not load.
    fn check_marks(&self, doc: &Automerge, actors: &Actors) -> Result<(), AutomergeError> {
        let mut texts: HashMap<ObjId, Elements> = HashMap::new();
        for end in &self.mark_ends {
            let begin = end.id.prev();
            if self.mark_begins.get(&begin) != Some(&end.text) {
                return Err(invalid(end.change, "it ends a mark it did not begin"));
            }
            if end.after == begin {
                continue;
            }
            let elements = texts
                .entry(end.text)
                .or_insert_with(|| self.elements_of(doc, actors, end.text));
            if elements.precedes(begin, end.id) != Some(true) {
                return Err(invalid(end.change, "it ends a mark before the mark begins"));
            }
        }
        Ok(())
    }

    /// Every element of `obj`, in the document and inserted by the batch.
    fn elements_of(&self, doc: &Automerge, actors: &Actors, obj: ObjId) -> Elements {
        let mut after = HashMap::new();
        if let Some(in_doc) = actors.obj_in_doc(doc, obj) {
            let range = doc.ops().scope_to_obj(&in_doc);
            for op in doc.ops().iter_range(&range).filter(|op| op.insert) {
                if let KeyRef::Seq(elem) = op.key {
                    let parent = if elem.is_head() {
                        elem.0
                    } else {
                        actors.op_from_doc(elem.0)
                    };
                    after.insert(actors.op_from_doc(op.id), parent);
                }
            }
        }
        let inserted = self.inserts.iter().filter(|(o, ..)| *o == obj);
        after.extend(inserted.map(|&(_, id, elem)| (id, elem)));
        Elements { after }
    }
}

/// The elements of a list or text as a tree: each under the element it was
/// inserted after, the head at the root. The sequence is this tree walked
/// depth first, each element's later siblings (higher op ids) first.
struct Elements {
    after: HashMap<OpId, OpId>,
}

impl Elements {
    /// The head, the elements under it down to `id`, and `id`; `None`
    /// when one is missing.
    fn path_to(&self, mut id: OpId) -> Option<Vec<OpId>> {
        let head = ElemId::head().0;
        let mut path = vec![id];
        while id != head {
            id = *self.after.get(&id)?;
            path.push(id);
            if path.len() > self.after.len() + 1 {
                return None;
            }
        }
        path.reverse();
        Some(path)
    }

    /// Whether element `a` comes before element `b` (`None` when either is
    /// not there).
    fn precedes(&self, a: OpId, b: OpId) -> Option<bool> {
        let (a, b) = (self.path_to(a)?, self.path_to(b)?);
        let shared = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
        Some(match (a.get(shared), b.get(shared)) {
            // `a` is `b` or one of the elements it was inserted under.
            (None, _) => true,
            (_, None) => false,
            (Some(x), Some(y)) => x > y,
        })
    }
}

impl Wanted {
    fn missing(&self) -> AutomergeError {
        let why = match self.slot {
            None => "it names a list element that does not exist",
            Some(_) => "it overwrites an op that is not there",
        };
        invalid(self.change, why)
    }
}

fn invalid(hash: ChangeHash, why: &str) -> AutomergeError {
    AutomergeError::InvalidChange {
        hash,
        reason: why.to_string(),
    }
}
