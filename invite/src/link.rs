//! Proving who is at the other end of a direct link (a WebRTC data channel
//! between two devices). Each side signs, with its device key, the DTLS
//! fingerprints of both ends of the link as it sees them, and its grant.
//! Whoever carried the offer and the answer (the relay, a chat, a forged
//! answer) and put themselves in the middle has other fingerprints on each
//! leg, so a signature made for one leg never checks on the other.

use serde::{Deserialize, Serialize};

use crate::{Grant, PublicKey, TokenError};

/// One side's proof, sent as the first message on the link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinkProof {
    /// The sender's grant token.
    pub token: String,
    /// The sender's device key.
    pub device_key: String,
    /// The sender's signature of [`link_statement`].
    pub signature: String,
}

/// What a device signs: the fingerprint of its own end, the other end's as
/// it sees it, and its grant.
pub fn link_statement(own_fingerprint: &str, other_fingerprint: &str, token: &str) -> Vec<u8> {
    format!("handover-link/1\n{own_fingerprint}\n{other_fingerprint}\n{token}").into_bytes()
}

impl LinkProof {
    /// Checks the other side's proof at `now`: its grant against the
    /// workspace key, the device key against the grant, and its signature
    /// over the link as this side sees it (`theirs` is the other end's
    /// fingerprint, `ours` this end's). Returns what the other side may do.
    pub fn verify(
        &self,
        workspace: &PublicKey,
        theirs: &str,
        ours: &str,
        now: i64,
    ) -> Result<Grant, TokenError> {
        let grant = Grant::verify(workspace, &self.token, now)?;
        if grant
            .device
            .as_deref()
            .is_some_and(|bound| bound != self.device_key)
        {
            return Err(TokenError::WrongDevice);
        }
        let device: PublicKey = self.device_key.parse()?;
        device.verify_bytes(&link_statement(theirs, ours, &self.token), &self.signature)?;
        Ok(grant)
    }
}

/// The DTLS fingerprint a session description announces
/// (`a=fingerprint:sha-256 AB:CD:…`), as `sha-256 AB:CD:…`.
pub fn sdp_fingerprint(sdp: &str) -> Option<String> {
    sdp.lines()
        .find_map(|line| line.trim().strip_prefix("a=fingerprint:"))
        .map(|value| value.trim().to_ascii_uppercase())
        .filter(|value| !value.is_empty())
}
