//! Visitors through the year: each working day the front desk expects a
//! few visitors for a colleague, most of them arrive, get a badge and leave
//! the same day, one in twenty never shows up.

use handover::doc::DocKind;
use handover::domain::action::Action;
use handover::domain::visitors::{mark_arrived, mark_left, register_visit, Visit, VisitInput};
use rand::Rng;

use super::plan::{share, WORKING_DAYS};
use super::text;
use super::year::Year;

/// The share of expected visitors who never come.
const NO_SHOW: f64 = 0.05;
/// Badges at the desk, handed out in turn.
const BADGES: usize = 40;

impl Year {
    /// The day's share of the year's visits.
    pub(super) fn visitors_day(&mut self, day: usize) {
        for _ in 0..share(self.plan.visits, day, WORKING_DAYS) {
            self.visit(day);
        }
    }

    fn visit(&mut self, day: usize) {
        let author = self.leader(day);
        let input = VisitInput {
            name: text::person(&mut self.rng),
            organisation: text::client(&mut self.rng).0,
            host: self.anyone(),
            expected_day: self.clock.day_text(day),
            expected_time: format!(
                "{:02}:{:02}",
                self.rng.random_range(9..17),
                15 * self.rng.random_range(0..4)
            ),
            notes: String::new(),
        };
        let now = self.now();
        let mut visit =
            register_visit(&input, |_| true, author.id(), now).expect("generated visits are valid");
        visit.id = self.new_id();
        self.desk.change(
            DocKind::Team,
            &author,
            (Action::VisitExpect, &visit.name),
            now,
            |w| w.put(&visit.id, &visit),
        );
        self.count("visits");
        if self.rng.random_bool(NO_SHOW) {
            return;
        }
        // Each visitor leaves before the next arrives: their badge is free.
        let badge = (self.counted("visits_arrived") % BADGES + 1).to_string();
        let arrived = self.now();
        self.desk.update(
            &visit.id,
            &author,
            (Action::VisitArrive, &visit.name),
            arrived,
            |v: &mut Visit| mark_arrived(v, &badge, [], arrived),
        );
        self.count("visits_arrived");
        let left = self.now();
        self.desk.update(
            &visit.id,
            &author,
            (Action::VisitLeave, &visit.name),
            left,
            |v: &mut Visit| mark_left(v, left),
        );
        self.count("visits_left");
    }
}
