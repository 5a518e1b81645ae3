//! Whether this device's stored grant still holds.

use handover_invite::{Grant, PublicKey, TokenError};

/// Why a device has no verified grant; each has a message id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unverified {
    /// A device from before grants, or one whose profile lost its grant.
    Missing,
    Expired,
    /// The grant is damaged, signed by another key, or for another member
    /// or workspace than the records this device holds.
    Invalid,
}

impl Unverified {
    pub fn message_id(self) -> &'static str {
        match self {
            Unverified::Missing => "trust-missing",
            Unverified::Expired => "trust-expired",
            Unverified::Invalid => "trust-invalid",
        }
    }
}

/// The grant of a device that keeps the records of `member` in `team`,
/// checked against the workspace key it learned when it started or joined,
/// at `now` (Unix seconds).
pub fn standing(
    workspace: Option<&str>,
    token: Option<&str>,
    member: &str,
    team: &str,
    now: i64,
) -> Result<Grant, Unverified> {
    let (Some(workspace), Some(token)) = (workspace, token) else {
        return Err(Unverified::Missing);
    };
    let workspace: PublicKey = workspace.parse().map_err(|_| Unverified::Invalid)?;
    match Grant::verify(&workspace, token, now) {
        Ok(grant) if grant.member == member && grant.team == team => Ok(grant),
        Ok(_) => Err(Unverified::Invalid),
        Err(TokenError::Expired) => Err(Unverified::Expired),
        Err(_) => Err(Unverified::Invalid),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use handover_invite::KeyPair;

    fn workspace() -> KeyPair {
        KeyPair::from_seed([1; 32])
    }

    fn grant(role: &str) -> Grant {
        Grant {
            id: "g".into(),
            member: "m".into(),
            name: "Sam".into(),
            role: role.into(),
            workspace: workspace().public().to_string(),
            team: "team".into(),
            leadership: None,
            relay: None,
            device: None,
            expires_at: 100,
            issuer: None,
        }
    }

    fn check(token: &str, now: i64) -> Result<Grant, Unverified> {
        let key = workspace().public().to_string();
        standing(Some(&key), Some(token), "m", "team", now)
    }

    #[test]
    fn a_signed_grant_for_this_member_and_team_stands_until_it_expires() {
        let token = grant("team-member").sign(&workspace());
        assert_eq!(check(&token, 99), Ok(grant("team-member")));
        assert_eq!(check(&token, 100), Err(Unverified::Expired));
        assert_eq!(
            standing(None, Some(&token), "m", "team", 0),
            Err(Unverified::Missing)
        );
    }

    /// A team member who signs themselves a CEO grant with a key of their
    /// own, or copies someone else's grant, gets no standing on a device
    /// that joined the real workspace.
    #[test]
    fn a_self_made_or_borrowed_grant_is_refused() {
        let mut forged = grant("ceo");
        forged.leadership = Some("leadership".into());
        let own_key = KeyPair::from_seed([2; 32]);
        forged.workspace = own_key.public().to_string();
        assert_eq!(check(&forged.sign(&own_key), 0), Err(Unverified::Invalid));

        let mut someone_else = grant("ceo");
        someone_else.member = "the-ceo".into();
        let token = someone_else.sign(&workspace());
        assert_eq!(check(&token, 0), Err(Unverified::Invalid));
        assert_eq!(check("hov2.e30.AA", 0), Err(Unverified::Invalid));
    }
}
