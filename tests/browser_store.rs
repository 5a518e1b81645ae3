//! Storage in a real browser (headless Chromium through wasm-bindgen-test):
//! append and load, compaction, damaged chunks set aside, and two writers on
//! one database losing nothing.
#![cfg(target_arch = "wasm32")]

mod browser_support;

use std::cell::RefCell;
use std::rc::Rc;

use automerge::Automerge;
use browser_support::{add_client, client_names, fresh_db, open, quiet, settle};
use handover::doc::{ChangeMeta, Collection, DocKind, Document, DocumentId};
use handover::domain::clients::{create_client, ClientInput};
use handover::store::keys::ChunkKey;
use handover::store::{DocStore, Listeners, LiveDoc, SaveState};
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
    let meta = ChangeMeta::new("m1", "client.create", "");
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
    doc_a
        .change(&meta, 0, |w| w.put(Collection::Clients, &acme.id, &acme))
        .unwrap();
    store_a.append(&doc_a.automerge().save()).await.unwrap();
    // Writer B loads it and appends a chunk A never hears about.
    let store_b = DocStore::new(db.clone(), id.as_str());
    let loaded = store_b.load_into(Automerge::new()).await.unwrap();
    let (mut doc_b, _) = Document::open(id.clone(), DocKind::Team, loaded.doc).unwrap();
    let before = doc_b.heads();
    let bakery = client("Bakery");
    doc_b
        .change(&meta, 0, |w| {
            w.put(Collection::Clients, &bakery.id, &bakery)
        })
        .unwrap();
    store_b
        .append(&doc_b.automerge().save_after(&before))
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
    store.append(&garbage).await.unwrap();
    // A snapshot cut short, as a crash in the middle of a write could leave.
    let full = live.read(|d| d.automerge().save());
    let truncated = &full[..full.len() / 2];
    store.append(truncated).await.unwrap();
    drop(live);

    let (reopened, quarantined) = LiveDoc::open(db.clone(), id.clone(), DocKind::Team, quiet())
        .await
        .unwrap();
    assert_eq!(client_names(&reopened), ["Survivor"]);
    assert_eq!(quarantined.len(), 2, "{quarantined:?}");
    let garbage_key = ChunkKey::incremental(id.as_str(), &garbage);
    assert!(quarantined
        .iter()
        .any(|q| q.key == garbage_key.parts().map(String::from).to_vec()));
    // Kept, not deleted: the quarantine store has both, the next load is clean.
    assert_eq!(DocStore::quarantined(&db).await.unwrap().len(), 2);
    drop(reopened);
    let (_, again) = LiveDoc::open(db.clone(), id, DocKind::Team, quiet())
        .await
        .unwrap();
    assert!(again.is_empty());
}

#[wasm_bindgen_test]
async fn two_writers_on_one_database_lose_nothing() {
    let db = fresh_db().await;
    let id = DocumentId::random();
    let seen_by_b = Rc::new(RefCell::new(0usize));
    let a = open(&db, &id).await;
    let counter = seen_by_b.clone();
    let (b, _) = LiveDoc::open(
        db.clone(),
        id.clone(),
        DocKind::Team,
        Listeners {
            touched: Box::new(move |_, touched| *counter.borrow_mut() += touched.len()),
            state: Box::new(|_: SaveState| {}),
        },
    )
    .await
    .unwrap();
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
