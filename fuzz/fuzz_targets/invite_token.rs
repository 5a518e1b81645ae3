//! A pasted or presented invite token: checking it and reading it never
//! panic, nothing but a token exactly as the workspace signed it verifies,
//! and whatever a device can read signs back into a token that verifies.

#![no_main]

use handover_invite::{Grant, PublicKey, WorkspaceKey};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let key = WorkspaceKey::from_seed([6; 32]);
    if let Ok(grant) = key.public().verify(text, 0) {
        assert_eq!(
            text.trim(),
            key.sign(&grant),
            "a token the key never signed verified"
        );
    }
    let _ = text.parse::<PublicKey>();
    if let Ok(grant) = Grant::peek(text) {
        let token = key.sign(&grant);
        assert_eq!(Grant::peek(&token), Ok(grant.clone()));
        if grant.expires_at > i64::MIN {
            assert_eq!(key.public().verify(&token, grant.expires_at - 1), Ok(grant));
        }
    }
});
