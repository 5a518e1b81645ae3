//! Client care: follow-up plans (the daily update, the weekly update, the
//! Monday message or a custom interval), answers to questions and complaints,
//! satisfaction scores and the workspace's thresholds for at-risk clients.

use autosurgeon::{Hydrate, Reconcile};

use super::calendar::{add_days, day_of, days_between, parse_day, Day, Zone};
use super::clients::{Answer, Interaction, InteractionKind, SUMMARY_MAX};
use super::coded::coded_enum;
use super::edit::take_change;
use super::ids::{new_id, Id};
use super::validation::{Checker, Invalid, Problem};
use super::Millis;

coded_enum! {
    /// How often a client hears from the business.
    pub enum Cadence ("cadence") {
        #[default]
        DailyUpdate = "daily",
        WeeklyUpdate = "weekly",
        MondayMessage = "monday",
        Custom = "custom",
    }
}

/// How and by whom a client is followed up. One plan per client, stored
/// under the client's id.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct FollowUpPlan {
    pub client_id: Id,
    pub cadence: Cadence,
    /// Days between follow-ups for [`Cadence::Custom`]; 0 otherwise.
    pub every_days: i64,
    pub channel: InteractionKind,
    /// The member responsible for the follow-up.
    pub responsible: Option<Id>,
    /// The first day the plan applies ("2026-03-30").
    pub starts_on: String,
    pub set_at: Millis,
    pub set_by: Id,
}

/// A satisfaction score (1–5) recorded against a touchpoint.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct Score {
    pub id: Id,
    pub client_id: Id,
    pub score: i64,
    pub comment: String,
    /// The interaction the score is about, if any.
    pub touchpoint: Option<Id>,
    pub at: Millis,
    pub by: Id,
}

/// The key of the workspace's one [`Preferences`] record.
pub const PREFERENCES_KEY: &str = "workspace";

/// Thresholds the workspace can tune. Stored as one record whose (empty) map
/// every document has from its schema, so that two devices saving the first
/// change at once edit one map field by field instead of each creating their
/// own; a field nobody set reads as its default.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct Preferences {
    /// How many recent scores are compared with the ones before them.
    #[autosurgeon(missing = "default_risk_window")]
    pub risk_window: i64,
    /// The drop in average score, in tenths, that flags a client at risk.
    #[autosurgeon(missing = "default_risk_drop_tenths")]
    pub risk_drop_tenths: i64,
    /// A complaint within this many days flags a client at risk.
    #[autosurgeon(missing = "default_complaint_days")]
    pub complaint_days: i64,
    /// A task whose status has not changed for this many days is stalled.
    #[autosurgeon(missing = "default_stalled_days")]
    pub stalled_days: i64,
}

fn default_risk_window() -> i64 {
    3
}

fn default_risk_drop_tenths() -> i64 {
    10
}

fn default_complaint_days() -> i64 {
    30
}

fn default_stalled_days() -> i64 {
    7
}

impl Default for Preferences {
    fn default() -> Self {
        Self {
            risk_window: default_risk_window(),
            risk_drop_tenths: default_risk_drop_tenths(),
            complaint_days: default_complaint_days(),
            stalled_days: default_stalled_days(),
        }
    }
}

/// The interactions that reach out to a client (and so can be a follow-up),
/// as opposed to questions and complaints, which come from the client.
pub const CHANNELS: [InteractionKind; 4] = [
    InteractionKind::Call,
    InteractionKind::Email,
    InteractionKind::Meeting,
    InteractionKind::Message,
];

/// Whether `kind` is contact the business made (see [`CHANNELS`]).
pub fn is_outgoing(kind: InteractionKind) -> bool {
    CHANNELS.contains(&kind)
}

/// Whether `kind` is something the client asked or raised, which stays open
/// until it is answered.
pub fn needs_answer(kind: InteractionKind) -> bool {
    matches!(kind, InteractionKind::Question | InteractionKind::Complaint)
}

/// The largest number any count-of-days or count-of-scores field accepts.
pub const COUNT_MAX: i64 = 999;
/// The smallest and largest at-risk drop, in tenths of a point.
pub const DROP_TENTHS: std::ops::RangeInclusive<i64> = 1..=40;
/// The lowest and highest satisfaction score.
pub const SCORE_RANGE: std::ops::RangeInclusive<i64> = 1..=5;
pub const COMMENT_MAX: usize = 2_000;

/// Reads a whole number from 1 to [`COUNT_MAX`] typed into `field`.
fn positive_count(check: &mut Checker, field: &'static str, text: &str) -> i64 {
    match text.trim().parse::<i64>() {
        Ok(n) if (1..=COUNT_MAX).contains(&n) => n,
        _ => {
            check.fail(field, Problem::NotAPositiveNumber);
            0
        }
    }
}

mod answers;
#[cfg(test)]
mod fixtures;
mod follow_ups;
mod preferences;
mod satisfaction;

pub use answers::*;
pub use follow_ups::*;
pub use preferences::*;
pub use satisfaction::*;

#[cfg(test)]
mod tests {
    use super::fixtures::*;
    use super::*;
    use crate::doc::{ChangeMeta, DocKind, Document, DocumentId};
    use crate::domain::action::Action;
    #[test]
    fn two_devices_answering_and_scoring_the_same_client_both_keep_their_work() {
        let meta = |action| ChangeMeta::new("m1", action, "");
        let mut a = Document::create(DocumentId::random(), DocKind::Team);
        let first = contact(InteractionKind::Question, 1_000);
        let second = contact(InteractionKind::Complaint, 2_000);
        a.change(&meta(Action::InteractionLog), 0, |w| {
            w.put(&first.id, &first)?;
            w.put(&second.id, &second)
        })
        .unwrap();
        let mut b = Document::open(a.id().clone(), DocKind::Team, a.automerge().fork())
            .unwrap()
            .0;
        let answer_on = |doc: &mut Document, id: &str, note: &str| {
            doc.change(&meta(Action::InteractionAnswer), 0, |w| {
                let mut current: Interaction = w.get::<Interaction>(id)?.unwrap();
                let input = AnswerInput {
                    note: note.into(),
                    at: Some(5_000),
                };
                answer(&mut current, &input, "m1")?;
                w.put(id, &current)
            })
            .unwrap();
        };
        let score_on = |doc: &mut Document, value: &str| {
            let input = ScoreInput {
                score: value.into(),
                ..Default::default()
            };
            let score = record_score("c1", &input, |_| true, "m1", 3_000).unwrap();
            doc.change(&meta(Action::ScoreRecord), 0, |w| w.put(&score.id, &score))
                .unwrap();
        };
        answer_on(&mut a, &first.id, "Answered on A");
        score_on(&mut a, "5");
        answer_on(&mut b, &second.id, "Answered on B");
        score_on(&mut b, "2");

        let mut from_b = b.automerge().clone();
        a.automerge_mut().merge(&mut from_b).unwrap();
        let interactions: Vec<Interaction> = a
            .all::<Interaction>()
            .unwrap()
            .records
            .into_iter()
            .map(|(_, i)| i)
            .collect();
        assert!(open_questions(&interactions).is_empty());
        let notes: Vec<_> = interactions
            .iter()
            .filter_map(|i| i.answer.as_ref().map(|a| a.note.as_str()))
            .collect();
        assert_eq!(notes.len(), 2);
        assert!(notes.contains(&"Answered on A") && notes.contains(&"Answered on B"));
        let all_scores: Vec<Score> = a
            .all::<Score>()
            .unwrap()
            .records
            .into_iter()
            .map(|(_, s)| s)
            .collect();
        let mut values: Vec<_> = score_trend("c1", &all_scores)
            .iter()
            .map(|s| s.score)
            .collect();
        values.sort();
        assert_eq!(values, [2, 5]);
    }
}
