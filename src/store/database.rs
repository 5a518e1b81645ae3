//! Opening (and upgrading) the IndexedDB database.

use indexed_db_futures::database::Database;
use indexed_db_futures::prelude::*;

use super::StoreError;

/// Automerge chunks, keyed `[documentId, kind, hash]`, values `{ key, binary }`.
pub(super) const DOCUMENTS: &str = "documents";
/// Chunks that failed to load, kept for inspection and export.
pub(super) const QUARANTINE: &str = "quarantine";
/// This device's profile and preferences.
pub(super) const SETTINGS: &str = "settings";

const VERSION: u32 = 1;

/// Opens the database `name` (the app uses "handover"; tests use their own).
pub async fn open_database(name: &str) -> Result<Database, StoreError> {
    let db = Database::open(name)
        .with_version(VERSION)
        .with_on_upgrade_needed(|event, db| {
            if event.old_version() < 1.0 {
                for store in [DOCUMENTS, QUARANTINE, SETTINGS] {
                    db.create_object_store(store).build()?;
                }
            }
            Ok(())
        })
        .await?;
    Ok(db)
}
