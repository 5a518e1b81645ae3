//! Petty cash and expenses: what was paid, by whom, for what, with the
//! receipt to find it by; approved by leadership; totalled per month and
//! category, and exported as CSV for the accountant. Amounts are integer
//! minor units of their currency, and totals never add two currencies.

use std::collections::BTreeMap;

use autosurgeon::{Hydrate, Reconcile};

use super::calendar::{day_of, parse_day, Zone};
use super::coded::coded_enum;
use super::ids::{new_id, Id};
use super::money::{format_amount, parse_amount, Currency};
use super::people::Role;
use super::requests::Handled;
use super::validation::{Checker, Invalid, Problem};
use super::Millis;

coded_enum! {
    /// What the money was spent on.
    pub enum ExpenseCategory ("expense-category") {
        #[default]
        OfficeSupplies = "office-supplies",
        Travel = "travel",
        Meals = "meals",
        Postage = "postage",
        Cleaning = "cleaning",
        Events = "events",
        Other = "other",
    }
}

/// An expense paid from petty cash or out of pocket (team document).
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct Expense {
    pub id: Id,
    /// The day it was paid ("2026-03-30").
    pub day: String,
    /// In minor units of `currency`, above zero.
    pub amount: i64,
    pub currency: Currency,
    pub category: ExpenseCategory,
    /// The member who paid.
    pub paid_by: Id,
    /// Where the receipt is (a number on it, a folder), "" for none.
    pub receipt: String,
    pub description: String,
    pub approved: Option<Handled>,
    pub recorded_at: Millis,
    pub recorded_by: Id,
    /// The event whose budget it is booked against, if any.
    #[autosurgeon(missing = "Default::default")]
    pub event: Option<Id>,
}

pub const DESCRIPTION_MAX: usize = 500;
pub const RECEIPT_MAX: usize = 60;

/// What the expense form asks.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ExpenseInput {
    pub day: String,
    /// As typed: "12,50" or "12.50".
    pub amount: String,
    pub currency: Currency,
    pub category: ExpenseCategory,
    /// A member id, or "" when none was chosen.
    pub paid_by: String,
    pub receipt: String,
    pub description: String,
    /// An event id, or "" when it is booked against none.
    pub event: String,
}

/// Validates `input` and records the expense. `member_exists` tells whether
/// an id names a member, `event_exists` whether one names an event.
pub fn record_expense(
    input: &ExpenseInput,
    member_exists: impl Fn(&str) -> bool,
    event_exists: impl Fn(&str) -> bool,
    by: &str,
    now: Millis,
) -> Result<Expense, Invalid> {
    let mut check = Checker::new();
    let day = parse_day(&input.day).map(|d| d.to_string());
    if day.is_none() {
        check.fail("day", Problem::InvalidDay);
    }
    let amount = parse_amount(&input.amount, input.currency).unwrap_or_else(|problem| {
        check.fail("amount", problem);
        0
    });
    let paid_by = input.paid_by.trim();
    if paid_by.is_empty() {
        check.fail("paid_by", Problem::Required);
    } else if !member_exists(paid_by) {
        check.fail("paid_by", Problem::Unknown);
    }
    let receipt = check.optional("receipt", &input.receipt, RECEIPT_MAX);
    let description = check.required("description", &input.description, DESCRIPTION_MAX);
    let event = input.event.trim();
    if !event.is_empty() && !event_exists(event) {
        check.fail("event", Problem::Unknown);
    }
    check.finish(Expense {
        id: new_id(),
        day: day.unwrap_or_default(),
        amount,
        currency: input.currency,
        category: input.category,
        paid_by: paid_by.to_string(),
        receipt,
        description,
        approved: None,
        recorded_at: now,
        recorded_by: by.to_string(),
        event: (!event.is_empty()).then(|| event.to_string()),
    })
}

/// Approves `expense` as `by`, whose verified role is `role`: only
/// leadership approves spending. Approved once; the first approver stays.
pub fn approve(
    expense: &mut Expense,
    role: Option<Role>,
    by: &str,
    now: Millis,
) -> Result<(), Invalid> {
    let mut check = Checker::new();
    if !role.is_some_and(Role::is_leadership) {
        check.fail("approved", Problem::NotAllowed);
    } else if expense.approved.is_some() {
        check.fail("approved", Problem::AlreadyDone);
    }
    check.finish(())?;
    expense.approved = Some(Handled {
        at: now,
        by: by.to_string(),
    });
    Ok(())
}

/// The month an expense is filed under: "2026-03" of "2026-03-30".
pub fn month_of(expense: &Expense) -> String {
    expense.day.get(..7).unwrap_or_default().to_string()
}

/// The month `now` falls in, in `zone`: the month a screen starts on.
pub fn current_month(now: Millis, zone: &Zone) -> String {
    day_of(now, zone).strftime("%Y-%m").to_string()
}

/// Whether `text` is a month such as "2026-03".
pub fn is_month(text: &str) -> bool {
    parse_day(&format!("{text}-01")).is_some() && text.len() == 7
}

/// The total in minor units per currency and category of `expenses` paid
/// in `month`: never one sum across currencies.
pub fn monthly_totals<'a>(
    expenses: impl IntoIterator<Item = &'a Expense>,
    month: &str,
) -> BTreeMap<(Currency, ExpenseCategory), i64> {
    let mut totals = BTreeMap::new();
    for expense in expenses.into_iter().filter(|e| month_of(e) == month) {
        *totals
            .entry((expense.currency, expense.category))
            .or_insert(0) += expense.amount;
    }
    totals
}

/// The columns of the accountant's CSV file.
pub const CSV_HEADER: [&str; 8] = [
    "date",
    "amount",
    "currency",
    "category",
    "description",
    "paid_by",
    "receipt",
    "approved_by",
];

/// `expenses` as CSV for the accountant: amounts as decimal text with the
/// currency's digits and a point, people by name (`name_of` a member id).
pub fn to_csv<'a>(
    expenses: impl IntoIterator<Item = &'a Expense>,
    name_of: impl Fn(&str) -> String,
) -> String {
    let mut out = csv::Writer::from_writer(Vec::new());
    // Writing to memory fails only when out of memory.
    let _ = out.write_record(CSV_HEADER);
    for e in expenses {
        let approved_by = e
            .approved
            .as_ref()
            .map(|a| name_of(&a.by))
            .unwrap_or_default();
        let _ = out.write_record([
            e.day.as_str(),
            &format_amount(e.amount, e.currency, '.'),
            e.currency.code(),
            e.category.code(),
            &e.description,
            &name_of(&e.paid_by),
            &e.receipt,
            &approved_by,
        ]);
    }
    String::from_utf8(out.into_inner().unwrap_or_default()).unwrap_or_default()
}

#[cfg(test)]
mod tests;
