//! Who really wrote a change. A change's actor id starts with the public key
//! of the device that wrote it (see `Document::write_as_device`); the team
//! document lists each device with its grant; the grant, checked against
//! the workspace key, names the member. So history can tell a change by a
//! verified member from one by an unknown device, or one whose claimed
//! author is not the member its device belongs to.

use std::collections::BTreeMap;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use handover_invite::{Grant, PublicKey};

use crate::doc::{ActorId, Document};
use crate::domain::devices::{Attribution, DeviceRecord};

/// The verified member of each device key.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Authors {
    members: BTreeMap<[u8; 32], String>,
}

impl Authors {
    /// Checks `devices` against `workspace`. A record counts when its grant
    /// was signed by the workspace key (at any time: history outlives
    /// expiry) and is bound to the record's key — or, for an invite, when
    /// no other record claims the same invite (the relay lets only one
    /// device redeem it, so two claims mean one is forged).
    pub fn new(workspace: &PublicKey, devices: &[DeviceRecord]) -> Authors {
        let grants: Vec<(&DeviceRecord, Grant)> = devices
            .iter()
            .filter_map(|record| {
                Some((record, Grant::verify_issued(workspace, &record.grant).ok()?))
            })
            .collect();
        let claims = |id: &str| grants.iter().filter(|(_, g)| g.id == id).count();
        let members = grants
            .iter()
            .filter(|(record, grant)| match &grant.device {
                Some(device) => *device == record.key,
                None => claims(&grant.id) == 1,
            })
            .filter_map(|(record, grant)| {
                let key: [u8; 32] = URL_SAFE_NO_PAD.decode(&record.key).ok()?.try_into().ok()?;
                Some((key, grant.member.clone()))
            })
            .collect();
        Authors { members }
    }

    /// The verified device keys of `member` (base64url): whom a delegation
    /// for them names.
    pub fn devices_of(&self, member: &str) -> Vec<String> {
        self.members
            .iter()
            .filter(|(_, m)| *m == member)
            .map(|(key, _)| URL_SAFE_NO_PAD.encode(key))
            .collect()
    }

    /// Whether the change by `actor` that claims `author` is theirs.
    pub fn attribute(&self, actor: &ActorId, author: Option<&str>) -> Attribution {
        let member = Document::device_of(actor).and_then(|key| self.members.get(&key));
        match member {
            None => Attribution::UnknownDevice,
            Some(member) if Some(member.as_str()) == author => Attribution::Verified,
            Some(_) => Attribution::NotTheClaimedAuthor,
        }
    }
}

/// [`Authors::new`] remembered for the inputs it last checked. Checking a
/// grant's signature costs far more than comparing the device records, and
/// views that attribute changes ask again on every edit while the devices
/// rarely change; any difference in the records or the key checks again.
#[derive(Default)]
pub struct CheckedAuthors {
    last: Option<(PublicKey, Vec<DeviceRecord>, Authors)>,
}

impl CheckedAuthors {
    /// The same as `Authors::new(workspace, &devices)`.
    pub fn of(&mut self, workspace: &PublicKey, devices: Vec<DeviceRecord>) -> Authors {
        match &self.last {
            Some((key, checked, authors)) if key == workspace && *checked == devices => {
                authors.clone()
            }
            _ => {
                let authors = Authors::new(workspace, &devices);
                self.last = Some((*workspace, devices, authors.clone()));
                authors
            }
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
