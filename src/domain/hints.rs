//! Hints for the Improve desk, computed from the records: where tasks stall,
//! which clients wait longest for a follow-up, and which onboarding steps
//! run late. Pure functions over plain records, given `now` and the device's
//! zone, so that they are exact in tests across month ends and DST changes.

use std::collections::BTreeMap;

use super::calendar::{day_of, parse_day, Day, Zone};
use super::care::{due_follow_ups, DueState, FollowUpPlan};
use super::checklists::{Checklist, ChecklistKind};
use super::clients::Interaction;
use super::ids::Id;
use super::tasks::{is_open, Task, TaskStatus};
use super::Millis;

/// How long the open tasks with one status have waited since their status
/// last changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusStall {
    pub status: TaskStatus,
    /// How many open tasks have this status.
    pub tasks: usize,
    pub average: Millis,
    pub longest: Millis,
}

/// The open task statuses (to do, in progress, blocked) by how long their
/// tasks have waited on average, the longest first; statuses without tasks
/// are left out, and equal averages keep the board's order.
pub fn stalls_by_status(tasks: &[Task], now: Millis) -> Vec<StatusStall> {
    let mut stalls: Vec<StatusStall> = TaskStatus::ALL
        .iter()
        .filter_map(|status| {
            let waits: Vec<Millis> = tasks
                .iter()
                .filter(|t| is_open(t) && t.status == *status)
                .map(|t| (now - t.status_changed_at).max(0))
                .collect();
            let count = i64::try_from(waits.len()).ok().filter(|n| *n > 0)?;
            Some(StatusStall {
                status: *status,
                tasks: waits.len(),
                average: waits.iter().sum::<Millis>() / count,
                longest: waits.iter().copied().max().unwrap_or_default(),
            })
        })
        .collect();
    // A stable sort, so ties stay in the board's order.
    stalls.sort_by_key(|s| std::cmp::Reverse(s.average));
    stalls
}

/// A client whose follow-up is overdue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OverdueClient {
    pub client_id: Id,
    /// The day the follow-up was due.
    pub due: Day,
    /// Whole calendar days since then.
    pub days: i64,
}

/// The clients whose follow-up is overdue (due before today in `zone`, with
/// no contact since), the longest overdue first, then by client id. Uses the
/// follow-up desk's own due computation, so both desks always agree.
pub fn overdue_follow_ups(
    plans: &[FollowUpPlan],
    interactions: &[Interaction],
    now: Millis,
    zone: &Zone,
) -> Vec<OverdueClient> {
    let mut overdue: Vec<OverdueClient> = due_follow_ups(plans, interactions, now, zone)
        .into_iter()
        .filter_map(|(plan, next)| match next.state {
            DueState::Overdue { days } => Some(OverdueClient {
                client_id: plan.client_id.clone(),
                due: next.due,
                days,
            }),
            _ => None,
        })
        .collect();
    overdue.sort_by(|a, b| {
        b.days
            .cmp(&a.days)
            .then_with(|| a.client_id.cmp(&b.client_id))
    });
    overdue
}

/// An onboarding step title and how often it ran late.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LateStep {
    pub title: String,
    /// Completed on a day after it was due.
    pub done_late: usize,
    /// Still open and due before today.
    pub overdue: usize,
}

impl LateStep {
    pub fn total(&self) -> usize {
        self.done_late + self.overdue
    }
}

/// The onboarding steps that ran late, counted per step title over every
/// onboarding checklist: steps completed on a day (in `zone`) after their
/// due day, and open steps due before today. The most often late first,
/// then by title; steps never late are left out.
pub fn late_onboarding_steps(checklists: &[Checklist], now: Millis, zone: &Zone) -> Vec<LateStep> {
    let today = day_of(now, zone);
    let mut counts: BTreeMap<String, LateStep> = BTreeMap::new();
    let steps = checklists
        .iter()
        .filter(|c| c.kind == ChecklistKind::Onboarding)
        .flat_map(|c| c.steps.values());
    for step in steps {
        let Some(due) = step.due_on.as_deref().and_then(parse_day) else {
            continue;
        };
        let done_late = step.done.as_ref().is_some_and(|d| day_of(d.at, zone) > due);
        let overdue = step.is_overdue(today);
        if !(done_late || overdue) {
            continue;
        }
        let title = step.title.trim().to_string();
        let entry = counts.entry(title.clone()).or_insert(LateStep {
            title,
            done_late: 0,
            overdue: 0,
        });
        entry.done_late += usize::from(done_late);
        entry.overdue += usize::from(overdue);
    }
    let mut late: Vec<LateStep> = counts.into_values().collect();
    // Titles come sorted from the map; a stable sort keeps them so on ties.
    late.sort_by_key(|s| std::cmp::Reverse(s.total()));
    late
}

#[cfg(test)]
mod tests;
