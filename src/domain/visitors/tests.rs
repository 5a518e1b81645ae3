use super::*;

fn input() -> VisitInput {
    VisitInput {
        name: " Ana Ruiz ".into(),
        organisation: "Ruiz & Co".into(),
        host: "sam".into(),
        expected_day: "2026-03-30".into(),
        expected_time: "09:30".into(),
        notes: String::new(),
    }
}

fn expected() -> Visit {
    register_visit(&input(), |id| id == "sam", "lea", 1).unwrap()
}

#[test]
fn a_visit_is_registered_as_expected_for_a_member() {
    let visit = expected();
    assert_eq!(visit.name, "Ana Ruiz");
    assert_eq!(visit.host, "sam");
    assert_eq!(
        (visit.expected_day.as_str(), visit.expected_time.as_str()),
        ("2026-03-30", "09:30")
    );
    assert_eq!(visit.status, VisitStatus::Expected);
    let walk_in = VisitInput {
        expected_day: String::new(),
        expected_time: String::new(),
        ..input()
    };
    let visit = register_visit(&walk_in, |_| true, "lea", 1).unwrap();
    assert_eq!(expected_order(&visit), Some((String::new(), String::new())));
}

#[test]
fn bad_input_names_each_field() {
    let bad = VisitInput {
        name: " ".into(),
        host: "ghost".into(),
        expected_day: "30 March".into(),
        expected_time: "half past nine".into(),
        ..input()
    };
    let err = register_visit(&bad, |id| id == "sam", "lea", 0).unwrap_err();
    assert_eq!(err.for_field("name"), Some(&Problem::Required));
    assert_eq!(err.for_field("host"), Some(&Problem::Unknown));
    assert_eq!(err.for_field("expected_day"), Some(&Problem::InvalidDay));
    assert_eq!(err.for_field("expected_time"), Some(&Problem::InvalidTime));
    let no_day = VisitInput {
        host: String::new(),
        expected_day: String::new(),
        ..input()
    };
    let err = register_visit(&no_day, |_| true, "lea", 0).unwrap_err();
    assert_eq!(err.for_field("host"), Some(&Problem::Required));
    assert_eq!(err.for_field("expected_day"), Some(&Problem::Required));
}

#[test]
fn a_visit_goes_from_expected_to_arrived_to_left_once() {
    let mut visit = expected();
    let err = mark_left(&mut visit, 5).unwrap_err();
    assert_eq!(err.for_field("status"), Some(&Problem::NotArrived));
    mark_arrived(&mut visit, " B-7 ", [], 10).unwrap();
    assert_eq!(
        (visit.status, visit.arrived_at, visit.badge.as_str()),
        (VisitStatus::Arrived, Some(10), "B-7")
    );
    let err = mark_arrived(&mut visit, "", [], 11).unwrap_err();
    assert_eq!(err.for_field("status"), Some(&Problem::AlreadyDone));
    assert_eq!(visit.arrived_at, Some(10));
    let err = mark_left(&mut visit, 9).unwrap_err();
    assert_eq!(err.for_field("left_at"), Some(&Problem::BeforeArrival));
    assert!(visit.is_on_site());
    mark_left(&mut visit, 20).unwrap();
    assert_eq!((visit.status, visit.left_at), (VisitStatus::Left, Some(20)));
    let err = mark_left(&mut visit, 30).unwrap_err();
    assert_eq!(err.for_field("status"), Some(&Problem::AlreadyDone));
    assert_eq!(visit.left_at, Some(20));
}

#[test]
fn a_badge_is_worn_by_one_visitor_on_site_at_a_time() {
    let mut first = expected();
    mark_arrived(&mut first, "7", [], 10).unwrap();
    let mut second = expected();
    let err = mark_arrived(&mut second, "7", [&first], 11).unwrap_err();
    assert_eq!(err.for_field("badge"), Some(&Problem::BadgeInUse));
    assert_eq!(second.status, VisitStatus::Expected);
    // Badges are compared without regard to case: "b1" is the badge "B1".
    let mut lettered = expected();
    mark_arrived(&mut lettered, "B1", [], 10).unwrap();
    let err = mark_arrived(&mut second, "b1", [&lettered], 11).unwrap_err();
    assert_eq!(err.for_field("badge"), Some(&Problem::BadgeInUse));
    // Once the first visitor left, their badge can be handed out again;
    // visitors without a badge never clash.
    mark_left(&mut first, 12).unwrap();
    mark_arrived(&mut second, "7", [&first, &lettered], 13).unwrap();
    let mut third = expected();
    let mut fourth = expected();
    mark_arrived(&mut third, "", [], 14).unwrap();
    mark_arrived(&mut fourth, "", [&third], 15).unwrap();
}

#[test]
fn the_host_sees_their_visitors_on_site_and_only_while_there() {
    let mut visit = expected();
    assert_eq!(on_site_under(&visit), None);
    assert!(expected_order(&visit).is_some());
    mark_arrived(&mut visit, "", [], 10).unwrap();
    assert_eq!(on_site_under(&visit), Some(("sam".to_string(), 10)));
    assert_eq!(expected_order(&visit), None);
    assert_eq!(left_order(&visit), None);
    mark_left(&mut visit, 20).unwrap();
    assert_eq!(on_site_under(&visit), None);
    assert_eq!(left_order(&visit), Some(Reverse(20)));
}
