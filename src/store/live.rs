//! A document kept in memory and in IndexedDB at once: every change is
//! committed in memory, saved as a new chunk, and announced to other tabs;
//! chunks from other tabs are merged in. Listeners learn which records changed
//! and whether everything is saved.

use std::cell::{Cell, RefCell};
use std::collections::BTreeSet;
use std::rc::{Rc, Weak};
use std::time::Duration;

use automerge::{Automerge, ChangeHash, PatchLog};
use indexed_db_futures::database::Database;
use wasm_bindgen_futures::spawn_local;

use super::compaction::host::compact_in_worker;
use super::{DocStore, Loaded, Quarantined, StoreError, TabChannel, TabChunk};
use crate::doc::{
    merge_chunk, merge_chunk_logged, ChangeMeta, DocError, DocKind, Document, DocumentId,
    Migration, Pages, Record, RecordRef, Records, SnapshotInUse,
};
use crate::timing::{mark, COMPACTED_IN_WORKER};
use crate::workspace::DocHost;

/// Whether every change of the document is in IndexedDB.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveState {
    Saved,
    Saving,
    /// The last save failed; the changes are kept in memory and saving is
    /// retried.
    Failed(String),
}

/// How long to wait before retrying a failed save.
const RETRY_AFTER: Duration = Duration::from_secs(3);

type TouchedListener = Box<dyn Fn(&Document, &BTreeSet<RecordRef>)>;
type StateListener = Box<dyn Fn(SaveState)>;

/// Callbacks of a [`LiveDoc`].
pub struct Listeners {
    /// Records that changed, with the document to read them from.
    pub touched: TouchedListener,
    /// Save state changes.
    pub state: StateListener,
}

pub struct LiveDoc {
    doc: RefCell<Document>,
    store: DocStore,
    /// The heads whose changes are all stored.
    saved_heads: RefCell<Vec<ChangeHash>>,
    saving: Cell<bool>,
    /// Whether a compaction is under way (one at a time).
    compacting: Cell<bool>,
    listeners: Listeners,
    tabs: TabChannel,
    /// Told after every change made here or merged from another tab, so
    /// sync can offer it to other devices.
    on_change: RefCell<Vec<Box<dyn Fn()>>>,
    /// The snapshot of the records stored with the document, while some
    /// collection has not been read whole from it (see [`LiveDoc::read_page`]).
    records_snapshot: RefCell<Option<SnapshotInUse>>,
}

/// Why a document could not be opened.
#[derive(Debug)]
pub enum OpenError {
    Store(StoreError),
    Doc(DocError),
}

impl std::fmt::Display for OpenError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            OpenError::Store(err) => err.fmt(f),
            OpenError::Doc(err) => err.fmt(f),
        }
    }
}

/// Where chunks heard from other tabs go: kept while the document is being
/// opened, merged into it once it exists.
enum Inbox {
    Early(Vec<TabChunk>),
    Open(Weak<LiveDoc>),
}

/// A document halfway through [`LiveDoc::open`]: listening to other tabs and
/// loaded from IndexedDB. [`Opening::finish`] makes it a [`LiveDoc`].
pub struct Opening {
    id: DocumentId,
    store: DocStore,
    loaded: Loaded,
    tabs: TabChannel,
    inbox: Rc<RefCell<Inbox>>,
}

impl LiveDoc {
    /// Loads document `id` from `db` (a new, empty document when nothing is
    /// stored), starts listening to other tabs and saves whatever opening
    /// added (a new document, a schema upgrade).
    pub async fn open(
        db: Rc<Database>,
        id: DocumentId,
        kind: DocKind,
        listeners: Listeners,
    ) -> Result<(Rc<LiveDoc>, Vec<Quarantined>), OpenError> {
        LiveDoc::load(db, id).await?.finish(kind, listeners)
    }

    /// The first half of [`LiveDoc::open`] (public so tests can act between
    /// the halves). It listens to other tabs *before* reading IndexedDB: a
    /// chunk another tab stores meanwhile is then read, heard, or both
    /// (merging a chunk twice changes nothing). Listening only after the read
    /// would miss a chunk stored in between until the next start.
    pub async fn load(db: Rc<Database>, id: DocumentId) -> Result<Opening, OpenError> {
        let store = DocStore::new(db, id.as_str());
        let inbox = Rc::new(RefCell::new(Inbox::Early(Vec::new())));
        let heard = inbox.clone();
        let tabs = TabChannel::open(store.document(), move |chunk| {
            let live = match &mut *heard.borrow_mut() {
                Inbox::Early(early) => return early.push(chunk),
                Inbox::Open(live) => live.upgrade(),
            };
            if let Some(live) = live {
                live.merge_from_tab(chunk);
            }
        })
        .map_err(OpenError::Store)?;
        let loaded = store
            .load_into(Automerge::new())
            .await
            .map_err(OpenError::Store)?;
        Ok(Opening {
            id,
            store,
            loaded,
            tabs,
            inbox,
        })
    }

    /// Reads the document.
    pub fn read<R>(&self, f: impl FnOnce(&Document) -> R) -> R {
        f(&self.doc.borrow())
    }

    /// Whether some collection is still read from the snapshot of the
    /// records stored with the document (see [`LiveDoc::read_page`]).
    pub fn reads_records_snapshot(&self) -> bool {
        self.records_snapshot.borrow().is_some()
    }

    /// The next at most `limit` records of kind `T` after `pages`, as the
    /// document holds them: read from the snapshot of the records stored
    /// with it, but for those changed since, while the snapshot holds their
    /// collection. Reading a record from Automerge's ops costs about ten
    /// times as much (`native-load`). A collection read whole is let go of
    /// the snapshot, which goes once every collection is.
    pub fn read_page<T: Record>(
        &self,
        pages: &mut Pages,
        limit: usize,
    ) -> Result<Records<T>, DocError> {
        let doc = self.doc.borrow();
        let mut snapshot = self.records_snapshot.borrow_mut();
        let Some(in_use) = snapshot.as_mut() else {
            return pages.next::<T>(&*doc, limit);
        };
        let page = pages.next::<T>(&in_use.overlay(&doc), limit);
        if pages.is_done() && !in_use.forget(T::COLLECTION) {
            *snapshot = None;
        }
        page
    }

    /// Writes from now on as the device with public key `device` (see
    /// [`Document::write_as_device`]).
    pub fn write_as_device(&self, device: &[u8; 32]) {
        self.doc.borrow_mut().write_as_device(device);
    }

    /// Runs `edit` as one attributed change, tells the listeners which
    /// records changed and saves in the background. Nothing is written when
    /// `edit` fails.
    pub fn change<R>(
        self: &Rc<Self>,
        meta: &ChangeMeta,
        edit: impl FnOnce(&mut crate::doc::Writer<'_, '_>) -> Result<R, DocError>,
    ) -> Result<R, DocError> {
        let now = js_sys::Date::now() as i64;
        let (result, touched) = self.doc.borrow_mut().change_touching(meta, now, edit)?;
        // The save is queued before the listeners run: the screen's updates
        // they queue then run while the chunk is on its way to the disk,
        // not before it starts.
        self.schedule_save();
        self.notify(&touched);
        self.notify_changed();
        Ok(result)
    }

    /// Merges what another device sent (through `merge`, which gets the
    /// Automerge document), then publishes and saves it like a local change.
    pub fn merge_remote<R>(
        self: &Rc<Self>,
        merge: impl FnOnce(&mut Automerge, &mut PatchLog) -> R,
    ) -> R {
        self.merge_counting(merge).0
    }

    /// [`LiveDoc::merge_remote`], also telling how many records changed.
    fn merge_counting<R>(
        self: &Rc<Self>,
        merge: impl FnOnce(&mut Automerge, &mut PatchLog) -> R,
    ) -> (R, usize) {
        let before = self.doc.borrow().heads();
        let (result, touched) = self.doc.borrow_mut().merge_logged(merge);
        if self.doc.borrow().heads() != before {
            self.notify(&touched);
            self.schedule_save();
        }
        (result, touched.len())
    }

    /// Takes in a whole document another device sent, `whole`, loaded on its
    /// own as `loaded` (see [`Document::adopt_loaded`]), tells the listeners
    /// and saves it. When everything here was saved, the document is stored
    /// as it came, one snapshot, instead of as its changes saved one by one
    /// (the busy year: 6.5 MB, where its changes take 40 MB and a second to
    /// encode).
    pub fn adopt_loaded(self: &Rc<Self>, whole: &[u8], loaded: Automerge) -> Result<(), DocError> {
        let before = self.doc.borrow().heads();
        let was_saved = self.is_saved() && !self.saving.get();
        let (touched, adopted) = self.doc.borrow_mut().adopt_loaded(loaded)?;
        let after = self.doc.borrow().heads();
        if after == before {
            return Ok(());
        }
        self.notify(&touched);
        if !was_saved {
            self.schedule_save();
            return Ok(());
        }
        self.saving.set(true);
        (self.listeners.state)(SaveState::Saving);
        let (live, whole) = (self.clone(), whole.to_vec());
        spawn_local(async move {
            if let Err(err) = live.store.put_snapshot(&whole, &adopted).await {
                return live.retry_later(err);
            }
            // What was saved before and the snapshot hold everything the
            // document had once it took the snapshot in; edits made since are
            // saved as usual.
            *live.saved_heads.borrow_mut() = after;
            live.save_pending().await;
        });
        Ok(())
    }

    /// Calls `listener` after every change made or merged in this tab.
    pub fn on_change(&self, listener: impl Fn() + 'static) {
        self.on_change.borrow_mut().push(Box::new(listener));
    }

    fn notify_changed(&self) {
        for listener in self.on_change.borrow().iter() {
            listener();
        }
    }

    /// Merges a chunk another tab stored.
    fn merge_from_tab(&self, chunk: TabChunk) {
        let before = self.doc.borrow().heads();
        let (merged, touched) = self
            .doc
            .borrow_mut()
            .merge_logged(|doc, log| merge_chunk_logged(doc, &chunk.bytes, log));
        if merged.is_err() {
            // The chunk is in IndexedDB: loading it there on the next start
            // sets it aside properly if it really is damaged.
            return;
        }
        self.store.note_covered(chunk.key, chunk.bytes.len());
        let mut saved = self.saved_heads.borrow_mut();
        if *saved == before {
            // Those changes are stored already; do not save them again.
            *saved = self.doc.borrow().heads();
        }
        drop(saved);
        self.notify(&touched);
        self.notify_changed();
    }

    /// Tells the listeners which records changed, after the snapshot of
    /// the records, which must not be read for them any more.
    fn notify(&self, touched: &BTreeSet<RecordRef>) {
        if touched.is_empty() {
            return;
        }
        if let Some(in_use) = self.records_snapshot.borrow_mut().as_mut() {
            in_use.note(touched);
        }
        (self.listeners.touched)(&self.doc.borrow(), touched);
    }

    /// Whether every change is stored.
    pub fn is_saved(&self) -> bool {
        *self.saved_heads.borrow() == self.doc.borrow().heads()
    }

    fn schedule_save(self: &Rc<Self>) {
        if self.saving.get() || self.is_saved() {
            return;
        }
        self.saving.set(true);
        (self.listeners.state)(SaveState::Saving);
        let weak = Rc::downgrade(self);
        spawn_local(async move {
            if let Some(live) = weak.upgrade() {
                live.save_pending().await;
            }
        });
    }

    /// Appends every unsaved change as chunks until nothing is left (edits
    /// made during a save are picked up by the next round), then starts a
    /// compaction if one is due. Edits made while appending are saved before
    /// the state says so: they found a save under way and scheduled none.
    async fn save_pending(self: Rc<Self>) {
        while !self.is_saved() {
            if let Err(err) = self.append_unsaved().await {
                return self.retry_later(err);
            }
        }
        self.saving.set(false);
        (self.listeners.state)(SaveState::Saved);
        self.compact_if_due();
    }

    /// Compacts in the background when the stored increments have grown
    /// enough (see `super::compaction`): in the compaction worker, so that
    /// edits and saves go on meanwhile, or, when no worker can run, here.
    fn compact_if_due(self: &Rc<Self>) {
        if self.compacting.get() || !self.store.compaction_due() {
            return;
        }
        self.compacting.set(true);
        let weak = Rc::downgrade(self);
        let (database, document) = (
            self.store.database_name(),
            self.store.document().to_string(),
        );
        spawn_local(async move {
            let outcome = compact_in_worker(&database, &document).await;
            let Some(live) = weak.upgrade() else { return };
            match outcome {
                Ok(compacted) => {
                    let holds = live.read(|doc| holds_all(doc.automerge(), &compacted.heads));
                    live.store.note_compacted(&compacted, holds);
                    mark(COMPACTED_IN_WORKER);
                }
                Err(reason) => {
                    web_sys::console::warn_1(&format!("compacting in this tab: {reason}").into());
                    // A compaction that fails loses nothing: the chunks
                    // stay, and the next save tries again.
                    let _ = live.compact().await;
                }
            }
            live.compacting.set(false);
        });
    }

    /// Appends the changes since the saved heads as chunks, round after
    /// round, until an append finds nothing new.
    async fn append_unsaved(&self) -> Result<(), StoreError> {
        loop {
            let (bytes, heads) = {
                let doc = self.doc.borrow();
                let heads = doc.heads();
                if heads == *self.saved_heads.borrow() {
                    return Ok(());
                }
                (
                    doc.automerge().save_after(&self.saved_heads.borrow()),
                    heads,
                )
            };
            let key = self.store.append(&bytes).await?;
            *self.saved_heads.borrow_mut() = heads;
            self.tabs.announce(&key, &bytes);
        }
    }

    fn retry_later(self: Rc<Self>, err: StoreError) {
        self.saving.set(false);
        (self.listeners.state)(SaveState::Failed(err.0));
        let weak: Weak<Self> = Rc::downgrade(&self);
        spawn_local(async move {
            gloo_timers::future::sleep(RETRY_AFTER).await;
            if let Some(live) = weak.upgrade() {
                live.schedule_save();
            }
        });
    }

    /// Compacts now, in this tab's thread (used by tests, and when no
    /// compaction worker can run).
    pub async fn compact(&self) -> Result<(), StoreError> {
        let snapshot = self.doc.borrow().automerge().clone();
        self.store.compact(&snapshot).await
    }

    pub fn store(&self) -> &DocStore {
        &self.store
    }
}

impl Opening {
    /// The second half of [`LiveDoc::open`]: merges the chunks other tabs
    /// announced while loading, opens the document as `kind` and saves
    /// whatever opening added.
    pub fn finish(
        self,
        kind: DocKind,
        listeners: Listeners,
    ) -> Result<(Rc<LiveDoc>, Vec<Quarantined>), OpenError> {
        let Opening {
            id,
            store,
            loaded:
                Loaded {
                    doc: mut automerge,
                    quarantined,
                    mut records,
                },
            tabs,
            inbox,
        } = self;
        // From here to pointing the inbox at the document nothing awaits, so
        // no message arrives in between.
        let early = match inbox.replace(Inbox::Open(Weak::new())) {
            Inbox::Early(early) => early,
            Inbox::Open(_) => Vec::new(),
        };
        for chunk in early {
            // Merged before the stored heads are taken: these chunks are
            // stored already and must not be saved again. A damaged one is
            // skipped; loading it from IndexedDB next time sets it aside.
            if merge_chunk(&mut automerge, &chunk.bytes).is_ok() {
                store.note_covered(chunk.key, chunk.bytes.len());
                // Which records it changed is not logged: the snapshot of
                // the records is not read this time (another tab saving
                // while this one loads is rare).
                records = None;
            }
        }
        let stored_heads = automerge.get_heads();
        let (doc, migration) = Document::open(id, kind, automerge).map_err(OpenError::Doc)?;
        // An upgrade can seed records; a snapshot of another document's
        // records is never read for this one.
        if migration != Migration::Current
            || records.as_ref().is_some_and(|r| r.kind() != doc.kind())
        {
            records = None;
        }
        let live = Rc::new(LiveDoc {
            doc: RefCell::new(doc),
            store,
            saved_heads: RefCell::new(stored_heads),
            saving: Cell::new(false),
            compacting: Cell::new(false),
            listeners,
            tabs,
            on_change: RefCell::default(),
            records_snapshot: RefCell::new(records),
        });
        *inbox.borrow_mut() = Inbox::Open(Rc::downgrade(&live));
        live.schedule_save();
        live.compact_if_due();
        Ok((live, quarantined))
    }
}

/// Whether `doc` has every change of `heads`.
fn holds_all(doc: &Automerge, heads: &[ChangeHash]) -> bool {
    heads
        .iter()
        .all(|head| doc.get_change_meta_by_hash(head).is_some())
}

/// The workspace core reads and writes the browser's documents through
/// this (see `crate::workspace`).
impl DocHost for LiveDoc {
    fn read<R>(&self, f: impl FnOnce(&Document) -> R) -> R {
        LiveDoc::read(self, f)
    }

    fn change<R>(
        self: &Rc<Self>,
        meta: &ChangeMeta,
        edit: impl FnOnce(&mut crate::doc::Writer<'_, '_>) -> Result<R, DocError>,
    ) -> Result<R, DocError> {
        LiveDoc::change(self, meta, edit)
    }

    /// Merges a backup like a change from another device, and offers what
    /// it adds to the relay and direct links, which never sent it.
    fn merge(self: &Rc<Self>, mut copy: Document) -> Result<usize, DocError> {
        let (merged, records) =
            self.merge_counting(|doc, log| doc.merge_and_log_patches(copy.automerge_mut(), log));
        merged?;
        self.notify_changed();
        Ok(records)
    }
}
