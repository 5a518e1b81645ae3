//! A document kept in memory and in IndexedDB at once: every change is
//! committed in memory, saved as a new chunk, and announced to other tabs;
//! chunks from other tabs are merged in. Listeners learn which records changed
//! and whether everything is saved.

use std::cell::{Cell, Ref, RefCell, RefMut};
use std::collections::BTreeSet;
use std::rc::{Rc, Weak};
use std::time::Duration;

use automerge::{Automerge, ChangeHash, PatchLog};
use futures::channel::oneshot;
use indexed_db_futures::database::Database;
use wasm_bindgen_futures::spawn_local;

use super::compaction::host::compact_in_worker;
use super::loading::{Loading, OPS_PER_STEP};
use super::{DocStore, Quarantined, StoreError, TabChannel, TabChunk};
use crate::doc::{
    merge_chunk_logged, ChangeMeta, ChangedRecords, DocError, DocKind, Document, DocumentId,
    Migration, Pages, Record, RecordRef, Records, SnapshotInUse,
};
use crate::timing::{mark, wait_for_reading_ahead, Slices, COMPACTED_IN_WORKER, LOADING_SLICE_MS};
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
    /// Itself, for the saves and merges it starts from `&self`.
    me: Weak<LiveDoc>,
    id: DocumentId,
    kind: DocKind,
    /// `None` until the document is loaded (see [`LiveDoc::loaded`]).
    doc: RefCell<Option<Document>>,
    /// While the document loads: its stored entries being merged, between
    /// other work, and what is to be done once they are.
    loading: RefCell<Option<Pending>>,
    /// How loading ended, once it has (see [`LiveDoc::loaded`]).
    outcome: RefCell<Option<Result<Vec<Quarantined>, OpenError>>>,
    /// Who waits for loading to end.
    waiting: RefCell<Vec<oneshot::Sender<()>>>,
    /// Whether records were read from the snapshot stored with the document
    /// before it was loaded (see [`LiveDoc::read_page`]).
    read_before_loaded: Cell<bool>,
    /// Whether the document could not be opened after its records were
    /// read: nothing is saved.
    refused: Cell<bool>,
    store: DocStore,
    /// The heads whose changes are all stored.
    saved_heads: RefCell<Vec<ChangeHash>>,
    /// The records the changes since `saved_heads` changed, stored with
    /// them (`doc::ChangedRecords`); `None` when that is not known (a
    /// schema upgrade changed the document as it opened).
    unsaved: RefCell<Option<BTreeSet<RecordRef>>>,
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

/// What is left to do while a document loads.
struct Pending {
    loading: Loading,
    /// Chunks other tabs stored meanwhile: merged once it is loaded.
    early: Vec<TabChunk>,
    /// The device to write as once it is loaded (see
    /// [`LiveDoc::write_as_device`]).
    device: Option<[u8; 32]>,
}

/// Why a document could not be opened.
#[derive(Debug, Clone)]
pub enum OpenError {
    Store(StoreError),
    /// Shared: whoever waits for the document is told ([`LiveDoc::loaded`]).
    Doc(Rc<DocError>),
    /// The snapshot of the records it was shown from before it loaded said
    /// it was read where the document turned out not to be: it is deleted,
    /// and opening again reads the document.
    Misled,
}

impl std::fmt::Display for OpenError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            OpenError::Store(err) => err.fmt(f),
            OpenError::Doc(err) => err.fmt(f),
            OpenError::Misled => {
                f.write_str("the stored snapshot of the records did not match the document")
            }
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
/// read from IndexedDB. [`Opening::finish`] makes it a [`LiveDoc`].
pub struct Opening {
    id: DocumentId,
    store: DocStore,
    loading: Loading,
    tabs: TabChannel,
    inbox: Rc<RefCell<Inbox>>,
}

impl LiveDoc {
    /// Reads document `id` from `db` (a new, empty document when nothing is
    /// stored) and starts listening to other tabs. The document loads in
    /// the background, in slices; its records can be read meanwhile when a
    /// snapshot of them is stored with it that holds them as the document
    /// will ([`LiveDoc::reads_before_loaded`]). Anything else that needs the
    /// document loads the rest at once. Once loaded, whatever opening
    /// added (a new document, a schema upgrade) is saved.
    pub async fn open(
        db: Rc<Database>,
        id: DocumentId,
        kind: DocKind,
        listeners: Listeners,
    ) -> Result<Rc<LiveDoc>, OpenError> {
        Ok(LiveDoc::load(db, id).await?.finish(kind, listeners))
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
        let loading = store.read().await.map_err(OpenError::Store)?;
        Ok(Opening {
            id,
            store,
            loading,
            tabs,
            inbox,
        })
    }

    /// Reads the document, loading the rest of it first if it is still
    /// loading.
    pub fn read<R>(&self, f: impl FnOnce(&Document) -> R) -> R {
        f(&self.doc())
    }

    /// The document, loaded now if it is not yet.
    fn doc(&self) -> Ref<'_, Document> {
        self.load_now();
        Ref::map(self.doc.borrow(), |doc| {
            doc.as_ref().expect("a loaded document is open")
        })
    }

    fn doc_mut(&self) -> RefMut<'_, Document> {
        self.load_now();
        RefMut::map(self.doc.borrow_mut(), |doc| {
            doc.as_mut().expect("a loaded document is open")
        })
    }

    /// Whether the document is still loading.
    pub fn is_loading(&self) -> bool {
        self.loading.borrow().is_some()
    }

    /// Whether its records can be read while the document is still loading
    /// (see `Loading::records_before_merged`): `false` once it is loaded.
    pub fn reads_before_loaded(&self) -> bool {
        self.loading
            .borrow()
            .as_ref()
            .is_some_and(|pending| pending.loading.records_before_merged(self.kind).is_some())
    }

    /// Waits until the document is loaded and the entries that failed to
    /// load are set aside; those entries, or why it could not be opened.
    pub async fn loaded(&self) -> Result<Vec<Quarantined>, OpenError> {
        if self.outcome.borrow().is_none() {
            let (done, waited) = oneshot::channel();
            self.waiting.borrow_mut().push(done);
            // Dropped unanswered only with the document.
            let _ = waited.await;
        }
        self.outcome
            .borrow()
            .clone()
            .expect("whoever waits is told once loading has ended")
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
    /// the snapshot, which goes once every collection is. A collection the
    /// snapshot holds but cannot read (damaged where it was stored) is read
    /// from the document, and a compaction, due at once, writes the
    /// snapshot whole again.
    ///
    /// While the document loads, a collection the snapshot holds whole is
    /// read from the snapshot alone (see [`LiveDoc::reads_before_loaded`]);
    /// any other loads the document first.
    pub fn read_page<T: Record>(
        &self,
        pages: &mut Pages,
        limit: usize,
    ) -> Result<Records<T>, DocError> {
        if let Some(page) = self.page_before_loaded::<T>(pages, limit) {
            return page;
        }
        let doc = self.doc();
        let mut snapshot = self.records_snapshot.borrow_mut();
        let Some(in_use) = snapshot.as_mut() else {
            return pages.next::<T>(&*doc, limit);
        };
        if in_use.forget_unreadable(T::COLLECTION) {
            self.store.want_records();
            if let Some(live) = self.me.upgrade() {
                live.compact_if_due();
            }
        }
        let page = pages.next::<T>(&in_use.overlay(&doc), limit);
        if pages.is_done() && !in_use.forget(T::COLLECTION) {
            *snapshot = None;
        }
        page
    }

    /// The next page of a collection while the document loads, read from
    /// the snapshot of the records stored with it when that can be read
    /// before it is loaded (see `Loading::records_before_merged`) and holds
    /// the collection; `None` otherwise.
    fn page_before_loaded<T: Record>(
        &self,
        pages: &mut Pages,
        limit: usize,
    ) -> Option<Result<Records<T>, DocError>> {
        let pending = self.loading.borrow();
        let since = pending.as_ref()?.loading.records_before_merged(self.kind)?;
        if !matches!(since.snapshot().reader(T::COLLECTION.key()), Some(Ok(_))) {
            return None;
        }
        self.read_before_loaded.set(true);
        Some(pages.next::<T>(since, limit))
    }

    /// Writes from now on as the device with public key `device` (see
    /// [`Document::write_as_device`]).
    pub fn write_as_device(&self, device: &[u8; 32]) {
        if let Some(pending) = self.loading.borrow_mut().as_mut() {
            pending.device = Some(*device);
            return;
        }
        self.doc_mut().write_as_device(device);
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
        let (result, touched) = self.doc_mut().change_touching(meta, now, edit)?;
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
        let before = self.doc().heads();
        let (result, touched) = self.doc_mut().merge_logged(merge);
        if self.doc().heads() != before {
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
        let before = self.doc().heads();
        let was_saved = self.is_saved() && !self.saving.get();
        let (touched, adopted) = self.doc_mut().adopt_loaded(loaded)?;
        let after = self.doc().heads();
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

    /// Merges a chunk another tab stored (once loaded).
    fn merge_from_tab(&self, chunk: TabChunk) {
        if let Some(pending) = self.loading.borrow_mut().as_mut() {
            return pending.early.push(chunk);
        }
        let before = self.doc().heads();
        let (merged, touched) = self
            .doc_mut()
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
            *saved = self.doc().heads();
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
        // Changes another tab stored (the document was saved up to them)
        // are stored with what they changed already.
        if !self.is_saved() {
            if let Some(unsaved) = self.unsaved.borrow_mut().as_mut() {
                unsaved.extend(touched.iter().cloned());
            }
        }
        if let Some(in_use) = self.records_snapshot.borrow_mut().as_mut() {
            in_use.note(touched);
        }
        (self.listeners.touched)(&self.doc(), touched);
    }

    /// Whether every change is stored.
    pub fn is_saved(&self) -> bool {
        *self.saved_heads.borrow() == self.doc().heads()
    }

    fn schedule_save(self: &Rc<Self>) {
        if self.saving.get() || self.is_saved() || self.refused.get() {
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
        if self.compacting.get() || self.refused.get() || !self.store.compaction_due() {
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
            let (bytes, heads, touched, changed) = {
                let doc = self.doc();
                let heads = doc.heads();
                let saved = self.saved_heads.borrow().clone();
                if heads == saved {
                    return Ok(());
                }
                let touched = self.unsaved.replace(Some(BTreeSet::new()));
                let changed = changed_records(doc.automerge(), &saved, touched.as_ref());
                (doc.automerge().save_after(&saved), heads, touched, changed)
            };
            let key = match self.store.append(&bytes, &changed).await {
                Ok(key) => key,
                Err(err) => {
                    // Saved again later, with what changed meanwhile.
                    let mut unsaved = self.unsaved.borrow_mut();
                    *unsaved = touched.zip(unsaved.take()).map(|(mut all, since)| {
                        all.extend(since);
                        all
                    });
                    return Err(err);
                }
            };
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
        let snapshot = self.doc().automerge().clone();
        self.store.compact(&snapshot).await
    }

    pub fn store(&self) -> &DocStore {
        &self.store
    }
}

impl Opening {
    /// The second half of [`LiveDoc::open`]: the document, loading in the
    /// background from what was read, as `kind`.
    pub fn finish(self, kind: DocKind, listeners: Listeners) -> Rc<LiveDoc> {
        let Opening {
            id,
            store,
            loading,
            tabs,
            inbox,
        } = self;
        // From here to pointing the inbox at the document nothing awaits, so
        // no message arrives in between.
        let early = match inbox.replace(Inbox::Open(Weak::new())) {
            Inbox::Early(early) => early,
            Inbox::Open(_) => Vec::new(),
        };
        let live = Rc::new_cyclic(|me| LiveDoc {
            me: me.clone(),
            id,
            kind,
            doc: RefCell::new(None),
            loading: RefCell::new(Some(Pending {
                loading,
                early,
                device: None,
            })),
            read_before_loaded: Cell::new(false),
            outcome: RefCell::new(None),
            waiting: RefCell::default(),
            refused: Cell::new(false),
            store,
            saved_heads: RefCell::default(),
            unsaved: RefCell::new(None),
            saving: Cell::new(false),
            compacting: Cell::new(false),
            listeners,
            tabs,
            on_change: RefCell::default(),
            records_snapshot: RefCell::new(None),
        });
        *inbox.borrow_mut() = Inbox::Open(Rc::downgrade(&live));
        live.load_in_slices();
        live
    }
}

impl LiveDoc {
    /// Loads the document a slice at a time, giving way between slices,
    /// unless something needs it sooner ([`LiveDoc::load_now`]).
    fn load_in_slices(&self) {
        let me = self.me.clone();
        spawn_local(async move {
            // Not in the task that read the stored entries, which is long
            // enough with copying them out of IndexedDB's answer.
            let mut slices = Slices::lasting(LOADING_SLICE_MS);
            slices.give_way().await;
            loop {
                if slices.give_way_if_due().await {
                    wait_for_reading_ahead().await;
                }
                let Some(live) = me.upgrade() else { return };
                let merged = match live.loading.borrow_mut().as_mut() {
                    Some(pending) => pending.loading.step(OPS_PER_STEP),
                    None => return,
                };
                if merged {
                    return live.load_now();
                }
            }
        });
    }

    /// Loads what is left of the document now, if it is still loading:
    /// merges the rest of its chunks and those other tabs stored meanwhile,
    /// opens it (upgrading its schema if need be) and saves what opening
    /// added. Then sets aside the entries that did not load and tells who
    /// waits ([`LiveDoc::loaded`]).
    fn load_now(&self) {
        let Some(Pending {
            loading,
            early,
            device,
        }) = self.loading.borrow_mut().take()
        else {
            return;
        };
        let mut merged = loading.finish();
        let held = merged.held.take();
        let (automerge, records, unloadable) = self.store.merged(merged);
        *self.saved_heads.borrow_mut() = automerge.get_heads();
        let opened = Document::open(self.id.clone(), self.kind, automerge);
        // The records shown before must be the document's: its heads those
        // the snapshot was read at, and its schema not upgraded (which can
        // seed records).
        let current = matches!(opened, Ok((_, Migration::Current)));
        let read_before = self.read_before_loaded.get();
        let misled = read_before && !(current && held.is_some() && records.is_some());
        let (doc, failed) = match opened {
            Ok((doc, _)) => (doc, None),
            Err(err) => {
                // Nothing is saved: opening again tells why it cannot open.
                self.refused.set(true);
                let empty = Document::open(self.id.clone(), self.kind, Automerge::new());
                (empty.expect("a new document opens").0, Some(err))
            }
        };
        *self.doc.borrow_mut() = Some(doc);
        // What a schema upgrade changed is not known record by record.
        *self.unsaved.borrow_mut() = self.is_saved().then(BTreeSet::new);
        if let Some(device) = device {
            self.doc_mut().write_as_device(&device);
        }
        *self.records_snapshot.borrow_mut() = records.filter(|_| current && !misled);
        // What the saves stored of the records they changed is checked only
        // by its heads and CRC-32: the records read from it are read again
        // from the document.
        if let Some(brought_up_to_date) = held.filter(|_| read_before && !misled) {
            self.notify(&brought_up_to_date);
        }
        for chunk in early {
            self.merge_from_tab(chunk);
        }
        if let Some(live) = self.me.upgrade() {
            live.schedule_save();
            live.compact_if_due();
        }
        let me = self.me.clone();
        spawn_local(async move {
            let Some(live) = me.upgrade() else { return };
            // A snapshot that misled is deleted first, whatever else went
            // wrong: the next open reads the document and tells.
            let deleted = match misled {
                true => live.store.delete_records_snapshots().await,
                false => Ok(()),
            };
            let outcome = match (failed, deleted) {
                (_, Err(err)) => Err(OpenError::Store(err)),
                (Some(err), _) => Err(OpenError::Doc(Rc::new(err))),
                (None, _) if misled => Err(OpenError::Misled),
                (None, _) => Ok(live.store.set_aside(unloadable).await),
            };
            *live.outcome.borrow_mut() = Some(outcome);
            for waiting in live.waiting.take() {
                let _ = waiting.send(());
            }
        });
    }
}

/// The most records a save stores what it changed of: a save that changes
/// more (a new device taking in a year of records) is read from the
/// document on the next open, until the next compaction.
const MOST_CHANGED_RECORDS: usize = 512;

/// What the changes since `saved` changed, `touched`, as `doc` holds it
/// now, encoded to store beside them (`doc::ChangedRecords`): empty when
/// that is not known, or too much.
fn changed_records(
    doc: &Automerge,
    saved: &[ChangeHash],
    touched: Option<&BTreeSet<RecordRef>>,
) -> Vec<u8> {
    touched
        .filter(|touched| touched.len() <= MOST_CHANGED_RECORDS)
        .and_then(|touched| ChangedRecords::of(doc, saved.to_vec(), touched).ok())
        .map_or_else(Vec::new, |changed| changed.encode())
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
