//! Client care: follow-up plans (the daily update, the weekly update, the
//! Monday message or a custom interval), answers to questions and complaints,
//! satisfaction scores and the workspace's thresholds for at-risk clients.

use autosurgeon::{Hydrate, Reconcile};

use super::calendar::{add_days, day_of, days_between, parse_day, Day, Zone};
use super::clients::{Interaction, InteractionKind, SUMMARY_MAX};
use super::coded::coded_enum;
use super::edit::take_change;
use super::ids::{new_id, Id};
use super::validation::{Checker, Invalid, Problem};
use super::Millis;

coded_enum! {
    /// How often a client hears from the business.
    pub enum Cadence ("cadence") {
        #[default]
        DailyUpdate = "daily",
        WeeklyUpdate = "weekly",
        MondayMessage = "monday",
        Custom = "custom",
    }
}

/// How and by whom a client is followed up. One plan per client, stored
/// under the client's id.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct FollowUpPlan {
    pub client_id: Id,
    pub cadence: Cadence,
    /// Days between follow-ups for [`Cadence::Custom`]; 0 otherwise.
    pub every_days: i64,
    pub channel: InteractionKind,
    /// The member responsible for the follow-up.
    pub responsible: Option<Id>,
    /// The first day the plan applies ("2026-03-30").
    pub starts_on: String,
    pub set_at: Millis,
    pub set_by: Id,
}

/// The answer to a client's question or complaint, kept on the interaction.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct Answer {
    pub at: Millis,
    pub by: Id,
    pub note: String,
}

/// A satisfaction score (1–5) recorded against a touchpoint.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct Score {
    pub id: Id,
    pub client_id: Id,
    pub score: i64,
    pub comment: String,
    /// The interaction the score is about, if any.
    pub touchpoint: Option<Id>,
    pub at: Millis,
    pub by: Id,
}

/// The key of the workspace's one [`Preferences`] record.
pub const PREFERENCES_KEY: &str = "workspace";

/// Thresholds the workspace can tune. Stored as one record whose (empty) map
/// every document has from its schema, so that two devices saving the first
/// change at once edit one map field by field instead of each creating their
/// own; a field nobody set reads as its default.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct Preferences {
    /// How many recent scores are compared with the ones before them.
    #[autosurgeon(missing = "default_risk_window")]
    pub risk_window: i64,
    /// The drop in average score, in tenths, that flags a client at risk.
    #[autosurgeon(missing = "default_risk_drop_tenths")]
    pub risk_drop_tenths: i64,
    /// A complaint within this many days flags a client at risk.
    #[autosurgeon(missing = "default_complaint_days")]
    pub complaint_days: i64,
    /// A task whose status has not changed for this many days is stalled.
    #[autosurgeon(missing = "default_stalled_days")]
    pub stalled_days: i64,
}

fn default_risk_window() -> i64 {
    3
}

fn default_risk_drop_tenths() -> i64 {
    10
}

fn default_complaint_days() -> i64 {
    30
}

fn default_stalled_days() -> i64 {
    7
}

impl Default for Preferences {
    fn default() -> Self {
        Self {
            risk_window: default_risk_window(),
            risk_drop_tenths: default_risk_drop_tenths(),
            complaint_days: default_complaint_days(),
            stalled_days: default_stalled_days(),
        }
    }
}

/// The interactions that reach out to a client (and so can be a follow-up),
/// as opposed to questions and complaints, which come from the client.
pub const CHANNELS: [InteractionKind; 4] = [
    InteractionKind::Call,
    InteractionKind::Email,
    InteractionKind::Meeting,
    InteractionKind::Message,
];

/// Whether `kind` is contact the business made (see [`CHANNELS`]).
pub fn is_outgoing(kind: InteractionKind) -> bool {
    CHANNELS.contains(&kind)
}

/// Whether `kind` is something the client asked or raised, which stays open
/// until it is answered.
pub fn needs_answer(kind: InteractionKind) -> bool {
    matches!(kind, InteractionKind::Question | InteractionKind::Complaint)
}

/// The largest number any count-of-days or count-of-scores field accepts.
pub const COUNT_MAX: i64 = 999;
/// The smallest and largest at-risk drop, in tenths of a point.
pub const DROP_TENTHS: std::ops::RangeInclusive<i64> = 1..=40;
/// The lowest and highest satisfaction score.
pub const SCORE_RANGE: std::ops::RangeInclusive<i64> = 1..=5;
pub const COMMENT_MAX: usize = 2_000;

/// Reads a whole number from 1 to [`COUNT_MAX`] typed into `field`.
fn positive_count(check: &mut Checker, field: &'static str, text: &str) -> i64 {
    match text.trim().parse::<i64>() {
        Ok(n) if (1..=COUNT_MAX).contains(&n) => n,
        _ => {
            check.fail(field, Problem::NotAPositiveNumber);
            0
        }
    }
}

// ---------------------------------------------------------------- follow-ups

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

// ------------------------------------------------- questions and complaints

/// What the answer form asks.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AnswerInput {
    pub note: String,
    /// When it was answered; `None` when the field was left empty.
    pub at: Option<Millis>,
}

/// Validates `input` and records it as the answer to `interaction`, a
/// question or complaint. Only the answer is written, so an edit of the
/// interaction elsewhere survives.
pub fn answer(interaction: &mut Interaction, input: &AnswerInput, by: &str) -> Result<(), Invalid> {
    let mut check = Checker::new();
    let note = check.required("note", &input.note, SUMMARY_MAX);
    match input.at {
        None => check.fail("at", Problem::Required),
        Some(at) if at < interaction.at => check.fail("at", Problem::AnswerBeforeQuestion),
        Some(_) => {}
    }
    if !needs_answer(interaction.kind) {
        check.fail("note", Problem::Unknown);
    }
    let answer = check.finish(Answer {
        at: input.at.unwrap_or_default(),
        by: by.to_string(),
        note,
    })?;
    interaction.answer = Some(answer);
    Ok(())
}

/// A question or complaint nobody has answered yet.
pub fn is_open(interaction: &Interaction) -> bool {
    needs_answer(interaction.kind) && interaction.answer.is_none()
}

/// How long the client waited for the answer.
pub fn response_time(interaction: &Interaction) -> Option<Millis> {
    interaction
        .answer
        .as_ref()
        .filter(|_| needs_answer(interaction.kind))
        .map(|answer| answer.at - interaction.at)
}

/// The average response time over the answered questions and complaints
/// among `interactions`; `None` when none is answered.
pub fn average_response_time<'a>(
    interactions: impl IntoIterator<Item = &'a Interaction>,
) -> Option<Millis> {
    let times: Vec<Millis> = interactions.into_iter().filter_map(response_time).collect();
    let count = i64::try_from(times.len()).ok().filter(|n| *n > 0)?;
    Some(times.iter().sum::<Millis>() / count)
}

/// The open questions and complaints among `interactions`, oldest first.
pub fn open_questions(interactions: &[Interaction]) -> Vec<&Interaction> {
    let mut open: Vec<_> = interactions.iter().filter(|i| is_open(i)).collect();
    open.sort_by(|a, b| a.at.cmp(&b.at).then_with(|| a.id.cmp(&b.id)));
    open
}

/// A length of time in whole days, hours and minutes, for display.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub days: i64,
    pub hours: i64,
    pub minutes: i64,
}

impl Span {
    pub fn of(millis: Millis) -> Self {
        let minutes = millis.max(0) / 60_000;
        Self {
            days: minutes / (24 * 60),
            hours: minutes / 60 % 24,
            minutes: minutes % 60,
        }
    }
}

// -------------------------------------------------------------- satisfaction

/// What the score form asks.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ScoreInput {
    /// The score as typed.
    pub score: String,
    pub comment: String,
    pub touchpoint: Option<Id>,
}

/// Validates `input` and makes a score for `client_id`; `is_touchpoint` says
/// whether an interaction id is one of that client's interactions.
pub fn record_score(
    client_id: &str,
    input: &ScoreInput,
    is_touchpoint: impl Fn(&str) -> bool,
    by: &str,
    now: Millis,
) -> Result<Score, Invalid> {
    let mut check = Checker::new();
    let score = match input.score.trim().parse::<i64>() {
        Ok(score) if SCORE_RANGE.contains(&score) => score,
        _ => {
            check.fail("score", Problem::ScoreOutOfRange);
            0
        }
    };
    let comment = check.optional("comment", &input.comment, COMMENT_MAX);
    if input
        .touchpoint
        .as_deref()
        .is_some_and(|id| !is_touchpoint(id))
    {
        check.fail("touchpoint", Problem::Unknown);
    }
    check.finish(Score {
        id: new_id(),
        client_id: client_id.to_string(),
        score,
        comment,
        touchpoint: input.touchpoint.clone(),
        at: now,
        by: by.to_string(),
    })
}

/// The scores of `client_id`, oldest first: its trend.
pub fn score_trend<'a>(client_id: &str, scores: &'a [Score]) -> Vec<&'a Score> {
    let mut trend: Vec<_> = scores.iter().filter(|s| s.client_id == client_id).collect();
    trend.sort_by(|a, b| a.at.cmp(&b.at).then_with(|| a.id.cmp(&b.id)));
    trend
}

/// The average of `scores` in tenths of a point, rounded; `None` when there
/// are none.
pub fn average_tenths<'a>(scores: impl IntoIterator<Item = &'a Score>) -> Option<i64> {
    let (sum, count) = scores
        .into_iter()
        .fold((0, 0), |(sum, count), s| (sum + s.score, count + 1));
    (count > 0).then(|| (sum * 10 + count / 2) / count)
}

/// Tenths of a point as people write them: 10 → "1.0".
pub fn tenths_text(tenths: i64) -> String {
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// Why a client is at risk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RiskReason {
    /// The average of the last scores fell from `before` to `recent` (both
    /// in tenths).
    ScoreDrop { before: i64, recent: i64 },
    /// The client complained `days_ago` days ago.
    RecentComplaint { days_ago: i64 },
}

/// Why `client_id` is at risk under `prefs`: its recent scores dropped, or
/// it complained recently. Empty when it is not at risk.
pub fn risk_reasons(
    client_id: &str,
    scores: &[Score],
    interactions: &[Interaction],
    prefs: &Preferences,
    now: Millis,
    zone: &Zone,
) -> Vec<RiskReason> {
    let mut reasons = Vec::new();
    let trend = score_trend(client_id, scores);
    let window = usize::try_from(prefs.risk_window.max(1)).unwrap_or(1);
    if trend.len() >= 2 * window {
        let recent = &trend[trend.len() - window..];
        let before = &trend[trend.len() - 2 * window..trend.len() - window];
        let sum = |s: &[&Score]| s.iter().map(|s| s.score).sum::<i64>();
        // Compared in whole numbers: (before − recent) / window ≥ drop / 10.
        if 10 * (sum(before) - sum(recent)) >= prefs.risk_drop_tenths * prefs.risk_window.max(1) {
            reasons.push(RiskReason::ScoreDrop {
                before: average_tenths(before.iter().copied()).unwrap_or_default(),
                recent: average_tenths(recent.iter().copied()).unwrap_or_default(),
            });
        }
    }
    let today = day_of(now, zone);
    let last_complaint = interactions
        .iter()
        .filter(|i| i.client_id == client_id && i.kind == InteractionKind::Complaint)
        .map(|i| days_between(day_of(i.at, zone), today).max(0))
        .min();
    if let Some(days_ago) = last_complaint.filter(|d| *d <= prefs.complaint_days) {
        reasons.push(RiskReason::RecentComplaint { days_ago });
    }
    reasons
}

// --------------------------------------------------------------- preferences

/// What the thresholds form edits, as typed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PreferencesInput {
    pub risk_window: String,
    /// The drop in points, such as "1.0" (or "1,0").
    pub risk_drop: String,
    pub complaint_days: String,
    pub stalled_days: String,
}

impl PreferencesInput {
    pub fn from_preferences(prefs: &Preferences) -> Self {
        Self {
            risk_window: prefs.risk_window.to_string(),
            risk_drop: tenths_text(prefs.risk_drop_tenths),
            complaint_days: prefs.complaint_days.to_string(),
            stalled_days: prefs.stalled_days.to_string(),
        }
    }

    fn validated(&self) -> Result<Preferences, Invalid> {
        let mut check = Checker::new();
        let risk_window = positive_count(&mut check, "risk_window", &self.risk_window);
        let risk_drop_tenths = parse_tenths(&self.risk_drop)
            .filter(|t| DROP_TENTHS.contains(t))
            .unwrap_or_else(|| {
                check.fail("risk_drop", Problem::DropOutOfRange);
                0
            });
        let complaint_days = positive_count(&mut check, "complaint_days", &self.complaint_days);
        let stalled_days = positive_count(&mut check, "stalled_days", &self.stalled_days);
        check.finish(Preferences {
            risk_window,
            risk_drop_tenths,
            complaint_days,
            stalled_days,
        })
    }
}

/// "1.0", "1,5" or "2" in tenths; `None` for anything else, including more
/// than one decimal.
fn parse_tenths(text: &str) -> Option<i64> {
    let text = text.trim().replace(',', ".");
    let (whole, tenth) = text.split_once('.').unwrap_or((&text, "0"));
    let all_digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    if !all_digits(whole) || !all_digits(tenth) || tenth.len() > 1 {
        return None;
    }
    Some(whole.parse::<i64>().ok()?.checked_mul(10)? + tenth.parse::<i64>().ok()?)
}

/// Applies a thresholds form edit to the current preferences: only the
/// thresholds the user changed are written, so someone else's change to
/// another threshold meanwhile is kept.
pub fn edit_preferences(
    current: &mut Preferences,
    original: &PreferencesInput,
    edited: &PreferencesInput,
) -> Result<(), Invalid> {
    let edited = edited.validated()?;
    let original = original.validated().unwrap_or_else(|_| current.clone());
    take_change(
        &mut current.risk_window,
        &original.risk_window,
        edited.risk_window,
    );
    take_change(
        &mut current.risk_drop_tenths,
        &original.risk_drop_tenths,
        edited.risk_drop_tenths,
    );
    take_change(
        &mut current.complaint_days,
        &original.complaint_days,
        edited.complaint_days,
    );
    take_change(
        &mut current.stalled_days,
        &original.stalled_days,
        edited.stalled_days,
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::{ChangeMeta, Collection, DocKind, Document, DocumentId};
    use crate::domain::calendar::{day_text, zone};
    use crate::domain::clients::{log_interaction, InteractionInput};

    fn amsterdam() -> Zone {
        zone("Europe/Amsterdam")
    }

    /// The instant of a local wall-clock time ("2026-03-30T00:30") in `tz`.
    fn local(text: &str, tz: &Zone) -> Millis {
        tz.to_timestamp(text.parse::<jiff::civil::DateTime>().unwrap())
            .unwrap()
            .as_millisecond()
    }

    fn plan(cadence: Cadence, every_days: i64, starts_on: &str) -> FollowUpPlan {
        FollowUpPlan {
            client_id: "c1".into(),
            cadence,
            every_days,
            channel: InteractionKind::Call,
            responsible: None,
            starts_on: starts_on.into(),
            set_at: 0,
            set_by: "m1".into(),
        }
    }

    fn contact(kind: InteractionKind, at: Millis) -> Interaction {
        log_interaction(
            "c1",
            &InteractionInput {
                kind,
                at: Some(at),
                summary: "Touched base".into(),
                outcome: String::new(),
            },
            "m1",
            at,
        )
        .unwrap()
    }

    fn next(plan: &FollowUpPlan, log: &[Interaction], now: &str) -> (String, DueState) {
        let tz = amsterdam();
        let next = next_follow_up(plan, log, local(now, &tz), &tz).unwrap();
        (day_text(next.due), next.state)
    }

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

    #[test]
    fn answers_are_validated_and_give_response_times() {
        let mut question = contact(InteractionKind::Question, 1_000_000);
        assert!(is_open(&question));
        let early = AnswerInput {
            note: "Sent the invoice".into(),
            at: Some(999_999),
        };
        let err = answer(&mut question, &early, "m1").unwrap_err();
        assert_eq!(err.for_field("at"), Some(&Problem::AnswerBeforeQuestion));
        let empty = AnswerInput {
            note: "  ".into(),
            at: None,
        };
        let err = answer(&mut question, &empty, "m1").unwrap_err();
        assert_eq!(err.for_field("note"), Some(&Problem::Required));
        assert_eq!(err.for_field("at"), Some(&Problem::Required));
        assert!(is_open(&question), "a rejected answer writes nothing");

        let in_two_hours = AnswerInput {
            note: "Sent the invoice".into(),
            at: Some(1_000_000 + 2 * 3_600_000),
        };
        answer(&mut question, &in_two_hours, "m1").unwrap();
        assert!(!is_open(&question));
        assert_eq!(response_time(&question), Some(2 * 3_600_000));

        let mut call = contact(InteractionKind::Call, 0);
        assert!(answer(&mut call, &in_two_hours, "m1").is_err());
        assert!(!is_open(&call));
    }

    #[test]
    fn averages_and_the_open_list() {
        let answered = |at: Millis, after: Millis| {
            let mut i = contact(InteractionKind::Complaint, at);
            i.answer = Some(Answer {
                at: at + after,
                by: "m1".into(),
                note: "Done".into(),
            });
            i
        };
        let newer_open = contact(InteractionKind::Question, 50);
        let older_open = contact(InteractionKind::Complaint, 10);
        let log = [
            answered(0, 60_000),
            answered(100, 180_000),
            newer_open.clone(),
            older_open.clone(),
            contact(InteractionKind::Call, 5),
        ];
        assert_eq!(average_response_time(&log), Some(120_000));
        assert_eq!(average_response_time(&log[2..]), None);
        let open: Vec<_> = open_questions(&log).iter().map(|i| i.id.clone()).collect();
        assert_eq!(open, [older_open.id, newer_open.id]);
        assert_eq!(
            Span::of(((2 * 24 + 3) * 60 + 4) * 60_000),
            Span {
                days: 2,
                hours: 3,
                minutes: 4
            }
        );
    }

    fn scores(values: &[i64]) -> Vec<Score> {
        values
            .iter()
            .enumerate()
            .map(|(n, value)| {
                let input = ScoreInput {
                    score: value.to_string(),
                    ..Default::default()
                };
                record_score("c1", &input, |_| true, "m1", n as Millis).unwrap()
            })
            .collect()
    }

    fn reasons(values: &[i64], log: &[Interaction], prefs: &Preferences) -> Vec<RiskReason> {
        let tz = amsterdam();
        let now = local("2026-05-01T12:00", &tz);
        risk_reasons("c1", &scores(values), log, prefs, now, &tz)
    }

    #[test]
    fn scores_are_validated() {
        for bad in ["0", "6", "", "four", "4.5"] {
            let input = ScoreInput {
                score: bad.into(),
                ..Default::default()
            };
            let err = record_score("c1", &input, |_| true, "m1", 0).unwrap_err();
            assert_eq!(
                err.for_field("score"),
                Some(&Problem::ScoreOutOfRange),
                "{bad}"
            );
        }
        let elsewhere = ScoreInput {
            score: "4".into(),
            touchpoint: Some("i-of-another-client".into()),
            ..Default::default()
        };
        let err = record_score("c1", &elsewhere, |_| false, "m1", 0).unwrap_err();
        assert_eq!(err.for_field("touchpoint"), Some(&Problem::Unknown));
    }

    #[test]
    fn the_trend_runs_oldest_first_with_its_average() {
        let mut all = scores(&[4, 2, 5]);
        all.reverse();
        let trend: Vec<_> = score_trend("c1", &all).iter().map(|s| s.score).collect();
        assert_eq!(trend, [4, 2, 5]);
        assert_eq!(average_tenths(&all), Some(37));
        assert_eq!(tenths_text(37), "3.7");
        assert_eq!(average_tenths(&[]), None);
    }

    #[test]
    fn a_drop_of_exactly_the_threshold_flags_the_client() {
        let prefs = Preferences::default();
        assert_eq!(
            reasons(&[5, 5, 5, 4, 4, 4], &[], &prefs),
            [RiskReason::ScoreDrop {
                before: 50,
                recent: 40
            }]
        );
        assert!(reasons(&[5, 5, 5, 4, 4, 5], &[], &prefs).is_empty());
        // Older scores outside the two windows do not count.
        assert!(reasons(&[1, 1, 1, 4, 4, 4, 4, 4, 4], &[], &prefs).is_empty());
    }

    #[test]
    fn fewer_than_two_windows_of_scores_never_flag_a_drop() {
        let prefs = Preferences::default();
        assert!(reasons(&[5, 5, 1, 1, 1], &[], &prefs).is_empty());
        let wider = Preferences {
            risk_window: 2,
            ..Preferences::default()
        };
        assert_eq!(reasons(&[5, 5, 1, 1], &[], &wider).len(), 1);
    }

    #[test]
    fn a_complaint_flags_for_the_configured_number_of_days() {
        let tz = amsterdam();
        let prefs = Preferences::default();
        let complaint = |day: &str| [contact(InteractionKind::Complaint, local(day, &tz))];
        assert_eq!(
            reasons(&[], &complaint("2026-04-01T18:00"), &prefs),
            [RiskReason::RecentComplaint { days_ago: 30 }]
        );
        assert!(reasons(&[], &complaint("2026-03-31T09:00"), &prefs).is_empty());
        let both = reasons(&[5, 5, 5, 2, 2, 2], &complaint("2026-04-30T09:00"), &prefs);
        assert_eq!(
            both,
            [
                RiskReason::ScoreDrop {
                    before: 50,
                    recent: 20
                },
                RiskReason::RecentComplaint { days_ago: 1 }
            ]
        );
    }

    #[test]
    fn thresholds_are_validated_and_edited_field_by_field() {
        let mut current = Preferences::default();
        let original = PreferencesInput::from_preferences(&current);
        assert_eq!(original.risk_drop, "1.0");
        // Meanwhile another device changed the stalled days.
        current.stalled_days = 14;
        let edited = PreferencesInput {
            risk_drop: "2,5".into(),
            ..original.clone()
        };
        edit_preferences(&mut current, &original, &edited).unwrap();
        assert_eq!(current.risk_drop_tenths, 25);
        assert_eq!(current.stalled_days, 14);

        let bad = PreferencesInput {
            risk_window: "0".into(),
            risk_drop: "4.1".into(),
            complaint_days: "1.5".into(),
            stalled_days: "-3".into(),
        };
        let before = current.clone();
        let err = edit_preferences(&mut current, &original, &bad).unwrap_err();
        assert_eq!(err.0.len(), 4);
        assert_eq!(err.for_field("risk_drop"), Some(&Problem::DropOutOfRange));
        assert_eq!(current, before);
        for (text, tenths) in [
            ("1", Some(10)),
            ("0.1", Some(1)),
            ("1.25", None),
            (".5", None),
        ] {
            assert_eq!(parse_tenths(text), tenths, "{text}");
        }
    }

    #[test]
    fn two_devices_answering_and_scoring_the_same_client_both_keep_their_work() {
        let meta = |action| ChangeMeta::new("m1", action, "");
        let mut a = Document::create(DocumentId::random(), DocKind::Team);
        let first = contact(InteractionKind::Question, 1_000);
        let second = contact(InteractionKind::Complaint, 2_000);
        a.change(&meta("interaction.log"), 0, |w| {
            w.put(Collection::Interactions, &first.id, &first)?;
            w.put(Collection::Interactions, &second.id, &second)
        })
        .unwrap();
        let mut b = Document::open(a.id().clone(), DocKind::Team, a.automerge().fork())
            .unwrap()
            .0;
        let answer_on = |doc: &mut Document, id: &str, note: &str| {
            doc.change(&meta("interaction.answer"), 0, |w| {
                let mut current: Interaction = w.get(Collection::Interactions, id)?.unwrap();
                let input = AnswerInput {
                    note: note.into(),
                    at: Some(5_000),
                };
                answer(&mut current, &input, "m1")?;
                w.put(Collection::Interactions, id, &current)
            })
            .unwrap();
        };
        let score_on = |doc: &mut Document, value: &str| {
            let input = ScoreInput {
                score: value.into(),
                ..Default::default()
            };
            let score = record_score("c1", &input, |_| true, "m1", 3_000).unwrap();
            doc.change(&meta("score.record"), 0, |w| {
                w.put(Collection::Scores, &score.id, &score)
            })
            .unwrap();
        };
        answer_on(&mut a, &first.id, "Answered on A");
        score_on(&mut a, "5");
        answer_on(&mut b, &second.id, "Answered on B");
        score_on(&mut b, "2");

        let mut from_b = b.automerge().clone();
        a.automerge_mut().merge(&mut from_b).unwrap();
        let interactions: Vec<Interaction> = a
            .all(Collection::Interactions)
            .unwrap()
            .records
            .into_iter()
            .map(|(_, i)| i)
            .collect();
        assert!(open_questions(&interactions).is_empty());
        let notes: Vec<_> = interactions
            .iter()
            .filter_map(|i| i.answer.as_ref().map(|a| a.note.as_str()))
            .collect();
        assert_eq!(notes.len(), 2);
        assert!(notes.contains(&"Answered on A") && notes.contains(&"Answered on B"));
        let all_scores: Vec<Score> = a
            .all(Collection::Scores)
            .unwrap()
            .records
            .into_iter()
            .map(|(_, s)| s)
            .collect();
        let mut values: Vec<_> = score_trend("c1", &all_scores)
            .iter()
            .map(|s| s.score)
            .collect();
        values.sort();
        assert_eq!(values, [2, 5]);
    }
}
