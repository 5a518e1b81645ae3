use super::*;
use crate::domain::expenses::{record_expense, ExpenseCategory, ExpenseInput};

fn input(name: &str, budget: &str, currency: Currency) -> EventInput {
    EventInput {
        name: name.into(),
        day: "2026-06-12".into(),
        time: "18:30".into(),
        venue: "De Kas, Amsterdam".into(),
        catering: "Dinner for 30, vegetarian option".into(),
        budget: budget.into(),
        currency,
        notes: String::new(),
    }
}

fn event(budget: &str, currency: Currency) -> Event {
    create_event(&input("Summer party", budget, currency), "lea", 1).unwrap()
}

/// An expense of `amount` (as typed) in `currency`, booked against `event`.
fn spend(event: &str, amount: &str, currency: Currency) -> Expense {
    let input = ExpenseInput {
        day: "2026-06-12".into(),
        amount: amount.into(),
        currency,
        category: ExpenseCategory::Events,
        paid_by: "sam".into(),
        description: "Drinks".into(),
        event: event.into(),
        ..Default::default()
    };
    record_expense(&input, |_| true, |_| true, "lea", 2).unwrap()
}

#[test]
fn an_event_keeps_its_budget_in_minor_units() {
    let party = event("1500,50", Currency::Eur);
    assert_eq!(party.name, "Summer party");
    assert_eq!(
        (party.day.as_str(), party.time.as_str()),
        ("2026-06-12", "18:30")
    );
    assert_eq!(
        (party.budget, party.currency),
        (Some(150_050), Currency::Eur)
    );
    assert!(party.attendees.is_empty() && party.checklist.is_empty());
    let yen = event("20000", Currency::Jpy);
    assert_eq!(yen.budget, Some(20_000));
    let free = create_event(
        &EventInput {
            time: " ".into(),
            ..input("Walk in the park", "", Currency::Eur)
        },
        "lea",
        1,
    )
    .unwrap();
    assert_eq!((free.budget, free.time.as_str()), (None, ""));
}

#[test]
fn bad_input_names_each_field() {
    let bad = EventInput {
        name: "  ".into(),
        day: "next Friday".into(),
        time: "25:00".into(),
        venue: "v".repeat(VENUE_MAX + 1),
        catering: "c".repeat(CATERING_MAX + 1),
        budget: "12.505".into(),
        currency: Currency::Eur,
        notes: "n".repeat(NOTES_MAX + 1),
    };
    let err = create_event(&bad, "lea", 1).unwrap_err();
    assert_eq!(err.for_field("name"), Some(&Problem::Required));
    assert_eq!(err.for_field("day"), Some(&Problem::InvalidDay));
    assert_eq!(err.for_field("time"), Some(&Problem::InvalidTime));
    assert_eq!(
        err.for_field("venue"),
        Some(&Problem::TooLong { max: VENUE_MAX })
    );
    assert_eq!(
        err.for_field("catering"),
        Some(&Problem::TooLong { max: CATERING_MAX })
    );
    assert_eq!(
        err.for_field("budget"),
        Some(&Problem::TooManyDecimals { digits: 2 })
    );
    assert_eq!(
        err.for_field("notes"),
        Some(&Problem::TooLong { max: NOTES_MAX })
    );
    for (budget, problem) in [
        ("lots", Problem::InvalidAmount),
        ("-50", Problem::NotAboveZero),
        ("0", Problem::NotAboveZero),
    ] {
        let err = create_event(&input("Party", budget, Currency::Eur), "lea", 1).unwrap_err();
        assert_eq!(err.for_field("budget"), Some(&problem), "{budget}");
        assert_eq!(err.0.len(), 1);
    }
    let err = create_event(&input("Party", "10.5", Currency::Jpy), "lea", 1).unwrap_err();
    assert_eq!(
        err.for_field("budget"),
        Some(&Problem::TooManyDecimals { digits: 0 })
    );
}

#[test]
fn spent_adds_minor_units_of_the_budget_currency_exactly() {
    let party = event("500", Currency::Eur);
    // Ten cents and twenty are thirty, not 0.30000000000000004.
    let expenses = [
        spend(&party.id, "0.10", Currency::Eur),
        spend(&party.id, "0,20", Currency::Eur),
        spend(&party.id, "499.70", Currency::Eur),
    ];
    let budget = Budget::of(&party, &expenses);
    assert_eq!(budget.spent, 50_000);
    assert_eq!(budget.remaining(), Some(0));
    assert_eq!(budget.over_by(), None);
    assert_eq!(budget.status(), BudgetStatus::Within);
    assert_eq!(budget.used_percent(), Some(100));

    let one_cent_more = [spend(&party.id, "0.01", Currency::Eur)];
    let budget = Budget::of(&party, expenses.iter().chain(&one_cent_more));
    assert_eq!(budget.spent, 50_001);
    assert_eq!(budget.remaining(), Some(-1));
    assert_eq!(budget.over_by(), Some(1));
    assert_eq!(budget.status(), BudgetStatus::Over);
    assert_eq!(budget.used_percent(), Some(100));
}

#[test]
fn other_currencies_and_other_events_are_never_added() {
    let party = event("100", Currency::Eur);
    let expenses = [
        spend(&party.id, "60", Currency::Eur),
        spend(&party.id, "80", Currency::Usd),
        spend(&party.id, "0.50", Currency::Usd),
        spend(&party.id, "3000", Currency::Jpy),
        spend("another-event", "500", Currency::Eur),
        spend("", "500", Currency::Eur),
    ];
    let budget = Budget::of(&party, &expenses);
    assert_eq!(budget.spent, 6_000);
    assert_eq!(
        budget.other,
        BTreeMap::from([(Currency::Usd, 8_050), (Currency::Jpy, 3_000)])
    );
    assert_eq!(budget.remaining(), Some(4_000));
    assert_eq!(budget.status(), BudgetStatus::Within);
}

#[test]
fn the_share_used_rounds_down_in_integers() {
    let party = event("3", Currency::Eur);
    let two_thirds = [spend(&party.id, "2", Currency::Eur)];
    assert_eq!(Budget::of(&party, &two_thirds).used_percent(), Some(66));
    let almost = event("1000", Currency::Eur);
    let spent = [spend(&almost.id, "999.99", Currency::Eur)];
    assert_eq!(Budget::of(&almost, &spent).used_percent(), Some(99));
    assert_eq!(Budget::of(&almost, &[]).used_percent(), Some(0));
    let free = event("", Currency::Eur);
    let spent = [spend(&free.id, "20", Currency::Eur)];
    let budget = Budget::of(&free, &spent);
    assert_eq!((budget.spent, budget.status()), (2_000, BudgetStatus::None));
    assert_eq!((budget.remaining(), budget.used_percent()), (None, None));
}

#[test]
fn huge_amounts_saturate_instead_of_wrapping() {
    let party = event("1", Currency::Eur);
    let mut big = spend(&party.id, "1", Currency::Eur);
    big.amount = i64::MAX;
    let budget = Budget::of(&party, [&big, &big]);
    assert_eq!(budget.spent, i64::MAX);
    assert_eq!(budget.over_by(), Some(i64::MAX - 100));
    assert_eq!(budget.status(), BudgetStatus::Over);
}

#[test]
fn an_edit_writes_only_what_the_user_changed() {
    let mut party = event("500", Currency::Eur);
    let original = EventInput::from_event(&party, ',');
    assert_eq!(original.budget, "500,00");
    // Another device changed the venue meanwhile.
    party.venue = "Het Sieraad".into();
    let edited = EventInput {
        name: "Summer party 2026".into(),
        budget: "650.00".into(),
        ..original.clone()
    };
    edit_event(&mut party, &original, &edited).unwrap();
    assert_eq!(party.name, "Summer party 2026");
    assert_eq!(party.venue, "Het Sieraad");
    assert_eq!(
        (party.budget, party.currency),
        (Some(65_000), Currency::Eur)
    );

    // The same budget written with the other separator is no change; a
    // new currency is.
    let original = EventInput::from_event(&party, '.');
    let same = EventInput {
        budget: "650,00".into(),
        ..original.clone()
    };
    party.budget = Some(70_000);
    edit_event(&mut party, &original, &same).unwrap();
    assert_eq!(party.budget, Some(70_000));
    let dollars = EventInput {
        currency: Currency::Usd,
        ..original.clone()
    };
    edit_event(&mut party, &original, &dollars).unwrap();
    assert_eq!(
        (party.budget, party.currency),
        (Some(65_000), Currency::Usd)
    );

    let bad = EventInput {
        day: "".into(),
        ..original.clone()
    };
    let before = party.clone();
    let err = edit_event(&mut party, &original, &bad).unwrap_err();
    assert_eq!(err.for_field("day"), Some(&Problem::InvalidDay));
    assert_eq!(party, before);
}

#[test]
fn replies_are_counted_per_answer() {
    let mut party = event("", Currency::Eur);
    let people = [
        ("m:anna", Reply::Yes),
        ("m:bram", Reply::Yes),
        ("m:carmen", Reply::No),
        ("c:acme:jo", Reply::Maybe),
        ("m:daan", Reply::Invited),
    ];
    party.attendees = people.iter().map(|(c, r)| (c.to_string(), *r)).collect();
    let replies = Replies::of(&party);
    assert_eq!(
        replies,
        Replies {
            invited: 1,
            yes: 2,
            maybe: 1,
            no: 1
        }
    );
    assert_eq!(replies.total(), 5);
}

#[test]
fn inviting_needs_someone_known_and_not_yet_invited() {
    let mut party = event("", Currency::Eur);
    let anna = Attendee::Member("anna".into());
    let known = |a: &Attendee| *a == Attendee::Member("anna".into());
    assert_eq!(check_invite(&party, &anna, known), Ok(()));
    let err = check_invite(&party, &Attendee::Member("ghost".into()), known).unwrap_err();
    assert_eq!(err.for_field(ATTENDEES_FIELD), Some(&Problem::Unknown));
    party.attendees.insert(anna.code(), Reply::Yes);
    let err = check_invite(&party, &anna, known).unwrap_err();
    assert_eq!(err.for_field(ATTENDEES_FIELD), Some(&Problem::AlreadyDone));
    assert_eq!(check_reply(&party, &anna.code()), Ok(()));
    assert_eq!(
        check_reply(&party, "m:bram"),
        Err(Invalid::unknown(ATTENDEES_FIELD))
    );
}

#[test]
fn checklist_items_are_checked_and_ticked_once() {
    let item_input = |title: &str, who: &str, due: &str| ItemInput {
        title: title.into(),
        who: who.into(),
        due_on: due.into(),
    };
    let member = |id: &str| id == "sam";
    let mut item = new_item(
        &item_input(" Book the boat ", "sam", "2026-06-01"),
        member,
        5,
    )
    .unwrap();
    assert_eq!(item.title, "Book the boat");
    assert_eq!(item.who.as_deref(), Some("sam"));
    assert_eq!(item.due_on.as_deref(), Some("2026-06-01"));
    let nobody = new_item(&item_input("Order cake", "", ""), member, 6).unwrap();
    assert_eq!((nobody.who, nobody.due_on), (None, None));
    let err = new_item(&item_input("", "ghost", "June"), member, 7).unwrap_err();
    assert_eq!(err.for_field("title"), Some(&Problem::Required));
    assert_eq!(err.for_field("who"), Some(&Problem::Unknown));
    assert_eq!(err.for_field("due_on"), Some(&Problem::InvalidDay));

    set_done(&mut item, true, "sam", 10);
    set_done(&mut item, true, "lea", 11);
    assert_eq!(
        item.done,
        Some(Done {
            at: 10,
            by: "sam".into()
        })
    );
    set_done(&mut item, false, "lea", 12);
    assert_eq!(item.done, None);
}

#[test]
fn the_checklist_reads_in_the_order_items_were_added() {
    let mut party = event("", Currency::Eur);
    for (title, at) in [
        ("Send invitations", 3),
        ("Book venue", 1),
        ("Order cake", 2),
    ] {
        let input = ItemInput {
            title: title.into(),
            ..Default::default()
        };
        let item = new_item(&input, |_| true, at).unwrap();
        party.checklist.insert(item.id.clone(), item);
    }
    let titles: Vec<&str> = checklist_in_order(&party)
        .iter()
        .map(|i| i.title.as_str())
        .collect();
    assert_eq!(titles, ["Book venue", "Order cake", "Send invitations"]);
}

#[test]
fn events_sort_by_day_then_time() {
    let mut early = event("", Currency::Eur);
    early.time = String::new();
    let late = event("", Currency::Eur);
    let (early, late) = (day_order(&early).unwrap(), day_order(&late).unwrap());
    assert!(early < late);
    let day = |text| day_start(parse_day(text).unwrap());
    assert!(day("2026-06-12") <= early);
    assert!(late < day("2026-06-13"));
    let mut undated = event("", Currency::Eur);
    undated.day = "someday".into();
    assert_eq!(day_order(&undated), None);
}
