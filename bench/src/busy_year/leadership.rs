//! The leadership document's year: crises with their timelines (and the
//! occasional correction), and one summer handover in which the assistant
//! acts as CEO and keeps the decision log.

use std::ops::Range;

use handover::doc::DocKind;
use handover::domain::action::Action;
use handover::domain::crisis::{
    close_crisis, declare_crisis, log_entry, Crisis, CrisisInput, EntryInput, EntryKind, Severity,
};
use handover::domain::handover::{
    acting_record, end_acting, end_handover, log_decision, start_handover, Acting, DecisionInput,
    Handover, HandoverInput, Heads, ReviewInput,
};
use handover::domain::ids::Id;
use handover::domain::people::Member;
use handover::domain::validation::Invalid;
use rand::seq::IndexedRandom;
use rand::Rng;

use super::plan::{share, WORKING_DAYS};
use super::text;
use super::year::{Later, Leader, Named, Year};

/// The CEO hands over on the last day before two weeks away in July.
const HANDOVER_DAY: usize = 130;
const AWAY_DAYS: usize = 10;
/// A crisis's timeline runs over this many working days before it closes.
const CRISIS_DAYS: usize = 4;
/// The share of timeline entries that correct an earlier entry.
const CORRECTION_ODDS: f64 = 0.05;

/// The working days the CEO is away.
pub fn away() -> Range<usize> {
    HANDOVER_DAY + 1..HANDOVER_DAY + 1 + AWAY_DAYS
}

impl Year {
    /// The day's crises and the handover's start.
    pub(super) fn leadership_day(&mut self, day: usize) {
        let crises = self.plan.crises;
        // Crises are spread so that the last one closes before the year ends.
        let span = WORKING_DAYS - CRISIS_DAYS;
        for number in (0..crises).filter(|k| k * span / crises == day) {
            self.declare_crisis(day, number);
        }
        if day == HANDOVER_DAY {
            self.start_handover();
        }
    }

    fn declare_crisis(&mut self, day: usize, number: usize) {
        let author = self.leader(day);
        let (title, summary) = text::crisis(&mut self.rng);
        let input = CrisisInput {
            title,
            severity: *Severity::ALL.choose(&mut self.rng).expect("severities"),
            summary,
        };
        let now = self.now();
        let mut crisis = declare_crisis(&input, author.id(), now).expect("crises are valid");
        crisis.id = self.new_id();
        self.desk.change(
            DocKind::Leadership,
            &author,
            (Action::CrisisDeclare, &crisis.title),
            now,
            |w| w.put(&crisis.id, &crisis),
        );
        self.count("crises");
        let at = self.crises.len();
        self.crises.push(Named {
            id: crisis.id,
            name: crisis.title,
        });
        let entries = share(self.plan.crisis_entries, number, self.plan.crises);
        let mut written: Vec<Id> = Vec::with_capacity(entries);
        for entry in 0..entries {
            let id = self.new_id();
            let corrects = if !written.is_empty() && self.rng.random_bool(CORRECTION_ODDS) {
                written.choose(&mut self.rng).cloned()
            } else {
                None
            };
            written.push(id.clone());
            let entry_day = day + entry * CRISIS_DAYS / entries;
            let later = Later::CrisisEntry {
                crisis: at,
                id,
                corrects,
            };
            self.later(entry_day, later);
        }
        self.later(day + CRISIS_DAYS - 1, Later::CloseCrisis { crisis: at });
    }

    /// Writes entry `id` of `crisis` as the crisis desk does: checked
    /// against the crisis's current state inside the change.
    pub(super) fn crisis_entry(&mut self, day: usize, crisis: usize, id: Id, corrects: Option<Id>) {
        let author = self.leader(day);
        let input = EntryInput {
            kind: *EntryKind::ALL.choose(&mut self.rng).expect("entry kinds"),
            text: text::crisis_line(&mut self.rng),
            corrects,
        };
        let now = self.now();
        let crisis_id = &self.crises[crisis].id;
        self.desk.change(
            DocKind::Leadership,
            &author,
            (Action::CrisisEntry, &input.text),
            now,
            |w| {
                let crisis: Crisis = w
                    .get::<Crisis>(crisis_id)?
                    .ok_or_else(|| Invalid::unknown("text"))?;
                let mut entry = log_entry(&crisis, &input, |_| true, author.id(), now)?;
                entry.id = id;
                w.put(&entry.id, &entry)
            },
        );
        self.count("crisis_entries");
        if input.corrects.is_some() {
            self.count("corrections");
        }
    }

    pub(super) fn close_crisis(&mut self, day: usize, crisis: usize) {
        let author = self.leader(day);
        let resolution = text::note(&mut self.rng);
        let now = self.now();
        self.desk.update(
            &self.crises[crisis].id,
            &author,
            (Action::CrisisClose, &resolution),
            now,
            |c: &mut Crisis| close_crisis(c, &resolution, author.id(), now),
        );
    }

    /// The CEO hands over to the assistant: the handover in the leadership
    /// document, then who is acting in the team document, as the handover
    /// desk writes them. Decisions follow every day away; the CEO ends it
    /// on return.
    fn start_handover(&mut self) {
        let ceo = self.author(Leader::Ceo);
        let assistant = self.author(Leader::Assistant);
        let away = away();
        let input = HandoverInput {
            away_from: self.clock.day_text(away.start),
            expected_back: self.clock.day_text(away.end),
            acting: assistant.id().to_string(),
            priorities: text::note(&mut self.rng),
            delegated: text::note(&mut self.rng),
            do_not_touch: text::note(&mut self.rng),
            emergency_contacts: text::contact(&mut self.rng, "handover").join(", "),
            emergency: None,
        };
        let heads = |kind| {
            let doc = self.desk.document(kind);
            doc.heads().iter().map(ToString::to_string).collect()
        };
        let heads = Heads {
            team: heads(DocKind::Team),
            leadership: heads(DocKind::Leadership),
        };
        let members: Vec<Member> = self.people.iter().map(|p| p.member.clone()).collect();
        let now = self.now();
        let mut handover = start_handover(&input, &members, &[], ceo.id(), heads, now)
            .expect("the CEO may hand over to the assistant");
        handover.id = self.new_id();
        let label = assistant.member.name.as_str();
        self.desk.change(
            DocKind::Leadership,
            &ceo,
            (Action::HandoverStart, label),
            now,
            |w| w.put(&handover.id, &handover),
        );
        let acting = acting_record(&handover);
        self.desk.change(
            DocKind::Team,
            &ceo,
            (Action::HandoverStart, label),
            now,
            |w| w.put(&handover.id, &acting),
        );
        self.count("handovers");
        self.handover = Some(handover);
        for (number, away_day) in away.clone().enumerate() {
            for _ in 0..share(self.plan.decisions, number, away.len()) {
                self.later(away_day, Later::LogDecision);
            }
        }
        self.later(away.end, Later::EndHandover);
    }

    pub(super) fn log_decision(&mut self) {
        let assistant = self.author(Leader::Assistant);
        let input = DecisionInput {
            decision: text::note(&mut self.rng),
            reason: text::reply(&mut self.rng),
            alternatives: text::note(&mut self.rng),
            informed: text::person(&mut self.rng),
            goal: self.serving_goal(),
        };
        let now = self.now();
        let handover = self
            .handover
            .as_ref()
            .expect("decisions follow the handover");
        let mut decision =
            log_decision(handover, &input, assistant.id(), now).expect("the acting CEO decides");
        decision.id = self.new_id();
        self.desk.change(
            DocKind::Leadership,
            &assistant,
            (Action::DecisionLog, &decision.decision),
            now,
            |w| w.put(&decision.id, &decision),
        );
        self.count("decisions");
    }

    pub(super) fn end_handover(&mut self) {
        let ceo = self.author(Leader::Ceo);
        let review = ReviewInput {
            went_well: text::reply(&mut self.rng),
            to_change: text::note(&mut self.rng),
        };
        let now = self.now();
        let handover = self.handover.take().expect("the handover runs");
        let id = handover.id.as_str();
        self.desk.change(
            DocKind::Leadership,
            &ceo,
            (Action::HandoverEnd, ""),
            now,
            |w| {
                let mut current: Handover = w
                    .get::<Handover>(id)?
                    .ok_or_else(|| Invalid::unknown("handover"))?;
                end_handover(&mut current, &review, ceo.id(), now)?;
                w.put(id, &current)
            },
        );
        self.desk
            .change(DocKind::Team, &ceo, (Action::HandoverEnd, ""), now, |w| {
                let mut acting: Acting = w
                    .get::<Acting>(id)?
                    .unwrap_or_else(|| acting_record(&handover));
                end_acting(&mut acting, now);
                w.put(id, &acting)
            });
    }
}
