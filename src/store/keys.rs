//! Storage keys in automerge-repo's layout.

use std::cmp::Reverse;

use automerge::ChangeHash;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// What a stored chunk holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ChunkKind {
    /// Changes appended by one save.
    Incremental,
    /// A whole compacted document.
    Snapshot,
}

impl ChunkKind {
    pub fn code(self) -> &'static str {
        match self {
            ChunkKind::Incremental => "incremental",
            ChunkKind::Snapshot => "snapshot",
        }
    }

    pub fn from_code(code: &str) -> Option<ChunkKind> {
        [ChunkKind::Incremental, ChunkKind::Snapshot]
            .into_iter()
            .find(|k| k.code() == code)
    }
}

/// The kind of the entry that holds a snapshot of a document's records
/// (`doc::Snapshot`), keyed `[documentId, "records", headsHash]` beside its
/// chunks. automerge-repo's layout has no such kind; its tools, like this
/// app's loading, leave entries of kinds they do not know alone.
pub const RECORDS: &str = "records";

/// The key of the records snapshot read at `heads`.
pub fn records_key(document: &str, heads: &[ChangeHash]) -> [String; 3] {
    [
        document.to_string(),
        RECORDS.to_string(),
        ChunkKey::snapshot(document, heads).hash,
    ]
}

/// `[documentId, kind, hash]`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ChunkKey {
    pub document: String,
    pub kind: ChunkKind,
    pub hash: String,
}

impl ChunkKey {
    /// The key of an incremental chunk: the SHA-256 of its bytes, so the same
    /// bytes saved twice (by two tabs) land on one key.
    pub fn incremental(document: &str, bytes: &[u8]) -> Self {
        Self {
            document: document.to_string(),
            kind: ChunkKind::Incremental,
            hash: hex::encode(Sha256::digest(bytes)),
        }
    }

    /// The key of a snapshot: the SHA-256 of the document heads' hex strings,
    /// concatenated, as automerge-repo's `headsHash` computes it.
    pub fn snapshot(document: &str, heads: &[ChangeHash]) -> Self {
        let mut hasher = Sha256::new();
        for head in heads {
            hasher.update(head.to_string().as_bytes());
        }
        Self {
            document: document.to_string(),
            kind: ChunkKind::Snapshot,
            hash: hex::encode(hasher.finalize()),
        }
    }

    /// Where a stored chunk of `len` bytes comes when loading: snapshots
    /// first, the biggest first, and the increments after them. The first
    /// snapshot is then loaded whole into the empty document; any chunk
    /// before it would make Automerge apply the snapshot's changes one by one
    /// (see `crate::doc::merge_chunks`). Sort by this, ascending.
    pub fn load_rank(&self, len: usize) -> (bool, Reverse<usize>) {
        (self.kind != ChunkKind::Snapshot, Reverse(len))
    }

    /// The three parts, as stored.
    pub fn parts(&self) -> [&str; 3] {
        [&self.document, self.kind.code(), &self.hash]
    }

    /// Reads stored key parts; `None` for keys of other kinds (such as
    /// automerge-repo's `sync-state`) or malformed ones.
    pub fn from_parts(parts: &[String]) -> Option<Self> {
        match parts {
            [document, kind, hash] => Some(Self {
                document: document.clone(),
                kind: ChunkKind::from_code(kind)?,
                hash: hash.clone(),
            }),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn incremental_keys_hash_the_bytes() {
        let key = ChunkKey::incremental("doc", b"abc");
        assert_eq!(
            key.parts(),
            [
                "doc",
                "incremental",
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
            ]
        );
        let parts: Vec<String> = key.parts().iter().map(|p| p.to_string()).collect();
        assert_eq!(ChunkKey::from_parts(&parts), Some(key));
    }

    #[test]
    fn snapshot_keys_hash_the_heads_like_automerge_repo() {
        let head: ChangeHash = "0b8cc855db62795c4295ae5c198b9352f2505227193c3c219813b599caabeacb"
            .parse()
            .unwrap();
        let key = ChunkKey::snapshot("doc", &[head]);
        let expected = hex::encode(Sha256::digest(head.to_string().as_bytes()));
        assert_eq!(key.hash, expected);
        assert_eq!(key.kind, ChunkKind::Snapshot);
    }

    #[test]
    fn loading_takes_the_biggest_snapshot_first_and_the_increments_last() {
        let increment = ChunkKey::incremental("doc", b"a");
        let snapshot = ChunkKey::snapshot("doc", &[]);
        // Stored keys sort "incremental" before "snapshot": that order must not count.
        let mut stored = [
            (&increment, 9_000),
            (&snapshot, 100),
            (&snapshot, 5_000),
            (&increment, 10),
        ];
        stored.sort_by_key(|(key, len)| key.load_rank(*len));
        let order: Vec<(ChunkKind, usize)> = stored.iter().map(|(k, len)| (k.kind, *len)).collect();
        assert_eq!(
            order,
            [
                (ChunkKind::Snapshot, 5_000),
                (ChunkKind::Snapshot, 100),
                (ChunkKind::Incremental, 9_000),
                (ChunkKind::Incremental, 10),
            ]
        );
    }

    #[test]
    fn other_keys_are_not_chunks() {
        let sync_state = ["doc".to_string(), "sync-state".into(), "peer".into()];
        assert_eq!(ChunkKey::from_parts(&sync_state), None);
        assert_eq!(ChunkKey::from_parts(&["doc".to_string()]), None);
    }
}
