//! The crisis log: a crisis declared with its severity, and an append-only
//! timeline of what was done, decided and said. Entries are never edited:
//! a correction is a new entry that refers to the one it corrects.
//! Leadership-only.

use std::collections::{BTreeMap, BTreeSet};

use autosurgeon::{Hydrate, Reconcile};

use super::coded::coded_enum;
use super::devices::Attribution;
use super::ids::{new_id, Id};
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
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

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

/// The tamper check: for each of `entry_ids`, the change that created it
/// (the first in `changes`, which are in causal order, to touch it) and any
/// later change that touched it again.
pub fn provenance(entry_ids: &[Id], changes: &[ChangeSummary]) -> BTreeMap<Id, Provenance> {
    let mut found: BTreeMap<Id, Provenance> = entry_ids
        .iter()
        .map(|id| (id.clone(), Provenance::default()))
        .collect();
    for summary in changes {
        for id in &summary.entries {
            if let Some(entry) = found.get_mut(id) {
                if entry.created.is_none() {
                    entry.created = Some(summary.change.clone());
                } else {
                    entry.rewritten.push(summary.change.clone());
                }
            }
        }
    }
    found
}

/// The entries the history shows were written for this crisis but that are
/// no longer in the document: removed, which Handover never does. `current`
/// are the ids of the entries that still exist; `crisis_at` tells which
/// crisis a removed entry belonged to when the change that created it was
/// made (the history keeps it). Each comes with its provenance, the removal
/// being a later change that touched it, so the tamper check counts it.
pub fn removed_entries(
    crisis_id: &str,
    current: impl Fn(&str) -> bool,
    changes: &[ChangeSummary],
    crisis_at: impl Fn(&Id, &ChangeRef) -> Option<Id>,
) -> Vec<Id> {
    let mut seen = BTreeSet::new();
    let mut removed = Vec::new();
    for summary in changes {
        for id in &summary.entries {
            if current(id) || !seen.insert(id.clone()) {
                continue;
            }
            if crisis_at(id, &summary.change).as_deref() == Some(crisis_id) {
                removed.push(id.clone());
            }
        }
    }
    removed
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
    let text = |phrase| escape_markdown(&say(phrase));
    let mut blocks = vec![
        format!("# {}", escape_markdown(&one_line(&crisis.title))),
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
        .map(|phrase| format!("- {}", text(phrase)))
        .collect::<Vec<_>>()
        .join("\n"),
        format!("## {}", text(Phrase::SummaryHeading)),
        escape_markdown(&crisis.summary),
        format!("## {}", text(Phrase::TimelineHeading)),
    ];
    if items.is_empty() {
        blocks.push(text(Phrase::NoEntries));
    }
    for item in items {
        let entry = &item.entry;
        blocks.push(format!(
            "### {}",
            text(Phrase::Entry {
                kind: entry.kind,
                by: &entry.by,
                at: entry.at,
            })
        ));
        blocks.push(escape_markdown(&entry.text));
        if let Some(at) = item.corrects_at {
            blocks.push(format!("*{}*", text(Phrase::Corrects { at })));
        }
        for &at in &item.corrected_at {
            blocks.push(format!("*{}*", text(Phrase::CorrectedBy { at })));
        }
        let found = provenance.get(&entry.id);
        if let Some(created) = found.and_then(|p| p.created.as_ref()) {
            blocks.push(format!("{}: `{}`", text(Phrase::Change), created.hash));
        }
        for change in found.map(|p| p.rewritten.as_slice()).unwrap_or_default() {
            blocks.push(format!(
                "**{}**",
                text(Phrase::ChangedAfter {
                    by: change.author.as_deref(),
                    at: change.at,
                })
            ));
        }
    }
    let (total, changed) = tamper_count(provenance);
    blocks.push(format!("## {}", text(Phrase::IntegrityHeading)));
    blocks.push(text(Phrase::Integrity { total, changed }));
    for phrase in removals(provenance, items) {
        blocks.push(format!("**{}**", text(phrase)));
    }
    blocks.push(format!("## {}", text(Phrase::ResolutionHeading)));
    match &crisis.closed {
        Some(closure) => {
            blocks.push(escape_markdown(&closure.resolution));
            blocks.push(text(Phrase::Closed {
                by: &closure.by,
                at: closure.at,
            }));
        }
        None => blocks.push(text(Phrase::StillOpen)),
    }
    let mut markdown = blocks.join("\n\n");
    markdown.push('\n');
    markdown
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

/// `text` as literal Markdown: characters with a meaning are escaped,
/// leading spaces (which would start a code block) dropped, and the user's
/// line breaks kept as hard breaks.
pub fn escape_markdown(text: &str) -> String {
    let lines: Vec<String> = text.trim().lines().map(escape_line).collect();
    let mut out = String::new();
    for (i, line) in lines.iter().enumerate() {
        out.push_str(line);
        match lines.get(i + 1) {
            Some(next) if !line.is_empty() && !next.is_empty() => out.push_str("\\\n"),
            Some(_) => out.push('\n'),
            None => {}
        }
    }
    out
}

fn escape_line(line: &str) -> String {
    let line = line.trim();
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len() + 8);
    // A list marker, heading underline or numbered item at the start.
    let digits = chars.iter().take_while(|c| c.is_ascii_digit()).count();
    let marker_at = match chars.first() {
        Some('-' | '+' | '=') => Some(0),
        Some(c) if c.is_ascii_digit() && matches!(chars.get(digits), Some('.' | ')')) => {
            Some(digits)
        }
        _ => None,
    };
    for (i, &c) in chars.iter().enumerate() {
        let entity = c == '&' && looks_like_entity(&chars[i + 1..]);
        if entity || Some(i) == marker_at || "\\`*_[]<>#|~".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Whether the text after an `&` would read as an HTML entity (`&amp;`,
/// `&#38;`), which Markdown turns into a character.
fn looks_like_entity(after: &[char]) -> bool {
    let name = after
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || **c == '#')
        .count();
    name > 0 && after.get(name) == Some(&';')
}

/// The file name of the Markdown report: the crisis title without the
/// characters file systems refuse.
pub fn report_file_name(title: &str) -> String {
    let cleaned: String = one_line(title)
        .chars()
        .map(|c| {
            if c.is_control() || "/\\:*?\"<>|".contains(c) {
                '-'
            } else {
                c
            }
        })
        .collect();
    let cleaned = cleaned.trim_matches(|c: char| c == '.' || c.is_whitespace());
    if cleaned.is_empty() {
        "crisis.md".to_string()
    } else {
        format!("{cleaned}.md")
    }
}

#[cfg(test)]
mod tests {
    use automerge::transaction::Transactable;
    use automerge::{ChangeHash, ReadDoc, ROOT};

    use super::*;
    use crate::doc::{ChangeMeta, Collection, DocKind, Document, DocumentId, LoggedChange};
    use crate::domain::action::Action;

    fn crisis() -> Crisis {
        declare_crisis(
            &CrisisInput {
                title: "Server outage".into(),
                severity: Severity::High,
                summary: "The booking site is down.".into(),
            },
            "ceo",
            1_000,
        )
        .unwrap()
    }

    fn entry(crisis: &Crisis, text: &str, at: Millis) -> CrisisEntry {
        let input = EntryInput {
            kind: EntryKind::Action,
            text: text.into(),
            corrects: None,
        };
        log_entry(crisis, &input, |_| true, "ceo", at).unwrap()
    }

    fn correction(crisis: &Crisis, of: &CrisisEntry, text: &str, at: Millis) -> CrisisEntry {
        let input = EntryInput {
            kind: EntryKind::Note,
            text: text.into(),
            corrects: Some(of.id.clone()),
        };
        log_entry(crisis, &input, |id| id == of.id, "assistant", at).unwrap()
    }

    #[test]
    fn declaring_needs_a_title_and_a_summary() {
        let err = declare_crisis(&CrisisInput::default(), "ceo", 0).unwrap_err();
        assert_eq!(err.for_field("title"), Some(&Problem::Required));
        assert_eq!(err.for_field("summary"), Some(&Problem::Required));
        let long = CrisisInput {
            title: "x".repeat(TITLE_MAX + 1),
            summary: "s".into(),
            ..Default::default()
        };
        let err = declare_crisis(&long, "ceo", 0).unwrap_err();
        assert_eq!(
            err.for_field("title"),
            Some(&Problem::TooLong { max: TITLE_MAX })
        );

        let pasted = CrisisInput {
            title: "  Server\n outage ".into(),
            summary: " Down ".into(),
            severity: Severity::Critical,
        };
        let declared = declare_crisis(&pasted, "ceo", 7).unwrap();
        assert_eq!(declared.title, "Server outage");
        assert_eq!(declared.summary, "Down");
        assert_eq!(
            (declared.declared_by.as_str(), declared.declared_at),
            ("ceo", 7)
        );
        assert!(declared.is_open());
    }

    #[test]
    fn entries_are_attributed_timed_and_need_text() {
        let crisis = crisis();
        let blank = EntryInput {
            text: "  ".into(),
            ..Default::default()
        };
        let err = log_entry(&crisis, &blank, |_| true, "ceo", 5).unwrap_err();
        assert_eq!(err.for_field("text"), Some(&Problem::Required));

        let logged = entry(&crisis, " Called the host ", 5);
        assert_eq!(logged.text, "Called the host");
        assert_eq!((logged.by.as_str(), logged.at), ("ceo", 5));
        assert_eq!(logged.crisis_id, crisis.id);
        assert_eq!(logged.corrects, None);
    }

    #[test]
    fn a_correction_refers_to_an_entry_of_the_same_crisis() {
        let crisis = crisis();
        let original = entry(&crisis, "Told Acme it is fixed", 5);
        let fixed = correction(&crisis, &original, "Acme was told at 10:40", 9);
        assert_eq!(fixed.corrects.as_deref(), Some(original.id.as_str()));

        let stray = EntryInput {
            text: "Corrects nothing known".into(),
            corrects: Some("elsewhere".into()),
            ..Default::default()
        };
        let err = log_entry(&crisis, &stray, |id| id == original.id, "ceo", 9).unwrap_err();
        assert_eq!(err.for_field("corrects"), Some(&Problem::Unknown));
    }

    #[test]
    fn closing_needs_a_resolution_and_then_takes_no_entries() {
        let mut crisis = crisis();
        let before = crisis.clone();
        let err = close_crisis(&mut crisis, " ", "ceo", 9).unwrap_err();
        assert_eq!(err.for_field("resolution"), Some(&Problem::Required));
        assert_eq!(crisis, before);

        close_crisis(&mut crisis, " Back up at 11:00 ", "ceo", 9).unwrap();
        let closure = crisis.closed.clone().unwrap();
        assert_eq!(closure.resolution, "Back up at 11:00");
        assert_eq!((closure.by.as_str(), closure.at), ("ceo", 9));

        let late = EntryInput {
            text: "One more thing".into(),
            ..Default::default()
        };
        let err = log_entry(&crisis, &late, |_| true, "ceo", 10).unwrap_err();
        assert_eq!(err.for_field("text"), Some(&Problem::Closed));
        let err = close_crisis(&mut crisis, "Again", "ceo", 11).unwrap_err();
        assert_eq!(err.for_field("resolution"), Some(&Problem::AlreadyDone));
        assert_eq!(crisis.closed, Some(closure));
    }

    #[test]
    fn open_crises_come_first_most_severe_first() {
        let mut closed = crisis();
        close_crisis(&mut closed, "Done", "ceo", 2).unwrap();
        closed.severity = Severity::Critical;
        let mut low = crisis();
        low.severity = Severity::Low;
        let high = crisis();
        let mut all = [closed.clone(), low.clone(), high.clone()];
        all.sort_by(open_first);
        let order: Vec<_> = all.iter().map(|c| c.id.clone()).collect();
        assert_eq!(order, [high.id, low.id, closed.id]);
    }

    #[test]
    fn the_timeline_runs_oldest_first_and_shows_corrections_both_ways() {
        let crisis = crisis();
        let first = entry(&crisis, "First", 10);
        let second = entry(&crisis, "Second", 20);
        let fix = correction(&crisis, &first, "First, corrected", 30);
        let mut other = entry(&crisis, "Another crisis", 15);
        other.crisis_id = "other".into();
        let items = timeline(
            &crisis.id,
            &[fix.clone(), other, second.clone(), first.clone()],
        );
        let texts: Vec<_> = items.iter().map(|i| i.entry.text.as_str()).collect();
        assert_eq!(texts, ["First", "Second", "First, corrected"]);
        assert_eq!(items[0].corrected_at, vec![30]);
        assert_eq!(items[0].corrects_at, None);
        assert!(items[1].corrected_at.is_empty());
        assert_eq!(items[2].corrects_at, Some(10));
    }

    fn change(hash: &str, author: &str, at: Millis, entries: &[&str]) -> ChangeSummary {
        ChangeSummary {
            change: ChangeRef {
                hash: hash.into(),
                author: Some(author.into()),
                attribution: Attribution::Verified,
                at,
            },
            entries: entries.iter().map(|e| e.to_string()).collect(),
        }
    }

    #[test]
    fn the_tamper_check_over_plain_data() {
        let ids: Vec<Id> = vec!["a".into(), "b".into(), "c".into()];
        let changes = [
            change("h1", "ceo", 1, &["a", "b"]),
            change("h2", "ceo", 2, &["c", "unrelated"]),
            change("h3", "intruder", 3, &["b"]),
        ];
        let found = provenance(&ids, &changes);
        assert_eq!(found["a"].created.as_ref().unwrap().hash, "h1");
        assert!(found["a"].is_as_written());
        assert_eq!(found["b"].created.as_ref().unwrap().hash, "h1");
        assert_eq!(found["b"].rewritten, vec![changes[2].change.clone()]);
        assert!(found["c"].is_as_written());
        assert_eq!(tamper_count(&found), (3, 1));
        assert_eq!(changes[0].change.short_hash(), "h1");
    }

    fn meta(author: &str) -> ChangeMeta {
        ChangeMeta::new(author, Action::CrisisEntry, "")
    }

    fn put(doc: &mut Document, author: &str, at: Millis, entries: &[&CrisisEntry]) {
        doc.change(&meta(author), at, |w| {
            for e in entries {
                w.put(&e.id, *e)?;
            }
            Ok(())
        })
        .unwrap();
    }

    /// What the crisis page hands the check: the history as plain data.
    fn summaries(log: &[LoggedChange]) -> Vec<ChangeSummary> {
        log.iter()
            .map(|c| ChangeSummary {
                change: ChangeRef {
                    hash: c.hash.to_string(),
                    author: c.meta.as_ref().map(|m| m.author.clone()),
                    attribution: Attribution::Verified,
                    at: c.time * 1000,
                },
                entries: c
                    .records
                    .iter()
                    .filter(|r| r.collection == Collection::CrisisEntries)
                    .map(|r| r.id.clone())
                    .collect(),
            })
            .collect()
    }

    fn check(doc: &Document, entries: &[&CrisisEntry]) -> BTreeMap<Id, Provenance> {
        let ids: Vec<Id> = entries.iter().map(|e| e.id.clone()).collect();
        provenance(&ids, &summaries(&doc.change_log(&[])))
    }

    #[test]
    fn the_tamper_check_flags_an_entry_rewritten_by_another_tool() {
        let crisis = crisis();
        let first = entry(&crisis, "Called the host", 10_000);
        let second = entry(&crisis, "Told the team", 10_000);
        let third = entry(&crisis, "Told Acme", 20_000);
        let mut doc = Document::create(DocumentId::random(), DocKind::Leadership);
        doc.change(&meta("ceo"), 1_000, |w| w.put(&crisis.id, &crisis))
            .unwrap();
        // Two entries in one change, one in another: all as written.
        put(&mut doc, "ceo", 10_000, &[&first, &second]);
        put(&mut doc, "ceo", 20_000, &[&third]);
        let found = check(&doc, &[&first, &second, &third]);
        assert!(found.values().all(Provenance::is_as_written));
        let created = |e: &CrisisEntry| found[&e.id].created.clone().unwrap();
        assert_eq!(created(&first), created(&second));
        assert_ne!(created(&first).hash, created(&third).hash);
        assert_eq!(created(&third).author.as_deref(), Some("ceo"));
        assert_eq!(created(&third).at, 20_000);

        // Another tool writes into the second entry, without attribution.
        let automerge = doc.automerge_mut();
        let (_, entries) = automerge.get(ROOT, "crisis_entries").unwrap().unwrap();
        let (_, record) = automerge
            .get(&entries, second.id.as_str())
            .unwrap()
            .unwrap();
        let mut tx = automerge.transaction();
        tx.put(&record, "text", "Nothing was said").unwrap();
        tx.commit();
        // And a Handover device rewrites the third one.
        let mut edited = third.clone();
        edited.text = "Told Acme nothing".into();
        put(&mut doc, "intruder", 30_000, &[&edited]);

        let found = check(&doc, &[&first, &second, &third]);
        assert!(found[&first.id].is_as_written());
        let second_rewrite = &found[&second.id].rewritten;
        assert_eq!(second_rewrite.len(), 1);
        assert_eq!(second_rewrite[0].author, None);
        let third_rewrite = &found[&third.id].rewritten;
        assert_eq!(third_rewrite.len(), 1);
        assert_eq!(third_rewrite[0].author.as_deref(), Some("intruder"));
        assert_eq!(tamper_count(&found), (3, 2));
        assert_eq!(created(&first), found[&first.id].created.clone().unwrap());
    }

    /// Deleting an entry leaves no record to check, so the check reads the
    /// history: what was written for this crisis and is gone is reported,
    /// with who removed it, in the count and in the report.
    #[test]
    fn the_tamper_check_reports_an_entry_that_was_removed() {
        let crisis = crisis();
        let other = Crisis {
            id: "other-crisis".into(),
            ..crisis.clone()
        };
        let kept = entry(&crisis, "Called the host", 10_000);
        let removed = entry(&crisis, "Promised Acme a refund", 20_000);
        let elsewhere = entry(&other, "Another crisis", 20_000);
        let mut doc = Document::create(DocumentId::random(), DocKind::Leadership);
        put(&mut doc, "ceo", 10_000, &[&kept]);
        put(&mut doc, "ceo", 20_000, &[&removed, &elsewhere]);
        doc.change(&meta("intruder"), 30_000, |w| {
            w.remove::<CrisisEntry>(&removed.id)?;
            w.remove::<CrisisEntry>(&elsewhere.id)
        })
        .unwrap();

        let log = summaries(&doc.change_log(&[]));
        let current = |id: &str| id == kept.id;
        let crisis_at = |id: &Id, created: &ChangeRef| {
            let hash: ChangeHash = created.hash.parse().unwrap();
            doc.text_at(Collection::CrisisEntries, id, "crisis_id", &[hash])
        };
        let gone = removed_entries(&crisis.id, current, &log, crisis_at);
        assert_eq!(gone, vec![removed.id.clone()]);

        let mut ids = vec![kept.id.clone()];
        ids.extend(gone);
        let found = provenance(&ids, &log);
        assert_eq!(tamper_count(&found), (2, 1));
        let items = timeline(&crisis.id, std::slice::from_ref(&kept));
        assert_eq!(
            removals(&found, &items),
            vec![Phrase::Removed {
                written_at: 20_000,
                by: Some("intruder"),
                at: 30_000
            }]
        );
        let markdown = report_markdown(&crisis, &items, &found, say);
        assert!(markdown
            .contains("1 of 2 changed\n\n**The entry of 20000 was removed by intruder at 30000**"));
    }

    #[test]
    fn entries_logged_on_two_devices_at_once_are_both_kept_as_written() {
        let crisis = crisis();
        let mut ceo = Document::create(DocumentId::random(), DocKind::Leadership);
        ceo.change(&meta("ceo"), 1_000, |w| w.put(&crisis.id, &crisis))
            .unwrap();
        let (mut assistant, _) = Document::open(
            ceo.id().clone(),
            DocKind::Leadership,
            ceo.automerge().clone(),
        )
        .unwrap();
        let by_ceo = entry(&crisis, "Called the host", 5_000);
        let by_assistant = correction(&crisis, &by_ceo, "The host called us", 6_000);
        put(&mut ceo, "ceo", 5_000, &[&by_ceo]);
        put(&mut assistant, "assistant", 6_000, &[&by_assistant]);
        // Meanwhile the CEO closes the crisis on their device.
        ceo.change(&meta("ceo"), 7_000, |w| {
            let mut current: Crisis = w.get::<Crisis>(&crisis.id)?.unwrap();
            close_crisis(&mut current, "Resolved", "ceo", 7_000)?;
            w.put(&crisis.id, &current)
        })
        .unwrap();
        ceo.automerge_mut()
            .merge(assistant.automerge_mut())
            .unwrap();

        let stored = ceo.all::<CrisisEntry>().unwrap();
        let entries: Vec<CrisisEntry> = stored.records.into_iter().map(|(_, e)| e).collect();
        let items = timeline(&crisis.id, &entries);
        assert_eq!(items.len(), 2);
        assert_eq!(items[0].corrected_at, vec![6_000]);
        let found = check(&ceo, &[&by_ceo, &by_assistant]);
        assert_eq!(tamper_count(&found), (2, 0));
        let merged: Crisis = ceo.get::<Crisis>(&crisis.id).unwrap().unwrap();
        assert!(!merged.is_open());
        // The closed crisis now refuses what the assistant might add next.
        let late = EntryInput {
            text: "Late".into(),
            ..Default::default()
        };
        assert!(log_entry(&merged, &late, |_| true, "assistant", 8_000).is_err());
    }

    fn say(phrase: Phrase<'_>) -> String {
        match phrase {
            Phrase::Severity(s) => format!("Severity: {}", s.code()),
            Phrase::Status { open } => format!("Status: {}", if open { "open" } else { "closed" }),
            Phrase::Declared { by, at } => format!("Declared by {by} at {at}"),
            Phrase::SummaryHeading => "Summary".into(),
            Phrase::TimelineHeading => "Timeline".into(),
            Phrase::NoEntries => "No entries.".into(),
            Phrase::Entry { kind, by, at } => format!("{} by {by} at {at}", kind.code()),
            Phrase::Corrects { at } => format!("Corrects the entry of {at}"),
            Phrase::CorrectedBy { at } => format!("Corrected by the entry of {at}"),
            Phrase::Change => "Change".into(),
            Phrase::ChangedAfter { by, at } => {
                format!(
                    "Changed after it was written, by {} at {at}",
                    by.unwrap_or("?")
                )
            }
            Phrase::Removed { written_at, by, at } => format!(
                "The entry of {written_at} was removed by {} at {at}",
                by.unwrap_or("?")
            ),
            Phrase::IntegrityHeading => "Integrity".into(),
            Phrase::Integrity { total, changed } => format!("{changed} of {total} changed"),
            Phrase::ResolutionHeading => "Resolution".into(),
            Phrase::Closed { by, at } => format!("Closed by {by} at {at}"),
            Phrase::StillOpen => "Still open.".into(),
        }
    }

    #[test]
    fn the_markdown_report_lists_everything_in_order_and_escapes_user_text() {
        let mut crisis = crisis();
        crisis.title = "# hi *there*".into();
        crisis.summary = "- not a list\n1. not numbered\n\n    not code".into();
        let first = entry(&crisis, "Called [the host](http://x) <b>now</b>", 10);
        let second = entry(&crisis, "Told the team", 20);
        let fix = correction(&crisis, &first, "Called _the_ host at 10:40", 30);
        close_crisis(&mut crisis, "Back up & running", "ceo", 40).unwrap();
        let items = timeline(&crisis.id, &[fix.clone(), second.clone(), first.clone()]);
        let mut found = provenance(
            &[first.id.clone(), second.id.clone(), fix.id.clone()],
            &[
                change("aaaa", "ceo", 10, &[&first.id, &second.id]),
                change("bbbb", "assistant", 30, &[&fix.id]),
                change("cccc", "intruder", 50, &[&second.id]),
            ],
        );
        let markdown = report_markdown(&crisis, &items, &found, say);

        assert!(markdown.starts_with("# \\# hi \\*there\\*\n\n- Severity: high\n"));
        assert!(markdown.contains("\\- not a list\\\n1\\. not numbered\n\nnot code"));
        assert!(markdown.contains("Called \\[the host\\](http://x) \\<b\\>now\\</b\\>"));
        assert!(markdown.contains("Called \\_the\\_ host"));
        let at = |needle: &str| markdown.find(needle).unwrap_or_else(|| panic!("{needle}"));
        assert!(at("### action by ceo at 10") < at("### action by ceo at 20"));
        assert!(at("### action by ceo at 20") < at("### note by assistant at 30"));
        assert!(at("*Corrected by the entry of 30*") < at("### action by ceo at 20"));
        assert!(at("*Corrects the entry of 10*") > at("### note by assistant at 30"));
        assert!(markdown.contains("Change: `aaaa`"));
        assert!(markdown.contains("**Changed after it was written, by intruder at 50**"));
        assert!(markdown.contains("## Integrity\n\n1 of 3 changed"));
        assert!(markdown.ends_with("## Resolution\n\nBack up & running\n\nClosed by ceo at 40\n"));

        found.clear();
        crisis.closed = None;
        let bare = report_markdown(&crisis, &[], &found, say);
        assert!(bare.contains("## Timeline\n\nNo entries.\n\n## Integrity"));
        assert!(bare.ends_with("Still open.\n"));
    }

    #[test]
    fn escaping_keeps_plain_text_readable() {
        assert_eq!(
            escape_markdown("Back up at 11.00, all fine."),
            "Back up at 11.00, all fine."
        );
        assert_eq!(escape_markdown("Q&A &amp; more"), "Q&A \\&amp; more");
        assert_eq!(
            escape_markdown("+ plus\n= equals\n2) two"),
            "\\+ plus\\\n\\= equals\\\n2\\) two"
        );
        assert_eq!(
            escape_markdown("a\\b `code` | ~x~"),
            "a\\\\b \\`code\\` \\| \\~x\\~"
        );
    }

    #[test]
    fn the_report_file_is_named_after_the_crisis() {
        assert_eq!(report_file_name("Server outage"), "Server outage.md");
        assert_eq!(report_file_name("a/b: c?"), "a-b- c-.md");
        assert_eq!(report_file_name(" .. "), "crisis.md");
    }
}
