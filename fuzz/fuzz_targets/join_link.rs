//! A pasted invite code or `/join#` link, and a typed relay address: reading
//! never panics, what reads writes back to the same invite, and a
//! normalised address stays as it is.

#![no_main]

use handover::sync::invite::{normalize_relay, Invite};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(invite) = Invite::from_code(text, 0) {
        invite.role();
        assert_eq!(Invite::from_code(invite.to_code(), 0), Ok(invite.clone()));
        let link = invite.link("https://handover.example");
        assert_eq!(Invite::from_code(&link, 0), Ok(invite));
    }
    if let Ok(relay) = normalize_relay(text) {
        assert_eq!(normalize_relay(&relay), Ok(relay));
    }
});
