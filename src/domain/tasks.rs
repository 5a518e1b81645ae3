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

/// Validates `text` and adds it to `task` as a comment by `by`; returns its
/// id.
pub fn add_comment(task: &mut Task, text: &str, by: &str, now: Millis) -> Result<Id, Invalid> {
    let mut check = Checker::new();
    let text = check.required("comment", text, COMMENT_MAX);
    check.finish(())?;
    let id = new_id();
    task.comments.insert(
        id.clone(),
        Comment {
            id: id.clone(),
            by: by.to_string(),
            at: now,
            text,
        },
    );
    Ok(id)
}

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
mod tests {
    use super::*;
    use crate::doc::{ChangeMeta, DocKind, Document, DocumentId};
    use crate::domain::action::Action;
    use crate::domain::calendar::{start_of, zone};

    type Lookup = fn(&str) -> bool;

    fn anyone() -> Known<Lookup, Lookup> {
        Known {
            assignee: |_| true,
            client: |_| true,
        }
    }

    fn input(title: &str) -> TaskInput {
        TaskInput {
            title: title.into(),
            assignee: Some("m1".into()),
            due_on: "2026-03-30".into(),
            ..Default::default()
        }
    }

    /// The instant `hours` after midnight of `day` in Amsterdam.
    fn amsterdam(day: &str, hours: i64) -> Millis {
        start_of(parse_day(day).unwrap(), &zone("Europe/Amsterdam")) + hours * 3_600_000
    }

    #[test]
    fn creating_a_task_trims_attributes_and_starts_the_status_clock() {
        let task = create_task(&input("  Call Acme "), &anyone(), "m1", 42).unwrap();
        assert_eq!(task.title, "Call Acme");
        assert_eq!(task.due_on.as_deref(), Some("2026-03-30"));
        assert_eq!((task.created_by.as_str(), task.created_at), ("m1", 42));
        assert_eq!(task.status_changed_at, 42);
        assert_eq!(task.status, TaskStatus::Todo);
        assert!(task.blocked_reason.is_empty());
    }

    #[test]
    fn bad_input_reports_every_field() {
        let bad = TaskInput {
            title: " ".into(),
            description: "x".repeat(DESCRIPTION_MAX + 1),
            assignee: Some("left".into()),
            due_on: "30/03/2026".into(),
            status: TaskStatus::Blocked,
            blocked_reason: "  ".into(),
            client_id: Some("gone".into()),
            ..Default::default()
        };
        let known = Known {
            assignee: |id: &str| id == "m1",
            client: |id: &str| id == "c1",
        };
        let err = create_task(&bad, &known, "m1", 0).unwrap_err();
        assert_eq!(err.for_field("title"), Some(&Problem::Required));
        assert_eq!(
            err.for_field("description"),
            Some(&Problem::TooLong {
                max: DESCRIPTION_MAX
            })
        );
        assert_eq!(err.for_field("assignee"), Some(&Problem::Unknown));
        assert_eq!(err.for_field("client_id"), Some(&Problem::Unknown));
        assert_eq!(err.for_field("due_on"), Some(&Problem::InvalidDay));
        assert_eq!(err.for_field("blocked_reason"), Some(&Problem::Required));
    }

    #[test]
    fn a_reason_is_kept_only_for_a_blocked_task() {
        let mut blocked = input("Order paper");
        blocked.status = TaskStatus::Blocked;
        blocked.blocked_reason = " Waiting for the budget ".into();
        let task = create_task(&blocked, &anyone(), "m1", 0).unwrap();
        assert_eq!(task.blocked_reason, "Waiting for the budget");
        blocked.status = TaskStatus::Todo;
        let task = create_task(&blocked, &anyone(), "m1", 0).unwrap();
        assert!(task.blocked_reason.is_empty());
    }

    #[test]
    fn an_edit_writes_only_changed_fields_and_records_a_status_change() {
        let mut task = create_task(&input("Call Acme"), &anyone(), "m1", 0).unwrap();
        let original = TaskInput::from_task(&task);
        // Meanwhile another device reassigned it.
        task.assignee = Some("m2".into());
        let mut edited = original.clone();
        edited.status = TaskStatus::InProgress;
        edit_task(&mut task, &original, &edited, &anyone(), "m3", 500).unwrap();
        assert_eq!(task.assignee.as_deref(), Some("m2"));
        assert_eq!(task.status, TaskStatus::InProgress);
        assert_eq!(
            (task.status_changed_at, task.status_changed_by.as_str()),
            (500, "m3")
        );
    }

    #[test]
    fn a_task_of_someone_who_left_stays_editable_but_cannot_be_given_to_them() {
        let mut task = create_task(&input("Call Acme"), &anyone(), "m1", 0).unwrap();
        let only_m2 = Known {
            assignee: |id: &str| id == "m2",
            client: |_: &str| true,
        };
        let original = TaskInput::from_task(&task);
        let mut edited = original.clone();
        edited.title = "Call Acme back".into();
        edit_task(&mut task, &original, &edited, &only_m2, "m2", 1).unwrap();
        assert_eq!(task.title, "Call Acme back");

        let mut fresh = input("New");
        fresh.assignee = Some("m1".into());
        assert!(create_task(&fresh, &only_m2, "m2", 1).is_err());
    }

    #[test]
    fn a_bad_edit_changes_nothing() {
        let mut task = create_task(&input("Call Acme"), &anyone(), "m1", 0).unwrap();
        let before = task.clone();
        let original = TaskInput::from_task(&task);
        let mut edited = original.clone();
        edited.status = TaskStatus::Blocked;
        edited.priority = Priority::Urgent;
        let err = edit_task(&mut task, &original, &edited, &anyone(), "m1", 9).unwrap_err();
        assert_eq!(err.for_field("blocked_reason"), Some(&Problem::Required));
        assert_eq!(task, before);
    }

    #[test]
    fn moving_needs_a_reason_for_blocked_and_clears_it_when_unblocked() {
        let mut task = create_task(&input("Call Acme"), &anyone(), "m1", 0).unwrap();
        let err = move_task(&mut task, TaskStatus::Blocked, " ", "m2", 5).unwrap_err();
        assert_eq!(err.for_field("blocked_reason"), Some(&Problem::Required));
        assert_eq!(task.status, TaskStatus::Todo);

        move_task(&mut task, TaskStatus::Blocked, "No key", "m2", 5).unwrap();
        assert_eq!(task.blocked_reason, "No key");
        assert_eq!(task.status_changed_by, "m2");
        move_task(&mut task, TaskStatus::Done, "", "m1", 9).unwrap();
        assert!(task.blocked_reason.is_empty());
        // Moving to the same status does not restart the stalled clock.
        move_task(&mut task, TaskStatus::Done, "", "m3", 20).unwrap();
        assert_eq!(
            (task.status_changed_at, task.status_changed_by.as_str()),
            (9, "m1")
        );
    }

    #[test]
    fn comments_are_validated_and_listed_oldest_first() {
        let mut task = create_task(&input("Call Acme"), &anyone(), "m1", 0).unwrap();
        assert_eq!(
            add_comment(&mut task, "  ", "m2", 1)
                .unwrap_err()
                .for_field("comment"),
            Some(&Problem::Required)
        );
        assert!(add_comment(&mut task, &"x".repeat(COMMENT_MAX + 1), "m2", 1).is_err());
        add_comment(&mut task, "Answer: the new number", "m1", 20).unwrap();
        add_comment(&mut task, " Which phone number? ", "m2", 10).unwrap();
        let texts: Vec<_> = comments_oldest_first(&task)
            .iter()
            .map(|c| c.text.as_str())
            .collect();
        assert_eq!(texts, ["Which phone number?", "Answer: the new number"]);
    }

    #[test]
    fn overdue_starts_the_day_after_the_due_day_in_the_device_zone() {
        let ams = zone("Europe/Amsterdam");
        let mut task = create_task(&input("Pay rent"), &anyone(), "m1", 0).unwrap();
        task.due_on = Some("2026-03-31".into());
        // Late on the due day itself: not overdue yet.
        assert!(!Clock::new(amsterdam("2026-03-31", 23), &ams, 7).is_overdue(&task));
        // Just after midnight on 1 April (across the month end): overdue,
        // although it is still 31 March in UTC.
        let april = amsterdam("2026-04-01", 0) + 60_000;
        assert!(Clock::new(april, &ams, 7).is_overdue(&task));
        assert!(!Clock::new(april, &Zone::UTC, 7).is_overdue(&task));
        // Done tasks and tasks without a due day are never overdue.
        task.status = TaskStatus::Done;
        assert!(!Clock::new(april, &ams, 7).is_overdue(&task));
        task.status = TaskStatus::Todo;
        task.due_on = None;
        assert!(!Clock::new(april, &ams, 7).is_overdue(&task));
    }

    #[test]
    fn overdue_is_exact_across_a_daylight_saving_change() {
        let ams = zone("Europe/Amsterdam");
        let mut task = create_task(&input("Send invoices"), &anyone(), "m1", 0).unwrap();
        // The clocks go forward in the night of 29 March 2026.
        task.due_on = Some("2026-03-29".into());
        let last_minute = amsterdam("2026-03-30", 0) - 60_000;
        assert!(!Clock::new(last_minute, &ams, 7).is_overdue(&task));
        assert!(Clock::new(last_minute + 60_000, &ams, 7).is_overdue(&task));
    }

    #[test]
    fn stalled_means_no_status_change_for_the_threshold() {
        let ams = zone("Europe/Amsterdam");
        let moved = amsterdam("2026-03-25", 17);
        let mut task = create_task(&input("Fix the printer"), &anyone(), "m1", moved).unwrap();
        let day = 86_400_000;
        assert!(!Clock::new(moved + 3 * day - 1, &ams, 3).is_stalled(&task));
        assert!(Clock::new(moved + 3 * day, &ams, 3).is_stalled(&task));
        move_task(&mut task, TaskStatus::InProgress, "", "m1", moved + 3 * day).unwrap();
        assert!(!Clock::new(moved + 4 * day, &ams, 3).is_stalled(&task));
        task.status = TaskStatus::Done;
        assert!(!Clock::new(moved + 30 * day, &ams, 3).is_stalled(&task));
    }

    #[test]
    fn filters_sorting_and_workload() {
        let ams = zone("Europe/Amsterdam");
        let clock = Clock::new(amsterdam("2026-04-02", 9), &ams, 7);
        let mut late = create_task(&input("Late"), &anyone(), "m1", 0).unwrap();
        late.due_on = Some("2026-04-01".into());
        late.client_id = Some("c1".into());
        let mut soon = create_task(&input("Soon"), &anyone(), "m1", 0).unwrap();
        soon.due_on = Some("2026-04-03".into());
        soon.status = TaskStatus::InProgress;
        let mut undated = create_task(&input("Undated"), &anyone(), "m2", 0).unwrap();
        undated.due_on = None;
        undated.assignee = Some("m2".into());
        let mut done = create_task(&input("Done"), &anyone(), "m1", 0).unwrap();
        done.due_on = Some("2026-03-01".into());
        done.status = TaskStatus::Done;
        let all = [&undated, &done, &soon, &late];

        let shown = |filter: TaskFilter| -> Vec<&str> {
            let mut tasks: Vec<&Task> = all
                .iter()
                .copied()
                .filter(|t| filter.matches(t, &clock))
                .collect();
            tasks.sort_by(|a, b| by_due(a, b));
            tasks.iter().map(|t| t.title.as_str()).collect()
        };
        assert_eq!(
            shown(TaskFilter::default()),
            ["Done", "Late", "Soon", "Undated"]
        );
        let overdue = TaskFilter {
            overdue_only: true,
            ..Default::default()
        };
        assert_eq!(shown(overdue), ["Late"]);
        let m2 = TaskFilter {
            assignee: Some("m2".into()),
            ..Default::default()
        };
        assert_eq!(shown(m2), ["Undated"]);
        let in_progress = TaskFilter {
            status: Some(TaskStatus::InProgress),
            ..Default::default()
        };
        assert_eq!(shown(in_progress), ["Soon"]);
        let for_client = TaskFilter {
            client_id: Some("c1".into()),
            ..Default::default()
        };
        assert_eq!(shown(for_client), ["Late"]);
        let stalled = TaskFilter {
            stalled_only: true,
            ..Default::default()
        };
        assert_eq!(shown(stalled), ["Late", "Soon", "Undated"]);

        let load_of = |member: &str| {
            let mut load = Workload::default();
            all.iter()
                .filter(|t| t.assignee.as_deref() == Some(member))
                .for_each(|t| load.add(t, &clock));
            load
        };
        let loads: BTreeMap<&str, Workload> = [("m1", load_of("m1")), ("m2", load_of("m2"))].into();
        assert_eq!(
            loads["m1"],
            Workload {
                open: 2,
                overdue: 1
            }
        );
        assert_eq!(
            loads["m2"],
            Workload {
                open: 1,
                overdue: 0
            }
        );
    }

    #[test]
    fn the_same_due_day_puts_the_most_urgent_first() {
        let mut low = create_task(&input("A"), &anyone(), "m1", 0).unwrap();
        low.priority = Priority::Low;
        let mut urgent = create_task(&input("B"), &anyone(), "m1", 0).unwrap();
        urgent.priority = Priority::Urgent;
        assert_eq!(by_due(&urgent, &low), std::cmp::Ordering::Less);
    }

    /// A team document holding `task`, and a second device's copy of it.
    fn two_devices(task: &Task) -> (Document, Document) {
        let id = DocumentId::random();
        let mut a = Document::create(id.clone(), DocKind::Team);
        a.change(
            &ChangeMeta::new("m1", Action::TaskCreate, &task.title),
            0,
            |w| w.put(&task.id, task),
        )
        .unwrap();
        let b = Document::open(id, DocKind::Team, a.automerge().fork())
            .unwrap()
            .0;
        (a, b)
    }

    /// Applies `edit` to the stored task on `doc`, as the UI does.
    fn change_task(doc: &mut Document, id: &str, edit: impl FnOnce(&mut Task)) {
        doc.change(&ChangeMeta::new("m", Action::TaskEdit, ""), 0, |w| {
            let mut task: Task = w.get::<Task>(id)?.unwrap();
            edit(&mut task);
            w.put(id, &task)
        })
        .unwrap();
    }

    fn merge_both_ways(a: &mut Document, b: &mut Document) {
        let mut b_copy = b.automerge().clone();
        a.automerge_mut().merge(&mut b_copy).unwrap();
        let mut a_copy = a.automerge().clone();
        b.automerge_mut().merge(&mut a_copy).unwrap();
    }

    #[test]
    fn a_reassignment_and_a_status_change_on_two_devices_both_survive() {
        let task = create_task(&input("Call Acme"), &anyone(), "m1", 0).unwrap();
        let (mut ceo, mut assistant) = two_devices(&task);
        let original = TaskInput::from_task(&task);
        change_task(&mut ceo, &task.id, |t| {
            let mut edited = original.clone();
            edited.assignee = Some("m2".into());
            edit_task(t, &original, &edited, &anyone(), "m1", 100).unwrap();
        });
        change_task(&mut assistant, &task.id, |t| {
            move_task(t, TaskStatus::Blocked, "Waiting for Acme", "m2", 200).unwrap();
        });
        merge_both_ways(&mut ceo, &mut assistant);
        for doc in [&ceo, &assistant] {
            let merged: Task = doc.get::<Task>(&task.id).unwrap().unwrap();
            assert_eq!(merged.assignee.as_deref(), Some("m2"));
            assert_eq!(merged.status, TaskStatus::Blocked);
            assert_eq!(merged.blocked_reason, "Waiting for Acme");
            assert_eq!(
                (merged.status_changed_at, merged.status_changed_by.as_str()),
                (200, "m2")
            );
        }
    }

    #[test]
    fn comments_written_at_once_on_two_devices_are_both_kept() {
        let task = create_task(&input("Call Acme"), &anyone(), "m1", 0).unwrap();
        let (mut a, mut b) = two_devices(&task);
        change_task(&mut a, &task.id, |t| {
            add_comment(t, "Which number?", "m2", 10).unwrap();
        });
        change_task(&mut b, &task.id, |t| {
            add_comment(t, "Use the new one", "m1", 11).unwrap();
        });
        merge_both_ways(&mut a, &mut b);
        for doc in [&a, &b] {
            let merged: Task = doc.get::<Task>(&task.id).unwrap().unwrap();
            let texts: Vec<_> = comments_oldest_first(&merged)
                .iter()
                .map(|c| c.text.clone())
                .collect();
            assert_eq!(texts, ["Which number?", "Use the new one"]);
        }
    }
}
