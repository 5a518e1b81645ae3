//! Telling other tabs of this browser about new chunks, over one
//! BroadcastChannel per document. A message carries the chunk's key and bytes,
//! so a receiving tab merges it without reading IndexedDB.

use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{BroadcastChannel, MessageEvent};

use super::keys::ChunkKey;
use super::StoreError;

/// A chunk another tab stored.
pub struct TabChunk {
    pub key: ChunkKey,
    pub bytes: Vec<u8>,
}

/// The channel of one document. Dropping it stops listening.
pub struct TabChannel {
    channel: BroadcastChannel,
    _listener: Closure<dyn FnMut(MessageEvent)>,
}

impl TabChannel {
    /// Listens for chunks of `document` from other tabs. Malformed messages
    /// are ignored: the chunk is in IndexedDB anyway and loads on next start.
    pub fn open(document: &str, on_chunk: impl Fn(TabChunk) + 'static) -> Result<Self, StoreError> {
        let channel = BroadcastChannel::new(&format!("handover:{document}"))?;
        let listener = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            if let Some(chunk) = decode(&event.data()) {
                on_chunk(chunk);
            }
        });
        channel.set_onmessage(Some(listener.as_ref().unchecked_ref()));
        Ok(Self {
            channel,
            _listener: listener,
        })
    }

    /// Tells the other tabs about a chunk just stored.
    pub fn announce(&self, key: &ChunkKey, bytes: &[u8]) {
        let message = Object::new();
        let parts: Array = key.parts().iter().map(|p| JsValue::from_str(p)).collect();
        // A failure here only delays the other tabs until their next start.
        let _ = Reflect::set(&message, &"key".into(), &parts);
        let _ = Reflect::set(&message, &"binary".into(), &Uint8Array::from(bytes));
        let _ = self.channel.post_message(&message);
    }
}

impl Drop for TabChannel {
    fn drop(&mut self) {
        self.channel.set_onmessage(None);
        self.channel.close();
    }
}

fn decode(data: &JsValue) -> Option<TabChunk> {
    let parts: Vec<String> = Reflect::get(data, &"key".into())
        .ok()?
        .dyn_into::<Array>()
        .ok()?
        .iter()
        .map(|p| p.as_string())
        .collect::<Option<_>>()?;
    let bytes = Reflect::get(data, &"binary".into())
        .ok()?
        .dyn_into::<Uint8Array>()
        .ok()?
        .to_vec();
    Some(TabChunk {
        key: ChunkKey::from_parts(&parts)?,
        bytes,
    })
}
