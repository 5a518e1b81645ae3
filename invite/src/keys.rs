//! Ed25519 keys as the workspace passes them around: base64url text without
//! padding. The same public-key type names a workspace, a relay and a device;
//! what a key may do depends on where it stands (the workspace key signs
//! grants, a relay key signs challenges, a device key signs proofs).

use std::fmt;
use std::str::FromStr;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};

use crate::TokenError;

/// A signing key held by this program: the workspace key on the CEO's
/// device, a relay's own key, or a device key in native tests (browsers keep
/// device keys in WebCrypto, where they cannot be exported).
#[derive(Clone)]
pub struct KeyPair(SigningKey);

impl KeyPair {
    /// The key for 32 random bytes (the caller draws them from the system's
    /// random source, so this crate needs no random number generator).
    pub fn from_seed(seed: [u8; 32]) -> Self {
        Self(SigningKey::from_bytes(&seed))
    }

    /// The secret seed, for storing the key.
    pub fn seed(&self) -> [u8; 32] {
        self.0.to_bytes()
    }

    pub fn public(&self) -> PublicKey {
        PublicKey(self.0.verifying_key())
    }

    /// The signature of `message`, as base64url text.
    pub fn sign_bytes(&self, message: &[u8]) -> String {
        URL_SAFE_NO_PAD.encode(self.0.sign(message).to_bytes())
    }
}

impl fmt::Debug for KeyPair {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "KeyPair({})", self.public())
    }
}

/// A public key, as base64url text.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct PublicKey(VerifyingKey);

impl PublicKey {
    /// The key of 32 raw bytes (what WebCrypto exports as `raw`).
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, TokenError> {
        let bytes: [u8; 32] = bytes.try_into().map_err(|_| TokenError::BadKey)?;
        VerifyingKey::from_bytes(&bytes)
            .map(PublicKey)
            .map_err(|_| TokenError::BadKey)
    }

    pub fn as_bytes(&self) -> &[u8; 32] {
        self.0.as_bytes()
    }

    /// Checks that `signature` (base64url) is this key's signature of
    /// `message`. Strict verification: no malleable or weak-key signatures.
    pub fn verify_bytes(&self, message: &[u8], signature: &str) -> Result<(), TokenError> {
        let signature: [u8; 64] = URL_SAFE_NO_PAD
            .decode(signature)
            .ok()
            .and_then(|bytes| bytes.try_into().ok())
            .ok_or(TokenError::Malformed)?;
        self.0
            .verify_strict(message, &Signature::from_bytes(&signature))
            .map_err(|_| TokenError::BadSignature)
    }
}

impl fmt::Display for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&URL_SAFE_NO_PAD.encode(self.0.as_bytes()))
    }
}

impl fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PublicKey({self})")
    }
}

impl FromStr for PublicKey {
    type Err = TokenError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bytes = URL_SAFE_NO_PAD
            .decode(s.trim())
            .map_err(|_| TokenError::BadKey)?;
        PublicKey::from_bytes(&bytes)
    }
}
