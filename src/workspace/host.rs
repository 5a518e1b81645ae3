//! Where a workspace's documents live. The browser keeps each in memory and
//! in IndexedDB at once (`store::LiveDoc`); the native tests and tools keep
//! them in memory only ([`MemoryDoc`]). The workspace asks no more of either
//! than reading, writing one attributed change, and merging a whole copy of
//! the document (a backup).

use std::cell::RefCell;
use std::rc::Rc;

use crate::doc::{ChangeMeta, DocError, DocKind, Document, DocumentId, Writer};

/// A document the workspace can read and change.
pub trait DocHost {
    /// Reads the document.
    fn read<R>(&self, f: impl FnOnce(&Document) -> R) -> R;

    /// Runs `edit` as one change attributed to `meta`; nothing is written
    /// when it fails. The host keeps and announces the change as it does.
    fn change<R>(
        self: &Rc<Self>,
        meta: &ChangeMeta,
        edit: impl FnOnce(&mut Writer<'_, '_>) -> Result<R, DocError>,
    ) -> Result<R, DocError>;

    /// Merges every change of `copy` (this document as a backup held it),
    /// keeping and announcing what it adds as changes from another device
    /// would be, and tells how many records that added or changed.
    fn merge(self: &Rc<Self>, copy: Document) -> Result<usize, DocError>;
}

/// A document held in memory only. Its changes are stamped at time zero:
/// what it serves (tests, tools) reads order from the history, not clocks.
pub struct MemoryDoc {
    doc: RefCell<Document>,
}

impl MemoryDoc {
    /// A new, empty document of `kind`.
    pub fn create(kind: DocKind) -> Rc<Self> {
        Self::holding(Document::create(DocumentId::random(), kind))
    }

    pub fn holding(doc: Document) -> Rc<Self> {
        Rc::new(Self {
            doc: RefCell::new(doc),
        })
    }

    /// Merges every change another copy of the document holds, as a sync
    /// would.
    pub fn merge_from(&self, other: &MemoryDoc) {
        let mut theirs = other.doc.borrow().automerge().clone();
        self.doc
            .borrow_mut()
            .automerge_mut()
            .merge(&mut theirs)
            .expect("copies of one document merge");
    }
}

impl DocHost for MemoryDoc {
    fn read<R>(&self, f: impl FnOnce(&Document) -> R) -> R {
        f(&self.doc.borrow())
    }

    fn change<R>(
        self: &Rc<Self>,
        meta: &ChangeMeta,
        edit: impl FnOnce(&mut Writer<'_, '_>) -> Result<R, DocError>,
    ) -> Result<R, DocError> {
        self.doc.borrow_mut().change(meta, 0, edit)
    }

    fn merge(self: &Rc<Self>, mut copy: Document) -> Result<usize, DocError> {
        let (merged, touched) = self
            .doc
            .borrow_mut()
            .merge_logged(|doc, log| doc.merge_and_log_patches(copy.automerge_mut(), log));
        merged?;
        Ok(touched.len())
    }
}
