//! Follow-up plans: when a client is next due to hear from the business, and
//! what is due or overdue across clients.

use super::*;

impl Cadence {
    /// Whether a follow-up is scheduled on `day` for a plan starting on
    /// `start` (with `every_days` for a custom interval).
    fn is_scheduled(self, day: Day, start: Day, every_days: i64) -> bool {
        let since_start = days_between(start, day);
        since_start >= 0
            && match self {
                Cadence::DailyUpdate => !matches!(
                    day.weekday(),
                    jiff::civil::Weekday::Saturday | jiff::civil::Weekday::Sunday
                ),
                Cadence::WeeklyUpdate => since_start % 7 == 0,
                Cadence::MondayMessage => day.weekday() == jiff::civil::Weekday::Monday,
                Cadence::Custom => since_start % every_days.max(1) == 0,
            }
    }
}

impl FollowUpPlan {
    /// The first scheduled day on or after `from`.
    fn first_scheduled_from(&self, from: Day) -> Option<Day> {
        let start = parse_day(&self.starts_on)?;
        let from = from.max(start);
        // Every cadence repeats within its interval (at most a week for the
        // fixed ones), so the search is short.
        let horizon = self.every_days.max(7);
        (0..=horizon)
            .map(|offset| add_days(from, offset))
            .find(|day| self.cadence.is_scheduled(*day, start, self.every_days))
    }
}

/// Where a follow-up stands on the day it is looked at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DueState {
    /// Due on a later day, in this many days.
    Upcoming {
        in_days: i64,
    },
    DueToday,
    /// Was due this many days ago and nobody has been in touch since.
    Overdue {
        days: i64,
    },
}

/// The next follow-up of a plan: which day and how it stands today.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NextFollowUp {
    pub due: Day,
    pub state: DueState,
}

impl NextFollowUp {
    /// Due today or overdue: something to do now.
    pub fn is_due(&self) -> bool {
        !matches!(self.state, DueState::Upcoming { .. })
    }
}

/// The day of the business's last contact with `client_id` (a call, e-mail,
/// meeting or message), in `zone`.
fn last_contact_day(client_id: &str, interactions: &[Interaction], zone: &Zone) -> Option<Day> {
    interactions
        .iter()
        .filter(|i| i.client_id == client_id && is_outgoing(i.kind))
        .map(|i| day_of(i.at, zone))
        .max()
}

/// The next follow-up of `plan`. Contact with the client on a day clears
/// every occurrence up to and including that day, so the next one is the
/// first scheduled day after the last contact (or from the start day).
/// Days are calendar days in `zone`, so month ends and daylight-saving
/// changes need no special care. `None` when the plan's start day is not a
/// day.
pub fn next_follow_up(
    plan: &FollowUpPlan,
    interactions: &[Interaction],
    now: Millis,
    zone: &Zone,
) -> Option<NextFollowUp> {
    let start = parse_day(&plan.starts_on)?;
    let from = last_contact_day(&plan.client_id, interactions, zone)
        .map(|day| add_days(day, 1))
        .unwrap_or(start);
    let due = plan.first_scheduled_from(from)?;
    let today = day_of(now, zone);
    let state = match days_between(due, today) {
        0 => DueState::DueToday,
        late if late > 0 => DueState::Overdue { days: late },
        early => DueState::Upcoming { in_days: -early },
    };
    Some(NextFollowUp { due, state })
}

/// Every follow-up due today or overdue, the longest waiting first.
pub fn due_follow_ups<'a>(
    plans: &'a [FollowUpPlan],
    interactions: &[Interaction],
    now: Millis,
    zone: &Zone,
) -> Vec<(&'a FollowUpPlan, NextFollowUp)> {
    let mut due: Vec<_> = plans
        .iter()
        .filter_map(|plan| {
            next_follow_up(plan, interactions, now, zone)
                .filter(NextFollowUp::is_due)
                .map(|next| (plan, next))
        })
        .collect();
    due.sort_by(|(a, x), (b, y)| {
        x.due
            .cmp(&y.due)
            .then_with(|| a.client_id.cmp(&b.client_id))
    });
    due
}

/// What the follow-up form edits.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FollowUpInput {
    pub cadence: Cadence,
    /// The custom interval as typed; ignored for the other cadences.
    pub every_days: String,
    pub channel: InteractionKind,
    pub responsible: Option<Id>,
    /// "YYYY-MM-DD", as a date input gives it.
    pub starts_on: String,
}

impl FollowUpInput {
    /// The form's starting values for an existing plan.
    pub fn from_plan(plan: &FollowUpPlan) -> Self {
        Self {
            cadence: plan.cadence,
            every_days: if plan.cadence == Cadence::Custom {
                plan.every_days.to_string()
            } else {
                String::new()
            },
            channel: plan.channel,
            responsible: plan.responsible.clone(),
            starts_on: plan.starts_on.clone(),
        }
    }
}

/// Validates `input` and makes the follow-up plan of `client_id`, replacing
/// any earlier one.
pub fn set_follow_up(
    client_id: &str,
    input: &FollowUpInput,
    is_member: impl Fn(&str) -> bool,
    by: &str,
    now: Millis,
) -> Result<FollowUpPlan, Invalid> {
    let mut check = Checker::new();
    let every_days = if input.cadence == Cadence::Custom {
        positive_count(&mut check, "every_days", &input.every_days)
    } else {
        0
    };
    let starts_on = check.required("starts_on", &input.starts_on, 10);
    if !starts_on.is_empty() && parse_day(&starts_on).is_none() {
        check.fail("starts_on", Problem::InvalidDay);
    }
    // The form only offers the outgoing channels; anything else cannot be
    // logged as a follow-up, so it cannot be chosen.
    if !is_outgoing(input.channel) {
        check.fail("channel", Problem::Unknown);
    }
    if input
        .responsible
        .as_deref()
        .is_some_and(|id| !is_member(id))
    {
        check.fail("responsible", Problem::Unknown);
    }
    check.finish(FollowUpPlan {
        client_id: client_id.to_string(),
        cadence: input.cadence,
        every_days,
        channel: input.channel,
        responsible: input.responsible.clone(),
        starts_on,
        set_at: now,
        set_by: by.to_string(),
    })
}

#[cfg(test)]
mod tests;
