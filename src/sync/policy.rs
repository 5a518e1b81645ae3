//! Which documents go where: the one place that decides what a relay or a
//! device at the other end of a link may receive. It reads only grants the
//! workspace key (or a delegation of it) signed, as verified on this device,
//! and what the relay proved; never a member record or a peer's word.

use handover_invite::{Grant, RelayRef};

/// The documents this device syncs through `relay`: the team document, and
/// the leadership document (`leadership`, when this device's grant names
/// one) only to a relay that proves the key the grant names. A standard
/// sync server proves nothing and never receives it.
pub fn relay_documents(team: &str, leadership: Option<&str>, relay: &RelayRef) -> Vec<String> {
    let mut docs = vec![team.to_string()];
    if relay.key.is_some() {
        docs.extend(leadership.map(str::to_string));
    }
    docs
}

/// The documents this device shares over a direct link once the other end
/// proved `peer`: the team document when both grants name the same one, and
/// the leadership document only when both grants name it. Nothing for a
/// grant of another workspace's team.
pub fn link_documents(mine: &Grant, peer: &Grant) -> Vec<String> {
    if mine.team != peer.team {
        return Vec::new();
    }
    let mut docs = vec![mine.team.clone()];
    if let Some(leadership) = &mine.leadership {
        if peer.leadership.as_ref() == Some(leadership) {
            docs.push(leadership.clone());
        }
    }
    docs
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
