//! Compaction: when it is due, and the worker that does it off the page's
//! thread.
//!
//! Compacting means loading every chunk of a document, saving it as one
//! snapshot and deleting the chunks that snapshot covers. With the busy year
//! `Automerge::save` alone takes about half a second natively, and more in
//! the browser: done in the page, every edit in that time would wait and the
//! screen would freeze. So a dedicated worker with its own small wasm
//! (`src/bin/compactor.rs`, built by Trunk beside the app) reads the chunks
//! from IndexedDB itself, compacts and replies with what it wrote and
//! deleted; the page keeps saving meanwhile. Chunks saved while the worker
//! runs are not in its snapshot and stay stored.
//!
//! Compaction is due by size, not by count: once the increments stored since
//! the last snapshot reach a fraction of it. Loading applies increments one
//! change at a time, and a snapshot whole, so this bounds what they add to
//! opening the document, while a big document is rewritten no more often
//! than its size warrants.

use automerge::ChangeHash;
use serde::{Deserialize, Serialize};

use super::keys::ChunkKey;

#[cfg(target_arch = "wasm32")]
pub mod host;
#[cfg(target_arch = "wasm32")]
pub mod worker;

/// The increments may grow to this fraction of the snapshot (1/32).
const INCREMENTS_PER_SNAPSHOT: usize = 32;
/// ...and to at least this many bytes, so that a small document is not
/// rewritten after every few edits. Each compaction starts a worker that
/// loads and rewrites the document, and the saves around it wait: with 16 KB
/// the leadership document compacted every forty crisis entries or so, and
/// a crisis entry's durable p95 was 23–33 ms instead of 15–17. Opening costs
/// little more, since the increments load as one batch (`merge_chunks`: 64
/// KB of small changes add about 2 ms natively).
const MIN_INCREMENT_BYTES: usize = 64 * 1024;

/// Whether a document stored as a snapshot of `snapshot_bytes` (0 for none)
/// and increments of `increment_bytes` in all should be compacted.
pub fn compaction_due(increment_bytes: usize, snapshot_bytes: usize) -> bool {
    increment_bytes >= (snapshot_bytes / INCREMENTS_PER_SNAPSHOT).max(MIN_INCREMENT_BYTES)
}

/// What the page asks the worker: one document of one database. It travels
/// as the worker's name, which the worker can read as soon as it starts, so
/// no message can arrive before the worker listens.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Request {
    pub database: String,
    pub document: String,
}

/// What a compaction wrote and deleted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Compacted {
    pub snapshot: ChunkKey,
    /// The heads of the snapshot: the page counts it as held in memory only
    /// when its document has all of them.
    pub heads: Vec<ChangeHash>,
    pub bytes: usize,
    /// The chunks merged into the snapshot and deleted with its writing.
    pub replaced: Vec<ChunkKey>,
}

/// The worker's one message back.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Reply {
    Compacted(Compacted),
    Failed(String),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_small_document_compacts_after_sixty_four_kilobytes_of_increments() {
        assert!(!compaction_due(64 * 1024 - 1, 0));
        assert!(compaction_due(64 * 1024, 0));
        assert!(!compaction_due(64 * 1024 - 1, 100_000));
    }

    #[test]
    fn a_big_document_compacts_after_a_thirty_second_of_its_size() {
        let busy_year = 6_500_000;
        assert!(!compaction_due(busy_year / 32 - 1, busy_year));
        assert!(compaction_due(busy_year / 32, busy_year));
    }

    #[test]
    fn a_reply_travels_as_json_and_back() {
        let reply = Reply::Compacted(Compacted {
            snapshot: ChunkKey::snapshot("doc", &[]),
            heads: vec![ChangeHash([7; 32])],
            bytes: 1234,
            replaced: vec![ChunkKey::incremental("doc", b"a")],
        });
        let text = serde_json::to_string(&reply).unwrap();
        assert_eq!(serde_json::from_str::<Reply>(&text).unwrap(), reply);
    }
}
