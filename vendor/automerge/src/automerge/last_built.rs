//! The changes sync built last, and the hashes they were asked for
//! (vendor/README.md change 12). Sync builds the changes a peer lacks from
//! the operation set, and a relay that receives one change sends it to
//! every other peer of the document: each peer asked for the same hashes,
//! and each time the same changes were built again. A change's hash names
//! its bytes, so the last batch built stays right for as long as it is kept.

use std::sync::{Mutex, PoisonError};

use crate::{Change, ChangeHash};

/// Batches larger than this are not kept: the memo is for the small batch
/// of a fan-out, and a large one would hold memory for a rare repeat.
const MOST_CHANGES_KEPT: usize = 64;

/// The last batch, if it was small enough to keep. A clone of a document
/// starts with nothing kept.
#[derive(Debug, Default)]
pub(crate) struct LastBuilt(Mutex<Option<(Vec<ChangeHash>, Vec<Change>)>>);

impl LastBuilt {
    /// The changes last built for exactly `hashes`, in the order built.
    pub(crate) fn get(&self, hashes: &[ChangeHash]) -> Option<Vec<Change>> {
        let kept = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        match kept.as_ref() {
            Some((asked, changes)) if asked == hashes => Some(changes.clone()),
            _ => None,
        }
    }

    pub(crate) fn keep(&self, hashes: Vec<ChangeHash>, changes: &[Change]) {
        if changes.len() <= MOST_CHANGES_KEPT {
            *self.0.lock().unwrap_or_else(PoisonError::into_inner) =
                Some((hashes, changes.to_vec()));
        }
    }
}

impl Clone for LastBuilt {
    fn clone(&self) -> Self {
        LastBuilt::default()
    }
}
