//! Each test acts as someone trying to stretch a delegation: the acting CEO
//! past what was lent, another member with a copied delegation, or anyone
//! editing what was signed.

use super::*;
use crate::{Grant, RelayRef, Revocation};

const NOW: i64 = 1_000;

fn key(n: u8) -> KeyPair {
    KeyPair::from_seed([n; 32])
}

fn workspace() -> KeyPair {
    key(1)
}

/// The acting CEO's device.
fn delegate() -> KeyPair {
    key(5)
}

fn delegation(emergency: bool) -> Delegation {
    Delegation {
        id: "d1".into(),
        workspace: workspace().public().to_string(),
        member: "alex".into(),
        name: "Alex".into(),
        devices: vec![delegate().public().to_string()],
        from: NOW - 10,
        until: NOW + 100,
        emergency,
        protected: vec!["ceo-grant".into()],
    }
}

fn declaration(by: &KeyPair, delegation: &str) -> String {
    let unsigned = Declaration {
        delegation: delegation.into(),
        handover: "h1".into(),
        declared_at: NOW,
    }
    .unsigned();
    let signature = by.sign_bytes(unsigned.message());
    unsigned.finish(&signature)
}

fn issuer(delegation: &Delegation, declared: bool) -> Issuer {
    Issuer {
        delegation: delegation.sign(&workspace()),
        device: delegate().public().to_string(),
        declaration: declared.then(|| declaration(&delegate(), &delegation.id)),
    }
}

fn invite(role: &str, issuer: Issuer) -> Grant {
    Grant {
        id: "g-new".into(),
        member: "new-hire".into(),
        name: "Robin".into(),
        role: role.into(),
        workspace: workspace().public().to_string(),
        team: "team-doc".into(),
        leadership: None,
        relay: Some(RelayRef {
            address: "ws://127.0.0.1:3030".into(),
            key: Some(key(9).public().to_string()),
        }),
        device: None,
        expires_at: NOW + 500,
        issuer: Some(issuer),
    }
}

fn signed_by(by: &KeyPair, grant: &Grant) -> String {
    let unsigned = grant.unsigned();
    let signature = by.sign_bytes(unsigned.message());
    unsigned.finish(&signature)
}

fn check(token: &str) -> Result<Grant, TokenError> {
    Grant::verify(&workspace().public(), token, NOW)
}

#[test]
fn the_acting_ceo_invites_under_a_handover_delegation() {
    let grant = invite("team-member", issuer(&delegation(false), false));
    let token = signed_by(&delegate(), &grant);
    assert_eq!(check(&token), Ok(grant.clone()));
    assert_eq!(Grant::open(&token, NOW), Ok(grant.clone()));
    assert_eq!(
        grant.revoked_by(),
        vec!["g-new".to_string(), "d1".to_string()]
    );
    assert_eq!(grant.delegation(), Some(delegation(false)));
}

#[test]
fn a_delegate_cannot_make_a_ceo_nor_bind_a_device() {
    let ceo = invite("ceo", issuer(&delegation(false), false));
    assert_eq!(
        check(&signed_by(&delegate(), &ceo)),
        Err(TokenError::BeyondDelegation)
    );
    let mut bound = invite("team-member", issuer(&delegation(false), false));
    bound.device = Some(key(7).public().to_string());
    assert_eq!(
        check(&signed_by(&delegate(), &bound)),
        Err(TokenError::BeyondDelegation)
    );
}

/// Another member's device (or anyone) copying a delegation token into a
/// grant they sign themselves gets nothing: the delegation names devices.
#[test]
fn a_copied_delegation_signed_by_another_device_is_refused() {
    let mut stolen = issuer(&delegation(false), false);
    stolen.device = key(6).public().to_string();
    let token = signed_by(&key(6), &invite("team-member", stolen));
    assert_eq!(check(&token), Err(TokenError::BeyondDelegation));

    // Claiming the delegate's key without holding it fails the signature.
    let token = signed_by(
        &key(6),
        &invite("team-member", issuer(&delegation(false), false)),
    );
    assert_eq!(check(&token), Err(TokenError::BadSignature));
}

#[test]
fn a_delegation_not_signed_by_the_workspace_key_is_refused() {
    let mut forged = issuer(&delegation(false), false);
    forged.delegation = delegation(false).sign(&key(6));
    let token = signed_by(&delegate(), &invite("team-member", forged));
    assert_eq!(check(&token), Err(TokenError::BadSignature));

    // An edited delegation (a longer `until`) keeps its old signature.
    let mut longer = delegation(false);
    longer.until = NOW + 1_000_000;
    let genuine = delegation(false).sign(&workspace());
    let signature = genuine.rsplit('.').next().unwrap();
    let unsigned = crate::signed::unsigned("hod1", &longer);
    let mut edited = issuer(&delegation(false), false);
    edited.delegation = unsigned.finish(signature);
    let token = signed_by(&delegate(), &invite("team-member", edited));
    assert_eq!(check(&token), Err(TokenError::BadSignature));
}

#[test]
fn an_emergency_delegation_needs_the_delegates_declaration() {
    let emergency = delegation(true);
    let undeclared = signed_by(
        &delegate(),
        &invite("team-member", issuer(&emergency, false)),
    );
    assert_eq!(check(&undeclared), Err(TokenError::NotDeclared));

    let declared = signed_by(
        &delegate(),
        &invite("team-member", issuer(&emergency, true)),
    );
    assert!(check(&declared).is_ok());

    // A declaration signed by another key, or for another delegation, does
    // not count.
    let mut foreign = issuer(&emergency, false);
    foreign.declaration = Some(declaration(&key(6), "d1"));
    let token = signed_by(&delegate(), &invite("team-member", foreign));
    assert_eq!(check(&token), Err(TokenError::BadSignature));
    let mut other = issuer(&emergency, false);
    other.declaration = Some(declaration(&delegate(), "d2"));
    let token = signed_by(&delegate(), &invite("team-member", other));
    assert_eq!(check(&token), Err(TokenError::NotDeclared));
}

fn revocation(grant: &str, delegation: &Delegation) -> String {
    let unsigned = Revocation {
        grant: grant.into(),
        workspace: workspace().public().to_string(),
        revoked_at: NOW,
        issuer: Some(issuer(delegation, delegation.emergency)),
    }
    .unsigned();
    let signature = delegate().sign_bytes(unsigned.message());
    unsigned.finish(&signature)
}

#[test]
fn the_acting_ceo_revokes_while_the_delegation_is_current_but_never_the_ceo() {
    let public = workspace().public();
    let token = revocation("sam-grant", &delegation(false));
    let revoked = Revocation::verify(&public, &token, NOW).unwrap();
    assert_eq!(revoked.grant, "sam-grant");
    assert_eq!(revoked.delegation_id().as_deref(), Some("d1"));

    assert_eq!(
        Revocation::verify(&public, &token, NOW + 100),
        Err(TokenError::Expired)
    );
    assert_eq!(
        Revocation::verify(&public, &revocation("ceo-grant", &delegation(false)), NOW),
        Err(TokenError::BeyondDelegation)
    );
    assert_eq!(
        Revocation::verify(&public, &revocation("sam-grant", &delegation(true)), NOW)
            .map(|r| r.grant),
        Ok("sam-grant".to_string())
    );
}

#[test]
fn tokens_signed_without_a_delegation_read_as_before() {
    // The issuer field is left out when empty, so grants signed before
    // delegations existed verify byte for byte.
    let mut plain = invite("team-member", issuer(&delegation(false), false));
    plain.issuer = None;
    let token = plain.sign(&workspace());
    assert!(!token.contains("issuer"));
    let payload = token.split('.').nth(1).unwrap();
    use base64::Engine;
    let json = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload)
        .unwrap();
    assert!(!String::from_utf8(json).unwrap().contains("issuer"));
    assert_eq!(check(&token), Ok(plain));
}
