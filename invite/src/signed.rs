//! The one signed-token format: `<kind>.<payload>.<signature>`, the payload
//! JSON and the signature over `<kind>.<payload>`, both base64url without
//! padding. The kind separates what a signature may stand for, so a grant can
//! never be replayed as a revocation or the other way round.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::{KeyPair, PublicKey, TokenError};

/// Tokens longer than this are refused unread.
pub const MAX_TOKEN_LEN: usize = 8 * 1024;

/// A token waiting for its signature, for a key this crate does not hold: a
/// browser's device key lives in WebCrypto, which signs [`Unsigned::message`]
/// asynchronously, and [`Unsigned::finish`] completes the token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unsigned(String);

impl Unsigned {
    /// The bytes the signature covers.
    pub fn message(&self) -> &[u8] {
        self.0.as_bytes()
    }

    /// The token, given the base64url signature of [`Unsigned::message`].
    pub fn finish(self, signature: &str) -> String {
        format!("{}.{signature}", self.0)
    }
}

pub(crate) fn unsigned<T: Serialize>(kind: &str, value: &T) -> Unsigned {
    let payload = URL_SAFE_NO_PAD.encode(serde_json::to_vec(value).expect("tokens serialise"));
    Unsigned(format!("{kind}.{payload}"))
}

pub(crate) fn sign<T: Serialize>(kind: &str, key: &KeyPair, value: &T) -> String {
    let unsigned = unsigned(kind, value);
    let signature = key.sign_bytes(unsigned.message());
    unsigned.finish(&signature)
}

/// Checks `token`'s signature by `key` and reads its payload.
pub(crate) fn verify<T: DeserializeOwned>(
    kind: &str,
    key: &PublicKey,
    token: &str,
) -> Result<T, TokenError> {
    let (payload, signature) = split(kind, token)?;
    key.verify_bytes(format!("{kind}.{payload}").as_bytes(), signature)?;
    decode(payload)
}

/// Reads `token`'s payload without checking who signed it.
pub(crate) fn peek<T: DeserializeOwned>(kind: &str, token: &str) -> Result<T, TokenError> {
    decode(split(kind, token)?.0)
}

/// `(payload, signature)`, checked for shape and kind.
fn split<'a>(kind: &str, token: &'a str) -> Result<(&'a str, &'a str), TokenError> {
    if token.len() > MAX_TOKEN_LEN {
        return Err(TokenError::Malformed);
    }
    let mut parts = token.trim().split('.');
    let (Some(found), Some(payload), Some(signature), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(TokenError::Malformed);
    };
    if found != kind {
        let family = kind.trim_end_matches(|c: char| c.is_ascii_digit());
        return Err(if found.starts_with(family) {
            TokenError::UnknownVersion
        } else {
            TokenError::Malformed
        });
    }
    Ok((payload, signature))
}

fn decode<T: DeserializeOwned>(payload: &str) -> Result<T, TokenError> {
    URL_SAFE_NO_PAD
        .decode(payload)
        .ok()
        .and_then(|json| serde_json::from_slice(&json).ok())
        .ok_or(TokenError::Malformed)
}
