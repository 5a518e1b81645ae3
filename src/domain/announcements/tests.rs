use super::*;
use crate::doc::{ChangeMeta, DocKind, Document, DocumentId};
use crate::domain::action::Action;

fn member(id: &str, role: Role, active: bool) -> Member {
    Member {
        id: id.into(),
        name: id.to_uppercase(),
        role,
        active,
        joined_at: 0,
        ..Default::default()
    }
}

fn posted() -> Announcement {
    let input = AnnouncementInput {
        title: " Office closed Friday ".into(),
        body: "We move to the new building.".into(),
    };
    post_announcement(&input, &member("ceo", Role::Ceo, true), 100).unwrap()
}

#[test]
fn only_leadership_posts_and_title_and_body_are_required() {
    let announcement = posted();
    assert_eq!(announcement.title, "Office closed Friday");
    assert_eq!((announcement.by.as_str(), announcement.at), ("ceo", 100));
    assert!(announcement.acks.is_empty());

    let ops = member("ops", Role::OperationsAssistant, true);
    let err = post_announcement(&AnnouncementInput::default(), &ops, 0).unwrap_err();
    assert_eq!(err.for_field("title"), Some(&Problem::Required));
    assert_eq!(err.for_field("body"), Some(&Problem::Required));

    let input = AnnouncementInput {
        title: "Hi".into(),
        body: "All".into(),
    };
    let err = post_announcement(&input, &member("t", Role::TeamMember, true), 0).unwrap_err();
    assert_eq!(err.for_field("title"), Some(&Problem::NotAllowed));
}

#[test]
fn acknowledging_keeps_the_first_time() {
    let mut announcement = posted();
    acknowledge(&mut announcement, "terry", 200);
    acknowledge(&mut announcement, "terry", 300);
    assert_eq!(announcement.acks["terry"], 200);
    assert!(announcement.is_read_by("terry"));
    assert!(announcement.is_read_by("ceo"));
    assert!(!announcement.is_read_by("sam"));
}

#[test]
fn readers_count_active_members_other_than_the_sender() {
    let mut announcement = posted();
    let team = [
        member("ceo", Role::Ceo, true),
        member("sam", Role::OperationsAssistant, true),
        member("terry", Role::TeamMember, true),
        member("uma", Role::TeamMember, true),
        member("gone", Role::TeamMember, false),
    ];
    acknowledge(&mut announcement, "uma", 250);
    acknowledge(&mut announcement, "terry", 200);
    acknowledge(&mut announcement, "gone", 150);
    let readers = readers(&announcement, &team);
    assert_eq!(
        readers.read,
        vec![("terry".to_string(), 200), ("uma".to_string(), 250)]
    );
    assert_eq!(readers.not_yet, vec!["sam".to_string()]);
    assert_eq!(readers.total(), 3);
}

#[test]
fn unread_counts_skip_own_and_acknowledged_and_order_is_newest_first() {
    let mut first = posted();
    let mut second = posted();
    second.at = 500;
    acknowledge(&mut first, "terry", 200);
    let all = [first.clone(), second.clone()];
    let unread_count = |member| all.iter().filter(|a| !a.is_read_by(member)).count();
    assert_eq!(unread_count("terry"), 1);
    assert_eq!(unread_count("sam"), 2);
    assert_eq!(unread_count("ceo"), 0);
    let mut sorted = all.to_vec();
    sorted.sort_by(newest_first);
    assert_eq!(sorted[0].at, 500);
    first.at = 500;
    assert_eq!(newest_first(&first, &second), first.id.cmp(&second.id));
}

/// Two members acknowledge at once on their own devices: after merging
/// both acknowledgments are there.
#[test]
fn acknowledgments_from_two_devices_merge() {
    let id = DocumentId::random();
    let mut a = Document::create(id.clone(), DocKind::Team);
    let announcement = posted();
    a.change(
        &ChangeMeta::new("ceo", Action::AnnouncementPost, ""),
        100,
        |w| w.put(&announcement.id, &announcement),
    )
    .unwrap();
    let mut b = Document::open(id, DocKind::Team, a.automerge().fork())
        .unwrap()
        .0;
    for (doc, who, at) in [(&mut a, "terry", 200), (&mut b, "sam", 210)] {
        doc.change(
            &ChangeMeta::new(who, Action::AnnouncementAck, ""),
            at,
            |w| {
                let mut current: Announcement = w.get::<Announcement>(&announcement.id)?.unwrap();
                acknowledge(&mut current, who, at);
                w.put(&announcement.id, &current)
            },
        )
        .unwrap();
    }
    let mut b_copy = b.automerge().clone();
    a.automerge_mut().merge(&mut b_copy).unwrap();
    let mut a_copy = a.automerge().clone();
    b.automerge_mut().merge(&mut a_copy).unwrap();
    for doc in [&a, &b] {
        let merged: Announcement = doc.get::<Announcement>(&announcement.id).unwrap().unwrap();
        assert_eq!(merged.acks.len(), 2);
        assert_eq!((merged.acks["terry"], merged.acks["sam"]), (200, 210));
    }
}
