//! The acting CEO's device is offered invite and revoke only when every
//! relay would accept what it signs.

use handover_invite::{Declaration, KeyPair};

use super::*;
use crate::domain::handover::Review;

const NOW: i64 = 1_780_000_000;

fn workspace() -> KeyPair {
    KeyPair::from_seed([1; 32])
}

fn device() -> KeyPair {
    KeyPair::from_seed([5; 32])
}

fn handover() -> Handover {
    Handover {
        id: "h1".into(),
        ceo: "ceo".into(),
        acting: "alex".into(),
        away_from: "2026-05-28".into(),
        expected_back: "2026-06-01".into(),
        priorities: String::new(),
        delegated: String::new(),
        do_not_touch: String::new(),
        emergency_contacts: String::new(),
        started_at: 0,
        started_by: "ceo".into(),
        emergency: None,
        team_heads: vec![],
        leadership_heads: vec![],
        ended: None,
        acknowledged_at: None,
        delegation: None,
        declaration: None,
    }
}

fn delegated(emergency: bool) -> Handover {
    let mut handover = handover();
    let mut delegation = for_handover(
        "d1".into(),
        &workspace().public(),
        &handover,
        "Alex",
        vec![device().public().to_string()],
        vec!["ceo-grant".into()],
        NOW,
    )
    .unwrap();
    delegation.emergency = emergency;
    handover.delegation = Some(delegation.sign(&workspace()));
    handover
}

fn acting(handover: &Handover, me: &str, now: i64) -> Option<Issuer> {
    acting_issuer(&workspace().public(), &device().public(), handover, me, now)
}

#[test]
fn the_acting_member_signs_under_the_handover_delegation_until_after_the_return() {
    let handover = delegated(false);
    assert!(acting(&handover, "alex", NOW).is_some());
    // 2026-06-01 back: the delegation holds to the end of 2 June (UTC).
    let until = handover_until(&handover).unwrap();
    assert_eq!(until, 1_780_444_800);
    assert!(acting(&handover, "alex", until - 1).is_some());
    assert!(acting(&handover, "alex", until).is_none());
    assert!(acting(&handover, "sam", NOW).is_none());
}

#[test]
fn no_delegation_an_ended_handover_or_another_key_offers_nothing() {
    assert!(acting(&handover(), "alex", NOW).is_none());

    let mut ended = delegated(false);
    ended.ended = Some(Review {
        at: 1,
        by: "ceo".into(),
        went_well: String::new(),
        to_change: String::new(),
    });
    assert!(acting(&ended, "alex", NOW).is_none());

    let mut forged = handover();
    let delegation = Delegation::peek(delegated(false).delegation.as_deref().unwrap()).unwrap();
    forged.delegation = Some(delegation.sign(&KeyPair::from_seed([6; 32])));
    assert!(acting(&forged, "alex", NOW).is_none());
}

#[test]
fn an_emergency_delegation_needs_this_devices_declaration() {
    let mut handover = delegated(true);
    assert!(acting(&handover, "alex", NOW).is_none());
    let unsigned = Declaration {
        delegation: "d1".into(),
        handover: "h1".into(),
        declared_at: NOW,
    }
    .unsigned();
    let signature = device().sign_bytes(unsigned.message());
    handover.declaration = Some(unsigned.finish(&signature));
    assert!(acting(&handover, "alex", NOW).is_some());
}

#[test]
fn a_delegation_names_at_least_one_device() {
    let none = for_handover(
        "d1".into(),
        &workspace().public(),
        &handover(),
        "Alex",
        vec![],
        vec![],
        NOW,
    );
    assert_eq!(none, None);
}
