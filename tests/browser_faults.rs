//! Faults in a real browser (headless Chromium through wasm-bindgen-test):
//! two tabs editing one document at once, and stored entries damaged in
//! IndexedDB (a truncated snapshot, a value that is not bytes, a malformed
//! key), also when the quarantine store itself fails, and snapshots of the
//! records damaged or put at other heads. Nothing may be lost, what cannot
//! be loaded is kept byte for byte and reported, and no snapshot of the
//! records is read over the document.
#![cfg(target_arch = "wasm32")]

mod browser_support;

use std::collections::BTreeMap;
use std::rc::Rc;

use automerge::{ChangeHash, ReadDoc};
use browser_support::{
    add_client, client_names, clients_by_pages, clients_in, fresh_db, key_of, open, open_loaded,
    quiet, raw_get, records_key_of, settle, wait_until,
};
use handover::doc::{merge_chunk_logged, ChangeMeta, DocKind, Document, DocumentId};
use handover::domain::action::Action;
use handover::domain::clients::{
    add_contact, edit_client, log_interaction, Client, ClientInput, ContactInput, Interaction,
    InteractionInput,
};
use handover::store::compaction::Compacted;
use handover::store::keys::ChunkKey;
use handover::store::{DocStore, LiveDoc, OpenError, Quarantined};
use indexed_db_futures::database::Database;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::TransactionMode;
use indexed_db_futures::KeyPath;
use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A small deterministic generator (SplitMix64), so every run makes the same
/// choices.
struct Seeded(u64);

impl Seeded {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const EDITS_PER_TAB: usize = 500;
const SHARED_CLIENTS: usize = 8;

/// What the edits of both tabs must have left in the document.
#[derive(Default)]
struct Expected {
    /// The change each edit committed.
    changes: Vec<ChangeHash>,
    clients: Vec<String>,
    /// Contact names per shared client.
    contacts: BTreeMap<String, Vec<String>>,
    interactions: Vec<String>,
    /// The last value each tab wrote into its field of a shared client:
    /// `(client, field) -> value`. Each field has one writer, so the last
    /// write must win.
    fields: BTreeMap<(String, &'static str), String>,
}

/// One domain edit by `tab` (`"a"` or `"b"`): a new client, a contact on a
/// shared client, an interaction with a shared client, or the tab's own field
/// (company for a, notes for b) of a shared client.
fn edit(
    live: &Rc<LiveDoc>,
    tab: &'static str,
    n: usize,
    shared: &[String],
    rng: &mut Seeded,
    expected: &mut Expected,
) {
    let target = shared[rng.below(shared.len())].clone();
    let label = format!("{tab}-{n}");
    let meta = ChangeMeta::new(tab, Action::ClientEdit, &label);
    match rng.below(4) {
        0 => {
            add_client(live, &label);
            expected.clients.push(label);
        }
        1 => {
            live.change(&meta, |w| {
                let mut client: Client = w.get::<Client>(&target)?.unwrap();
                let contact = ContactInput {
                    name: label.clone(),
                    ..Default::default()
                };
                add_contact(&mut client, &contact).unwrap();
                w.put(&target, &client)
            })
            .unwrap();
            expected.contacts.entry(target).or_default().push(label);
        }
        2 => {
            let input = InteractionInput {
                at: Some(0),
                summary: label.clone(),
                ..Default::default()
            };
            let interaction = log_interaction(&target, &input, tab, 0).unwrap();
            live.change(&meta, |w| w.put(&interaction.id, &interaction))
                .unwrap();
            expected.interactions.push(label);
        }
        _ => {
            let field = if tab == "a" { "company" } else { "notes" };
            live.change(&meta, |w| {
                let mut client: Client = w.get::<Client>(&target)?.unwrap();
                let original = ClientInput::from_client(&client);
                let mut edited = original.clone();
                match field {
                    "company" => edited.company = label.clone(),
                    _ => edited.notes = label.clone(),
                }
                edit_client(&mut client, &original, &edited, |_| true).unwrap();
                w.put(&target, &client)
            })
            .unwrap();
            expected.fields.insert((target, field), label);
        }
    }
    let heads = live.read(|d| d.heads());
    assert_eq!(heads.len(), 1, "a local change follows every head it saw");
    expected.changes.push(heads[0]);
}

/// Fails unless `live` holds every edit in `expected`.
fn assert_holds_every_edit(live: &LiveDoc, expected: &Expected) {
    live.read(|d| {
        let missing = d.automerge().get_missing_deps(&expected.changes);
        assert!(missing.is_empty(), "changes are missing: {missing:?}");
        let clients = d.all::<Client>().unwrap();
        assert!(clients.unreadable.is_empty());
        let by_id: BTreeMap<String, Client> = clients.records.into_iter().collect();
        let names: Vec<&str> = by_id.values().map(|c| c.name.as_str()).collect();
        for name in &expected.clients {
            assert!(names.contains(&name.as_str()), "client {name} is missing");
        }
        for (client, contacts) in &expected.contacts {
            let mut found: Vec<&str> = by_id[client]
                .contacts
                .values()
                .map(|c| c.name.as_str())
                .collect();
            found.sort();
            let mut wanted: Vec<&str> = contacts.iter().map(String::as_str).collect();
            wanted.sort();
            assert_eq!(found, wanted, "contacts of {client}");
        }
        for ((client, field), value) in &expected.fields {
            let found = match *field {
                "company" => &by_id[client].company,
                _ => &by_id[client].notes,
            };
            assert_eq!(found, value, "{field} of {client}");
        }
        let interactions = d.all::<Interaction>().unwrap();
        let summaries: Vec<String> = interactions
            .records
            .into_iter()
            .map(|(_, i)| i.summary)
            .collect();
        for summary in &expected.interactions {
            assert!(
                summaries.contains(summary),
                "interaction {summary} is missing"
            );
        }
    });
}

fn heads(live: &LiveDoc) -> Vec<ChangeHash> {
    live.read(|d| d.heads())
}

#[wasm_bindgen_test]
async fn two_tabs_with_500_concurrent_edits_each_converge_and_lose_nothing() {
    let db = fresh_db().await;
    let id = DocumentId::random();
    // Two documents on one database and one id are two tabs: their
    // BroadcastChannels deliver to each other within the page.
    let a = open(&db, &id).await;
    let b = open(&db, &id).await;
    let shared: Vec<String> = (0..SHARED_CLIENTS)
        .map(|n| add_client(&a, &format!("Shared {n}")))
        .collect();
    settle(&a).await;
    wait_until("tab b hears of the shared clients", || {
        heads(&a) == heads(&b)
    })
    .await;

    let mut rng = Seeded(0x6_2026);
    let mut expected = Expected::default();
    let mut turns: Vec<&'static str> = [["a"; EDITS_PER_TAB], ["b"; EDITS_PER_TAB]].concat();
    for i in (1..turns.len()).rev() {
        turns.swap(i, rng.below(i + 1));
    }
    let mut made = BTreeMap::<&str, usize>::new();
    for tab in turns {
        let n = made.entry(tab).or_default();
        *n += 1;
        let live = if tab == "a" { &a } else { &b };
        edit(live, tab, *n, &shared, &mut rng, &mut expected);
        // Now and then let saves, compactions and the other tab's chunks
        // through, so some edits see each other and others are concurrent.
        if rng.below(8) == 0 {
            gloo_timers::future::sleep(std::time::Duration::ZERO).await;
        }
    }
    assert_eq!(expected.changes.len(), 2 * EDITS_PER_TAB);

    wait_until("both tabs save and converge", || {
        a.is_saved() && b.is_saved() && heads(&a) == heads(&b)
    })
    .await;
    assert_holds_every_edit(&a, &expected);
    assert_holds_every_edit(&b, &expected);
    let converged = heads(&a);
    drop((a, b));

    let third = open(&db, &id).await;
    assert_eq!(heads(&third), converged);
    assert_holds_every_edit(&third, &expected);
}

/// Writes `value` under `key` in the documents store, as a broken disk or
/// tool could.
async fn raw_put(db: &Database, key: &JsValue, value: &JsValue) {
    let tx = db
        .transaction("documents")
        .with_mode(TransactionMode::Readwrite)
        .build()
        .unwrap();
    tx.object_store("documents")
        .unwrap()
        .put(value.clone())
        .with_key(key.clone())
        .await
        .unwrap();
    tx.commit().await.unwrap();
}

/// A stored entry in the app's layout, `{ key, binary }`.
fn entry(key: &JsValue, binary: &JsValue) -> JsValue {
    let record = Object::new();
    Reflect::set(&record, &"key".into(), key).unwrap();
    Reflect::set(&record, &"binary".into(), binary).unwrap();
    record.into()
}

fn bytes_of(value: &JsValue) -> Vec<u8> {
    Reflect::get(value, &"binary".into())
        .unwrap()
        .dyn_into::<Uint8Array>()
        .expect("a byte array")
        .to_vec()
}

/// Fails unless the quarantine store holds `value` under `key`, as it was
/// stored (compared with `same`), and `report` names it with a reason.
async fn assert_kept_aside(
    db: &Database,
    key: &JsValue,
    report: &[Quarantined],
    same: impl Fn(&JsValue) -> bool,
) {
    let record = raw_get(db, "quarantine", key)
        .await
        .expect("the entry is in the quarantine store");
    let value = Reflect::get(&record, &"value".into()).unwrap();
    assert!(same(&value), "the quarantined value changed: {value:?}");
    let reason = Reflect::get(&record, &"reason".into()).unwrap();
    assert!(!reason.as_string().unwrap_or_default().is_empty());
    assert!(
        raw_get(db, "documents", key).await.is_none(),
        "moved, not copied"
    );
    let parts: Vec<String> = key
        .dyn_ref::<Array>()
        .unwrap()
        .iter()
        .filter_map(|p| p.as_string())
        .collect();
    assert!(
        report
            .iter()
            .any(|q| q.key == parts && !q.reason.is_empty()),
        "{parts:?} is reported with a reason in {report:?}"
    );
}

/// A document with three clients named after `prefix`, saved.
async fn three_clients(prefix: &str) -> (Rc<Database>, DocumentId, Rc<LiveDoc>) {
    let db = fresh_db().await;
    let id = DocumentId::random();
    let live = open(&db, &id).await;
    for n in 0..3 {
        add_client(&live, &format!("{prefix} {n}"));
    }
    settle(&live).await;
    (db, id, live)
}

/// A fresh database with a document of three clients named `prefix` 0 to 2,
/// compacted into one snapshot: the database, the document (still open) and
/// the snapshot's key.
async fn compacted_document(prefix: &str) -> (Rc<Database>, DocumentId, Rc<LiveDoc>, JsValue) {
    let (db, id, live) = three_clients(prefix).await;
    live.compact().await.unwrap();
    let snapshot = key_of(&ChunkKey::snapshot(id.as_str(), &heads(&live)));
    (db, id, live, snapshot)
}

#[wasm_bindgen_test]
async fn a_truncated_snapshot_is_set_aside_and_later_chunks_wait_for_its_history() {
    let (db, id, live, snapshot) = compacted_document("Before").await;
    let whole = bytes_of(&raw_get(&db, "documents", &snapshot).await.unwrap());
    for n in 0..2 {
        add_client(&live, &format!("After {n}"));
        settle(&live).await;
    }
    assert_eq!(live.store().stored_counts().await.unwrap(), (2, 1));
    drop(live);
    let truncated = whole[..whole.len() / 2].to_vec();
    raw_put(
        &db,
        &snapshot,
        &entry(&snapshot, &Uint8Array::from(&truncated[..])),
    )
    .await;

    let (reopened, report) = open_loaded(&db, &id)
        .await
        .expect("the document opens without its snapshot");
    assert_eq!(report.len(), 1, "{report:?}");
    assert_kept_aside(&db, &snapshot, &report, |v| bytes_of(v) == truncated).await;
    // The later chunks loaded, but their changes build on the lost snapshot:
    // they wait for it instead of showing half a history.
    assert!(client_names(&reopened).is_empty());
    settle(&reopened).await;
    // Compacting now must keep the waiting changes, not drop them.
    reopened.compact().await.unwrap();
    assert_eq!(reopened.store().stored_counts().await.unwrap(), (0, 1));
    drop(reopened);

    // The history comes back (from another device, or the quarantined
    // bytes repaired): every client of before and after the snapshot shows.
    let reopened = open(&db, &id).await;
    reopened.merge_remote(|doc, log| merge_chunk_logged(doc, &whole, log).unwrap());
    settle(&reopened).await;
    let everyone = ["After 0", "After 1", "Before 0", "Before 1", "Before 2"];
    assert_eq!(client_names(&reopened), everyone);
    drop(reopened);
    let again = open(&db, &id).await;
    assert_eq!(client_names(&again), everyone);
}

/// The app stores a CRC-32 beside each chunk, and Automerge skips its own
/// checksum for bytes that match it. Here the snapshot's checksum is damaged
/// where it is stored, beside the CRC-32 of the bytes as written: they no
/// longer match it, so Automerge checks its checksum, refuses the snapshot,
/// and the entry is set aside. (Had the CRC-32 been trusted anyway, the
/// snapshot would load: nothing but its checksum changed.)
#[wasm_bindgen_test]
async fn a_snapshot_whose_bytes_no_longer_match_its_stored_crc_is_checked_and_set_aside() {
    let (db, id, live, snapshot) = compacted_document("Client").await;
    drop(live);
    let stored = raw_get(&db, "documents", &snapshot).await.unwrap();
    let crc32 = Reflect::get(&stored, &"crc32".into()).unwrap();
    assert!(
        crc32.as_f64().is_some(),
        "a CRC-32 beside the bytes: {crc32:?}"
    );
    let mut damaged = bytes_of(&stored);
    // The checksum's first byte, after Automerge's four magic bytes.
    damaged[4] ^= 0xff;
    Reflect::set(&stored, &"binary".into(), &Uint8Array::from(&damaged[..])).unwrap();
    raw_put(&db, &snapshot, &stored).await;

    let (reopened, report) = open_loaded(&db, &id)
        .await
        .expect("the document opens without its snapshot");
    assert_eq!(report.len(), 1, "{report:?}");
    assert_kept_aside(&db, &snapshot, &report, |v| bytes_of(v) == damaged).await;
    assert!(client_names(&reopened).is_empty());
}

/// A compaction stores the hashes of the snapshot's changes beside it, under
/// the same CRC-32, and loading takes them instead of hashing every change.
/// Hashes changed where they are stored (two swapped, which still fit the
/// snapshot) no longer match the CRC-32 and are never taken: the document
/// reopens with its changes hashed from the bytes. (Had they been taken
/// anyway, its history would list the two in the swapped order.)
#[wasm_bindgen_test]
async fn a_snapshots_change_hashes_are_taken_only_while_they_match_its_crc() {
    let (db, id, live, snapshot) = compacted_document("Client").await;
    let saved = live.read(|d| d.automerge().change_hashes_as_saved().to_vec());
    drop(live);
    let stored = raw_get(&db, "documents", &snapshot).await.unwrap();
    let field = Reflect::get(&stored, &"changeHashes".into()).unwrap();
    let mut hashes = field
        .dyn_into::<Uint8Array>()
        .expect("the change hashes beside the snapshot")
        .to_vec();
    let stored_hashes: Vec<ChangeHash> = hashes
        .chunks(32)
        .map(|hash| ChangeHash::try_from(hash).unwrap())
        .collect();
    assert_eq!(stored_hashes, saved);
    assert!(saved.len() > 2, "{saved:?}");

    let (first, second) = hashes.split_at_mut(32);
    first.swap_with_slice(&mut second[..32]);
    Reflect::set(
        &stored,
        &"changeHashes".into(),
        &Uint8Array::from(&hashes[..]),
    )
    .unwrap();
    raw_put(&db, &snapshot, &stored).await;

    let (reopened, report) = open_loaded(&db, &id).await.expect("the document opens");
    assert!(report.is_empty(), "{report:?}");
    let history = reopened.read(|d| d.automerge().change_hashes_as_saved().to_vec());
    assert_eq!(history, saved);
    assert_eq!(client_names(&reopened).len(), 3);
}

#[wasm_bindgen_test]
async fn chunks_beside_a_truncated_snapshot_still_load() {
    let db = fresh_db().await;
    let id = DocumentId::random();
    let store = DocStore::new(db.clone(), id.as_str());
    let meta = ChangeMeta::new("m1", Action::ClientCreate, "");
    let put_client = |doc: &mut Document, name: &str| {
        let input = ClientInput {
            name: name.into(),
            ..Default::default()
        };
        let client = handover::domain::clients::create_client(&input, |_| true, "m1", 0).unwrap();
        doc.change(&meta, 0, |w| w.put(&client.id, &client))
            .unwrap();
    };
    // A compacted document with one client, then two tabs carry on from it:
    // one appends a chunk, the other compacts and its snapshot is cut short.
    let mut base = Document::create(id.clone(), DocKind::Team);
    put_client(&mut base, "Kept");
    store.compact(base.automerge()).await.unwrap();
    let fork = |doc: &Document| {
        Document::open(id.clone(), DocKind::Team, doc.automerge().clone())
            .unwrap()
            .0
    };
    let mut appending = fork(&base);
    put_client(&mut appending, "Appended");
    store
        .append(&appending.automerge().save_after(&base.heads()), &[])
        .await
        .unwrap();
    let mut compacting = fork(&base);
    put_client(&mut compacting, "Cut short");
    let whole = compacting.automerge().save();
    let truncated = &whole[..whole.len() - 7];
    let snapshot = key_of(&ChunkKey::snapshot(id.as_str(), &compacting.heads()));
    raw_put(
        &db,
        &snapshot,
        &entry(&snapshot, &Uint8Array::from(truncated)),
    )
    .await;

    let (reopened, report) = open_loaded(&db, &id).await.unwrap();
    assert_eq!(client_names(&reopened), ["Appended", "Kept"]);
    assert_eq!(report.len(), 1, "{report:?}");
    assert_kept_aside(&db, &snapshot, &report, |v| bytes_of(v) == truncated).await;
    reopened.merge_remote(|doc, log| merge_chunk_logged(doc, &whole, log).unwrap());
    assert_eq!(client_names(&reopened), ["Appended", "Cut short", "Kept"]);
}

#[wasm_bindgen_test]
async fn entries_without_bytes_or_with_malformed_keys_are_set_aside_as_they_were() {
    let db = fresh_db().await;
    let id = DocumentId::random();
    let live = open(&db, &id).await;
    add_client(&live, "Survivor");
    settle(&live).await;
    let valid_chunk = live.read(|d| d.automerge().save());
    drop(live);
    let doc = JsValue::from_str(id.as_str());
    let chunk_key = |kind: &str, hash: JsValue| -> JsValue {
        Array::of3(&doc, &JsValue::from_str(kind), &hash).into()
    };

    let not_bytes_key = chunk_key("incremental", JsValue::from_str("not-bytes"));
    let not_bytes = entry(&not_bytes_key, &JsValue::from_str("a string, not bytes"));
    raw_put(&db, &not_bytes_key, &not_bytes).await;
    let bare_value_key = chunk_key("snapshot", JsValue::from_str("bare"));
    raw_put(&db, &bare_value_key, &JsValue::from_f64(42.0)).await;
    let numeric_hash_key = chunk_key("incremental", JsValue::from_f64(7.0));
    let bytes_value = entry(&numeric_hash_key, &Uint8Array::from(&valid_chunk[..]));
    raw_put(&db, &numeric_hash_key, &bytes_value).await;
    let short_key: JsValue = Array::of2(&doc, &JsValue::from_str("incremental")).into();
    raw_put(
        &db,
        &short_key,
        &entry(&short_key, &Uint8Array::from(&b"xyz"[..])),
    )
    .await;
    // automerge-repo's sync state is another kind of entry, not damage.
    let sync_state_key = chunk_key("sync-state", JsValue::from_str("peer"));
    raw_put(&db, &sync_state_key, &JsValue::from_str("sync state")).await;

    let (reopened, report) = open_loaded(&db, &id).await.unwrap();
    assert_eq!(client_names(&reopened), ["Survivor"]);
    assert_eq!(report.len(), 4, "{report:?}");
    assert_kept_aside(&db, &not_bytes_key, &report, |v| {
        Reflect::get(v, &"binary".into())
            .unwrap()
            .as_string()
            .as_deref()
            == Some("a string, not bytes")
    })
    .await;
    assert_kept_aside(&db, &bare_value_key, &report, |v| v.as_f64() == Some(42.0)).await;
    assert_kept_aside(&db, &numeric_hash_key, &report, |v| {
        bytes_of(v) == valid_chunk
    })
    .await;
    assert_kept_aside(&db, &short_key, &report, |v| bytes_of(v) == b"xyz").await;
    assert_eq!(
        raw_get(&db, "documents", &sync_state_key)
            .await
            .and_then(|v| v.as_string())
            .as_deref(),
        Some("sync state")
    );
    drop(reopened);
    let (_, again) = open_loaded(&db, &id).await.unwrap();
    assert!(again.is_empty(), "{again:?}");
}

/// How a quarantine store fails the app's writes.
enum BrokenQuarantine {
    Missing,
    /// Keyed by a field of the record, so a write that names its key throws.
    RejectsWrites,
}

/// A database like the app's whose quarantine store is broken, as a damaged
/// profile or a foreign tool could leave it.
async fn db_with_broken_quarantine(broken: BrokenQuarantine) -> Rc<Database> {
    let name = format!("test-{}", uuid::Uuid::new_v4());
    let db = Database::open(name.as_str())
        .with_version(1u32)
        .with_on_upgrade_needed(move |_, db| {
            db.create_object_store("documents").build()?;
            db.create_object_store("settings").build()?;
            if let BrokenQuarantine::RejectsWrites = broken {
                db.create_object_store("quarantine")
                    .with_key_path(KeyPath::One("id"))
                    .build()?;
            }
            Ok(())
        })
        .await
        .unwrap();
    Rc::new(db)
}

/// Stores one good client and one damaged chunk on `db`, then fails unless
/// opening loads the client, reports the damaged chunk as not set aside and
/// leaves it byte for byte in the documents store, also after compaction and
/// on the next start.
async fn assert_opens_without_setting_aside(db: Rc<Database>) {
    let id = DocumentId::random();
    let live = open(&db, &id).await;
    add_client(&live, "Survivor");
    settle(&live).await;
    let garbage = b"this is not automerge".to_vec();
    let garbage_key = ChunkKey::incremental(id.as_str(), &garbage);
    live.store().append(&garbage, &[]).await.unwrap();
    drop(live);

    for _ in 0..2 {
        let (reopened, report) = open_loaded(&db, &id)
            .await
            .expect("the workspace opens although the quarantine fails");
        assert_eq!(client_names(&reopened), ["Survivor"]);
        assert_eq!(report.len(), 1, "{report:?}");
        assert_eq!(report[0].key, garbage_key.parts().map(String::from));
        assert!(
            report[0].reason.contains("could not be set aside"),
            "{report:?}"
        );
        settle(&reopened).await;
        reopened.compact().await.unwrap();
        let stored = raw_get(&db, "documents", &key_of(&garbage_key))
            .await
            .expect("the damaged chunk stays where it was");
        assert_eq!(bytes_of(&stored), garbage);
    }
}

#[wasm_bindgen_test]
async fn a_damaged_chunk_stays_and_the_rest_loads_when_the_quarantine_store_is_missing() {
    assert_opens_without_setting_aside(db_with_broken_quarantine(BrokenQuarantine::Missing).await)
        .await;
}

#[wasm_bindgen_test]
async fn a_damaged_chunk_stays_and_the_rest_loads_when_the_quarantine_write_throws() {
    assert_opens_without_setting_aside(
        db_with_broken_quarantine(BrokenQuarantine::RejectsWrites).await,
    )
    .await;
}

/// A document with three clients compacted by the worker's compaction,
/// which writes the snapshot of the records beside it; the key of that
/// snapshot as stored.
async fn compacted_with_records(prefix: &str) -> (Rc<Database>, DocumentId, Rc<LiveDoc>, JsValue) {
    let (db, id, live) = three_clients(prefix).await;
    let compacted = live.store().compact_stored().await.unwrap();
    live.store().note_compacted(&compacted, true);
    let records = records_key_of(&id, &compacted.heads);
    (db, id, live, records)
}

/// Adds a client named "Later" to `live` and compacts again as the worker
/// does, then closes it: what was compacted.
async fn compacted_again_with_a_client(live: Rc<LiveDoc>) -> Compacted {
    add_client(&live, "Later");
    settle(&live).await;
    let compacted = live.store().compact_stored().await.unwrap();
    live.store().note_compacted(&compacted, true);
    compacted
}

/// A snapshot of the records damaged where it is stored (one byte of the
/// clients' deflated collection changed, the snapshot still decoding) no
/// longer matches the CRC-32 of the clients' collection, which is then not
/// read: the clients come from the document. Reading them has the document
/// compacted at once, which writes the snapshot whole again; after that,
/// the clients are read from it.
#[wasm_bindgen_test]
async fn a_damaged_snapshot_of_the_records_is_not_read() {
    let (db, id, live, records) = compacted_with_records("Client").await;
    drop(live);
    let stored = raw_get(&db, "documents", &records).await.unwrap();
    let mut damaged = bytes_of(&stored);
    // The collections are stored in key order, each key led by its
    // length: the byte before the departments' key is the clients' last.
    let at = damaged
        .windows(12)
        .position(|window| window == b"\x0bdepartments")
        .expect("the departments' collection after the clients'");
    damaged[at - 1] ^= 0x5a;
    Reflect::set(&stored, &"binary".into(), &Uint8Array::from(&damaged[..])).unwrap();
    raw_put(&db, &records, &stored).await;

    let (reopened, report) = open_loaded(&db, &id).await.unwrap();
    assert!(
        report.is_empty(),
        "a damaged snapshot of the records loses nothing: {report:?}"
    );
    assert!(!reopened.store().compaction_due());
    let read = clients_by_pages(&reopened);
    assert_eq!(read, clients_in(&reopened));
    assert!(read
        .values()
        .all(|client| client.name.starts_with("Client")));
    assert!(
        reopened.store().compaction_due(),
        "the damaged snapshot is to be written again"
    );
    drop(reopened);

    // What the compaction worker does.
    DocStore::new(db.clone(), id.as_str())
        .compact_stored()
        .await
        .unwrap();
    let (rebuilt, _) = open_loaded(&db, &id).await.unwrap();
    assert!(rebuilt.reads_records_snapshot());
    assert_eq!(clients_by_pages(&rebuilt), read);
    assert!(!rebuilt.store().compaction_due());
}

/// A snapshot of the records that is whole but was read at other heads
/// than the compacted document's (an older one put under the newer one's
/// key, as a forger with the disk might) is not read: a client added since
/// it was taken still reads. A second compaction also replaced the first
/// snapshot of the records rather than keeping both.
#[wasm_bindgen_test]
async fn a_snapshot_of_the_records_at_other_heads_is_not_read() {
    let (db, id, live, older) = compacted_with_records("Client").await;
    let older_value = raw_get(&db, "documents", &older).await.unwrap();
    let compacted = compacted_again_with_a_client(live).await;
    assert!(raw_get(&db, "documents", &older).await.is_none());
    let newer = records_key_of(&id, &compacted.heads);
    raw_put(&db, &newer, &older_value).await;

    let reopened = open(&db, &id).await;
    assert!(!reopened.reads_records_snapshot());
    let read = clients_by_pages(&reopened);
    assert_eq!(read, clients_in(&reopened));
    assert!(read.values().any(|client| client.name == "Later"));
    assert_eq!(read.len(), 4);
}

/// A compacted document put under a newer one's key, with the newer one's
/// snapshot of the records beside it (as a forger with the disk might): the
/// records are shown before the document has loaded, but once it has, it
/// is not at the heads the snapshot was read at. Opening it ends as misled
/// and deletes the snapshot, and the next open reads the document.
#[wasm_bindgen_test]
async fn records_shown_from_a_snapshot_of_another_document_are_not_trusted_again() {
    let (db, id, live, _) = compacted_with_records("Client").await;
    let older = key_of(&ChunkKey::snapshot(id.as_str(), &heads(&live)));
    let older_value = raw_get(&db, "documents", &older).await.unwrap();
    let compacted = compacted_again_with_a_client(live).await;
    raw_put(&db, &key_of(&compacted.snapshot), &older_value).await;

    let forged = LiveDoc::open(db.clone(), id.clone(), DocKind::Team, quiet())
        .await
        .unwrap();
    assert!(forged.reads_before_loaded());
    assert_eq!(clients_by_pages(&forged).len(), 4);
    assert!(matches!(forged.loaded().await, Err(OpenError::Misled)));
    let records = records_key_of(&id, &compacted.heads);
    assert!(raw_get(&db, "documents", &records).await.is_none());
    drop(forged);

    let (reopened, _) = open_loaded(&db, &id).await.unwrap();
    assert!(!reopened.reads_records_snapshot());
    assert_eq!(clients_by_pages(&reopened), clients_in(&reopened));
    assert_eq!(client_names(&reopened).len(), 3);
}
