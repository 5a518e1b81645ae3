//! Documents as files in the data directory: samod's filesystem layout
//! (that of automerge-repo's `NodeFSStorageAdapter`), with every file
//! written atomically.
//!
//! samod's own writes truncate and rewrite a file in place, and a compaction
//! rewrites a snapshot under the same name when the heads are the same (at
//! every start, for a document of more than ten changes): a kill in between
//! would leave the document with nothing. [`FileStore`] writes to a
//! temporary file and renames it over the old one.

use std::collections::HashMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use samod::storage::{Storage, StorageKey, TokioFilesystemStorage};
use samod::DocumentId;
use tracing::warn;

/// samod's storage in `data_dir`, writing each file atomically.
#[derive(Clone, Debug)]
pub struct FileStore {
    data_dir: PathBuf,
    reads: TokioFilesystemStorage,
    /// Waited before each write: a slow disk, for tests.
    slow_writes: Duration,
}

impl FileStore {
    pub fn new(data_dir: &Path, slow_writes: Duration) -> Self {
        Self {
            data_dir: data_dir.to_path_buf(),
            reads: TokioFilesystemStorage::new(data_dir),
            slow_writes,
        }
    }

    /// The bytes `document` takes on disk now.
    pub async fn document_bytes(&self, document: &DocumentId) -> std::io::Result<u64> {
        let dir = document_dir(&self.data_dir, document);
        tokio::task::spawn_blocking(move || tree_bytes(&dir))
            .await
            .map_err(std::io::Error::other)
    }

    /// Which of `keys` have no file yet.
    pub async fn missing(&self, keys: Vec<StorageKey>) -> std::io::Result<Vec<StorageKey>> {
        let data_dir = self.data_dir.clone();
        tokio::task::spawn_blocking(move || {
            keys.into_iter()
                .filter(|key| !key_path(&data_dir, key).exists())
                .collect()
        })
        .await
        .map_err(std::io::Error::other)
    }

    /// Writes each chunk to its file, flushed, before returning.
    pub async fn write_ahead(&self, chunks: Vec<(StorageKey, Vec<u8>)>) -> std::io::Result<()> {
        let data_dir = self.data_dir.clone();
        tokio::task::spawn_blocking(move || {
            chunks
                .iter()
                .try_for_each(|(key, chunk)| write_atomically(&key_path(&data_dir, key), chunk))
        })
        .await
        .map_err(std::io::Error::other)?
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

impl Storage for FileStore {
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
        let written_ahead = super::is_change(&key);
        async move {
            if !slow.is_zero() {
                tokio::time::sleep(slow).await;
            }
            // A change the write-ahead stored is there whole (written
            // atomically): writing it again would cost a file for nothing.
            if written_ahead && tokio::fs::try_exists(&path).await.unwrap_or(false) {
                return;
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

/// The bytes of every file under `path`.
fn tree_bytes(path: &Path) -> u64 {
    match fs::symlink_metadata(path) {
        Ok(meta) if meta.is_dir() => fs::read_dir(path)
            .map(|entries| {
                entries
                    .flatten()
                    .map(|entry| tree_bytes(&entry.path()))
                    .sum()
            })
            .unwrap_or(0),
        Ok(meta) => meta.len(),
        Err(_) => 0,
    }
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
