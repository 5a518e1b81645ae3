//! Storage in a real browser (headless Chromium through wasm-bindgen-test):
//! append and load, compaction, damaged chunks set aside, saves after two
//! snapshots and saves waiting for others, two writers on one database
//! losing nothing, chunk writes that wait for the disk and start before the
//! screen updates, a save that fails and is retried, a tab opening while
//! another writes, and records read through the snapshot stored with a
//! compaction.
#![cfg(target_arch = "wasm32")]

mod browser_support;

use std::cell::RefCell;
use std::rc::Rc;

use automerge::Automerge;
use browser_support::{
    add_client, client_names, clients_by_pages, clients_in, fresh_db, key_of, open, open_listening,
    open_loaded, quiet, raw_get, records_key_of, settle, wait_until,
};
use handover::doc::{Adopted, ChangeMeta, Collection, DocKind, Document, DocumentId, WholeInSteps};
use handover::domain::action::Action;
use handover::domain::clients::{create_client, Client, ClientInput};
use handover::store::compaction::Compacted;
use handover::store::keys::ChunkKey;
use handover::store::{DocStore, Listeners, LiveDoc, SaveState};
use js_sys::{Array, Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn appended_changes_load_again() {
    let db = fresh_db().await;
    let id = DocumentId::random();
    let live = open(&db, &id).await;
    add_client(&live, "Acme");
    settle(&live).await;
    add_client(&live, "Bakery");
    settle(&live).await;
    drop(live);

    let reopened = open(&db, &id).await;
    assert_eq!(client_names(&reopened), ["Acme", "Bakery"]);
    let (incremental, snapshots) = reopened.store().stored_counts().await.unwrap();
    assert!(incremental >= 2, "each save appends: {incremental}");
    assert_eq!(snapshots, 0);
}

#[wasm_bindgen_test]
async fn compaction_keeps_everything_in_one_snapshot() {
    let db = fresh_db().await;
    let id = DocumentId::random();
    let live = open(&db, &id).await;
    for n in 0..5 {
        add_client(&live, &format!("Client {n}"));
        settle(&live).await;
    }
    live.compact().await.unwrap();
    assert_eq!(live.store().stored_counts().await.unwrap(), (0, 1));
    add_client(&live, "After compaction");
    settle(&live).await;
    assert_eq!(live.store().stored_counts().await.unwrap(), (1, 1));
    drop(live);

    let reopened = open(&db, &id).await;
    assert_eq!(client_names(&reopened).len(), 6);
}

#[wasm_bindgen_test]
async fn compaction_leaves_chunks_it_does_not_cover() {
    let db = fresh_db().await;
    let id = DocumentId::random();
    let meta = ChangeMeta::new("m1", Action::ClientCreate, "");
    let client = |name: &str| {
        let input = ClientInput {
            name: name.into(),
            ..Default::default()
        };
        create_client(&input, |_| true, "m1", 0).unwrap()
    };
    // Writer A stores a document with one client.
    let store_a = DocStore::new(db.clone(), id.as_str());
    let mut doc_a = Document::create(id.clone(), DocKind::Team);
    let acme = client("Acme");
    doc_a.change(&meta, 0, |w| w.put(&acme.id, &acme)).unwrap();
    store_a
        .append(&doc_a.automerge().save(), &[])
        .await
        .unwrap();
    // Writer B loads it and appends a chunk A never hears about.
    let store_b = DocStore::new(db.clone(), id.as_str());
    let loaded = store_b.load().await.unwrap();
    let (mut doc_b, _) = Document::open(id.clone(), DocKind::Team, loaded.doc).unwrap();
    let before = doc_b.heads();
    let bakery = client("Bakery");
    doc_b
        .change(&meta, 0, |w| w.put(&bakery.id, &bakery))
        .unwrap();
    store_b
        .append(&doc_b.automerge().save_after(&before), &[])
        .await
        .unwrap();
    // A compacts what it has: B's chunk must survive.
    store_a.compact(doc_a.automerge()).await.unwrap();
    assert_eq!(store_a.stored_counts().await.unwrap(), (1, 1));

    let reopened = open(&db, &id).await;
    assert_eq!(client_names(&reopened), ["Acme", "Bakery"]);
}

#[wasm_bindgen_test]
async fn a_damaged_chunk_is_set_aside_and_the_rest_loads() {
    let db = fresh_db().await;
    let id = DocumentId::random();
    let live = open(&db, &id).await;
    add_client(&live, "Survivor");
    settle(&live).await;
    let store = DocStore::new(db.clone(), id.as_str());
    let garbage = b"this is not automerge".to_vec();
    store.append(&garbage, &[]).await.unwrap();
    // A snapshot cut short, as a crash in the middle of a write could leave.
    let full = live.read(|d| d.automerge().save());
    let truncated = &full[..full.len() / 2];
    store.append(truncated, &[]).await.unwrap();
    drop(live);

    let (reopened, quarantined) = open_loaded(&db, &id).await.unwrap();
    assert_eq!(client_names(&reopened), ["Survivor"]);
    assert_eq!(quarantined.len(), 2, "{quarantined:?}");
    let garbage_key = ChunkKey::incremental(id.as_str(), &garbage);
    assert!(quarantined
        .iter()
        .any(|q| q.key == garbage_key.parts().map(String::from).to_vec()));
    // Kept, not deleted: the quarantine store has both, the next load is clean.
    assert_eq!(DocStore::quarantined(&db).await.unwrap().len(), 2);
    drop(reopened);
    let (_, again) = open_loaded(&db, &id).await.unwrap();
    assert!(again.is_empty());
}

#[wasm_bindgen_test]
async fn compacting_what_is_stored_keeps_every_change_and_leaves_damage_alone() {
    let db = fresh_db().await;
    let id = DocumentId::random();
    let live = open(&db, &id).await;
    for n in 0..3 {
        add_client(&live, &format!("Client {n}"));
        settle(&live).await;
    }
    let heads = live.read(|d| d.heads());
    let store = DocStore::new(db.clone(), id.as_str());
    let garbage = b"this is not automerge".to_vec();
    store.append(&garbage, &[]).await.unwrap();

    // What the compaction worker does, with no document in memory.
    let compacted = store.compact_stored().await.unwrap();
    assert_eq!(compacted.heads, heads);
    assert!(compacted.replaced.len() >= 3, "{compacted:?}");
    assert!(!compacted
        .replaced
        .contains(&ChunkKey::incremental(id.as_str(), &garbage)));
    // The snapshot, and the damaged entry left for the page to set aside.
    assert_eq!(store.stored_counts().await.unwrap(), (1, 1));

    // The page, told, counts the snapshot as held and compacts over it
    // later without losing it.
    live.store().note_compacted(&compacted, true);
    add_client(&live, "After the worker");
    settle(&live).await;
    live.compact().await.unwrap();
    drop(live);
    let (reopened, quarantined) = open_loaded(&db, &id).await.unwrap();
    assert_eq!(client_names(&reopened).len(), 4);
    assert_eq!(quarantined.len(), 1);
}

/// Two tabs that each compacted leave two snapshots, the smaller lacking
/// changes of the bigger that later saves depend on. Opening once kept only
/// the bigger snapshot's changes and counted the rest as held, so the next
/// compaction deleted them.
#[wasm_bindgen_test]
async fn saves_stored_after_two_snapshots_open_and_survive_compaction() {
    let db = fresh_db().await;
    let id = DocumentId::random();
    let writer_db = fresh_db().await;
    let writer = open(&writer_db, &DocumentId::random()).await;
    add_client(&writer, "Client 0");
    let smaller = writer.read(|d| d.automerge().clone());
    add_client(&writer, "Client 1");
    let bigger = writer.read(|d| d.automerge().clone());
    let saves = add_clients_saving_each(&writer, 2..4);
    let store = DocStore::new(db.clone(), id.as_str());
    for snapshot in [&bigger, &smaller] {
        put_as_snapshot(&store, snapshot).await;
    }
    for save in &saves {
        store.append(save, &[]).await.unwrap();
    }
    let everyone: Vec<String> = (0..4).map(|n| format!("Client {n}")).collect();

    let live = open(&db, &id).await;
    assert_eq!(client_names(&live), everyone);
    live.compact().await.unwrap();
    drop(live);
    let reopened = open(&db, &id).await;
    assert_eq!(client_names(&reopened), everyone);
}

/// A save whose changes wait for one that is not stored (damaged and set
/// aside, say) loads queued. Compacting, in the page or as the worker does,
/// deletes its chunk, so the snapshot must hold it (Automerge saves queued
/// changes after the document) for it to apply once what it waits for is
/// back.
#[wasm_bindgen_test]
async fn compaction_keeps_a_save_that_waits_for_one_not_stored() {
    let db = fresh_db().await;
    let id = DocumentId::random();
    let writer_db = fresh_db().await;
    let writer = open(&writer_db, &DocumentId::random()).await;
    add_client(&writer, "Client 0");
    let base = writer.read(|d| d.automerge().clone());
    let saves = add_clients_saving_each(&writer, 1..3);
    let store = DocStore::new(db.clone(), id.as_str());
    put_as_snapshot(&store, &base).await;
    store.append(&saves[1], &[]).await.unwrap();

    let live = open(&db, &id).await;
    assert_eq!(client_names(&live), ["Client 0"]);
    live.compact().await.unwrap();
    store.compact_stored().await.unwrap();
    assert_eq!(store.stored_counts().await.unwrap(), (0, 1));
    drop(live);

    store.append(&saves[0], &[]).await.unwrap();
    let reopened = open(&db, &id).await;
    let everyone: Vec<String> = (0..3).map(|n| format!("Client {n}")).collect();
    assert_eq!(client_names(&reopened), everyone);
}

/// Adds clients "Client {n}" for each `n` of `numbers` to `writer`, one
/// change each; returns each change's bytes as a save after it.
fn add_clients_saving_each(writer: &Rc<LiveDoc>, numbers: std::ops::Range<usize>) -> Vec<Vec<u8>> {
    numbers
        .map(|n| {
            let heads = writer.read(|d| d.heads());
            add_client(writer, &format!("Client {n}"));
            writer.read(|d| d.automerge().save_after(&heads))
        })
        .collect()
}

/// Stores `doc` in `store` as a snapshot, with the hashes of its changes.
async fn put_as_snapshot(store: &DocStore, doc: &Automerge) {
    let adopted = Adopted {
        heads: doc.get_heads(),
        change_hashes: doc.change_hashes_as_saved().to_vec(),
    };
    store.put_snapshot(&doc.save(), &adopted).await.unwrap();
}

#[wasm_bindgen_test]
async fn a_whole_document_from_another_device_is_stored_as_it_came() {
    let db = fresh_db().await;
    let id = DocumentId::random();
    // Another device's document. Its own id here: tabs of one browser that
    // share an id hear each other's chunks, and the other device is no tab.
    let other_db = fresh_db().await;
    let other = open(&other_db, &DocumentId::random()).await;
    for n in 0..3 {
        add_client(&other, &format!("Theirs {n}"));
    }
    let whole = other.read(|d| d.automerge().save());

    let told = Rc::new(RefCell::new(0usize));
    let counter = told.clone();
    let live = open_listening(
        &db,
        &id,
        Listeners {
            touched: Box::new(move |_, touched| {
                *counter.borrow_mut() += touched
                    .iter()
                    .filter(|record| record.collection == Collection::Clients)
                    .count()
            }),
            state: Box::new(|_: SaveState| {}),
        },
    )
    .await;
    settle(&live).await;
    add_client(&live, "Mine");
    settle(&live).await;
    *told.borrow_mut() = 0;
    let loaded = WholeInSteps::new(&whole).run().unwrap();
    live.adopt_loaded(&whole, loaded).unwrap();
    assert_eq!(client_names(&live).len(), 4);
    assert_eq!(*told.borrow(), 4, "the listeners heard of every client");
    settle(&live).await;
    // Stored as it came: one snapshot beside what was saved before, with the
    // hashes of its changes that loading it worked out.
    let (_, snapshots) = live.store().stored_counts().await.unwrap();
    assert_eq!(snapshots, 1);
    let theirs = other.read(|d| d.automerge().clone());
    let key = ChunkKey::snapshot(id.as_str(), &theirs.get_heads());
    let stored = raw_get(&db, "documents", &key_of(&key)).await.unwrap();
    let hashes = Reflect::get(&stored, &"changeHashes".into())
        .unwrap()
        .dyn_into::<js_sys::Uint8Array>()
        .expect("the change hashes beside the snapshot")
        .to_vec();
    let saved: Vec<u8> = theirs
        .change_hashes_as_saved()
        .iter()
        .flat_map(|hash| hash.0)
        .collect();
    assert_eq!(hashes, saved);
    drop(live);
    let reopened = open(&db, &id).await;
    assert_eq!(client_names(&reopened).len(), 4);
}

#[wasm_bindgen_test]
async fn two_writers_on_one_database_lose_nothing() {
    let db = fresh_db().await;
    let id = DocumentId::random();
    let seen_by_b = Rc::new(RefCell::new(0usize));
    let a = open(&db, &id).await;
    let counter = seen_by_b.clone();
    let b = open_listening(
        &db,
        &id,
        Listeners {
            touched: Box::new(move |_, touched| *counter.borrow_mut() += touched.len()),
            state: Box::new(|_: SaveState| {}),
        },
    )
    .await;
    for n in 0..20 {
        add_client(&a, &format!("A{n:02}"));
        add_client(&b, &format!("B{n:02}"));
    }
    settle(&a).await;
    settle(&b).await;
    // Let the BroadcastChannel deliver.
    gloo_timers::future::sleep(std::time::Duration::from_millis(100)).await;
    assert_eq!(
        *seen_by_b.borrow(),
        40,
        "b heard of its own and a's clients"
    );
    assert_eq!(client_names(&a).len(), 40);
    assert_eq!(client_names(&b).len(), 40);
    a.compact().await.unwrap();
    drop((a, b));

    let reopened = open(&db, &id).await;
    assert_eq!(client_names(&reopened).len(), 40);
}

/// Starts recording every readwrite transaction opened on the database named
/// `name` (its stores and the durability the browser gives it). Returns the
/// record and a function that stops recording.
fn watch_readwrite_transactions(name: &str) -> (Array, Function) {
    let watch = Function::new_with_args(
        "name",
        r#"
        const original = IDBDatabase.prototype.transaction;
        const seen = [];
        IDBDatabase.prototype.transaction = function (...args) {
            const tx = original.apply(this, args);
            if (this.name === name && tx.mode === "readwrite") {
                seen.push({ stores: Array.from(tx.objectStoreNames), durability: tx.durability });
            }
            return tx;
        };
        return [seen, () => { IDBDatabase.prototype.transaction = original; }];
        "#,
    );
    let pair: Array = watch
        .call1(&JsValue::NULL, &JsValue::from_str(name))
        .unwrap()
        .unchecked_into();
    (pair.get(0).unchecked_into(), pair.get(1).unchecked_into())
}

#[wasm_bindgen_test]
async fn every_chunk_write_waits_for_the_disk() {
    let db = fresh_db().await;
    let id = DocumentId::random();
    let (seen, stop) = watch_readwrite_transactions(&db.name());
    // Every path that writes chunks: a save, a compaction, and a damaged
    // chunk moved to the quarantine store.
    let live = open(&db, &id).await;
    add_client(&live, "Acme");
    settle(&live).await;
    live.compact().await.unwrap();
    live.store().append(b"not automerge", &[]).await.unwrap();
    drop(live);
    let (_reopened, quarantined) = open_loaded(&db, &id).await.unwrap();
    stop.call0(&JsValue::NULL).unwrap();
    assert_eq!(quarantined.len(), 1);

    let chunk_writes: Vec<(Vec<String>, JsValue)> = seen
        .iter()
        .map(|tx| {
            let stores = Reflect::get(&tx, &"stores".into())
                .unwrap()
                .unchecked_into::<Array>()
                .iter()
                .filter_map(|s| s.as_string())
                .collect::<Vec<_>>();
            (stores, Reflect::get(&tx, &"durability".into()).unwrap())
        })
        .filter(|(stores, _)| stores.iter().any(|s| s == "documents" || s == "quarantine"))
        .collect();
    // The save, the compaction, the damaged append and the move aside.
    assert!(chunk_writes.len() >= 4, "{chunk_writes:?}");
    assert!(chunk_writes
        .iter()
        .any(|(stores, _)| stores.iter().any(|s| s == "quarantine")));
    for (stores, durability) in &chunk_writes {
        assert_eq!(
            durability.as_string().as_deref(),
            Some("strict"),
            "a chunk write on {stores:?}"
        );
    }
}

#[wasm_bindgen_test]
async fn a_chunk_stored_while_a_tab_loads_reaches_it() {
    let db = fresh_db().await;
    let id = DocumentId::random();
    let a = open(&db, &id).await;
    add_client(&a, "Before");
    settle(&a).await;
    // Tab b has read IndexedDB but is not open yet when tab a stores and
    // announces another client.
    let opening = LiveDoc::load(db.clone(), id.clone()).await.unwrap();
    add_client(&a, "While b loads");
    settle(&a).await;
    // Let the BroadcastChannel deliver before b finishes opening.
    gloo_timers::future::sleep(std::time::Duration::from_millis(100)).await;
    let b = opening.finish(DocKind::Team, quiet());
    b.loaded().await.unwrap();
    wait_until("tab b has the client stored while it loaded", || {
        client_names(&b) == ["Before", "While b loads"]
    })
    .await;
    // The chunk is stored already: b must not count it as unsaved.
    assert!(b.is_saved());
}

#[wasm_bindgen_test]
async fn an_edits_chunk_is_on_its_way_to_the_disk_before_the_screen_updates_run() {
    let db = fresh_db().await;
    let id = DocumentId::random();
    let (seen, stop) = watch_readwrite_transactions(&db.name());
    // The listener stands for the screen: like Leptos' effects, the work it
    // queues runs as a task of the same queue, after the listener returns.
    let found_write_under_way: Rc<RefCell<Vec<bool>>> = Rc::default();
    let found = found_write_under_way.clone();
    let watched = seen.clone();
    let live = open_listening(
        &db,
        &id,
        Listeners {
            touched: Box::new(move |_, _| {
                let (found, watched) = (found.clone(), watched.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    found.borrow_mut().push(watched.length() > 0);
                });
            }),
            state: Box::new(|_: SaveState| {}),
        },
    )
    .await;
    settle(&live).await;
    seen.set_length(0);
    let (writes_at_commit, stop_watching_commits) = watch_commits();
    add_client(&live, "Acme");
    settle(&live).await;
    stop.call0(&JsValue::NULL).unwrap();
    stop_watching_commits.call0(&JsValue::NULL).unwrap();
    assert_eq!(*found_write_under_way.borrow(), [true]);
    // The commit is asked for while the write is still pending, not after
    // its success event has waited its turn behind the screen's work.
    assert_eq!(
        writes_at_commit.iter().collect::<Vec<_>>(),
        [JsValue::from_str("pending")]
    );
}

/// Starts recording, at each explicit commit of a transaction, the state of
/// the last entry written in it (`pending` or `done`). Returns the record
/// and a function that stops recording.
fn watch_commits() -> (Array, Function) {
    let watch = Function::new_no_args(
        r#"
        const put = IDBObjectStore.prototype.put;
        const commit = IDBTransaction.prototype.commit;
        const last = new WeakMap();
        const seen = [];
        IDBObjectStore.prototype.put = function (...args) {
            const request = put.apply(this, args);
            last.set(this.transaction, request);
            return request;
        };
        IDBTransaction.prototype.commit = function () {
            const request = last.get(this);
            if (request) seen.push(request.readyState);
            return commit.apply(this);
        };
        return [seen, () => {
            IDBObjectStore.prototype.put = put;
            IDBTransaction.prototype.commit = commit;
        }];
        "#,
    );
    let pair: Array = watch.call0(&JsValue::NULL).unwrap().unchecked_into();
    (pair.get(0).unchecked_into(), pair.get(1).unchecked_into())
}

/// Makes the next chunk writes on the database named `name` fail, as a full
/// disk does, either at once (`put` throws) or once under way (the write is
/// issued, then its transaction aborts). Returns a function that stops it.
fn fail_chunk_writes(name: &str, at_once: bool) -> Function {
    let fail = Function::new_with_args(
        "name, atOnce",
        r#"
        const original = IDBObjectStore.prototype.put;
        IDBObjectStore.prototype.put = function (...args) {
            if (this.transaction.db.name !== name || this.name !== "documents") {
                return original.apply(this, args);
            }
            if (atOnce) {
                throw new DOMException("The disk is full", "QuotaExceededError");
            }
            const request = original.apply(this, args);
            this.transaction.abort();
            return request;
        };
        return () => { IDBObjectStore.prototype.put = original; };
        "#,
    );
    fail.call2(
        &JsValue::NULL,
        &JsValue::from_str(name),
        &JsValue::from_bool(at_once),
    )
    .unwrap()
    .unchecked_into()
}

#[wasm_bindgen_test]
async fn a_save_that_fails_says_so_keeps_the_edit_and_saves_it_when_the_disk_works_again() {
    for at_once in [true, false] {
        let db = fresh_db().await;
        let id = DocumentId::random();
        let states: Rc<RefCell<Vec<SaveState>>> = Rc::default();
        let record = states.clone();
        let live = open_listening(
            &db,
            &id,
            Listeners {
                touched: Box::new(|_, _| {}),
                state: Box::new(move |state| record.borrow_mut().push(state)),
            },
        )
        .await;
        settle(&live).await;
        let restore = fail_chunk_writes(&db.name(), at_once);
        add_client(&live, "Acme");
        wait_until("the save reports its failure", || {
            states
                .borrow()
                .iter()
                .any(|s| matches!(s, SaveState::Failed(_)))
        })
        .await;
        let reason = states
            .borrow()
            .iter()
            .find_map(|s| match s {
                SaveState::Failed(reason) => Some(reason.clone()),
                _ => None,
            })
            .unwrap();
        if at_once {
            assert!(reason.contains("The disk is full"), "{reason}");
        }
        assert!(!live.is_saved());
        assert_eq!(client_names(&live), ["Acme"], "the edit stays in memory");

        restore.call0(&JsValue::NULL).unwrap();
        settle(&live).await;
        assert_eq!(states.borrow().last(), Some(&SaveState::Saved));
        drop(live);
        let reopened = open(&db, &id).await;
        assert_eq!(client_names(&reopened), ["Acme"], "at_once: {at_once}");
    }
}

/// Renames client `id` through the domain command.
fn rename_client(live: &Rc<LiveDoc>, id: &str, name: &str) {
    let meta = ChangeMeta::new("m1", Action::ClientEdit, id);
    live.change(&meta, |w| {
        let mut client: Client = w.get(id)?.expect("the client");
        client.name = name.into();
        w.put(id, &client)
    })
    .unwrap();
}

/// Five clients compacted as the worker compacts (with the snapshot of the
/// records), then, each saved on its own, client 1 renamed, client 3
/// removed and a client added: what was compacted.
async fn compacted_then_edited(live: &Rc<LiveDoc>) -> Compacted {
    let ids: Vec<String> = (0..5)
        .map(|n| add_client(live, &format!("Client {n}")))
        .collect();
    settle(live).await;
    let compacted = live.store().compact_stored().await.unwrap();
    live.store().note_compacted(&compacted, true);
    rename_client(live, &ids[1], "Renamed");
    settle(live).await;
    let meta = ChangeMeta::new("m1", Action::ClientEdit, &ids[3]);
    live.change(&meta, |w| w.remove::<Client>(&ids[3])).unwrap();
    settle(live).await;
    add_client(live, "Added");
    settle(live).await;
    compacted
}

/// A compaction in the worker writes a snapshot of the records beside the
/// compacted document, and the document opens reading its records through
/// it: a client renamed, one removed and one added after the compaction
/// come from the document, every other from the snapshot, and each reads
/// as the document holds it.
#[wasm_bindgen_test]
async fn records_read_through_the_stored_snapshot_as_the_document_holds_them() {
    let db = fresh_db().await;
    let id = DocumentId::random();
    let live = open(&db, &id).await;
    let compacted = compacted_then_edited(&live).await;
    let records = records_key_of(&id, &compacted.heads);
    assert!(raw_get(&db, "documents", &records).await.is_some());
    drop(live);

    let reopened = open(&db, &id).await;
    assert!(reopened.reads_records_snapshot());
    let read = clients_by_pages(&reopened);
    assert_eq!(read, clients_in(&reopened));
    let mut names: Vec<&str> = read.values().map(|c| c.name.as_str()).collect();
    names.sort();
    assert_eq!(
        names,
        ["Added", "Client 0", "Client 2", "Client 4", "Renamed"]
    );
}

/// A document stored as a compacted document, its snapshot of the records
/// and saves after it, each with what it changed, shows its records before
/// Automerge has loaded it: read a page at a time, they are the
/// document's, and reading them loads nothing. An edit made then loads the
/// rest at once and is saved like any other: opened again (as after a
/// reload), the document has it.
#[wasm_bindgen_test]
async fn records_read_before_the_document_loads_and_an_edit_meanwhile_is_kept() {
    let db = fresh_db().await;
    let id = DocumentId::random();
    let live = open(&db, &id).await;
    compacted_then_edited(&live).await;
    let expected = clients_in(&live);
    drop(live);

    let opened = LiveDoc::open(db.clone(), id.clone(), DocKind::Team, quiet())
        .await
        .unwrap();
    assert!(opened.reads_before_loaded());
    assert_eq!(clients_by_pages(&opened), expected);
    assert!(opened.is_loading(), "reading the records loads nothing");
    add_client(&opened, "Made while it loaded");
    assert!(!opened.is_loading());
    settle(&opened).await;
    assert_eq!(opened.loaded().await.unwrap(), []);
    drop(opened);

    let (reopened, _) = open_loaded(&db, &id).await.unwrap();
    assert_eq!(
        client_names(&reopened),
        [
            "Added",
            "Client 0",
            "Client 2",
            "Client 4",
            "Made while it loaded",
            "Renamed"
        ]
    );
}

/// A compacted document that loads without a snapshot of its records that
/// can be read (here, compacted in the page, which writes none) is due to
/// compact at once, which writes one; loaded with it, it is not.
#[wasm_bindgen_test]
async fn a_compacted_document_without_its_records_snapshot_compacts_again() {
    let db = fresh_db().await;
    let id = DocumentId::random();
    let live = open(&db, &id).await;
    add_client(&live, "Acme");
    settle(&live).await;
    live.compact().await.unwrap();
    drop(live);
    let loads_due = || async {
        let store = DocStore::new(db.clone(), id.as_str());
        store.load().await.unwrap();
        store.compaction_due()
    };
    assert!(loads_due().await);
    DocStore::new(db.clone(), id.as_str())
        .compact_stored()
        .await
        .unwrap();
    assert!(!loads_due().await);
}
