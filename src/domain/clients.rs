//! The Clients desk: clients, their contacts and the log of interactions with
//! them.

use std::collections::BTreeMap;

use autosurgeon::{Hydrate, Reconcile};

use super::care::Answer;
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

/// Validates `input` and adds it to `client` as a new contact; returns its id.
pub fn add_contact(client: &mut Client, input: &ContactInput) -> Result<Id, Invalid> {
    let input = input.validated()?;
    let id = new_id();
    client.contacts.insert(
        id.clone(),
        Contact {
            id: id.clone(),
            name: input.name,
            role: input.role,
            email: input.email,
            phone: input.phone,
        },
    );
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
        self.matches_showing(client, client.status)
    }

    /// [`ClientFilter::matches`] for `client` showing `status` (derived from
    /// its checklists), without copying the client to say so.
    pub fn matches_showing(&self, client: &Client, status: ClientStatus) -> bool {
        if self.status.is_some_and(|s| s != status) {
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

/// Orders clients by name, ignoring case, then by id so the order is stable.
pub fn by_name(a: &Client, b: &Client) -> std::cmp::Ordering {
    name_order(a)
        .cmp(&name_order(b))
        .then_with(|| a.id.cmp(&b.id))
}

/// Where a client sorts in [`by_name`] (before its id): kept by the client
/// list's index.
pub fn name_order(client: &Client) -> String {
    client.name.to_lowercase()
}

/// Orders interactions newest first, then by id so the order is stable.
pub fn newest_first(a: &Interaction, b: &Interaction) -> std::cmp::Ordering {
    b.at.cmp(&a.at).then_with(|| a.id.cmp(&b.id))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(name: &str) -> ClientInput {
        ClientInput {
            name: name.into(),
            company: "Acme BV".into(),
            ..Default::default()
        }
    }

    fn anyone(_: &str) -> bool {
        true
    }

    #[test]
    fn creating_a_client_trims_and_attributes() {
        let client = create_client(&input("  Acme "), anyone, "m1", 42).unwrap();
        assert_eq!(client.name, "Acme");
        assert_eq!(client.created_by, "m1");
        assert_eq!(client.created_at, 42);
        assert_eq!(client.status, ClientStatus::Prospect);
        assert!(client.contacts.is_empty());
    }

    #[test]
    fn a_client_needs_a_name_and_a_known_owner() {
        let bad = ClientInput {
            name: " ".into(),
            owner: Some("ghost".into()),
            notes: "x".repeat(NOTES_MAX + 1),
            ..Default::default()
        };
        let err = create_client(&bad, |id| id == "m1", "m1", 0).unwrap_err();
        assert_eq!(err.for_field("name"), Some(&Problem::Required));
        assert_eq!(err.for_field("owner"), Some(&Problem::Unknown));
        assert_eq!(
            err.for_field("notes"),
            Some(&Problem::TooLong { max: NOTES_MAX })
        );
    }

    #[test]
    fn an_edit_writes_only_the_fields_the_user_changed() {
        let mut client = create_client(&input("Acme"), anyone, "m1", 0).unwrap();
        let original = ClientInput::from_client(&client);
        // Meanwhile another device changed the notes.
        client.notes = "from the other device".into();
        let mut edited = original.clone();
        edited.status = ClientStatus::Active;
        edit_client(&mut client, &original, &edited, anyone).unwrap();
        assert_eq!(client.status, ClientStatus::Active);
        assert_eq!(client.notes, "from the other device");
    }

    #[test]
    fn a_bad_edit_changes_nothing() {
        let mut client = create_client(&input("Acme"), anyone, "m1", 0).unwrap();
        let before = client.clone();
        let original = ClientInput::from_client(&client);
        let mut edited = original.clone();
        edited.name.clear();
        edited.status = ClientStatus::Former;
        assert!(edit_client(&mut client, &original, &edited, anyone).is_err());
        assert_eq!(client, before);
    }

    #[test]
    fn contacts_are_validated_added_edited_and_removed() {
        let mut client = create_client(&input("Acme"), anyone, "m1", 0).unwrap();
        let bad = ContactInput {
            name: "".into(),
            email: "nope".into(),
            phone: "call me".into(),
            ..Default::default()
        };
        let err = add_contact(&mut client, &bad).unwrap_err();
        assert_eq!(err.0.len(), 3);
        assert!(client.contacts.is_empty());

        let good = ContactInput {
            name: "Ann".into(),
            role: "Office manager".into(),
            email: "ann@acme.nl".into(),
            phone: "+31 20 555 0101".into(),
        };
        let id = add_contact(&mut client, &good).unwrap();
        let mut edited = good.clone();
        edited.phone = "+31 20 555 0102".into();
        edit_contact(&mut client, &id, &good, &edited).unwrap();
        assert_eq!(client.contacts[&id].phone, "+31 20 555 0102");
        assert!(remove_contact(&mut client, &id));
        assert!(edit_contact(&mut client, &id, &good, &edited).is_err());
    }

    #[test]
    fn interactions_need_a_summary_and_a_time() {
        let err = log_interaction("c1", &InteractionInput::default(), "m1", 5).unwrap_err();
        assert_eq!(err.for_field("summary"), Some(&Problem::Required));
        assert_eq!(err.for_field("at"), Some(&Problem::Required));

        let logged = log_interaction(
            "c1",
            &InteractionInput {
                kind: InteractionKind::Complaint,
                at: Some(3),
                summary: " Invoice wrong ".into(),
                outcome: "Credit note sent".into(),
            },
            "m1",
            5,
        )
        .unwrap();
        assert_eq!(logged.summary, "Invoice wrong");
        assert_eq!((logged.at, logged.logged_at), (3, 5));
    }

    #[test]
    fn filter_matches_every_word_and_the_status() {
        let mut client = create_client(&input("Bakery Jansen"), anyone, "m1", 0).unwrap();
        add_contact(
            &mut client,
            &ContactInput {
                name: "Piet".into(),
                email: "piet@jansen.nl".into(),
                ..Default::default()
            },
        )
        .unwrap();
        let filter = |query: &str, status| ClientFilter {
            query: query.into(),
            status,
        };
        assert!(filter("bakery piet", None).matches(&client));
        assert!(filter("ACME", None).matches(&client));
        assert!(!filter("bakery kees", None).matches(&client));
        assert!(filter("", Some(ClientStatus::Prospect)).matches(&client));
        assert!(!filter("", Some(ClientStatus::Active)).matches(&client));
    }

    #[test]
    fn orderings_are_stable() {
        let a = create_client(&input("alpha"), anyone, "m1", 0).unwrap();
        let b = create_client(&input("Beta"), anyone, "m1", 0).unwrap();
        assert_eq!(by_name(&a, &b), std::cmp::Ordering::Less);
        let mut x = log_interaction(
            "c",
            &InteractionInput {
                at: Some(1),
                summary: "s".into(),
                ..Default::default()
            },
            "m",
            0,
        )
        .unwrap();
        let mut y = x.clone();
        y.at = 2;
        y.id = "b".into();
        x.id = "a".into();
        assert_eq!(newest_first(&x, &y), std::cmp::Ordering::Greater);
    }
}
