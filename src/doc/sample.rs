//! A small document with every kind of op, and the next change a third
//! device makes to it: what `tests/forged_changes.rs` and the
//! `forged_change` and `forged_document` fuzz targets alter, as a hostile
//! peer would, to check that Automerge refuses what it cannot apply; and
//! the chunk layout those tests and `tests/sync_by_heads.rs` read.
//! Native only: the app never uses it.

use automerge::marks::{ExpandMark, Mark};
use automerge::transaction::{CommitOptions, Transactable};
use automerge::{ActorId, AutoCommit, Automerge, Change, ObjType, ScalarValue, ROOT};
use sha2::{Digest, Sha256};

use super::chunks::{MAGIC, TYPE_AT};

/// The document (a map, a list, a text and a counter, by two actors) and
/// the change: inserts, deletes and puts in the list, a splice and a mark in
/// the text, an increment, a put and delete in the map, a new nested list.
/// Every change is dated 0, so both are the same on every run.
pub fn document_and_next_change() -> (Automerge, Change) {
    let at_zero = || CommitOptions::default().with_time(0);
    let mut doc = AutoCommit::new().with_actor(ActorId::from(b"first".to_vec()));
    let list = doc.put_object(ROOT, "list", ObjType::List).unwrap();
    for i in 0..4 {
        doc.insert(&list, i, i as i64).unwrap();
    }
    let text = doc.put_object(ROOT, "text", ObjType::Text).unwrap();
    doc.splice_text(&text, 0, 0, "hello world").unwrap();
    doc.put(ROOT, "count", ScalarValue::counter(1)).unwrap();
    let map = doc.put_object(ROOT, "map", ObjType::Map).unwrap();
    doc.put(&map, "a", "b").unwrap();
    doc.commit_with(at_zero());
    let mut second = doc.fork().with_actor(ActorId::from(b"second".to_vec()));
    second.splice_text(&text, 5, 1, "__").unwrap();
    second.put(&list, 1, "one").unwrap();
    second.commit_with(at_zero());
    doc.merge(&mut second).unwrap();

    let mut third = doc.fork().with_actor(ActorId::from(b"third".to_vec()));
    third.insert(&list, 2, "x").unwrap();
    third.delete(&list, 0).unwrap();
    third.put(&list, 1, "uno").unwrap();
    third.splice_text(&text, 3, 2, "LL").unwrap();
    let bold = Mark::new("bold".into(), true, 0, 4);
    third.mark(&text, bold, ExpandMark::After).unwrap();
    third.increment(ROOT, "count", 3).unwrap();
    third.put(&map, "a", "c").unwrap();
    third.delete(&map, "a").unwrap();
    let inner = third.put_object(&map, "inner", ObjType::List).unwrap();
    third.insert(&inner, 0, 1.5).unwrap();
    third.commit_with(at_zero());
    let change = third.get_last_local_change().unwrap().clone();
    (doc.document().clone(), change)
}

/// The chunk types of Automerge's storage format.
const DOCUMENT_CHUNK: u8 = 0;
const CHANGE_CHUNK: u8 = 1;

/// Where a chunk's data begins and ends: its magic bytes, checksum and
/// type are followed by the data's length, a LEB128 number.
fn data_range(chunk: &[u8]) -> std::ops::Range<usize> {
    let (mut length, mut at, mut shift) = (0usize, TYPE_AT + 1, 0);
    loop {
        let byte = chunk[at];
        length |= usize::from(byte & 0x7f) << shift;
        (at, shift) = (at + 1, shift + 7);
        if byte & 0x80 == 0 {
            return at..at + length;
        }
    }
}

/// The data of a chunk: what follows its magic bytes, checksum, type and
/// length.
pub fn chunk_data(chunk: &[u8]) -> &[u8] {
    &chunk[data_range(chunk).start..]
}

/// The chunks of `run`, stored one after another, as a version 2 sync
/// message sends its changes.
pub fn chunks(mut run: &[u8]) -> Vec<&[u8]> {
    let mut chunks = Vec::new();
    while !run.is_empty() {
        let (chunk, rest) = run.split_at(data_range(run).end);
        chunks.push(chunk);
        run = rest;
    }
    chunks
}

/// `data` with a fuzzer's `edits` applied, three bytes each: where (a
/// little-endian u16, wrapped to the data's length) and what to XOR there.
pub fn altered(data: &[u8], edits: &[u8]) -> Vec<u8> {
    let mut altered = data.to_vec();
    for edit in edits.chunks_exact(3) {
        let at = usize::from(u16::from_le_bytes([edit[0], edit[1]])) % altered.len();
        altered[at] ^= edit[2];
    }
    altered
}

/// A change chunk holding `data`, sealed with its checksum: how a hostile
/// peer passes off a change it altered.
pub fn sealed_change(data: &[u8]) -> Vec<u8> {
    sealed(CHANGE_CHUNK, data)
}

/// A document chunk holding `data`, sealed with its checksum: how a hostile
/// peer passes off a document it altered (any sync message may carry one).
pub fn sealed_document(data: &[u8]) -> Vec<u8> {
    sealed(DOCUMENT_CHUNK, data)
}

fn sealed(chunk_type: u8, data: &[u8]) -> Vec<u8> {
    let mut typed = vec![chunk_type];
    let mut length = data.len();
    loop {
        let byte = (length & 0x7f) as u8;
        length >>= 7;
        if length == 0 {
            typed.push(byte);
            break;
        }
        typed.push(byte | 0x80);
    }
    let hash = Sha256::new()
        .chain_update(&typed)
        .chain_update(data)
        .finalize();
    // The checksum, the hash's first bytes, fills the gap between the magic
    // bytes and the type.
    let mut chunk = MAGIC.to_vec();
    chunk.extend_from_slice(&hash[..TYPE_AT - MAGIC.len()]);
    chunk.extend(typed);
    chunk.extend_from_slice(data);
    chunk
}
