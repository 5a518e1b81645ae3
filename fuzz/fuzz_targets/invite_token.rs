//! A pasted or presented grant token (and a revocation): checking it and
//! reading it never panic, nothing but a token exactly as the workspace
//! signed it verifies, and whatever a device can read signs back into a token
//! that verifies (unless its shape is one the relay refuses).

#![no_main]

use handover_invite::{Grant, KeyPair, PublicKey, Revocation, TokenError};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let key = KeyPair::from_seed([6; 32]);
    let public = key.public();
    if let Ok(grant) = Grant::verify(&public, text, 0) {
        assert_eq!(
            text.trim(),
            grant.sign(&key),
            "a token the key never signed verified"
        );
    }
    if let Ok(revocation) = Revocation::verify(&public, text, 0) {
        assert_eq!(
            text.trim(),
            revocation.sign(&key),
            "a revocation the key never signed verified"
        );
    }
    let _ = text.parse::<PublicKey>();
    if let Ok(mut grant) = Grant::peek(text) {
        grant.workspace = public.to_string();
        let token = grant.sign(&key);
        assert_eq!(Grant::peek(&token), Ok(grant.clone()));
        if grant.expires_at > i64::MIN {
            match Grant::verify(&public, &token, grant.expires_at - 1) {
                Ok(verified) => assert_eq!(verified, grant),
                // An id, role or key the relay would refuse anyway.
                Err(TokenError::Malformed) => {}
                Err(other) => panic!("a freshly signed grant failed: {other}"),
            }
        }
    }
});
