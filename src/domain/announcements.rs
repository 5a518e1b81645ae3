//! Announcements: leadership updates relayed to the team, acknowledged by
//! each member on their own device.

use std::collections::BTreeMap;

use autosurgeon::{Hydrate, Reconcile};

use super::ids::{new_id, Id};
use super::people::{Member, Role};
use super::validation::{Checker, Invalid, Problem};
use super::Millis;

/// An announcement. Acknowledgments are keyed by member so that members
/// acknowledging at once on their own devices all count.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct Announcement {
    pub id: Id,
    pub title: String,
    pub body: String,
    pub at: Millis,
    pub by: Id,
    /// Member id → when they acknowledged.
    pub acks: BTreeMap<Id, Millis>,
}

pub const TITLE_MAX: usize = 200;
pub const BODY_MAX: usize = 10_000;

/// Whether a member with `role` may post announcements: leadership only.
pub fn may_announce(role: Role) -> bool {
    role.is_leadership()
}

/// What the compose form asks.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AnnouncementInput {
    pub title: String,
    pub body: String,
}

/// Validates `input` and makes an announcement by `author`. Refused for
/// members outside leadership.
pub fn post_announcement(
    input: &AnnouncementInput,
    author: &Member,
    now: Millis,
) -> Result<Announcement, Invalid> {
    let mut check = Checker::new();
    let title = check.required("title", &input.title, TITLE_MAX);
    let body = check.required("body", &input.body, BODY_MAX);
    if !may_announce(author.role) {
        check.fail("title", Problem::NotAllowed);
    }
    check.finish(Announcement {
        id: new_id(),
        title,
        body,
        at: now,
        by: author.id.clone(),
        acks: BTreeMap::new(),
    })
}

impl Announcement {
    /// Whether `member` has read the announcement. The sender wrote it, so
    /// it counts as read by them without an acknowledgment of their own.
    pub fn is_read_by(&self, member: &str) -> bool {
        self.by == member || self.acks.contains_key(member)
    }
}

/// Records that `member` read `announcement` at `now`. The first time is
/// kept: acknowledging again (on a second device) changes nothing.
pub fn acknowledge(announcement: &mut Announcement, member: &str, now: Millis) {
    announcement.acks.entry(member.to_string()).or_insert(now);
}

/// Who has and who has not read an announcement.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Readers {
    /// Members who acknowledged, with when, earliest first.
    pub read: Vec<(Id, Millis)>,
    /// Members who have not yet, by id.
    pub not_yet: Vec<Id>,
}

impl Readers {
    /// How many members the announcement is for (the "5" of "3 of 5").
    pub fn total(&self) -> usize {
        self.read.len() + self.not_yet.len()
    }
}

/// Who among the ACTIVE members has read `announcement`. The sender is left
/// out of both lists: they wrote it, so counting them would only inflate
/// "3 of 5". Members who left since are left out too, even if they had
/// acknowledged, so the count is about the team as it is now.
pub fn readers<'a>(
    announcement: &Announcement,
    members: impl IntoIterator<Item = &'a Member>,
) -> Readers {
    let mut readers = Readers::default();
    for member in members {
        if !member.active || member.id == announcement.by {
            continue;
        }
        match announcement.acks.get(&member.id) {
            Some(at) => readers.read.push((member.id.clone(), *at)),
            None => readers.not_yet.push(member.id.clone()),
        }
    }
    readers
        .read
        .sort_by(|a, b| a.1.cmp(&b.1).then_with(|| a.0.cmp(&b.0)));
    readers.not_yet.sort();
    readers
}

/// Orders announcements newest first, then by id so the order is stable.
pub fn newest_first(a: &Announcement, b: &Announcement) -> std::cmp::Ordering {
    newest_order(a)
        .cmp(&newest_order(b))
        .then_with(|| a.id.cmp(&b.id))
}

/// Where an announcement sorts in [`newest_first`] (before its id): kept by
/// the announcements' index.
pub fn newest_order(announcement: &Announcement) -> std::cmp::Reverse<Millis> {
    std::cmp::Reverse(announcement.at)
}

#[cfg(test)]
mod tests {
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
                    let mut current: Announcement =
                        w.get::<Announcement>(&announcement.id)?.unwrap();
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
}
