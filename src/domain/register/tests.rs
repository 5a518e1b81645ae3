use jiff::Timestamp;

use super::*;
use crate::domain::calendar::{day_of, zone};

fn rules(leadership: bool) -> Rules<impl Fn(&str) -> bool> {
    Rules {
        is_member: |id: &str| id == "ines" || id == "tom",
        leadership,
    }
}

fn input() -> EntryInput {
    EntryInput {
        title: " Cleaning contract ".into(),
        kind: DocumentKind::Contract,
        owner: "ines".into(),
        location: "Cabinet B, shelf 2".into(),
        review_on: "2026-06-30".into(),
        ..Default::default()
    }
}

fn day(text: &str) -> Day {
    parse_day(text).unwrap()
}

#[test]
fn an_entry_is_registered_with_its_fields_trimmed() {
    let entry = register_entry(&input(), &rules(false), "tom", 7).unwrap();
    assert_eq!(entry.title, "Cleaning contract");
    assert_eq!(entry.kind, DocumentKind::Contract);
    assert_eq!(entry.confidentiality, Confidentiality::Internal);
    assert_eq!(entry.review_on.as_deref(), Some("2026-06-30"));
    assert_eq!((entry.created_by.as_str(), entry.created_at), ("tom", 7));
    let no_review = EntryInput {
        review_on: " ".into(),
        ..input()
    };
    let entry = register_entry(&no_review, &rules(false), "tom", 7).unwrap();
    assert_eq!(entry.review_on, None);
}

#[test]
fn bad_input_names_each_field() {
    let bad = EntryInput {
        title: "  ".into(),
        owner: "ghost".into(),
        location: String::new(),
        review_on: "30/06/2026".into(),
        notes: "x".repeat(NOTES_MAX + 1),
        ..input()
    };
    let err = register_entry(&bad, &rules(true), "tom", 0).unwrap_err();
    assert_eq!(err.for_field("title"), Some(&Problem::Required));
    assert_eq!(err.for_field("owner"), Some(&Problem::Unknown));
    assert_eq!(err.for_field("location"), Some(&Problem::Required));
    assert_eq!(err.for_field("review_on"), Some(&Problem::InvalidDay));
    assert_eq!(
        err.for_field("notes"),
        Some(&Problem::TooLong { max: NOTES_MAX })
    );
    let no_owner = EntryInput {
        owner: " ".into(),
        ..input()
    };
    let err = register_entry(&no_owner, &rules(true), "tom", 0).unwrap_err();
    assert_eq!(err.for_field("owner"), Some(&Problem::Required));
}

#[test]
fn a_web_address_must_be_an_http_or_https_link() {
    for good in [
        "https://intranet.example.com/policies/leave.pdf",
        "HTTP://files.example.nl",
        "http://10.0.0.4:8080/share?doc=7#page=2",
    ] {
        assert!(looks_like_address(good), "{good}");
        assert_eq!(link(good), Some(good), "{good}");
        let entry = EntryInput {
            location: good.into(),
            ..input()
        };
        assert!(register_entry(&entry, &rules(false), "tom", 0).is_ok());
    }
    for bad in [
        "javascript:alert(1)",
        "JavaScript://%0aalert(1)",
        "data:text/html,<b>hi</b>",
        "ftp://files.example.com/contract.pdf",
        "file:///C:/contracts/cleaning.pdf",
        "www.example.com/policy",
        "https://",
        "https:///path-without-a-site",
        "mailto:office@example.com",
    ] {
        assert!(looks_like_address(bad), "{bad}");
        assert_eq!(link(bad), None, "{bad}");
        let entry = EntryInput {
            location: bad.into(),
            ..input()
        };
        let err = register_entry(&entry, &rules(false), "tom", 0).unwrap_err();
        assert_eq!(
            err.for_field("location"),
            Some(&Problem::InvalidLink),
            "{bad}"
        );
    }
    for place in [
        "Cabinet B, shelf 2",
        "Archive room: box 14",
        "Archive/2024/contracts",
        "S:\\Contracts\\2026",
        "Safe",
    ] {
        assert!(!looks_like_address(place), "{place}");
        assert_eq!(link(place), None, "{place}");
    }
}

#[test]
fn only_a_leadership_device_may_mark_an_entry_confidential() {
    let secret = EntryInput {
        confidentiality: Confidentiality::Confidential,
        ..input()
    };
    let err = register_entry(&secret, &rules(false), "tom", 0).unwrap_err();
    assert_eq!(err.for_field("confidentiality"), Some(&Problem::NotAllowed));
    let entry = register_entry(&secret, &rules(true), "ines", 0).unwrap();
    assert!(matches!(Filing::of(entry), Filing::Leadership(_)));
    let entry = register_entry(&input(), &rules(false), "tom", 0).unwrap();
    assert!(matches!(Filing::of(entry), Filing::Team(_)));
}

#[test]
fn an_edit_writes_only_what_the_user_changed() {
    let mut current = register_entry(&input(), &rules(true), "tom", 0).unwrap();
    let original = EntryInput::from_entry(&current);
    // Another device changed the notes meanwhile.
    current.notes = "Renewed by phone".into();
    let edited = EntryInput {
        title: "Cleaning contract 2026".into(),
        confidentiality: Confidentiality::Confidential,
        review_on: String::new(),
        ..original.clone()
    };
    edit_entry(&mut current, &original, &edited, &rules(true)).unwrap();
    assert_eq!(current.title, "Cleaning contract 2026");
    assert_eq!(current.confidentiality, Confidentiality::Confidential);
    assert_eq!(current.review_on, None);
    assert_eq!(current.notes, "Renewed by phone");
}

#[test]
fn an_owner_who_left_stays_acceptable_on_an_entry_they_own() {
    let mut current = register_entry(&input(), &rules(true), "tom", 0).unwrap();
    let original = EntryInput::from_entry(&current);
    let left = Rules {
        is_member: |id: &str| id == "tom",
        leadership: true,
    };
    let edited = EntryInput {
        notes: "Ask Tom".into(),
        ..original.clone()
    };
    edit_entry(&mut current, &original, &edited, &left).unwrap();
    assert_eq!(current.owner, "ines");
    let to_ghost = EntryInput {
        owner: "ghost".into(),
        ..original.clone()
    };
    let err = edit_entry(&mut current, &original, &to_ghost, &left).unwrap_err();
    assert_eq!(err.for_field("owner"), Some(&Problem::Unknown));
}

fn reviewed_on(text: &str) -> RegisterEntry {
    let entry = EntryInput {
        review_on: text.into(),
        ..input()
    };
    register_entry(&entry, &rules(true), "tom", 0).unwrap()
}

#[test]
fn a_review_is_due_on_its_day_and_soon_for_thirty_days_before() {
    let today = day("2026-03-30");
    let cases = [
        ("2026-01-02", Some(Review::Due)),
        ("2026-03-29", Some(Review::Due)),
        ("2026-03-30", Some(Review::Due)),
        ("2026-03-31", Some(Review::Soon)),
        // 30 days after 30 March is 29 April, across the month end.
        ("2026-04-29", Some(Review::Soon)),
        ("2026-04-30", None),
    ];
    for (review_on, expected) in cases {
        assert_eq!(
            reviewed_on(review_on).review(today),
            expected,
            "{review_on}"
        );
    }
    let mut none = reviewed_on("2026-03-30");
    none.review_on = None;
    assert_eq!(none.review(today), None);
}

#[test]
fn today_is_the_day_in_the_devices_zone() {
    // 28 March 2026, 23:30 UTC: already Sunday 29 March in Amsterdam, still
    // Saturday 28 March in New York.
    let now = Timestamp::from_second(1_774_740_600)
        .unwrap()
        .as_millisecond();
    let sunday = reviewed_on("2026-03-29");
    let utc_today = day_of(now, &zone("UTC"));
    let amsterdam_today = day_of(now, &zone("Europe/Amsterdam"));
    let new_york_today = day_of(now, &zone("America/New_York"));
    assert_eq!(sunday.review(utc_today), Some(Review::Soon));
    assert_eq!(sunday.review(amsterdam_today), Some(Review::Due));
    assert_eq!(sunday.review(new_york_today), Some(Review::Soon));
    // The last day of "soon" moves with the zone too.
    let far = reviewed_on("2026-04-28");
    assert_eq!(far.review(utc_today), None);
    assert_eq!(far.review(amsterdam_today), Some(Review::Soon));
}

#[test]
fn the_review_window_holds_exactly_what_is_due_or_due_soon() {
    let today = day("2026-12-15");
    let (from, to) = review_window(today);
    for text in ["2025-01-01", "2026-12-15", "2027-01-14", "2027-01-15"] {
        let entry = reviewed_on(text);
        let at = review_order(&entry).unwrap();
        assert_eq!(
            from <= at && at < to,
            entry.review(today).is_some(),
            "{text}"
        );
    }
    assert_eq!(review_order(&reviewed_on("")), None);
}

#[test]
fn the_filter_matches_kind_owner_confidentiality_and_title_words() {
    let entry = register_entry(&input(), &rules(true), "tom", 0).unwrap();
    let all = EntryFilter::default();
    assert!(all.matches(&entry));
    let words = EntryFilter {
        query: "CONTRACT clean".into(),
        ..all.clone()
    };
    assert!(words.matches(&entry));
    let other_word = EntryFilter {
        query: "lease".into(),
        ..all.clone()
    };
    assert!(!other_word.matches(&entry));
    let exact = EntryFilter {
        kind: Some(DocumentKind::Contract),
        owner: Some("ines".into()),
        confidentiality: Some(Confidentiality::Internal),
        ..all.clone()
    };
    assert!(exact.matches(&entry));
    for miss in [
        EntryFilter {
            kind: Some(DocumentKind::Policy),
            ..all.clone()
        },
        EntryFilter {
            owner: Some("tom".into()),
            ..all.clone()
        },
        EntryFilter {
            confidentiality: Some(Confidentiality::Public),
            ..all.clone()
        },
    ] {
        assert!(!miss.matches(&entry), "{miss:?}");
    }
}
