use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use handover_invite::{KeyPair, RelayRef};

use super::*;

const NOW: i64 = 1_000;

fn workspace() -> KeyPair {
    KeyPair::from_seed([4; 32])
}

fn grant(role: Role, leadership: bool) -> Grant {
    Grant {
        id: "invite-1".into(),
        member: "member-1".into(),
        name: "Sam".into(),
        role: role.code().into(),
        workspace: workspace().public().to_string(),
        team: "p3u5PhN9wrNpsGCwfkeef2LzF9".into(),
        leadership: leadership.then(|| "2d6o9nPjJthkejXQtLWJJGsfto4".into()),
        relay: Some(RelayRef {
            address: "ws://127.0.0.1:3030".into(),
            key: Some(KeyPair::from_seed([9; 32]).public().to_string()),
        }),
        device: None,
        expires_at: NOW + 60,
        issuer: None,
    }
}

fn token(grant: &Grant) -> String {
    grant.sign(&workspace())
}

#[test]
fn codes_and_links_round_trip() {
    let code = token(&grant(Role::OperationsAssistant, true));
    let invite = Invite::from_code(&code, NOW).unwrap();
    assert_eq!(invite.to_code(), code);
    assert_eq!(invite.role(), Role::OperationsAssistant);
    let link = invite.link("http://localhost:8080/");
    assert!(link.starts_with("http://localhost:8080/join#hov2."));
    assert_eq!(Invite::from_code(&link, NOW), Ok(invite));
}

/// The attack of the trust issue: a team member's invite edited to say
/// "CEO" and to name the leadership document, keeping the signature.
#[test]
fn an_edited_invite_is_refused_as_tampered() {
    let code = token(&grant(Role::TeamMember, false));
    let mut wider = Grant::peek(&code).unwrap();
    wider.role = Role::Ceo.code().into();
    wider.leadership = Some("2d6o9nPjJthkejXQtLWJJGsfto4".into());
    let payload = URL_SAFE_NO_PAD.encode(serde_json::to_vec(&wider).unwrap());
    let signature = code.rsplit('.').next().unwrap();
    let forged = format!("hov2.{payload}.{signature}");
    assert_eq!(Invite::from_code(&forged, NOW), Err(InviteError::Tampered));
}

#[test]
fn expired_damaged_and_ill_formed_invites_are_refused() {
    let code = token(&grant(Role::TeamMember, false));
    assert_eq!(
        Invite::from_code(&code, NOW + 60),
        Err(InviteError::Expired)
    );
    for bad in ["", "hello", &code[..code.len() / 2], "e30"] {
        assert!(Invite::from_code(bad, NOW).is_err(), "{bad}");
    }
    // A team member's grant naming the leadership document, even signed,
    // is not something the app makes.
    let odd = token(&grant(Role::TeamMember, true));
    assert_eq!(Invite::from_code(&odd, NOW), Err(InviteError::Malformed));
    let mut no_relay = grant(Role::TeamMember, false);
    no_relay.relay = None;
    assert_eq!(
        Invite::from_code(&token(&no_relay), NOW),
        Err(InviteError::BadRelay)
    );
    let mut bound = grant(Role::TeamMember, false);
    bound.device = Some(workspace().public().to_string());
    assert_eq!(
        Invite::from_code(&token(&bound), NOW),
        Err(InviteError::Malformed)
    );
    let mut bad_doc = grant(Role::TeamMember, false);
    bad_doc.team = "nope".into();
    assert_eq!(
        Invite::from_code(&token(&bad_doc), NOW),
        Err(InviteError::Malformed)
    );
}

#[test]
fn relay_addresses_are_normalized() {
    assert_eq!(
        normalize_relay("localhost:3030").unwrap(),
        "ws://localhost:3030"
    );
    assert_eq!(
        normalize_relay("relay.example.com").unwrap(),
        "wss://relay.example.com"
    );
    assert_eq!(
        normalize_relay("https://relay.example.com/").unwrap(),
        "wss://relay.example.com"
    );
    assert_eq!(
        normalize_relay("ws://10.0.0.5:3030").unwrap(),
        "ws://10.0.0.5:3030"
    );
    for bad in ["", "ftp://x", "http://", "a b", "x?y"] {
        assert_eq!(normalize_relay(bad), Err(InviteError::BadRelay), "{bad}");
    }
    assert_eq!(
        ticket_url("ws://127.0.0.1:3030/", "t1"),
        "ws://127.0.0.1:3030/sync?ticket=t1"
    );
}

/// Found by the join_link fuzz target: a line break inside the address was
/// kept, and normalising again dropped it.
#[test]
fn a_relay_address_with_a_line_break_or_control_character_is_refused() {
    for bad in ["z/JJ\n//", "relay.example/a\tb", "relay.example/\u{7}"] {
        assert_eq!(normalize_relay(bad), Err(InviteError::BadRelay), "{bad:?}");
    }
}

#[test]
fn every_truncation_of_a_link_is_refused() {
    let code = token(&grant(Role::TeamMember, false));
    let link = Invite::from_code(&code, NOW)
        .unwrap()
        .link("https://handover.example");
    for end in 0..link.len() - 1 {
        assert!(Invite::from_code(&link[..end], NOW).is_err(), "{end}");
    }
}

mod malformed {
    use super::*;
    use proptest::prelude::*;
    use proptest::test_runner::RngSeed;

    static LINK: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        Invite::from_code(&token(&grant(Role::TeamMember, false)), NOW)
            .unwrap()
            .link("https://handover.example")
    });

    proptest! {
        #![proptest_config(ProptestConfig {
            cases: 128,
            rng_seed: RngSeed::Fixed(6),
            ..ProptestConfig::default()
        })]

        #[test]
        fn any_text_is_refused(text in ".{0,300}") {
            prop_assert!(Invite::from_code(&text, NOW).is_err());
        }

        #[test]
        fn a_flipped_bit_in_a_link_is_refused_or_reads_the_same(at in 0usize..2000, bit in 0u8..7) {
            let mut link = LINK.clone().into_bytes();
            let at = at % link.len();
            link[at] ^= 1 << bit;
            let link = String::from_utf8(link).unwrap();
            if let Ok(invite) = Invite::from_code(&link, NOW) {
                // Only the origin part of the link may change.
                prop_assert_eq!(Some(invite.to_code()), LINK.rsplit('#').next());
            }
        }

        #[test]
        fn a_relay_address_normalises_once(text in "(?s).{0,60}") {
            if let Ok(relay) = normalize_relay(&text) {
                prop_assert!(relay.starts_with("ws://") || relay.starts_with("wss://"));
                prop_assert_eq!(normalize_relay(&relay), Ok(relay));
            }
        }
    }
}
