//! Where documents are kept: samod's filesystem layout (that of
//! automerge-repo's `NodeFSStorageAdapter`), with two changes that keep
//! every change the relay acknowledged.
//!
//! samod acknowledges a change (its next sync message names the new heads)
//! without waiting for the change to be written: the document actor hands
//! its writes to the I/O loop and its replies to the hub in the same step,
//! and nothing orders the reply after the write. A relay killed in between
//! loses a change the device was told is stored, and the device, believing
//! it, may drop it. So the relay writes every change a device sends to disk
//! *before* samod sees the frame ([`write_ahead`]): samod can acknowledge
//! only what it has received, and what it has received is on disk. The
//! files are in samod's own layout (`<document>/incremental/wal-<sha256>`),
//! so samod loads them at its next start and its next compaction replaces
//! them.
//!
//! samod's own writes truncate and rewrite a file in place, and a compaction
//! rewrites a snapshot under the same name when the heads are the same (at
//! every start, for a document of more than ten changes): a kill in between
//! leaves the document with nothing. [`DurableStorage`] writes to a
//! temporary file and renames it over the old one.

use std::collections::HashMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use samod::storage::{Storage, StorageKey, TokioFilesystemStorage};
use samod::DocumentId;
use sha2::{Digest, Sha256};
use tracing::warn;

/// The magic bytes every Automerge chunk starts with.
const CHUNK_MAGIC: [u8; 4] = [0x85, 0x6f, 0x4a, 0x83];

/// samod's storage in `data_dir`, writing each file atomically.
#[derive(Clone, Debug)]
pub struct DurableStorage {
    data_dir: PathBuf,
    reads: TokioFilesystemStorage,
    /// Waited before each write: a slow disk, for tests.
    slow_writes: Duration,
}

impl DurableStorage {
    pub fn new(data_dir: &Path, slow_writes: Duration) -> Self {
        Self {
            data_dir: data_dir.to_path_buf(),
            reads: TokioFilesystemStorage::new(data_dir),
            slow_writes,
        }
    }
}

/// The file of `key` under `data_dir`, as samod lays it out: the first
/// component (the document id) split after two characters.
pub fn key_path(data_dir: &Path, key: &StorageKey) -> PathBuf {
    let mut path = data_dir.to_path_buf();
    for (index, component) in key.into_iter().enumerate() {
        if index == 0 {
            let split = component
                .char_indices()
                .nth(2)
                .map_or(component.len(), |(at, _)| at);
            path.push(&component[..split]);
            path.push(&component[split..]);
        } else {
            path.push(component);
        }
    }
    path
}

/// The directory holding everything of `document`.
pub fn document_dir(data_dir: &Path, document: &DocumentId) -> PathBuf {
    let key = StorageKey::from_parts([document.to_string()]).expect("a document id is a key");
    key_path(data_dir, &key)
}

/// Writes `data` to `path` through a temporary file, flushed and renamed:
/// `path` holds the old contents or the new, never part of either.
pub fn write_atomically(path: &Path, data: &[u8]) -> std::io::Result<()> {
    let parent = path.parent().expect("storage paths have a parent");
    fs::create_dir_all(parent)?;
    let name = path
        .file_name()
        .and_then(|name| name.to_str())
        .unwrap_or("chunk");
    let temporary = parent.join(format!(".{name}.{}.tmp", random_suffix()));
    let written = (|| {
        let mut file = fs::File::create(&temporary)?;
        file.write_all(data)?;
        file.sync_data()?;
        fs::rename(&temporary, path)
    })();
    if written.is_err() {
        let _ = fs::remove_file(&temporary);
    }
    written
}

fn random_suffix() -> u64 {
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes).expect("the operating system has randomness");
    u64::from_le_bytes(bytes)
}

impl Storage for DurableStorage {
    fn load(&self, key: StorageKey) -> impl std::future::Future<Output = Option<Vec<u8>>> + Send {
        self.reads.load(key)
    }

    fn load_range(
        &self,
        prefix: StorageKey,
    ) -> impl std::future::Future<Output = HashMap<StorageKey, Vec<u8>>> + Send {
        let loading = self.reads.load_range(prefix);
        async move {
            let mut loaded = loading.await;
            // A temporary file left by a kill mid-write is not a chunk.
            loaded.retain(|key, _| {
                key.into_iter()
                    .last()
                    .is_none_or(|name| !name.starts_with('.'))
            });
            loaded
        }
    }

    fn put(&self, key: StorageKey, data: Vec<u8>) -> impl std::future::Future<Output = ()> + Send {
        let path = key_path(&self.data_dir, &key);
        let slow = self.slow_writes;
        async move {
            if !slow.is_zero() {
                tokio::time::sleep(slow).await;
            }
            let shown = path.clone();
            let written = tokio::task::spawn_blocking(move || write_atomically(&path, &data)).await;
            match written {
                Ok(Ok(())) => {}
                Ok(Err(err)) => {
                    warn!(path = %shown.display(), %err, "could not write a document chunk")
                }
                Err(err) => {
                    warn!(path = %shown.display(), %err, "could not write a document chunk")
                }
            }
        }
    }

    fn delete(&self, key: StorageKey) -> impl std::future::Future<Output = ()> + Send {
        self.reads.delete(key)
    }
}

/// The chunks (changes, or a document) a device's sync message carries,
/// if it carries any.
pub fn chunks(sync_data: &[u8]) -> Vec<Vec<u8>> {
    match automerge::sync::Message::decode(sync_data) {
        Ok(message) => message
            .changes
            .iter()
            .filter(|chunk| chunk.starts_with(&CHUNK_MAGIC))
            .map(<[u8]>::to_vec)
            .collect(),
        Err(_) => Vec::new(),
    }
}

/// The file a write-ahead chunk is kept in.
pub fn write_ahead_path(data_dir: &Path, document: &DocumentId, chunk: &[u8]) -> PathBuf {
    let name = format!("wal-{}", hex(&Sha256::digest(chunk)));
    document_dir(data_dir, document)
        .join("incremental")
        .join(name)
}

/// Why [`Quota::write_ahead`] did not store a message's chunks.
#[derive(Debug, thiserror::Error)]
pub enum Refusal {
    #[error("the document holds {used} bytes; {adding} more would pass its quota of {max}")]
    OverQuota { used: u64, adding: u64, max: u64 },
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

/// The bytes each document may hold, and the write-ahead of every change
/// that counts against them: what a document holds is what was on disk when
/// the relay first saw it since starting, plus every chunk it stored since.
#[derive(Clone)]
pub struct Quota(Arc<QuotaInner>);

struct QuotaInner {
    data_dir: PathBuf,
    max: u64,
    /// Document → its bytes, once counted; one writer per document at once.
    used: Mutex<HashMap<String, Arc<Mutex<Option<u64>>>>>,
}

impl Quota {
    pub fn new(data_dir: &Path, max_document_bytes: u64) -> Self {
        Self(Arc::new(QuotaInner {
            data_dir: data_dir.to_path_buf(),
            max: max_document_bytes,
            used: Mutex::new(HashMap::new()),
        }))
    }

    fn slot(&self, document: &DocumentId) -> Arc<Mutex<Option<u64>>> {
        let mut used = self.0.used.lock().expect("no panics while locked");
        used.entry(document.to_string()).or_default().clone()
    }

    /// Writes `chunks` of `document` to disk before samod sees them (see
    /// the module documentation), unless they would take the document past
    /// its quota. Chunks already on disk count and cost nothing. Blocks:
    /// call it where blocking is fine.
    pub fn write_ahead(&self, document: &DocumentId, chunks: &[Vec<u8>]) -> Result<(), Refusal> {
        let slot = self.slot(document);
        let mut used = slot.lock().expect("no panics while locked");
        let before = *used.get_or_insert_with(|| document_bytes(&self.0.data_dir, document));
        let fresh: Vec<(PathBuf, &Vec<u8>)> = chunks
            .iter()
            .map(|chunk| (write_ahead_path(&self.0.data_dir, document, chunk), chunk))
            .filter(|(path, _)| !path.exists())
            .collect();
        let adding: u64 = fresh.iter().map(|(_, chunk)| chunk.len() as u64).sum();
        if before.saturating_add(adding) > self.0.max {
            return Err(Refusal::OverQuota {
                used: before,
                adding,
                max: self.0.max,
            });
        }
        for (path, chunk) in fresh {
            write_atomically(&path, chunk)?;
            *used = Some(used.unwrap_or(0) + chunk.len() as u64);
        }
        Ok(())
    }

    /// What `document` holds by this count, if the relay counted it yet.
    pub fn used(&self, document: &DocumentId) -> Option<u64> {
        *self.slot(document).lock().expect("no panics while locked")
    }
}

/// The bytes `document` takes on disk now.
pub fn document_bytes(data_dir: &Path, document: &DocumentId) -> u64 {
    fn size(path: &Path) -> u64 {
        match fs::symlink_metadata(path) {
            Ok(meta) if meta.is_dir() => fs::read_dir(path)
                .map(|entries| entries.flatten().map(|entry| size(&entry.path())).sum())
                .unwrap_or(0),
            Ok(meta) => meta.len(),
            Err(_) => 0,
        }
    }
    size(&document_dir(data_dir, document))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_laid_out_as_samod_lays_them_out() {
        let key = StorageKey::from_parts(["abcdef", "snapshot", "123"]).unwrap();
        assert_eq!(
            key_path(Path::new("/d"), &key),
            Path::new("/d/ab/cdef/snapshot/123")
        );
    }

    #[test]
    fn an_atomic_write_replaces_the_file_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x/y/chunk");
        write_atomically(&path, b"one").unwrap();
        write_atomically(&path, b"two").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"two");
        assert_eq!(fs::read_dir(dir.path().join("x/y")).unwrap().count(), 1);
    }
}
