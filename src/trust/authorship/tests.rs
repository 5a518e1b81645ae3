use handover_invite::{Grant, KeyPair};

use super::*;
use crate::doc::{ChangeMeta, DocKind, DocumentId, LoggedChange};
use crate::domain::action::Action;

fn workspace() -> KeyPair {
    KeyPair::from_seed([1; 32])
}

fn device(n: u8) -> KeyPair {
    KeyPair::from_seed([n; 32])
}

fn grant(id: &str, member: &str, device: Option<&KeyPair>) -> Grant {
    Grant {
        id: id.into(),
        member: member.into(),
        name: member.into(),
        role: "team-member".into(),
        workspace: workspace().public().to_string(),
        team: "team".into(),
        leadership: None,
        relay: None,
        device: device.map(|d| d.public().to_string()),
        // Long expired: history still believes what was signed.
        expires_at: 1,
        issuer: None,
    }
}

fn record(device: &KeyPair, member: &str, grant: &Grant, signer: &KeyPair) -> DeviceRecord {
    DeviceRecord {
        key: device.public().to_string(),
        member: member.into(),
        grant: grant.sign(signer),
        added_at: 0,
    }
}

/// One change by `device` claiming `author`; returns its log entry.
fn change_by(doc: &mut Document, device: Option<&KeyPair>, author: &str) -> LoggedChange {
    match device {
        Some(device) => doc.write_as_device(device.public().as_bytes()),
        None => {
            doc.automerge_mut().set_actor(ActorId::random());
        }
    }
    let heads = doc.heads();
    doc.change(
        &ChangeMeta::new(author, Action::ClientCreate, "x"),
        1,
        |w| w.put(&crate::domain::ids::new_id(), &record_of(author)),
    )
    .unwrap();
    doc.change_log(&heads).pop().unwrap()
}

fn record_of(member: &str) -> DeviceRecord {
    DeviceRecord {
        key: String::new(),
        member: member.into(),
        grant: String::new(),
        added_at: 0,
    }
}

fn attribute(authors: &Authors, change: &LoggedChange) -> Attribution {
    authors.attribute(
        &change.actor,
        change.meta.as_ref().map(|m| m.author.as_str()),
    )
}

#[test]
fn devices_with_signed_grants_write_as_their_members() {
    let (ceo, terry) = (device(2), device(3));
    let devices = [
        record(
            &ceo,
            "ceo",
            &grant("g-ceo", "ceo", Some(&ceo)),
            &workspace(),
        ),
        record(
            &terry,
            "terry",
            &grant("g-terry", "terry", None),
            &workspace(),
        ),
    ];
    let authors = Authors::new(&workspace().public(), &devices);
    let mut doc = Document::create(DocumentId::random(), DocKind::Team);
    for (key, member) in [(&ceo, "ceo"), (&terry, "terry")] {
        let change = change_by(&mut doc, Some(key), member);
        assert_eq!(attribute(&authors, &change), Attribution::Verified);
    }
}

#[test]
fn a_change_claiming_another_member_is_flagged() {
    let terry = device(3);
    let devices = [record(
        &terry,
        "terry",
        &grant("g", "terry", None),
        &workspace(),
    )];
    let authors = Authors::new(&workspace().public(), &devices);
    let mut doc = Document::create(DocumentId::random(), DocKind::Team);
    let change = change_by(&mut doc, Some(&terry), "ceo");
    assert_eq!(
        attribute(&authors, &change),
        Attribution::NotTheClaimedAuthor
    );
}

#[test]
fn forged_records_and_unknown_actors_verify_nobody() {
    let (terry, thief, impostor) = (device(3), device(4), device(5));
    let invite = grant("g-terry", "terry", None);
    let devices = [
        // The same invite claimed by two devices: one of them stole it.
        record(&terry, "terry", &invite, &workspace()),
        record(&thief, "terry", &invite, &workspace()),
        // A grant the impostor signed with a key of their own.
        record(
            &impostor,
            "ceo",
            &grant("g-x", "ceo", Some(&impostor)),
            &device(9),
        ),
        // A real grant bound to another device, copied into a record.
        record(
            &impostor,
            "ceo",
            &grant("g-ceo", "ceo", Some(&device(2))),
            &workspace(),
        ),
    ];
    let authors = Authors::new(&workspace().public(), &devices);
    let mut doc = Document::create(DocumentId::random(), DocKind::Team);
    for (key, member) in [
        (Some(&terry), "terry"),
        (Some(&thief), "terry"),
        (Some(&impostor), "ceo"),
        (None, "ceo"),
    ] {
        let change = change_by(&mut doc, key, member);
        assert_eq!(
            attribute(&authors, &change),
            Attribution::UnknownDevice,
            "{member}"
        );
    }
}

#[test]
fn a_device_writes_under_its_key_with_a_fresh_part_per_session() {
    let key = device(2).public();
    let mut a = Document::create(DocumentId::random(), DocKind::Team);
    let mut b = Document::create(DocumentId::random(), DocKind::Team);
    a.write_as_device(key.as_bytes());
    b.write_as_device(key.as_bytes());
    let (actor_a, actor_b) = (
        a.automerge().get_actor().clone(),
        b.automerge().get_actor().clone(),
    );
    assert_ne!(actor_a, actor_b);
    assert_eq!(Document::device_of(&actor_a), Some(*key.as_bytes()));
    assert_eq!(Document::device_of(&actor_b), Some(*key.as_bytes()));
    assert_eq!(Document::device_of(&ActorId::random()), None);
}

/// Remembering the last check never vouches for a device the current
/// records do not: a second claim of the same invite, a grant swapped for a
/// forged one, or another workspace's key each check again.
#[test]
fn remembered_authors_follow_every_change_to_the_devices() {
    let (terry, thief) = (device(3), device(4));
    let invite = grant("g-terry", "terry", None);
    let honest = vec![record(&terry, "terry", &invite, &workspace())];
    let mut checked = CheckedAuthors::default();
    let key = workspace().public();
    let terry_of = |authors: &Authors| authors.devices_of("terry");

    assert_eq!(terry_of(&checked.of(&key, honest.clone())).len(), 1);
    assert_eq!(
        checked.of(&key, honest.clone()),
        Authors::new(&key, &honest)
    );

    let stolen = [
        honest.clone(),
        vec![record(&thief, "terry", &invite, &workspace())],
    ]
    .concat();
    assert!(terry_of(&checked.of(&key, stolen)).is_empty());

    let mut forged = honest.clone();
    forged[0].grant = invite.sign(&device(9));
    assert!(terry_of(&checked.of(&key, forged)).is_empty());

    assert!(terry_of(&checked.of(&device(8).public(), honest.clone())).is_empty());
    assert_eq!(terry_of(&checked.of(&key, honest)).len(), 1);
}
