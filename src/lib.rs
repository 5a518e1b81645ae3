//! Handover: a local-first operations desk.
//!
//! Layers, innermost first (see docs/ARCHITECTURE.md):
//! - [`domain`]: records, commands, validation and queries in plain Rust;
//! - [`doc`]: the Automerge documents that hold those records, with schema,
//!   migrations and attributed history;
//! - [`i18n`]: every user-facing string, in English, Dutch, Spanish and Swedish;
//! - `store`: IndexedDB persistence and tab coordination (browser only, but
//!   for the storage key layout);
//! - [`sync`]: the automerge-repo wire protocol, the sharing policy and each
//!   connection's state, sans-IO, under browser transports;
//! - [`workspace`]: the open workspace without a UI: documents, writers,
//!   history and the verified grant;
//! - `timing` (browser only): named moments in the performance timeline,
//!   which any layer may mark;
//! - `ui` (browser only): the Leptos components of each desk, inside the
//!   `app` shell.

pub mod doc;
pub mod domain;
pub mod i18n;

#[cfg(target_arch = "wasm32")]
pub mod app;
pub mod store;
pub mod sync;
#[cfg(target_arch = "wasm32")]
pub mod timing;
pub mod trust;
#[cfg(target_arch = "wasm32")]
pub mod ui;
pub mod workspace;

/// Talc instead of Rust's default wasm allocator (dlmalloc), for the page,
/// the compaction worker and the browser tests alike: opening the busy year
/// allocates and frees millions of times, and dlmalloc was a tenth of it.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
