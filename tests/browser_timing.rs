//! Work done in slices in a real browser (headless Chromium through
//! wasm-bindgen-test): between slices it gives way to everything else the
//! tab has queued, so a sync message from the relay is never held back
//! behind a desk being read ahead.
#![cfg(target_arch = "wasm32")]

use std::cell::Cell;
use std::rc::Rc;

use handover::timing::give_way;
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
