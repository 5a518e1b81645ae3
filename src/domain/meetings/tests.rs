use super::*;
use crate::domain::calendar::day_text;
use crate::domain::tasks::TaskStatus;

fn anna() -> Attendee {
    Attendee::Member("anna".into())
}

fn bram() -> Attendee {
    Attendee::Member("bram".into())
}

fn jo() -> Attendee {
    Attendee::Contact {
        client: "acme".into(),
        contact: "jo".into(),
    }
}

fn input(
    title: &str,
    day: &str,
    time: &str,
    minutes: u32,
    attendees: Vec<Attendee>,
) -> MeetingInput {
    MeetingInput {
        title: title.into(),
        day: day.into(),
        time: time.into(),
        duration: minutes.to_string(),
        place: "Room 2".into(),
        attendees,
        agenda: "Welcome\n\n  Budget  \n".into(),
    }
}

fn plan(title: &str, start: &str, zone: &str, minutes: u32, attendees: Vec<Attendee>) -> Meeting {
    let (day, time) = start.split_once('T').unwrap();
    create_meeting(
        &input(title, day, time, minutes, attendees),
        zone,
        |_| true,
        "me",
        0,
    )
    .unwrap()
}

const AMSTERDAM: &str = "Europe/Amsterdam";

#[test]
fn a_meeting_keeps_its_local_start_and_zone() {
    let meeting = plan(
        "Weekly sync",
        "2026-03-30T09:30",
        AMSTERDAM,
        45,
        vec![anna()],
    );
    assert_eq!(meeting.start, "2026-03-30T09:30");
    assert_eq!(meeting.zone, AMSTERDAM);
    assert_eq!(meeting.agenda, ["Welcome", "Budget"]);
    // Summer time has begun: 09:30 in Amsterdam is 07:30 UTC.
    let (start, end) = meeting.interval().unwrap();
    assert_eq!(start, instant("2026-03-30T07:30", "UTC").unwrap());
    assert_eq!(end - start, 45 * 60_000);
    assert_eq!(MeetingInput::from_meeting(&meeting).time, "09:30");
    // Seconds from a time input are dropped.
    let with_seconds = create_meeting(
        &input("x", "2026-03-30", "09:30:00", 30, vec![]),
        "UTC",
        |_| true,
        "me",
        0,
    )
    .unwrap();
    assert_eq!(with_seconds.start, "2026-03-30T09:30");
}

#[test]
fn every_bad_field_is_reported() {
    let bad = MeetingInput {
        title: "  ".into(),
        day: "30/03/2026".into(),
        time: "25:00".into(),
        duration: "0".into(),
        place: "x".repeat(PLACE_MAX + 1),
        attendees: vec![anna(), bram()],
        agenda: "y".repeat(AGENDA_MAX + 1),
    };
    let err = create_meeting(&bad, "UTC", |a| *a == anna(), "me", 0).unwrap_err();
    assert_eq!(err.for_field("title"), Some(&Problem::Required));
    assert_eq!(err.for_field("day"), Some(&Problem::InvalidDay));
    assert_eq!(err.for_field("time"), Some(&Problem::InvalidTime));
    assert_eq!(
        err.for_field("duration"),
        Some(&Problem::NotAPositiveNumber)
    );
    assert_eq!(
        err.for_field("place"),
        Some(&Problem::TooLong { max: PLACE_MAX })
    );
    assert_eq!(err.for_field("attendees"), Some(&Problem::Unknown));
    assert_eq!(
        err.for_field("agenda"),
        Some(&Problem::TooLong { max: AGENDA_MAX })
    );
    for duration in ["", "abc", "-5", "1000"] {
        let err = create_meeting(
            &MeetingInput {
                duration: duration.into(),
                ..input("x", "2026-03-30", "09:00", 30, vec![])
            },
            "UTC",
            |_| true,
            "me",
            0,
        )
        .unwrap_err();
        assert_eq!(
            err.for_field("duration"),
            Some(&Problem::NotAPositiveNumber),
            "{duration:?}"
        );
    }
}

#[test]
fn an_attendee_chosen_twice_comes_once() {
    let meeting = plan(
        "x",
        "2026-03-30T09:00",
        "UTC",
        30,
        vec![anna(), jo(), anna()],
    );
    assert_eq!(meeting.attendees, [anna(), jo()]);
}

#[test]
fn attendee_codes_round_trip() {
    for attendee in [anna(), jo()] {
        assert_eq!(Attendee::from_code(&attendee.code()), Some(attendee));
    }
    for bad in ["", "m:", "x:1", "c:acme", "c::jo", "m:a:b"] {
        assert_eq!(Attendee::from_code(bad), None, "{bad}");
    }
}

#[test]
fn overlapping_meetings_with_a_shared_attendee_clash() {
    let planned = plan(
        "Planning",
        "2026-03-30T10:00",
        "UTC",
        60,
        vec![anna(), bram()],
    );
    let overlapping = plan("Sync", "2026-03-30T10:30", "UTC", 60, vec![bram(), jo()]);
    let elsewhere = plan("Lunch", "2026-03-30T10:15", "UTC", 30, vec![jo()]);
    assert_eq!(
        clashes(&planned, [&overlapping, &elsewhere]),
        [Clash {
            attendee: bram(),
            meeting: overlapping.id.clone()
        }]
    );
    // One meeting wholly inside the other clashes too.
    let inside = plan("Call", "2026-03-30T10:20", "UTC", 10, vec![anna()]);
    assert_eq!(clashes(&planned, [&inside]).len(), 1);
}

#[test]
fn meetings_that_only_touch_do_not_clash() {
    let planned = plan("Planning", "2026-03-30T10:00", "UTC", 60, vec![anna()]);
    let before = plan("Before", "2026-03-30T09:00", "UTC", 60, vec![anna()]);
    let after = plan("After", "2026-03-30T11:00", "UTC", 30, vec![anna()]);
    assert!(clashes(&planned, [&before, &after]).is_empty());
    // One minute more is a clash.
    let longer = plan("Before", "2026-03-30T09:00", "UTC", 61, vec![anna()]);
    assert_eq!(clashes(&planned, [&longer]).len(), 1);
}

#[test]
fn meetings_in_different_zones_compare_in_absolute_time() {
    // 10:00 in Amsterdam (summer time) is 08:00 UTC and 09:00 in London.
    let amsterdam = plan("Board", "2026-06-15T10:00", AMSTERDAM, 60, vec![anna()]);
    let london = plan(
        "Call",
        "2026-06-15T09:30",
        "Europe/London",
        30,
        vec![anna()],
    );
    assert_eq!(clashes(&amsterdam, [&london]).len(), 1);
    // The same wall-clock time in London is an hour later: no clash.
    let later = plan(
        "Call",
        "2026-06-15T10:00",
        "Europe/London",
        30,
        vec![anna()],
    );
    assert!(clashes(&amsterdam, [&later]).is_empty());
    // Ending at 09:00 London time is ending as the Amsterdam one starts.
    let touching = plan(
        "Call",
        "2026-06-15T08:00",
        "Europe/London",
        60,
        vec![anna()],
    );
    assert!(clashes(&amsterdam, [&touching]).is_empty());
}

#[test]
fn a_meeting_being_edited_does_not_clash_with_itself() {
    let saved = plan("Planning", "2026-03-30T10:00", "UTC", 60, vec![anna()]);
    let mut edited = saved.clone();
    let original = MeetingInput::from_meeting(&saved);
    let moved = MeetingInput {
        time: "10:30".into(),
        ..original.clone()
    };
    edit_meeting(&mut edited, &original, &moved, "UTC", |_| true).unwrap();
    assert_eq!(edited.start, "2026-03-30T10:30");
    assert!(clashes(&edited, [&saved]).is_empty());
}

#[test]
fn the_clash_window_reaches_back_by_the_longest_meeting() {
    let planned = plan("Planning", "2026-03-30T10:00", "UTC", 60, vec![anna()]);
    let (start, end) = planned.interval().unwrap();
    let (from, to) = clash_window(&planned).unwrap();
    assert_eq!(to, end);
    assert_eq!(start - from, Millis::from(DURATION_MAX) * 60_000);
    // The longest meeting starting at the window's start ends as the planned
    // one starts; starting a minute later, inside the window, it clashes.
    let longest = plan(
        "Offsite",
        "2026-03-29T17:21",
        "UTC",
        DURATION_MAX,
        vec![anna()],
    );
    assert_eq!(longest.starts_at(), Some(from));
    assert!(clashes(&planned, [&longest]).is_empty());
    let later = plan(
        "Offsite",
        "2026-03-29T17:22",
        "UTC",
        DURATION_MAX,
        vec![anna()],
    );
    assert_eq!(clashes(&planned, [&later]).len(), 1);
}

#[test]
fn an_edit_writes_only_what_changed_and_keeps_the_zone_of_an_unchanged_start() {
    let saved = plan("Planning", "2026-03-30T10:00", AMSTERDAM, 60, vec![anna()]);
    let original = MeetingInput::from_meeting(&saved);
    // Meanwhile another device renamed it.
    let mut current = saved.clone();
    current.title = "Planning Q2".into();
    let edited = MeetingInput {
        place: "Room 5".into(),
        attendees: vec![anna(), jo()],
        ..original.clone()
    };
    edit_meeting(&mut current, &original, &edited, "UTC", |_| true).unwrap();
    assert_eq!(current.title, "Planning Q2");
    assert_eq!(current.place, "Room 5");
    assert_eq!(current.attendees, [anna(), jo()]);
    assert_eq!(current.zone, AMSTERDAM);
    assert_eq!(current.agenda, saved.agenda);
    // A new time is in the device's zone.
    let later = MeetingInput {
        time: "11:00".into(),
        ..edited.clone()
    };
    edit_meeting(&mut current, &edited, &later, "UTC", |_| true).unwrap();
    assert_eq!(
        (current.start.as_str(), current.zone.as_str()),
        ("2026-03-30T11:00", "UTC")
    );
}

#[test]
fn an_attendee_who_left_stays_on_an_edited_meeting() {
    let saved = plan("Planning", "2026-03-30T10:00", "UTC", 60, vec![anna()]);
    let original = MeetingInput::from_meeting(&saved);
    let mut current = saved.clone();
    let edited = MeetingInput {
        title: "Planning 2".into(),
        ..original.clone()
    };
    // Anna is no longer an active member.
    edit_meeting(&mut current, &original, &edited, "UTC", |_| false).unwrap();
    assert_eq!(current.attendees, [anna()]);
    let with_bram = MeetingInput {
        attendees: vec![anna(), bram()],
        ..edited
    };
    let err =
        edit_meeting(&mut current, &original, &with_bram, "UTC", |a| *a == anna()).unwrap_err();
    assert_eq!(err.for_field("attendees"), Some(&Problem::Unknown));
}

#[test]
fn minutes_are_checked() {
    let mut meeting = plan("Planning", "2026-03-30T10:00", "UTC", 60, vec![]);
    set_minutes(&mut meeting, "  Decided: new supplier.\n").unwrap();
    assert_eq!(meeting.minutes, "Decided: new supplier.");
    let err = set_minutes(&mut meeting, &"x".repeat(MINUTES_MAX + 1)).unwrap_err();
    assert_eq!(
        err.for_field("minutes"),
        Some(&Problem::TooLong { max: MINUTES_MAX })
    );
}

#[test]
fn a_follow_up_task_links_back_to_its_meeting() {
    let meeting = plan("Planning", "2026-03-30T10:00", "UTC", 60, vec![anna()]);
    let known = Known {
        assignee: |id: &str| id == "anna",
        client: |_: &str| false,
    };
    let task = follow_up_task(
        &meeting,
        &TaskInput {
            title: "Call the new supplier".into(),
            description: "From the minutes.".into(),
            assignee: Some("anna".into()),
            due_on: "2026-04-03".into(),
            ..Default::default()
        },
        &known,
        "me",
        5,
    )
    .unwrap();
    assert_eq!(task.status, TaskStatus::Todo);
    assert_eq!(task.assignee.as_deref(), Some("anna"));
    assert_eq!(
        task.description,
        format!("From the minutes.\n\n/meetings/{}", meeting.id)
    );
    let bare = follow_up_task(
        &meeting,
        &TaskInput {
            title: "x".into(),
            ..Default::default()
        },
        &known,
        "me",
        5,
    )
    .unwrap();
    assert_eq!(bare.description, meeting_path(&meeting.id));
    let err = follow_up_task(&meeting, &TaskInput::default(), &known, "me", 5).unwrap_err();
    assert_eq!(err.for_field("title"), Some(&Problem::Required));
}

#[test]
fn weeks_start_on_monday_and_windows_follow_the_zone() {
    let sunday = parse_day("2026-03-29").unwrap();
    assert_eq!(day_text(week_start(sunday)), "2026-03-23");
    let monday = parse_day("2026-03-30").unwrap();
    assert_eq!(week_start(monday), monday);
    // The day the clocks go forward is 23 hours long in Amsterdam.
    let amsterdam = zone(AMSTERDAM);
    let (from, to) = days_window(sunday, sunday, &amsterdam);
    assert_eq!(to - from, 23 * 3_600_000);
    let (from, to) = days_window(monday, add_days(monday, 6), &amsterdam);
    assert_eq!(to - from, 7 * 24 * 3_600_000);
}
