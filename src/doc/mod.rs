//! The Automerge documents that hold every record.
//!
//! A workspace has two documents: the team document, shared with everyone, and
//! the leadership document, held only by the CEO and the Operations Assistant.
//! Each is a map of collections (`clients`, `interactions`, ...), each
//! collection a map from record id to a record written with autosurgeon.

mod chunks;
mod collection;
mod document;
mod error;
mod history;
mod id;
mod json;
mod map_reader;
mod meta;
mod pages;
mod reread;
#[cfg(not(target_arch = "wasm32"))]
pub mod sample;
mod schema;
mod snapshot;

pub use chunks::{
    adopt_loaded, adopt_whole, is_whole_document, merge_chunk, merge_chunk_logged, merge_chunks,
    Adopted, MergeInSteps, StoredChunk, WholeInSteps,
};
pub use collection::{Collection, DocKind, Record, RecordRef};
pub use document::{Document, Records, Writer};
pub use error::DocError;
pub use history::{history_since, HistoryEntry, LogCursor, LoggedChange};
pub use id::DocumentId;
pub use meta::ChangeMeta;
pub use pages::{PageSource, Pages};
pub use reread::Reread;
pub use schema::{Migration, SCHEMA_VERSION};
pub use snapshot::{
    ChangedRecords, Newer, Overlay, Snapshot, SnapshotError, SnapshotInUse, SnapshotReader,
    SnapshotSince,
};

pub use automerge::{ActorId, ChangeHash};
