//! A change altered after Automerge wrote it, its checksum computed again,
//! as a hostile peer can: the input says which bytes of an honest change to
//! alter (three bytes each: where, as a little-endian u16, and what to XOR).
//! Automerge must refuse the change or take it into a document that still
//! saves, loads and lists its changes (vendored changes 17 and 20). The
//! other targets never get past a checksum; this one starts past it.

#![no_main]

use std::sync::OnceLock;

use automerge::Automerge;
use handover::doc::sample::{altered, chunk_data, document_and_next_change, sealed_change};
use libfuzzer_sys::fuzz_target;

/// A document, and the data of the next change another device made to it.
fn honest() -> &'static (Automerge, Vec<u8>) {
    static HONEST: OnceLock<(Automerge, Vec<u8>)> = OnceLock::new();
    HONEST.get_or_init(|| {
        let (doc, change) = document_and_next_change();
        (doc, chunk_data(change.raw_bytes()).to_vec())
    })
}

fuzz_target!(|edits: &[u8]| {
    let (doc, honest) = honest();
    let data = altered(honest, edits);
    let mut taken = doc.clone();
    if taken.load_incremental(&sealed_change(&data)).is_ok() {
        let loaded =
            Automerge::load(&taken.save()).expect("a taken change saves to a document that loads");
        assert_eq!(loaded.get_heads(), taken.get_heads());
        assert!(taken.get_changes(&[]).len() <= doc.get_changes(&[]).len() + 1);
    }
});
