//! The business's goals and values: a short list leadership keeps, so that
//! tasks, proposals and handover decisions can name the goal they serve,
//! Today can show each goal with its open and finished work, and the acting
//! CEO can decide by the company's values.

use autosurgeon::{Hydrate, Reconcile};

use super::coded::coded_enum;
use super::ids::{new_id, Id};
use super::validation::{Checker, Invalid, Problem};
use super::Millis;

coded_enum! {
    /// A goal is something to achieve, which work can serve; a value is how
    /// the business works, which decisions are taken by.
    pub enum GoalKind ("goal-kind") {
        #[default]
        Goal = "goal",
        Value = "value",
    }
}

/// A goal or a value (team document: everyone works by them).
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct Goal {
    pub id: Id,
    pub kind: GoalKind,
    pub title: String,
    pub description: String,
    /// Set aside: no longer offered to new work, still named by old work.
    pub archived: bool,
    pub created_at: Millis,
    pub created_by: Id,
}

pub const TITLE_MAX: usize = 120;
pub const DESCRIPTION_MAX: usize = 1_000;

/// What the goal form edits.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GoalInput {
    pub kind: GoalKind,
    pub title: String,
    pub description: String,
}

impl GoalInput {
    pub fn from_goal(goal: &Goal) -> Self {
        Self {
            kind: goal.kind,
            title: goal.title.clone(),
            description: goal.description.clone(),
        }
    }

    /// The title and description, checked. Two active goals of one title
    /// would make a picker ambiguous, so `taken` titles are refused.
    fn checked<'a>(
        &self,
        taken: impl IntoIterator<Item = &'a str>,
    ) -> Result<(String, String), Invalid> {
        let mut check = Checker::new();
        let title = check.required("title", &self.title, TITLE_MAX);
        let description = check.optional("description", &self.description, DESCRIPTION_MAX);
        let same = |other: &str| other.trim().to_lowercase() == title.to_lowercase();
        if !title.is_empty() && taken.into_iter().any(same) {
            check.fail("title", Problem::Duplicate);
        }
        check.finish((title, description))
    }
}

/// The titles of the active goals of `goals` other than `except`: what a
/// new or edited goal's title may not repeat.
pub fn taken_titles<'a>(goals: &'a [Goal], except: Option<&'a str>) -> Vec<&'a str> {
    goals
        .iter()
        .filter(|g| !g.archived && Some(g.id.as_str()) != except)
        .map(|g| g.title.as_str())
        .collect()
}

pub fn create_goal<'a>(
    input: &GoalInput,
    taken: impl IntoIterator<Item = &'a str>,
    by: &str,
    now: Millis,
) -> Result<Goal, Invalid> {
    let (title, description) = input.checked(taken)?;
    Ok(Goal {
        id: new_id(),
        kind: input.kind,
        title,
        description,
        archived: false,
        created_at: now,
        created_by: by.to_string(),
    })
}

pub fn edit_goal<'a>(
    goal: &mut Goal,
    input: &GoalInput,
    taken: impl IntoIterator<Item = &'a str>,
) -> Result<(), Invalid> {
    let (title, description) = input.checked(taken)?;
    goal.kind = input.kind;
    goal.title = title;
    goal.description = description;
    Ok(())
}

/// The active goals of `kinds`, in the order they were set: what work may
/// name (tasks and proposals serve goals; a decision may be taken by a
/// goal or a value).
pub fn active<'a>(goals: &'a [Goal], kinds: &[GoalKind]) -> Vec<&'a Goal> {
    let mut active: Vec<&Goal> = goals
        .iter()
        .filter(|g| kinds.contains(&g.kind) && !g.archived)
        .collect();
    active.sort_by(|a, b| {
        a.created_at
            .cmp(&b.created_at)
            .then_with(|| a.id.cmp(&b.id))
    });
    active
}

/// Where work sorts in the by-goal index: under the goal it names and
/// whether it is finished; left out when it names none.
pub fn goal_bucket(goal: &Option<Id>, finished: bool) -> Option<(Id, bool)> {
    goal.clone()
        .filter(|g| !g.is_empty())
        .map(|g| (g, finished))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(kind: GoalKind, title: &str) -> GoalInput {
        GoalInput {
            kind,
            title: title.into(),
            description: String::new(),
        }
    }

    #[test]
    fn a_goal_needs_a_title_no_other_active_goal_has() {
        let err = create_goal(&input(GoalKind::Goal, " "), [], "m1", 0).unwrap_err();
        assert_eq!(err.for_field("title"), Some(&Problem::Required));
        let err =
            create_goal(&input(GoalKind::Goal, "grow 10%"), ["Grow 10% "], "m1", 0).unwrap_err();
        assert_eq!(err.for_field("title"), Some(&Problem::Duplicate));
        let long = GoalInput {
            description: "x".repeat(DESCRIPTION_MAX + 1),
            ..input(GoalKind::Value, "Clients first")
        };
        let err = create_goal(&long, [], "m1", 0).unwrap_err();
        assert!(err.for_field("description").is_some());
        let made = create_goal(&input(GoalKind::Value, " Clients first "), [], "m1", 5).unwrap();
        assert_eq!(
            (made.title.as_str(), made.kind),
            ("Clients first", GoalKind::Value)
        );
    }

    #[test]
    fn an_archived_goal_frees_its_title_and_is_no_longer_offered() {
        let mut old =
            create_goal(&input(GoalKind::Goal, "Open a second office"), [], "m1", 1).unwrap();
        let value = create_goal(&input(GoalKind::Value, "Be kind"), [], "m1", 2).unwrap();
        let newer = create_goal(&input(GoalKind::Goal, "Grow 10%"), [], "m1", 3).unwrap();
        let goals = vec![old.clone(), value.clone(), newer.clone()];
        let offered: Vec<&str> = active(&goals, &[GoalKind::Goal])
            .iter()
            .map(|g| g.title.as_str())
            .collect();
        assert_eq!(offered, ["Open a second office", "Grow 10%"]);
        assert_eq!(active(&goals, GoalKind::ALL).len(), 3);

        old.archived = true;
        let goals = vec![old.clone(), value, newer.clone()];
        assert_eq!(active(&goals, &[GoalKind::Goal]).len(), 1);
        assert!(!taken_titles(&goals, None).contains(&"Open a second office"));
        // Editing a goal may keep its own title.
        let mut edited = newer.clone();
        let taken = taken_titles(&goals, Some(&newer.id));
        edit_goal(&mut edited, &input(GoalKind::Goal, "Grow 10%"), taken).unwrap();
    }

    #[test]
    fn work_is_filed_under_the_goal_it_names() {
        assert_eq!(
            goal_bucket(&Some("g1".into()), true),
            Some(("g1".into(), true))
        );
        assert_eq!(goal_bucket(&Some(String::new()), false), None);
        assert_eq!(goal_bucket(&None, false), None);
    }
}
