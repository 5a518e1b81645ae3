//! The message log: a phone call, an e-mail or a visitor's word taken down
//! for a colleague or a whole department, seen on the recipient's device and
//! marked done there. Urgent messages come first wherever messages are
//! listed, so that none is left unseen.

use std::cmp::Reverse;

use autosurgeon::{Hydrate, Reconcile};

use super::coded::coded_enum;
use super::ids::{new_id, Id};
use super::people::Member;
use super::requests::Handled;
use super::validation::{Checker, Invalid, Problem};
use super::Millis;

coded_enum! {
    /// How the message came in.
    pub enum MessageChannel ("message-channel") {
        #[default]
        Phone = "phone",
        Email = "email",
        InPerson = "in-person",
        Note = "note",
    }
}

coded_enum! {
    /// How soon the recipient should act on it.
    pub enum Urgency ("message-urgency") {
        #[default]
        Normal = "normal",
        Urgent = "urgent",
    }
}

coded_enum! {
    /// Whether a message is for one person or for a department.
    pub enum RecipientKind ("message-recipient") {
        #[default]
        Member = "member",
        Department = "department",
    }
}

/// Whom a message is for.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Reconcile, Hydrate)]
pub struct Recipient {
    pub kind: RecipientKind,
    pub id: Id,
}

impl Recipient {
    pub fn member(id: &str) -> Self {
        Self {
            kind: RecipientKind::Member,
            id: id.to_string(),
        }
    }

    pub fn department(id: &str) -> Self {
        Self {
            kind: RecipientKind::Department,
            id: id.to_string(),
        }
    }

    /// A stable text form (`member:<id>`, `department:<id>`), for forms,
    /// addresses and index keys.
    pub fn key(&self) -> String {
        format!("{}:{}", self.kind.code(), self.id)
    }

    pub fn from_key(key: &str) -> Option<Self> {
        let (kind, id) = key.split_once(':')?;
        Some(Self {
            kind: RecipientKind::from_code(kind)?,
            id: id.to_string(),
        })
    }

    /// The recipients whose messages `member` sees as theirs: their own, and
    /// their department's.
    pub fn of(member: &Member) -> Vec<Recipient> {
        let mut mine = vec![Recipient::member(&member.id)];
        mine.extend(member.department.as_deref().map(Recipient::department));
        mine
    }
}

/// A message taken for someone (team document).
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct Message {
    pub id: Id,
    /// Who called or wrote.
    pub from: String,
    /// Where they are from (a company), if said.
    pub organisation: String,
    pub channel: MessageChannel,
    pub urgency: Urgency,
    pub recipient: Recipient,
    pub body: String,
    /// The number to call back, if any.
    pub call_back: String,
    pub taken_at: Millis,
    pub taken_by: Id,
    pub done: Option<Handled>,
}

pub const FROM_MAX: usize = 120;
pub const BODY_MAX: usize = 4_000;

/// What the "take a message" form asks.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MessageInput {
    pub from: String,
    pub organisation: String,
    pub channel: MessageChannel,
    pub urgency: Urgency,
    /// A [`Recipient::key`], or "" when none was chosen.
    pub recipient: String,
    pub body: String,
    pub call_back: String,
}

/// Validates `input` and takes the message down. `exists` tells whether a
/// recipient names an active member or a department.
pub fn take_message(
    input: &MessageInput,
    exists: impl Fn(&Recipient) -> bool,
    by: &str,
    now: Millis,
) -> Result<Message, Invalid> {
    let mut check = Checker::new();
    let from = check.required("from", &input.from, FROM_MAX);
    let organisation = check.optional("organisation", &input.organisation, FROM_MAX);
    let body = check.required("body", &input.body, BODY_MAX);
    let call_back = check.phone("call_back", &input.call_back);
    let recipient = match Recipient::from_key(&input.recipient) {
        Some(recipient) if exists(&recipient) => recipient,
        Some(_) => {
            check.fail("recipient", Problem::Unknown);
            Recipient::default()
        }
        None => {
            check.fail("recipient", Problem::Required);
            Recipient::default()
        }
    };
    check.finish(Message {
        id: new_id(),
        from,
        organisation,
        channel: input.channel,
        urgency: input.urgency,
        recipient,
        body,
        call_back,
        taken_at: now,
        taken_by: by.to_string(),
        done: None,
    })
}

/// Marks `message` done by `by`. Done once: marking it again (perhaps on
/// another device) keeps who finished it first and reports `AlreadyDone`.
pub fn mark_done(message: &mut Message, by: &str, now: Millis) -> Result<(), Invalid> {
    let mut check = Checker::new();
    if message.done.is_some() {
        check.fail("done", Problem::AlreadyDone);
    }
    check.finish(())?;
    message.done = Some(Handled {
        at: now,
        by: by.to_string(),
    });
    Ok(())
}

impl Message {
    pub fn is_open(&self) -> bool {
        self.done.is_none()
    }

    pub fn is_urgent(&self) -> bool {
        self.urgency == Urgency::Urgent
    }
}

/// The order messages are listed in: urgent first, then the newest.
pub type InboxOrder = (Reverse<Urgency>, Reverse<Millis>);

pub fn inbox_order(message: &Message) -> InboxOrder {
    (Reverse(message.urgency), Reverse(message.taken_at))
}

/// Where an open message is filed: under its recipient's key. Done
/// messages are filed under `None` (see the done list).
pub fn open_under(message: &Message) -> Option<String> {
    message.is_open().then(|| message.recipient.key())
}

#[cfg(test)]
mod tests;
