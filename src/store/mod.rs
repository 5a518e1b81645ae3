//! Persistence of the documents in IndexedDB, following the storage rules of
//! docs/ARCHITECTURE.md: every save appends a chunk under a new key, compaction writes a
//! snapshot and deletes only what that snapshot covers in the same
//! transaction, loading merges everything present, a chunk that fails to load
//! is set aside (never deleted), and other tabs hear of new chunks over a
//! BroadcastChannel.
//!
//! Keys follow automerge-repo's layout (`[documentId, "incremental" |
//! "snapshot", hash]`, values `{ key, binary }`), so the data stays readable by
//! the wider Automerge ecosystem.

pub mod compaction;
pub mod keys;

#[cfg(target_arch = "wasm32")]
mod database;
#[cfg(target_arch = "wasm32")]
mod doc_store;
#[cfg(target_arch = "wasm32")]
mod error;
#[cfg(target_arch = "wasm32")]
mod live;
#[cfg(target_arch = "wasm32")]
mod loading;
#[cfg(target_arch = "wasm32")]
mod settings;
#[cfg(target_arch = "wasm32")]
mod tabs;

#[cfg(target_arch = "wasm32")]
pub use database::open_database;
#[cfg(target_arch = "wasm32")]
pub use doc_store::{DocStore, Loaded, Quarantined};
#[cfg(target_arch = "wasm32")]
pub use error::StoreError;
#[cfg(target_arch = "wasm32")]
pub use live::{Listeners, LiveDoc, OpenError, Opening, SaveState};
#[cfg(target_arch = "wasm32")]
pub use settings::{DeviceProfile, LegacySync, Settings};
#[cfg(target_arch = "wasm32")]
pub use tabs::{TabChannel, TabChunk};
