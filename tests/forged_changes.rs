//! Changes a hostile peer forged, as an attacker would: altered after
//! Automerge wrote them, with the checksum recomputed so they pass it.
//!
//! Any device with a write grant (or a relay) can send such a change. Before
//! vendored Automerge change 17 (`vendor/README.md`), about one altered byte
//! in six made Automerge panic (which aborts the page in the browser) or,
//! worse, take a change that left the document unable to load once saved.
//! Each test here fails if that comes back.
#![cfg(not(target_arch = "wasm32"))]

use automerge::legacy::{ElementId, Key, ObjectId, OpId};
use automerge::transaction::{CommitOptions, Transactable};
use automerge::{ActorId, AutoCommit, Automerge, Change, ExpandedChange, ROOT};
use handover::doc::sample::{change_data, document_and_next_change, sealed_change};

/// Takes `bytes` into a copy of `doc`: refused with the document untouched,
/// or taken into a document that still saves, loads and lists its changes.
/// Says whether it was taken.
fn take_or_refuse(doc: &Automerge, bytes: &[u8]) -> bool {
    let mut taken = doc.clone();
    let before = doc.save();
    if taken.load_incremental(bytes).is_err() {
        assert_eq!(
            taken.save(),
            before,
            "a refused change altered the document"
        );
        return false;
    }
    let reloaded =
        Automerge::load(&taken.save()).expect("a taken change saves to a loadable document");
    assert_eq!(reloaded.get_heads(), taken.get_heads());
    // A change whose dependencies are not there (an altered dependency
    // hash) waits for them instead of applying: harmless, and not refused.
    let added = taken.get_changes(&[]).len() - doc.get_changes(&[]).len();
    assert!(added <= 1);
    true
}

#[test]
fn every_altered_byte_of_a_change_is_refused_or_harmless() {
    let (doc, honest) = document_and_next_change();
    let honest = honest.raw_bytes().to_vec();
    assert!(take_or_refuse(&doc, &honest));

    // Some alterations (a timestamp, a character) make a different but
    // sound change, which may be taken; the rest must be refused.
    let data = change_data(&honest);
    for at in 0..data.len() {
        for flip in [0x01, 0x02, 0x80, 0xff] {
            let mut forged = data.to_vec();
            forged[at] ^= flip;
            take_or_refuse(&doc, &sealed_change(&forged));
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
    let attacks: [(&str, Forgery, bool); 5] = [
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
        let before = target.save();
        assert!(
            target.load_incremental(&bytes).is_err(),
            "a change naming {what} was taken"
        );
        assert_eq!(
            target.save(),
            before,
            "a change naming {what} altered the document"
        );
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
    assert!(take_or_refuse(&doc, honest.raw_bytes()));

    // The same change with its two dependencies listed the other way round:
    // saved and loaded again, Automerge would write them in order, and the
    // change would have another hash than the one later changes name.
    let mut swapped_deps = change_data(honest.raw_bytes()).to_vec();
    assert_eq!(swapped_deps[0], 2, "two dependencies of 32 bytes follow");
    let (first, second) = swapped_deps[1..65].split_at_mut(32);
    first.swap_with_slice(second);
    // And with the two ops it overwrites listed the other way round. Both
    // have counter 2, so only their actors (1 and 2 in the change's actor
    // list, a literal run of two in the column of overwritten ops' actors)
    // swap places.
    let mut swapped_preds = change_data(honest.raw_bytes()).to_vec();
    let run = [0x7e, 1, 2];
    let at = swapped_preds.windows(3).position(|w| w == run).unwrap();
    assert!(!swapped_preds[at + 1..].windows(3).any(|w| w == run));
    swapped_preds[at + 1..at + 3].swap(0, 1);

    for (what, bytes) in [
        ("dependencies", sealed_change(&swapped_deps)),
        ("ops it overwrites", sealed_change(&swapped_preds)),
    ] {
        let mut target = doc.clone();
        let before = target.save();
        assert!(
            target.load_incremental(&bytes).is_err(),
            "a change listing its {what} out of order was taken"
        );
        assert_eq!(target.save(), before);
    }
}
