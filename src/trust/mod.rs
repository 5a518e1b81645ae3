//! Who this device is and what it may see and do, decided only by what the
//! workspace key signed (see the `handover-invite` crate): a grant names the
//! member, the role and the documents. A member record's role, an invite's
//! unsigned surroundings or a peer's word about itself decide nothing here.

pub mod authorship;
pub mod delegation;
#[cfg(target_arch = "wasm32")]
pub mod device_key;
#[cfg(target_arch = "wasm32")]
pub mod relay_auth;
mod standing;

#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) mod fixtures;

pub use standing::{standing, Unverified};
