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
use automerge::{Automerge, Change, ExpandedChange};
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
