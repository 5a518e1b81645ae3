//! The crisis log: a crisis declared with its severity, and an append-only
//! timeline of what was done, decided and said. Entries are never edited:
//! a correction is a new entry that refers to the one it corrects.
//! Leadership-only.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::mem;

use autosurgeon::{Hydrate, Reconcile};

use super::coded::coded_enum;
use super::devices::Attribution;
use super::ids::{new_id, Id};
use super::markdown::{self, one_line, Markdown};
use super::validation::{Checker, FieldError, Invalid, Problem};
use super::Millis;

coded_enum! {
    /// How bad a crisis is.
    pub enum Severity ("severity") {
        Low = "low",
        #[default]
        Moderate = "moderate",
        High = "high",
        Critical = "critical",
    }
}

coded_enum! {
    /// What a timeline entry records.
    pub enum EntryKind ("crisis-entry") {
        #[default]
        Action = "action",
        Decision = "decision",
        ToClient = "to-client",
        ToTeam = "to-team",
        ToExternal = "to-external",
        Note = "note",
    }
}

/// How a crisis was closed.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct Closure {
    pub at: Millis,
    pub by: Id,
    pub resolution: String,
}

/// A crisis.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct Crisis {
    pub id: Id,
    pub title: String,
    pub severity: Severity,
    pub summary: String,
    pub declared_at: Millis,
    pub declared_by: Id,
    pub closed: Option<Closure>,
}

/// One entry of a crisis timeline, a record of its own so that entries
/// written on two devices at once are both kept.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct CrisisEntry {
    pub id: Id,
    pub crisis_id: Id,
    pub kind: EntryKind,
    pub text: String,
    pub at: Millis,
    pub by: Id,
    /// The entry this one corrects.
    pub corrects: Option<Id>,
}

pub const TITLE_MAX: usize = 200;
pub const SUMMARY_MAX: usize = 5_000;
pub const TEXT_MAX: usize = 5_000;
pub const RESOLUTION_MAX: usize = 5_000;

impl Crisis {
    pub fn is_open(&self) -> bool {
        self.closed.is_none()
    }
}

/// What the "declare a crisis" form asks.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CrisisInput {
    pub title: String,
    pub severity: Severity,
    pub summary: String,
}

/// Validates `input` and makes an open crisis declared by `by`.
pub fn declare_crisis(input: &CrisisInput, by: &str, now: Millis) -> Result<Crisis, Invalid> {
    let mut check = Checker::new();
    let title = one_line(&check.required("title", &input.title, TITLE_MAX));
    let summary = check.required("summary", &input.summary, SUMMARY_MAX);
    check.finish(Crisis {
        id: new_id(),
        title,
        severity: input.severity,
        summary,
        declared_at: now,
        declared_by: by.to_string(),
        closed: None,
    })
}

/// A title is one line: line breaks pasted into it become spaces.
/// What the entry form asks; `corrects` is set when the user chose
/// "Correct" on an earlier entry.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EntryInput {
    pub kind: EntryKind,
    pub text: String,
    pub corrects: Option<Id>,
}

/// Validates `input` and makes a new timeline entry of `crisis` by `by`.
/// `is_entry` says whether an id names an entry of this crisis (the one a
/// correction corrects). A closed crisis takes no new entries, not even on
/// a device that has not yet seen it closed: the check runs on the
/// crisis's current state inside the write.
pub fn log_entry(
    crisis: &Crisis,
    input: &EntryInput,
    is_entry: impl Fn(&str) -> bool,
    by: &str,
    now: Millis,
) -> Result<CrisisEntry, Invalid> {
    if !crisis.is_open() {
        return Err(refused("text", Problem::Closed));
    }
    let mut check = Checker::new();
    let text = check.required("text", &input.text, TEXT_MAX);
    if input.corrects.as_deref().is_some_and(|id| !is_entry(id)) {
        check.fail("corrects", Problem::Unknown);
    }
    check.finish(CrisisEntry {
        id: new_id(),
        crisis_id: crisis.id.clone(),
        kind: input.kind,
        text,
        at: now,
        by: by.to_string(),
        corrects: input.corrects.clone(),
    })
}

/// Closes `crisis` with a resolution summary (required). Refused when it is
/// already closed, perhaps on another device.
pub fn close_crisis(
    crisis: &mut Crisis,
    resolution: &str,
    by: &str,
    now: Millis,
) -> Result<(), Invalid> {
    if !crisis.is_open() {
        return Err(refused("resolution", Problem::AlreadyDone));
    }
    let mut check = Checker::new();
    let resolution = check.required("resolution", resolution, RESOLUTION_MAX);
    check.finish(())?;
    crisis.closed = Some(Closure {
        at: now,
        by: by.to_string(),
        resolution,
    });
    Ok(())
}

fn refused(field: &'static str, problem: Problem) -> Invalid {
    Invalid(vec![FieldError { field, problem }])
}

/// Open crises first, then closed ones; within each, the most severe and
/// then the newest first.
pub fn open_first(a: &Crisis, b: &Crisis) -> std::cmp::Ordering {
    b.is_open()
        .cmp(&a.is_open())
        .then_with(|| severity_rank(b.severity).cmp(&severity_rank(a.severity)))
        .then_with(|| b.declared_at.cmp(&a.declared_at))
        .then_with(|| a.id.cmp(&b.id))
}

fn severity_rank(severity: Severity) -> usize {
    Severity::ALL
        .iter()
        .position(|s| *s == severity)
        .unwrap_or_default()
}

/// One entry as the timeline shows it, with its corrections either way.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineItem {
    pub entry: CrisisEntry,
    /// When the entry this one corrects was written; `None` for an entry
    /// that corrects nothing (or whose original is missing).
    pub corrects_at: Option<Millis>,
    /// When each later entry correcting this one was written, oldest first.
    pub corrected_at: Vec<Millis>,
}

/// The entries of crisis `crisis_id` among `entries`, oldest first (then by
/// id, so that the order is the same on every device), each with the
/// corrections that refer to it and to what it corrects.
pub fn timeline(crisis_id: &str, entries: &[CrisisEntry]) -> Vec<TimelineItem> {
    let mut mine: Vec<&CrisisEntry> = entries
        .iter()
        .filter(|e| e.crisis_id == crisis_id)
        .collect();
    mine.sort_by(|a, b| a.at.cmp(&b.at).then_with(|| a.id.cmp(&b.id)));
    let written_at: BTreeMap<&str, Millis> = mine.iter().map(|e| (e.id.as_str(), e.at)).collect();
    mine.iter()
        .map(|entry| TimelineItem {
            entry: (*entry).clone(),
            corrects_at: entry
                .corrects
                .as_deref()
                .and_then(|id| written_at.get(id).copied()),
            corrected_at: mine
                .iter()
                .filter(|later| later.corrects.as_deref() == Some(entry.id.as_str()))
                .map(|later| later.at)
                .collect(),
        })
        .collect()
}

/// One change of the leadership document as the tamper check reads it:
/// plain data taken from the document's history at the UI's edge.
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeSummary {
    pub change: ChangeRef,
    /// The crisis entries the change created, changed or removed.
    pub entries: Vec<Id>,
}

/// A change in the history: its hash, who made it and when.
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeRef {
    /// The change hash in hex.
    pub hash: String,
    /// The member who made it; `None` for a change written by another tool
    /// without Handover's attribution.
    pub author: Option<Id>,
    /// Whether the author is the member whose device wrote it.
    pub attribution: Attribution,
    pub at: Millis,
}

impl ChangeRef {
    /// The hash's first characters, as a short reference on screen.
    pub fn short_hash(&self) -> &str {
        self.hash.get(..SHORT_HASH).unwrap_or(&self.hash)
    }
}

const SHORT_HASH: usize = 8;

/// Where one entry stands in the history.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Provenance {
    /// The change that wrote the entry first.
    pub created: Option<ChangeRef>,
    /// Every later change that wrote (or removed) it: nothing in Handover
    /// does that, so each one means the entry is not as it was written.
    pub rewritten: Vec<ChangeRef>,
}

impl Provenance {
    pub fn is_as_written(&self) -> bool {
        self.rewritten.is_empty()
    }
}

/// The tamper check of one crisis, kept up to date as the history grows:
/// for each of the crisis's entries, the change that created it (the first
/// to touch it: the changes come in causal order) and any later change that
/// touched it again; and the entries the history shows were written for the
/// crisis but are no longer in the document (removed, which Handover never
/// does), each with its removal among the later changes, so the check
/// counts it.
///
/// Each update reads only the changes that are new. An entry leaves the
/// document (or comes back) only through a change that touches it, so only
/// the entries the new changes touched, and those already found removed, are
/// looked at again: an entry costs the changes since the last, not every
/// entry the year's crises ever had.
#[derive(Debug, Default)]
pub struct TamperCheck {
    /// Where each entry the history has shown so far stands in it.
    found: HashMap<Id, Provenance>,
    /// The crisis each entry looked at belonged to when it was created.
    crisis_when_created: HashMap<Id, Option<Id>>,
    /// How many of the changes have been read.
    read: usize,
    removed: Vec<Id>,
}

impl TamperCheck {
    /// Where each of `entry_ids` (the crisis's entries now) and each entry
    /// removed from crisis `crisis_id` stands in `changes`: the whole history
    /// so far, in causal order, which only grows (a history read again from
    /// the start needs a new check). `current` tells whether an entry is in
    /// the document now; `crisis_at` which crisis an entry belonged to when a
    /// change was made (the history keeps it).
    pub fn update(
        &mut self,
        crisis_id: &str,
        entry_ids: &[Id],
        changes: &[ChangeSummary],
        current: impl Fn(&str) -> bool,
        crisis_at: impl Fn(&Id, &ChangeRef) -> Option<Id>,
    ) -> BTreeMap<Id, Provenance> {
        if changes.len() < self.read {
            *self = Self::default();
        }
        let mut again = mem::take(&mut self.removed);
        for summary in &changes[self.read..] {
            for id in &summary.entries {
                let found = self.found.entry(id.clone()).or_default();
                match found.created {
                    None => found.created = Some(summary.change.clone()),
                    Some(_) => found.rewritten.push(summary.change.clone()),
                }
                again.push(id.clone());
            }
        }
        self.read = changes.len();
        let mut seen = BTreeSet::new();
        for id in again {
            if current(&id) || !seen.insert(id.clone()) {
                continue;
            }
            if self.crisis_when_created(&id, &crisis_at).as_deref() == Some(crisis_id) {
                self.removed.push(id);
            }
        }
        entry_ids
            .iter()
            .chain(&self.removed)
            .map(|id| (id.clone(), self.found.get(id).cloned().unwrap_or_default()))
            .collect()
    }

    fn crisis_when_created(
        &mut self,
        id: &Id,
        crisis_at: impl Fn(&Id, &ChangeRef) -> Option<Id>,
    ) -> Option<Id> {
        if let Some(crisis) = self.crisis_when_created.get(id) {
            return crisis.clone();
        }
        let created = self.found.get(id)?.created.as_ref()?;
        let crisis = crisis_at(id, created);
        self.crisis_when_created.insert(id.clone(), crisis.clone());
        crisis
    }
}

/// How many entries the check covered and how many were changed after they
/// were written.
pub fn tamper_count(provenance: &BTreeMap<Id, Provenance>) -> (usize, usize) {
    let changed = provenance.values().filter(|p| !p.is_as_written()).count();
    (provenance.len(), changed)
}

/// A sentence of the report, in the reader's language: the UI words them,
/// with member names and times as its locale shows them, so that the
/// report's structure lives here and is tested natively.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Phrase<'a> {
    Severity(Severity),
    Status {
        open: bool,
    },
    Declared {
        by: &'a str,
        at: Millis,
    },
    SummaryHeading,
    TimelineHeading,
    NoEntries,
    Entry {
        kind: EntryKind,
        by: &'a str,
        at: Millis,
    },
    Corrects {
        at: Millis,
    },
    CorrectedBy {
        at: Millis,
    },
    /// The label before an entry's change hash.
    Change,
    ChangedAfter {
        by: Option<&'a str>,
        at: Millis,
    },
    /// An entry written at `written_at` that a later change removed.
    Removed {
        written_at: Millis,
        by: Option<&'a str>,
        at: Millis,
    },
    IntegrityHeading,
    Integrity {
        total: usize,
        changed: usize,
    },
    ResolutionHeading,
    Closed {
        by: &'a str,
        at: Millis,
    },
    StillOpen,
}

/// The crisis report as Markdown: the crisis, its whole timeline with
/// corrections and the change that wrote each entry, the tamper check and
/// the resolution. Every text from users and translations is escaped, so
/// nothing typed can break the layout.
pub fn report_markdown(
    crisis: &Crisis,
    items: &[TimelineItem],
    provenance: &BTreeMap<Id, Provenance>,
    say: impl Fn(Phrase<'_>) -> String,
) -> String {
    let text = |phrase| markdown::escape(&say(phrase));
    let mut doc = Markdown::new();
    doc.heading(1, &markdown::escape(&one_line(&crisis.title)));
    doc.bullets(
        [
            Phrase::Severity(crisis.severity),
            Phrase::Status {
                open: crisis.is_open(),
            },
            Phrase::Declared {
                by: &crisis.declared_by,
                at: crisis.declared_at,
            },
        ]
        .into_iter()
        .map(text),
    );
    doc.heading(2, &text(Phrase::SummaryHeading));
    doc.block(markdown::escape(&crisis.summary));
    doc.heading(2, &text(Phrase::TimelineHeading));
    if items.is_empty() {
        doc.block(text(Phrase::NoEntries));
    }
    for item in items {
        let entry = &item.entry;
        doc.heading(
            3,
            &text(Phrase::Entry {
                kind: entry.kind,
                by: &entry.by,
                at: entry.at,
            }),
        );
        doc.block(markdown::escape(&entry.text));
        if let Some(at) = item.corrects_at {
            doc.remark(&text(Phrase::Corrects { at }));
        }
        for &at in &item.corrected_at {
            doc.remark(&text(Phrase::CorrectedBy { at }));
        }
        let found = provenance.get(&entry.id);
        if let Some(created) = found.and_then(|p| p.created.as_ref()) {
            doc.block(format!("{}: `{}`", text(Phrase::Change), created.hash));
        }
        for change in found.map(|p| p.rewritten.as_slice()).unwrap_or_default() {
            doc.strong(&text(Phrase::ChangedAfter {
                by: change.author.as_deref(),
                at: change.at,
            }));
        }
    }
    let (total, changed) = tamper_count(provenance);
    doc.heading(2, &text(Phrase::IntegrityHeading));
    doc.block(text(Phrase::Integrity { total, changed }));
    for phrase in removals(provenance, items) {
        doc.strong(&text(phrase));
    }
    doc.heading(2, &text(Phrase::ResolutionHeading));
    match &crisis.closed {
        Some(closure) => {
            doc.block(markdown::escape(&closure.resolution));
            doc.block(text(Phrase::Closed {
                by: &closure.by,
                at: closure.at,
            }));
        }
        None => doc.block(text(Phrase::StillOpen)),
    }
    doc.finish()
}

/// A sentence for each entry of `provenance` that is not among `items`: one
/// that was removed, with who removed it and when.
pub fn removals<'a>(
    provenance: &'a BTreeMap<Id, Provenance>,
    items: &[TimelineItem],
) -> Vec<Phrase<'a>> {
    let shown: BTreeSet<&str> = items.iter().map(|i| i.entry.id.as_str()).collect();
    provenance
        .iter()
        .filter(|(id, _)| !shown.contains(id.as_str()))
        .filter_map(|(_, found)| {
            let written = found.created.as_ref()?;
            let removal = found.rewritten.last()?;
            Some(Phrase::Removed {
                written_at: written.at,
                by: removal.author.as_deref(),
                at: removal.at,
            })
        })
        .collect()
}

/// The file name of the Markdown report: the crisis title.
pub fn report_file_name(title: &str) -> String {
    markdown::file_name(title, "crisis")
}

#[cfg(test)]
mod tests;
