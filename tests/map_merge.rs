//! Changes from other devices applied to a map with many keys (a workspace's
//! collections hold thousands of records): the vendored Automerge seeks over
//! the keys a batch does not touch instead of walking them
//! (`vendor/README.md`, change 23). After random concurrent edits on two
//! devices, a third that takes them in random batches must hold exactly
//! what a document built from the same changes with nothing to seek over
//! holds, value by value and conflict by conflict, and the patches it was
//! told of must lead from where it started to where it ended.
#![cfg(not(target_arch = "wasm32"))]

use automerge::transaction::Transactable;
use automerge::{ActorId, Automerge, Change, ObjType, PatchLog, ReadDoc, ScalarValue, ROOT};
use proptest::prelude::*;

/// One edit of a writer, on the key numbered `key` of the shared map.
#[derive(Debug, Clone)]
enum Edit {
    Put { key: usize, value: i64 },
    Delete { key: usize },
    Increment { key: usize, by: i64 },
    Nested { key: usize },
}

fn edit(keys: usize) -> impl Strategy<Value = Edit> {
    let key = 0..keys + 8;
    prop_oneof![
        (key.clone(), any::<i64>()).prop_map(|(key, value)| Edit::Put { key, value }),
        key.clone().prop_map(|key| Edit::Delete { key }),
        (key.clone(), -5i64..5).prop_map(|(key, by)| Edit::Increment { key, by }),
        key.prop_map(|key| Edit::Nested { key }),
    ]
}

fn name(key: usize) -> String {
    format!("k{key:04}")
}

/// A map of `keys` keys, every fifth a counter.
fn base(keys: usize) -> (Automerge, automerge::ObjId) {
    let mut doc = Automerge::new().with_actor(ActorId::from(b"base".as_slice()));
    let mut tx = doc.transaction();
    let map = tx.put_object(ROOT, "map", ObjType::Map).unwrap();
    for key in 0..keys {
        if key % 5 == 0 {
            tx.put(&map, name(key), ScalarValue::counter(0)).unwrap();
        } else {
            tx.put(&map, name(key), key as i64).unwrap();
        }
    }
    tx.commit();
    (doc, map)
}

/// Makes each edit as its own change, as a device does.
fn write(doc: &mut Automerge, map: &automerge::ObjId, edits: &[Edit]) {
    for edit in edits {
        let mut tx = doc.transaction();
        // An edit that does not fit what the key holds (deleting nothing,
        // incrementing a non-counter) is skipped, as the app would not make it.
        let _ = match edit {
            Edit::Put { key, value } => tx.put(map, name(*key), *value),
            Edit::Delete { key } => tx.delete(map, name(*key)),
            Edit::Increment { key, by } => tx.increment(map, name(*key), *by),
            Edit::Nested { key } => tx
                .put_object(map, name(*key), ObjType::Map)
                .and_then(|inner| tx.put(&inner, "x", 1)),
        };
        tx.commit();
    }
}

/// Every value of every key of `map`, conflicts included.
fn every_value(doc: &Automerge, map: &automerge::ObjId) -> Vec<(String, Vec<String>)> {
    doc.keys(map)
        .map(|key| {
            let values = doc
                .get_all(map, &key)
                .unwrap()
                .into_iter()
                .map(|(value, id)| format!("{id:?}={value:?}"))
                .collect();
            (key, values)
        })
        .collect()
}

/// Applies `changes` to `reader`, and the patches it was told of to `shown`
/// (what a screen kept up to date from patches alone would hold).
fn take_in(reader: &mut Automerge, shown: &mut automerge::hydrate::Value, changes: Vec<Change>) {
    let mut log = PatchLog::active();
    reader.apply_changes_log_patches(changes, &mut log).unwrap();
    let patches = reader.make_patches(&mut log);
    shown
        .apply_patches(reader.text_encoding(), patches)
        .unwrap();
}

/// A counter one device replaces with a map while another increments it:
/// the increment sorts after the map but hides nothing, so the map is the
/// key's value. Automerge's patches find the map's place by asking whether
/// the op that made it is visible, and in a debug build check that answer
/// against a walk of the key, which took the increment for a newer value
/// (vendor/README.md, change 24).
#[test]
fn a_counter_replaced_by_a_map_while_another_device_increments_it() {
    let mut start = Automerge::new().with_actor(ActorId::from(b"base".as_slice()));
    let mut tx = start.transaction();
    let map = tx.put_object(ROOT, "map", ObjType::Map).unwrap();
    tx.put(&map, "count", ScalarValue::counter(0)).unwrap();
    tx.commit();
    let mut one = start.fork().with_actor(ActorId::from(b"one".as_slice()));
    let mut tx = one.transaction();
    let inner = tx.put_object(&map, "count", ObjType::Map).unwrap();
    tx.put(&inner, "x", 1).unwrap();
    tx.commit();
    let mut two = start.fork().with_actor(ActorId::from(b"two".as_slice()));
    let mut tx = two.transaction();
    tx.put(&map, "a", 1).unwrap();
    tx.put(&map, "b", 2).unwrap();
    tx.increment(&map, "count", 3).unwrap();
    tx.commit();

    let heads = start.get_heads();
    let mut reader = start.clone();
    let mut shown = reader.hydrate(None);
    for changes in [two.get_changes(&heads), one.get_changes(&heads)] {
        take_in(&mut reader, &mut shown, changes);
    }
    let (value, _) = reader.get(&map, "count").unwrap().expect("a value");
    assert_eq!(value, automerge::Value::Object(ObjType::Map));
    assert_eq!(shown, reader.hydrate(None));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn a_big_map_takes_changes_in_any_batches_as_a_fresh_document_does(
        (keys, first, second, cuts) in (40usize..160).prop_flat_map(|keys| (
            Just(keys),
            prop::collection::vec(edit(keys), 1..24),
            prop::collection::vec(edit(keys), 1..24),
            prop::collection::vec(1usize..6, 1..16),
        ))
    ) {
        let (start, map) = base(keys);
        let mut one = start.fork().with_actor(ActorId::from(b"one".as_slice()));
        let mut two = start.fork().with_actor(ActorId::from(b"two".as_slice()));
        write(&mut one, &map, &first);
        write(&mut two, &map, &second);
        let heads = start.get_heads();
        let mut incoming: Vec<Change> = one.get_changes(&heads);
        let theirs = two.get_changes(&heads);
        // Interleave the two devices' changes; each keeps its own order.
        for (i, change) in theirs.into_iter().enumerate() {
            let at = (i * 2 + 1).min(incoming.len());
            incoming.insert(at, change);
        }

        let mut reader = start.clone();
        let mut shown = reader.hydrate(None);
        let mut rest = incoming.as_slice();
        for cut in cuts.iter().cycle() {
            if rest.is_empty() {
                break;
            }
            let (batch, after) = rest.split_at((*cut).min(rest.len()));
            take_in(&mut reader, &mut shown, batch.to_vec());
            rest = after;
        }

        // Built from nothing, the map's ops are all new: nothing to seek over.
        let mut fresh = Automerge::new();
        fresh.apply_changes(reader.get_changes(&[])).unwrap();
        prop_assert_eq!(every_value(&reader, &map), every_value(&fresh, &map));
        prop_assert_eq!(reader.hydrate(None), fresh.hydrate(None));
        prop_assert_eq!(shown, reader.hydrate(None));
    }
}
