//! The page's side of the compaction worker: starts one worker per
//! compaction and ends it after its reply, which also gives its memory (a
//! whole second copy of the document) back.

use js_sys::Promise;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ErrorEvent, MessageEvent, Worker, WorkerOptions};

use super::{Compacted, Reply, Request};

/// The worker's script: Trunk's loader for `src/bin/compactor.rs`, at the
/// root of the build beside `index.html` (workers keep their names unhashed).
const SCRIPT: &str = "/compactor_loader.js";

/// Compacts `document` of `database` in a worker, with the page's thread
/// free meanwhile. `Err` tells why it could not (no worker, or it failed);
/// nothing stored is lost either way.
pub async fn compact_in_worker(database: &str, document: &str) -> Result<Compacted, String> {
    let request = serde_json::to_string(&Request {
        database: database.to_string(),
        document: document.to_string(),
    })
    .map_err(|err| err.to_string())?;
    let options = WorkerOptions::new();
    options.set_name(&request);
    let worker = Worker::new_with_options(SCRIPT, &options).map_err(describe)?;
    let replied = Promise::new(&mut |resolve, reject| {
        worker.set_onmessage(Some(&resolve));
        worker.set_onerror(Some(&reject));
    });
    let outcome = JsFuture::from(replied).await;
    worker.terminate();
    let text = outcome
        .map_err(describe)?
        .unchecked_into::<MessageEvent>()
        .data()
        .as_string()
        .ok_or("the compaction worker replied with no text")?;
    match serde_json::from_str(&text).map_err(|err| err.to_string())? {
        Reply::Compacted(compacted) => Ok(compacted),
        Reply::Failed(reason) => Err(reason),
    }
}

/// What went wrong, from an error event or a thrown value.
fn describe(err: JsValue) -> String {
    match err.dyn_ref::<ErrorEvent>() {
        Some(event) => format!("the compaction worker failed: {}", event.message()),
        None => format!("the compaction worker could not start: {err:?}"),
    }
}
