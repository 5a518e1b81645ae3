//! Work done in slices in a real browser (headless Chromium through
//! wasm-bindgen-test): between slices it gives way to everything else the
//! tab has queued, so a sync message from the relay is never held back
//! behind a desk being read ahead, nor the tab behind a document loading.
#![cfg(target_arch = "wasm32")]

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use automerge::transaction::Transactable;
use automerge::Automerge;
use handover::doc::{Adopted, DocumentId};
use handover::store::{open_database, DocStore};
use handover::sync::whole_in_slices::load_whole_in_slices;
use handover::timing::give_way;
use js_sys::Reflect;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A message posted to the page before giving way is handled before the
/// slicing work goes on, as a WebSocket's message is.
#[wasm_bindgen_test]
async fn giving_way_lets_a_message_queued_before_it_be_handled_first() {
    let window = web_sys::window().expect("a window");
    let handled = Rc::new(Cell::new(false));
    let on_message = Closure::<dyn Fn()>::new({
        let handled = handled.clone();
        move || handled.set(true)
    });
    window
        .add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref())
        .expect("listening for messages");
    window
        .post_message(&JsValue::from_str("from the relay"), "*")
        .expect("posting a message");

    give_way().await;

    window
        .remove_event_listener_with_callback("message", on_message.as_ref().unchecked_ref())
        .expect("no longer listening");
    assert!(
        handled.get(),
        "the slicing work went on before the message queued ahead of it"
    );
}

/// Another task, as the tab's input and the relay's messages are, gets
/// turns while Automerge loads the chunks, where a load in one task gave it
/// none until the end (650–700 ms for the busy year). No figure of this
/// machine's speed is asserted: only that the load was long enough to need
/// slices.
#[wasm_bindgen_test]
async fn loading_a_big_snapshot_gives_way_between_slices() {
    let db = Rc::new(
        open_database(&format!("test-{}", uuid::Uuid::new_v4()))
            .await
            .unwrap(),
    );
    let id = DocumentId::random();
    let big = big_document();
    let store = DocStore::new(db.clone(), id.as_str());
    let adopted = Adopted {
        heads: big.get_heads(),
        change_hashes: big.change_hashes_as_saved().to_vec(),
    };
    store.put_snapshot(&big.save(), &adopted).await.unwrap();

    let (loaded, turns) = with_turns_counted(store.load()).await;
    let ended = now();

    assert_eq!(loaded.unwrap().doc.get_heads(), big.get_heads());
    let read = performance().get_entries_by_name(handover::timing::STORED_READ);
    let read = Reflect::get(&read.get(read.length() - 1), &"startTime".into())
        .unwrap()
        .as_f64()
        .unwrap();
    assert_gave_way(&turns, read, ended);
}

/// The same for a whole document the relay sends a new device: Automerge
/// rebuilds and hashes every change of it, which in one task held the tab
/// for 1.3 s with the busy year.
#[wasm_bindgen_test]
async fn loading_a_whole_document_from_the_relay_gives_way_between_slices() {
    let big = big_document();
    let whole = big.save();

    let began = now();
    let (loaded, turns) = with_turns_counted(load_whole_in_slices(&whole)).await;
    let ended = now();

    assert_eq!(loaded.unwrap().get_heads(), big.get_heads());
    assert_gave_way(&turns, began, ended);
}

/// A text of many characters: many ops, quick to write.
fn big_document() -> Automerge {
    let mut big = Automerge::new();
    big.transact::<_, _, automerge::AutomergeError>(|tx| {
        let text = tx.put_object(automerge::ROOT, "big", automerge::ObjType::Text)?;
        tx.splice_text(&text, 0, 0, &"minutes ".repeat(100_000))
    })
    .unwrap();
    big
}

fn performance() -> web_sys::Performance {
    web_sys::window().unwrap().performance().unwrap()
}

fn now() -> f64 {
    performance().now()
}

/// Runs `work` while another task asks for a turn again and again: what it
/// gave, and when that task had its turns.
async fn with_turns_counted<T>(work: impl std::future::Future<Output = T>) -> (T, Vec<f64>) {
    let turns = Rc::new(RefCell::new(Vec::new()));
    let working = Rc::new(Cell::new(true));
    wasm_bindgen_futures::spawn_local({
        let (turns, working) = (turns.clone(), working.clone());
        async move {
            while working.get() {
                turns.borrow_mut().push(now());
                gloo_timers::future::TimeoutFuture::new(0).await;
            }
        }
    });
    let done = work.await;
    working.set(false);
    let turns = turns.borrow().clone();
    (done, turns)
}

/// Asserts that work from `began` to `ended` was long enough to need
/// slices, and that the other task had turns meanwhile.
fn assert_gave_way(turns: &[f64], began: f64, ended: f64) {
    let working = ended - began;
    assert!(
        working >= 4.0 * handover::timing::LOADING_SLICE_MS,
        "the work took {working} ms: too short to need slices"
    );
    let turns_while_working = turns.iter().filter(|at| **at > began).count();
    assert!(
        turns_while_working >= 2,
        "{turns_while_working} turns in {working} ms of work"
    );
}
