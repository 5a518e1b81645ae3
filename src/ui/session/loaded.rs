//! What waits for the documents to load. A workspace opens on the records
//! stored beside its documents when they hold the records as the documents
//! will (`store::LiveDoc::reads_before_loaded`), while Automerge loads them
//! in the background; whatever needs a document before then loads the
//! rest of it at once, so an edit made meanwhile is an edit like any other.

use leptos::prelude::*;

use super::Session;
use crate::store::{LiveDoc, OpenError};
use crate::timing::{mark, DOCUMENTS_OPEN};

impl Session {
    /// Once every document has loaded: counts the entries set aside,
    /// starts syncing, which reads and writes the documents whole, and
    /// runs `then`. A
    /// document whose snapshot of the records turned out not to be its own
    /// is opened again from the start, the snapshot deleted (see
    /// `LiveDoc::loaded`): what was shown from it is not trusted.
    pub(super) fn when_loaded(&self, then: impl FnOnce() + 'static) {
        let session = *self;
        leptos::task::spawn_local(async move {
            let documents: Vec<_> = session.workspace.with_value(|w| {
                std::iter::once(w.team().clone())
                    .chain(w.leadership().cloned())
                    .collect()
            });
            for live in documents {
                match live.loaded().await {
                    Ok(set_aside) => session.quarantined.update(|n| *n += set_aside.len()),
                    Err(OpenError::Misled | OpenError::Doc(_)) => return open_again(),
                    Err(err) => warn_unloaded(&live, &err),
                }
            }
            mark(DOCUMENTS_OPEN);
            session.start_sync();
            then();
        });
    }
}

/// Reloads the page: the workspace opens again, from its documents.
fn open_again() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

fn warn_unloaded(live: &LiveDoc, err: &OpenError) {
    leptos::logging::warn!(
        "document {} loaded, but its snapshot of the records could not be deleted: {err}",
        live.store().document()
    );
}
