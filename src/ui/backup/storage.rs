//! What the browser says about keeping this site's data: asking it to keep
//! it (`navigator.storage.persist()`), whether it agreed, and how much space
//! is used of how much it allows. The answers are the browser's own:
//! Chromium decides by how the site is used (an installed app is kept),
//! Firefox asks the user.

use js_sys::{Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{StorageEstimate, StorageManager};

/// What the browser said; `None` where it says nothing.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct StorageReport {
    /// Whether the browser keeps the data until the user removes it.
    pub persisted: Option<bool>,
    /// Bytes used by this site.
    pub usage: Option<u64>,
    /// Bytes this site may use.
    pub quota: Option<u64>,
}

/// `navigator.storage`, absent in old browsers and insecure pages.
fn manager() -> Option<StorageManager> {
    let navigator = web_sys::window()?.navigator();
    let storage = Reflect::get(&navigator, &"storage".into()).ok()?;
    (!storage.is_undefined()).then(|| storage.unchecked_into())
}

async fn answer(promise: Result<Promise, JsValue>) -> Option<JsValue> {
    JsFuture::from(promise.ok()?).await.ok()
}

/// Asks the browser to keep this site's data under storage pressure,
/// unless it already does.
pub async fn ask_to_keep() {
    let Some(manager) = manager() else { return };
    if answer(manager.persisted()).await.and_then(|v| v.as_bool()) != Some(true) {
        // Whatever the browser answers, Settings shows it.
        answer(manager.persist()).await;
    }
}

/// What the browser says now.
pub async fn report() -> StorageReport {
    let Some(manager) = manager() else {
        return StorageReport::default();
    };
    let persisted = answer(manager.persisted()).await.and_then(|v| v.as_bool());
    let estimate = answer(manager.estimate())
        .await
        .map(JsCast::unchecked_into::<StorageEstimate>);
    let bytes = |value: Option<f64>| value.filter(|v| *v >= 0.0).map(|v| v as u64);
    StorageReport {
        persisted,
        usage: estimate.as_ref().and_then(|e| bytes(e.get_usage())),
        quota: estimate.as_ref().and_then(|e| bytes(e.get_quota())),
    }
}
