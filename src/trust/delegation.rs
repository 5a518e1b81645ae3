//! Acting for the CEO: whether this device may sign invites and revocations
//! under the running handover's delegation, and the delegation the CEO's
//! device signs when a handover starts. The checks are the ones every relay
//! makes (`handover_invite::Issuer::check`), so the app never offers what the
//! relay would refuse.

use handover_invite::{Delegation, Issuer, PublicKey};

use crate::domain::calendar::{add_days, parse_day, start_of, zone};
use crate::domain::handover::Handover;

/// The issuer this device signs as while its user acts for the CEO in
/// `handover`: the handover's delegation, checked against `workspace`,
/// names `device`, is in force at `now` (Unix seconds), and an emergency
/// delegation carries this device's declaration.
pub fn acting_issuer(
    workspace: &PublicKey,
    device: &PublicKey,
    handover: &Handover,
    me: &str,
    now: i64,
) -> Option<Issuer> {
    if handover.acting != me || handover.ended.is_some() {
        return None;
    }
    let issuer = Issuer {
        delegation: handover.delegation.clone()?,
        device: device.to_string(),
        declaration: handover.declaration.clone(),
    };
    let (delegation, _) = issuer.check(workspace).ok()?;
    delegation.current(now).then_some(issuer)
}

/// Until when a handover's delegation holds: the end of the day after the
/// CEO is expected back (time zones and a late return), in Unix seconds.
pub fn handover_until(handover: &Handover) -> Option<i64> {
    let back = parse_day(&handover.expected_back)?;
    Some(start_of(add_days(back, 2), &zone("UTC")) / 1000)
}

/// What the CEO's device signs when `handover` starts: the acting member's
/// verified `devices` may invite and revoke until [`handover_until`],
/// never revoking the `protected` grants (the CEO's own).
pub fn for_handover(
    id: String,
    workspace: &PublicKey,
    handover: &Handover,
    name: &str,
    devices: Vec<String>,
    protected: Vec<String>,
    now: i64,
) -> Option<Delegation> {
    Some(Delegation {
        id,
        workspace: workspace.to_string(),
        member: handover.acting.clone(),
        name: name.to_string(),
        devices,
        from: now,
        until: handover_until(handover)?,
        emergency: false,
        protected,
    })
    .filter(|d| !d.devices.is_empty())
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
