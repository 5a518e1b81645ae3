//! Events and outings: a name, a day (and perhaps a start time), the venue,
//! who caters, a budget that expenses are booked against, the people invited
//! with each one's reply, a checklist and notes.
//!
//! Replies and checklist items are map entries (attendee code → reply, item
//! id → item), so that two devices answering for different people, or
//! ticking different items, both keep their change. The budget is integer
//! minor units of its currency; what was spent adds up the expenses in that
//! currency only, and expenses in another currency are kept apart.

use std::collections::BTreeMap;

use autosurgeon::{Hydrate, Reconcile};
use jiff::civil::Time;

use super::calendar::{parse_day, Day};
use super::checklists::Done;
use super::coded::coded_enum;
use super::edit::take_change;
use super::expenses::Expense;
use super::ids::{new_id, Id};
use super::meetings::Attendee;
use super::money::{format_amount, parse_amount, Currency};
use super::validation::{Checker, Invalid, Problem};
use super::Millis;

coded_enum! {
    /// An attendee's answer to the invitation; "invited" until they give one.
    pub enum Reply ("event-reply") {
        #[default]
        Invited = "invited",
        Yes = "yes",
        Maybe = "maybe",
        No = "no",
    }
}

/// One thing to see to before the event.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct ChecklistItem {
    pub id: Id,
    pub title: String,
    /// The member who sees to it, if someone was named.
    pub who: Option<Id>,
    /// The day it must be done by ("2026-06-01"), if any.
    pub due_on: Option<String>,
    pub done: Option<Done>,
    /// Items are listed in the order they were added.
    pub added_at: Millis,
}

/// An event or outing (team document).
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct Event {
    pub id: Id,
    pub name: String,
    /// The day it takes place ("2026-06-12").
    pub day: String,
    /// When it starts ("18:30"), or "" when no time was set.
    pub time: String,
    pub venue: String,
    /// Who caters and what ("Sandwiches from De Bakker for 30").
    pub catering: String,
    /// In minor units of `currency`; `None` for an event without a budget.
    pub budget: Option<i64>,
    pub currency: Currency,
    /// [`Attendee::code`] → that attendee's reply.
    pub attendees: BTreeMap<String, Reply>,
    pub checklist: BTreeMap<Id, ChecklistItem>,
    pub notes: String,
    pub created_at: Millis,
    pub created_by: Id,
}

pub const NAME_MAX: usize = 200;
pub const VENUE_MAX: usize = 300;
pub const CATERING_MAX: usize = 500;
pub const NOTES_MAX: usize = 5_000;
pub const ITEM_TITLE_MAX: usize = 200;

/// The fields of [`Event`] written one entry at a time (for
/// `Writer::put_entry`).
pub const ATTENDEES_FIELD: &str = "attendees";
pub const CHECKLIST_FIELD: &str = "checklist";

/// Where an event's page is.
pub fn event_path(id: &str) -> String {
    format!("/events/{id}")
}

/// What the event form edits, as typed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EventInput {
    pub name: String,
    pub day: String,
    /// "18:30", or "" for none.
    pub time: String,
    pub venue: String,
    pub catering: String,
    /// "500", "499,95" or "" for no budget.
    pub budget: String,
    pub currency: Currency,
    pub notes: String,
}

/// The checked form of an [`EventInput`].
struct Checked {
    name: String,
    day: String,
    time: String,
    venue: String,
    catering: String,
    budget: Option<i64>,
    notes: String,
}

/// A budget as typed: "" is none, anything else an amount above zero.
fn budget_of(text: &str, currency: Currency) -> Result<Option<i64>, Problem> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    parse_amount(text, currency).map(Some)
}

/// A start time as typed: "" is none, anything else a time of day, stored
/// as "HH:MM".
fn time_of(text: &str) -> Result<String, Problem> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(String::new());
    }
    text.parse::<Time>()
        .map(|t| t.strftime("%H:%M").to_string())
        .map_err(|_| Problem::InvalidTime)
}

impl EventInput {
    /// The form's starting values for an existing event, the budget written
    /// with `separator` between units and decimals.
    pub fn from_event(event: &Event, separator: char) -> Self {
        Self {
            name: event.name.clone(),
            day: event.day.clone(),
            time: event.time.clone(),
            venue: event.venue.clone(),
            catering: event.catering.clone(),
            budget: event
                .budget
                .map(|b| format_amount(b, event.currency, separator))
                .unwrap_or_default(),
            currency: event.currency,
            notes: event.notes.clone(),
        }
    }

    fn checked(&self) -> Result<Checked, Invalid> {
        let mut check = Checker::new();
        let name = check.required("name", &self.name, NAME_MAX);
        let day = parse_day(&self.day).map(|d| d.to_string());
        if day.is_none() {
            check.fail("day", Problem::InvalidDay);
        }
        let time = time_of(&self.time).unwrap_or_else(|problem| {
            check.fail("time", problem);
            String::new()
        });
        let venue = check.optional("venue", &self.venue, VENUE_MAX);
        let catering = check.optional("catering", &self.catering, CATERING_MAX);
        let budget = budget_of(&self.budget, self.currency).unwrap_or_else(|problem| {
            check.fail("budget", problem);
            None
        });
        let notes = check.optional("notes", &self.notes, NOTES_MAX);
        check.finish(Checked {
            name,
            day: day.unwrap_or_default(),
            time,
            venue,
            catering,
            budget,
            notes,
        })
    }
}

/// Validates `input` and makes the event, with nobody invited yet and an
/// empty checklist.
pub fn create_event(input: &EventInput, by: &str, now: Millis) -> Result<Event, Invalid> {
    let checked = input.checked()?;
    Ok(Event {
        id: new_id(),
        name: checked.name,
        day: checked.day,
        time: checked.time,
        venue: checked.venue,
        catering: checked.catering,
        budget: checked.budget,
        currency: input.currency,
        attendees: BTreeMap::new(),
        checklist: BTreeMap::new(),
        notes: checked.notes,
        created_at: now,
        created_by: by.to_string(),
    })
}

/// Applies a form edit to the current state of an event, writing only the
/// fields the user changed (`edited` differs from `original`, the values the
/// form opened with), so a change another device made meanwhile to another
/// field is kept. The budget and its currency change together.
pub fn edit_event(
    current: &mut Event,
    original: &EventInput,
    edited: &EventInput,
) -> Result<(), Invalid> {
    let checked = edited.checked()?;
    let trimmed = |text: &str| text.trim().to_string();
    take_change(&mut current.name, &trimmed(&original.name), checked.name);
    take_change(&mut current.day, &trimmed(&original.day), checked.day);
    let original_time = time_of(&original.time).unwrap_or_default();
    take_change(&mut current.time, &original_time, checked.time);
    take_change(&mut current.venue, &trimmed(&original.venue), checked.venue);
    take_change(
        &mut current.catering,
        &trimmed(&original.catering),
        checked.catering,
    );
    let original_budget = (
        budget_of(&original.budget, original.currency).unwrap_or_default(),
        original.currency,
    );
    let mut budget = (current.budget, current.currency);
    take_change(
        &mut budget,
        &original_budget,
        (checked.budget, edited.currency),
    );
    (current.budget, current.currency) = budget;
    take_change(&mut current.notes, &trimmed(&original.notes), checked.notes);
    Ok(())
}

/// Checks that `attendee` may be invited to `event`: someone `known` (an
/// active member or an existing contact) who is not on the list yet, so
/// that inviting twice never resets a reply to "invited".
pub fn check_invite(
    event: &Event,
    attendee: &Attendee,
    known: impl Fn(&Attendee) -> bool,
) -> Result<(), Invalid> {
    let mut check = Checker::new();
    if !known(attendee) {
        check.fail(ATTENDEES_FIELD, Problem::Unknown);
    } else if event.attendees.contains_key(&attendee.code()) {
        check.fail(ATTENDEES_FIELD, Problem::AlreadyDone);
    }
    check.finish(())
}

/// Checks that `code` names someone on `event`'s list: a reply is recorded
/// only for an invited attendee (one taken off on another device is not).
pub fn check_reply(event: &Event, code: &str) -> Result<(), Invalid> {
    if event.attendees.contains_key(code) {
        Ok(())
    } else {
        Err(Invalid::unknown(ATTENDEES_FIELD))
    }
}

/// What the checklist form asks.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ItemInput {
    pub title: String,
    /// A member id, or "" for nobody in particular.
    pub who: String,
    /// A day, or "" for none.
    pub due_on: String,
}

/// Validates `input` and makes a checklist item; `member_exists` tells
/// whether an id names an active member.
pub fn new_item(
    input: &ItemInput,
    member_exists: impl Fn(&str) -> bool,
    now: Millis,
) -> Result<ChecklistItem, Invalid> {
    let mut check = Checker::new();
    let title = check.required("title", &input.title, ITEM_TITLE_MAX);
    let who = input.who.trim();
    if !who.is_empty() && !member_exists(who) {
        check.fail("who", Problem::Unknown);
    }
    let due = input.due_on.trim();
    let due_on = match parse_day(due) {
        Some(day) => Some(day.to_string()),
        None if due.is_empty() => None,
        None => {
            check.fail("due_on", Problem::InvalidDay);
            None
        }
    };
    check.finish(ChecklistItem {
        id: new_id(),
        title,
        who: (!who.is_empty()).then(|| who.to_string()),
        due_on,
        done: None,
        added_at: now,
    })
}

/// Ticks `item` done by `by` at `now`, or clears it. An item ticked before
/// keeps who ticked it first.
pub fn set_done(item: &mut ChecklistItem, done: bool, by: &str, now: Millis) {
    match (done, &item.done) {
        (true, None) => {
            item.done = Some(Done {
                at: now,
                by: by.to_string(),
            })
        }
        (false, Some(_)) => item.done = None,
        _ => {}
    }
}

/// The checklist in the order its items were added.
pub fn checklist_in_order(event: &Event) -> Vec<&ChecklistItem> {
    let mut items: Vec<&ChecklistItem> = event.checklist.values().collect();
    items.sort_by(|a, b| (a.added_at, &a.id).cmp(&(b.added_at, &b.id)));
    items
}

/// How many of `event`'s attendees gave each reply.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Replies {
    pub invited: usize,
    pub yes: usize,
    pub maybe: usize,
    pub no: usize,
}

impl Replies {
    pub fn of(event: &Event) -> Self {
        let mut counts = Replies::default();
        for reply in event.attendees.values() {
            *match reply {
                Reply::Invited => &mut counts.invited,
                Reply::Yes => &mut counts.yes,
                Reply::Maybe => &mut counts.maybe,
                Reply::No => &mut counts.no,
            } += 1;
        }
        counts
    }

    /// Everyone on the list, whatever they replied.
    pub fn total(&self) -> usize {
        self.invited + self.yes + self.maybe + self.no
    }
}

/// Where an event stands against its budget.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BudgetStatus {
    /// The event has no budget.
    None,
    /// Spent up to the budget.
    Within,
    /// Spent more than the budget.
    Over,
}

/// An event's budget and what was spent against it, in minor units.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Budget {
    pub budget: Option<i64>,
    pub currency: Currency,
    /// The expenses in the budget's currency, added up.
    pub spent: i64,
    /// The expenses in any other currency, added up per currency: never
    /// converted, never part of `spent`.
    pub other: BTreeMap<Currency, i64>,
}

impl Budget {
    /// `event`'s budget against `expenses` (those booked against it; any
    /// other is left out).
    pub fn of<'a>(event: &Event, expenses: impl IntoIterator<Item = &'a Expense>) -> Self {
        let mut budget = Budget {
            budget: event.budget,
            currency: event.currency,
            spent: 0,
            other: BTreeMap::new(),
        };
        let booked = expenses
            .into_iter()
            .filter(|e| e.event.as_deref() == Some(event.id.as_str()));
        for expense in booked {
            let total = if expense.currency == event.currency {
                &mut budget.spent
            } else {
                budget.other.entry(expense.currency).or_insert(0)
            };
            *total = total.saturating_add(expense.amount);
        }
        budget
    }

    /// What is left of the budget: below zero once it is overspent.
    pub fn remaining(&self) -> Option<i64> {
        self.budget.map(|b| b.saturating_sub(self.spent))
    }

    /// How much more than the budget was spent, when it was.
    pub fn over_by(&self) -> Option<i64> {
        self.remaining().filter(|r| *r < 0).map(i64::saturating_neg)
    }

    pub fn status(&self) -> BudgetStatus {
        match (self.budget, self.over_by()) {
            (None, _) => BudgetStatus::None,
            (Some(_), Some(_)) => BudgetStatus::Over,
            (Some(_), None) => BudgetStatus::Within,
        }
    }

    /// The share of the budget spent, in whole percent rounded down (99.9%
    /// spent is not yet 100%), in integers throughout.
    pub fn used_percent(&self) -> Option<u64> {
        let budget = self.budget.filter(|b| *b > 0)?;
        let percent = i128::from(self.spent.max(0)) * 100 / i128::from(budget);
        Some(u64::try_from(percent).unwrap_or(u64::MAX))
    }
}

/// Where an event sorts in the by-day index: its day, then its time (an
/// event without a time first on its day).
pub fn day_order(event: &Event) -> Option<(Day, String)> {
    Some((parse_day(&event.day)?, event.time.clone()))
}

/// The first sort key of `day` in the by-day index: upcoming events are
/// the window from today's, past ones the window up to it.
pub fn day_start(day: Day) -> (Day, String) {
    (day, String::new())
}

#[cfg(test)]
mod tests;
