use std::collections::BTreeMap;

use icalendar::parser::{read_calendar, unfold, Component};

use super::*;
use crate::domain::meetings::Attendee;

fn meeting(title: &str, agenda: Vec<String>) -> Meeting {
    Meeting {
        id: "m1".into(),
        title: title.into(),
        // 09:30 in Amsterdam in summer time is 07:30 UTC.
        start: "2026-06-15T09:30".into(),
        zone: "Europe/Amsterdam".into(),
        duration_minutes: 90,
        place: "Room 2, first floor; or https://meet.example/abc".into(),
        attendees: vec![Attendee::Member("anna".into())],
        agenda,
        minutes: String::new(),
        follow_ups: BTreeMap::new(),
        created_at: 0,
        created_by: "me".into(),
    }
}

fn attendees() -> Vec<IcsAttendee> {
    vec![
        IcsAttendee {
            id: "anna".into(),
            name: "Anna de Vries".into(),
            email: String::new(),
        },
        IcsAttendee {
            id: "c1".into(),
            name: "Jo \"JJ\" Jansen, Acme; Sales".into(),
            email: "jo@acme.example".into(),
        },
    ]
}

/// 2026-06-01T12:00:00Z
const NOW: Millis = 1_780_315_200_000;

fn event<'a>(calendar: &'a icalendar::parser::Calendar<'a>) -> &'a Component<'a> {
    assert_eq!(calendar.components.len(), 1);
    let event = &calendar.components[0];
    assert_eq!(event.name.as_str(), "VEVENT");
    event
}

fn value(event: &Component<'_>, name: &str) -> String {
    event
        .find_prop(name)
        .unwrap_or_else(|| panic!("no {name}"))
        .val
        .as_str()
        .to_string()
}

#[test]
fn every_field_reads_back_from_a_parser() {
    let title = "Budget, plans; and \\ more\nsecond line";
    let long_item =
        "Review every supplier contract that renews before the end of the year ".repeat(3);
    let agenda = vec![
        "Welcome".to_string(),
        long_item.trim().to_string(),
        "Any other business, questions".to_string(),
    ];
    let text = ics(&meeting(title, agenda), &attendees(), NOW);

    let unfolded = unfold(&text);
    let calendar = read_calendar(&unfolded).expect("a valid calendar");
    let property = |name: &str| {
        calendar
            .properties
            .iter()
            .find(|p| p.name.as_str() == name)
            .map(|p| p.val.as_str().to_string())
    };
    assert_eq!(property("VERSION").as_deref(), Some("2.0"));
    assert_eq!(
        property("PRODID").as_deref(),
        Some("-//Handover//Meetings//EN")
    );
    let event = event(&calendar);
    assert_eq!(value(event, "UID"), "m1@handover");
    assert_eq!(value(event, "DTSTAMP"), "20260601T120000Z");
    assert_eq!(value(event, "DTSTART"), "20260615T073000Z");
    assert_eq!(value(event, "DTEND"), "20260615T090000Z");
    assert_eq!(value(event, "SUMMARY"), title);
    assert_eq!(
        value(event, "LOCATION"),
        "Room 2, first floor; or https://meet.example/abc"
    );
    assert_eq!(
        value(event, "DESCRIPTION"),
        format!(
            "1. Welcome\n2. {}\n3. Any other business, questions",
            long_item.trim()
        )
    );
    let people: Vec<(String, String)> = event
        .properties
        .iter()
        .filter(|p| p.name.as_str() == "ATTENDEE")
        .map(|p| {
            let cn = p
                .params
                .iter()
                .find(|param| param.key.as_str() == "CN")
                .and_then(|param| param.val.as_ref())
                .map(|v| v.as_str().trim_matches('"').to_string())
                .unwrap_or_default();
            (cn, p.val.as_str().to_string())
        })
        .collect();
    assert_eq!(
        people,
        [
            ("Anna de Vries".to_string(), "urn:handover:anna".to_string()),
            (
                "Jo JJ Jansen, Acme; Sales".to_string(),
                "mailto:jo@acme.example".to_string()
            ),
        ]
    );
}

#[test]
fn lines_end_in_crlf_and_fold_at_75_octets_without_splitting_a_character() {
    let agenda = vec!["Ökonomi och årsplan för Malmö ".repeat(10)];
    let text = ics(&meeting("Årsmöte", agenda), &attendees(), NOW);
    assert!(text.ends_with("\r\n"));
    assert!(!text.replace("\r\n", "").contains('\n'));
    let lines: Vec<&str> = text.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert!(lines.iter().all(|line| line.len() <= 75), "{lines:#?}");
    let continued = lines.iter().filter(|line| line.starts_with(' ')).count();
    assert!(continued >= 4, "the long description folds: {lines:#?}");
    // Unfolding gives back the escaped text exactly.
    assert!(unfold(&text).contains(&escape(&format!(
        "1. {}",
        "Ökonomi och årsplan för Malmö ".repeat(10)
    ))));
}

#[test]
fn text_is_escaped() {
    assert_eq!(escape("a,b;c\\d\ne\r\nf"), "a\\,b\\;c\\\\d\\ne\\nf");
    assert_eq!(parameter("Jo \"JJ\"\tJansen"), "Jo JJJansen");
    assert_eq!(fold(&"x".repeat(75)), format!("{}\r\n", "x".repeat(75)));
    assert_eq!(
        fold(&"x".repeat(76)),
        format!("{}\r\n x\r\n", "x".repeat(75))
    );
}
