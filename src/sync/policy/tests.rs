use super::*;
use crate::trust::fixtures;

fn grant(member: &str, leadership: Option<&str>) -> Grant {
    fixtures::grant(member, "team-member", leadership)
}

fn relay(key: Option<&str>) -> RelayRef {
    RelayRef {
        address: "wss://relay.example".into(),
        key: key.map(str::to_string),
    }
}

#[test]
fn a_relay_that_proves_its_key_receives_both_documents() {
    assert_eq!(
        relay_documents("team", Some("lead"), &relay(Some("key"))),
        ["team", "lead"]
    );
    assert_eq!(relay_documents("team", None, &relay(Some("key"))), ["team"]);
}

/// A standard sync server proves nothing: the leadership document never
/// goes to it, whatever this device holds.
#[test]
fn a_standard_sync_server_never_receives_the_leadership_document() {
    assert_eq!(
        relay_documents("team", Some("lead"), &relay(None)),
        ["team"]
    );
}

#[test]
fn leadership_shares_the_leadership_document_with_leadership() {
    let ceo = grant("ceo", Some("lead"));
    let assistant = grant("assistant", Some("lead"));
    assert_eq!(link_documents(&ceo, &assistant), ["team", "lead"]);
}

/// A team member's grant names no leadership document, or (forged) another
/// one: the link carries the team document only.
#[test]
fn a_team_device_never_receives_the_leadership_document_over_a_link() {
    let ceo = grant("ceo", Some("lead"));
    assert_eq!(link_documents(&ceo, &grant("sam", None)), ["team"]);
    assert_eq!(link_documents(&ceo, &grant("sam", Some("other"))), ["team"]);
    assert_eq!(link_documents(&grant("sam", None), &ceo), ["team"]);
}

#[test]
fn a_device_of_another_team_receives_nothing() {
    let mut stranger = grant("stranger", Some("lead"));
    stranger.team = "elsewhere".into();
    assert!(link_documents(&grant("ceo", Some("lead")), &stranger).is_empty());
}
