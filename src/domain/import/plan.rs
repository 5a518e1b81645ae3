//! What each row of a file becomes: a record made by the desk's own command
//! (so its problems are the ones a form would show), a bad row with every
//! problem by field, or a row skipped because it repeats an earlier row or
//! was imported before.

use std::collections::hash_map::Entry;
use std::collections::HashMap;

use sha2::{Digest, Sha256};

use super::{normalise, Field, Mapping, Sheet, SheetRow, Target};
use crate::domain::calendar::{day_of, day_text, parse_day, Zone};
use crate::domain::clients::{
    create_client, new_contact, Client, ClientInput, ClientStatus, Contact, ContactInput,
};
use crate::domain::ids::Id;
use crate::domain::tasks::{create_task, Known, Priority, Task, TaskInput, TaskStatus};
use crate::domain::validation::{FieldError, Invalid, Problem};
use crate::domain::Millis;

/// What a good row becomes.
#[derive(Debug, Clone, PartialEq)]
pub enum Draft {
    Task(Task),
    Client(Client),
    /// A contact for the existing client `client`.
    Contact {
        client: Id,
        contact: Contact,
    },
}

/// What the import does with a row.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Written by the import.
    New(Box<Draft>),
    /// Not written: every problem, by field.
    Bad(Invalid),
    /// The same record as row `of` of the file: written once.
    Repeat { of: usize },
    /// Imported before (or the record with the source's id is here already).
    Imported,
}

/// One row of a file and what becomes of it.
#[derive(Debug, Clone, PartialEq)]
pub struct PlannedRow {
    /// Its number in the file, the header being row 1.
    pub number: usize,
    /// Its stable key (see [`row_key`]).
    pub key: String,
    /// The id the source gave the record, if a column holds one.
    pub source_id: Option<String>,
    pub outcome: Outcome,
}

/// What an import of a file will do, row by row.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub target: Target,
    pub rows: Vec<PlannedRow>,
}

/// How many rows an import writes, refuses and skips.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub new: usize,
    pub bad: usize,
    /// Repeats within the file and rows imported before.
    pub skipped: usize,
}

impl Plan {
    pub fn counts(&self) -> Counts {
        let mut counts = Counts::default();
        for row in &self.rows {
            match row.outcome {
                Outcome::New(_) => counts.new += 1,
                Outcome::Bad(_) => counts.bad += 1,
                Outcome::Repeat { .. } | Outcome::Imported => counts.skipped += 1,
            }
        }
        counts
    }

    /// Marks as imported each new row `held` says the workspace already
    /// holds.
    pub fn settle(&mut self, mut held: impl FnMut(&PlannedRow, &Draft) -> bool) {
        for row in &mut self.rows {
            if let Outcome::New(draft) = &row.outcome {
                if held(row, draft.as_ref()) {
                    row.outcome = Outcome::Imported;
                }
            }
        }
    }

    /// The rows the import writes, with what each becomes.
    pub fn new_rows(&self) -> impl Iterator<Item = (&PlannedRow, &Draft)> {
        self.rows.iter().filter_map(|row| match &row.outcome {
            Outcome::New(draft) => Some((row, draft.as_ref())),
            _ => None,
        })
    }

    /// The rows refused, with why.
    pub fn bad_rows(&self) -> impl Iterator<Item = (usize, &Invalid)> {
        self.rows.iter().filter_map(|row| match &row.outcome {
            Outcome::Bad(invalid) => Some((row.number, invalid)),
            _ => None,
        })
    }
}

/// The people and clients a file may name, and the zone its dates are in.
pub struct Lookup {
    people: Names,
    clients: Names,
    zone: Zone,
}

/// Ids by the words a file may use for them: an id or a name first, then
/// another word (an e-mail address, a company). The first record to claim
/// a word keeps it.
#[derive(Default)]
struct Names {
    first: HashMap<String, Id>,
    then: HashMap<String, Id>,
}

impl Names {
    fn add(&mut self, id: &str, name: &str, other: &str) {
        for word in [id, name] {
            self.first
                .entry(squash(word))
                .or_insert_with(|| id.to_string());
        }
        if !other.trim().is_empty() {
            self.then
                .entry(squash(other))
                .or_insert_with(|| id.to_string());
        }
    }

    fn find(&self, word: &str) -> Option<Id> {
        let word = squash(word);
        self.first
            .get(&word)
            .or_else(|| self.then.get(&word))
            .cloned()
    }
}

impl Lookup {
    /// Dates given as instants (ClickUp's milliseconds) fall on days in
    /// `zone`.
    pub fn new(zone: Zone) -> Self {
        Self {
            people: Names::default(),
            clients: Names::default(),
            zone,
        }
    }

    /// A member a row may name by id, name or e-mail address.
    pub fn person(&mut self, id: &str, name: &str, email: &str) {
        self.people.add(id, name, email);
    }

    /// A client a row may name by id, name or company.
    pub fn client(&mut self, id: &str, name: &str, company: &str) {
        self.clients.add(id, name, company);
    }
}

/// Text as keys and names compare it: words separated by one space, in
/// lower case.
fn squash(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Whether a cell says nothing: empty, or "null" as some exports write it.
fn blank(text: &str) -> bool {
    text.is_empty() || text.eq_ignore_ascii_case("null")
}

/// The stable key of `row` and the source's id, if a column holds one. The
/// key is a hash of that id when there is one (so a changed row of the
/// same record is still recognised), else of every non-empty cell with its
/// header (ignoring column order, case and spacing). Keys of different
/// targets never meet.
pub fn row_key(
    target: Target,
    headers: &[String],
    mapping: &Mapping,
    row: &SheetRow,
) -> (String, Option<String>) {
    let source_id = Some(mapping.value(&row.cells, Field::SourceId))
        .filter(|id| !blank(id))
        .map(str::to_string);
    let mut hash = Sha256::new();
    hash.update(target.code());
    match &source_id {
        Some(id) => {
            hash.update(b"\0id\0");
            hash.update(id);
        }
        None => {
            let mut cells: Vec<(String, String)> = headers
                .iter()
                .enumerate()
                .map(|(column, header)| (normalise(header), squash(row.cell(column))))
                .filter(|(_, value)| !value.is_empty())
                .collect();
            cells.sort();
            for (header, value) in cells {
                hash.update(b"\0");
                hash.update(header);
                hash.update(b"\x01");
                hash.update(value);
            }
        }
    }
    let digest = hash.finalize();
    (
        format!("{}-{}", target.code(), hex::encode(&digest[..16])),
        source_id,
    )
}

/// What each row of `sheet` becomes as `target`, with the columns
/// `mapping` says, written by `by` at `now`.
pub fn plan(
    target: Target,
    sheet: &Sheet,
    mapping: &Mapping,
    lookup: &Lookup,
    by: &str,
    now: Millis,
) -> Plan {
    let mut first_of: HashMap<String, usize> = HashMap::new();
    let rows = sheet
        .rows
        .iter()
        .map(|row| {
            let (key, source_id) = row_key(target, &sheet.headers, mapping, row);
            let cells = Cells {
                cells: &row.cells,
                mapping,
                problems: Vec::new(),
            };
            let outcome = match cells.draft(target, lookup, by, now) {
                Err(invalid) => Outcome::Bad(invalid),
                Ok(draft) => match first_of.entry(key.clone()) {
                    Entry::Occupied(first) => Outcome::Repeat { of: *first.get() },
                    Entry::Vacant(first) => {
                        first.insert(row.number);
                        Outcome::New(Box::new(draft))
                    }
                },
            };
            PlannedRow {
                number: row.number,
                key,
                source_id,
                outcome,
            }
        })
        .collect();
    Plan { target, rows }
}

/// The words for each task status, besides its code.
const TASK_STATUS: &[(&str, TaskStatus)] = &[
    ("todo", TaskStatus::Todo),
    ("open", TaskStatus::Todo),
    ("new", TaskStatus::Todo),
    ("backlog", TaskStatus::Todo),
    ("notstarted", TaskStatus::Todo),
    ("inprogress", TaskStatus::InProgress),
    ("doing", TaskStatus::InProgress),
    ("started", TaskStatus::InProgress),
    ("review", TaskStatus::InProgress),
    ("inreview", TaskStatus::InProgress),
    ("blocked", TaskStatus::Blocked),
    ("onhold", TaskStatus::Blocked),
    ("waiting", TaskStatus::Blocked),
    ("done", TaskStatus::Done),
    ("complete", TaskStatus::Done),
    ("completed", TaskStatus::Done),
    ("closed", TaskStatus::Done),
    ("finished", TaskStatus::Done),
    ("resolved", TaskStatus::Done),
];

/// ClickUp numbers its priorities 1 (urgent) to 4 (low).
const PRIORITY: &[(&str, Priority)] = &[
    ("urgent", Priority::Urgent),
    ("1", Priority::Urgent),
    ("high", Priority::High),
    ("2", Priority::High),
    ("normal", Priority::Normal),
    ("medium", Priority::Normal),
    ("3", Priority::Normal),
    ("low", Priority::Low),
    ("4", Priority::Low),
];

const CLIENT_STATUS: &[(&str, ClientStatus)] = &[
    ("prospect", ClientStatus::Prospect),
    ("lead", ClientStatus::Prospect),
    ("onboarding", ClientStatus::Onboarding),
    ("active", ClientStatus::Active),
    ("customer", ClientStatus::Active),
    ("client", ClientStatus::Active),
    ("offboarding", ClientStatus::Offboarding),
    ("former", ClientStatus::Former),
    ("churned", ClientStatus::Former),
    ("inactive", ClientStatus::Former),
    ("lost", ClientStatus::Former),
];

/// The cells of one row as `mapping` reads them, and the problems found
/// while reading them (before the domain command checks the rest).
struct Cells<'a> {
    cells: &'a [String],
    mapping: &'a Mapping,
    problems: Vec<FieldError>,
}

impl Cells<'_> {
    fn text(&self, field: Field) -> String {
        self.mapping.value(self.cells, field).to_string()
    }

    fn fail(&mut self, field: &'static str, problem: Problem) {
        self.problems.push(FieldError { field, problem });
    }

    /// The value `words` give the cell of `field` (compared as headers
    /// are, see [`normalise`]); the default for a blank cell.
    fn coded<T: Copy + Default>(&mut self, field: Field, words: &[(&str, T)]) -> T {
        let text = self.text(field);
        if blank(&text) {
            return T::default();
        }
        let word = normalise(&text);
        match words.iter().find(|(w, _)| *w == word) {
            Some((_, value)) => *value,
            None => {
                self.fail(field.code(), Problem::Unknown);
                T::default()
            }
        }
    }

    /// The member the cell of `field` names: the first of a list such as
    /// ClickUp's "[Ada Lovelace, Alan Turing]".
    fn person(&mut self, field: Field, lookup: &Lookup) -> Option<Id> {
        let text = self.text(field);
        let first = text
            .trim_matches(|c| c == '[' || c == ']')
            .split(',')
            .map(str::trim)
            .find(|name| !name.is_empty())
            .unwrap_or_default();
        self.find(field, first, &lookup.people)
    }

    fn client(&mut self, lookup: &Lookup) -> Option<Id> {
        let text = self.text(Field::Client);
        self.find(Field::Client, &text, &lookup.clients)
    }

    fn find(&mut self, field: Field, word: &str, names: &Names) -> Option<Id> {
        if blank(word) {
            return None;
        }
        let found = names.find(word);
        if found.is_none() {
            self.fail(field.code(), Problem::Unknown);
        }
        found
    }

    /// The due day: a day ("2026-03-30", perhaps with a time after it) or
    /// an instant in milliseconds or seconds since 1970, as ClickUp
    /// exports dates. Other forms ("03/04/2026") are refused rather than
    /// guessed: the same text is a different day in the US and in Europe.
    fn due(&mut self, lookup: &Lookup) -> String {
        let text = self.text(Field::DueOn);
        if blank(&text) {
            return String::new();
        }
        let day = text
            .get(..10)
            .and_then(parse_day)
            .filter(|_| text.len() == 10 || text[10..].starts_with(['T', ' ']));
        let instant =
            (text.len() >= 9 && text.len() <= 13 && text.bytes().all(|b| b.is_ascii_digit()))
                .then(|| text.parse::<i64>().ok())
                .flatten()
                .map(|n| if text.len() >= 12 { n } else { n * 1000 });
        match (day, instant) {
            (Some(day), _) => day_text(day),
            (None, Some(at)) => day_text(day_of(at, &lookup.zone)),
            (None, None) => {
                self.fail(Field::DueOn.code(), Problem::InvalidDay);
                String::new()
            }
        }
    }

    /// The problems found reading the cells and those the domain command
    /// found, one per field (the reading's first: a status the file spells
    /// in a way we do not know is the cause, not what followed from it).
    fn finish<T>(self, made: Result<T, Invalid>) -> Result<T, Invalid> {
        let mut problems = self.problems;
        match made {
            Ok(value) if problems.is_empty() => Ok(value),
            Ok(_) => Err(Invalid(problems)),
            Err(Invalid(more)) => {
                for error in more {
                    if !problems.iter().any(|p| p.field == error.field) {
                        problems.push(error);
                    }
                }
                Err(Invalid(problems))
            }
        }
    }

    fn draft(
        self,
        target: Target,
        lookup: &Lookup,
        by: &str,
        now: Millis,
    ) -> Result<Draft, Invalid> {
        match target {
            Target::Tasks => self.task(lookup, by, now),
            Target::Clients => self.new_client(lookup, by, now),
            Target::Contacts => self.contact(lookup),
        }
    }

    fn task(mut self, lookup: &Lookup, by: &str, now: Millis) -> Result<Draft, Invalid> {
        let input = TaskInput {
            title: self.text(Field::Title),
            description: self.text(Field::Description),
            status: self.coded(Field::Status, TASK_STATUS),
            priority: self.coded(Field::Priority, PRIORITY),
            due_on: self.due(lookup),
            assignee: self.person(Field::Assignee, lookup),
            client_id: self.client(lookup),
            blocked_reason: self.text(Field::BlockedReason),
            goal: None,
        };
        // The references were found in the workspace just above.
        let known = Known {
            assignee: |_: &str| true,
            client: |_: &str| true,
        };
        self.finish(create_task(&input, &known, by, now).map(Draft::Task))
    }

    /// A client, with a contact when the row has contact details (as an
    /// Airtable table of clients with their e-mail and phone has).
    fn new_client(mut self, lookup: &Lookup, by: &str, now: Millis) -> Result<Draft, Invalid> {
        let input = ClientInput {
            name: self.text(Field::Name),
            company: self.text(Field::Company),
            status: self.coded(Field::Status, CLIENT_STATUS),
            owner: self.person(Field::Owner, lookup),
            notes: self.text(Field::Notes),
        };
        let mut made = create_client(&input, |_| true, by, now);
        let contact = ContactInput {
            name: Some(self.text(Field::ContactName))
                .filter(|name| !name.is_empty())
                .unwrap_or_else(|| input.name.clone()),
            role: String::new(),
            email: self.text(Field::Email),
            phone: self.text(Field::Phone),
        };
        let has_contact = [Field::ContactName, Field::Email, Field::Phone]
            .iter()
            .any(|&field| !self.text(field).is_empty());
        if has_contact {
            match new_contact(&contact) {
                Ok(contact) => {
                    if let Ok(client) = &mut made {
                        client.contacts.insert(contact.id.clone(), contact);
                    }
                }
                // The contact's name is the client's unless a column names
                // it: its problems belong to that column.
                Err(Invalid(errors)) => {
                    for error in errors {
                        let field = match error.field {
                            "name" => Field::ContactName.code(),
                            other => other,
                        };
                        self.fail(field, error.problem);
                    }
                }
            }
        }
        self.finish(made.map(Draft::Client))
    }

    fn contact(mut self, lookup: &Lookup) -> Result<Draft, Invalid> {
        let client = self.client(lookup);
        if blank(&self.text(Field::Client)) {
            self.fail(Field::Client.code(), Problem::Required);
        }
        let input = ContactInput {
            name: self.text(Field::Name),
            role: self.text(Field::Role),
            email: self.text(Field::Email),
            phone: self.text(Field::Phone),
        };
        let made = new_contact(&input).map(|contact| Draft::Contact {
            client: client.unwrap_or_default(),
            contact,
        });
        self.finish(made)
    }
}
