//! Documents in PostgreSQL, which several relays can share
//! (`--storage postgres://…`): one table of automerge-repo keys (their
//! components joined by `/`, which no component holds) and their bytes.
//!
//! Every write-ahead chunk is announced on the [`CHANNEL`] notification
//! channel in the statement that stores it, so the announcement goes out
//! when, and only when, the chunk is committed; the other relays apply it to
//! their copies (`super::follow`). samod's own writes are not announced:
//! they hold only changes that came through a write-ahead, or compactions
//! of them.
//!
//! samod's storage interface has no way to report a failure, and an answer
//! of "nothing stored" would be wrong, so reads and writes that fail (the
//! database restarting, the network) are retried until they succeed.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use deadpool_postgres::{Manager, ManagerConfig, Pool, RecyclingMethod};
use futures::StreamExt;
use samod::storage::StorageKey;
use samod::DocumentId;
use tokio::sync::mpsc;
use tokio_postgres::{AsyncMessage, NoTls};
use tracing::warn;

/// The notification channel write-ahead chunks are announced on, with the
/// payload `<relay> <key>`.
pub const CHANNEL: &str = "handover_chunks";

/// Connections to the database one relay holds at most (besides the one it
/// listens on).
const POOL_SIZE: usize = 16;

/// Made by the first relay to start; the lock keeps two relays starting at
/// once from racing to create it.
const SCHEMA: &str = r#"
BEGIN;
SELECT pg_advisory_xact_lock(4157339021);
CREATE TABLE IF NOT EXISTS handover_chunks (
    key text COLLATE "C" PRIMARY KEY,
    data bytea NOT NULL
);
COMMIT;
"#;

/// Stores the chunks that are new and announces each, in one statement.
const WRITE_AHEAD: &str = "
WITH stored AS (
    INSERT INTO handover_chunks (key, data)
    SELECT * FROM unnest($1::text[], $2::bytea[])
    ON CONFLICT (key) DO NOTHING
    RETURNING key
)
SELECT pg_notify('handover_chunks', $3 || ' ' || key) FROM stored";

/// Documents in one PostgreSQL database.
#[derive(Clone)]
pub struct PostgresStore {
    pool: Pool,
    config: Arc<tokio_postgres::Config>,
    /// This relay, in the announcements: it does not follow its own.
    relay: Arc<str>,
    /// The documents this relay's devices use, which it keeps up to date
    /// with what the other relays store.
    in_use: Arc<Mutex<HashSet<String>>>,
    /// Waited before each of samod's writes: a slow disk, for tests.
    slow_writes: Duration,
}

/// An announcement of a relay's write-ahead chunk.
pub struct Announcement {
    pub relay: String,
    pub key: StorageKey,
}

/// Other relays' announcements, as they come; `announcements` ends when
/// the connection they come over does.
pub struct Listening {
    /// Keeps the listening connection open.
    _client: tokio_postgres::Client,
    pub announcements: mpsc::UnboundedReceiver<Announcement>,
}

impl PostgresStore {
    /// Connects to the database at `url`, creating the table if this is
    /// the first relay to use it.
    pub async fn connect(url: &str, slow_writes: Duration) -> anyhow::Result<Self> {
        let config: tokio_postgres::Config = url
            .parse()
            .map_err(|err| anyhow::anyhow!("--storage: not a PostgreSQL URL: {err}"))?;
        let manager = Manager::from_config(
            config.clone(),
            NoTls,
            ManagerConfig {
                recycling_method: RecyclingMethod::Fast,
            },
        );
        let pool = Pool::builder(manager).max_size(POOL_SIZE).build()?;
        let client = pool
            .get()
            .await
            .map_err(|err| anyhow::anyhow!("could not connect to PostgreSQL: {err}"))?;
        client.batch_execute(SCHEMA).await?;
        Ok(Self {
            pool,
            config: Arc::new(config),
            relay: random_name().into(),
            in_use: Arc::default(),
            slow_writes,
        })
    }

    /// The relay's connections to the database, which the ledger shares.
    pub fn pool(&self) -> Pool {
        self.pool.clone()
    }

    /// A device of this relay uses `document`: follow what other relays
    /// store of it from now on.
    pub fn use_document(&self, document: &DocumentId) {
        let mut in_use = self.in_use.lock().expect("no panics while locked");
        in_use.insert(document.to_string());
    }

    /// Whether a device of this relay uses `document`.
    pub fn in_use(&self, document: &str) -> bool {
        self.in_use
            .lock()
            .expect("no panics while locked")
            .contains(document)
    }

    /// Every document a device of this relay uses.
    pub fn documents_in_use(&self) -> Vec<String> {
        let in_use = self.in_use.lock().expect("no panics while locked");
        in_use.iter().cloned().collect()
    }

    /// Listens for other relays' announcements on a connection of its own.
    pub async fn listen(&self) -> anyhow::Result<Listening> {
        let (client, mut connection) = self.config.connect(NoTls).await?;
        let (send, announcements) = mpsc::unbounded_channel();
        let relay = self.relay.clone();
        tokio::spawn(async move {
            let mut messages = futures::stream::poll_fn(|cx| connection.poll_message(cx));
            while let Some(Ok(message)) = messages.next().await {
                let AsyncMessage::Notification(note) = message else {
                    continue;
                };
                let Some(announcement) = parse_announcement(note.payload()) else {
                    continue;
                };
                if *announcement.relay != *relay && send.send(announcement).is_err() {
                    return;
                }
            }
        });
        client.batch_execute(&format!("LISTEN {CHANNEL}")).await?;
        Ok(Listening {
            _client: client,
            announcements,
        })
    }

    pub async fn load(&self, key: StorageKey) -> Option<Vec<u8>> {
        let key = joined(&key);
        self.retrying("read a document chunk", || async {
            let client = self.pool.get().await?;
            let row = client
                .query_opt("SELECT data FROM handover_chunks WHERE key = $1", &[&key])
                .await?;
            Ok(row.map(|row| row.get(0)))
        })
        .await
    }

    pub async fn load_range(&self, prefix: StorageKey) -> HashMap<StorageKey, Vec<u8>> {
        let exact = joined(&prefix);
        let under = pattern_under(&exact);
        let rows = self
            .retrying("read a document", || async {
                let client = self.pool.get().await?;
                Ok(client
                    .query(
                        "SELECT key, data FROM handover_chunks WHERE key = $1 OR key LIKE $2",
                        &[&exact, &under],
                    )
                    .await?)
            })
            .await;
        rows.into_iter()
            .filter_map(|row| Some((split(row.get(0))?, row.get(1))))
            .collect()
    }

    pub async fn put(&self, key: StorageKey, data: Vec<u8>) {
        if !self.slow_writes.is_zero() {
            tokio::time::sleep(self.slow_writes).await;
        }
        // A change the write-ahead stored is there already, and the same.
        let statement = if super::is_change(&key) {
            "INSERT INTO handover_chunks (key, data) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING"
        } else {
            "INSERT INTO handover_chunks (key, data) VALUES ($1, $2) \
             ON CONFLICT (key) DO UPDATE SET data = excluded.data"
        };
        let key = joined(&key);
        self.retrying("write a document chunk", || async {
            let client = self.pool.get().await?;
            client.execute(statement, &[&key, &data]).await?;
            Ok(())
        })
        .await
    }

    pub async fn delete(&self, key: StorageKey) {
        let key = joined(&key);
        self.retrying("delete a document chunk", || async {
            let client = self.pool.get().await?;
            client
                .execute("DELETE FROM handover_chunks WHERE key = $1", &[&key])
                .await?;
            Ok(())
        })
        .await
    }

    /// What `document` holds, in bytes.
    pub async fn document_bytes(&self, document: &DocumentId) -> std::io::Result<u64> {
        let under = pattern_under(&document.to_string());
        let client = self.pool.get().await.map_err(std::io::Error::other)?;
        let row = client
            .query_one(
                "SELECT coalesce(sum(octet_length(data)), 0)::int8 \
                 FROM handover_chunks WHERE key LIKE $1",
                &[&under],
            )
            .await
            .map_err(std::io::Error::other)?;
        Ok(row.get::<_, i64>(0).max(0) as u64)
    }

    /// Which of `keys` are not stored yet.
    pub async fn missing(&self, keys: Vec<StorageKey>) -> std::io::Result<Vec<StorageKey>> {
        let names: Vec<String> = keys.iter().map(joined).collect();
        let client = self.pool.get().await.map_err(std::io::Error::other)?;
        let stored: HashSet<String> = client
            .query(
                "SELECT key FROM handover_chunks WHERE key = ANY($1)",
                &[&names],
            )
            .await
            .map_err(std::io::Error::other)?
            .into_iter()
            .map(|row| row.get(0))
            .collect();
        Ok(keys
            .into_iter()
            .zip(names)
            .filter(|(_, name)| !stored.contains(name))
            .map(|(key, _)| key)
            .collect())
    }

    /// Stores `chunks` and announces each to the other relays, in one
    /// transaction: committed before this returns.
    pub async fn write_ahead(&self, chunks: Vec<(StorageKey, Vec<u8>)>) -> std::io::Result<()> {
        if chunks.is_empty() {
            return Ok(());
        }
        let (keys, data): (Vec<String>, Vec<Vec<u8>>) = chunks
            .into_iter()
            .map(|(key, chunk)| (joined(&key), chunk))
            .unzip();
        let client = self.pool.get().await.map_err(std::io::Error::other)?;
        client
            .query(WRITE_AHEAD, &[&keys, &data, &&*self.relay])
            .await
            .map_err(std::io::Error::other)?;
        Ok(())
    }

    /// Runs `attempt` until it succeeds, waiting longer after each failure.
    async fn retrying<T, F, Fut>(&self, what: &str, attempt: F) -> T
    where
        F: Fn() -> Fut,
        Fut: std::future::Future<Output = anyhow::Result<T>>,
    {
        let mut wait = Duration::from_millis(100);
        loop {
            match attempt().await {
                Ok(value) => return value,
                Err(err) => {
                    warn!(%err, "could not {what} in PostgreSQL; trying again in {wait:?}");
                    tokio::time::sleep(wait).await;
                    wait = (wait * 2).min(Duration::from_secs(5));
                }
            }
        }
    }
}

/// `key` as stored: its components joined by `/`.
fn joined(key: &StorageKey) -> String {
    key.into_iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join("/")
}

/// A stored key back as its components: `None` for one that is no key.
fn split(key: &str) -> Option<StorageKey> {
    StorageKey::from_parts(key.split('/')).ok()
}

/// The `LIKE` pattern of every key under `prefix` (a joined key).
fn pattern_under(prefix: &str) -> String {
    format!("{}/%", like_escaped(prefix))
}

/// `text` matching only itself in a `LIKE` pattern.
fn like_escaped(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

/// `<relay> <key>`, as [`WRITE_AHEAD`] announces it.
fn parse_announcement(payload: &str) -> Option<Announcement> {
    let (relay, key) = payload.split_once(' ')?;
    Some(Announcement {
        relay: relay.to_string(),
        key: split(key)?,
    })
}

fn random_name() -> String {
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes).expect("the operating system has randomness");
    super::hex(&bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_stored_as_their_components_joined() {
        let key = StorageKey::from_parts(["abc", "incremental", "wal-01"]).unwrap();
        assert_eq!(joined(&key), "abc/incremental/wal-01");
    }

    #[test]
    fn a_prefix_matches_only_itself_in_a_pattern() {
        assert_eq!(like_escaped("a_b%c\\d"), "a\\_b\\%c\\\\d");
    }

    #[test]
    fn announcements_name_the_relay_and_the_key() {
        let announcement = parse_announcement("0123 doc/incremental/wal-ff").unwrap();
        assert_eq!(announcement.relay, "0123");
        assert_eq!(joined(&announcement.key), "doc/incremental/wal-ff");
        assert!(parse_announcement("no-space").is_none());
        assert!(parse_announcement("r doc//x").is_none());
    }
}
