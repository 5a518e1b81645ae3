//! A whole document altered after Automerge wrote it, its checksum computed
//! again, as a hostile peer (or relay) can: any sync message may carry a
//! document chunk. The input says which bytes of an honest document to
//! alter (three bytes each: where, as a little-endian u16, and what to
//! XOR). Loading it, alone or into a document of the device's own, must
//! refuse it or give a document that still saves and loads (vendored
//! changes 17 and 19).

#![no_main]

use std::sync::OnceLock;

use automerge::transaction::Transactable;
use automerge::{AutoCommit, Automerge, ROOT};
use handover::doc::sample::{altered, chunk_data, document_and_next_change, sealed_document};
use libfuzzer_sys::fuzz_target;

/// The data of an honest document with every kind of op, and a document
/// of another device's own.
fn honest() -> &'static (Vec<u8>, Automerge) {
    static HONEST: OnceLock<(Vec<u8>, Automerge)> = OnceLock::new();
    HONEST.get_or_init(|| {
        let (mut whole, next) = document_and_next_change();
        whole.apply_changes([next]).unwrap();
        let data = chunk_data(&whole.save_nocompress()).to_vec();
        let mut own = AutoCommit::new();
        own.put(ROOT, "own", 1).unwrap();
        (data, own.document().clone())
    })
}

fuzz_target!(|edits: &[u8]| {
    let (honest, own) = honest();
    let data = altered(honest, edits);
    let chunk = sealed_document(&data);
    if let Ok(loaded) = Automerge::load(&chunk) {
        Automerge::load(&loaded.save()).expect("a loaded document saves to one that loads");
    }
    let mut taken = own.clone();
    if taken.load_incremental(&chunk).is_ok() {
        let reloaded =
            Automerge::load(&taken.save()).expect("a taken document saves to one that loads");
        assert_eq!(reloaded.get_heads(), taken.get_heads());
    }
});
