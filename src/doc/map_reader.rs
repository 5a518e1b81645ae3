//! Fast reading of many records at once.
//!
//! autosurgeon hydrates a struct with one `get` per field, and each `get`
//! searches the object's operations again. Reading a whole collection that
//! way costs about ten searches per record: with ten thousand tasks that is
//! seconds, the largest part of opening a busy workspace. [`MapReader`] reads
//! each map once with `map_range` (one pass over its operations) and answers
//! every later `get` of that map from what it read.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::RangeBounds;
use std::rc::Rc;

use automerge::iter::MapRangeItem;
use automerge::{self as am, Automerge, AutomergeError, ObjId, Prop, Value, ValueRef};
use autosurgeon::ReadDoc;

/// The entries of one map as `map_range` reads them, in key order, still
/// borrowing the document: a lookup is a binary search, and a key or a text
/// value is copied only when a field is read. (A hash map of owned copies
/// spent more time hashing, allocating and freeing than reading.)
pub(crate) struct Entries<'a>(Vec<(Cow<'a, str>, ValueRef<'a>, ObjId)>);

impl<'a> Entries<'a> {
    /// Collects `items`, which `map_range` yields in key order: Automerge
    /// orders a map's keys as Rust orders strings, byte by byte (which
    /// `finds_every_key_of_a_map` holds it to, with keys of every kind).
    pub(crate) fn read(items: impl Iterator<Item = MapRangeItem<'a>>) -> Self {
        Self(
            items
                .map(|item| {
                    let id = item.id();
                    (item.key, item.value, id)
                })
                .collect(),
        )
    }

    /// The keys, in order.
    pub(crate) fn keys(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(key, _, _)| key.as_ref())
    }

    fn get(&self, key: &str) -> Option<(Value<'static>, ObjId)> {
        let at = self
            .0
            .binary_search_by(|(probe, _, _)| probe.as_ref().cmp(key))
            .ok()?;
        let (_, value, id) = &self.0[at];
        Some((value.clone().into_value(), id.clone()))
    }
}

/// A read-only view of a document for hydrating many records; it remembers
/// every map it has read, so it must not outlive a change to the document
/// (it borrows the document, which the borrow checker enforces).
pub(crate) struct MapReader<'a, D = Automerge> {
    doc: &'a D,
    maps: RefCell<HashMap<ObjId, Rc<Entries<'a>>>>,
}

impl<'a, D: am::ReadDoc> MapReader<'a, D> {
    pub(crate) fn new(doc: &'a D) -> Self {
        Self {
            doc,
            maps: RefCell::default(),
        }
    }

    /// A reader that already knows these `entries` of map `obj`: a page of
    /// a collection, read with `map_range` over just that page.
    pub(crate) fn knowing(doc: &'a D, obj: ObjId, entries: Entries<'a>) -> Self {
        let reader = Self::new(doc);
        reader.maps.borrow_mut().insert(obj, Rc::new(entries));
        reader
    }

    /// A reader for hydrating record `id` of the collection map `obj`, or
    /// `None` when there is no such record. A record with maps inside it
    /// (a task's comments, a meeting's attendees) is read a map at a time
    /// rather than a field at a time: a task with a hundred comments reads
    /// in a quarter of the time.
    pub(crate) fn for_record(
        doc: &'a D,
        obj: &ObjId,
        id: &str,
    ) -> Result<Option<Self>, AutomergeError> {
        let key = id.to_string();
        let record = Entries::read(am::ReadDoc::map_range(doc, obj, key.clone()..=key));
        if record.0.is_empty() {
            return Ok(None);
        }
        Ok(Some(Self::knowing(doc, obj.clone(), record)))
    }

    fn entries(&self, obj: &ObjId) -> Rc<Entries<'a>> {
        if let Some(entries) = self.maps.borrow().get(obj) {
            return entries.clone();
        }
        let entries = Rc::new(Entries::read(am::ReadDoc::map_range(self.doc, obj, ..)));
        self.maps.borrow_mut().insert(obj.clone(), entries.clone());
        entries
    }
}

impl<D: am::ReadDoc + ReadDoc> ReadDoc for MapReader<'_, D> {
    type Parents<'b>
        = am::Parents<'b>
    where
        Self: 'b;

    fn get_heads(&self) -> Vec<am::ChangeHash> {
        ReadDoc::get_heads(self.doc)
    }

    fn get<P: Into<Prop>>(
        &self,
        obj: &ObjId,
        prop: P,
    ) -> Result<Option<(Value<'_>, ObjId)>, AutomergeError> {
        match prop.into() {
            Prop::Map(key) => Ok(self.entries(obj).get(&key)),
            prop => am::ReadDoc::get(self.doc, obj, prop),
        }
    }

    fn object_type<O: AsRef<ObjId>>(&self, obj: O) -> Option<am::ObjType> {
        am::ReadDoc::object_type(self.doc, obj).ok()
    }

    fn map_range<'b, O, R>(&'b self, obj: O, range: R) -> am::iter::MapRange<'b>
    where
        R: RangeBounds<String> + 'b,
        O: AsRef<ObjId>,
    {
        am::ReadDoc::map_range(self.doc, obj, range)
    }

    fn list_range<O: AsRef<ObjId>, R: RangeBounds<usize>>(
        &self,
        obj: O,
        range: R,
    ) -> am::iter::ListRange<'_> {
        am::ReadDoc::list_range(self.doc, obj, range)
    }

    fn length<O: AsRef<ObjId>>(&self, obj: O) -> usize {
        am::ReadDoc::length(self.doc, obj)
    }

    fn text<O: AsRef<ObjId>>(&self, obj: O) -> Result<String, AutomergeError> {
        am::ReadDoc::text(self.doc, obj)
    }

    fn parents<O: AsRef<ObjId>>(&self, obj: O) -> Result<Self::Parents<'_>, AutomergeError> {
        am::ReadDoc::parents(self.doc, obj)
    }

    fn is_empty(&self) -> bool {
        am::ReadDoc::keys(self.doc, am::ROOT).next().is_none()
    }
}

#[cfg(test)]
mod tests {
    use automerge::ActorId;

    use crate::doc::{ChangeMeta, DocKind, Document, DocumentId};
    use crate::domain::action::Action;
    use crate::domain::tasks::{add_comment, create_task, Known, Task, TaskInput};

    fn write_task(doc: &mut Document, by: &str, title: &str, comments: usize) -> String {
        let input = TaskInput {
            title: title.into(),
            ..TaskInput::default()
        };
        let known = Known {
            assignee: |_: &str| true,
            client: |_: &str| true,
        };
        let mut task = create_task(&input, &known, by, 1_000).expect("a valid task");
        for n in 0..comments {
            add_comment(&mut task, &format!("note {n}"), by, 2_000 + n as i64).expect("a comment");
        }
        let id = task.id.clone();
        let meta = ChangeMeta::new(by, Action::TaskCreate, title);
        doc.change(&meta, 1_000, |w| w.put(&id, &task))
            .expect("written");
        id
    }

    /// Inside a change, a record reads as the change has left it so far.
    #[test]
    fn a_change_reads_its_own_writes() {
        let mut doc = Document::create(DocumentId::random(), DocKind::Team);
        let id = write_task(&mut doc, "ceo", "Before", 2);
        let meta = ChangeMeta::new("ceo", Action::TaskEdit, &id);
        doc.change(&meta, 3_000, |w| {
            let mut task: Task = w.get::<Task>(&id)?.expect("the task");
            assert_eq!(task.comments.len(), 2);
            task.title = "After".into();
            add_comment(&mut task, "third", "ceo", 3_000).expect("a comment");
            w.put(&id, &task)?;
            assert_eq!(w.get::<Task>(&id)?, Some(task));
            w.remove::<Task>(&id)?;
            assert_eq!(w.get::<Task>(&id)?, None);
            assert_eq!(w.get::<Task>("no-such-task")?, None);
            Ok(())
        })
        .expect("changed");
    }

    /// Every key of a map is found, whatever its characters: the reader's
    /// binary search relies on `map_range`'s order being Rust's.
    #[test]
    fn finds_every_key_of_a_map() {
        use automerge::transaction::Transactable;
        let keys = [
            "b", "a", "Z", "é", "ä", "e\u{301}", "日本", "🙂", "", "a b", "10", "9",
        ];
        let mut doc = automerge::AutoCommit::new();
        let map = doc
            .put_object(automerge::ROOT, "map", automerge::ObjType::Map)
            .expect("a map");
        for (n, key) in keys.iter().enumerate() {
            doc.put(&map, *key, n as i64).expect("put");
        }
        let doc = doc.document().clone();
        let reader = super::MapReader::new(&doc);
        let get = |key: &str| autosurgeon::ReadDoc::get(&reader, &map, key).expect("read");
        for (n, key) in keys.iter().enumerate() {
            let (value, _) = get(key).expect("found");
            assert_eq!(value.as_i64(), Some(n as i64), "{key:?}");
        }
        assert_eq!(get("missing"), None);
    }

    /// Every record read through the reader, a page or one record at a
    /// time, equals the record read field by field, including fields two
    /// devices changed at once (where both must pick the same winner).
    #[test]
    fn reads_what_field_by_field_hydration_reads() {
        let mut ceo = Document::create(DocumentId::random(), DocKind::Team);
        let ids: Vec<String> = (0..20)
            .map(|n| write_task(&mut ceo, "ceo", &format!("Task {n}"), n % 4))
            .collect();
        let mut assistant = ceo.clone();
        assistant
            .automerge_mut()
            .set_actor(ActorId::from(b"assistant".as_slice()));
        for (doc, by) in [(&mut ceo, "ceo"), (&mut assistant, "assistant")] {
            for id in ids.iter().step_by(3) {
                let meta = ChangeMeta::new(by, Action::TaskEdit, id);
                doc.change(&meta, 3_000, |w| {
                    let mut task: Task = w.get::<Task>(id)?.expect("the task");
                    task.title = format!("{} by {by}", task.title);
                    add_comment(&mut task, by, by, 3_000).expect("a comment");
                    w.put(id, &task)
                })
                .expect("edited");
            }
        }
        ceo.automerge_mut()
            .merge(assistant.automerge_mut())
            .expect("merged");

        let all = ceo.all::<Task>().expect("readable");
        assert_eq!(all.records.len(), ids.len());
        assert!(all.unreadable.is_empty());
        let (_, tasks) = automerge::ReadDoc::get(ceo.automerge(), automerge::ROOT, "tasks")
            .expect("readable")
            .expect("the tasks");
        for (id, task) in all.records {
            let field_by_field: Task =
                autosurgeon::hydrate_prop(ceo.automerge(), &tasks, id.as_str()).expect("hydrated");
            assert_eq!(task, field_by_field);
            assert_eq!(ceo.get::<Task>(&id).expect("ok"), Some(field_by_field));
        }
    }
}
