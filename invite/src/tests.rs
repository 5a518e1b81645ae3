use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

use super::*;

fn key(n: u8) -> KeyPair {
    KeyPair::from_seed([n; 32])
}

fn grant() -> Grant {
    Grant {
        id: "g1".into(),
        member: "m1".into(),
        name: "Sam".into(),
        role: "team-member".into(),
        workspace: key(1).public().to_string(),
        team: "team-doc".into(),
        leadership: None,
        relay: Some(RelayRef {
            address: "ws://127.0.0.1:3030".into(),
            key: Some(key(9).public().to_string()),
        }),
        device: None,
        expires_at: 2_000,
        issuer: None,
    }
}

/// A token whose payload was replaced, keeping the old signature: what
/// someone who edits an invite by hand gets.
fn edited(token: &str, edit: impl FnOnce(&mut Grant)) -> String {
    let mut grant = Grant::peek(token).unwrap();
    edit(&mut grant);
    let payload = URL_SAFE_NO_PAD.encode(serde_json::to_vec(&grant).unwrap());
    let signature = token.rsplit('.').next().unwrap();
    format!("hov2.{payload}.{signature}")
}

#[test]
fn a_signed_grant_verifies_until_it_expires() {
    let token = grant().sign(&key(1));
    let public = key(1).public();
    assert_eq!(Grant::verify(&public, &token, 1_999), Ok(grant()));
    assert_eq!(Grant::open(&token, 1_999), Ok(grant()));
    assert_eq!(
        Grant::verify(&public, &token, 2_000),
        Err(TokenError::Expired)
    );
    assert_eq!(grant().documents().collect::<Vec<_>>(), ["team-doc"]);
    assert!(grant().is_invite());
}

#[test]
fn an_edited_invite_is_refused_whatever_was_changed() {
    let token = grant().sign(&key(1));
    let edits: [fn(&mut Grant); 6] = [
        |g| g.role = "ceo".into(),
        |g| g.leadership = Some("leadership-doc".into()),
        |g| g.relay.as_mut().unwrap().address = "ws://evil.example".into(),
        |g| g.relay.as_mut().unwrap().key = Some(key(8).public().to_string()),
        |g| g.member = "ceo-member".into(),
        |g| g.expires_at = i64::MAX,
    ];
    for edit in edits {
        let forged = edited(&token, edit);
        assert_eq!(
            Grant::verify(&key(1).public(), &forged, 0),
            Err(TokenError::BadSignature)
        );
        assert_eq!(Grant::open(&forged, 0), Err(TokenError::BadSignature));
    }
}

#[test]
fn a_grant_re_signed_by_another_key_is_refused_by_the_workspace() {
    // A member who signs their own "CEO" grant with a key of their own
    // fools only a device that trusts that key; never the workspace.
    let mut forged = grant();
    forged.role = "ceo".into();
    forged.workspace = key(2).public().to_string();
    let token = forged.sign(&key(2));
    assert_eq!(
        Grant::verify(&key(1).public(), &token, 0),
        Err(TokenError::BadSignature)
    );
    // Claiming the real workspace key while signing with another.
    let mut claimed = grant();
    claimed.role = "ceo".into();
    let token = claimed.sign(&key(2));
    assert_eq!(Grant::open(&token, 0), Err(TokenError::BadSignature));
}

#[test]
fn a_grant_with_an_unknown_role_or_a_bad_key_or_id_is_refused() {
    let bad: [fn(&mut Grant); 4] = [
        |g| g.role = "admin".into(),
        |g| g.device = Some("not a key".into()),
        |g| g.id = "../../etc".into(),
        |g| g.relay.as_mut().unwrap().key = Some("x".into()),
    ];
    for edit in bad {
        let mut g = grant();
        edit(&mut g);
        assert_eq!(
            Grant::verify(&key(1).public(), &g.sign(&key(1)), 0),
            Err(TokenError::Malformed)
        );
    }
}

#[test]
fn malformed_tokens_say_so() {
    let public = key(1).public();
    for bad in [
        "",
        "hov2",
        "hov2.a.b",
        "x.y.z",
        "hov2.a.b.c",
        &"a".repeat(MAX_TOKEN_LEN + 1),
    ] {
        assert!(Grant::verify(&public, bad, 0).is_err(), "{bad}");
        assert!(Grant::open(bad, 0).is_err(), "{bad}");
    }
    assert_eq!(
        Grant::verify(&public, "hov9.a.b", 0),
        Err(TokenError::UnknownVersion)
    );
}

#[test]
fn a_relay_proves_its_key_for_the_device_nonce_only() {
    let relay = key(9);
    let challenge = Challenge {
        challenge: "c1".into(),
        relay_key: relay.public().to_string(),
        signature: relay.sign_bytes(&relay_statement("n1", "c1")),
    };
    assert_eq!(challenge.verify("n1", &relay.public()), Ok(()));
    // A replayed answer to another device's nonce.
    assert_eq!(
        challenge.verify("n2", &relay.public()),
        Err(TokenError::BadSignature)
    );
    // A server that is not the relay the grant names, even one that signs
    // correctly with its own key.
    let impostor = key(8);
    let theirs = Challenge {
        challenge: "c1".into(),
        relay_key: impostor.public().to_string(),
        signature: impostor.sign_bytes(&relay_statement("n1", "c1")),
    };
    assert_eq!(
        theirs.verify("n1", &relay.public()),
        Err(TokenError::WrongRelay)
    );
    // The right key named, but signed by someone else.
    let stolen_name = Challenge {
        relay_key: relay.public().to_string(),
        ..theirs
    };
    assert_eq!(
        stolen_name.verify("n1", &relay.public()),
        Err(TokenError::BadSignature)
    );
}

#[test]
fn a_device_proof_counts_for_its_key_challenge_and_relay_only() {
    let (device, relay) = (key(5), key(9));
    let token = grant().sign(&key(1));
    let relay_key = relay.public().to_string();
    let proof = Proof {
        signature: device.sign_bytes(&device_statement("c1", &relay_key, &token, "t")),
        token,
        device_key: device.public().to_string(),
        challenge: "c1".into(),
        tab: "t".into(),
    };
    assert_eq!(proof.verify_signature(&relay.public()), Ok(device.public()));
    // Relayed to another relay.
    assert_eq!(
        proof.verify_signature(&key(8).public()),
        Err(TokenError::BadSignature)
    );
    // Another device claiming the proof as its own.
    let claimed = Proof {
        device_key: key(6).public().to_string(),
        ..proof.clone()
    };
    assert_eq!(
        claimed.verify_signature(&relay.public()),
        Err(TokenError::BadSignature)
    );
    // Replayed for another challenge, or with another token or tab
    // attached by someone who saw it in flight.
    let replayed = Proof {
        challenge: "c2".into(),
        ..proof.clone()
    };
    let other_token = Proof {
        token: grant().sign(&key(2)),
        ..proof.clone()
    };
    let other_tab = Proof {
        tab: "u".into(),
        ..proof
    };
    for altered in [replayed, other_token, other_tab] {
        assert_eq!(
            altered.verify_signature(&relay.public()),
            Err(TokenError::BadSignature)
        );
    }
}

#[test]
fn revocations_verify_and_a_grant_never_passes_for_one() {
    let revocation = Revocation {
        grant: "g1".into(),
        workspace: key(1).public().to_string(),
        revoked_at: 5,
        issuer: None,
    };
    let token = revocation.sign(&key(1));
    assert_eq!(
        Revocation::verify(&key(1).public(), &token, 0),
        Ok(revocation)
    );
    assert!(Revocation::verify(&key(2).public(), &token, 0).is_err());
    let grant_token = grant().sign(&key(1));
    assert!(Revocation::verify(&key(1).public(), &grant_token, 0).is_err());
    assert!(Grant::verify(&key(1).public(), &token, 0).is_err());
}

#[test]
fn public_keys_round_trip_as_text_and_bytes() {
    let public = key(3).public();
    assert_eq!(public.to_string().parse::<PublicKey>(), Ok(public));
    assert_eq!(PublicKey::from_bytes(public.as_bytes()), Ok(public));
    assert_eq!("not a key".parse::<PublicKey>(), Err(TokenError::BadKey));
    assert_eq!(PublicKey::from_bytes(&[1; 31]), Err(TokenError::BadKey));
    assert_eq!(KeyPair::from_seed(key(3).seed()).public(), public);
}

fn seeded(cases: u32) -> proptest::test_runner::Config {
    proptest::test_runner::Config {
        cases,
        rng_seed: proptest::test_runner::RngSeed::Fixed(6),
        ..Default::default()
    }
}

/// One signed token for the mutation tests: signing and verifying are slow
/// in unoptimised test builds, so each case verifies only once.
static TOKEN: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| grant().sign(&key(1)));

proptest::proptest! {
    #![proptest_config(seeded(64))]

    #[test]
    fn arbitrary_text_never_panics(text in ".{0,300}") {
        let _ = Grant::verify(&key(1).public(), &text, 0);
        let _ = Grant::open(&text, 0);
        let _ = Revocation::verify(&key(1).public(), &text, 0);
        let _ = text.parse::<PublicKey>();
    }

    #[test]
    fn any_payload_behind_a_valid_prefix_is_refused_or_read(
        json in proptest::collection::vec(proptest::num::u8::ANY, 0..200),
        signature in proptest::collection::vec(proptest::num::u8::ANY, 0..80),
    ) {
        let token = format!(
            "hov2.{}.{}",
            URL_SAFE_NO_PAD.encode(&json),
            URL_SAFE_NO_PAD.encode(&signature)
        );
        let _ = Grant::peek(&token);
        proptest::prop_assert!(Grant::verify(&key(1).public(), &token, 0).is_err());
        proptest::prop_assert!(Grant::open(&token, 0).is_err());
    }

    #[test]
    fn a_flipped_bit_in_a_token_is_refused(at in 0usize..1000, bit in 0u8..7) {
        let mut bytes = TOKEN.clone().into_bytes();
        let at = at % bytes.len();
        bytes[at] ^= 1 << bit;
        // An ASCII token stays ASCII with bit 7 left alone.
        let flipped = String::from_utf8(bytes).unwrap();
        proptest::prop_assert!(Grant::verify(&key(1).public(), &flipped, 0).is_err());
    }
}

#[test]
fn every_truncation_of_a_token_is_refused() {
    let token = TOKEN.as_str();
    for end in 0..token.len() {
        assert!(
            Grant::verify(&key(1).public(), &token[..end], 0).is_err(),
            "{end}"
        );
        let _ = Grant::peek(&token[..end]);
    }
}

mod link {
    use super::*;

    const A: &str = "SHA-256 AA:AA";
    const B: &str = "SHA-256 BB:BB";
    const M: &str = "SHA-256 MM:MM";

    fn proof(device: &KeyPair, grant: &Grant, own: &str, other: &str) -> LinkProof {
        let token = grant.sign(&key(1));
        LinkProof {
            signature: device.sign_bytes(&link_statement(own, other, &token)),
            token,
            device_key: device.public().to_string(),
        }
    }

    #[test]
    fn each_side_proves_its_grant_for_this_link() {
        let device = key(5);
        let sent = proof(&device, &grant(), A, B);
        // The other side sees A as theirs and B as its own.
        assert_eq!(sent.verify(&key(1).public(), A, B, 0), Ok(grant()));
        let bound = Grant {
            device: Some(device.public().to_string()),
            ..grant()
        };
        let sent = proof(&device, &bound, A, B);
        assert_eq!(sent.verify(&key(1).public(), A, B, 0), Ok(bound));
    }

    /// Whoever carried the codes and sits in the middle holds other
    /// fingerprints on each leg: a proof passed on from one leg fails on the
    /// other.
    #[test]
    fn a_proof_passed_on_by_someone_in_the_middle_is_refused() {
        let sent = proof(&key(5), &grant(), A, M);
        assert_eq!(
            sent.verify(&key(1).public(), M, B, 0),
            Err(TokenError::BadSignature)
        );
        assert_eq!(
            sent.verify(&key(1).public(), A, B, 0),
            Err(TokenError::BadSignature)
        );
    }

    #[test]
    fn a_borrowed_grant_another_workspace_or_an_expired_grant_is_refused() {
        let bound = Grant {
            device: Some(key(6).public().to_string()),
            ..grant()
        };
        let borrowed = proof(&key(5), &bound, A, B);
        assert_eq!(
            borrowed.verify(&key(1).public(), A, B, 0),
            Err(TokenError::WrongDevice)
        );
        let sent = proof(&key(5), &grant(), A, B);
        assert_eq!(
            sent.verify(&key(2).public(), A, B, 0),
            Err(TokenError::BadSignature)
        );
        assert_eq!(
            sent.verify(&key(1).public(), A, B, 2_000),
            Err(TokenError::Expired)
        );
        let mut edited_token = sent.clone();
        edited_token.token = grant().sign(&key(2));
        assert!(edited_token.verify(&key(1).public(), A, B, 0).is_err());
    }

    #[test]
    fn the_fingerprint_is_read_from_a_session_description() {
        let sdp = "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\na=fingerprint:sha-256 ab:CD:01\r\na=setup:actpass\r\n";
        assert_eq!(sdp_fingerprint(sdp).as_deref(), Some("SHA-256 AB:CD:01"));
        assert_eq!(sdp_fingerprint("v=0\r\n"), None);
    }
}
