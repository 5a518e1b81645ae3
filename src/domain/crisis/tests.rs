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

/// The tamper check of the whole history at once, for entries `ids`.
fn provenance(ids: &[Id], changes: &[ChangeSummary]) -> BTreeMap<Id, Provenance> {
    TamperCheck::default().update("", ids, changes, |_| true, |_, _| None)
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
    let found = TamperCheck::default().update(
        &crisis.id,
        std::slice::from_ref(&kept.id),
        &log,
        current,
        crisis_at,
    );
    assert_eq!(
        found.keys().collect::<BTreeSet<_>>(),
        BTreeSet::from([&kept.id, &removed.id]),
        "the entry removed from this crisis is checked, the other crisis's is not"
    );
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

/// The check kept up to date as the history grows agrees at every step with
/// a check of the whole history: an entry removed, written back and removed
/// again, with another entry written meanwhile.
#[test]
fn the_tamper_check_kept_up_to_date_agrees_with_the_whole_history() {
    let crisis = crisis();
    let kept = entry(&crisis, "Called the host", 10_000);
    let removed = entry(&crisis, "Promised Acme a refund", 20_000);
    let mut doc = Document::create(DocumentId::random(), DocKind::Leadership);
    let mut kept_up = TamperCheck::default();
    let mut step = |doc: &Document| {
        let log = summaries(&doc.change_log(&[]));
        let current = |id: &str| doc.get::<CrisisEntry>(id).unwrap().is_some();
        let crisis_at = |id: &Id, created: &ChangeRef| {
            let hash: ChangeHash = created.hash.parse().unwrap();
            doc.text_at(Collection::CrisisEntries, id, "crisis_id", &[hash])
        };
        let ids = [kept.id.clone()];
        let whole = TamperCheck::default().update(&crisis.id, &ids, &log, current, crisis_at);
        assert_eq!(
            kept_up.update(&crisis.id, &ids, &log, current, crisis_at),
            whole
        );
        whole.contains_key(&removed.id)
    };
    put(&mut doc, "ceo", 10_000, &[&kept, &removed]);
    assert!(!step(&doc));
    let remove = |doc: &mut Document, at| {
        doc.change(&meta("intruder"), at, |w| {
            w.remove::<CrisisEntry>(&removed.id)
        })
        .unwrap()
    };
    remove(&mut doc, 20_000);
    assert!(step(&doc), "removed");
    put(
        &mut doc,
        "ceo",
        30_000,
        &[&entry(&crisis, "Refund sent", 30_000)],
    );
    assert!(step(&doc), "still gone");
    put(&mut doc, "intruder", 40_000, &[&removed]);
    assert!(!step(&doc), "written back, it is in the document");
    remove(&mut doc, 50_000);
    assert!(step(&doc), "removed again");
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
fn the_report_file_is_named_after_the_crisis() {
    assert_eq!(report_file_name("Server outage"), "Server outage.md");
    assert_eq!(report_file_name("a/b: c?"), "a-b- c-.md");
    assert_eq!(report_file_name(" .. "), "crisis.md");
}
