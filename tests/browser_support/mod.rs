//! Helpers shared by the browser tests (`browser_store`, `browser_faults`):
//! a fresh database per test, documents opened without listeners, clients
//! added through the domain command, and waiting for saves.

use std::collections::BTreeMap;
use std::rc::Rc;
use std::time::Duration;

use automerge::ChangeHash;
use handover::doc::{ChangeMeta, DocKind, DocumentId, Pages};
use handover::domain::action::Action;
use handover::domain::clients::{create_client, Client, ClientInput};
use handover::store::keys::{records_key, ChunkKey};
use handover::store::{open_database, Listeners, LiveDoc, OpenError, Quarantined};
use indexed_db_futures::database::Database;
use indexed_db_futures::prelude::*;
use js_sys::Array;
use wasm_bindgen::JsValue;

/// How often and how long to wait for background saves. The bound only keeps
/// a broken test from hanging; a busy machine settles far sooner.
const POLL: Duration = Duration::from_millis(5);
const POLLS: usize = 12_000;

/// A database of its own, so tests never see each other's data.
pub async fn fresh_db() -> Rc<Database> {
    let name = format!("test-{}", uuid::Uuid::new_v4());
    Rc::new(open_database(&name).await.expect("database opens"))
}

pub fn quiet() -> Listeners {
    Listeners {
        touched: Box::new(|_, _| {}),
        state: Box::new(|_| {}),
    }
}

pub async fn open(db: &Rc<Database>, id: &DocumentId) -> Rc<LiveDoc> {
    open_listening(db, id, quiet()).await
}

/// Opens team document `id` telling `listeners`.
pub async fn open_listening(
    db: &Rc<Database>,
    id: &DocumentId,
    listeners: Listeners,
) -> Rc<LiveDoc> {
    let live = LiveDoc::open(db.clone(), id.clone(), DocKind::Team, listeners)
        .await
        .expect("document opens");
    live.loaded().await.expect("document loads");
    live
}

/// Opens team document `id` again and waits until it has loaded: the
/// document and the entries set aside while it loaded.
pub async fn open_loaded(
    db: &Rc<Database>,
    id: &DocumentId,
) -> Result<(Rc<LiveDoc>, Vec<Quarantined>), OpenError> {
    let live = LiveDoc::open(db.clone(), id.clone(), DocKind::Team, quiet()).await?;
    let set_aside = live.loaded().await?;
    Ok((live, set_aside))
}

/// Creates a client named `name` through the domain command; returns its id.
pub fn add_client(live: &Rc<LiveDoc>, name: &str) -> String {
    let input = ClientInput {
        name: name.into(),
        ..Default::default()
    };
    let client = create_client(&input, |_| true, "m1", 0).unwrap();
    let id = client.id.clone();
    live.change(&ChangeMeta::new("m1", Action::ClientCreate, name), |w| {
        w.put(&client.id, &client)
    })
    .unwrap();
    id
}

/// Waits until `done` holds, yielding to the browser in between.
pub async fn wait_until(what: &str, done: impl Fn() -> bool) {
    for _ in 0..POLLS {
        if done() {
            return;
        }
        gloo_timers::future::sleep(POLL).await;
    }
    panic!("gave up waiting: {what}");
}

/// Waits until every change of `live` is in IndexedDB.
pub async fn settle(live: &Rc<LiveDoc>) {
    wait_until("the document finishes saving", || live.is_saved()).await;
}

/// The names of every client, sorted; fails on unreadable records.
pub fn client_names(live: &LiveDoc) -> Vec<String> {
    let clients = live.read(|d| d.all::<Client>()).unwrap();
    assert!(clients.unreadable.is_empty());
    let mut names: Vec<String> = clients.records.into_iter().map(|(_, c)| c.name).collect();
    names.sort();
    names
}

/// A chunk's key as IndexedDB stores it.
pub fn key_of(key: &ChunkKey) -> JsValue {
    key.parts()
        .iter()
        .map(|p| JsValue::from_str(p))
        .collect::<Array>()
        .into()
}

/// Reads one entry of `store` as stored.
pub async fn raw_get(db: &Database, store: &str, key: &JsValue) -> Option<JsValue> {
    let tx = db.transaction(store).build().unwrap();
    tx.object_store(store)
        .unwrap()
        .get::<JsValue, JsValue, _>(key.clone())
        .await
        .unwrap()
}

/// Every client, read a few at a time as the desks read them
/// ([`LiveDoc::read_page`]), by id; fails on unreadable records.
pub fn clients_by_pages(live: &LiveDoc) -> BTreeMap<String, Client> {
    let mut pages = Pages::new();
    let mut clients = BTreeMap::new();
    while !pages.is_done() {
        let page = live.read_page::<Client>(&mut pages, 2).unwrap();
        assert!(page.unreadable.is_empty());
        clients.extend(page.records);
    }
    clients
}

/// Every client as the document holds it, by id.
pub fn clients_in(live: &LiveDoc) -> BTreeMap<String, Client> {
    live.read(|d| d.all::<Client>())
        .unwrap()
        .records
        .into_iter()
        .collect()
}

/// The key of the snapshot of the records a compaction at `heads` writes,
/// as IndexedDB stores it.
pub fn records_key_of(id: &DocumentId, heads: &[ChangeHash]) -> JsValue {
    records_key(id.as_str(), heads)
        .iter()
        .map(|p| JsValue::from_str(p))
        .collect::<Array>()
        .into()
}
