//! The live documents of this device as the sync session sees them.

use std::rc::Rc;

use automerge::{Automerge, PatchLog};
use js_sys::{ArrayBuffer, Uint8Array};
use wasm_bindgen::JsCast;
use web_sys::MessageEvent;

use super::session::Documents;
use crate::doc::DocError;
use crate::store::LiveDoc;

/// Documents by id; merging goes through [`LiveDoc::merge_remote`], which
/// saves the change and tells the desks which records changed.
pub(super) struct LiveDocs<'a>(pub(super) &'a [(String, Rc<LiveDoc>)]);

impl Documents for LiveDocs<'_> {
    fn read<R>(&self, id: &str, f: impl FnOnce(&Automerge) -> R) -> Option<R> {
        let (_, live) = self.0.iter().find(|(doc, _)| doc == id)?;
        Some(live.read(|doc| f(doc.automerge())))
    }

    fn edit<R>(
        &mut self,
        id: &str,
        f: impl FnOnce(&mut Automerge, &mut PatchLog) -> R,
    ) -> Option<R> {
        let (_, live) = self.0.iter().find(|(doc, _)| doc == id)?;
        Some(live.merge_remote(f))
    }

    fn adopt_loaded(
        &mut self,
        id: &str,
        whole: &[u8],
        loaded: Automerge,
    ) -> Option<Result<(), DocError>> {
        let (_, live) = self.0.iter().find(|(doc, _)| doc == id)?;
        Some(live.adopt_loaded(whole, loaded))
    }

    fn loads_whole_in_steps(&self) -> bool {
        true
    }
}

/// The documents a transport syncs, by id.
pub(super) fn by_id(docs: impl IntoIterator<Item = Rc<LiveDoc>>) -> Vec<(String, Rc<LiveDoc>)> {
    docs.into_iter()
        .map(|live| (live.read(|d| d.id().to_string()), live))
        .collect()
}

/// Calls `offer(transport, id)` after every change made or merged here in
/// document `id`, for as long as the transport lives.
pub(super) fn offer_local_changes<T: 'static>(
    transport: &Rc<T>,
    docs: &[(String, Rc<LiveDoc>)],
    offer: fn(&Rc<T>, &str),
) {
    for (id, live) in docs {
        let weak = Rc::downgrade(transport);
        let id = id.clone();
        live.on_change(move || {
            if let Some(transport) = weak.upgrade() {
                offer(&transport, &id);
            }
        });
    }
}

/// The bytes of a binary frame (WebSocket or data channel message); `None`
/// for a text message, which the protocol never sends.
pub(super) fn binary_frame(event: &MessageEvent) -> Option<Vec<u8>> {
    let buffer = event.data().dyn_into::<ArrayBuffer>().ok()?;
    Some(Uint8Array::new(&buffer).to_vec())
}
