//! Goals and values: leadership keeps them, everyone works by them. Only a
//! verified leadership grant may change them (the form is not offered to a
//! team member, and a write from one is refused here).

use leptos::prelude::*;

use super::access::not_allowed;
use super::Session;
use crate::domain::action::Action;
use crate::domain::goals::{create_goal, edit_goal, taken_titles, Goal, GoalInput};
use crate::ui::widgets::{now_ms, SaveError};

impl Session {
    /// Whether this device's user may set and change goals and values.
    pub fn keeps_goals(&self) -> bool {
        self.my_role().is_some_and(|role| role.is_leadership())
    }

    pub fn set_goal(&self, input: &GoalInput) -> Result<Goal, SaveError> {
        if !self.keeps_goals() {
            return Err(not_allowed("title"));
        }
        let goals = self.records.goals.values();
        let goal = create_goal(input, taken_titles(&goals, None), &self.me(), now_ms())?;
        self.change_team(Action::GoalSet, &goal.title, |w| w.put(&goal.id, &goal))?;
        Ok(goal)
    }

    pub fn edit_goal(&self, id: &str, input: &GoalInput) -> Result<Goal, SaveError> {
        if !self.keeps_goals() {
            return Err(not_allowed("title"));
        }
        let goals = self.records.goals.values();
        let taken = taken_titles(&goals, Some(id));
        let edited = self.update(
            id,
            "title",
            (Action::GoalEdit, &input.title),
            |goal: &mut Goal| edit_goal(goal, input, taken),
        )?;
        Ok(edited)
    }

    /// Sets goal `id` aside (or back): old work keeps naming it.
    pub fn archive_goal(&self, id: &str, archived: bool) -> Result<Goal, SaveError> {
        if !self.keeps_goals() {
            return Err(not_allowed("title"));
        }
        let title = self
            .records
            .goals
            .get_untracked_signal(id)
            .map(|goal| goal.with_untracked(|g| g.title.clone()))
            .unwrap_or_default();
        let archived = self.update(
            id,
            "archived",
            (Action::GoalEdit, &title),
            |goal: &mut Goal| {
                goal.archived = archived;
                Ok(())
            },
        )?;
        Ok(archived)
    }
}
