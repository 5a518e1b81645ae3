//! The role's success metrics (../seeds: "high client satisfaction based on
//! responsiveness", "timely task coordination", "seamless onboarding and
//! offboarding"), week by week over the last twelve weeks.
//!
//! Each metric takes candidate records — the UI passes those its by-time
//! indexes hold for the window, so it never scans a collection — and counts
//! only what falls inside the window, whatever else it is given. Weeks run
//! Monday to Sunday in the device's zone.

use super::calendar::{add_days, day_of, parse_day, start_of, Day, Zone};
use super::care::{average_tenths, response_time, Score};
use super::checklists::Checklist;
use super::clients::Interaction;
use super::meetings::week_start;
use super::tasks::{Task, TaskStatus};
use super::Millis;

/// How many weeks the metrics cover.
pub const WEEKS: usize = 12;

/// How many of the latest weeks the satisfaction trend compares with the
/// weeks before them.
const RECENT_WEEKS: usize = 4;

/// A change of the weekly average smaller than this (in tenths of a point)
/// is no trend.
const TREND_TENTHS: i64 = 2;

/// The twelve weeks ending with the current one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Weeks {
    /// Their Mondays, oldest first.
    mondays: Vec<Day>,
    /// The instant each starts, and after the last the end of this week.
    bounds: Vec<Millis>,
}

impl Weeks {
    pub fn ending(now: Millis, zone: &Zone) -> Self {
        let this_monday = week_start(day_of(now, zone));
        let mondays: Vec<Day> = (0..=WEEKS)
            .map(|n| add_days(this_monday, 7 * (n as i64 + 1 - WEEKS as i64)))
            .collect();
        let bounds = mondays.iter().map(|day| start_of(*day, zone)).collect();
        Self {
            mondays: mondays[..WEEKS].to_vec(),
            bounds,
        }
    }

    pub fn mondays(&self) -> &[Day] {
        &self.mondays
    }

    /// When the first week starts: the oldest instant the metrics read.
    pub fn start(&self) -> Millis {
        self.bounds[0]
    }

    /// Which week `at` falls in, if any.
    fn of(&self, at: Millis) -> Option<usize> {
        let after = self.bounds.partition_point(|start| *start <= at);
        (1..=WEEKS).contains(&after).then(|| after - 1)
    }
}

/// How many of some things were done on time.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Ratio {
    pub on_time: usize,
    pub total: usize,
}

impl Ratio {
    fn count(&mut self, on_time: bool) {
        self.total += 1;
        self.on_time += usize::from(on_time);
    }

    /// The share on time in whole percent, rounded; `None` for nothing.
    pub fn percent(self) -> Option<i64> {
        let total = i64::try_from(self.total).ok().filter(|t| *t > 0)?;
        let on_time = i64::try_from(self.on_time).ok()?;
        Some((on_time * 100 + total / 2) / total)
    }
}

/// A share per week and over the whole window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OnTime {
    pub weekly: Vec<Ratio>,
    pub overall: Ratio,
}

impl OnTime {
    fn new() -> Self {
        Self {
            weekly: vec![Ratio::default(); WEEKS],
            overall: Ratio::default(),
        }
    }

    fn count(&mut self, week: usize, on_time: bool) {
        self.weekly[week].count(on_time);
        self.overall.count(on_time);
    }
}

/// Which way satisfaction is going.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trend {
    Rising,
    Falling,
    Steady,
    /// Too few scores to tell.
    Unknown,
}

/// Satisfaction scores recorded in the window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Satisfaction {
    /// The average per week in tenths of a point.
    pub weekly: Vec<Option<i64>>,
    pub average: Option<i64>,
    pub count: usize,
    /// The last four weeks against the eight before.
    pub trend: Trend,
}

pub fn satisfaction<'a>(
    weeks: &Weeks,
    scores: impl IntoIterator<Item = &'a Score>,
) -> Satisfaction {
    let mut by_week: Vec<Vec<&Score>> = vec![Vec::new(); WEEKS];
    for score in scores {
        if let Some(week) = weeks.of(score.at) {
            by_week[week].push(score);
        }
    }
    let split = WEEKS - RECENT_WEEKS;
    let earlier = average_tenths(by_week[..split].iter().flatten().copied());
    let recent = average_tenths(by_week[split..].iter().flatten().copied());
    let trend = match (earlier, recent) {
        (Some(before), Some(now)) if now - before >= TREND_TENTHS => Trend::Rising,
        (Some(before), Some(now)) if before - now >= TREND_TENTHS => Trend::Falling,
        (Some(_), Some(_)) => Trend::Steady,
        _ => Trend::Unknown,
    };
    Satisfaction {
        weekly: by_week
            .iter()
            .map(|week| average_tenths(week.iter().copied()))
            .collect(),
        average: average_tenths(by_week.iter().flatten().copied()),
        count: by_week.iter().map(Vec::len).sum(),
        trend,
    }
}

/// Questions and complaints answered in the window, and how long clients
/// waited for the answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Responsiveness {
    pub answered: Vec<usize>,
    pub weekly_median: Vec<Option<Millis>>,
    pub total_answered: usize,
    pub median: Option<Millis>,
}

/// The middle of `values` (the mean of the two middle ones for an even
/// count); `None` for none.
pub fn median(mut values: Vec<Millis>) -> Option<Millis> {
    values.sort_unstable();
    let mid = values.len() / 2;
    match values.len() {
        0 => None,
        n if n % 2 == 1 => Some(values[mid]),
        _ => Some(values[mid - 1] + (values[mid] - values[mid - 1]) / 2),
    }
}

/// Counted in the week of the answer.
pub fn responsiveness<'a>(
    weeks: &Weeks,
    interactions: impl IntoIterator<Item = &'a Interaction>,
) -> Responsiveness {
    let mut by_week: Vec<Vec<Millis>> = vec![Vec::new(); WEEKS];
    for interaction in interactions {
        let answered = interaction.answer.as_ref().map(|a| a.at);
        let week = answered.and_then(|at| weeks.of(at));
        if let (Some(week), Some(waited)) = (week, response_time(interaction)) {
            by_week[week].push(waited.max(0));
        }
    }
    Responsiveness {
        answered: by_week.iter().map(Vec::len).collect(),
        weekly_median: by_week.iter().cloned().map(median).collect(),
        total_answered: by_week.iter().map(Vec::len).sum(),
        median: median(by_week.concat()),
    }
}

/// Tasks with a due day finished in the window, counted in the week they
/// were finished: on time when finished on or before the due day.
pub fn tasks_on_time<'a>(
    weeks: &Weeks,
    tasks: impl IntoIterator<Item = &'a Task>,
    zone: &Zone,
) -> OnTime {
    let mut on_time = OnTime::new();
    for task in tasks.into_iter().filter(|t| t.status == TaskStatus::Done) {
        let due = task.due_on.as_deref().and_then(parse_day);
        if let (Some(due), Some(week)) = (due, weeks.of(task.status_changed_at)) {
            on_time.count(week, day_of(task.status_changed_at, zone) <= due);
        }
    }
    on_time
}

/// Onboarding and offboarding steps with a due day completed in the window,
/// counted in the week they were completed.
pub fn steps_on_time<'a>(
    weeks: &Weeks,
    checklists: impl IntoIterator<Item = &'a Checklist>,
    zone: &Zone,
) -> OnTime {
    let mut on_time = OnTime::new();
    let steps = checklists.into_iter().flat_map(|c| c.steps.values());
    for step in steps {
        let due = step.due_on.as_deref().and_then(parse_day);
        let done = step.done.as_ref().map(|d| d.at);
        if let (Some(due), Some(done)) = (due, done) {
            if let Some(week) = weeks.of(done) {
                on_time.count(week, day_of(done, zone) <= due);
            }
        }
    }
    on_time
}

/// When the last step of `checklist` was completed: where the checklist
/// sorts in the index the steps metric reads a window of.
pub fn last_step_done(checklist: &Checklist) -> Option<Millis> {
    checklist
        .steps
        .values()
        .filter_map(|s| s.done.as_ref().map(|d| d.at))
        .max()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
