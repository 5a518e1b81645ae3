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

/// The file a deleted chunk's file becomes in its directory, emptied, for
/// the next write there to take over ([`recycle`], [`write_atomically`]).
/// Creating a file costs ext4 a search for a free inode that grows with the
/// files freed lately, and every compaction of every document wrote one
/// snapshot and deleted another: 6% of the relay's CPU under
/// `relay-load --teams 100x10`. Its name starts with a dot, so no listing
/// of chunks takes it for one.
const SPARE: &str = ".spare";

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
    // Taking the spare over is a rename, atomic: of two writers in one
    // directory, one gets it and the other creates a file.
    let _ = fs::rename(parent.join(SPARE), &temporary);
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

/// Deletes the file at `path` (if there is one) by making it its
/// directory's spare, emptied. A kill in between leaves the file where it
/// was (a chunk the next compaction deletes again) or a spare with bytes
/// in it (taken over and rewritten by the next write).
fn recycle(path: &Path) -> std::io::Result<()> {
    let spare = path.with_file_name(SPARE);
    match fs::rename(path, &spare) {
        Ok(()) => fs::OpenOptions::new().write(true).open(&spare)?.set_len(0),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(err) => Err(err),
    }
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
            // Most changes samod writes were written ahead a moment ago:
            // telling so from memory spares a trip to a blocking thread.
            if store
                .logged_change(&key)
                .is_some_and(|(dir, hash)| store.logs.surely_holds(&dir, &hash))
            {
                return;
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
            let path = key_path(&store.data_dir, &key);
            let logged = store.logged_change(&key);
            // A compaction deletes every change it holds, and most of them
            // only drop a record of the log in memory: done so, with no trip
            // to a blocking thread. A change the log held was not written
            // to a file of its own too (`put` skips those), unless it was
            // stored before the logs were and sent again since: that file
            // stays, a copy of a change in the snapshot, until a later
            // compaction deletes its key again.
            if logged
                .as_ref()
                .is_some_and(|(dir, hash)| store.logs.surely_stored_elsewhere(dir, hash))
            {
                return;
            }
            let shown = key.clone();
            // Otherwise, one trip to a blocking thread.
            let deleted = blocking(move || {
                if let Some((dir, hash)) = logged {
                    if let Err(err) = store.logs.with(&dir, |log| log.stored_elsewhere(&hash)) {
                        warn!(%key, %err, "could not shorten a document's write-ahead log");
                    }
                }
                // A change may also have a file of its own, written before
                // the logs were.
                recycle(&path)
            })
            .await;
            if let Err(err) = deleted {
                warn!(key = %shown, %err, "could not delete a stored chunk");
            }
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

    /// A store in a directory of its own, and a document it holds nothing of.
    fn empty_store() -> (tempfile::TempDir, FileStore, DocumentId) {
        let dir = tempfile::tempdir().unwrap();
        let store = FileStore::new(dir.path(), Duration::ZERO);
        let document = handover::doc::DocumentId::random()
            .as_str()
            .parse()
            .unwrap();
        (dir, store, document)
    }

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

    /// A compaction writes one snapshot and deletes the one before: the
    /// deleted file becomes the directory's spare, emptied and listed as
    /// no chunk, and the next snapshot takes it over rather than a new file.
    #[tokio::test]
    async fn a_deleted_snapshot_is_the_file_the_next_one_takes_over() {
        use std::os::unix::fs::MetadataExt;
        let (dir, store, document) = empty_store();
        let snapshot = |name: &str| {
            StorageKey::from_parts([document.to_string(), "snapshot".into(), name.into()]).unwrap()
        };
        let (first, second, third) = (snapshot("1"), snapshot("2"), snapshot("3"));
        store.put(first.clone(), b"first".to_vec()).await;
        store.put(second.clone(), b"second".to_vec()).await;
        let inode = fs::metadata(key_path(dir.path(), &first)).unwrap().ino();

        store.delete(first.clone()).await;
        let spare = key_path(dir.path(), &first).with_file_name(SPARE);
        assert_eq!(fs::read(&spare).unwrap(), b"");
        let listed = store
            .load_range(StorageKey::snapshot_prefix(&document))
            .await;
        assert_eq!(
            listed,
            HashMap::from([(second.clone(), b"second".to_vec())])
        );

        store.put(third.clone(), b"third".to_vec()).await;
        let written = key_path(dir.path(), &third);
        assert_eq!(fs::read(&written).unwrap(), b"third");
        assert_eq!(fs::metadata(&written).unwrap().ino(), inode);
        assert!(!spare.exists());
        assert_eq!(store.load(second).await.unwrap(), b"second");
    }

    /// samod sees a change in a log as stored under its own key: listed
    /// when the document loads, not written again, and the log emptied once
    /// samod deletes the key after compacting it, with no file made for it.
    #[tokio::test]
    async fn samod_sees_a_logged_change_under_its_own_key() {
        use automerge::transaction::Transactable;
        let (dir, store, document) = empty_store();
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
