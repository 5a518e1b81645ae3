//! The document register: what the office's documents are, who owns them,
//! where they are kept (a place or a web address) and when each is next due
//! for review. Files themselves are never stored: the register says where
//! they are.
//!
//! A confidential entry is kept in the leadership document, every other one
//! in the team document, so team devices never receive confidential entries.
//! The two collections hold the same [`RegisterEntry`], each under its own
//! record type ([`TeamEntry`], [`ConfidentialEntry`]); [`Filing::of`] is the
//! only way to make either, so an entry always lands in the document its
//! confidentiality names.

use std::ops::Deref;

use autosurgeon::{Hydrate, Reconcile};

use super::calendar::{add_days, parse_day, Day};
use super::coded::coded_enum;
use super::edit::take_change;
use super::ids::{new_id, Id};
use super::validation::{Checker, Invalid, Problem};
use super::Millis;

coded_enum! {
    /// What kind of document an entry is.
    pub enum DocumentKind ("document-kind") {
        Contract = "contract",
        Policy = "policy",
        Procedure = "procedure",
        Template = "template",
        Report = "report",
        Certificate = "certificate",
        #[default]
        Other = "other",
    }
}

coded_enum! {
    /// Who may read the document. Confidential entries are kept in the
    /// leadership document.
    pub enum Confidentiality ("confidentiality") {
        Public = "public",
        #[default]
        Internal = "internal",
        Confidential = "confidential",
    }
}

/// One document of the register.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct RegisterEntry {
    pub id: Id,
    pub title: String,
    pub kind: DocumentKind,
    /// The member responsible for it.
    pub owner: Id,
    /// Where it is: a web address (http or https) or a place ("Cabinet B,
    /// shelf 2").
    pub location: String,
    pub confidentiality: Confidentiality,
    /// The day it is next due for review ("2026-03-30"), if any.
    pub review_on: Option<String>,
    pub notes: String,
    pub created_at: Millis,
    pub created_by: Id,
}

/// A register entry as kept in one of the two documents: `Filed<false>` in
/// the team document, `Filed<true>` in the leadership document. Stored
/// exactly as the entry it wraps.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct Filed<const CONFIDENTIAL: bool>(RegisterEntry);

/// A public or internal entry (team document).
pub type TeamEntry = Filed<false>;
/// A confidential entry (leadership document).
pub type ConfidentialEntry = Filed<true>;

impl<const CONFIDENTIAL: bool> Deref for Filed<CONFIDENTIAL> {
    type Target = RegisterEntry;

    fn deref(&self) -> &RegisterEntry {
        &self.0
    }
}

impl<const CONFIDENTIAL: bool> Filed<CONFIDENTIAL> {
    pub fn into_entry(self) -> RegisterEntry {
        self.0
    }
}

/// An entry filed where its confidentiality says it belongs.
#[derive(Debug, Clone, PartialEq)]
pub enum Filing {
    Team(TeamEntry),
    Leadership(ConfidentialEntry),
}

impl Filing {
    pub fn of(entry: RegisterEntry) -> Filing {
        match entry.confidentiality {
            Confidentiality::Confidential => Filing::Leadership(Filed(entry)),
            Confidentiality::Public | Confidentiality::Internal => Filing::Team(Filed(entry)),
        }
    }
}

pub const TITLE_MAX: usize = 200;
pub const LOCATION_MAX: usize = 500;
pub const NOTES_MAX: usize = 4_000;

/// How many days ahead a review counts as due soon.
pub const SOON_DAYS: i64 = 30;

/// What the register form edits. `owner` is a member id ("" for none
/// chosen), `review_on` the date input's value ("" for no review).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EntryInput {
    pub title: String,
    pub kind: DocumentKind,
    pub owner: String,
    pub location: String,
    pub confidentiality: Confidentiality,
    pub review_on: String,
    pub notes: String,
}

/// The checked form of an [`EntryInput`].
struct Checked {
    title: String,
    owner: Id,
    location: String,
    review_on: Option<String>,
    notes: String,
}

/// What the checks need to know besides the input.
pub struct Rules<F> {
    /// Whether an id names a member (who can own a document).
    pub is_member: F,
    /// Whether this device holds the leadership document: only there can an
    /// entry be confidential.
    pub leadership: bool,
}

impl EntryInput {
    /// The form's starting values for an existing entry.
    pub fn from_entry(entry: &RegisterEntry) -> Self {
        Self {
            title: entry.title.clone(),
            kind: entry.kind,
            owner: entry.owner.clone(),
            location: entry.location.clone(),
            confidentiality: entry.confidentiality,
            review_on: entry.review_on.clone().unwrap_or_default(),
            notes: entry.notes.clone(),
        }
    }

    fn checked(&self, rules: &Rules<impl Fn(&str) -> bool>) -> Result<Checked, Invalid> {
        let mut check = Checker::new();
        let title = check.required("title", &self.title, TITLE_MAX);
        let owner = self.owner.trim().to_string();
        if owner.is_empty() {
            check.fail("owner", Problem::Required);
        } else if !(rules.is_member)(&owner) {
            check.fail("owner", Problem::Unknown);
        }
        let location = check.required("location", &self.location, LOCATION_MAX);
        if looks_like_address(&location) && link(&location).is_none() {
            check.fail("location", Problem::InvalidLink);
        }
        if self.confidentiality == Confidentiality::Confidential && !rules.leadership {
            check.fail("confidentiality", Problem::NotAllowed);
        }
        let review_on = match self.review_on.trim() {
            "" => None,
            text => {
                if parse_day(text).is_none() {
                    check.fail("review_on", Problem::InvalidDay);
                }
                Some(text.to_string())
            }
        };
        let notes = check.optional("notes", &self.notes, NOTES_MAX);
        check.finish(Checked {
            title,
            owner,
            location,
            review_on,
            notes,
        })
    }
}

/// Validates `input` and makes a register entry.
pub fn register_entry(
    input: &EntryInput,
    rules: &Rules<impl Fn(&str) -> bool>,
    by: &str,
    now: Millis,
) -> Result<RegisterEntry, Invalid> {
    let checked = input.checked(rules)?;
    Ok(RegisterEntry {
        id: new_id(),
        title: checked.title,
        kind: input.kind,
        owner: checked.owner,
        location: checked.location,
        confidentiality: input.confidentiality,
        review_on: checked.review_on,
        notes: checked.notes,
        created_at: now,
        created_by: by.to_string(),
    })
}

/// Applies a form edit to the current state of an entry, writing only the
/// fields the user changed (`edited` differs from `original`, the values
/// the form opened with). An owner the entry already had stays acceptable
/// even if they have left since.
pub fn edit_entry(
    current: &mut RegisterEntry,
    original: &EntryInput,
    edited: &EntryInput,
    rules: &Rules<impl Fn(&str) -> bool>,
) -> Result<(), Invalid> {
    let rules = Rules {
        is_member: |id: &str| (rules.is_member)(id) || id == original.owner,
        leadership: rules.leadership,
    };
    let checked = edited.checked(&rules)?;
    let trimmed = |text: &str| text.trim().to_string();
    take_change(&mut current.title, &trimmed(&original.title), checked.title);
    take_change(&mut current.kind, &original.kind, edited.kind);
    take_change(&mut current.owner, &trimmed(&original.owner), checked.owner);
    take_change(
        &mut current.location,
        &trimmed(&original.location),
        checked.location,
    );
    take_change(
        &mut current.confidentiality,
        &original.confidentiality,
        edited.confidentiality,
    );
    let original_review = Some(trimmed(&original.review_on)).filter(|day| !day.is_empty());
    take_change(&mut current.review_on, &original_review, checked.review_on);
    take_change(&mut current.notes, &trimmed(&original.notes), checked.notes);
    Ok(())
}

/// Whether `location` is meant as a web address rather than a place: one
/// word that starts with a scheme ("https:", "javascript:") or "www.".
/// Places have spaces or no scheme ("Cabinet B, shelf 2", "Archive/2024");
/// a single letter before the colon is a drive (`S:\Contracts`).
pub fn looks_like_address(location: &str) -> bool {
    let location = location.trim();
    if location.is_empty() || location.contains(char::is_whitespace) {
        return false;
    }
    if location.to_ascii_lowercase().starts_with("www.") {
        return true;
    }
    location.split_once(':').is_some_and(|(scheme, _)| {
        let mut chars = scheme.chars();
        scheme.len() > 1
            && chars.next().is_some_and(|c| c.is_ascii_alphabetic())
            && chars.all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    })
}

/// `location` as a link to follow, when it is an http or https address
/// naming a site; `None` for a place or any other kind of address (a
/// `javascript:` or `data:` address is never made a link).
pub fn link(location: &str) -> Option<&str> {
    let location = location.trim();
    let (scheme, rest) = location.split_once("://")?;
    let site = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let web = scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https");
    let plain = !location.contains(char::is_whitespace) && !location.contains(['<', '>', '"']);
    (web && plain && !site.is_empty()).then_some(location)
}

/// How close an entry's review is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Review {
    /// The review day is today or has passed.
    Due,
    /// The review day is within the next [`SOON_DAYS`] days.
    Soon,
}

impl RegisterEntry {
    /// The day of the next review, if one is set and readable.
    pub fn review_day(&self) -> Option<Day> {
        self.review_on.as_deref().and_then(parse_day)
    }

    /// How close the review is on `today` (the day in the device's zone);
    /// `None` when it is further off than [`SOON_DAYS`] or not set.
    pub fn review(&self, today: Day) -> Option<Review> {
        let day = self.review_day()?;
        if day <= today {
            Some(Review::Due)
        } else if day <= add_days(today, SOON_DAYS) {
            Some(Review::Soon)
        } else {
            None
        }
    }
}

/// The review days to read from the by-review index on `today`, from
/// (inclusive) to (exclusive): every entry due or due soon, and no other.
pub fn review_window(today: Day) -> (Day, Day) {
    (Day::MIN, add_days(today, SOON_DAYS + 1))
}

/// Where an entry sorts in the by-review index: by its review day, left out
/// without one.
pub fn review_order(entry: &RegisterEntry) -> Option<Day> {
    entry.review_day()
}

/// Where an entry sorts in the register: by title, ignoring case.
pub fn title_order(entry: &RegisterEntry) -> String {
    entry.title.to_lowercase()
}

/// The register's filters; `None` and an empty query keep everything.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EntryFilter {
    /// Words that must all appear in the title.
    pub query: String,
    pub kind: Option<DocumentKind>,
    pub owner: Option<Id>,
    pub confidentiality: Option<Confidentiality>,
}

impl EntryFilter {
    pub fn matches(&self, entry: &RegisterEntry) -> bool {
        let title = entry.title.to_lowercase();
        self.kind.is_none_or(|kind| entry.kind == kind)
            && self
                .owner
                .as_ref()
                .is_none_or(|owner| entry.owner == *owner)
            && self
                .confidentiality
                .is_none_or(|level| entry.confidentiality == level)
            && self
                .query
                .split_whitespace()
                .all(|word| title.contains(&word.to_lowercase()))
    }
}

#[cfg(test)]
mod tests;
