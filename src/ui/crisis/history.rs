//! The crisis log's bridge to the document history and its wording: the
//! leadership document's change log as the plain data the tamper check
//! reads, and every sentence the page and the report share.

use std::collections::{BTreeMap, HashSet};

use leptos::prelude::*;

use crate::doc::{ChangeHash, Collection, DocKind, LogCursor, LoggedChange};
use crate::domain::crisis::{
    timeline, ChangeRef, ChangeSummary, Phrase, Provenance, TamperCheck, TimelineItem,
};
use crate::domain::ids::Id;
use crate::trust::authorship::Authors;
use crate::ui::i18n::I18n;
use crate::ui::session::Session;
use crate::ui::widgets::format_datetime;

/// A crisis's timeline and where each entry stands in the history, kept up
/// to date as entries arrive or change on any device.
#[derive(Clone, Copy)]
pub(super) struct CrisisLog {
    pub items: Memo<Vec<TimelineItem>>,
    pub provenance: Memo<BTreeMap<Id, Provenance>>,
}

impl CrisisLog {
    pub fn new(session: Session, crisis_id: String) -> Self {
        let crisis_of_log = crisis_id.clone();
        let entries = session.leadership_records.crisis_entries;
        let by_crisis = session.leadership_indexes.entries_by_crisis;
        let items = Memo::new(move |_| {
            timeline(
                &crisis_id,
                &by_crisis.records(&crisis_id, usize::MAX, entries),
            )
        });
        // Tracks this crisis's entries (through `items`), so that a write to
        // any of them, or one leaving the crisis, by Handover or by another
        // tool, runs the check again. Entries removed from this crisis are
        // found in the history and checked too.
        let log = StoredValue::new(CrisisChanges::default());
        let provenance = Memo::new(move |_| {
            let ids: Vec<Id> =
                items.with(|items| items.iter().map(|i| i.entry.id.clone()).collect());
            let authors = session.authors();
            log.try_update_value(|log| {
                log.catch_up(session, authors);
                log.check.update(
                    &crisis_of_log,
                    &ids,
                    &log.summaries,
                    |id| entries.contains_untracked(id),
                    |id, created| session.crisis_of_entry_at(id, &created.hash),
                )
            })
            .unwrap_or_default()
        });
        Self { items, provenance }
    }
}

/// The leadership document's changes that wrote crisis entries, the only
/// ones the tamper check reads, summarised as the log is read a part at a
/// time: an entry costs the changes since the last, not the whole history.
#[derive(Default)]
struct CrisisChanges {
    cursor: LogCursor,
    changes: Vec<LoggedChange>,
    /// A cursor whose heads the document no longer knows (it was dropped
    /// and synced again) reads the log from the start: each change is kept
    /// once.
    seen: HashSet<ChangeHash>,
    summaries: Vec<ChangeSummary>,
    /// The check of this crisis's entries against the summaries.
    check: TamperCheck,
    /// Who the summaries were attributed by: a device record verified or
    /// revoked since attributes them all again.
    attributed_by: Authors,
}

impl CrisisChanges {
    fn catch_up(&mut self, session: Session, authors: Authors) {
        let new = session.change_log_from(DocKind::Leadership, &mut self.cursor);
        self.changes.extend(new.into_iter().filter(|change| {
            change
                .records
                .iter()
                .any(|r| r.collection == Collection::CrisisEntries)
                && self.seen.insert(change.hash)
        }));
        if authors != self.attributed_by {
            self.summaries.clear();
            self.check = TamperCheck::default();
            self.attributed_by = authors;
        }
        let summarised = self.summaries.len();
        let attributed_by = &self.attributed_by;
        self.summaries.extend(
            self.changes[summarised..]
                .iter()
                .map(|change| summary(change, attributed_by)),
        );
    }
}

fn summary(change: &LoggedChange, authors: &Authors) -> ChangeSummary {
    let author = change.meta.as_ref().map(|m| m.author.clone());
    ChangeSummary {
        change: ChangeRef {
            hash: change.hash.to_string(),
            attribution: authors.attribute(&change.actor, author.as_deref()),
            author,
            at: change.time * 1000,
        },
        entries: change
            .records
            .iter()
            .filter(|r| r.collection == Collection::CrisisEntries)
            .map(|r| r.id.clone())
            .collect(),
    }
}

/// The sentence for `phrase` in the current language, with member names
/// and local times.
pub(super) fn say(i18n: I18n, session: Session, phrase: Phrase<'_>) -> String {
    let name = |id: &str| {
        session
            .member_name(id)
            .unwrap_or_else(|| i18n.t("member-unknown"))
            .into()
    };
    let when = |at| format_datetime(at, i18n.locale()).into();
    match phrase {
        Phrase::Severity(severity) => i18n.t_args(
            "crisis-report-severity",
            &[("severity", i18n.t(severity.message_id()).into())],
        ),
        Phrase::Status { open: true } => i18n.t("crisis-report-status-open"),
        Phrase::Status { open: false } => i18n.t("crisis-report-status-closed"),
        Phrase::Declared { by, at } => {
            i18n.t_args("crisis-declared", &[("name", name(by)), ("when", when(at))])
        }
        Phrase::SummaryHeading => i18n.t("crisis-report-summary"),
        Phrase::TimelineHeading => i18n.t("crisis-timeline"),
        Phrase::NoEntries => i18n.t("crisis-timeline-empty"),
        Phrase::Entry { kind, by, at } => i18n.t_args(
            "crisis-report-entry",
            &[
                ("kind", i18n.t(kind.message_id()).into()),
                ("name", name(by)),
                ("when", when(at)),
            ],
        ),
        Phrase::Corrects { at } => i18n.t_args("crisis-corrects", &[("when", when(at))]),
        Phrase::CorrectedBy { at } => i18n.t_args("crisis-corrected-by", &[("when", when(at))]),
        Phrase::Change => i18n.t("crisis-change"),
        Phrase::ChangedAfter { by, at } => {
            let who = by
                .map(name)
                .unwrap_or_else(|| i18n.t("crisis-other-tool").into());
            i18n.t_args("crisis-changed-after", &[("name", who), ("when", when(at))])
        }
        Phrase::Removed { written_at, by, at } => {
            let who = by
                .map(name)
                .unwrap_or_else(|| i18n.t("crisis-other-tool").into());
            i18n.t_args(
                "crisis-removed",
                &[
                    ("written", when(written_at)),
                    ("name", who),
                    ("when", when(at)),
                ],
            )
        }
        Phrase::IntegrityHeading => i18n.t("crisis-integrity"),
        Phrase::Integrity { total, changed: 0 } => {
            i18n.t_args("crisis-integrity-ok", &[("count", total.into())])
        }
        Phrase::Integrity { changed, .. } => {
            i18n.t_args("crisis-integrity-changed", &[("count", changed.into())])
        }
        Phrase::ResolutionHeading => i18n.t("crisis-resolution"),
        Phrase::Closed { by, at } => i18n.t_args(
            "crisis-closed-by",
            &[("name", name(by)), ("when", when(at))],
        ),
        Phrase::StillOpen => i18n.t("crisis-still-open"),
    }
}
