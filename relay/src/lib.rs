//! handover-relay: a small automerge-repo relay (on `samod`) that stores
//! documents so devices that are never online together still meet, and shares
//! each document only with devices whose signed invite names it.

pub mod access;
pub mod config;
mod screen;
pub mod server;

pub use access::Access;
pub use config::Config;
pub use server::serve;
