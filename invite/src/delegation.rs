//! Delegations: the workspace key lending its right to invite and revoke to
//! the acting CEO's devices while the CEO is away. The CEO's device signs a
//! [`Delegation`] naming those device keys; a grant or revocation the acting
//! CEO signs carries it as its [`Issuer`], and every relay and device checks
//! the whole chain back to the workspace key.
//!
//! A standing emergency delegation is signed ahead of time and is usable
//! only with the delegate's [`Declaration`] that an emergency handover began:
//! nothing it signs verifies without one, so using it always leaves a record
//! naming the handover.
//!
//! What a delegation cannot do: grant the CEO role, bind a grant to a device
//! (a delegated grant is always an invite, redeemed at the relay while the
//! delegation is current), or revoke the grants it lists as protected (the
//! CEO's own).

use serde::{Deserialize, Serialize};

use crate::signed::{self, Unsigned};
use crate::{valid_id, KeyPair, PublicKey, TokenError};

const KIND: &str = "hod1";
const DECLARATION_KIND: &str = "hoe1";

/// Devices that may sign grants and revocations in the workspace key's stead.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Delegation {
    /// Its own id: revoking it refuses everything signed under it.
    pub id: String,
    /// The workspace key that signed it.
    pub workspace: String,
    /// The member who acts (for showing it).
    pub member: String,
    pub name: String,
    /// The device keys of that member that may sign under it.
    pub devices: Vec<String>,
    /// From when to when (Unix seconds) a relay redeems what it signed.
    pub from: i64,
    pub until: i64,
    /// A standing emergency delegation, usable only with a [`Declaration`].
    pub emergency: bool,
    /// Grant ids it may not revoke: the CEO's own devices.
    pub protected: Vec<String>,
}

impl Delegation {
    pub fn sign(&self, workspace: &KeyPair) -> String {
        signed::sign(KIND, workspace, self)
    }

    /// Reads a token without checking who signed it: for showing it only.
    pub fn peek(token: &str) -> Result<Delegation, TokenError> {
        signed::peek(KIND, token)
    }

    /// Checks that `workspace` signed the token, whatever the time.
    pub fn verify_issued(workspace: &PublicKey, token: &str) -> Result<Delegation, TokenError> {
        let delegation: Delegation = signed::verify(KIND, workspace, token)?;
        let keys_valid = delegation
            .devices
            .iter()
            .all(|key| key.parse::<PublicKey>().is_ok());
        if delegation.workspace != workspace.to_string() {
            return Err(TokenError::BadSignature);
        }
        if !valid_id(&delegation.id) || !keys_valid || delegation.devices.is_empty() {
            return Err(TokenError::Malformed);
        }
        Ok(delegation)
    }

    /// Whether `device` may sign under it.
    pub fn names(&self, device: &PublicKey) -> bool {
        let device = device.to_string();
        self.devices.contains(&device)
    }

    /// Whether it is in force at `now` (Unix seconds).
    pub fn current(&self, now: i64) -> bool {
        self.from <= now && now < self.until
    }
}

/// The delegate's word that an emergency handover began: what makes a
/// standing emergency delegation usable. Signed by the delegate's device.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Declaration {
    /// The delegation it makes usable.
    pub delegation: String,
    /// The emergency handover it began.
    pub handover: String,
    pub declared_at: i64,
}

impl Declaration {
    /// For the delegate's device key to sign.
    pub fn unsigned(&self) -> Unsigned {
        signed::unsigned(DECLARATION_KIND, self)
    }

    pub fn verify(device: &PublicKey, token: &str) -> Result<Declaration, TokenError> {
        signed::verify(DECLARATION_KIND, device, token)
    }
}

/// Who signed a grant or revocation in the workspace key's stead.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Issuer {
    /// The delegation token, signed by the workspace key.
    pub delegation: String,
    /// The delegate device's key, which signed the token carrying this.
    pub device: String,
    /// The emergency declaration, for an emergency delegation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub declaration: Option<String>,
}

impl Issuer {
    /// Checks the chain back to `workspace`: the delegation it carries, that
    /// it names the signing device, and for an emergency delegation the
    /// device's declaration. Returns the delegation and the key that must
    /// have signed the token.
    pub fn check(&self, workspace: &PublicKey) -> Result<(Delegation, PublicKey), TokenError> {
        let delegation = Delegation::verify_issued(workspace, &self.delegation)?;
        let device: PublicKey = self.device.parse()?;
        if !delegation.names(&device) {
            return Err(TokenError::BeyondDelegation);
        }
        if delegation.emergency {
            let declared = self
                .declaration
                .as_deref()
                .ok_or(TokenError::NotDeclared)
                .and_then(|token| Declaration::verify(&device, token))?;
            if declared.delegation != delegation.id {
                return Err(TokenError::NotDeclared);
            }
        }
        Ok((delegation, device))
    }

    /// The delegation's id, read without checking it: for revocation lists,
    /// after the token carrying this was verified.
    pub fn delegation_id(&self) -> Option<String> {
        Delegation::peek(&self.delegation).ok().map(|d| d.id)
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
