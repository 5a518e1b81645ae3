//! Grants: what the workspace key (on the CEO's device) allows one person's
//! device. A grant is the only source of a role or of document access;
//! everything that matters — the member, the role, the documents, the relay
//! and its key, the workspace key itself — is inside what was signed.
//!
//! A grant without a device key is an invite: the first device that proves a
//! key while presenting it binds it to that key at the relay (redeemed once),
//! and the relay refuses it from any other key.

use serde::{Deserialize, Serialize};

use crate::delegation::{Delegation, Issuer};
use crate::signed::{self, Unsigned};
use crate::{KeyPair, PublicKey, TokenError};

const KIND: &str = "hov2";

/// The role codes a grant may carry.
pub const ROLES: [&str; 3] = ["ceo", "operations-assistant", "team-member"];

/// The relay a grant is for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RelayRef {
    /// `ws://` or `wss://` address.
    pub address: String,
    /// The relay's own public key, which it proves on every connection.
    /// `None` for a standard automerge-repo sync server, which proves nothing
    /// and is never given the leadership document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
}

/// What a grant allows its holder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Grant {
    /// The grant's own id, for revocation: 1 to 64 letters, digits, `-`, `_`.
    pub id: String,
    /// The member record this device acts as.
    pub member: String,
    /// Who it was made for, to prefill forms and for logs.
    pub name: String,
    /// One of [`ROLES`].
    pub role: String,
    /// The workspace's public key (the key that signed this grant).
    pub workspace: String,
    /// The team document's id.
    pub team: String,
    /// The leadership document's id, for the CEO and the assistant only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leadership: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relay: Option<RelayRef>,
    /// The device key this grant is bound to; `None` for an invite.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device: Option<String>,
    /// Seconds since the Unix epoch after which the grant is refused.
    pub expires_at: i64,
    /// Who signed it in the workspace key's stead; `None` when the workspace
    /// key signed it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<Issuer>,
}

impl Grant {
    /// The documents the grant lets its holder sync: the team document, and
    /// the leadership document if it names one.
    pub fn documents(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.team.as_str()).chain(self.leadership.as_deref())
    }

    pub fn is_invite(&self) -> bool {
        self.device.is_none()
    }

    /// Signs this grant with the workspace key into a token.
    pub fn sign(&self, workspace: &KeyPair) -> String {
        signed::sign(KIND, workspace, self)
    }

    /// The grant for a delegate's device key to sign (see `delegation`).
    pub fn unsigned(&self) -> Unsigned {
        signed::unsigned(KIND, self)
    }

    /// The delegation it was signed under, if any, read without checking:
    /// only for a grant that [`Grant::verify`] returned.
    pub fn delegation(&self) -> Option<Delegation> {
        Delegation::peek(&self.issuer.as_ref()?.delegation).ok()
    }

    /// The ids whose revocation ends this grant: its own and that of the
    /// delegation it was signed under.
    pub fn revoked_by(&self) -> Vec<String> {
        let delegation = self.issuer.as_ref().and_then(Issuer::delegation_id);
        std::iter::once(self.id.clone()).chain(delegation).collect()
    }

    /// Reads what a token grants without checking its signature, for
    /// showing an invite before joining; never for deciding access.
    pub fn peek(token: &str) -> Result<Grant, TokenError> {
        signed::peek(KIND, token)
    }

    /// Checks a token made by `workspace`, its shape and its expiry at `now`
    /// (Unix seconds), and returns what it grants.
    pub fn verify(workspace: &PublicKey, token: &str, now: i64) -> Result<Grant, TokenError> {
        let grant = Grant::verify_issued(workspace, token)?;
        if grant.expires_at <= now {
            return Err(TokenError::Expired);
        }
        Ok(grant)
    }

    /// Checks that `workspace` (or a delegation it signed) signed the token,
    /// whatever its expiry: what history asks about a grant a device held
    /// when it wrote a change. Whether a delegation was current when its
    /// invite was redeemed is for the relay to check.
    pub fn verify_issued(workspace: &PublicKey, token: &str) -> Result<Grant, TokenError> {
        let claimed: Grant = Grant::peek(token)?;
        let signer = match &claimed.issuer {
            None => *workspace,
            Some(issuer) => {
                let (_, device) = issuer.check(workspace)?;
                // A delegate invites; it never makes a CEO nor binds a grant
                // to a device without the relay redeeming it.
                if claimed.role == "ceo" || claimed.device.is_some() {
                    return Err(TokenError::BeyondDelegation);
                }
                device
            }
        };
        let grant: Grant = signed::verify(KIND, &signer, token)?;
        if grant.workspace != workspace.to_string() {
            return Err(TokenError::BadSignature);
        }
        grant.check_shape()?;
        Ok(grant)
    }

    /// Checks a token against the workspace key it names itself: what a new
    /// device can know when it opens an invite. Trusting that key is trusting
    /// whoever handed over the invite; the relay and every other device check
    /// the token against the workspace key they already hold.
    pub fn open(token: &str, now: i64) -> Result<Grant, TokenError> {
        let claimed: Grant = Grant::peek(token)?;
        Grant::verify(&claimed.workspace.parse()?, token, now)
    }

    fn check_shape(&self) -> Result<(), TokenError> {
        let keys_valid = self
            .device
            .as_deref()
            .is_none_or(|key| key.parse::<PublicKey>().is_ok())
            && self
                .relay
                .as_ref()
                .and_then(|relay| relay.key.as_deref())
                .is_none_or(|key| key.parse::<PublicKey>().is_ok());
        if valid_id(&self.id) && ROLES.contains(&self.role.as_str()) && keys_valid {
            Ok(())
        } else {
            Err(TokenError::Malformed)
        }
    }
}

/// Whether `id` is safe as a grant id (and as a file name at the relay).
pub fn valid_id(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}
