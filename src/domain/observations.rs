//! Performance observations: dated, private notes about a team member.
//! Leadership-only: they live in the leadership document.

use autosurgeon::{Hydrate, Reconcile};

use super::calendar::{day_text, parse_day};
use super::coded::coded_enum;
use super::ids::{new_id, Id};
use super::validation::{Checker, Invalid, Problem};
use super::Millis;

coded_enum! {
    /// Whether an observation is praise or a concern.
    pub enum ObservationKind ("observation-kind") {
        #[default]
        Positive = "positive",
        Concern = "concern",
    }
}

/// A note about a member's performance.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct Observation {
    pub id: Id,
    pub member_id: Id,
    /// The day observed ("2026-03-30").
    pub on: String,
    pub kind: ObservationKind,
    pub note: String,
    pub at: Millis,
    pub by: Id,
}

pub const NOTE_MAX: usize = 5_000;

/// What the observation form asks.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ObservationInput {
    /// The day observed, as a date input gives it ("2026-03-30").
    pub on: String,
    pub kind: ObservationKind,
    pub note: String,
}

/// Validates `input` and makes an observation about `member_id` by `by`.
pub fn record_observation(
    member_id: &str,
    input: &ObservationInput,
    by: &str,
    now: Millis,
) -> Result<Observation, Invalid> {
    let mut check = Checker::new();
    let note = check.required("note", &input.note, NOTE_MAX);
    let on = match parse_day(&input.on) {
        Some(day) => day_text(day),
        None if input.on.trim().is_empty() => {
            check.fail("on", Problem::Required);
            String::new()
        }
        None => {
            check.fail("on", Problem::InvalidDay);
            String::new()
        }
    };
    check.finish(Observation {
        id: new_id(),
        member_id: member_id.to_string(),
        on,
        kind: input.kind,
        note,
        at: now,
        by: by.to_string(),
    })
}

impl Observation {
    /// Only the author removes a note: it is their record of what they saw.
    pub fn removable_by(&self, member: &str) -> bool {
        self.by == member
    }
}

/// Orders observations by the day observed, newest first, then by when they
/// were written, then by id so the order is stable.
pub fn newest_first(a: &Observation, b: &Observation) -> std::cmp::Ordering {
    b.on.cmp(&a.on)
        .then_with(|| b.at.cmp(&a.at))
        .then_with(|| a.id.cmp(&b.id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::{ChangeMeta, DocError, DocKind, Document, DocumentId};
    use crate::domain::action::Action;

    fn input(on: &str, note: &str) -> ObservationInput {
        ObservationInput {
            on: on.into(),
            kind: ObservationKind::Concern,
            note: note.into(),
        }
    }

    #[test]
    fn an_observation_needs_a_day_and_a_note() {
        let err = record_observation("terry", &input("", " "), "ceo", 0).unwrap_err();
        assert_eq!(err.for_field("on"), Some(&Problem::Required));
        assert_eq!(err.for_field("note"), Some(&Problem::Required));
        let err = record_observation("terry", &input("2026-02-30", "x"), "ceo", 0).unwrap_err();
        assert_eq!(err.for_field("on"), Some(&Problem::InvalidDay));

        let made =
            record_observation("terry", &input("2026-03-30", " Late twice "), "ceo", 9).unwrap();
        assert_eq!(
            (
                made.on.as_str(),
                made.note.as_str(),
                made.by.as_str(),
                made.at
            ),
            ("2026-03-30", "Late twice", "ceo", 9)
        );
        assert!(made.removable_by("ceo"));
        assert!(!made.removable_by("sam"));
    }

    #[test]
    fn newest_day_first_then_newest_written() {
        let a = record_observation("t", &input("2026-03-01", "a"), "ceo", 5).unwrap();
        let b = record_observation("t", &input("2026-03-02", "b"), "ceo", 1).unwrap();
        let c = record_observation("t", &input("2026-03-02", "c"), "ceo", 2).unwrap();
        let mut list = [a, b, c];
        list.sort_by(newest_first);
        let notes: Vec<_> = list.iter().map(|o| o.note.as_str()).collect();
        assert_eq!(notes, ["c", "b", "a"]);
    }

    /// Observations live in the leadership document; the writer refuses to
    /// put them into the team document, which every member receives.
    #[test]
    fn observations_live_only_in_the_leadership_document() {
        let note =
            record_observation("terry", &input("2026-03-30", "Great call"), "ceo", 0).unwrap();
        let meta = ChangeMeta::new("ceo", Action::ObservationAdd, "");
        let put = |doc: &mut Document| doc.change(&meta, 0, |w| w.put(&note.id, &note));

        let mut leadership = Document::create(DocumentId::random(), DocKind::Leadership);
        put(&mut leadership).unwrap();
        let stored: Observation = leadership.get::<Observation>(&note.id).unwrap().unwrap();
        assert_eq!(stored, note);

        let mut team = Document::create(DocumentId::random(), DocKind::Team);
        let heads = team.heads();
        assert!(matches!(put(&mut team), Err(DocError::WrongDocument(_))));
        assert_eq!(team.heads(), heads, "nothing was written");
    }
}
