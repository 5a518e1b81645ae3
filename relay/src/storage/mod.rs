//! Where documents are kept, in automerge-repo's key layout
//! (`<document>/incremental/<hash>`, `<document>/snapshot/<hash>`): files
//! in the data directory ([`files`], the default, which needs nothing
//! installed) or a PostgreSQL database that several relays share
//! ([`postgres`]).
//!
//! Either way the relay keeps every change it acknowledged. samod
//! acknowledges a change (its next sync message names the new heads)
//! without waiting for the change to be written: the document actor hands
//! its writes to the I/O loop and its replies to the hub in the same step,
//! and nothing orders the reply after the write. A relay killed in between
//! would lose a change the device was told is stored, and the device,
//! believing it, may drop it. So the relay stores every change a device
//! sends *before* samod sees the frame ([`Quota::write_ahead`]): samod can
//! acknowledge only what it has received, and what it has received is
//! stored. Write-ahead chunks are kept under samod's own keys
//! ([`write_ahead_key`]), so samod finds them stored and its compactions
//! replace them.

pub mod files;
mod follow;
pub mod postgres;

use std::collections::HashMap;
use std::future::Future;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use samod::storage::{Storage, StorageKey};
use samod::DocumentId;
use sha2::{Digest, Sha256};

pub use files::{document_dir, FileStore};
pub use follow::follow_other_relays;
pub use postgres::PostgresStore;

/// The magic bytes every Automerge chunk starts with.
const CHUNK_MAGIC: [u8; 4] = [0x85, 0x6f, 0x4a, 0x83];

/// Where this relay keeps documents: samod's storage, and the write-ahead.
#[derive(Clone)]
pub enum Store {
    Files(FileStore),
    Postgres(PostgresStore),
}

impl Store {
    /// The store `storage` names: a `postgres://` (or `postgresql://`) URL,
    /// or, when there is none, files under `data_dir`. `slow_writes` is
    /// waited before each of samod's writes: a slow disk, for tests.
    pub async fn open(
        storage: Option<&str>,
        data_dir: &Path,
        slow_writes: Duration,
    ) -> anyhow::Result<Self> {
        match storage {
            None => Ok(Store::Files(FileStore::new(data_dir, slow_writes))),
            Some(url) if url.starts_with("postgres://") || url.starts_with("postgresql://") => Ok(
                Store::Postgres(PostgresStore::connect(url, slow_writes).await?),
            ),
            Some(other) => anyhow::bail!(
                "--storage {other:?} is not a PostgreSQL URL (postgres://user@host:port/database); \
                 leave it out to keep documents in the data directory"
            ),
        }
    }

    /// A device of this relay uses `document`: with a shared database, keep
    /// this relay's copy up to date with what other relays store of it.
    pub fn use_document(&self, document: &DocumentId) {
        if let Store::Postgres(postgres) = self {
            postgres.use_document(document);
        }
    }

    /// What the document holds in this store, in bytes.
    async fn document_bytes(&self, document: &DocumentId) -> std::io::Result<u64> {
        match self {
            Store::Files(files) => files.document_bytes(document).await,
            Store::Postgres(postgres) => postgres.document_bytes(document).await,
        }
    }

    /// Which of `keys` the store does not hold yet.
    async fn missing(&self, keys: Vec<StorageKey>) -> std::io::Result<Vec<StorageKey>> {
        match self {
            Store::Files(files) => files.missing(keys).await,
            Store::Postgres(postgres) => postgres.missing(keys).await,
        }
    }

    /// Stores write-ahead `chunks`, each durably before this returns.
    async fn write_ahead(&self, chunks: Vec<(StorageKey, Vec<u8>)>) -> std::io::Result<()> {
        match self {
            Store::Files(files) => files.write_ahead(chunks).await,
            Store::Postgres(postgres) => postgres.write_ahead(chunks).await,
        }
    }
}

impl Storage for Store {
    fn load(&self, key: StorageKey) -> impl Future<Output = Option<Vec<u8>>> + Send {
        let store = self.clone();
        async move {
            match store {
                Store::Files(files) => files.load(key).await,
                Store::Postgres(postgres) => postgres.load(key).await,
            }
        }
    }

    fn load_range(
        &self,
        prefix: StorageKey,
    ) -> impl Future<Output = HashMap<StorageKey, Vec<u8>>> + Send {
        let store = self.clone();
        async move {
            match store {
                Store::Files(files) => files.load_range(prefix).await,
                Store::Postgres(postgres) => postgres.load_range(prefix).await,
            }
        }
    }

    fn put(&self, key: StorageKey, data: Vec<u8>) -> impl Future<Output = ()> + Send {
        let store = self.clone();
        async move {
            match store {
                Store::Files(files) => files.put(key, data).await,
                Store::Postgres(postgres) => postgres.put(key, data).await,
            }
        }
    }

    fn delete(&self, key: StorageKey) -> impl Future<Output = ()> + Send {
        let store = self.clone();
        async move {
            match store {
                Store::Files(files) => files.delete(key).await,
                Store::Postgres(postgres) => postgres.delete(key).await,
            }
        }
    }
}

/// The chunks (changes, or a document) a device's sync message carries.
pub fn chunks(message: &automerge::sync::Message) -> Vec<Vec<u8>> {
    message
        .changes
        .iter()
        .filter(|chunk| chunk.starts_with(&CHUNK_MAGIC))
        .map(<[u8]>::to_vec)
        .collect()
}

/// The key a write-ahead chunk is kept under. A change goes where samod
/// itself keeps it (`<document>/incremental/<change hash>`): samod's own
/// write of it then finds it stored, and samod's next compaction, which
/// removes only keys it knows of, removes it too. Anything else (a whole
/// document) goes under `wal-<sha256>`, folded in at samod's next start.
pub fn write_ahead_key(document: &DocumentId, chunk: &[u8]) -> StorageKey {
    match automerge::Change::try_from(chunk) {
        Ok(change) => StorageKey::incremental_path(document, change.hash()),
        Err(_) => {
            let name = format!("wal-{}", hex(&Sha256::digest(chunk)));
            StorageKey::from_parts([document.to_string(), "incremental".into(), name])
                .expect("document ids and hex names are keys")
        }
    }
}

/// Whether `key` names one change, whose bytes never differ: a store that
/// holds it already need not write it again.
fn is_change(key: &StorageKey) -> bool {
    key.into_iter()
        .nth(1)
        .is_some_and(|part| part == "incremental")
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
/// that counts against them: what a document holds is what was stored when
/// this relay first saw it since starting, plus every chunk it stored
/// since. (Relays sharing a database each keep their own count, so a
/// document written through several may pass its quota by what the others
/// added since.)
#[derive(Clone)]
pub struct Quota(Arc<QuotaInner>);

struct QuotaInner {
    store: Store,
    max: u64,
    /// Document → its bytes, once counted; one writer per document at once.
    used: Mutex<HashMap<String, Arc<tokio::sync::Mutex<Option<u64>>>>>,
}

impl Quota {
    pub fn new(store: Store, max_document_bytes: u64) -> Self {
        Self(Arc::new(QuotaInner {
            store,
            max: max_document_bytes,
            used: Mutex::new(HashMap::new()),
        }))
    }

    /// The store the write-ahead writes to.
    pub fn store(&self) -> &Store {
        &self.0.store
    }

    fn slot(&self, document: &DocumentId) -> Arc<tokio::sync::Mutex<Option<u64>>> {
        let mut used = self.0.used.lock().expect("no panics while locked");
        used.entry(document.to_string()).or_default().clone()
    }

    /// Stores `chunks` of `document` before samod sees them (see the module
    /// documentation), unless they would take the document past its quota.
    /// Chunks already stored count and cost nothing.
    pub async fn write_ahead(
        &self,
        document: &DocumentId,
        chunks: Vec<Vec<u8>>,
    ) -> Result<(), Refusal> {
        let slot = self.slot(document);
        let mut used = slot.lock().await;
        let before = match *used {
            Some(bytes) => bytes,
            None => self.0.store.document_bytes(document).await?,
        };
        *used = Some(before);
        let mut keyed: HashMap<StorageKey, Vec<u8>> = chunks
            .into_iter()
            .map(|chunk| (write_ahead_key(document, &chunk), chunk))
            .collect();
        let missing = self
            .0
            .store
            .missing(keyed.keys().cloned().collect())
            .await?;
        let fresh: Vec<(StorageKey, Vec<u8>)> = missing
            .into_iter()
            .filter_map(|key| keyed.remove_entry(&key))
            .collect();
        let adding: u64 = fresh.iter().map(|(_, chunk)| chunk.len() as u64).sum();
        if before.saturating_add(adding) > self.0.max {
            return Err(Refusal::OverQuota {
                used: before,
                adding,
                max: self.0.max,
            });
        }
        self.0.store.write_ahead(fresh).await?;
        *used = Some(before + adding);
        Ok(())
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
