//! Today: everything due or overdue today across the desks, in one list.
//!
//! Each desk's records come in as candidates — the UI reads them from the
//! desks' own sorted indexes, a window up to the end of today, so it never
//! scans a collection — and the functions here decide whether each belongs
//! on today's list, how late it is and where it is handled. The decision is
//! the same wherever it is shown and is tested here natively.

use std::cmp::Reverse;

use super::calendar::{day_of, days_between, parse_day, Day, Zone};
use super::care::NextFollowUp;
use super::checklists::{Checklist, ChecklistKind};
use super::coded::coded_enum;
use super::ids::Id;
use super::meetings::{meeting_path, Meeting};
use super::messages::Message;
use super::register::RegisterEntry;
use super::supplies::SupplyItem;
use super::tasks::{is_open, Task};
use super::visitors::{Visit, VisitStatus};
use super::Millis;

coded_enum! {
    /// Which desk an item comes from. Within the same lateness, Today lists
    /// the kinds in this order: people waiting first, then the day's
    /// appointments, then work.
    pub enum DueKind ("due-kind") {
        #[default]
        Message = "message",
        Visitor = "visitor",
        Meeting = "meeting",
        FollowUp = "follow-up",
        Task = "task",
        OnboardingStep = "onboarding-step",
        OffboardingStep = "offboarding-step",
        DocumentReview = "document-review",
        Reorder = "reorder",
    }
}

/// One thing to do today, or overdue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueItem {
    pub kind: DueKind,
    /// The record it is about (a task, a message, a checklist step…):
    /// unique among the items of one kind.
    pub record: Id,
    /// What it is called where it is handled.
    pub title: String,
    /// The day it fell due.
    pub due: Day,
    /// The time of day it happens, for meetings and visitors.
    pub at: Option<Millis>,
    pub urgent: bool,
    /// Where it is handled.
    pub href: String,
}

impl DueItem {
    /// How many days late it is on `today`; 0 when due today.
    pub fn days_late(&self, today: Day) -> i64 {
        days_between(self.due, today).max(0)
    }

    /// A key unique across every item of the list.
    pub fn key(&self) -> String {
        format!("{}:{}", self.kind.code(), self.record)
    }

    fn sort_key(&self, today: Day) -> impl Ord + '_ {
        (
            Reverse(self.urgent),
            Reverse(self.days_late(today)),
            self.at.unwrap_or(Millis::MAX),
            self.kind,
            &self.title,
            &self.record,
        )
    }
}

/// The day `text` names, if it is due on or before `today`.
fn due_by(text: &str, today: Day) -> Option<Day> {
    parse_day(text).filter(|day| *day <= today)
}

/// An open task due today or before.
pub fn task(task: &Task, today: Day) -> Option<DueItem> {
    let due = due_by(task.due_on.as_deref()?, today).filter(|_| is_open(task))?;
    Some(DueItem {
        kind: DueKind::Task,
        record: task.id.clone(),
        title: task.title.clone(),
        due,
        at: None,
        urgent: false,
        href: format!("/team/tasks/{}", task.id),
    })
}

/// The open steps of an onboarding or offboarding checklist due today or
/// before; they are handled on the client's page.
pub fn checklist_steps(checklist: &Checklist, today: Day) -> Vec<DueItem> {
    let kind = match checklist.kind {
        ChecklistKind::Onboarding => DueKind::OnboardingStep,
        ChecklistKind::Offboarding => DueKind::OffboardingStep,
    };
    checklist
        .steps
        .values()
        .filter(|step| step.done.is_none())
        .filter_map(|step| {
            let due = due_by(step.due_on.as_deref()?, today)?;
            Some(DueItem {
                kind,
                record: step.id.clone(),
                title: step.title.clone(),
                due,
                at: None,
                urgent: false,
                href: format!("/clients/{}", checklist.client_id),
            })
        })
        .collect()
}

/// A client's follow-up when it is due today or overdue.
pub fn follow_up(client_id: &str, client_name: &str, next: NextFollowUp) -> Option<DueItem> {
    next.is_due().then(|| DueItem {
        kind: DueKind::FollowUp,
        record: client_id.to_string(),
        title: client_name.to_string(),
        due: next.due,
        at: None,
        urgent: false,
        href: format!("/clients/{client_id}"),
    })
}

/// An open message for the reader: waiting until marked done, so always on
/// today's list, never "overdue"; an urgent one leads the list.
pub fn message(message: &Message, today: Day) -> Option<DueItem> {
    message.is_open().then(|| DueItem {
        kind: DueKind::Message,
        record: message.id.clone(),
        title: message.from.clone(),
        due: today,
        at: Some(message.taken_at),
        urgent: message.is_urgent(),
        href: "/messages".to_string(),
    })
}

/// A meeting that starts today.
pub fn meeting(meeting: &Meeting, today: Day, zone: &Zone) -> Option<DueItem> {
    let start = meeting.starts_at()?;
    (day_of(start, zone) == today).then(|| DueItem {
        kind: DueKind::Meeting,
        record: meeting.id.clone(),
        title: meeting.title.clone(),
        due: today,
        at: Some(start),
        urgent: false,
        href: meeting_path(&meeting.id),
    })
}

/// A visitor expected today (or on any day) who has not arrived yet. A
/// visitor expected on an earlier day who never came is not today's work.
pub fn visitor(visit: &Visit, today: Day) -> Option<DueItem> {
    let expected_today =
        visit.expected_day.is_empty() || parse_day(&visit.expected_day) == Some(today);
    (visit.status == VisitStatus::Expected && expected_today).then(|| DueItem {
        kind: DueKind::Visitor,
        record: visit.id.clone(),
        title: visit.name.clone(),
        due: today,
        at: None,
        urgent: false,
        href: "/visitors".to_string(),
    })
}

/// A register entry whose review day is today or past.
pub fn document_review(entry: &RegisterEntry, today: Day) -> Option<DueItem> {
    let due = entry.review_day().filter(|day| *day <= today)?;
    Some(DueItem {
        kind: DueKind::DocumentReview,
        record: entry.id.clone(),
        title: entry.title.clone(),
        due,
        at: None,
        urgent: false,
        href: format!("/documents/{}", entry.id),
    })
}

/// A supply item at or below its reorder level.
pub fn reorder(item: &SupplyItem, today: Day) -> Option<DueItem> {
    item.needs_reorder().then(|| DueItem {
        kind: DueKind::Reorder,
        record: item.id.clone(),
        title: item.name.clone(),
        due: today,
        at: None,
        urgent: false,
        href: "/supplies".to_string(),
    })
}

/// Today's list from every desk's items: urgent first, then the longest
/// overdue, then by time of day, desk and title.
pub fn agenda(mut items: Vec<DueItem>, today: Day) -> Vec<DueItem> {
    items.sort_by(|a, b| a.sort_key(today).cmp(&b.sort_key(today)));
    items
}

/// How many items of the list are overdue on `today`.
pub fn overdue_count(items: &[DueItem], today: Day) -> usize {
    items.iter().filter(|i| i.days_late(today) > 0).count()
}

/// How long before a meeting starts its reminder comes.
pub const MEETING_NOTICE_MS: Millis = 10 * 60_000;

/// The items of `items` to remind the user of now, given the keys already
/// `seen`: an item that was not on the list before (it fell due, or a
/// message arrived while the app was open), and a meeting from ten minutes
/// before its start. The caller adds what it reminded of to `seen`, and
/// starts `seen` with the list as it was when the app opened, so opening
/// the app is not a burst of reminders.
pub fn to_remind<'a>(
    items: &'a [DueItem],
    seen: &std::collections::HashSet<String>,
    now: Millis,
) -> Vec<&'a DueItem> {
    items
        .iter()
        .filter(|item| !seen.contains(&item.key()))
        .filter(|item| match (item.kind, item.at) {
            (DueKind::Meeting, Some(start)) => {
                (start - MEETING_NOTICE_MS..start + MEETING_NOTICE_MS).contains(&now)
            }
            _ => true,
        })
        .collect()
}

/// The keys to start `seen` with when the app opens: every item but the
/// meetings still to come, which are reminded of shortly before they start.
pub fn already_seen(items: &[DueItem], now: Millis) -> std::collections::HashSet<String> {
    items
        .iter()
        .filter(|item| item.kind != DueKind::Meeting || item.at.is_some_and(|at| at <= now))
        .map(DueItem::key)
        .collect()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
