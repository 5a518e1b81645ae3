//! The business's goals and values, set by the CEO on the first morning;
//! through the year a share of the tasks and of the acting CEO's decisions
//! name the goal they serve, so Today's goal panel has work to count.

use handover::doc::DocKind;
use handover::domain::action::Action;
use handover::domain::goals::{create_goal, GoalInput, GoalKind};
use handover::domain::ids::Id;
use rand::seq::IndexedRandom;
use rand::Rng;

use super::year::{Named, Year};

const GOALS: [&str; 4] = [
    "Win ten new clients",
    "Answer every client the same day",
    "Onboard within two weeks",
    "Keep the office running smoothly",
];
const VALUES: [&str; 3] = [
    "Clients first",
    "Say what we do, do what we say",
    "Look after each other",
];
/// The share of new work that names a goal.
const NAMES_A_GOAL: f64 = 0.4;

impl Year {
    pub(super) fn set_goals(&mut self) {
        let author = self.leader(0);
        let kinds = GOALS
            .iter()
            .map(|t| (GoalKind::Goal, *t))
            .chain(VALUES.iter().map(|t| (GoalKind::Value, *t)));
        for (kind, title) in kinds {
            let input = GoalInput {
                kind,
                title: title.to_string(),
                description: String::new(),
            };
            let now = self.now();
            let mut goal = create_goal(&input, [], author.id(), now).expect("valid goals");
            goal.id = self.new_id();
            self.desk
                .change(DocKind::Team, &author, (Action::GoalSet, title), now, |w| {
                    w.put(&goal.id, &goal)
                });
            self.count("goals");
            if kind == GoalKind::Goal {
                self.goals.push(Named {
                    id: goal.id,
                    name: title.to_string(),
                });
            }
        }
    }

    /// The goal new work serves, for a share of it.
    pub(super) fn serving_goal(&mut self) -> Option<Id> {
        if !self.rng.random_bool(NAMES_A_GOAL) {
            return None;
        }
        self.goals.choose(&mut self.rng).map(|g| g.id.clone())
    }
}
