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
    #[error(transparent)]
    Invalid(#[from] crate::domain::validation::Invalid),
    #[error("the stored data holds no changes")]
    EmptyChunk,
    // The library errors are boxed: they are large, and every edit returns
    // a `Result<_, DocError>`.
    #[error(transparent)]
    Automerge(Box<automerge::AutomergeError>),
    #[error("a record could not be read: {0}")]
    Hydrate(Box<autosurgeon::HydrateError>),
    #[error("a record could not be written: {0}")]
    Reconcile(Box<autosurgeon::ReconcileError>),
    #[error(transparent)]
    Snapshot(#[from] super::SnapshotError),
}

impl From<automerge::AutomergeError> for DocError {
    fn from(err: automerge::AutomergeError) -> Self {
        DocError::Automerge(Box::new(err))
    }
}

impl From<autosurgeon::HydrateError> for DocError {
    fn from(err: autosurgeon::HydrateError) -> Self {
        DocError::Hydrate(Box::new(err))
    }
}

impl From<autosurgeon::ReconcileError> for DocError {
    fn from(err: autosurgeon::ReconcileError) -> Self {
        DocError::Reconcile(Box::new(err))
    }
}
