//! The Clients desk: clients, their contacts and the log of interactions with
//! them.

use std::collections::BTreeMap;

use autosurgeon::{Hydrate, Reconcile};

use super::coded::coded_enum;
use super::edit::take_change;
use super::ids::{new_id, Id};
use super::validation::{Checker, Invalid, Problem};
use super::Millis;

coded_enum! {
    /// Where a client stands in its relationship with the business.
    pub enum ClientStatus ("client-status") {
        #[default]
        Prospect = "prospect",
        Onboarding = "onboarding",
        Active = "active",
        Offboarding = "offboarding",
        Former = "former",
    }
}

coded_enum! {
    /// How a client and the business were in touch.
    pub enum InteractionKind ("interaction-kind") {
        #[default]
        Call = "call",
        Email = "email",
        Meeting = "meeting",
        Message = "message",
        Complaint = "complaint",
        Question = "question",
    }
}

/// A person at a client.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct Contact {
    pub id: Id,
    pub name: String,
    pub role: String,
    pub email: String,
    pub phone: String,
}

/// A client of the business. Contacts are keyed by id so that two devices
/// adding or editing different contacts at once both keep their change.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct Client {
    pub id: Id,
    pub name: String,
    pub company: String,
    pub status: ClientStatus,
    /// The member responsible for the client.
    pub owner: Option<Id>,
    pub notes: String,
    pub created_at: Millis,
    pub created_by: Id,
    pub contacts: BTreeMap<Id, Contact>,
}

/// The answer to a client's question or complaint, kept on the interaction.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct Answer {
    pub at: Millis,
    pub by: Id,
    pub note: String,
}

/// One contact with a client. Interactions are records of their own rather
/// than a list inside the client, so that logging never conflicts with edits
/// to the client itself.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct Interaction {
    pub id: Id,
    pub client_id: Id,
    pub kind: InteractionKind,
    /// When the interaction happened.
    pub at: Millis,
    pub summary: String,
    pub outcome: String,
    /// The member who was in touch with the client.
    pub by: Id,
    /// When it was written down.
    pub logged_at: Millis,
    /// The answer to a question or complaint; open until there is one.
    /// Optional, so interactions written before answers existed still read.
    pub answer: Option<Answer>,
}

pub const NAME_MAX: usize = 120;
pub const NOTES_MAX: usize = 5_000;
pub const SUMMARY_MAX: usize = 2_000;

/// What the client form edits.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ClientInput {
    pub name: String,
    pub company: String,
    pub status: ClientStatus,
    pub owner: Option<Id>,
    pub notes: String,
}

impl ClientInput {
    /// The form's starting values for an existing client.
    pub fn from_client(client: &Client) -> Self {
        Self {
            name: client.name.clone(),
            company: client.company.clone(),
            status: client.status,
            owner: client.owner.clone(),
            notes: client.notes.clone(),
        }
    }

    /// Trims and checks every field; `is_member` says whether an owner id
    /// names a member of the workspace.
    fn validated(&self, is_member: impl Fn(&str) -> bool) -> Result<ClientInput, Invalid> {
        let mut check = Checker::new();
        let name = check.required("name", &self.name, NAME_MAX);
        let company = check.optional("company", &self.company, NAME_MAX);
        let notes = check.optional("notes", &self.notes, NOTES_MAX);
        if let Some(owner) = &self.owner {
            if !is_member(owner) {
                check.fail("owner", Problem::Unknown);
            }
        }
        check.finish(ClientInput {
            name,
            company,
            status: self.status,
            owner: self.owner.clone(),
            notes,
        })
    }
}

/// Validates `input` and makes a new client without contacts.
pub fn create_client(
    input: &ClientInput,
    is_member: impl Fn(&str) -> bool,
    by: &str,
    now: Millis,
) -> Result<Client, Invalid> {
    let input = input.validated(is_member)?;
    Ok(Client {
        id: new_id(),
        name: input.name,
        company: input.company,
        status: input.status,
        owner: input.owner,
        notes: input.notes,
        created_at: now,
        created_by: by.to_string(),
        contacts: BTreeMap::new(),
    })
}

/// Applies a form edit to the current state of a client: only the fields the
/// user changed (`edited` differs from `original`, the values the form opened
/// with) are written, so a concurrent change to another field on another
/// device is kept rather than overwritten with the form's stale value.
pub fn edit_client(
    current: &mut Client,
    original: &ClientInput,
    edited: &ClientInput,
    is_member: impl Fn(&str) -> bool,
) -> Result<(), Invalid> {
    let edited = edited.validated(is_member)?;
    let original = original
        .validated(|_| true)
        .unwrap_or_else(|_| original.clone());
    take_change(&mut current.name, &original.name, edited.name);
    take_change(&mut current.company, &original.company, edited.company);
    take_change(&mut current.status, &original.status, edited.status);
    take_change(&mut current.owner, &original.owner, edited.owner);
    take_change(&mut current.notes, &original.notes, edited.notes);
    Ok(())
}

/// What the contact form edits.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ContactInput {
    pub name: String,
    pub role: String,
    pub email: String,
    pub phone: String,
}

impl ContactInput {
    pub fn from_contact(contact: &Contact) -> Self {
        Self {
            name: contact.name.clone(),
            role: contact.role.clone(),
            email: contact.email.clone(),
            phone: contact.phone.clone(),
        }
    }

    fn validated(&self) -> Result<ContactInput, Invalid> {
        let mut check = Checker::new();
        let name = check.required("name", &self.name, NAME_MAX);
        let role = check.optional("role", &self.role, NAME_MAX);
        let email = check.email("email", &self.email);
        let phone = check.phone("phone", &self.phone);
        check.finish(ContactInput {
            name,
            role,
            email,
            phone,
        })
    }
}

/// Validates `input` and makes a new contact, for a client to hold.
pub fn new_contact(input: &ContactInput) -> Result<Contact, Invalid> {
    let input = input.validated()?;
    Ok(Contact {
        id: new_id(),
        name: input.name,
        role: input.role,
        email: input.email,
        phone: input.phone,
    })
}

/// Validates `input` and adds it to `client` as a new contact; returns its id.
pub fn add_contact(client: &mut Client, input: &ContactInput) -> Result<Id, Invalid> {
    let contact = new_contact(input)?;
    let id = contact.id.clone();
    client.contacts.insert(id.clone(), contact);
    Ok(id)
}

/// Applies a contact form edit, field by field as [`edit_client`] does. A
/// contact removed meanwhile on another device reports `Unknown`.
pub fn edit_contact(
    client: &mut Client,
    contact_id: &str,
    original: &ContactInput,
    edited: &ContactInput,
) -> Result<(), Invalid> {
    let edited = edited.validated()?;
    let contact = client
        .contacts
        .get_mut(contact_id)
        .ok_or_else(|| Invalid::unknown("name"))?;
    take_change(&mut contact.name, &original.name, edited.name);
    take_change(&mut contact.role, &original.role, edited.role);
    take_change(&mut contact.email, &original.email, edited.email);
    take_change(&mut contact.phone, &original.phone, edited.phone);
    Ok(())
}

/// Removes a contact; true when it was there.
pub fn remove_contact(client: &mut Client, contact_id: &str) -> bool {
    client.contacts.remove(contact_id).is_some()
}

/// What the interaction form asks.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InteractionInput {
    pub kind: InteractionKind,
    /// When it happened; `None` when the user left the field empty.
    pub at: Option<Millis>,
    pub summary: String,
    pub outcome: String,
}

/// Validates `input` and makes an interaction with `client_id` by `by`.
pub fn log_interaction(
    client_id: &str,
    input: &InteractionInput,
    by: &str,
    now: Millis,
) -> Result<Interaction, Invalid> {
    let mut check = Checker::new();
    let summary = check.required("summary", &input.summary, SUMMARY_MAX);
    let outcome = check.optional("outcome", &input.outcome, SUMMARY_MAX);
    if input.at.is_none() {
        check.fail("at", Problem::Required);
    }
    check.finish(Interaction {
        id: new_id(),
        client_id: client_id.to_string(),
        kind: input.kind,
        at: input.at.unwrap_or(now),
        summary,
        outcome,
        by: by.to_string(),
        logged_at: now,
        answer: None,
    })
}

/// The client list's search box and status filter.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ClientFilter {
    pub query: String,
    pub status: Option<ClientStatus>,
}

impl ClientFilter {
    /// True when `client` has the status asked for and every word of the
    /// query appears (ignoring case) in its name, company, notes or contacts.
    pub fn matches(&self, client: &Client) -> bool {
        self.matches_showing(client, || client.status)
    }

    /// [`ClientFilter::matches`] for `client` showing `status` (derived from
    /// its checklists), without copying the client to say so. `status` is
    /// asked only when the filter names one: the list without one shows
    /// before the checklists are read.
    pub fn matches_showing(&self, client: &Client, status: impl FnOnce() -> ClientStatus) -> bool {
        if self.status.is_some_and(|s| s != status()) {
            return false;
        }
        let haystack = searchable_text(client);
        self.query
            .split_whitespace()
            .all(|word| haystack.contains(&word.to_lowercase()))
    }
}

fn searchable_text(client: &Client) -> String {
    let mut text = format!("{} {} {}", client.name, client.company, client.notes);
    for contact in client.contacts.values() {
        text.push(' ');
        text.push_str(&contact.name);
        text.push(' ');
        text.push_str(&contact.email);
    }
    text.to_lowercase()
}

/// Where a client sorts by name, ignoring case (the client index then
/// orders equal names by id, so the order is stable).
pub fn name_order(client: &Client) -> String {
    client.name.to_lowercase()
}

/// Orders interactions newest first, then by id so the order is stable.
pub fn newest_first(a: &Interaction, b: &Interaction) -> std::cmp::Ordering {
    b.at.cmp(&a.at).then_with(|| a.id.cmp(&b.id))
}

#[cfg(test)]
mod tests;
