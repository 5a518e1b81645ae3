//! Changes a hostile peer forged, as an attacker would: altered after
//! Automerge wrote them, with the checksum recomputed so they pass it.
//!
//! Any device with a write grant (or a relay) can send such a change. Before
//! vendored Automerge change 17 (`vendor/README.md`), about one altered byte
//! in six made Automerge panic (which aborts the page in the browser) or,
//! worse, take a change that left the document unable to load once saved.
//! The same holds for a whole document (a document chunk), which any sync
//! message may carry: before vendored Automerge change 19, about one altered
//! byte in twenty made loading it panic. Each test here fails if that comes
//! back.
#![cfg(not(target_arch = "wasm32"))]

use automerge::legacy::{ElementId, Key, ObjectId, OpId};
use automerge::marks::{ExpandMark, Mark};
use automerge::transaction::{CommitOptions, Transactable};
use automerge::{
    ActorId, AutoCommit, AutoSerde, Automerge, Change, ChangeHash, ExpandedChange, ReadDoc, ROOT,
};
use handover::doc::adopt_whole;
use handover::doc::sample::{chunk_data, document_and_next_change, sealed_change, sealed_document};

/// Takes `bytes` (a change or a whole document) into a copy of `doc`:
/// refused with the document untouched (`None`), or taken into a document
/// that still saves and loads (returned).
fn take_or_refuse(doc: &Automerge, bytes: &[u8]) -> Option<Automerge> {
    let mut taken = doc.clone();
    let before = doc.save();
    if taken.load_incremental(bytes).is_err() {
        assert_eq!(
            taken.save(),
            before,
            "what was refused altered the document"
        );
        return None;
    }
    let reloaded =
        Automerge::load(&taken.save()).expect("what was taken saves to a loadable document");
    assert_eq!(reloaded.get_heads(), taken.get_heads());
    Some(taken)
}

/// [`take_or_refuse`] for a change, which also adds at most one change.
/// Says whether it was taken.
fn take_change_or_refuse(doc: &Automerge, change: &[u8]) -> bool {
    let Some(taken) = take_or_refuse(doc, change) else {
        return false;
    };
    // A change whose dependencies are not there (an altered dependency
    // hash) waits for them instead of applying: harmless, and not refused.
    let added = taken.get_changes(&[]).len() - doc.get_changes(&[]).len();
    assert!(added <= 1);
    true
}

/// Asserts that `doc` refuses `bytes` (`what`) and stays as it was.
fn assert_refused(doc: &Automerge, bytes: &[u8], what: &str) {
    let mut target = doc.clone();
    assert!(target.load_incremental(bytes).is_err(), "{what} was taken");
    assert_eq!(target.save(), doc.save(), "{what} altered the document");
}

#[test]
fn every_altered_byte_of_a_change_is_refused_or_harmless() {
    let (doc, honest) = document_and_next_change();
    let honest = honest.raw_bytes().to_vec();
    assert!(take_change_or_refuse(&doc, &honest));

    // Some alterations (a timestamp, a character) make a different but
    // sound change, which may be taken; the rest must be refused.
    let data = chunk_data(&honest);
    for at in 0..data.len() {
        for flip in [0x01, 0x02, 0x80, 0xff] {
            let mut forged = data.to_vec();
            forged[at] ^= flip;
            take_change_or_refuse(&doc, &sealed_change(&forged));
        }
    }
}

/// How an attacker alters a change.
type Forgery<'a> = Box<dyn FnOnce(&mut ExpandedChange) + 'a>;

/// `change` altered by `forge`, then written and sealed by Automerge itself
/// (so its encoding and checksum are sound; only its meaning is forged).
fn forged(change: &Change, forge: impl FnOnce(&mut ExpandedChange)) -> Vec<u8> {
    let mut expanded = change.decode();
    forge(&mut expanded);
    Change::from(expanded).raw_bytes().to_vec()
}

#[test]
fn a_change_naming_what_the_document_lacks_is_refused_and_changes_nothing() {
    let (doc, honest) = document_and_next_change();
    let third = honest.actor_id().clone();
    let nowhere = OpId::new(9_999, &third);

    // What the change names, how it is forged, and whether the document
    // first takes the honest change (so its op ids are used).
    let attacks: [(&str, Forgery, bool); 6] = [
        (
            "an object that does not exist",
            Box::new(|c| c.operations[0].obj = ObjectId::Id(nowhere.clone())),
            false,
        ),
        (
            "an element that does not exist",
            Box::new(|c| c.operations[0].key = Key::Seq(ElementId::Id(nowhere.clone()))),
            false,
        ),
        (
            "a map key in a list",
            Box::new(|c| c.operations[0].key = Key::Map("x".into())),
            false,
        ),
        (
            "an op to overwrite that does not exist",
            Box::new(|c| c.operations[1].pred = vec![nowhere.clone()].into()),
            false,
        ),
        (
            "nothing to delete",
            Box::new(|c| c.operations[1].pred = vec![].into()),
            false,
        ),
        (
            "op ids its actor already used",
            Box::new(|c| {
                c.seq = 2;
                c.start_op = std::num::NonZeroU64::new(1).unwrap();
            }),
            true,
        ),
    ];
    for (what, forge, after_honest) in attacks {
        let bytes = forged(&honest, forge);
        let mut target = doc.clone();
        if after_honest {
            target.load_incremental(honest.raw_bytes()).unwrap();
        }
        assert_refused(&target, &bytes, &format!("a change naming {what}"));
    }
}

/// A document whose key "a" two devices set at once (two heads, a
/// conflict), and a third device's change overwriting both: a change with
/// two dependencies and an op with two ops to overwrite.
fn conflict_and_its_resolution() -> (Automerge, Change) {
    let at_zero = || CommitOptions::default().with_time(0);
    let mut first = AutoCommit::new().with_actor(ActorId::from(b"first".to_vec()));
    first.put(ROOT, "a", 1).unwrap();
    first.commit_with(at_zero());
    let mut second = first.fork().with_actor(ActorId::from(b"second".to_vec()));
    first.put(ROOT, "a", 2).unwrap();
    first.commit_with(at_zero());
    second.put(ROOT, "a", 3).unwrap();
    second.commit_with(at_zero());
    first.merge(&mut second).unwrap();
    let mut third = first.fork().with_actor(ActorId::from(b"third".to_vec()));
    third.put(ROOT, "a", 4).unwrap();
    third.commit_with(at_zero());
    let change = third.get_last_local_change().unwrap().clone();
    (first.document().clone(), change)
}

#[test]
fn a_change_written_in_another_order_than_automerge_writes_is_refused() {
    let (doc, honest) = conflict_and_its_resolution();
    assert_eq!(honest.deps().len(), 2);
    assert!(take_change_or_refuse(&doc, honest.raw_bytes()));

    // The same change with its two dependencies listed the other way round:
    // saved and loaded again, Automerge would write them in order, and the
    // change would have another hash than the one later changes name.
    let mut swapped_deps = chunk_data(honest.raw_bytes()).to_vec();
    assert_eq!(swapped_deps[0], 2, "two dependencies of 32 bytes follow");
    let (first, second) = swapped_deps[1..65].split_at_mut(32);
    first.swap_with_slice(second);
    // And with the two ops it overwrites listed the other way round. Both
    // have counter 2, so only their actors (1 and 2 in the change's actor
    // list, a literal run of two in the column of overwritten ops' actors)
    // swap places.
    let mut swapped_preds = chunk_data(honest.raw_bytes()).to_vec();
    let run = [0x7e, 1, 2];
    let at = swapped_preds.windows(3).position(|w| w == run).unwrap();
    assert!(!swapped_preds[at + 1..].windows(3).any(|w| w == run));
    swapped_preds[at + 1..at + 3].swap(0, 1);

    for (what, bytes) in [
        ("dependencies", sealed_change(&swapped_deps)),
        ("ops it overwrites", sealed_change(&swapped_preds)),
    ] {
        let what = format!("a change listing its {what} out of order");
        assert_refused(&doc, &bytes, &what);
    }
}

#[test]
fn every_altered_byte_of_a_document_is_refused_or_harmless() {
    let (mut whole, next) = document_and_next_change();
    whole.apply_changes([next]).unwrap();
    let saved = whole.save_nocompress();
    let data = chunk_data(&saved);
    // A device with nothing loads what it is sent as it is; one with a
    // document of its own takes it in beside that.
    let (own, _) = conflict_and_its_resolution();
    for at in 0..data.len() {
        for flip in [0x01, 0x02, 0x40, 0x80, 0xff] {
            let mut forged = data.to_vec();
            forged[at] ^= flip;
            let chunk = sealed_document(&forged);
            if let Ok(loaded) = Automerge::load(&chunk) {
                Automerge::load(&loaded.save()).expect("a loaded document saves to one that loads");
            }
            take_or_refuse(&Automerge::new(), &chunk);
            take_or_refuse(&own, &chunk);
        }
    }
}

#[test]
fn a_document_whose_record_was_rewritten_is_refused_though_its_checksum_is_fresh() {
    // A relay sends a device with nothing the whole document; the device
    // rebuilds each change from it to hash it, and the hashes must come to
    // the heads the document names. A relay that rewrote a record (and
    // sealed the chunk again) must not get it past that.
    let mut doc = AutoCommit::new();
    doc.put(ROOT, "invoice", "paid 100 euros").unwrap();
    doc.commit();
    doc.put(ROOT, "client", "Acme").unwrap();
    doc.commit();
    let saved = doc.save_nocompress();
    let data = chunk_data(&saved);
    let at = data
        .windows(3)
        .position(|window| window == b"100")
        .expect("the value is in the document's columns");
    let mut forged = data.to_vec();
    forged[at] = b'9';
    let chunk = sealed_document(&forged);

    assert!(
        Automerge::load(&chunk).is_err(),
        "the rewritten document loaded"
    );
    assert_refused(&Automerge::new(), &chunk, "the rewritten document");
    let honest = sealed_document(data);
    let loaded = Automerge::load(&honest).expect("the document as written loads");
    assert_eq!(loaded.get_heads(), doc.get_heads());
}

/// What a device holding `doc` shows and can tell its peers: its heads, its
/// changes and its records.
fn as_seen(doc: &Automerge) -> (Vec<ChangeHash>, Vec<Vec<u8>>, String) {
    let changes = doc
        .get_changes(&[])
        .iter()
        .map(|c| c.raw_bytes().to_vec())
        .collect();
    let records = serde_json::to_string(&AutoSerde::from(doc)).unwrap();
    (doc.get_heads(), changes, records)
}

#[test]
fn every_damaged_byte_of_a_whole_document_a_device_adopts_is_refused_or_changes_nothing() {
    // A device adopting a whole document from the relay does not check its
    // checksum (`adopt_whole`): the changes rebuilt from it must hash to the
    // heads it names. So a damaged byte, with the checksum left stale, is
    // refused, or the device holds exactly what was sent (a byte Automerge
    // reads nothing from, such as a column's declared but unused length).
    let (mut whole, next) = document_and_next_change();
    whole.apply_changes([next]).unwrap();
    let sent = whole.save_nocompress();
    let mut own = AutoCommit::new().with_actor(ActorId::from(b"device".to_vec()));
    own.put(ROOT, "own", "kept").unwrap();
    let own = own.document().clone();
    let adopt = |bytes: &[u8]| {
        let mut device = own.clone();
        adopt_whole(&mut device, bytes).map(|_| device)
    };
    let honest = as_seen(&adopt(&sent).expect("the document as sent is adopted"));
    let data_at = sent.len() - chunk_data(&sent).len();
    for at in data_at..sent.len() {
        for flip in [0x01, 0x02, 0x40, 0x80, 0xff] {
            let mut damaged = sent.clone();
            damaged[at] ^= flip;
            if let Ok(device) = adopt(&damaged) {
                assert!(
                    as_seen(&device) == honest,
                    "byte {at} ^ {flip:#x} was adopted as another document"
                );
            }
        }
    }
}

#[test]
fn a_change_numbering_its_ops_out_of_step_with_those_it_depends_on_is_refused() {
    // Automerge numbers a change's ops after those of the changes it
    // depends on, and a saved document keeps only where each change ends:
    // an empty change that skips numbers, or a change reusing numbers below
    // them, would be taken, and the document would not load.
    let (doc, honest) = conflict_and_its_resolution();
    let empty_skipping = forged(&honest, |c| {
        c.operations.clear();
        c.start_op = c.start_op.checked_add(5).unwrap();
    });
    assert_refused(&doc, &empty_skipping, "an empty change skipping op numbers");
    let reusing = forged(&honest, |c| {
        c.start_op = std::num::NonZeroU64::new(c.start_op.get() - 1).unwrap();
    });
    assert_refused(
        &doc,
        &reusing,
        "a change reusing op numbers below its dependencies'",
    );
}

#[test]
fn a_mark_ending_where_it_cannot_follow_its_begin_is_refused() {
    // A mark is two inserts into the text: its begin, and its end right
    // after it in the change. A document keeps them only in that order:
    // one whose end lands before its begin does not load once saved.
    let (doc, honest) = document_and_next_change();
    let op_at = |change: &ExpandedChange, wanted: fn(&automerge::legacy::OpType) -> bool| {
        change
            .operations
            .iter()
            .position(|op| wanted(&op.action))
            .unwrap()
    };
    let is_begin =
        |a: &automerge::legacy::OpType| matches!(a, automerge::legacy::OpType::MarkBegin(_));
    let is_end = |a: &automerge::legacy::OpType| matches!(a, automerge::legacy::OpType::MarkEnd(_));
    let attacks: [(&str, Forgery); 3] = [
        (
            "an end beside its begin, which sorts before it",
            Box::new(move |c| {
                let begin = c.operations[op_at(c, is_begin)].key.clone();
                let end = op_at(c, is_end);
                c.operations[end].key = begin;
            }),
        ),
        (
            "its begin and end swapping places",
            Box::new(move |c| {
                let (begin, end) = (op_at(c, is_begin), op_at(c, is_end));
                let key = c.operations[begin].key.clone();
                c.operations[begin].key = std::mem::replace(&mut c.operations[end].key, key);
            }),
        ),
        (
            "an end with no begin before it",
            Box::new(move |c| {
                let begin = op_at(c, is_begin);
                c.operations[begin].action = automerge::legacy::OpType::Put("x".into());
            }),
        ),
    ];
    for (what, forge) in attacks {
        let bytes = forged(&honest, forge);
        assert_refused(&doc, &bytes, &format!("a mark with {what}"));
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(96))]

    /// The mark check refuses no honest mark: three devices type, delete,
    /// mark (zero-width, within one insert, across others' text) and merge
    /// in any order, and every change each receives is taken.
    #[test]
    fn honest_marks_made_on_three_devices_at_once_are_taken(
        steps in proptest::collection::vec((0..3usize, 0..5u8, 0..64u16, 0..64u16), 1..60)
    ) {
        let mut first = AutoCommit::new().with_actor(ActorId::from(b"a".to_vec()));
        let text = first.put_object(ROOT, "text", automerge::ObjType::Text).unwrap();
        first.splice_text(&text, 0, 0, "hello world").unwrap();
        first.commit();
        let mut devices = vec![first.fork(), first.fork(), first];
        for (i, device) in devices.iter_mut().enumerate().take(2) {
            device.set_actor(ActorId::from(vec![b'b' + i as u8]));
        }
        for (who, what, x, y) in steps {
            let other = devices[(who + 1) % 3].fork();
            let device = &mut devices[who];
            let len = device.length(&text);
            let (at, to) = (usize::from(x) % (len + 1), usize::from(y) % (len + 1));
            let (start, end) = (at.min(to), at.max(to));
            match what {
                0 => device.splice_text(&text, at, 0, "ab").unwrap(),
                1 if at < len => device.splice_text(&text, at, 1, "").unwrap(),
                2 | 3 => {
                    let expand = [ExpandMark::Before, ExpandMark::After, ExpandMark::Both, ExpandMark::None];
                    let mark = Mark::new("bold".into(), what == 2, start, end);
                    device.mark(&text, mark, expand[usize::from(x) % 4]).unwrap();
                }
                _ => {
                    let mut other = other;
                    device.merge(&mut other).expect("an honest change was refused");
                }
            }
            device.commit();
        }
        let mut all = devices.pop().unwrap();
        for mut device in devices {
            all.merge(&mut device).expect("an honest change was refused");
        }
        let saved = all.save();
        proptest::prop_assert!(Automerge::load(&saved).is_ok());
    }
}
