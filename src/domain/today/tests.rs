use std::collections::HashSet;

use super::*;
use crate::domain::calendar::{start_of, zone};
use crate::domain::care::DueState;
use crate::domain::checklists::{default_template, start_checklist};
use crate::domain::meetings::{create_meeting, MeetingInput};
use crate::domain::messages::{take_message, MessageInput, Urgency};
use crate::domain::register::{register_entry, EntryInput, Rules};
use crate::domain::supplies::{add_item, ItemInput};
use crate::domain::tasks::{create_task, move_task, Known, TaskInput, TaskStatus};
use crate::domain::visitors::{register_visit, VisitInput};

fn amsterdam() -> Zone {
    zone("Europe/Amsterdam")
}

fn day(text: &str) -> Day {
    parse_day(text).unwrap()
}

/// Noon on `text` in Amsterdam.
fn noon(text: &str) -> Millis {
    start_of(day(text), &amsterdam()) + 12 * 3_600_000
}

const TODAY: &str = "2026-03-30";

fn task_due(title: &str, due_on: &str) -> Task {
    let known = Known {
        assignee: |_: &str| true,
        client: |_: &str| true,
    };
    let input = TaskInput {
        title: title.into(),
        due_on: due_on.into(),
        ..TaskInput::default()
    };
    create_task(&input, &known, "m1", noon("2026-03-01")).unwrap()
}

fn message_from(from: &str, urgency: Urgency) -> Message {
    let input = MessageInput {
        from: from.into(),
        urgency,
        recipient: "member:m1".into(),
        body: "Please call back".into(),
        ..MessageInput::default()
    };
    take_message(&input, |_| true, "m2", noon(TODAY) - 3_600_000).unwrap()
}

fn meeting_on(title: &str, day: &str, time: &str) -> Meeting {
    let input = MeetingInput {
        title: title.into(),
        day: day.into(),
        time: time.into(),
        duration: "30".into(),
        ..MeetingInput::default()
    };
    create_meeting(
        &input,
        "Europe/Amsterdam",
        |_| true,
        "m1",
        noon("2026-03-01"),
    )
    .unwrap()
}

fn visit_on(name: &str, day: &str) -> Visit {
    let input = VisitInput {
        name: name.into(),
        host: "m1".into(),
        expected_day: day.into(),
        ..VisitInput::default()
    };
    register_visit(&input, |_| true, "m1", noon("2026-03-01")).unwrap()
}

fn entry_reviewed_on(title: &str, review_on: &str) -> RegisterEntry {
    let input = EntryInput {
        title: title.into(),
        owner: "m1".into(),
        location: "Cabinet 2".into(),
        review_on: review_on.into(),
        ..EntryInput::default()
    };
    let rules = Rules {
        is_member: |_: &str| true,
        leadership: false,
    };
    register_entry(&input, &rules, "m1", noon("2026-03-01")).unwrap()
}

fn item(name: &str, stock: &str, reorder_level: &str) -> SupplyItem {
    let input = ItemInput {
        name: name.into(),
        unit: "box".into(),
        reorder_level: reorder_level.into(),
        vendor: None,
    };
    add_item(&input, stock, |_| true, "m1", noon("2026-03-01")).unwrap()
}

#[test]
fn open_tasks_due_today_or_before_are_listed_and_others_are_not() {
    let today = day(TODAY);
    let overdue = task(&task_due("Send the invoice", "2026-03-27"), today).unwrap();
    assert_eq!(overdue.days_late(today), 3);
    assert_eq!(overdue.href, format!("/team/tasks/{}", overdue.record));
    assert!(task(&task_due("Book the room", TODAY), today).is_some());
    assert!(task(&task_due("Next week", "2026-04-02"), today).is_none());
    assert!(task(&task_due("Someday", ""), today).is_none());

    let mut done = task_due("Filed", "2026-03-20");
    move_task(&mut done, TaskStatus::Done, "", "m1", noon(TODAY)).unwrap();
    assert!(task(&done, today).is_none(), "a finished task is not due");
}

#[test]
fn only_open_checklist_steps_due_by_today_are_listed_under_their_kind() {
    let zone = amsterdam();
    let template = default_template(ChecklistKind::Onboarding, str::to_string, "m1", 0);
    // Started 7 days ago: the steps at day 0, 2, 5 and 7 are due by today.
    let mut checklist = start_checklist(&template, "c1", "m1", noon("2026-03-23"), &zone);
    let first = checklist.ordered_steps()[0].id.clone();
    checklist
        .complete_step(&first, "m1", noon("2026-03-23"))
        .unwrap();

    let items = checklist_steps(&checklist, day(TODAY));
    assert_eq!(items.len(), 3, "{items:?}");
    assert!(items.iter().all(|i| i.kind == DueKind::OnboardingStep));
    assert!(items.iter().all(|i| i.href == "/clients/c1"));
    assert!(items.iter().all(|i| i.record != first));
    assert_eq!(
        items
            .iter()
            .filter(|i| i.days_late(day(TODAY)) == 0)
            .count(),
        1,
        "the kick-off at day 7 is due today"
    );

    let offboarding = default_template(ChecklistKind::Offboarding, str::to_string, "m1", 0);
    let leaving = start_checklist(&offboarding, "c2", "m1", noon(TODAY), &zone);
    let items = checklist_steps(&leaving, day(TODAY));
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].kind, DueKind::OffboardingStep);
}

#[test]
fn a_follow_up_is_listed_when_due_or_overdue_with_the_clients_name() {
    let overdue = NextFollowUp {
        due: day("2026-03-27"),
        state: DueState::Overdue { days: 3 },
    };
    let item = follow_up("c1", "Acme", overdue).unwrap();
    assert_eq!(
        (item.title.as_str(), item.href.as_str()),
        ("Acme", "/clients/c1")
    );
    let upcoming = NextFollowUp {
        due: day("2026-04-01"),
        state: DueState::Upcoming { in_days: 2 },
    };
    assert!(follow_up("c1", "Acme", upcoming).is_none());
}

#[test]
fn open_messages_wait_on_today_and_a_done_one_does_not() {
    let today = day(TODAY);
    let urgent = message(&message_from("Ann", Urgency::Urgent), today).unwrap();
    assert!(urgent.urgent);
    assert_eq!(urgent.days_late(today), 0);
    let mut done = message_from("Bo", Urgency::Normal);
    crate::domain::messages::mark_done(&mut done, "m1", noon(TODAY)).unwrap();
    assert!(message(&done, today).is_none());
}

#[test]
fn meetings_and_visitors_are_today_only() {
    let zone = amsterdam();
    let today = day(TODAY);
    let standup = meeting(&meeting_on("Stand-up", TODAY, "09:00"), today, &zone).unwrap();
    assert_eq!(standup.at, Some(start_of(today, &zone) + 9 * 3_600_000));
    assert!(meeting(
        &meeting_on("Yesterday", "2026-03-29", "09:00"),
        today,
        &zone
    )
    .is_none());
    // Just before midnight in Amsterdam is still today, whatever UTC says.
    assert!(meeting(&meeting_on("Late", TODAY, "23:30"), today, &zone).is_some());

    assert!(visitor(&visit_on("Eva", TODAY), today).is_some());
    assert!(visitor(&visit_on("Any day", ""), today).is_some());
    assert!(visitor(&visit_on("Tomorrow", "2026-03-31"), today).is_none());
    assert!(visitor(&visit_on("Never came", "2026-03-27"), today).is_none());
}

#[test]
fn reviews_due_and_supplies_to_reorder_are_listed() {
    let today = day(TODAY);
    let review = document_review(&entry_reviewed_on("Lease", "2026-03-01"), today).unwrap();
    assert_eq!(review.days_late(today), 29);
    assert!(document_review(&entry_reviewed_on("Policy", "2026-04-15"), today).is_none());
    assert!(document_review(&entry_reviewed_on("No review", ""), today).is_none());

    assert!(reorder(&item("Paper", "2", "5"), today).is_some());
    assert!(reorder(&item("Pens", "50", "10"), today).is_none());
}

#[test]
fn the_agenda_puts_urgent_first_then_the_longest_overdue_then_the_day_in_time_order() {
    let zone = amsterdam();
    let today = day(TODAY);
    let items = vec![
        reorder(&item("Paper", "0", "5"), today).unwrap(),
        meeting(&meeting_on("Afternoon", TODAY, "15:00"), today, &zone).unwrap(),
        task(&task_due("Late a day", "2026-03-29"), today).unwrap(),
        message(&message_from("Normal caller", Urgency::Normal), today).unwrap(),
        meeting(&meeting_on("Morning", TODAY, "08:00"), today, &zone).unwrap(),
        task(&task_due("Late a week", "2026-03-23"), today).unwrap(),
        message(&message_from("Urgent caller", Urgency::Urgent), today).unwrap(),
        task(&task_due("Today", TODAY), today).unwrap(),
    ];
    let titles: Vec<String> = agenda(items.clone(), today)
        .into_iter()
        .map(|i| i.title)
        .collect();
    assert_eq!(
        titles,
        [
            "Urgent caller",
            "Late a week",
            "Late a day",
            "Morning",
            "Normal caller",
            "Afternoon",
            "Today",
            "Paper"
        ]
    );
    assert_eq!(overdue_count(&items, today), 2);
    let keys: std::collections::HashSet<String> = items.iter().map(DueItem::key).collect();
    assert_eq!(keys.len(), items.len(), "every item has its own key");
}

#[test]
fn reminders_come_for_what_falls_due_while_open_and_before_meetings() {
    let zone = amsterdam();
    let today = day(TODAY);
    let nine = start_of(today, &zone) + 9 * 3_600_000;
    let at_open = vec![
        task(&task_due("Already overdue", "2026-03-27"), today).unwrap(),
        meeting(&meeting_on("Stand-up", TODAY, "09:00"), today, &zone).unwrap(),
    ];
    let opened = nine - 3_600_000;
    let mut seen = already_seen(&at_open, opened);
    assert!(
        to_remind(&at_open, &seen, opened).is_empty(),
        "opening is not a burst"
    );

    // An urgent message arrives; the meeting is five minutes away.
    let mut later = at_open.clone();
    later.push(message(&message_from("Ann", Urgency::Urgent), today).unwrap());
    let now = nine - 5 * 60_000;
    let titles: Vec<&str> = to_remind(&later, &seen, now)
        .iter()
        .map(|i| i.title.as_str())
        .collect();
    assert_eq!(titles, ["Stand-up", "Ann"]);
    seen.extend(later.iter().map(DueItem::key));
    assert!(to_remind(&later, &seen, now).is_empty(), "once each");

    // A meeting long past is not reminded of when first seen.
    let past = vec![meeting(&meeting_on("Early", TODAY, "07:00"), today, &zone).unwrap()];
    assert!(to_remind(&past, &HashSet::new(), nine).is_empty());
    assert!(already_seen(&past, nine).contains(&past[0].key()));
}
