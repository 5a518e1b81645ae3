//! Validation results shared by every form. A problem names the field it
//! belongs to and what is wrong in a machine-readable way; the UI turns it into
//! a translated sentence next to that field.

use std::fmt;

/// What is wrong with one field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The field must not be empty.
    Required,
    /// The text is longer than `max` characters.
    TooLong { max: usize },
    /// Not an e-mail address.
    InvalidEmail,
    /// Not a phone number.
    InvalidPhone,
    /// The referenced record does not exist (for example a deleted client).
    Unknown,
    /// Not a usable network address.
    InvalidAddress,
    /// Not a whole number of 1 or more (up to 999), such as a number of
    /// days or scores.
    NotAPositiveNumber,
    /// A satisfaction score outside 1–5.
    ScoreOutOfRange,
    /// An at-risk drop outside 0.1–4.0.
    DropOutOfRange,
    /// An answer dated before the question or complaint it answers.
    AnswerBeforeQuestion,
    /// Not a calendar day.
    InvalidDay,
    /// Not a time of day.
    InvalidTime,
    /// A web address that is not an http or https link to a site (a
    /// `javascript:` address, or "www." without "https://").
    InvalidLink,
    /// This device's user may not make this change (for example a team
    /// member changing someone's role).
    NotAllowed,
    /// The step was already taken (perhaps on another device), or can no
    /// longer be taken, such as resolving an escalation twice.
    AlreadyDone,
    /// Not a whole number of days from 0 to 365 (a checklist step's offset).
    DaysOutOfRange,
    /// The record is closed and takes no more additions (a closed crisis
    /// takes no new timeline entries).
    Closed,
    /// A period that ends before it starts (a handover's expected return
    /// before its first day away).
    EndBeforeStart,
    /// Nothing answered at a network address as the app expected (a relay
    /// that is down, or not a Handover relay).
    Unreachable,
    /// Another record already has this name (two departments called
    /// "Finance" would make routing ambiguous).
    Duplicate,
    /// Not a whole number from `min` to `max` (a stock count or quantity).
    NumberOutOfRange { min: usize, max: usize },
    /// Taking more than is in stock.
    MoreThanInStock,
    /// A visitor leaving before they arrived (a clock set wrong).
    BeforeArrival,
    /// The badge is worn by another visitor who is on site now.
    BadgeInUse,
    /// A visitor who has not arrived cannot leave.
    NotArrived,
    /// Not an amount of money (letters, two separators, nothing).
    InvalidAmount,
    /// An amount of zero or less.
    NotAboveZero,
    /// More decimals than the currency has (12.505 EUR).
    TooManyDecimals { digits: u8 },
}

impl Problem {
    /// The i18n message id describing this problem.
    pub fn message_id(&self) -> &'static str {
        match self {
            Problem::Required => "error-required",
            Problem::TooLong { .. } => "error-too-long",
            Problem::InvalidEmail => "error-invalid-email",
            Problem::InvalidPhone => "error-invalid-phone",
            Problem::Unknown => "error-unknown-record",
            Problem::InvalidAddress => "error-invalid-address",
            Problem::NotAPositiveNumber => "error-not-a-positive-number",
            Problem::ScoreOutOfRange => "error-score-out-of-range",
            Problem::DropOutOfRange => "error-drop-out-of-range",
            Problem::AnswerBeforeQuestion => "error-answer-before-question",
            Problem::AlreadyDone => "error-already-done",
            Problem::InvalidDay => "error-invalid-day",
            Problem::InvalidTime => "error-invalid-time",
            Problem::InvalidLink => "error-invalid-link",
            Problem::NotAllowed => "error-not-allowed",
            Problem::DaysOutOfRange => "error-days-out-of-range",
            Problem::Closed => "error-closed",
            Problem::EndBeforeStart => "error-end-before-start",
            Problem::Unreachable => "error-unreachable",
            Problem::Duplicate => "error-duplicate",
            Problem::NumberOutOfRange { .. } => "error-number-out-of-range",
            Problem::MoreThanInStock => "error-more-than-in-stock",
            Problem::BeforeArrival => "error-before-arrival",
            Problem::BadgeInUse => "error-badge-in-use",
            Problem::NotArrived => "error-not-arrived",
            Problem::InvalidAmount => "error-invalid-amount",
            Problem::NotAboveZero => "error-not-above-zero",
            Problem::TooManyDecimals { .. } => "error-too-many-decimals",
        }
    }
}

/// A problem with a named field of a form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: &'static str,
    pub problem: Problem,
}

/// Every problem found in one submission. Commands return all of them at once
/// so that a form can mark every bad field in one go.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Invalid(pub Vec<FieldError>);

impl Invalid {
    /// The record `field` refers to no longer exists (removed on another
    /// device meanwhile).
    pub fn unknown(field: &'static str) -> Self {
        Invalid(vec![FieldError {
            field,
            problem: Problem::Unknown,
        }])
    }

    /// The problem with `field`, if any.
    pub fn for_field(&self, field: &str) -> Option<&Problem> {
        self.0.iter().find(|e| e.field == field).map(|e| &e.problem)
    }
}

impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let fields: Vec<&str> = self.0.iter().map(|e| e.field).collect();
        write!(f, "invalid fields: {}", fields.join(", "))
    }
}

impl std::error::Error for Invalid {}

/// Collects problems while a command checks its input.
#[derive(Default)]
pub struct Checker(Vec<FieldError>);

impl Checker {
    pub fn new() -> Self {
        Self::default()
    }

    /// Records `problem` for `field`.
    pub fn fail(&mut self, field: &'static str, problem: Problem) {
        self.0.push(FieldError { field, problem });
    }

    /// Trims `value` and checks it is present and at most `max` characters.
    pub fn required(&mut self, field: &'static str, value: &str, max: usize) -> String {
        let value = value.trim();
        if value.is_empty() {
            self.fail(field, Problem::Required);
        }
        self.optional(field, value, max)
    }

    /// Trims `value` and checks it is at most `max` characters.
    pub fn optional(&mut self, field: &'static str, value: &str, max: usize) -> String {
        let value = value.trim();
        if value.chars().count() > max {
            self.fail(field, Problem::TooLong { max });
        }
        value.to_string()
    }

    /// Trims an optional e-mail address and checks its shape.
    pub fn email(&mut self, field: &'static str, value: &str) -> String {
        let value = self.optional(field, value, 254);
        if !value.is_empty() && !looks_like_email(&value) {
            self.fail(field, Problem::InvalidEmail);
        }
        value
    }

    /// Trims an optional phone number and checks it has digits and only the
    /// characters people write in phone numbers.
    pub fn phone(&mut self, field: &'static str, value: &str) -> String {
        let value = self.optional(field, value, 40);
        if !value.is_empty() && !looks_like_phone(&value) {
            self.fail(field, Problem::InvalidPhone);
        }
        value
    }

    /// `Ok(value)` when nothing failed, otherwise every problem found.
    pub fn finish<T>(self, value: T) -> Result<T, Invalid> {
        if self.0.is_empty() {
            Ok(value)
        } else {
            Err(Invalid(self.0))
        }
    }
}

fn looks_like_email(value: &str) -> bool {
    let Some((local, domain)) = value.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !value.chars().any(char::is_whitespace)
}

fn looks_like_phone(value: &str) -> bool {
    let digits = value.chars().filter(char::is_ascii_digit).count();
    digits >= 3
        && value
            .chars()
            .all(|c| c.is_ascii_digit() || " +-().".contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn required_trims_and_reports_empty() {
        let mut check = Checker::new();
        assert_eq!(check.required("name", "  Ada  ", 10), "Ada");
        check.required("company", "   ", 10);
        let err = check.finish(()).unwrap_err();
        assert_eq!(err.for_field("company"), Some(&Problem::Required));
        assert_eq!(err.for_field("name"), None);
    }

    #[test]
    fn length_counts_characters_not_bytes() {
        let mut check = Checker::new();
        check.required("name", "ÅÅÅ", 3);
        assert!(check.finish(()).is_ok());
        let mut check = Checker::new();
        check.required("name", "ÅÅÅÅ", 3);
        assert_eq!(
            check.finish(()).unwrap_err().for_field("name"),
            Some(&Problem::TooLong { max: 3 })
        );
    }

    #[test]
    fn emails_and_phones() {
        for good in ["a@b.nl", "first.last+tag@example.co.uk"] {
            assert!(looks_like_email(good), "{good}");
        }
        for bad in ["a", "a@b", "@b.nl", "a@b.", "a b@c.nl", "a@@b.nl"] {
            assert!(!looks_like_email(bad), "{bad}");
        }
        for good in ["+31 20 123 4567", "(555) 123-4567", "112"] {
            assert!(looks_like_phone(good), "{good}");
        }
        for bad in ["12", "call me", "555-CALL"] {
            assert!(!looks_like_phone(bad), "{bad}");
        }
    }
}
