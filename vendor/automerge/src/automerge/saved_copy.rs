//! The bytes of a document's last save, kept where asked for
//! ([`crate::Automerge::save_and_keep`]) so that sync can send a peer that
//! needs the whole document this copy followed by the changes made since,
//! instead of saving the whole document again for every such peer. A relay
//! that keeps the copy it compacts with answers each new device with a
//! copy, where saving a large document takes hundreds of milliseconds.

use std::sync::{Arc, Mutex, PoisonError};

use crate::ChangeHash;

/// The copy, if one is kept. Cloning a document shares it: it is only ever
/// replaced, never changed.
#[derive(Debug, Default)]
pub(crate) struct SavedCopy(Mutex<Option<Arc<Saved>>>);

#[derive(Debug)]
pub(crate) struct Saved {
    /// The heads of the document when it was saved.
    pub(crate) heads: Vec<ChangeHash>,
    pub(crate) bytes: Vec<u8>,
}

impl SavedCopy {
    pub(crate) fn get(&self) -> Option<Arc<Saved>> {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    pub(crate) fn keep(&self, heads: Vec<ChangeHash>, bytes: Vec<u8>) {
        *self.0.lock().unwrap_or_else(PoisonError::into_inner) =
            Some(Arc::new(Saved { heads, bytes }));
    }
}

impl Clone for SavedCopy {
    fn clone(&self) -> Self {
        SavedCopy(Mutex::new(self.get()))
    }
}
