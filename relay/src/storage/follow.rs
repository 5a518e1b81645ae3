//! Several relays over one database: each applies to its own copy of a
//! document what the others stored of it, so that its devices get it too.
//!
//! Another relay announces each change it stores (`postgres::CHANNEL`);
//! this relay loads the chunk and hands it to samod, which merges it and
//! sends it to its devices as if one of them had made it. Only documents a
//! device of this relay uses are followed: samod loads any other from the
//! database, complete, when a device first asks for it. After the listening
//! connection was lost (the database restarted, the network), every
//! followed document is read again whole, so nothing announced meanwhile is
//! missed.

use std::collections::HashMap;
use std::time::Duration;

use samod::storage::StorageKey;
use samod::{DocHandle, DocumentId, Repo};
use tracing::{info, warn};

use super::postgres::PostgresStore;

/// How long the relay waits for samod to find a document it follows.
const FIND_LIMIT: Duration = Duration::from_secs(30);

/// Follows what other relays store in `store`'s database, for ever.
pub async fn follow_other_relays(store: PostgresStore, repo: Repo) {
    let mut follower = Follower {
        store,
        repo,
        handles: HashMap::new(),
    };
    let mut wait = Duration::from_millis(100);
    loop {
        match follower.store.listen().await {
            Ok(mut listening) => {
                wait = Duration::from_millis(100);
                for document in follower.store.documents_in_use() {
                    follower.catch_up(&document).await;
                }
                while let Some(announcement) = listening.announcements.recv().await {
                    follower.announced(announcement.key).await;
                }
                warn!("lost the connection PostgreSQL announces other relays' changes on; reconnecting");
            }
            Err(err) => {
                warn!(%err, "could not listen for other relays' changes; trying again in {wait:?}");
                tokio::time::sleep(wait).await;
                wait = (wait * 2).min(Duration::from_secs(5));
            }
        }
    }
}

struct Follower {
    store: PostgresStore,
    repo: Repo,
    /// The documents found so far: samod keeps a document once it has it,
    /// so each is looked up once, not at every change.
    handles: HashMap<String, DocHandle>,
}

impl Follower {
    /// Another relay stored the chunk `key`: merge it, if a device of this
    /// relay uses its document.
    async fn announced(&mut self, key: StorageKey) {
        let Some(document) = (&key).into_iter().next().cloned() else {
            return;
        };
        if !self.store.in_use(&document) {
            return;
        }
        match self.store.load(key).await {
            Some(chunk) => self.apply(&document, vec![chunk]).await,
            // Compacted already: the snapshot that replaced it holds it.
            None => self.catch_up(&document).await,
        }
    }

    /// Applies everything the database holds of `document`.
    async fn catch_up(&mut self, document: &str) {
        let Ok(prefix) = StorageKey::from_parts([document]) else {
            return;
        };
        let chunks = self.store.load_range(prefix).await.into_values().collect();
        self.apply(document, chunks).await;
    }

    /// Merges `chunks` into this relay's copy of `document`.
    async fn apply(&mut self, document: &str, chunks: Vec<Vec<u8>>) {
        let Some(handle) = self.handle(document).await else {
            return;
        };
        let merged = handle
            .with_document_async(move |doc| {
                chunks
                    .iter()
                    .filter_map(|chunk| doc.load_incremental(chunk).err())
                    .map(|err| err.to_string())
                    .collect::<Vec<_>>()
            })
            .await;
        if let Ok(errors) = merged {
            for err in errors {
                warn!(%document, %err, "could not merge a chunk another relay stored");
            }
        }
    }

    /// samod's handle on `document`, found once.
    async fn handle(&mut self, document: &str) -> Option<DocHandle> {
        if let Some(handle) = self.handles.get(document) {
            return Some(handle.clone());
        }
        let id = document.parse::<DocumentId>().ok()?;
        match tokio::time::timeout(FIND_LIMIT, self.repo.find(id)).await {
            Ok(Ok(Some(handle))) => {
                self.handles.insert(document.to_string(), handle.clone());
                Some(handle)
            }
            Ok(Ok(None)) | Err(_) => {
                info!(%document, "a document another relay changed is not available here yet");
                None
            }
            // The relay is stopping.
            Ok(Err(_)) => None,
        }
    }
}
