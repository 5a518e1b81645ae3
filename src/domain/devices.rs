//! The devices of a workspace as the team document lists them: each device's
//! public key with the grant it holds. Anyone can write this collection, so
//! it proves nothing by itself; `crate::trust::authorship` checks every
//! record against the workspace key before history believes it.

use autosurgeon::{Hydrate, Reconcile};

use super::ids::Id;
use super::Millis;

/// What history can say about a change's author (see
/// `crate::trust::authorship`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attribution {
    /// Written by a device whose grant names the member it claims.
    Verified,
    /// Written by no device with a valid grant (another tool, a device from
    /// before device keys, or a forged device record).
    UnknownDevice,
    /// Written by a verified device of another member than the one named.
    NotTheClaimedAuthor,
}

impl Attribution {
    /// The message id of the warning shown beside an unverified change.
    pub fn warning_id(self) -> Option<&'static str> {
        match self {
            Attribution::Verified => None,
            Attribution::UnknownDevice => Some("author-unknown-device"),
            Attribution::NotTheClaimedAuthor => Some("author-not-claimed"),
        }
    }
}

/// One device, stored under its key.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct DeviceRecord {
    /// The device's public key, base64url.
    pub key: String,
    /// The member who uses it, as the device says (its grant decides).
    pub member: Id,
    /// The grant token the device holds.
    pub grant: String,
    pub added_at: Millis,
}
