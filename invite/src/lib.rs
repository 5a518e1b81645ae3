//! Invite tokens. The CEO's device holds the workspace signing key (ed25519)
//! and signs a [`Grant`] for each invited device: which documents it may sync
//! and until when. A relay started with the workspace's public key checks the
//! signature, so inviting someone never changes the relay's configuration.
//!
//! A token is `hov1.<payload>.<signature>`: the grant as JSON, and the
//! signature of `hov1.<payload>`, both base64url without padding.

use std::fmt;
use std::str::FromStr;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};

const VERSION: &str = "hov1";

/// Tokens longer than this are refused unread.
pub const MAX_TOKEN_LEN: usize = 8 * 1024;

/// What an invite allows its holder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Grant {
    /// The token's own id, for revocation.
    pub id: String,
    /// The peer id the holder connects as (a relay may allow a suffix per
    /// tab: `<peer>/<tab>`).
    pub peer: String,
    /// Who the invite was made for, for the relay's logs.
    pub name: String,
    /// `ceo`, `operations-assistant` or `team-member`.
    pub role: String,
    /// The document ids the holder may read and write.
    pub documents: Vec<String>,
    /// Seconds since the Unix epoch after which the token is refused.
    pub expires_at: i64,
}

impl Grant {
    pub fn allows(&self, document: &str) -> bool {
        self.documents.iter().any(|d| d == document)
    }

    /// Reads what a token grants without checking its signature: a device
    /// learns its own peer id and documents this way; only a relay, which
    /// has the workspace's public key, decides whether to trust it.
    pub fn peek(token: &str) -> Result<Grant, TokenError> {
        let (_, payload, _) = split(token)?;
        decode_payload(payload)
    }
}

/// `(version, payload, signature)`, checked for shape and version.
fn split(token: &str) -> Result<(&str, &str, &str), TokenError> {
    if token.len() > MAX_TOKEN_LEN {
        return Err(TokenError::Malformed);
    }
    let mut parts = token.trim().split('.');
    let (Some(version), Some(payload), Some(signature), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(TokenError::Malformed);
    };
    if version != VERSION {
        return Err(if version.starts_with("hov") {
            TokenError::UnknownVersion
        } else {
            TokenError::Malformed
        });
    }
    Ok((version, payload, signature))
}

fn decode_payload(payload: &str) -> Result<Grant, TokenError> {
    URL_SAFE_NO_PAD
        .decode(payload)
        .ok()
        .and_then(|json| serde_json::from_slice(&json).ok())
        .ok_or(TokenError::Malformed)
}

/// Why a token was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TokenError {
    #[error("the token is not a Handover invite token")]
    Malformed,
    #[error("the token was made by a newer version of Handover")]
    UnknownVersion,
    #[error("the token was not signed by this workspace")]
    BadSignature,
    #[error("the token expired")]
    Expired,
    #[error("not a workspace key")]
    BadKey,
}

/// The workspace's signing key; only the CEO's device holds it.
#[derive(Clone)]
pub struct WorkspaceKey(SigningKey);

impl WorkspaceKey {
    /// The key for 32 random bytes (the caller draws them from the system's
    /// random source, so this crate needs no random number generator).
    pub fn from_seed(seed: [u8; 32]) -> Self {
        Self(SigningKey::from_bytes(&seed))
    }

    /// The secret seed, for storing the key on the CEO's device.
    pub fn seed(&self) -> [u8; 32] {
        self.0.to_bytes()
    }

    /// The public key a relay is started with.
    pub fn public(&self) -> PublicKey {
        PublicKey(self.0.verifying_key())
    }

    /// Signs `grant` into a token.
    pub fn sign(&self, grant: &Grant) -> String {
        let payload = URL_SAFE_NO_PAD.encode(serde_json::to_vec(grant).expect("grants serialise"));
        let signed = format!("{VERSION}.{payload}");
        let signature = self.0.sign(signed.as_bytes());
        format!("{signed}.{}", URL_SAFE_NO_PAD.encode(signature.to_bytes()))
    }
}

impl fmt::Debug for WorkspaceKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "WorkspaceKey({})", self.public())
    }
}

/// The workspace's public key, as base64url text.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct PublicKey(VerifyingKey);

impl PublicKey {
    /// Checks `token`'s signature and expiry at `now` (Unix seconds) and
    /// returns what it grants.
    pub fn verify(&self, token: &str, now: i64) -> Result<Grant, TokenError> {
        let (version, payload, signature) = split(token)?;
        let signature: [u8; 64] = URL_SAFE_NO_PAD
            .decode(signature)
            .ok()
            .and_then(|bytes| bytes.try_into().ok())
            .ok_or(TokenError::Malformed)?;
        self.0
            .verify_strict(
                format!("{version}.{payload}").as_bytes(),
                &Signature::from_bytes(&signature),
            )
            .map_err(|_| TokenError::BadSignature)?;
        let grant = decode_payload(payload)?;
        if grant.expires_at <= now {
            return Err(TokenError::Expired);
        }
        Ok(grant)
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
        let bytes: [u8; 32] = URL_SAFE_NO_PAD
            .decode(s.trim())
            .ok()
            .and_then(|bytes| bytes.try_into().ok())
            .ok_or(TokenError::BadKey)?;
        VerifyingKey::from_bytes(&bytes)
            .map(PublicKey)
            .map_err(|_| TokenError::BadKey)
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn key(n: u8) -> WorkspaceKey {
        WorkspaceKey::from_seed([n; 32])
    }

    fn grant() -> Grant {
        Grant {
            id: "t1".into(),
            peer: "device-1".into(),
            name: "Sam".into(),
            role: "team-member".into(),
            documents: vec!["team-doc".into()],
            expires_at: 2_000,
        }
    }

    #[test]
    fn a_signed_grant_verifies_until_it_expires() {
        let token = key(1).sign(&grant());
        let public = key(1).public();
        assert_eq!(public.verify(&token, 1_999), Ok(grant()));
        assert_eq!(public.verify(&token, 2_000), Err(TokenError::Expired));
        assert!(grant().allows("team-doc"));
        assert!(!grant().allows("leadership-doc"));
    }

    #[test]
    fn another_workspace_or_a_tampered_grant_is_refused() {
        let token = key(1).sign(&grant());
        assert_eq!(
            key(2).public().verify(&token, 0),
            Err(TokenError::BadSignature)
        );

        let mut wider = grant();
        wider.documents.push("leadership-doc".into());
        let forged_payload = URL_SAFE_NO_PAD.encode(serde_json::to_vec(&wider).unwrap());
        let signature = token.rsplit('.').next().unwrap();
        let forged = format!("{VERSION}.{forged_payload}.{signature}");
        assert_eq!(
            key(1).public().verify(&forged, 0),
            Err(TokenError::BadSignature)
        );
    }

    #[test]
    fn malformed_tokens_say_so() {
        let public = key(1).public();
        for bad in [
            "",
            "hov1",
            "hov1.a.b",
            "x.y.z",
            "hov1.a.b.c",
            &"a".repeat(MAX_TOKEN_LEN + 1),
        ] {
            assert_eq!(public.verify(bad, 0), Err(TokenError::Malformed), "{bad}");
        }
        assert_eq!(
            public.verify("hov2.a.b", 0),
            Err(TokenError::UnknownVersion)
        );
    }

    #[test]
    fn a_device_can_read_its_own_grant() {
        let token = key(1).sign(&grant());
        assert_eq!(Grant::peek(&token), Ok(grant()));
        assert_eq!(Grant::peek("hov1.e30.x"), Err(TokenError::Malformed));
    }

    #[test]
    fn public_keys_round_trip_as_text() {
        let public = key(3).public();
        assert_eq!(public.to_string().parse::<PublicKey>(), Ok(public));
        assert_eq!("not a key".parse::<PublicKey>(), Err(TokenError::BadKey));
        assert_eq!(WorkspaceKey::from_seed(key(3).seed()).public(), public);
    }

    proptest::proptest! {
        #[test]
        fn arbitrary_text_never_panics(text in ".{0,300}") {
            let _ = key(1).public().verify(&text, 0);
            let _ = text.parse::<PublicKey>();
        }

        #[test]
        fn mutated_tokens_are_refused(at in 0usize..400, c in proptest::char::range('!', '~')) {
            let token = key(1).sign(&grant());
            let at = at % token.len();
            let mut mutated: Vec<char> = token.chars().collect();
            if mutated[at] == c {
                return Ok(());
            }
            mutated[at] = c;
            let mutated: String = mutated.into_iter().collect();
            proptest::prop_assert!(key(1).public().verify(&mutated, 0).is_err());
        }
    }

    fn seeded(cases: u32) -> proptest::test_runner::Config {
        proptest::test_runner::Config {
            cases,
            rng_seed: proptest::test_runner::RngSeed::Fixed(6),
            ..Default::default()
        }
    }

    fn any_grant() -> impl proptest::strategy::Strategy<Value = Grant> {
        use proptest::prelude::*;
        (
            ".{0,16}",
            ".{0,16}",
            ".{0,16}",
            ".{0,16}",
            proptest::collection::vec(".{0,24}", 0..4),
            any::<i64>(),
        )
            .prop_map(|(id, peer, name, role, documents, expires_at)| Grant {
                id,
                peer,
                name,
                role,
                documents,
                expires_at,
            })
    }

    /// One signed token for the mutation tests: signing and verifying are
    /// slow in unoptimised test builds, so each case verifies only once.
    static TOKEN: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| key(1).sign(&grant()));

    proptest::proptest! {
        #![proptest_config(seeded(24))]

        #[test]
        fn any_grant_signs_into_a_token_that_reads_and_verifies(grant in any_grant()) {
            let token = key(1).sign(&grant);
            proptest::prop_assert_eq!(Grant::peek(&token), Ok(grant.clone()));
            let before_expiry = grant.expires_at.saturating_sub(1);
            let verified = key(1).public().verify(&token, before_expiry);
            if grant.expires_at == i64::MIN {
                proptest::prop_assert_eq!(verified, Err(TokenError::Expired));
            } else {
                proptest::prop_assert_eq!(verified, Ok(grant));
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(seeded(64))]

        #[test]
        fn any_payload_behind_a_valid_prefix_is_refused_or_read(
            json in proptest::collection::vec(proptest::num::u8::ANY, 0..200),
            signature in proptest::collection::vec(proptest::num::u8::ANY, 0..80),
        ) {
            let token = format!(
                "{VERSION}.{}.{}",
                URL_SAFE_NO_PAD.encode(&json),
                URL_SAFE_NO_PAD.encode(&signature)
            );
            let _ = Grant::peek(&token);
            proptest::prop_assert!(key(1).public().verify(&token, 0).is_err());
        }

        #[test]
        fn a_flipped_bit_in_a_token_is_refused(at in 0usize..400, bit in 0u8..7) {
            let mut bytes = TOKEN.clone().into_bytes();
            let at = at % bytes.len();
            bytes[at] ^= 1 << bit;
            // An ASCII token stays ASCII with bit 7 left alone.
            let flipped = String::from_utf8(bytes).unwrap();
            proptest::prop_assert!(key(1).public().verify(&flipped, 0).is_err());
        }
    }

    #[test]
    fn every_truncation_of_a_token_is_refused() {
        let token = TOKEN.as_str();
        for end in 0..token.len() {
            assert!(key(1).public().verify(&token[..end], 0).is_err(), "{end}");
            let _ = Grant::peek(&token[..end]);
        }
    }
}
