use super::*;
use crate::domain::calendar::zone;
use crate::domain::care::Cadence;
use crate::domain::checklists::{ChecklistStep, Done};
use crate::domain::clients::InteractionKind;
use crate::domain::tasks::Priority;

const HOUR: Millis = 3_600_000;
const DAY: Millis = 24 * HOUR;

fn amsterdam() -> Zone {
    zone("Europe/Amsterdam")
}

/// The instant of a local wall-clock time ("2026-03-29T23:30") in `tz`.
fn local(text: &str, tz: &Zone) -> Millis {
    tz.to_timestamp(text.parse::<jiff::civil::DateTime>().unwrap())
        .unwrap()
        .as_millisecond()
}

fn task(id: &str, status: TaskStatus, changed_at: Millis) -> Task {
    Task {
        id: id.into(),
        title: id.into(),
        description: String::new(),
        assignee: None,
        due_on: None,
        priority: Priority::Normal,
        status,
        blocked_reason: String::new(),
        client_id: None,
        created_at: 0,
        created_by: "m1".into(),
        status_changed_at: changed_at,
        status_changed_by: "m1".into(),
        comments: BTreeMap::new(),
        goal: None,
    }
}

#[test]
fn stalls_are_averaged_per_open_status_the_longest_first() {
    let now = 10 * DAY;
    let tasks = [
        task("a", TaskStatus::Todo, now - DAY),
        task("b", TaskStatus::Blocked, now - 2 * DAY),
        task("c", TaskStatus::Blocked, now - 6 * DAY),
        task("d", TaskStatus::Done, 0),
    ];
    assert_eq!(
        stalls_by_status(&tasks, now),
        [
            StatusStall {
                status: TaskStatus::Blocked,
                tasks: 2,
                average: 4 * DAY,
                longest: 6 * DAY
            },
            StatusStall {
                status: TaskStatus::Todo,
                tasks: 1,
                average: DAY,
                longest: DAY
            },
        ]
    );
}

#[test]
fn equal_stalls_keep_the_board_order_and_no_tasks_give_no_hint() {
    let now = 5 * DAY;
    let tasks = [
        task("b", TaskStatus::Blocked, now - DAY),
        task("p", TaskStatus::InProgress, now - DAY),
        task("t", TaskStatus::Todo, now - DAY),
    ];
    let order: Vec<_> = stalls_by_status(&tasks, now)
        .iter()
        .map(|s| s.status)
        .collect();
    assert_eq!(
        order,
        [
            TaskStatus::Todo,
            TaskStatus::InProgress,
            TaskStatus::Blocked
        ]
    );
    assert!(stalls_by_status(&[], now).is_empty());
    assert!(stalls_by_status(&[task("d", TaskStatus::Done, 0)], now).is_empty());
}

fn plan(client_id: &str, starts_on: &str) -> FollowUpPlan {
    FollowUpPlan {
        client_id: client_id.into(),
        cadence: Cadence::Custom,
        every_days: 30,
        channel: InteractionKind::Call,
        responsible: None,
        starts_on: starts_on.into(),
        set_at: 0,
        set_by: "m1".into(),
    }
}

#[test]
fn the_longest_overdue_follow_ups_come_first() {
    let tz = amsterdam();
    let now = local("2026-03-30T09:00", &tz);
    let plans = [
        plan("c-b", "2026-03-27"),
        plan("c-a", "2026-03-27"),
        plan("c-old", "2026-03-20"),
        plan("c-today", "2026-03-30"),
        plan("c-later", "2026-04-02"),
    ];
    let overdue = overdue_follow_ups(&plans, &[], now, &tz);
    let found: Vec<_> = overdue
        .iter()
        .map(|o| (o.client_id.as_str(), o.days))
        .collect();
    assert_eq!(found, [("c-old", 10), ("c-a", 3), ("c-b", 3)]);
    assert!(overdue_follow_ups(&[], &[], now, &tz).is_empty());
}

fn step(title: &str, due_on: Option<&str>, done_at: Option<Millis>) -> ChecklistStep {
    ChecklistStep {
        id: crate::domain::ids::new_id(),
        position: 0,
        title: title.into(),
        due_on: due_on.map(Into::into),
        owner: None,
        done: done_at.map(|at| Done {
            at,
            by: "m1".into(),
        }),
    }
}

fn checklist(kind: ChecklistKind, steps: Vec<ChecklistStep>) -> Checklist {
    Checklist {
        id: crate::domain::ids::new_id(),
        client_id: "c1".into(),
        kind,
        name: "Onboarding".into(),
        started_at: 0,
        started_by: "m1".into(),
        steps: steps.into_iter().map(|s| (s.id.clone(), s)).collect(),
    }
}

#[test]
fn late_steps_are_counted_per_title_the_most_often_late_first() {
    let tz = amsterdam();
    let now = local("2026-04-10T12:00", &tz);
    let on_time = local("2026-04-01T10:00", &tz);
    let late = local("2026-04-03T10:00", &tz);
    let lists = [
        checklist(
            ChecklistKind::Onboarding,
            vec![
                step("Kick-off", Some("2026-04-01"), Some(late)),
                step("Accounts", Some("2026-04-01"), Some(late)),
                step("Contract", Some("2026-04-01"), Some(on_time)),
                step("No due day", None, Some(late)),
            ],
        ),
        checklist(
            ChecklistKind::Onboarding,
            vec![
                step(" Kick-off ", Some("2026-04-05"), None),
                step("Accounts", Some("2026-04-10"), None),
            ],
        ),
        checklist(
            ChecklistKind::Offboarding,
            vec![step("Archive", Some("2026-04-01"), None)],
        ),
    ];
    assert_eq!(
        late_onboarding_steps(&lists, now, &tz),
        [
            LateStep {
                title: "Kick-off".into(),
                done_late: 1,
                overdue: 1
            },
            LateStep {
                title: "Accounts".into(),
                done_late: 1,
                overdue: 0
            },
        ]
    );
    assert!(late_onboarding_steps(&[], now, &tz).is_empty());
}

#[test]
fn lateness_counts_calendar_days_in_the_zone_across_the_dst_change() {
    // Summer time starts in Amsterdam on 29 March 2026. 00:30 on the
    // 30th is still the 29th in UTC, so counting UTC days would miss it.
    let tz = amsterdam();
    let now = local("2026-04-02T12:00", &tz);
    let last_minute = local("2026-03-29T23:30", &tz);
    let after_midnight = local("2026-03-30T00:30", &tz);
    assert_eq!(after_midnight - last_minute, HOUR);
    let lists = [checklist(
        ChecklistKind::Onboarding,
        vec![
            step("Welcome call", Some("2026-03-29"), Some(last_minute)),
            step("Contract", Some("2026-03-29"), Some(after_midnight)),
        ],
    )];
    let late: Vec<_> = late_onboarding_steps(&lists, now, &tz)
        .into_iter()
        .map(|s| s.title)
        .collect();
    assert_eq!(late, ["Contract"]);
    // A step due today is not overdue yet, even just after midnight.
    let due_today = [checklist(
        ChecklistKind::Onboarding,
        vec![step("Kick-off", Some("2026-03-30"), None)],
    )];
    assert!(late_onboarding_steps(&due_today, after_midnight, &tz).is_empty());
}
