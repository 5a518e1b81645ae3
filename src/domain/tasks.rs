//! Team tasks: who does what by when, with comments for questions and
//! answers in place.

use std::collections::BTreeMap;

use autosurgeon::{Hydrate, Reconcile};

use super::calendar::{day_of, day_text, parse_day, Day, Zone};
use super::coded::coded_enum;
use super::edit::take_change;
use super::ids::{new_id, Id};
use super::validation::{Checker, Invalid, Problem};
use super::Millis;

coded_enum! {
    /// Where a task stands.
    pub enum TaskStatus ("task-status") {
        #[default]
        Todo = "todo",
        InProgress = "in-progress",
        Blocked = "blocked",
        Done = "done",
    }
}

coded_enum! {
    /// How much a task matters.
    pub enum Priority ("priority") {
        Low = "low",
        #[default]
        Normal = "normal",
        High = "high",
        Urgent = "urgent",
    }
}

/// A comment on a task.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct Comment {
    pub id: Id,
    pub by: Id,
    pub at: Millis,
    pub text: String,
}

/// A task. Comments are keyed by id so that comments written at once on two
/// devices are both kept.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct Task {
    pub id: Id,
    pub title: String,
    pub description: String,
    pub assignee: Option<Id>,
    /// The day the task is due ("2026-03-30"), if any.
    pub due_on: Option<String>,
    pub priority: Priority,
    pub status: TaskStatus,
    /// Why the task is blocked; empty unless the status is blocked.
    pub blocked_reason: String,
    pub client_id: Option<Id>,
    pub created_at: Millis,
    pub created_by: Id,
    /// When the status last changed, for stalled-task detection.
    pub status_changed_at: Millis,
    pub status_changed_by: Id,
    pub comments: BTreeMap<Id, Comment>,
    /// The business goal the task serves (see `goals`), if it names one.
    #[autosurgeon(missing = "Default::default")]
    pub goal: Option<Id>,
}

pub const TITLE_MAX: usize = 200;
pub const DESCRIPTION_MAX: usize = 5_000;
pub const REASON_MAX: usize = 500;
pub const COMMENT_MAX: usize = 2_000;

const DAY_MS: Millis = 86_400_000;

/// What the task form edits. `due_on` is the date input's value ("" for no
/// due day).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TaskInput {
    pub title: String,
    pub description: String,
    pub assignee: Option<Id>,
    pub due_on: String,
    pub priority: Priority,
    pub status: TaskStatus,
    pub blocked_reason: String,
    pub client_id: Option<Id>,
    /// Chosen from the active goals.
    pub goal: Option<Id>,
}

/// Which members may be given a task and which clients exist, for checking
/// the references of a task.
pub struct Known<M, C> {
    /// True for an active member.
    pub assignee: M,
    pub client: C,
}

impl<M: Fn(&str) -> bool, C: Fn(&str) -> bool> Known<M, C> {
    /// These lookups, but also accepting the references `original` already
    /// had: a task assigned to someone who has since left stays editable.
    fn or_kept<'a>(
        &'a self,
        original: &'a TaskInput,
    ) -> Known<impl Fn(&str) -> bool + 'a, impl Fn(&str) -> bool + 'a> {
        Known {
            assignee: move |id: &str| {
                (self.assignee)(id) || original.assignee.as_deref() == Some(id)
            },
            client: move |id: &str| (self.client)(id) || original.client_id.as_deref() == Some(id),
        }
    }
}

impl TaskInput {
    /// The form's starting values for an existing task.
    pub fn from_task(task: &Task) -> Self {
        Self {
            title: task.title.clone(),
            description: task.description.clone(),
            assignee: task.assignee.clone(),
            due_on: task.due_on.clone().unwrap_or_default(),
            priority: task.priority,
            status: task.status,
            blocked_reason: task.blocked_reason.clone(),
            client_id: task.client_id.clone(),
            goal: task.goal.clone(),
        }
    }

    /// Trims and checks every field. The reason is kept only for a blocked
    /// task, which must have one.
    fn validated(
        &self,
        known: &Known<impl Fn(&str) -> bool, impl Fn(&str) -> bool>,
    ) -> Result<TaskInput, Invalid> {
        let mut check = Checker::new();
        let title = check.required("title", &self.title, TITLE_MAX);
        let description = check.optional("description", &self.description, DESCRIPTION_MAX);
        let blocked_reason = checked_reason(&mut check, self.status, &self.blocked_reason);
        let due_on = self.due_on.trim();
        let due_on = match parse_day(due_on) {
            Some(day) => day_text(day),
            None if due_on.is_empty() => String::new(),
            None => {
                check.fail("due_on", Problem::InvalidDay);
                String::new()
            }
        };
        if self
            .assignee
            .as_deref()
            .is_some_and(|id| !(known.assignee)(id))
        {
            check.fail("assignee", Problem::Unknown);
        }
        if self
            .client_id
            .as_deref()
            .is_some_and(|id| !(known.client)(id))
        {
            check.fail("client_id", Problem::Unknown);
        }
        check.finish(TaskInput {
            title,
            description,
            assignee: self.assignee.clone(),
            due_on,
            priority: self.priority,
            status: self.status,
            blocked_reason,
            client_id: self.client_id.clone(),
            goal: self.goal.clone(),
        })
    }
}

/// The trimmed reason for `status`: required when blocked, dropped otherwise.
fn checked_reason(check: &mut Checker, status: TaskStatus, reason: &str) -> String {
    if status == TaskStatus::Blocked {
        check.required("blocked_reason", reason, REASON_MAX)
    } else {
        String::new()
    }
}

/// Validates `input` and makes a new task without comments.
pub fn create_task(
    input: &TaskInput,
    known: &Known<impl Fn(&str) -> bool, impl Fn(&str) -> bool>,
    by: &str,
    now: Millis,
) -> Result<Task, Invalid> {
    let input = input.validated(known)?;
    Ok(Task {
        id: new_id(),
        title: input.title,
        description: input.description,
        assignee: input.assignee,
        due_on: Some(input.due_on).filter(|d| !d.is_empty()),
        priority: input.priority,
        status: input.status,
        blocked_reason: input.blocked_reason,
        client_id: input.client_id,
        created_at: now,
        created_by: by.to_string(),
        status_changed_at: now,
        status_changed_by: by.to_string(),
        comments: BTreeMap::new(),
        goal: input.goal,
    })
}

/// Applies a form edit to the current state of a task: only the fields the
/// user changed (`edited` differs from `original`, the values the form opened
/// with) are written, so one device reassigning a task while another changes
/// its status keeps both changes.
pub fn edit_task(
    current: &mut Task,
    original: &TaskInput,
    edited: &TaskInput,
    known: &Known<impl Fn(&str) -> bool, impl Fn(&str) -> bool>,
    by: &str,
    now: Millis,
) -> Result<(), Invalid> {
    let edited = edited.validated(&known.or_kept(original))?;
    let original = original
        .validated(&Known {
            assignee: |_: &str| true,
            client: |_: &str| true,
        })
        .unwrap_or_else(|_| original.clone());
    take_change(&mut current.title, &original.title, edited.title);
    take_change(
        &mut current.description,
        &original.description,
        edited.description,
    );
    take_change(&mut current.assignee, &original.assignee, edited.assignee);
    let due_on = Some(edited.due_on).filter(|d| !d.is_empty());
    let original_due = Some(original.due_on).filter(|d| !d.is_empty());
    take_change(&mut current.due_on, &original_due, due_on);
    take_change(&mut current.priority, &original.priority, edited.priority);
    take_change(
        &mut current.client_id,
        &original.client_id,
        edited.client_id,
    );
    take_change(&mut current.goal, &original.goal, edited.goal);
    if edited.status != original.status {
        set_status(current, edited.status, edited.blocked_reason, by, now);
    } else if edited.status == TaskStatus::Blocked {
        take_change(
            &mut current.blocked_reason,
            &original.blocked_reason,
            edited.blocked_reason,
        );
    }
    Ok(())
}

/// Moves a task to `status` (from the board), recording who did it and when.
/// Moving to blocked needs a reason. Moving to the status it already has
/// changes nothing, so the stalled clock is not reset by accident.
pub fn move_task(
    task: &mut Task,
    status: TaskStatus,
    reason: &str,
    by: &str,
    now: Millis,
) -> Result<(), Invalid> {
    let mut check = Checker::new();
    let reason = checked_reason(&mut check, status, reason);
    check.finish(())?;
    if task.status != status {
        set_status(task, status, reason, by, now);
    }
    Ok(())
}

fn set_status(task: &mut Task, status: TaskStatus, reason: String, by: &str, now: Millis) {
    task.status = status;
    task.status_changed_at = now;
    task.status_changed_by = by.to_string();
    if task.blocked_reason != reason {
        task.blocked_reason = reason;
    }
}

/// Validates `text` as a new comment by `by` at `now`.
pub fn new_comment(text: &str, by: &str, now: Millis) -> Result<Comment, Invalid> {
    let mut check = Checker::new();
    let text = check.required("comment", text, COMMENT_MAX);
    check.finish(Comment {
        id: new_id(),
        by: by.to_string(),
        at: now,
        text,
    })
}

/// Validates `text` and adds it to `task` as a comment by `by`; returns its
/// id.
pub fn add_comment(task: &mut Task, text: &str, by: &str, now: Millis) -> Result<Id, Invalid> {
    let comment = new_comment(text, by, now)?;
    let id = comment.id.clone();
    task.comments.insert(id.clone(), comment);
    Ok(id)
}

/// The field of [`Task`] that holds its comments, by id (for
/// `Writer::put_entry`).
pub const COMMENTS_FIELD: &str = "comments";

/// A task's comments in the order they were written.
pub fn comments_oldest_first(task: &Task) -> Vec<&Comment> {
    let mut comments: Vec<_> = task.comments.values().collect();
    comments.sort_by(|a, b| a.at.cmp(&b.at).then_with(|| a.id.cmp(&b.id)));
    comments
}

/// A task still to be finished.
pub fn is_open(task: &Task) -> bool {
    task.status != TaskStatus::Done
}

/// What "now" means for overdue and stalled detection: today in the device's
/// time zone and the workspace's stalled threshold.
#[derive(Debug, Clone)]
pub struct Clock {
    now: Millis,
    today: Day,
    stalled_days: i64,
}

impl Clock {
    pub fn new(now: Millis, zone: &Zone, stalled_days: i64) -> Self {
        Self {
            now,
            today: day_of(now, zone),
            stalled_days: stalled_days.max(1),
        }
    }

    /// The day it is now, in the zone the clock was made in.
    pub fn today(&self) -> Day {
        self.today
    }

    /// An open task whose due day is before today.
    pub fn is_overdue(&self, task: &Task) -> bool {
        is_open(task)
            && task
                .due_on
                .as_deref()
                .and_then(parse_day)
                .is_some_and(|due| due < self.today)
    }

    /// An open task whose status has not changed for the threshold's number
    /// of days (24-hour periods, so a task moved late in the evening is not
    /// stalled the next morning).
    pub fn is_stalled(&self, task: &Task) -> bool {
        is_open(task) && self.now - task.status_changed_at >= self.stalled_days * DAY_MS
    }
}

/// The task list's filters; `None` and `false` mean "any".
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TaskFilter {
    pub assignee: Option<Id>,
    pub status: Option<TaskStatus>,
    pub client_id: Option<Id>,
    pub overdue_only: bool,
    pub stalled_only: bool,
}

impl TaskFilter {
    pub fn matches(&self, task: &Task, clock: &Clock) -> bool {
        (self.assignee.is_none() || self.assignee == task.assignee)
            && self.status.is_none_or(|s| s == task.status)
            && (self.client_id.is_none() || self.client_id == task.client_id)
            && (!self.overdue_only || clock.is_overdue(task))
            && (!self.stalled_only || clock.is_stalled(task))
    }
}

/// Orders tasks by due day (those without one last), then most urgent first,
/// then by title and id so the order is stable.
pub fn by_due(a: &Task, b: &Task) -> std::cmp::Ordering {
    due_order(a)
        .cmp(&due_order(b))
        .then_with(|| a.id.cmp(&b.id))
}

/// Where a task sorts in [`by_due`] (before its id): kept by the board's
/// index, so a column stays sorted without sorting it.
pub type DueOrder = (bool, Option<String>, std::cmp::Reverse<usize>, String);

pub fn due_order(task: &Task) -> DueOrder {
    (
        task.due_on.is_none(),
        task.due_on.clone(),
        std::cmp::Reverse(task.priority.rank()),
        task.title.to_lowercase(),
    )
}

impl Priority {
    /// Higher is more urgent.
    fn rank(self) -> usize {
        Priority::ALL.iter().position(|p| *p == self).unwrap_or(0)
    }
}

/// One member's share of the work.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Workload {
    pub open: usize,
    pub overdue: usize,
}

impl Workload {
    /// Counts `task` in, if it is open.
    pub fn add(&mut self, task: &Task, clock: &Clock) {
        if is_open(task) {
            self.open += 1;
            if clock.is_overdue(task) {
                self.overdue += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests;
