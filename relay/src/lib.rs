//! handover-relay: a small automerge-repo relay (on `samod`) that stores
//! documents so devices that are never online together still meet, and shares
//! each document only with devices whose signed grant allows it, after each
//! device proved its key (see `access`).

pub mod access;
pub mod config;
pub mod ledger;
pub mod limits;
pub mod logging;
pub mod relay_key;
mod screen;
pub mod server;
pub mod storage;

pub use access::Access;
pub use config::Config;
pub use limits::Limits;
pub use server::{serve, serve_with};
