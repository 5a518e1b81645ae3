//! What can go wrong with a document.

use thiserror::Error;

#[derive(Debug, Error)]
pub enum DocError {
    #[error("this workspace was written by a newer version of Handover (schema {found}, this version knows up to {supported}); reload to update")]
    SchemaTooNew { found: u64, supported: u64 },
    #[error("expected the {expected} document but this is the {found} document")]
    WrongKind {
        expected: &'static str,
        found: String,
    },
    #[error("the document has no {0} collection")]
    MissingCollection(&'static str),
    #[error("not a document id: {0:?}")]
    BadDocumentId(String),
    #[error("the {0} collection belongs to the other document")]
    WrongDocument(&'static str),
    #[error("the stored data holds no changes")]
    EmptyChunk,
    #[error(transparent)]
    Automerge(#[from] automerge::AutomergeError),
    #[error("a record could not be read: {0}")]
    Hydrate(#[from] autosurgeon::HydrateError),
    #[error("a record could not be written: {0}")]
    Reconcile(#[from] autosurgeon::ReconcileError),
}
