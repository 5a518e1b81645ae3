//! Where a workspace's documents live. The browser keeps each in memory and
//! in IndexedDB at once (`store::LiveDoc`); the native tests and tools keep
//! them in memory only ([`MemoryDoc`]). The workspace asks no more of either
//! than reading and writing one attributed change.

use std::cell::{Cell, RefCell};
use std::collections::BTreeSet;
use std::rc::Rc;

use crate::doc::{ChangeMeta, DocError, DocKind, Document, DocumentId, RecordRef, Writer};

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
}

/// A document held in memory only, with a clock the caller sets. Like a
/// `LiveDoc` it tells which records each change or merge touched, which is
/// what indexes are kept up to date from.
pub struct MemoryDoc {
    doc: RefCell<Document>,
    /// Milliseconds since the epoch, stamped on each change.
    now: Cell<i64>,
    /// Records touched since [`MemoryDoc::take_touched`] last ran.
    touched: RefCell<BTreeSet<RecordRef>>,
}

impl MemoryDoc {
    /// A new, empty document of `kind`.
    pub fn create(kind: DocKind) -> Rc<Self> {
        Self::holding(Document::create(DocumentId::random(), kind))
    }

    pub fn holding(doc: Document) -> Rc<Self> {
        Rc::new(Self {
            doc: RefCell::new(doc),
            now: Cell::new(0),
            touched: RefCell::default(),
        })
    }

    /// Sets the time the next changes are stamped with.
    pub fn set_now(&self, now_ms: i64) {
        self.now.set(now_ms);
    }

    /// Merges every change another copy of the document holds, as a sync
    /// would.
    pub fn merge_from(&self, other: &MemoryDoc) {
        let mut theirs = other.doc.borrow().automerge().clone();
        let (merged, touched) = self
            .doc
            .borrow_mut()
            .merge_logged(|doc, log| doc.merge_and_log_patches(&mut theirs, log));
        merged.expect("copies of one document merge");
        self.touched.borrow_mut().extend(touched);
    }

    /// The records changes and merges touched since the last call.
    pub fn take_touched(&self) -> BTreeSet<RecordRef> {
        self.touched.take()
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
        let (result, touched) =
            self.doc
                .borrow_mut()
                .change_touching(meta, self.now.get(), edit)?;
        self.touched.borrow_mut().extend(touched);
        Ok(result)
    }
}
