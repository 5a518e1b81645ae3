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
