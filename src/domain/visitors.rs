//! Visitors: someone expected for a colleague, greeted at the desk with a
//! badge, and signed out when they leave. The host sees on their own device
//! who is waiting for them: every visit on site is filed under its host.

use std::cmp::Reverse;

use autosurgeon::{Hydrate, Reconcile};
use jiff::civil::Time;

use super::calendar::parse_day;
use super::coded::coded_enum;
use super::ids::{new_id, Id};
use super::validation::{Checker, Invalid, Problem};
use super::Millis;

coded_enum! {
    /// Where a visit stands: expected, arrived (on site), left.
    pub enum VisitStatus ("visit-status") {
        #[default]
        Expected = "expected",
        Arrived = "arrived",
        Left = "left",
    }
}

/// A visit (team document).
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct Visit {
    pub id: Id,
    /// The visitor's name.
    pub name: String,
    /// Where they come from, if said.
    pub organisation: String,
    /// The member they come for.
    pub host: Id,
    /// The day they are expected ("2026-03-30"), "" when not said.
    pub expected_day: String,
    /// The time they are expected ("09:30"), "" when not said.
    pub expected_time: String,
    pub status: VisitStatus,
    pub arrived_at: Option<Millis>,
    pub left_at: Option<Millis>,
    /// The badge handed out on arrival, "" for none.
    pub badge: String,
    pub notes: String,
    pub registered_at: Millis,
    pub registered_by: Id,
}

pub const NAME_MAX: usize = 120;
pub const NOTES_MAX: usize = 1_000;
pub const BADGE_MAX: usize = 20;

/// What the "expect a visitor" form asks.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct VisitInput {
    pub name: String,
    pub organisation: String,
    /// A member id, or "" when none was chosen.
    pub host: String,
    pub expected_day: String,
    pub expected_time: String,
    pub notes: String,
}

/// Validates `input` and registers the visit as expected. `host_exists`
/// tells whether an id names an active member.
pub fn register_visit(
    input: &VisitInput,
    host_exists: impl Fn(&str) -> bool,
    by: &str,
    now: Millis,
) -> Result<Visit, Invalid> {
    let mut check = Checker::new();
    let name = check.required("name", &input.name, NAME_MAX);
    let organisation = check.optional("organisation", &input.organisation, NAME_MAX);
    let notes = check.optional("notes", &input.notes, NOTES_MAX);
    let host = input.host.trim();
    if host.is_empty() {
        check.fail("host", Problem::Required);
    } else if !host_exists(host) {
        check.fail("host", Problem::Unknown);
    }
    let day = input.expected_day.trim();
    let expected_day = match parse_day(day) {
        Some(parsed) => parsed.to_string(),
        None if day.is_empty() => String::new(),
        None => {
            check.fail("expected_day", Problem::InvalidDay);
            String::new()
        }
    };
    let time = input.expected_time.trim();
    let expected_time = match time.parse::<Time>() {
        Ok(parsed) => parsed.strftime("%H:%M").to_string(),
        Err(_) if time.is_empty() => String::new(),
        Err(_) => {
            check.fail("expected_time", Problem::InvalidTime);
            String::new()
        }
    };
    // A time alone says nothing about which day to expect them.
    if !expected_time.is_empty() && day.is_empty() {
        check.fail("expected_day", Problem::Required);
    }
    check.finish(Visit {
        id: new_id(),
        name,
        organisation,
        host: host.to_string(),
        expected_day,
        expected_time,
        status: VisitStatus::Expected,
        arrived_at: None,
        left_at: None,
        badge: String::new(),
        notes,
        registered_at: now,
        registered_by: by.to_string(),
    })
}

/// Marks `visit` arrived at `at`, handing out `badge` ("" for none). A
/// badge worn by another visitor among `on_site` is refused: two people
/// with one badge make the badge worthless.
pub fn mark_arrived<'a>(
    visit: &mut Visit,
    badge: &str,
    on_site: impl IntoIterator<Item = &'a Visit>,
    at: Millis,
) -> Result<(), Invalid> {
    let mut check = Checker::new();
    if visit.status != VisitStatus::Expected {
        check.fail("status", Problem::AlreadyDone);
    }
    let badge = check.optional("badge", badge, BADGE_MAX);
    let taken = !badge.is_empty()
        && on_site.into_iter().any(|other| {
            other.id != visit.id && other.is_on_site() && other.badge.eq_ignore_ascii_case(&badge)
        });
    if taken {
        check.fail("badge", Problem::BadgeInUse);
    }
    check.finish(())?;
    visit.status = VisitStatus::Arrived;
    visit.arrived_at = Some(at);
    visit.badge = badge;
    Ok(())
}

/// Marks `visit` left at `at`. Only a visitor on site can leave, and not
/// before they arrived (another device's clock may be behind).
pub fn mark_left(visit: &mut Visit, at: Millis) -> Result<(), Invalid> {
    let mut check = Checker::new();
    match visit.status {
        VisitStatus::Expected => check.fail("status", Problem::NotArrived),
        VisitStatus::Left => check.fail("status", Problem::AlreadyDone),
        VisitStatus::Arrived => {}
    }
    if visit.arrived_at.is_some_and(|arrived| at < arrived) {
        check.fail("left_at", Problem::BeforeArrival);
    }
    check.finish(())?;
    visit.status = VisitStatus::Left;
    visit.left_at = Some(at);
    Ok(())
}

impl Visit {
    pub fn is_on_site(&self) -> bool {
        self.status == VisitStatus::Arrived
    }
}

/// Where an expected visit sorts: by day ("" — any day — first), then
/// time, so that a window up to tomorrow lists today's and overdue ones.
pub type ExpectedOrder = (String, String);

pub fn expected_order(visit: &Visit) -> Option<ExpectedOrder> {
    (visit.status == VisitStatus::Expected)
        .then(|| (visit.expected_day.clone(), visit.expected_time.clone()))
}

/// Where a visitor on site is filed: under their host, by arrival. This
/// is what the host's device shows.
pub fn on_site_under(visit: &Visit) -> Option<(Id, Millis)> {
    visit
        .is_on_site()
        .then(|| (visit.host.clone(), visit.arrived_at.unwrap_or_default()))
}

/// Where a past visit sorts: the latest to leave first.
pub fn left_order(visit: &Visit) -> Option<Reverse<Millis>> {
    (visit.status == VisitStatus::Left).then(|| Reverse(visit.left_at.unwrap_or_default()))
}

#[cfg(test)]
mod tests;
