//! The busy-year generator at a tiny scale: deterministic, and its manifest
//! tells the truth about what the documents hold.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use automerge::Automerge;
use handover::doc::{ChangeMeta, DocKind, Document, Migration, Snapshot, SCHEMA_VERSION};
use handover::domain::action::Action;
use handover_bench::busy_year::{generate, BusyYear, Contents};

const SCALE: f64 = 0.01;

fn year() -> &'static BusyYear {
    static YEAR: OnceLock<BusyYear> = OnceLock::new();
    YEAR.get_or_init(|| generate(SCALE))
}

/// Both documents as the app opens them, with how opening went.
fn open(year: &BusyYear) -> [(Document, Migration); 2] {
    let m = &year.manifest;
    let open = |id: &str, kind, bytes: &[u8]| {
        Document::open(id.parse().unwrap(), kind, Automerge::load(bytes).unwrap()).unwrap()
    };
    [
        open(&m.team_doc, DocKind::Team, &year.team),
        open(&m.leadership_doc, DocKind::Leadership, &year.leadership),
    ]
}

/// Every change of `doc` but the schema's, as (actor, metadata).
fn history(doc: &Document) -> Vec<(String, ChangeMeta)> {
    doc.automerge()
        .get_changes(&[])
        .iter()
        .filter_map(|change| {
            let meta = ChangeMeta::from_message(change.message()?)?;
            (!matches!(meta.action, Action::Schema(_)))
                .then(|| (change.actor_id().to_hex_string(), meta))
        })
        .collect()
}

#[test]
fn the_same_scale_gives_the_same_bytes() {
    let again = generate(SCALE);
    assert!(year().team == again.team, "team documents differ");
    assert!(
        year().leadership == again.leadership,
        "leadership documents differ"
    );
    assert_eq!(year().manifest.team_doc, again.manifest.team_doc);
}

#[test]
fn the_manifest_counts_what_the_documents_hold() {
    let year = year();
    let [(team, _), (leadership, _)] = open(year);
    let contents = Contents::read(&team, &leadership).unwrap();
    let mut written = year.manifest.counts.clone();
    let moves = written.remove("task_moves").unwrap();
    assert_eq!(contents.counts(), written);
    for kind in [
        "clients",
        "contacts",
        "interactions",
        "answers",
        "tasks",
        "comments",
    ] {
        assert!(written[kind] > 0, "no {kind} at scale {SCALE}");
    }
    for kind in [
        "announcements",
        "acknowledgments",
        "crisis_entries",
        "decisions",
        "vendors",
        "supply_items",
        "orders",
        "orders_sent",
        "orders_received",
        "events",
        "event_invites",
        "event_replies",
        "event_items",
        "event_items_done",
        "event_expenses",
    ] {
        assert!(written[kind] > 0, "no {kind} at scale {SCALE}");
    }
    assert_eq!(written["handovers"], 1);

    let mut actions: BTreeMap<String, u64> = BTreeMap::new();
    for (_, meta) in history(&team).into_iter().chain(history(&leadership)) {
        *actions.entry(meta.action.to_string()).or_default() += 1;
    }
    assert_eq!(actions, year.manifest.actions);
    assert_eq!(actions[&Action::TaskMove.to_string()], moves);
    // Each document also holds its schema chain: one change per version.
    let schema_changes = 2 * SCHEMA_VERSION;
    let changes = year.manifest.changes.team + year.manifest.changes.leadership;
    assert_eq!(actions.values().sum::<u64>() + schema_changes, changes);
    assert_eq!(year.manifest.bytes.team, year.team.len() as u64);
}

#[test]
fn every_record_reads_at_the_current_schema() {
    let year = year();
    let [(team, team_migration), (leadership, leadership_migration)] = open(year);
    assert_eq!(team_migration, Migration::Current);
    assert_eq!(leadership_migration, Migration::Current);
    assert_eq!(team.schema_version(), SCHEMA_VERSION);
    assert_eq!(leadership.schema_version(), SCHEMA_VERSION);
    let (read, unreadable) = Contents::read(&team, &leadership).unwrap().totals();
    assert!(read > 0);
    assert_eq!(unreadable, 0);
}

/// A snapshot of each document, stored and decoded, reads every record of
/// every collection as the document does: each record type through its
/// one `Hydrate`, with the year's comments, contacts, attendees and
/// concurrent edits.
#[test]
fn every_record_reads_from_a_snapshot_as_from_the_document() {
    let year = year();
    let [(team, _), (leadership, _)] = open(year);
    let stored = |doc: &Document| {
        let snapshot = Snapshot::of(doc.automerge()).unwrap();
        assert_eq!(snapshot.heads(), doc.heads());
        Snapshot::decode(snapshot.encoded().to_vec()).unwrap()
    };
    let from_snapshots = Contents::read(&stored(&team), &stored(&leadership)).unwrap();
    let from_documents = Contents::read(&team, &leadership).unwrap();
    assert_eq!(from_snapshots.totals(), from_documents.totals());
    assert!(from_documents.totals().0 > 0);
    assert_eq!(from_snapshots, from_documents);
}

#[test]
fn the_two_leaders_devices_write_everything_but_the_joins() {
    let year = year();
    let m = &year.manifest;
    let [(team, _), (leadership, _)] = open(year);
    let members: BTreeSet<&str> = m.members.iter().map(String::as_str).collect();
    let mut leader_actors = BTreeSet::new();
    for (actor, meta) in history(&team).into_iter().chain(history(&leadership)) {
        assert!(members.contains(meta.author.as_str()), "{meta:?}");
        if meta.action != Action::MemberJoin {
            assert!([&m.ceo, &m.assistant].contains(&&meta.author), "{meta:?}");
            leader_actors.insert(actor);
        }
    }
    assert_eq!(leader_actors.len(), 2);
}
