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
mod tests;
