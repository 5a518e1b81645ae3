//! Loading a whole document the other end sent in slices, giving way
//! between them: a new device's first sync of the busy year rebuilds and
//! hashes its 83,000 changes, which in one task held the tab for 1.3 s.

use std::rc::Rc;

use automerge::Automerge;
use wasm_bindgen_futures::spawn_local;

use super::session::WholeDocument;
use crate::doc::{DocError, WholeInSteps};
use crate::timing::{give_way, Slices, LOADING_SLICE_MS};

/// How many ops a step rebuilds (or hashes the changes of) between looks at
/// the clock.
const OPS_PER_STEP: usize = 4096;

/// Loads `whole` strictly ([`WholeInSteps`]) in slices of
/// [`LOADING_SLICE_MS`], giving way between them, and first: the frame that
/// carried it took a task of its own (the busy year's 6.6 MB copied out of
/// the socket and decoded), which the parse would have lengthened.
pub async fn load_whole_in_slices(whole: &[u8]) -> Result<Automerge, DocError> {
    let mut slices = Slices::lasting(LOADING_SLICE_MS);
    slices.give_way().await;
    let mut loading = WholeInSteps::new(whole);
    slices
        .until_done(|| loading.step(OPS_PER_STEP).transpose())
        .await
}

/// Loads the whole document a session asked for
/// ([`super::session::Outcome::load_whole`]) in slices, then calls
/// `then(transport, whole, loaded)` if the transport still lives.
pub(super) fn load_whole_then<T: 'static>(
    transport: &Rc<T>,
    whole: WholeDocument,
    then: fn(&Rc<T>, &WholeDocument, Result<Automerge, DocError>),
) {
    let weak = Rc::downgrade(transport);
    spawn_local(async move {
        let loaded = load_whole_in_slices(&whole.bytes).await;
        // Taking it in makes the desks read what changed: a task of its
        // own, not the end of the last slice's.
        give_way().await;
        if let Some(transport) = weak.upgrade() {
            then(&transport, &whole, loaded);
        }
    });
}
