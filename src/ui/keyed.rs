//! A keyed collection of records for the UI: one signal per record plus a
//! signal for the set of ids. A change to one record notifies only what reads
//! that record; adding or removing a record notifies what lists them. This is
//! how Automerge patches reach the screen without rebuilding whole lists.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use autosurgeon::Hydrate;
use leptos::prelude::*;

use crate::doc::{Document, Pages, Record, Records, Reread};

mod index;
mod read_ahead;

pub use index::Index;
pub use read_ahead::{read_after, read_ahead, read_first, ReadAhead};

pub struct Keyed<T: Send + Sync + 'static> {
    ids: RwSignal<Vec<String>>,
    items: StoredValue<Items<T>>,
    /// Until the collection is read whole: how far reading ahead
    /// (`read_ahead`) has got. A busy workspace holds tens of thousands of
    /// records; reading each collection only when a desk first needs it
    /// keeps opening fast.
    pending: StoredValue<Option<Pages>, LocalStorage>,
    /// Where the collection is read from (and read again, see `refill_if_empty`).
    source: StoredValue<Option<Source<T>>, LocalStorage>,
    /// Whether the collection is being read again without telling the
    /// views that read it before, until [`Keyed::wake`] (see `refill_if_empty`).
    quiet: StoredValue<bool>,
    /// The indexes kept from this collection (see `index`) and the search
    /// (`ui::palette`), told of every record as it is read, changed or
    /// removed.
    observers: StoredValue<Vec<Observer<T>>, LocalStorage>,
    /// What to notify, besides the set of ids, when a quiet reading ends:
    /// each index's buckets.
    wakers: StoredValue<Vec<Box<dyn Fn()>>, LocalStorage>,
}

pub(crate) type Observer<T> = Box<dyn Fn(&str, Option<&T>)>;

/// Reads the next page of a collection from the live document: `None` once
/// the document is closed or the collection cannot be read.
pub type Source<T> = Rc<dyn Fn(&mut Pages, usize) -> Option<Records<T>>>;

/// The record signals, and the owner they are created under: the owner that
/// created the collection, not whichever component happens to be running when
/// a record arrives (its signals would die with that component).
struct Items<T: Send + Sync + 'static> {
    owner: Owner,
    signals: HashMap<String, RwSignal<T>>,
}

impl<T: Send + Sync + 'static> Clone for Keyed<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for Keyed<T> {}

impl<T> Keyed<T>
where
    T: Hydrate + Clone + PartialEq + Send + Sync + 'static,
{
    /// A collection whose records live as long as the current owner.
    pub fn new() -> Self {
        let owner = Owner::current().expect("collections are created inside the app");
        Self {
            ids: RwSignal::new(Vec::new()),
            items: StoredValue::new(Items {
                owner,
                signals: HashMap::new(),
            }),
            pending: StoredValue::new_local(None),
            source: StoredValue::new_local(None),
            quiet: StoredValue::new(false),
            observers: StoredValue::new_local(Vec::new()),
            wakers: StoredValue::new_local(Vec::new()),
        }
    }

    /// Calls `observer` with every record now and with each one that is
    /// read, changed or removed (`None`) from now on.
    pub(crate) fn observe(&self, observer: Observer<T>) {
        self.items.with_value(|items| {
            for (id, signal) in &items.signals {
                signal.with_untracked(|record| observer(id, Some(record)));
            }
        });
        self.observers
            .update_value(|observers| observers.push(observer));
    }

    /// Calls `waker` when a quiet reading ends (see `refill_if_empty`).
    fn on_wake(&self, waker: Box<dyn Fn()>) {
        self.wakers.update_value(|wakers| wakers.push(waker));
    }

    /// Whether the collection is being read again quietly: what is told
    /// of its records meanwhile notifies no view.
    fn is_quiet(&self) -> bool {
        self.quiet.get_value()
    }

    fn tell(&self, id: &str, record: Option<&T>) {
        self.observers.with_value(|observers| {
            for observer in observers {
                observer(id, record);
            }
        });
    }

    /// Fills the collection from `source` when it is first read.
    pub fn load_from(&self, source: Source<T>) {
        self.source.set_value(Some(source));
        self.pending.set_value(Some(Pages::new()));
    }

    /// If the collection was read whole and is empty: reads it again from
    /// the start, as if nothing had read it, without telling the views that
    /// read it (empty) until [`Keyed::wake`]. A change that fills it (a new
    /// device taking in the busy year) is then read ahead a slice at a time
    /// instead of in the task that merged it. `true` when it refills.
    pub fn refill_if_empty(&self) -> bool {
        let empty = self.is_read()
            && self.ids.with_untracked(Vec::is_empty)
            && self.source.with_value(Option::is_some);
        if empty {
            self.quiet.set_value(true);
            self.pending.set_value(Some(Pages::new()));
        }
        empty
    }

    /// Ends a quiet reading (see `refill_if_empty`) once the collection is read
    /// whole: the views that read it before read it again.
    pub fn wake(&self) {
        if self.quiet.get_value() && self.is_read() {
            self.quiet.set_value(false);
            self.ids.notify();
            self.wakers
                .with_value(|wakers| wakers.iter().for_each(|wake| wake()));
        }
    }

    /// Reads the rest of the records now if nothing has read them whole
    /// yet. No view can be subscribed to a collection never read whole, and
    /// those that read one before a refill hear of it when it wakes, so
    /// filling it notifies no one.
    fn ensure_loaded(&self) {
        self.read_more(usize::MAX);
    }

    /// Whether every record is read (none is left for `read_more`).
    fn is_read(&self) -> bool {
        self.pending.with_value(Option::is_none)
    }

    /// Reads up to `limit` more records of a collection no view has read
    /// yet, so that the first view to read it finds them ready; `true` once
    /// every record is read.
    fn read_more(&self, limit: usize) -> bool {
        match self.pending.try_update_value(Option::take).flatten() {
            Some(pending) => self.read_page(pending, limit),
            None => true,
        }
    }

    /// Reads the next page after `pages` into the collection and keeps
    /// `pages` unless that was the last; `true` when it was.
    fn read_page(&self, mut pages: Pages, limit: usize) -> bool {
        let Some(source) = self.source.get_value() else {
            return true;
        };
        let Some(Records { records, .. }) = source(&mut pages, limit) else {
            // A closed document or a missing collection: nothing to read.
            return true;
        };
        let mut ids = Vec::with_capacity(records.len());
        self.items.update_value(|items| {
            for (id, record) in records {
                self.tell(&id, Some(&record));
                let signal = items.owner.with(|| RwSignal::new(record));
                items.signals.insert(id.clone(), signal);
                ids.push(id);
            }
        });
        self.ids.update_untracked(|known| known.extend(ids));
        let done = pages.is_done();
        if !done {
            self.pending.set_value(Some(pages));
        }
        done
    }

    /// Re-reads the records `ids` after a change: updates, adds or removes
    /// each. A collection not read yet will read the current state when it
    /// is.
    pub fn refresh(&self, doc: &Document, ids: &[&str])
    where
        T: Record,
    {
        // Records the pages have not reached yet are read as they will be
        // then; a collection not read at all reads the current state.
        let passed: Vec<&str> = self.pending.with_value(|pending| match pending {
            Some(pages) => ids
                .iter()
                .copied()
                .filter(|id| pages.has_read(id))
                .collect(),
            None => ids.to_vec(),
        });
        if passed.is_empty() {
            return;
        }
        let known = self.ids.with_untracked(Vec::len);
        self.apply(doc.reread::<T>(&passed, known));
    }

    /// Sets each record read, adds the new ones and drops those that are
    /// gone, then changes the set of ids once: a sync that brings thousands
    /// of records notifies each list once, not once per record.
    fn apply(&self, read: Vec<(&str, Reread<T>)>) {
        let mut added = Vec::new();
        let mut removed = HashSet::new();
        for (id, outcome) in read {
            match outcome {
                Reread::Found(record) => {
                    self.tell(id, Some(&record));
                    if let Some(signal) = self.get_untracked_signal(id) {
                        set_if_changed(signal, record);
                    } else {
                        self.items.update_value(|items| {
                            let signal = items.owner.with(|| RwSignal::new(record));
                            items.signals.insert(id.to_string(), signal);
                        });
                        added.push(id.to_string());
                    }
                }
                // The signal is not disposed: a view about to re-render may
                // still read it once.
                Reread::Gone => {
                    let dropped = self
                        .items
                        .try_update_value(|items| items.signals.remove(id));
                    if dropped.flatten().is_some() {
                        self.tell(id, None);
                        removed.insert(id);
                    }
                }
                Reread::Unreadable => {}
            }
        }
        if !added.is_empty() || !removed.is_empty() {
            let change = |ids: &mut Vec<String>| {
                ids.retain(|known| !removed.contains(known.as_str()));
                ids.extend(added);
            };
            // A quiet collection's views hear of it when it wakes.
            if self.is_quiet() {
                self.ids.update_untracked(change);
            } else {
                self.ids.update(change);
            }
        }
    }

    /// The record `id`, tracking whether it exists.
    pub fn get(&self, id: &str) -> Option<RwSignal<T>> {
        self.ensure_loaded();
        self.ids.track();
        self.get_untracked_signal(id)
    }

    /// The record `id`, without tracking whether it exists.
    pub fn get_untracked_signal(&self, id: &str) -> Option<RwSignal<T>> {
        self.ensure_loaded();
        self.items
            .with_value(|items| items.signals.get(id).copied())
    }

    /// Whether record `id` exists, without tracking.
    pub fn contains_untracked(&self, id: &str) -> bool {
        self.ensure_loaded();
        self.items
            .with_value(|items| items.signals.contains_key(id))
    }

    /// Every record's signal, tracking the set of ids.
    pub fn signals(&self) -> Vec<RwSignal<T>> {
        self.ensure_loaded();
        let ids = self.ids.get();
        self.items.with_value(|items| {
            ids.iter()
                .filter_map(|id| items.signals.get(id).copied())
                .collect()
        })
    }

    /// A snapshot of every record, tracking each of them.
    pub fn values(&self) -> Vec<T> {
        self.signals().into_iter().map(|s| s.get()).collect()
    }

    pub fn len(&self) -> usize {
        self.ensure_loaded();
        self.ids.with(Vec::len)
    }
}

fn set_if_changed<T: PartialEq + Send + Sync + 'static>(signal: RwSignal<T>, record: T) {
    if signal.with_untracked(|current| *current != record) {
        signal.set(record);
    }
}
