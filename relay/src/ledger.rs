//! Where the relay keeps the invites it redeemed and the revocations it
//! took: files in the data directory by default, or tables in the database
//! with `--storage postgres://…`, so that relays sharing one database honour
//! each other's. An invite redeemed through one relay is refused on another
//! device through every relay, and a revocation posted to one relay ends
//! the grant's connections on all of them (each re-reads the revocations at
//! every sweep).
//!
//! The relay asks the ledger from blocking threads (a redemption must be
//! stored before its ticket is issued), so every method blocks; the
//! database's are run on the relay's runtime from there.

use std::collections::HashSet;
use std::fs;
use std::future::Future;
use std::io::{self, ErrorKind};
use std::path::{Path, PathBuf};
use std::time::Duration;

use deadpool_postgres::{Object, Pool};
use handover_invite::valid_id;
use tokio::runtime::Handle;

use crate::relay_key::{sync_dir, write_new};
use crate::storage::PostgresStore;

/// How long a question to the database may take before the relay gives up
/// on it: a redemption is then refused for now, and a sweep keeps the
/// revocations it knows, rather than every sweep waiting on a database that
/// is away.
const DATABASE_LIMIT: Duration = Duration::from_secs(5);

/// Made by the first relay to start; the lock keeps two relays starting at
/// once from racing to create them.
const SCHEMA: &str = r#"
BEGIN;
SELECT pg_advisory_xact_lock(4157339022);
CREATE TABLE IF NOT EXISTS handover_redeemed (
    grant_id text COLLATE "C" PRIMARY KEY,
    device text NOT NULL
);
CREATE TABLE IF NOT EXISTS handover_revoked (
    grant_id text COLLATE "C" PRIMARY KEY,
    token text NOT NULL
);
COMMIT;
"#;

/// Redeemed invites and revocations.
pub enum Ledger {
    /// `redeemed/<grant id>` holds the device key; `revoked/<grant id>`
    /// the signed revocation.
    Files { redeemed: PathBuf, revoked: PathBuf },
    /// The tables `handover_redeemed` and `handover_revoked`.
    Postgres { pool: Pool, runtime: Handle },
}

impl Ledger {
    /// The ledger under `data_dir`.
    pub fn files(data_dir: &Path) -> io::Result<Self> {
        let redeemed = data_dir.join("redeemed");
        let revoked = data_dir.join("revoked");
        fs::create_dir_all(&redeemed)?;
        fs::create_dir_all(&revoked)?;
        Ok(Ledger::Files { redeemed, revoked })
    }

    /// The ledger in `store`'s database, creating its tables if this is the
    /// first relay to use them. Its methods then run on this runtime.
    pub async fn postgres(store: &PostgresStore) -> anyhow::Result<Self> {
        let pool = store.pool();
        pool.get().await?.batch_execute(SCHEMA).await?;
        Ok(Ledger::Postgres {
            pool,
            runtime: Handle::current(),
        })
    }

    /// Every grant id revoked so far.
    pub fn revoked(&self) -> io::Result<HashSet<String>> {
        match self {
            Ledger::Files { revoked, .. } => {
                let mut ids = HashSet::new();
                for entry in fs::read_dir(revoked)? {
                    if let Some(id) = entry?.file_name().to_str().filter(|id| valid_id(id)) {
                        ids.insert(id.to_string());
                    }
                }
                Ok(ids)
            }
            Ledger::Postgres { pool, runtime } => {
                let rows = in_database(pool, runtime, |client| async move {
                    client
                        .query("SELECT grant_id FROM handover_revoked", &[])
                        .await
                })?;
                Ok(rows.into_iter().map(|row| row.get(0)).collect())
            }
        }
    }

    /// The device key that redeemed invite `id`, if one did.
    pub fn holder(&self, id: &str) -> io::Result<Option<String>> {
        match self {
            Ledger::Files { redeemed, .. } => {
                let path = redeemed.join(id);
                match fs::read_to_string(&path) {
                    // Created but never written (a crash in between): no
                    // device got a ticket from it, so it is not redeemed.
                    Ok(holder) if holder.trim().is_empty() => {
                        fs::remove_file(&path)?;
                        Ok(None)
                    }
                    Ok(holder) => Ok(Some(holder.trim().to_string())),
                    Err(err) if err.kind() == ErrorKind::NotFound => Ok(None),
                    Err(err) => Err(err),
                }
            }
            Ledger::Postgres { pool, runtime } => {
                let row = in_database(pool, runtime, |client| async move {
                    client
                        .query_opt(
                            "SELECT device FROM handover_redeemed WHERE grant_id = $1",
                            &[&id],
                        )
                        .await
                })?;
                Ok(row.map(|row| row.get(0)))
            }
        }
    }

    /// Binds invite `id` to `device` unless another device was first (on
    /// this relay or, sharing the ledger, on another); the device it is
    /// bound to now, stored before this returns.
    pub fn bind(&self, id: &str, device: &str) -> io::Result<String> {
        match self {
            Ledger::Files { redeemed, .. } => {
                let path = redeemed.join(id);
                match write_new(&path, device.as_bytes()) {
                    Ok(()) => {
                        sync_dir(redeemed)?;
                        Ok(device.to_string())
                    }
                    Err(err) if err.kind() == ErrorKind::AlreadyExists => {
                        Ok(fs::read_to_string(&path)?.trim().to_string())
                    }
                    Err(err) => Err(err),
                }
            }
            Ledger::Postgres { pool, runtime } => {
                let row = in_database(pool, runtime, |client| async move {
                    // Two statements, so the second sees a row another
                    // relay committed while the first waited on it.
                    client
                        .execute(
                            "INSERT INTO handover_redeemed (grant_id, device) VALUES ($1, $2) \
                             ON CONFLICT (grant_id) DO NOTHING",
                            &[&id, &device],
                        )
                        .await?;
                    client
                        .query_one(
                            "SELECT device FROM handover_redeemed WHERE grant_id = $1",
                            &[&id],
                        )
                        .await
                })?;
                Ok(row.get(0))
            }
        }
    }

    /// Keeps the signed revocation `token` of grant `id`; keeping one twice
    /// keeps the first.
    pub fn revoke(&self, id: &str, token: &str) -> io::Result<()> {
        match self {
            Ledger::Files { revoked, .. } => match write_new(&revoked.join(id), token.as_bytes()) {
                Ok(()) => sync_dir(revoked),
                Err(err) if err.kind() == ErrorKind::AlreadyExists => Ok(()),
                Err(err) => Err(err),
            },
            Ledger::Postgres { pool, runtime } => {
                in_database(pool, runtime, |client| async move {
                    client
                        .execute(
                            "INSERT INTO handover_revoked (grant_id, token) VALUES ($1, $2) \
                             ON CONFLICT (grant_id) DO NOTHING",
                            &[&id, &token],
                        )
                        .await
                })?;
                Ok(())
            }
        }
    }
}

/// Runs `query` on a connection from `pool`, on `runtime`, blocking this
/// thread until it answers or [`DATABASE_LIMIT`] passes.
fn in_database<T, F, Fut>(pool: &Pool, runtime: &Handle, query: F) -> io::Result<T>
where
    F: FnOnce(Object) -> Fut,
    Fut: Future<Output = Result<T, tokio_postgres::Error>>,
{
    runtime.block_on(async {
        let asked = async {
            let client = pool.get().await.map_err(io::Error::other)?;
            query(client).await.map_err(io::Error::other)
        };
        tokio::time::timeout(DATABASE_LIMIT, asked)
            .await
            .map_err(|_| io::Error::new(ErrorKind::TimedOut, "PostgreSQL did not answer"))?
    })
}
