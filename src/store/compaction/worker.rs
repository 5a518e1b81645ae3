//! The compaction worker's side: reads its request from its name, compacts
//! the document in IndexedDB and posts one [`Reply`].

use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::spawn_local;
use web_sys::DedicatedWorkerGlobalScope;

use super::{Reply, Request};
use crate::store::{open_database, DocStore, StoreError};

/// Runs the compaction this worker was started for (`src/bin/compactor.rs`).
pub fn run() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    spawn_local(async move {
        let reply = match serde_json::from_str::<Request>(&scope.name()) {
            Ok(request) => compact(&request)
                .await
                .map_or_else(|err| Reply::Failed(err.0), Reply::Compacted),
            Err(err) => Reply::Failed(format!("not a compaction request: {err}")),
        };
        let text = serde_json::to_string(&reply).unwrap_or_default();
        // The page is gone when this fails: there is no one left to tell.
        let _ = scope.post_message(&JsValue::from_str(&text));
    });
}

async fn compact(request: &Request) -> Result<super::Compacted, StoreError> {
    let db = Rc::new(open_database(&request.database).await?);
    DocStore::new(db, &request.document).compact_stored().await
}
