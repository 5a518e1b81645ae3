//! Syncing documents with other devices over the automerge-repo protocol.
//!
//! The protocol core is sans-IO (plain data in, plain data out) and tested
//! natively; transports (WebSocket to a relay, a WebRTC data channel to a
//! device nearby) wrap it.

pub mod backoff;
pub mod guard;
pub mod invite;
pub mod link_code;
pub mod policy;
pub mod protocol;
pub mod relay_connection;
pub mod session;
pub mod signal;

#[cfg(target_arch = "wasm32")]
pub mod direct_link;
#[cfg(target_arch = "wasm32")]
mod live_docs;
#[cfg(target_arch = "wasm32")]
pub mod relay_client;
