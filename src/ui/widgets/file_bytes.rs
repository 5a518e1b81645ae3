//! Reading a file the user chose (a backup to restore, a sheet to import).

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::File;

/// The bytes of `file`; `None` when the browser cannot read it (removed
/// meanwhile, no permission).
pub async fn file_bytes(file: &File) -> Option<Vec<u8>> {
    let buffer = JsFuture::from(file.array_buffer()).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer.dyn_into().ok()?).to_vec())
}
