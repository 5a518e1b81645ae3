//! The return briefing: everything that changed in the records since a
//! handover began, grouped by desk, each item attributed and timed.
//!
//! It is computed from the documents' history, not from a list kept on the
//! side: the UI passes every change not covered by the heads the handover
//! stored (plain data, see [`HistoryChange`], converted from the
//! documents' `LoggedChange`), so a change made on any device,
//! even one that synced late, is in it exactly once.

use std::collections::{BTreeMap, HashMap};

use crate::doc::Collection;
use crate::domain::action::{Action, ChangeKind};

use super::calendar::Day;
use super::clients::{Client, Interaction};
use super::coded::coded_enum;
use super::crisis::{Crisis, CrisisEntry};
use super::devices::Attribution;
use super::escalations::Escalation;
use super::handover::{Decision, Handover};
use super::ids::Id;
use super::markdown::{self, one_line, Markdown};
use super::tasks::{by_due, Clock, Task, TaskStatus};
use super::Millis;

/// The author of the changes that create and upgrade a document's schema:
/// they are no one's work and never part of a briefing.
pub const SCHEMA_AUTHOR: &str = "handover";

/// One change of either document, as plain data taken from the history at
/// the UI's edge.
#[derive(Debug, Clone, PartialEq)]
pub struct HistoryChange {
    /// The change hash in hex: identifies the change across both documents.
    pub hash: String,
    /// The member who made it; `None` for a change another tool wrote.
    pub author: Option<Id>,
    /// Whether the author is the member whose device wrote it.
    pub attribution: Attribution,
    /// What it did.
    pub action: Action,
    /// The short human label the change was written with.
    pub label: String,
    pub at: Millis,
    /// Every record it wrote: (collection key, record id).
    pub records: Vec<(String, Id)>,
}

coded_enum! {
    /// The groups of the briefing, in the order it shows them.
    pub enum Group ("briefing-group") {
        #[default]
        NewClients = "new-clients",
        Interactions = "interactions",
        Escalations = "escalations",
        TasksCompleted = "tasks-completed",
        Crises = "crises",
        Decisions = "decisions",
        Other = "other",
    }
}

coded_enum! {
    /// What kind of record an "other change" wrote, so the reader knows
    /// what its label names.
    pub enum Subject ("briefing-subject") {
        Member = "member",
        Client = "client",
        FollowUp = "follow-up",
        Score = "score",
        Checklist = "checklist",
        Task = "task",
        Announcement = "announcement",
        Settings = "settings",
        Handover = "handover",
        Request = "request",
        Message = "message",
        Meeting = "meeting",
        Document = "document",
        Improvement = "improvement",
        Conflict = "conflict",
        Observation = "observation",
        /// Supply items, vendors and orders.
        Supply = "supply",
        #[default]
        Record = "record",
    }
}

/// One line of the briefing.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub hash: String,
    pub author: Option<Id>,
    pub attribution: Attribution,
    pub at: Millis,
    pub kind: ChangeKind,
    /// What it is about: the record's current name or text, else the label
    /// the change was written with.
    pub title: String,
    /// A second line (an interaction's summary, a decision's reason, ...).
    pub detail: String,
    /// For other changes: the kind of record the title names.
    pub subject: Option<Subject>,
}

/// The briefing: every group (even empty ones, so the reader sees that
/// nothing happened there), items newest first, and the tasks overdue now.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Briefing {
    pub groups: Vec<(Group, Vec<Item>)>,
    pub overdue: Vec<Task>,
}

impl Briefing {
    /// How many changes it lists.
    pub fn change_count(&self) -> usize {
        self.groups.iter().map(|(_, items)| items.len()).sum()
    }
}

/// The current records the briefing names things by, looked up by id: a
/// briefing reads the records its changes name, not whole desks (the busy
/// year holds tens of thousands of interactions and tasks).
pub trait Current {
    fn client(&self, id: &str) -> Option<Client>;
    fn interaction(&self, id: &str) -> Option<Interaction>;
    fn escalation(&self, id: &str) -> Option<Escalation>;
    fn task(&self, id: &str) -> Option<Task>;
    fn crisis(&self, id: &str) -> Option<Crisis>;
    fn crisis_entry(&self, id: &str) -> Option<CrisisEntry>;
    fn decision(&self, id: &str) -> Option<Decision>;
    /// The open tasks due before `day`; others may come too (the briefing
    /// keeps the overdue ones).
    fn open_tasks_due_before(&self, day: Day) -> Vec<Task>;
}

/// The first record of collection `key` the change wrote.
fn touched<'c>(change: &'c HistoryChange, key: &str) -> Option<&'c str> {
    change
        .records
        .iter()
        .find(|(collection, _)| collection == key)
        .map(|(_, id)| id.as_str())
}

/// How far apart (in milliseconds) a task's recorded status time and the
/// time of the change that wrote it may be: change times are whole seconds,
/// taken a moment after the command's `now`.
const COMPLETION_SLACK: Millis = 2_000;

/// For each task done now, the change that set it to done, by hash: of the
/// changes that wrote the task by the member who last changed its status,
/// the one closest in time to that status change. A task finished before the
/// handover began has no such change among `changes`, only later ones (a
/// comment) far from its status time.
fn completions(changes: &[HistoryChange], current: &impl Current) -> HashMap<String, Task> {
    // The changes that wrote each task, in the log's order: one pass over
    // the log, then one lookup per task written (a busy month's handover
    // has thousands of each). By id, so that the outcome does not depend
    // on a hash map's order.
    let mut writes: BTreeMap<&str, Vec<&HistoryChange>> = BTreeMap::new();
    for change in changes {
        for (key, id) in &change.records {
            if key == "tasks" {
                writes.entry(id.as_str()).or_default().push(change);
            }
        }
    }
    let mut found = HashMap::new();
    for (id, writes) in writes {
        let Some(task) = current.task(id).filter(|t| t.status == TaskStatus::Done) else {
            continue;
        };
        let closest = writes
            .into_iter()
            .filter(|c| c.author.as_deref() == Some(task.status_changed_by.as_str()))
            .map(|c| ((c.at - task.status_changed_at).abs(), c))
            .filter(|(distance, _)| *distance <= COMPLETION_SLACK)
            .min_by_key(|(distance, _)| *distance);
        if let Some((_, change)) = closest {
            found.insert(change.hash.clone(), task);
        }
    }
    found
}

/// The group of `change` with its title and detail. Each change lands in
/// exactly one group: the first of decisions, crises, escalations,
/// interactions, new clients and completed tasks that any of its records
/// belongs to, else "other changes".
fn classify(
    change: &HistoryChange,
    current: &impl Current,
    completions: &HashMap<String, Task>,
) -> (Group, String, String) {
    let label = || change.label.clone();
    if let Some(id) = touched(change, "decisions") {
        return match current.decision(id) {
            Some(d) => (Group::Decisions, d.decision, d.reason),
            None => (Group::Decisions, label(), String::new()),
        };
    }
    if let Some(id) = touched(change, "crisis_entries") {
        let entry = current.crisis_entry(id);
        let crisis = entry.as_ref().and_then(|e| current.crisis(&e.crisis_id));
        return (
            Group::Crises,
            crisis.map(|c| c.title).unwrap_or_else(label),
            entry.map(|e| e.text).unwrap_or_default(),
        );
    }
    if let Some(id) = touched(change, "crises") {
        return match current.crisis(id) {
            Some(c) => (Group::Crises, c.title, c.summary),
            None => (Group::Crises, label(), String::new()),
        };
    }
    if let Some(id) = touched(change, "escalations") {
        return match current.escalation(id) {
            Some(e) => (Group::Escalations, e.summary, String::new()),
            None => (Group::Escalations, label(), String::new()),
        };
    }
    if let Some(id) = touched(change, "interactions") {
        return match current.interaction(id) {
            Some(i) => (
                Group::Interactions,
                current
                    .client(&i.client_id)
                    .map(|c| c.name)
                    .unwrap_or_else(label),
                i.summary,
            ),
            None => (Group::Interactions, label(), String::new()),
        };
    }
    if let Some(id) = touched(change, "clients") {
        if change.action == Action::ClientCreate {
            return match current.client(id) {
                Some(c) => (Group::NewClients, c.name, c.company),
                None => (Group::NewClients, label(), String::new()),
            };
        }
    }
    if let Some(task) = completions.get(&change.hash) {
        return (Group::TasksCompleted, task.title.clone(), String::new());
    }
    (Group::Other, label(), String::new())
}

/// The kind of record an other change wrote: its first record's.
fn subject(change: &HistoryChange) -> Subject {
    change
        .records
        .first()
        .and_then(|(key, _)| Collection::from_key(key))
        .map(Collection::subject)
        .unwrap_or_default()
}

/// The briefing of `changes` (both documents' changes since the handover's
/// heads, in any order): schema changes are left out, every other change is
/// listed once in its group, newest first; `clock` decides which tasks are
/// overdue now.
pub fn briefing(changes: &[HistoryChange], current: &impl Current, clock: &Clock) -> Briefing {
    let completions = completions(changes, current);
    let mut groups: Vec<(Group, Vec<Item>)> = Group::ALL.iter().map(|g| (*g, Vec::new())).collect();
    let mut seen = std::collections::HashSet::new();
    for change in changes {
        if change.author.as_deref() == Some(SCHEMA_AUTHOR) || !seen.insert(&change.hash) {
            continue;
        }
        let (group, title, detail) = classify(change, current, &completions);
        let item = Item {
            hash: change.hash.clone(),
            author: change.author.clone(),
            attribution: change.attribution,
            at: change.at,
            kind: change.action.kind(),
            title,
            detail,
            subject: (group == Group::Other).then(|| subject(change)),
        };
        if let Some((_, items)) = groups.iter_mut().find(|(g, _)| *g == group) {
            items.push(item);
        }
    }
    for (_, items) in &mut groups {
        items.sort_by(|a, b| b.at.cmp(&a.at).then_with(|| a.hash.cmp(&b.hash)));
    }
    let mut overdue: Vec<Task> = current
        .open_tasks_due_before(clock.today())
        .into_iter()
        .filter(|t| clock.is_overdue(t))
        .collect();
    overdue.sort_by(by_due);
    Briefing { groups, overdue }
}

/// A sentence of the Markdown briefing in the reader's language: the UI
/// words them, with member names and times as its locale shows them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Phrase<'a> {
    Title,
    /// Who acted for whom, from when until when.
    Period {
        handover: &'a Handover,
    },
    Group {
        group: Group,
        count: usize,
    },
    Empty,
    /// Who made a change and when.
    Attribution {
        by: Option<&'a str>,
        at: Millis,
    },
    Kind(ChangeKind),
    Subject(Subject),
    /// The warning for a change whose author is not verified.
    Unverified(Attribution),
    OverdueHeading {
        count: usize,
    },
    Overdue {
        task: &'a Task,
    },
}

/// The briefing as Markdown: one section per group with counts, then the
/// tasks overdue now. Every text from users and translations is escaped.
pub fn briefing_markdown(
    handover: &Handover,
    briefing: &Briefing,
    say: impl Fn(Phrase<'_>) -> String,
) -> String {
    let text = |phrase: Phrase<'_>| markdown::escape(&say(phrase));
    let mut doc = Markdown::new();
    doc.heading(1, &text(Phrase::Title));
    doc.block(text(Phrase::Period { handover }));
    for (group, items) in &briefing.groups {
        doc.heading(
            2,
            &text(Phrase::Group {
                group: *group,
                count: items.len(),
            }),
        );
        if items.is_empty() {
            doc.block(text(Phrase::Empty));
        } else {
            doc.bullets(items.iter().map(|item| markdown_item(item, &text)));
        }
    }
    doc.heading(
        2,
        &text(Phrase::OverdueHeading {
            count: briefing.overdue.len(),
        }),
    );
    if briefing.overdue.is_empty() {
        doc.block(text(Phrase::Empty));
    } else {
        doc.bullets(
            briefing
                .overdue
                .iter()
                .map(|task| text(Phrase::Overdue { task })),
        );
    }
    doc.finish()
}

/// One list item: "Task: **Call Acme** (Changed, Sam, 2 Apr 14:03): detail".
fn markdown_item(item: &Item, text: &impl Fn(Phrase<'_>) -> String) -> String {
    let mut parts = Vec::new();
    if let Some(subject) = item.subject {
        parts.push(format!("{}:", text(Phrase::Subject(subject))));
    }
    let title = one_line(&item.title);
    if !title.is_empty() {
        parts.push(format!("**{}**", markdown::escape(&title)));
    }
    parts.push(format!(
        "({}, {})",
        text(Phrase::Kind(item.kind)),
        text(Phrase::Attribution {
            by: item.author.as_deref(),
            at: item.at,
        })
    ));
    if item.attribution != Attribution::Verified {
        parts.push(format!(
            "**{}**",
            text(Phrase::Unverified(item.attribution))
        ));
    }
    let mut line = parts.join(" ");
    let detail = one_line(&item.detail);
    if !detail.is_empty() {
        line.push_str(": ");
        line.push_str(&markdown::escape(&detail));
    }
    line
}

/// The file name of a briefing: the day the handover began.
pub fn briefing_file_name(handover: &Handover) -> String {
    format!("briefing-{}.md", handover.away_from)
}

#[cfg(test)]
mod tests;
