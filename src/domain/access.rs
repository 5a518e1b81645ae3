//! Who was let in, as the leadership document lists it: the invites the CEO
//! or the acting CEO made, and the delegations the CEO signed. The list is
//! for people to read and act on (Revoke, Withdraw); what a device may do is
//! decided by the signed tokens alone (`handover_invite`), never by these
//! records.

use autosurgeon::{Hydrate, Reconcile};
use serde::{Deserialize, Serialize};

use super::ids::Id;

/// An invite, stored under its grant id (which revokes it). Times are Unix
/// seconds, as in the grant. A device that holds no leadership document
/// keeps its list in its own settings (serde), from before this list too.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate, Serialize, Deserialize)]
pub struct IssuedInvite {
    pub id: String,
    pub member: Id,
    pub name: String,
    /// The role code the grant carries.
    pub role: String,
    pub issued_at: i64,
    pub expires_at: i64,
    #[serde(default)]
    pub revoked_at: Option<i64>,
    /// The member who made it; `None` in invites from before this list.
    #[serde(default)]
    pub issued_by: Option<Id>,
    /// The delegation it was made under, when the acting CEO made it.
    #[serde(default)]
    pub delegation: Option<String>,
}

/// A delegation the CEO signed, stored under its id.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct DelegationRecord {
    pub id: String,
    /// The signed delegation (`hod1.…`).
    pub token: String,
    /// The member it lets act.
    pub member: Id,
    pub name: String,
    pub emergency: bool,
    pub from: i64,
    pub until: i64,
    pub revoked_at: Option<i64>,
}

/// Invites newest first.
pub fn newest_first(invites: &mut [IssuedInvite]) {
    invites.sort_by(|a, b| b.issued_at.cmp(&a.issued_at).then_with(|| a.id.cmp(&b.id)));
}

/// Whether `invite` may still be revoked.
pub fn revocable(invite: &IssuedInvite) -> bool {
    invite.revoked_at.is_none()
}

/// The grant ids a delegation must not revoke: the CEO's own grant and every
/// CEO invite still standing.
pub fn protected_grants(own_grant: &str, invites: &[IssuedInvite]) -> Vec<String> {
    std::iter::once(own_grant.to_string())
        .chain(
            invites
                .iter()
                .filter(|i| i.role == "ceo" && revocable(i))
                .map(|i| i.id.clone()),
        )
        .collect()
}

/// The standing emergency delegations still in force at `now` (seconds).
pub fn standing_emergency(records: &[DelegationRecord], now: i64) -> Vec<&DelegationRecord> {
    records
        .iter()
        .filter(|d| d.emergency && d.revoked_at.is_none() && d.from <= now && now < d.until)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn invite(id: &str, role: &str, revoked: bool) -> IssuedInvite {
        IssuedInvite {
            id: id.into(),
            member: "m".into(),
            name: "Sam".into(),
            role: role.into(),
            issued_at: 1,
            expires_at: 2,
            revoked_at: revoked.then_some(1),
            issued_by: None,
            delegation: None,
        }
    }

    #[test]
    fn the_ceo_grants_are_protected_while_they_stand() {
        let invites = [
            invite("ceo-laptop", "ceo", false),
            invite("old-ceo-phone", "ceo", true),
            invite("sam", "team-member", false),
        ];
        assert_eq!(protected_grants("own", &invites), ["own", "ceo-laptop"]);
    }

    #[test]
    fn only_current_unrevoked_emergency_delegations_stand() {
        let record = |id: &str, emergency, revoked: bool, until| DelegationRecord {
            id: id.into(),
            token: String::new(),
            member: "alex".into(),
            name: "Alex".into(),
            emergency,
            from: 0,
            until,
            revoked_at: revoked.then_some(1),
        };
        let records = [
            record("ok", true, false, 10),
            record("handover", false, false, 10),
            record("withdrawn", true, true, 10),
            record("over", true, false, 5),
        ];
        let ids: Vec<_> = standing_emergency(&records, 5)
            .iter()
            .map(|d| d.id.as_str())
            .collect();
        assert_eq!(ids, ["ok"]);
    }
}
