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
mod tests {
    use super::*;
    use crate::domain::calendar::day_text;
    use crate::domain::care::fixtures::*;

    #[test]
    fn daily_updates_skip_the_weekend_across_a_month_end() {
        let daily = plan(Cadence::DailyUpdate, 0, "2026-01-26");
        let tz = amsterdam();
        // Called on Friday 30 January: next due Monday 2 February.
        let log = [contact(
            InteractionKind::Call,
            local("2026-01-30T16:00", &tz),
        )];
        assert_eq!(
            next(&daily, &log, "2026-01-31T09:00"),
            ("2026-02-02".into(), DueState::Upcoming { in_days: 2 })
        );
        assert_eq!(
            next(&daily, &log, "2026-02-03T09:00"),
            ("2026-02-02".into(), DueState::Overdue { days: 1 })
        );
        // Nothing logged at all: due from the start day on.
        assert_eq!(
            next(&daily, &[], "2026-01-28T09:00"),
            ("2026-01-26".into(), DueState::Overdue { days: 2 })
        );
    }

    #[test]
    fn custom_and_weekly_intervals_count_from_the_start_day_over_31_january() {
        let every_two = plan(Cadence::Custom, 2, "2026-01-30");
        let tz = amsterdam();
        let log = [contact(
            InteractionKind::Email,
            local("2026-01-30T10:00", &tz),
        )];
        assert_eq!(
            next(&every_two, &log, "2026-02-01T08:00"),
            ("2026-02-01".into(), DueState::DueToday)
        );
        let weekly = plan(Cadence::WeeklyUpdate, 0, "2026-01-27");
        let log = [contact(
            InteractionKind::Meeting,
            local("2026-01-27T10:00", &tz),
        )];
        assert_eq!(
            next(&weekly, &log, "2026-01-31T23:59"),
            ("2026-02-03".into(), DueState::Upcoming { in_days: 3 })
        );
    }

    #[test]
    fn the_monday_message_is_due_on_monday_in_local_time_when_clocks_go_forward() {
        let monday = plan(Cadence::MondayMessage, 0, "2026-03-23");
        let tz = amsterdam();
        let sent = [contact(
            InteractionKind::Message,
            local("2026-03-23T09:00", &tz),
        )];
        // 00:30 on Monday 30 March in Amsterdam is still Sunday in UTC.
        let now = local("2026-03-30T00:30", &tz);
        assert_eq!(day_text(day_of(now, &Zone::UTC)), "2026-03-29");
        assert_eq!(
            next(&monday, &sent, "2026-03-30T00:30"),
            ("2026-03-30".into(), DueState::DueToday)
        );
        // A message late on Sunday (before the due day) does not clear it...
        let mut log = sent.to_vec();
        log.push(contact(
            InteractionKind::Message,
            local("2026-03-29T23:30", &tz),
        ));
        assert_eq!(
            next(&monday, &log, "2026-03-30T08:00").1,
            DueState::DueToday
        );
        // ...one just after midnight on Monday does.
        log.push(contact(
            InteractionKind::Message,
            local("2026-03-30T00:10", &tz),
        ));
        assert_eq!(
            next(&monday, &log, "2026-03-30T08:00"),
            ("2026-04-06".into(), DueState::Upcoming { in_days: 7 })
        );
    }

    #[test]
    fn a_weekly_update_turns_overdue_at_local_midnight_when_clocks_go_back() {
        let weekly = plan(Cadence::WeeklyUpdate, 0, "2026-10-18");
        let tz = amsterdam();
        let log = [contact(
            InteractionKind::Call,
            local("2026-10-18T11:00", &tz),
        )];
        // Sunday 25 October has 25 hours; 23:30 local is 22:30 UTC.
        assert_eq!(
            next(&weekly, &log, "2026-10-25T23:30"),
            ("2026-10-25".into(), DueState::DueToday)
        );
        assert_eq!(
            next(&weekly, &log, "2026-10-26T00:30"),
            ("2026-10-25".into(), DueState::Overdue { days: 1 })
        );
    }

    #[test]
    fn questions_and_complaints_do_not_count_as_a_follow_up() {
        let daily = plan(Cadence::DailyUpdate, 0, "2026-02-02");
        let tz = amsterdam();
        let log = [
            contact(InteractionKind::Question, local("2026-02-02T10:00", &tz)),
            contact(InteractionKind::Complaint, local("2026-02-02T11:00", &tz)),
        ];
        assert_eq!(next(&daily, &log, "2026-02-02T12:00").1, DueState::DueToday);
    }

    #[test]
    fn the_due_list_holds_only_due_plans_the_longest_waiting_first() {
        let tz = amsterdam();
        let mut late = plan(Cadence::WeeklyUpdate, 0, "2026-01-05");
        late.client_id = "late".into();
        let mut today = plan(Cadence::DailyUpdate, 0, "2026-01-14");
        today.client_id = "today".into();
        let mut later = plan(Cadence::MondayMessage, 0, "2026-01-15");
        later.client_id = "later".into();
        let plans = [today, later, late];
        let due = due_follow_ups(&plans, &[], local("2026-01-14T09:00", &tz), &tz);
        let ids: Vec<_> = due.iter().map(|(p, _)| p.client_id.as_str()).collect();
        assert_eq!(ids, ["late", "today"]);
        assert_eq!(due[0].1.state, DueState::Overdue { days: 9 });
    }

    #[test]
    fn plans_are_validated() {
        let bad = FollowUpInput {
            cadence: Cadence::Custom,
            every_days: "0".into(),
            channel: InteractionKind::Complaint,
            responsible: Some("ghost".into()),
            starts_on: "tomorrow".into(),
        };
        let err = set_follow_up("c1", &bad, |id| id == "m1", "m1", 0).unwrap_err();
        assert_eq!(
            err.for_field("every_days"),
            Some(&Problem::NotAPositiveNumber)
        );
        assert_eq!(err.for_field("starts_on"), Some(&Problem::InvalidDay));
        assert_eq!(err.for_field("channel"), Some(&Problem::Unknown));
        assert_eq!(err.for_field("responsible"), Some(&Problem::Unknown));

        let good = FollowUpInput {
            cadence: Cadence::WeeklyUpdate,
            every_days: "junk ignored".into(),
            channel: InteractionKind::Email,
            responsible: Some("m1".into()),
            starts_on: "2026-03-02".into(),
        };
        let plan = set_follow_up("c1", &good, |id| id == "m1", "m1", 7).unwrap();
        assert_eq!((plan.every_days, plan.set_at), (0, 7));
        assert_eq!(FollowUpInput::from_plan(&plan).every_days, "");
    }
}
