//! What each kind of record offers to the search: its title, a line of
//! detail, where it leads, and the further words it is found by.

use super::{Kind, Searchable};
use crate::domain::clients::Client;
use crate::domain::crisis::Crisis;
use crate::domain::events::{event_path, Event};
use crate::domain::meetings::{meeting_path, Meeting};
use crate::domain::messages::Message;
use crate::domain::register::Filed;
use crate::domain::tasks::Task;

/// A message's body is shown up to this many characters.
const EXCERPT_CHARS: usize = 90;

/// A client, found by its name, company and notes, and each of its
/// contacts, found by name, role, email and phone, leading to the client.
pub fn of_client(client: &Client) -> Vec<Searchable> {
    let href = format!("/clients/{}", client.id);
    let own = Searchable {
        kind: Kind::Client,
        title: client.name.clone(),
        detail: client.company.clone(),
        href: href.clone(),
        recency: client.created_at,
        text: client.notes.clone(),
    };
    let contacts = client.contacts.values().map(|contact| Searchable {
        kind: Kind::Contact,
        title: contact.name.clone(),
        detail: joined(&[&contact.role, &client.name]),
        href: href.clone(),
        recency: client.created_at,
        text: joined(&[&contact.email, &contact.phone]),
    });
    std::iter::once(own).chain(contacts).collect()
}

pub fn of_task(task: &Task) -> Vec<Searchable> {
    vec![Searchable {
        kind: Kind::Task,
        title: task.title.clone(),
        detail: task.due_on.clone().unwrap_or_default(),
        href: format!("/team/tasks/{}", task.id),
        recency: task.created_at,
        text: task.description.clone(),
    }]
}

/// A message, titled by who it is from; it leads to the message log showing
/// that message alone.
pub fn of_message(message: &Message) -> Vec<Searchable> {
    vec![Searchable {
        kind: Kind::Message,
        title: joined(&[&message.from, &message.organisation]),
        detail: excerpt(&message.body),
        href: format!("/messages?message={}", message.id),
        recency: message.taken_at,
        text: joined(&[&message.body, &message.call_back]),
    }]
}

pub fn of_meeting(meeting: &Meeting) -> Vec<Searchable> {
    vec![Searchable {
        kind: Kind::Meeting,
        title: meeting.title.clone(),
        detail: joined(&[&meeting.start.replace('T', " "), &meeting.place]),
        href: meeting_path(&meeting.id),
        recency: meeting.created_at,
        text: joined(&[&meeting.agenda.join(" "), &meeting.minutes]),
    }]
}

/// A register entry, from either document: a confidential one is only ever
/// in the leadership document, so only a device holding a leadership grant
/// has one to index.
pub fn of_document<const CONFIDENTIAL: bool>(entry: &Filed<CONFIDENTIAL>) -> Vec<Searchable> {
    vec![Searchable {
        kind: Kind::Document,
        title: entry.title.clone(),
        detail: entry.location.clone(),
        href: format!("/documents/{}", entry.id),
        recency: entry.created_at,
        text: entry.notes.clone(),
    }]
}

pub fn of_event(event: &Event) -> Vec<Searchable> {
    vec![Searchable {
        kind: Kind::Event,
        title: event.name.clone(),
        detail: joined(&[&event.day, &event.venue]),
        href: event_path(&event.id),
        recency: event.created_at,
        text: joined(&[&event.catering, &event.notes]),
    }]
}

/// A crisis: only ever in the leadership document.
pub fn of_crisis(crisis: &Crisis) -> Vec<Searchable> {
    vec![Searchable {
        kind: Kind::Crisis,
        title: crisis.title.clone(),
        detail: excerpt(&crisis.summary),
        href: format!("/crisis/{}", crisis.id),
        recency: crisis.declared_at,
        text: crisis.summary.clone(),
    }]
}

/// The non-empty parts, joined with " · ".
fn joined(parts: &[&str]) -> String {
    parts
        .iter()
        .map(|part| part.trim())
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The start of `text` on one line, with an ellipsis when cut.
fn excerpt(text: &str) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.chars().count() <= EXCERPT_CHARS {
        return line;
    }
    let cut: String = line.chars().take(EXCERPT_CHARS).collect();
    format!("{}…", cut.trim_end())
}
