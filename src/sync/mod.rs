//! Syncing documents with other devices over the automerge-repo protocol.
//!
//! The protocol core is sans-IO (plain data in, plain data out) and tested
//! natively; transports (WebSocket to a relay, between tabs) wrap it.

pub mod invite;
pub mod protocol;
pub mod session;

#[cfg(target_arch = "wasm32")]
pub mod relay_client;
