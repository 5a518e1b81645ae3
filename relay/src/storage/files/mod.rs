//! Documents as files in the data directory: samod's filesystem layout
//! (that of automerge-repo's `NodeFSStorageAdapter`), with every file
//! written atomically, and the changes written ahead appended to one log per
//! document ([`write_ahead_log`]) until samod compacts them into a snapshot.
//!
//! samod's own writes truncate and rewrite a file in place, and a compaction
//! rewrites a snapshot under the same name when the heads are the same (at
//! every start, for a document of more than ten changes): a kill in between
//! would leave the document with nothing. [`FileStore`] writes to a
//! temporary file and renames it over the old one.
//!
//! To samod, a change in a log is stored under its own key
//! (`<document>/incremental/<hash>`): loading a document lists it, writing
//! it finds it stored, and deleting it (once a compaction holds it) tells
//! the log it is no longer needed.

mod write_ahead_log;

use std::collections::HashMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use automerge::ChangeHash;
use samod::storage::{Storage, StorageKey, TokioFilesystemStorage};
use samod::DocumentId;
use tracing::warn;

use write_ahead_log::WriteAheadLogs;

/// samod's storage in `data_dir`, writing each file atomically.
#[derive(Clone, Debug)]
pub struct FileStore {
    data_dir: PathBuf,
    reads: TokioFilesystemStorage,
    /// Waited before each write: a slow disk, for tests.
    slow_writes: Duration,
    logs: Arc<WriteAheadLogs>,
}

impl FileStore {
    pub fn new(data_dir: &Path, slow_writes: Duration) -> Self {
        Self {
            data_dir: data_dir.to_path_buf(),
            reads: TokioFilesystemStorage::new(data_dir),
            slow_writes,
            logs: Arc::default(),
        }
    }

    /// The bytes `document` takes on disk now.
    pub async fn document_bytes(&self, document: &DocumentId) -> std::io::Result<u64> {
        let dir = document_dir(&self.data_dir, document);
        tokio::task::spawn_blocking(move || tree_bytes(&dir))
            .await
            .map_err(std::io::Error::other)
    }

    /// Which of `keys` are stored neither in a log nor in a file.
    pub async fn missing(&self, keys: Vec<StorageKey>) -> std::io::Result<Vec<StorageKey>> {
        let store = self.clone();
        blocking(move || {
            let mut missing = Vec::new();
            for key in keys {
                if !store.holds(&key)? {
                    missing.push(key);
                }
            }
            Ok(missing)
        })
        .await
    }

    /// Stores each chunk, flushed, before returning: changes appended to
    /// their document's log, anything else in a file of its own.
    pub async fn write_ahead(&self, chunks: Vec<(StorageKey, Vec<u8>)>) -> std::io::Result<()> {
        let store = self.clone();
        blocking(move || {
            let mut logged: HashMap<PathBuf, Vec<(ChangeHash, Vec<u8>)>> = HashMap::new();
            for (key, chunk) in chunks {
                match store.logged_change(&key) {
                    Some((dir, hash)) => logged.entry(dir).or_default().push((hash, chunk)),
                    None => write_atomically(&key_path(&store.data_dir, &key), &chunk)?,
                }
            }
            logged
                .iter()
                .try_for_each(|(dir, changes)| store.logs.with(dir, |log| log.append(changes)))
        })
        .await
    }

    /// Whether `key` is stored, in a log or a file. Blocking.
    fn holds(&self, key: &StorageKey) -> std::io::Result<bool> {
        if let Some((dir, hash)) = self.logged_change(key) {
            if self.logs.with(&dir, |log| Ok(log.holds(&hash)))? {
                return Ok(true);
            }
        }
        Ok(key_path(&self.data_dir, key).exists())
    }

    /// The document directory and change of `key`, if it names one change
    /// (`<document>/incremental/<hash>`): what a log may hold.
    fn logged_change(&self, key: &StorageKey) -> Option<(PathBuf, ChangeHash)> {
        let parts: Vec<&String> = key.into_iter().collect();
        let [document, kind, name] = parts[..] else {
            return None;
        };
        let hash = (kind == "incremental").then(|| name.parse::<ChangeHash>().ok())??;
        let document = StorageKey::from_parts([document.clone()]).ok()?;
        Some((key_path(&self.data_dir, &document), hash))
    }

    /// The changes the log of `prefix`'s document still needs, under samod's
    /// keys for them, that `prefix` names.
    fn logged_under(&self, prefix: &StorageKey) -> std::io::Result<HashMap<StorageKey, Vec<u8>>> {
        let mut parts = prefix.into_iter();
        let Some(document) = parts.next() else {
            return Ok(HashMap::new());
        };
        // samod loads a document's snapshots and its changes apart: only
        // the changes' prefix (or the whole document's) can name a logged one.
        if parts.next().is_some_and(|kind| kind != "incremental") {
            return Ok(HashMap::new());
        }
        let document_key = StorageKey::from_parts([document.clone()])
            .expect("a key's first part is a key of its own");
        let dir = key_path(&self.data_dir, &document_key);
        let changes = self.logs.with(&dir, |log| log.needed_changes())?;
        Ok(changes
            .into_iter()
            .filter_map(|(hash, chunk)| {
                let key = StorageKey::from_parts([
                    document.clone(),
                    "incremental".into(),
                    hash.to_string(),
                ])
                .ok()?;
                prefix.is_prefix_of(&key).then_some((key, chunk))
            })
            .collect())
    }
}

/// Runs blocking file work off the async threads.
async fn blocking<R: Send + 'static>(
    work: impl FnOnce() -> std::io::Result<R> + Send + 'static,
) -> std::io::Result<R> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(std::io::Error::other)?
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
        let loading = self.reads.load_range(prefix.clone());
        let store = self.clone();
        async move {
            let mut loaded = loading.await;
            // A temporary file left by a kill mid-write is not a chunk.
            loaded.retain(|key, _| {
                key.into_iter()
                    .last()
                    .is_none_or(|name| !name.starts_with('.'))
            });
            match blocking(move || store.logged_under(&prefix)).await {
                Ok(logged) => loaded.extend(logged),
                Err(err) => warn!(%err, "could not read a document's write-ahead log"),
            }
            loaded
        }
    }

    fn put(&self, key: StorageKey, data: Vec<u8>) -> impl std::future::Future<Output = ()> + Send {
        let store = self.clone();
        async move {
            if !store.slow_writes.is_zero() {
                tokio::time::sleep(store.slow_writes).await;
            }
            let path = key_path(&store.data_dir, &key);
            let shown = path.clone();
            let written = blocking(move || {
                // A change the write-ahead stored is there whole: writing
                // it again would cost a file for nothing.
                if super::is_change(&key) && store.holds(&key)? {
                    return Ok(());
                }
                write_atomically(&path, &data)
            })
            .await;
            if let Err(err) = written {
                warn!(path = %shown.display(), %err, "could not write a document chunk");
            }
        }
    }

    fn delete(&self, key: StorageKey) -> impl std::future::Future<Output = ()> + Send {
        let store = self.clone();
        async move {
            if let Some((dir, hash)) = store.logged_change(&key) {
                let logs = store.logs.clone();
                let forgotten =
                    blocking(move || logs.with(&dir, |log| log.stored_elsewhere(&hash))).await;
                if let Err(err) = forgotten {
                    warn!(%key, %err, "could not shorten a document's write-ahead log");
                }
            }
            // A change may also have a file of its own, written before the
            // logs were.
            store.reads.delete(key).await;
        }
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

    /// samod sees a change in a log as stored under its own key: listed
    /// when the document loads, not written again, and the log gone once
    /// samod deletes the key after compacting it, with no file made for it.
    #[tokio::test]
    async fn samod_sees_a_logged_change_under_its_own_key() {
        use automerge::transaction::Transactable;
        let dir = tempfile::tempdir().unwrap();
        let store = FileStore::new(dir.path(), Duration::ZERO);
        let document: DocumentId = handover::doc::DocumentId::random()
            .as_str()
            .parse()
            .unwrap();
        let mut doc = automerge::Automerge::new();
        let mut tx = doc.transaction();
        tx.put(automerge::ROOT, "client", "Ada").unwrap();
        tx.commit();
        let change = doc.get_changes(&[]).remove(0);
        let key = StorageKey::incremental_path(&document, change.hash());
        let bytes = change.raw_bytes().to_vec();

        store
            .write_ahead(vec![(key.clone(), bytes.clone())])
            .await
            .unwrap();
        assert!(store.missing(vec![key.clone()]).await.unwrap().is_empty());
        let loaded = store
            .load_range(StorageKey::incremental_prefix(&document))
            .await;
        assert_eq!(loaded, HashMap::from([(key.clone(), bytes.clone())]));
        let snapshots = store
            .load_range(StorageKey::snapshot_prefix(&document))
            .await;
        assert!(snapshots.is_empty(), "a logged change listed as a snapshot");

        store.put(key.clone(), bytes).await;
        assert!(
            !key_path(dir.path(), &key).exists(),
            "a file for a logged change"
        );
        store.delete(key.clone()).await;
        assert_eq!(tree_bytes(&document_dir(dir.path(), &document)), 0);
        assert_eq!(store.missing(vec![key.clone()]).await.unwrap(), [key]);
    }
}
