//! Revocations: the workspace key's word that a grant (and so every device
//! that redeemed it) may no longer connect. Signed like grants, so a relay
//! can take one from anyone who carries it.

use serde::{Deserialize, Serialize};

use crate::{signed, valid_id, KeyPair, PublicKey, TokenError};

const KIND: &str = "hor1";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Revocation {
    /// The id of the grant revoked.
    pub grant: String,
    /// The workspace key that signed it.
    pub workspace: String,
    /// When, in seconds since the Unix epoch.
    pub revoked_at: i64,
}

impl Revocation {
    pub fn sign(&self, workspace: &KeyPair) -> String {
        signed::sign(KIND, workspace, self)
    }

    pub fn verify(workspace: &PublicKey, token: &str) -> Result<Revocation, TokenError> {
        let revocation: Revocation = signed::verify(KIND, workspace, token)?;
        if revocation.workspace != workspace.to_string() || !valid_id(&revocation.grant) {
            return Err(TokenError::Malformed);
        }
        Ok(revocation)
    }
}
