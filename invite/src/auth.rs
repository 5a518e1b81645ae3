//! Challenge and response between a device and a relay, so that no long-lived
//! secret ever travels in a URL or a log:
//!
//! 1. the device sends a fresh nonce; the relay answers with a fresh
//!    challenge, its public key, and its signature over both — the device
//!    checks the key is the one its grant names before it says anything
//!    else;
//! 2. the device sends its grant token, its device public key and its
//!    signature over the challenge and the relay's key; the relay checks
//!    them and answers with a single-use ticket for the WebSocket.
//!
//! Both signed messages carry their purpose, so neither can stand in for the
//! other or for a token.

use serde::{Deserialize, Serialize};

use crate::{PublicKey, TokenError};

/// The relay's answer to a device's nonce.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Challenge {
    /// Random, base64url, used once.
    pub challenge: String,
    /// The relay's public key.
    pub relay_key: String,
    /// The relay's signature of [`relay_statement`].
    pub signature: String,
}

/// What a device sends to be let in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Proof {
    /// The grant (or invite) token.
    pub token: String,
    /// The device's public key.
    pub device_key: String,
    /// The challenge answered.
    pub challenge: String,
    /// The device's signature of [`device_statement`].
    pub signature: String,
    /// The browser tab, so one device can connect from several tabs:
    /// 1 to 64 letters, digits, `-` or `_`.
    pub tab: String,
}

/// The relay's answer to a good proof.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ticket {
    /// Opens one WebSocket within a few seconds; then it is spent.
    pub ticket: String,
    /// The peer id the relay will know this connection by.
    pub peer_id: String,
}

/// Why the relay refused, as a code the device turns into a message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Refused {
    pub code: String,
    pub message: String,
}

/// What the relay signs: its proof of holding its key, fresh for this nonce.
pub fn relay_statement(nonce: &str, challenge: &str) -> Vec<u8> {
    format!("handover-relay-challenge/1\n{nonce}\n{challenge}").into_bytes()
}

/// What a device signs: its proof of holding its key, for this relay,
/// this grant and this tab only, so nobody who sees a proof in flight can
/// attach another token or tab to it.
pub fn device_statement(challenge: &str, relay_key: &str, token: &str, tab: &str) -> Vec<u8> {
    format!("handover-device-proof/2\n{challenge}\n{relay_key}\n{tab}\n{token}").into_bytes()
}

impl Challenge {
    /// Checks that the relay holding `expected` answered `nonce`: a relay
    /// that is not the one a grant names, or a replayed answer, fails.
    pub fn verify(&self, nonce: &str, expected: &PublicKey) -> Result<(), TokenError> {
        let key: PublicKey = self.relay_key.parse()?;
        if key != *expected {
            return Err(TokenError::WrongRelay);
        }
        key.verify_bytes(&relay_statement(nonce, &self.challenge), &self.signature)
    }
}

impl Proof {
    /// Checks the device's signature over `challenge` for `relay_key`;
    /// returns the device key.
    pub fn verify_signature(&self, relay_key: &PublicKey) -> Result<PublicKey, TokenError> {
        let device: PublicKey = self.device_key.parse()?;
        device.verify_bytes(
            &device_statement(
                &self.challenge,
                &relay_key.to_string(),
                &self.token,
                &self.tab,
            ),
            &self.signature,
        )?;
        Ok(device)
    }
}
