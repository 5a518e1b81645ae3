use super::*;
use crate::domain::calendar::day_text;
use crate::domain::care::fixtures::*;

#[test]
fn daily_updates_skip_the_weekend_across_a_month_end() {
    let daily = plan(Cadence::DailyUpdate, 0, "2026-01-26");
    let tz = amsterdam();
    // Called on Friday 30 January: next due Monday 2 February.
    let log = [contact(
        InteractionKind::Call,
        local("2026-01-30T16:00", &tz),
    )];
    assert_eq!(
        next(&daily, &log, "2026-01-31T09:00"),
        ("2026-02-02".into(), DueState::Upcoming { in_days: 2 })
    );
    assert_eq!(
        next(&daily, &log, "2026-02-03T09:00"),
        ("2026-02-02".into(), DueState::Overdue { days: 1 })
    );
    // Nothing logged at all: due from the start day on.
    assert_eq!(
        next(&daily, &[], "2026-01-28T09:00"),
        ("2026-01-26".into(), DueState::Overdue { days: 2 })
    );
}

#[test]
fn custom_and_weekly_intervals_count_from_the_start_day_over_31_january() {
    let every_two = plan(Cadence::Custom, 2, "2026-01-30");
    let tz = amsterdam();
    let log = [contact(
        InteractionKind::Email,
        local("2026-01-30T10:00", &tz),
    )];
    assert_eq!(
        next(&every_two, &log, "2026-02-01T08:00"),
        ("2026-02-01".into(), DueState::DueToday)
    );
    let weekly = plan(Cadence::WeeklyUpdate, 0, "2026-01-27");
    let log = [contact(
        InteractionKind::Meeting,
        local("2026-01-27T10:00", &tz),
    )];
    assert_eq!(
        next(&weekly, &log, "2026-01-31T23:59"),
        ("2026-02-03".into(), DueState::Upcoming { in_days: 3 })
    );
}

#[test]
fn the_monday_message_is_due_on_monday_in_local_time_when_clocks_go_forward() {
    let monday = plan(Cadence::MondayMessage, 0, "2026-03-23");
    let tz = amsterdam();
    let sent = [contact(
        InteractionKind::Message,
        local("2026-03-23T09:00", &tz),
    )];
    // 00:30 on Monday 30 March in Amsterdam is still Sunday in UTC.
    let now = local("2026-03-30T00:30", &tz);
    assert_eq!(day_text(day_of(now, &Zone::UTC)), "2026-03-29");
    assert_eq!(
        next(&monday, &sent, "2026-03-30T00:30"),
        ("2026-03-30".into(), DueState::DueToday)
    );
    // A message late on Sunday (before the due day) does not clear it...
    let mut log = sent.to_vec();
    log.push(contact(
        InteractionKind::Message,
        local("2026-03-29T23:30", &tz),
    ));
    assert_eq!(
        next(&monday, &log, "2026-03-30T08:00").1,
        DueState::DueToday
    );
    // ...one just after midnight on Monday does.
    log.push(contact(
        InteractionKind::Message,
        local("2026-03-30T00:10", &tz),
    ));
    assert_eq!(
        next(&monday, &log, "2026-03-30T08:00"),
        ("2026-04-06".into(), DueState::Upcoming { in_days: 7 })
    );
}

#[test]
fn a_weekly_update_turns_overdue_at_local_midnight_when_clocks_go_back() {
    let weekly = plan(Cadence::WeeklyUpdate, 0, "2026-10-18");
    let tz = amsterdam();
    let log = [contact(
        InteractionKind::Call,
        local("2026-10-18T11:00", &tz),
    )];
    // Sunday 25 October has 25 hours; 23:30 local is 22:30 UTC.
    assert_eq!(
        next(&weekly, &log, "2026-10-25T23:30"),
        ("2026-10-25".into(), DueState::DueToday)
    );
    assert_eq!(
        next(&weekly, &log, "2026-10-26T00:30"),
        ("2026-10-25".into(), DueState::Overdue { days: 1 })
    );
}

#[test]
fn questions_and_complaints_do_not_count_as_a_follow_up() {
    let daily = plan(Cadence::DailyUpdate, 0, "2026-02-02");
    let tz = amsterdam();
    let log = [
        contact(InteractionKind::Question, local("2026-02-02T10:00", &tz)),
        contact(InteractionKind::Complaint, local("2026-02-02T11:00", &tz)),
    ];
    assert_eq!(next(&daily, &log, "2026-02-02T12:00").1, DueState::DueToday);
}

#[test]
fn the_due_list_holds_only_due_plans_the_longest_waiting_first() {
    let tz = amsterdam();
    let mut late = plan(Cadence::WeeklyUpdate, 0, "2026-01-05");
    late.client_id = "late".into();
    let mut today = plan(Cadence::DailyUpdate, 0, "2026-01-14");
    today.client_id = "today".into();
    let mut later = plan(Cadence::MondayMessage, 0, "2026-01-15");
    later.client_id = "later".into();
    let plans = [today, later, late];
    let due = due_follow_ups(&plans, &[], local("2026-01-14T09:00", &tz), &tz);
    let ids: Vec<_> = due.iter().map(|(p, _)| p.client_id.as_str()).collect();
    assert_eq!(ids, ["late", "today"]);
    assert_eq!(due[0].1.state, DueState::Overdue { days: 9 });
}

#[test]
fn plans_are_validated() {
    let bad = FollowUpInput {
        cadence: Cadence::Custom,
        every_days: "0".into(),
        channel: InteractionKind::Complaint,
        responsible: Some("ghost".into()),
        starts_on: "tomorrow".into(),
    };
    let err = set_follow_up("c1", &bad, |id| id == "m1", "m1", 0).unwrap_err();
    assert_eq!(
        err.for_field("every_days"),
        Some(&Problem::NotAPositiveNumber)
    );
    assert_eq!(err.for_field("starts_on"), Some(&Problem::InvalidDay));
    assert_eq!(err.for_field("channel"), Some(&Problem::Unknown));
    assert_eq!(err.for_field("responsible"), Some(&Problem::Unknown));

    let good = FollowUpInput {
        cadence: Cadence::WeeklyUpdate,
        every_days: "junk ignored".into(),
        channel: InteractionKind::Email,
        responsible: Some("m1".into()),
        starts_on: "2026-03-02".into(),
    };
    let plan = set_follow_up("c1", &good, |id| id == "m1", "m1", 7).unwrap();
    assert_eq!((plan.every_days, plan.set_at), (0, 7));
    assert_eq!(FollowUpInput::from_plan(&plan).every_days, "");
}
