use super::*;
use crate::domain::calendar::zone;

fn input(day: &str, amount: &str) -> ExpenseInput {
    ExpenseInput {
        day: day.into(),
        amount: amount.into(),
        paid_by: "sam".into(),
        receipt: "R-17".into(),
        description: "Printer paper, \"A4\"".into(),
        ..Default::default()
    }
}

fn record(day: &str, amount: &str, currency: Currency, category: ExpenseCategory) -> Expense {
    let input = ExpenseInput {
        currency,
        category,
        ..input(day, amount)
    };
    record_expense(&input, |id| id == "sam", |_| false, "lea", 0).unwrap()
}

#[test]
fn an_expense_is_recorded_in_minor_units() {
    let expense = record(
        "2026-03-30",
        "12,50",
        Currency::Eur,
        ExpenseCategory::Postage,
    );
    assert_eq!((expense.amount, expense.currency), (1250, Currency::Eur));
    assert_eq!(expense.day, "2026-03-30");
    assert_eq!(month_of(&expense), "2026-03");
    assert_eq!(expense.approved, None);
}

#[test]
fn bad_input_names_each_field() {
    let bad = ExpenseInput {
        day: "yesterday".into(),
        amount: "12.505".into(),
        paid_by: "ghost".into(),
        description: " ".into(),
        event: "gone".into(),
        ..input("", "")
    };
    let err = record_expense(&bad, |id| id == "sam", |id| id == "party", "lea", 0).unwrap_err();
    assert_eq!(err.for_field("day"), Some(&Problem::InvalidDay));
    assert_eq!(
        err.for_field("amount"),
        Some(&Problem::TooManyDecimals { digits: 2 })
    );
    assert_eq!(err.for_field("paid_by"), Some(&Problem::Unknown));
    assert_eq!(err.for_field("description"), Some(&Problem::Required));
    assert_eq!(err.for_field("event"), Some(&Problem::Unknown));
    let err = record_expense(&input("2026-03-30", "-4"), |_| true, |_| true, "lea", 0).unwrap_err();
    assert_eq!(err.for_field("amount"), Some(&Problem::NotAboveZero));
    let err =
        record_expense(&input("2026-03-30", "abc"), |_| true, |_| true, "lea", 0).unwrap_err();
    assert_eq!(err.for_field("amount"), Some(&Problem::InvalidAmount));
}

#[test]
fn only_leadership_approves_and_only_once() {
    let mut expense = record("2026-03-30", "5", Currency::Eur, ExpenseCategory::Meals);
    for role in [None, Some(Role::TeamMember)] {
        let err = approve(&mut expense, role, "sam", 1).unwrap_err();
        assert_eq!(err.for_field("approved"), Some(&Problem::NotAllowed));
    }
    approve(&mut expense, Some(Role::OperationsAssistant), "lea", 2).unwrap();
    let err = approve(&mut expense, Some(Role::Ceo), "ceo", 3).unwrap_err();
    assert_eq!(err.for_field("approved"), Some(&Problem::AlreadyDone));
    assert_eq!(expense.approved.map(|a| a.by), Some("lea".to_string()));
}

#[test]
fn monthly_totals_add_minor_units_per_currency_and_category() {
    use ExpenseCategory::*;
    let expenses = [
        record("2026-02-28", "100", Currency::Eur, Travel),
        record("2026-03-01", "0.10", Currency::Eur, Travel),
        record("2026-03-15", "0.20", Currency::Eur, Travel),
        record("2026-03-31", "3,05", Currency::Eur, Meals),
        record("2026-03-31", "7.00", Currency::Usd, Meals),
        record("2026-03-20", "1500", Currency::Jpy, Meals),
        record("2026-04-01", "50", Currency::Eur, Meals),
    ];
    let totals = monthly_totals(&expenses, "2026-03");
    let expected = BTreeMap::from([
        ((Currency::Eur, Travel), 30),
        ((Currency::Eur, Meals), 305),
        ((Currency::Usd, Meals), 700),
        ((Currency::Jpy, Meals), 1500),
    ]);
    assert_eq!(totals, expected);
    assert_eq!(
        monthly_totals(&expenses, "2026-02"),
        BTreeMap::from([((Currency::Eur, Travel), 10_000)])
    );
}

#[test]
fn the_current_month_is_the_device_zone_s() {
    // 2026-03-31 23:30 UTC is already 1 April in Amsterdam.
    let at = 1_774_999_800_000;
    assert_eq!(day_of(at, &Zone::UTC).to_string(), "2026-03-31");
    assert_eq!(current_month(at, &Zone::UTC), "2026-03");
    assert_eq!(current_month(at, &zone("Europe/Amsterdam")), "2026-04");
    assert!(is_month("2026-04"));
    for bad in ["2026-13", "2026-4", "april", "2026-04-01", ""] {
        assert!(!is_month(bad), "{bad}");
    }
}

#[test]
fn the_csv_export_reads_back_field_by_field() {
    let mut paper = record(
        "2026-03-02",
        "12,50",
        Currency::Eur,
        ExpenseCategory::OfficeSupplies,
    );
    approve(&mut paper, Some(Role::Ceo), "ceo", 1).unwrap();
    let lunch = record("2026-03-03", "1500", Currency::Jpy, ExpenseCategory::Meals);
    let name_of = |id: &str| match id {
        "sam" => "Sam, the intern".to_string(),
        "ceo" => "Chris".to_string(),
        _ => String::new(),
    };
    let text = to_csv([&paper, &lunch], name_of);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    assert_eq!(reader.headers().unwrap(), CSV_HEADER.as_slice());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(
        rows[0],
        vec![
            "2026-03-02",
            "12.50",
            "EUR",
            "office-supplies",
            "Printer paper, \"A4\"",
            "Sam, the intern",
            "R-17",
            "Chris"
        ]
    );
    assert_eq!(
        rows[1],
        vec![
            "2026-03-03",
            "1500",
            "JPY",
            "meals",
            "Printer paper, \"A4\"",
            "Sam, the intern",
            "R-17",
            ""
        ]
    );
    assert_eq!(rows.len(), 2);
}
