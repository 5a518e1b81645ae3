//! Syncing documents with other devices over the automerge-repo protocol.
//!
//! The protocol ([`session`]), what may be shared with whom ([`policy`]) and
//! the state of a direct link ([`link_state`]) are sans-IO (plain data in,
//! plain data out) and tested natively; the transports (WebSocket to a
//! relay, a WebRTC data channel to a device nearby) are socket glue that
//! feeds them events and performs what they return.

pub mod backoff;
pub mod guard;
pub mod invite;
pub mod link_code;
pub mod link_state;
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
#[cfg(target_arch = "wasm32")]
pub mod whole_in_slices;
