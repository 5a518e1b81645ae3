//! Revocations: the workspace key's word that a grant (and so every device
//! that redeemed it) may no longer connect. Signed like grants, so a relay
//! can take one from anyone who carries it.

use serde::{Deserialize, Serialize};

use crate::delegation::Issuer;
use crate::signed::{self, Unsigned};
use crate::{valid_id, KeyPair, PublicKey, TokenError};

const KIND: &str = "hor1";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Revocation {
    /// The id of the grant revoked.
    pub grant: String,
    /// The workspace key that signed it.
    pub workspace: String,
    /// When, in seconds since the Unix epoch.
    pub revoked_at: i64,
    /// Who signed it in the workspace key's stead (see `delegation`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<Issuer>,
}

impl Revocation {
    pub fn sign(&self, workspace: &KeyPair) -> String {
        signed::sign(KIND, workspace, self)
    }

    /// The revocation for a delegate's device key to sign.
    pub fn unsigned(&self) -> Unsigned {
        signed::unsigned(KIND, self)
    }

    /// Checks that `workspace`, or a delegation of it current at `now`
    /// (Unix seconds), signed the token. A delegation cannot revoke the
    /// grants it protects.
    pub fn verify(workspace: &PublicKey, token: &str, now: i64) -> Result<Revocation, TokenError> {
        let claimed: Revocation = signed::peek(KIND, token)?;
        let signer = match &claimed.issuer {
            None => *workspace,
            Some(issuer) => {
                let (delegation, device) = issuer.check(workspace)?;
                if !delegation.current(now) {
                    return Err(TokenError::Expired);
                }
                if delegation.protected.contains(&claimed.grant) {
                    return Err(TokenError::BeyondDelegation);
                }
                device
            }
        };
        let revocation: Revocation = signed::verify(KIND, &signer, token)?;
        if revocation.workspace != workspace.to_string() || !valid_id(&revocation.grant) {
            return Err(TokenError::Malformed);
        }
        Ok(revocation)
    }

    /// The delegation it was signed under, if any: refused when that
    /// delegation was itself revoked.
    pub fn delegation_id(&self) -> Option<String> {
        self.issuer.as_ref().and_then(Issuer::delegation_id)
    }
}
