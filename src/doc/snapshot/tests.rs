//! A snapshot reads as the document it was made from, and a damaged or
//! forged one is refused rather than read. (Every record type of the busy
//! year is compared in `bench/tests/busy_year.rs`.)

use std::collections::BTreeSet;
use std::ops::Bound;

use automerge::transaction::Transactable;
use automerge::{ActorId, AutoCommit, ObjId, ObjType, ScalarValue, Value, ROOT};
use autosurgeon::ReadDoc;
use proptest::prelude::*;
use serde_bytes::Bytes;
use serde_json::{json, Map as JsonMap, Value as Json};

use super::tree::{Object, Scalar, Slot, Tree};
use super::{Snapshot, SnapshotError, SnapshotInUse, Stored, StoredCollection, FORMAT};
use crate::doc::{Collection, DocError, DocKind, Document, DocumentId, PageSource, Pages, Records};
use crate::domain::crisis::Crisis;
use crate::domain::people::Member;

/// Everything `doc` holds under `obj`, read only through autosurgeon's
/// reads (`get`, `map_range`, `list_range`, `length`, `text`,
/// `object_type`), with each scalar's kind: what a snapshot must answer as
/// the document does.
fn walk(doc: &impl ReadDoc, obj: &ObjId) -> Json {
    let value = |value: Value<'_>, id: ObjId| match value {
        Value::Object(_) => walk(doc, &id),
        Value::Scalar(scalar) => json!(format!("{scalar:?}")),
    };
    match doc.object_type(obj) {
        Some(ObjType::Map | ObjType::Table) => {
            let keys: Vec<String> = doc
                .map_range(obj, ..)
                .map(|item| item.key.into_owned())
                .collect();
            let mut map = JsonMap::new();
            for key in keys {
                let (found, id) = doc.get(obj, key.as_str()).unwrap().unwrap();
                map.insert(key, value(found, id));
            }
            Json::Object(map)
        }
        Some(ObjType::List) => {
            let ranged = doc.list_range(obj, ..).count();
            assert_eq!(ranged, doc.length(obj));
            let items = (0..doc.length(obj))
                .map(|at| {
                    let (found, id) = doc.get(obj, at).unwrap().unwrap();
                    value(found, id)
                })
                .collect();
            Json::Array(items)
        }
        Some(ObjType::Text) => json!({ "text": doc.text(obj).unwrap() }),
        None => json!("not an object"),
    }
}

/// A value to write: a scalar of each kind Automerge has, or an object.
#[derive(Debug, Clone)]
enum Written {
    Scalar(ScalarValue),
    Map(Vec<(String, Written)>),
    List(Vec<Written>),
    Text(String),
}

fn written() -> impl Strategy<Value = Written> {
    let scalar = prop_oneof![
        any::<String>().prop_map(|s| ScalarValue::Str(s.into())),
        any::<i64>().prop_map(ScalarValue::Int),
        any::<u64>().prop_map(ScalarValue::Uint),
        (-1e9..1e9f64).prop_map(ScalarValue::F64),
        any::<i64>().prop_map(ScalarValue::counter),
        any::<i64>().prop_map(ScalarValue::Timestamp),
        any::<bool>().prop_map(ScalarValue::Boolean),
        any::<Vec<u8>>().prop_map(ScalarValue::Bytes),
        Just(ScalarValue::Null),
    ]
    .prop_map(Written::Scalar);
    scalar.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec((any::<String>(), inner.clone()), 0..6).prop_map(Written::Map),
            prop::collection::vec(inner, 0..6).prop_map(Written::List),
            any::<String>().prop_map(Written::Text),
        ]
    })
}

fn put(doc: &mut AutoCommit, obj: &ObjId, key: &str, value: &Written) {
    let child = match value {
        Written::Scalar(scalar) => return doc.put(obj, key, scalar.clone()).unwrap(),
        Written::Map(_) => doc.put_object(obj, key, ObjType::Map).unwrap(),
        Written::List(_) => doc.put_object(obj, key, ObjType::List).unwrap(),
        Written::Text(_) => doc.put_object(obj, key, ObjType::Text).unwrap(),
    };
    fill(doc, &child, value);
}

fn fill(doc: &mut AutoCommit, obj: &ObjId, value: &Written) {
    match value {
        Written::Scalar(_) => {}
        Written::Map(entries) => {
            for (key, value) in entries {
                put(doc, obj, key, value);
            }
        }
        Written::List(items) => {
            for (at, item) in items.iter().enumerate() {
                let child = match item {
                    Written::Scalar(scalar) => {
                        doc.insert(obj, at, scalar.clone()).unwrap();
                        continue;
                    }
                    Written::Map(_) => doc.insert_object(obj, at, ObjType::Map).unwrap(),
                    Written::List(_) => doc.insert_object(obj, at, ObjType::List).unwrap(),
                    Written::Text(_) => doc.insert_object(obj, at, ObjType::Text).unwrap(),
                };
                fill(doc, &child, item);
            }
        }
        Written::Text(text) => doc.splice_text(obj, 0, 0, text).unwrap(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Whatever two devices wrote, concurrently and over each other, a
    /// stored snapshot reads as the document: the same objects, keys,
    /// items, texts and scalars of the same kinds, including which of two
    /// concurrent values won.
    #[test]
    fn a_stored_snapshot_reads_as_the_document(
        first in prop::collection::vec((any::<String>(), written()), 0..8),
        second in prop::collection::vec((any::<String>(), written()), 0..8),
    ) {
        let mut doc = AutoCommit::new().with_actor(ActorId::from(b"first".as_slice()));
        doc.put(ROOT, "kind", DocKind::Team.code()).unwrap();
        fill(&mut doc, &ROOT, &Written::Map(first));
        let mut other = doc.fork().with_actor(ActorId::from(b"second".as_slice()));
        fill(&mut other, &ROOT, &Written::Map(second));
        doc.merge(&mut other).unwrap();
        let doc = doc.document().clone();

        let snapshot = Snapshot::of(&doc).unwrap();
        let stored = Snapshot::decode(snapshot.encoded().to_vec()).unwrap();
        prop_assert_eq!(stored.encoded(), snapshot.encoded());
        prop_assert_eq!(stored.heads().to_vec(), doc.get_heads());
        let mut collections = 0;
        for item in automerge::ReadDoc::map_range(&doc, ROOT, ..) {
            let id = item.id();
            match item.value.into_value() {
                Value::Object(ObjType::Map) => {
                    let reader = stored.reader(&item.key).unwrap().unwrap();
                    prop_assert_eq!(walk(&reader, &reader.collection()), walk(&doc, &id));
                    collections += 1;
                }
                _ => prop_assert!(stored.reader(&item.key).is_none()),
            }
        }
        prop_assert_eq!(stored.collections.len(), collections);
    }

    /// Any bytes at all decode to a snapshot that holds together or to an
    /// error, never to a panic.
    #[test]
    fn any_bytes_decode_or_are_refused(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        if let Ok(snapshot) = Snapshot::decode(bytes.clone()) {
            read_everything(&snapshot);
        }
        if let Ok(tree) = Tree::decode(&bytes) {
            walk(&super::SnapshotReader::new(&tree, &[]), &ObjId::Id(0, ActorId::from(super::reader::SNAPSHOT_ACTOR), 0));
        }
    }
}

/// Reads every collection a snapshot holds that decodes, as a desk would.
fn read_everything(snapshot: &Snapshot) {
    for key in snapshot.collections.keys() {
        if let Some(Ok(reader)) = snapshot.reader(key) {
            walk(&reader, &reader.collection());
        }
    }
    let _ = snapshot.page::<Member>(Bound::Unbounded, usize::MAX);
}

/// A team document with one member, and its snapshot as stored.
fn team_and_snapshot() -> (Document, Vec<u8>) {
    use crate::doc::ChangeMeta;
    use crate::domain::action::Action;
    use crate::domain::people::{create_member, MemberInput, Role};
    let mut doc = Document::create(DocumentId::random(), DocKind::Team);
    let input = MemberInput {
        name: "Ann".into(),
        role: Role::Ceo,
        ..MemberInput::default()
    };
    let member = create_member(&input, |_| true, 1_000).unwrap();
    let meta = ChangeMeta::new("ceo", Action::MemberAdd, "");
    doc.change(&meta, 1_000, |w| w.put(&member.id, &member))
        .unwrap();
    let stored = Snapshot::of(doc.automerge()).unwrap().encoded().to_vec();
    (doc, stored)
}

/// Every truncation of a stored snapshot, and every one of its bytes
/// changed, decodes to an error or to a snapshot that reads without a
/// panic: damage is refused or, where it only alters a value, left for the
/// heads to catch.
#[test]
fn a_damaged_snapshot_is_refused_or_reads_safely() {
    let (_, stored) = team_and_snapshot();
    for end in 0..stored.len() {
        assert!(
            Snapshot::decode(stored[..end].to_vec()).is_err(),
            "cut at {end}"
        );
    }
    for at in 0..stored.len() {
        let mut damaged = stored.clone();
        damaged[at] ^= 0x5a;
        if let Ok(snapshot) = Snapshot::decode(damaged) {
            read_everything(&snapshot);
        }
    }
}

fn forged(objects: Vec<Object>) -> Result<Tree, SnapshotError> {
    Tree::decode(&Tree { objects }.encode())
}

fn map(entries: &[(&str, Slot)]) -> Object {
    Object::Map(
        entries
            .iter()
            .map(|(key, slot)| (key.to_string(), slot.clone()))
            .collect(),
    )
}

/// A forged snapshot whose objects do not form one tree is refused: one
/// that loops back (which would make reading it recurse for ever), names
/// an object that is not there, names one object twice, leaves one out or
/// does not start with a map.
#[test]
fn a_snapshot_that_is_not_one_tree_is_refused() {
    let list = || Object::List(Vec::new());
    let cases = [
        ("loops to itself", vec![map(&[("a", Slot::Object(0))])]),
        (
            "loops back up",
            vec![
                map(&[("a", Slot::Object(1))]),
                Object::List(vec![Slot::Object(0)]),
            ],
        ),
        (
            "names a missing object",
            vec![map(&[("a", Slot::Object(5))])],
        ),
        (
            "names one object twice",
            vec![
                map(&[("a", Slot::Object(1)), ("b", Slot::Object(1))]),
                list(),
            ],
        ),
        ("leaves an object out", vec![map(&[]), list()]),
        ("starts with a list", vec![list()]),
        ("is empty", vec![]),
    ];
    for (case, objects) in cases {
        assert_eq!(forged(objects), Err(SnapshotError::NotATree), "{case}");
    }
}

#[test]
fn a_map_with_keys_out_of_order_is_refused() {
    let null = || Slot::Scalar(Scalar::Null);
    for keys in [["b", "a"], ["a", "a"]] {
        let objects = vec![map(&[(keys[0], null()), (keys[1], null())])];
        assert_eq!(forged(objects), Err(SnapshotError::KeysOutOfOrder));
    }
}

/// A stored snapshot in another format, of no known document, with a head
/// that is not a change hash or with a collection twice is refused whole.
#[test]
fn a_snapshot_that_does_not_hold_together_is_refused() {
    let tree = Tree {
        objects: vec![map(&[])],
    }
    .encode();
    let deflated = super::deflate(&tree);
    let head = [7; 32];
    let short_head = [0; 31];
    let clients = || StoredCollection {
        key: "clients",
        crc32: crc32fast::hash(&deflated),
        inflated_len: tree.len(),
        deflated: Bytes::new(&deflated),
    };
    let stored = || Stored {
        format: FORMAT,
        kind: DocKind::Team.code(),
        schema: crate::doc::SCHEMA_VERSION,
        heads: vec![Bytes::new(&head)],
        collections: vec![clients()],
    };
    let decode = |stored: Stored| Snapshot::decode(postcard::to_allocvec(&stored).unwrap()).err();
    assert_eq!(decode(stored()), None);
    let cases = [
        (
            Stored {
                format: FORMAT + 1,
                ..stored()
            },
            SnapshotError::OtherFormat(FORMAT + 1),
        ),
        (
            Stored {
                kind: "other",
                ..stored()
            },
            SnapshotError::UnknownKind,
        ),
        (
            Stored {
                heads: vec![Bytes::new(&short_head)],
                ..stored()
            },
            SnapshotError::BadHead,
        ),
        (
            Stored {
                collections: vec![clients(), clients()],
                ..stored()
            },
            SnapshotError::CollectionTwice,
        ),
    ];
    for (stored, refused) in cases {
        assert_eq!(decode(stored), Some(refused));
    }
}

/// A collection whose tree does not match its CRC-32 is not read, while
/// the snapshot's other collections are. In use, it is let go of, once,
/// so that its records are read from the document (and the snapshot
/// written again).
#[test]
fn a_damaged_collection_is_not_read() {
    let (doc, stored) = team_and_snapshot();
    let snapshot = Snapshot::decode(stored.clone()).unwrap();
    let at = snapshot.collections["members"].at.start;
    let mut damaged = stored;
    damaged[at] ^= 1;
    let snapshot = Snapshot::decode(damaged).unwrap();
    assert_eq!(
        snapshot.reader("members").map(|r| r.err()),
        Some(Some(SnapshotError::Damaged))
    );
    assert!(matches!(snapshot.reader("clients"), Some(Ok(_))));

    let mut in_use = SnapshotInUse::new(snapshot, BTreeSet::new());
    assert!(!in_use.forget_unreadable(Collection::Clients));
    assert!(in_use.forget_unreadable(Collection::Members));
    assert!(!in_use.forget_unreadable(Collection::Members));
    let mut pages = Pages::new();
    let members = pages.next::<Member>(&in_use.overlay(&doc), 10).unwrap();
    assert_eq!(members.records, doc.all::<Member>().unwrap().records);
}

/// A collection whose stated length is not what its tree inflates to (the
/// length is outside the CRC-32) is not read, and one too long for the tab
/// is not reserved.
#[test]
fn a_collection_of_another_length_is_not_read() {
    let (_, stored) = team_and_snapshot();
    let len = Snapshot::decode(stored.clone()).unwrap().collections["members"].inflated_len;
    for stated in [len - 1, len + 1, usize::MAX] {
        let mut snapshot = Snapshot::decode(stored.clone()).unwrap();
        snapshot
            .collections
            .get_mut("members")
            .unwrap()
            .inflated_len = stated;
        assert_eq!(
            snapshot.reader("members").map(|r| r.err()),
            Some(Some(SnapshotError::Damaged)),
            "stated {stated}"
        );
        assert!(matches!(snapshot.reader("clients"), Some(Ok(_))));
    }
}

/// The reader answers only for ids it made: an id of the document's own
/// objects is refused, not read as whichever snapshot object has its
/// number.
#[test]
fn an_id_the_reader_did_not_make_is_refused() {
    let (doc, stored) = team_and_snapshot();
    let snapshot = Snapshot::decode(stored.clone()).unwrap();
    let reader = snapshot.reader("members").unwrap().unwrap();
    let (_, members) = automerge::ReadDoc::get(doc.automerge(), ROOT, "members")
        .unwrap()
        .unwrap();
    assert!(reader.get(&members, "anything").is_err());
    assert!(reader.get(&ROOT, "members").is_err());
    assert_eq!(reader.object_type(&members), None);
    assert_eq!(reader.length(&members), 0);
    assert_eq!(reader.map_range(&members, ..).count(), 0);
}

/// Records read from a snapshot as from the document, a page at a time,
/// and a collection of the other document is refused as the document
/// refuses it.
#[test]
fn records_read_from_a_snapshot_as_from_the_document() {
    let (doc, stored) = team_and_snapshot();
    let snapshot = Snapshot::decode(stored.clone()).unwrap();
    let read = |source: &dyn Fn() -> Result<Records<Member>, DocError>| source().unwrap();
    assert_eq!(
        read(&|| snapshot
            .page::<Member>(Bound::Unbounded, 10)
            .map(|(page, _)| page)),
        read(&|| doc
            .page::<Member>(Bound::Unbounded, 10)
            .map(|(page, _)| page)),
    );
    assert_eq!(read(&|| doc.all::<Member>()).records.len(), 1);
    assert!(matches!(
        snapshot.page::<Crisis>(Bound::Unbounded, 10),
        Err(DocError::WrongDocument(_))
    ));
}

/// Stored changes whose tree holds a record they do not name as changed
/// (forged, or damaged so that they still decode) are refused: read, they
/// would show a record no save wrote. Whole, they read back as written.
#[test]
fn saved_changes_holding_a_record_they_do_not_name_are_refused() {
    use super::changed::Stored as StoredChanges;
    use super::ChangedRecords;
    use crate::doc::{Collection, RecordRef};

    let (doc, _) = team_and_snapshot();
    let members = doc.all::<Member>().unwrap().records;
    let touched = members
        .iter()
        .map(|(id, _)| RecordRef {
            collection: Collection::Members,
            id: id.clone(),
        })
        .collect();
    let changed = ChangedRecords::of(doc.automerge(), Vec::new(), &touched).unwrap();
    assert_eq!(
        ChangedRecords::decode(&changed.encode()),
        Ok(changed.clone())
    );
    let mut stored: StoredChanges = postcard::from_bytes(&changed.encode()).unwrap();
    stored.collections[0].1.clear();
    let forged = postcard::to_allocvec(&stored).unwrap();
    assert_eq!(
        ChangedRecords::decode(&forged),
        Err(SnapshotError::NotATree)
    );
}
