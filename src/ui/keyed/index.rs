//! An index kept from a keyed collection: record ids in sorted buckets
//! (`crate::domain::index::Buckets`), updated from each record as the
//! collection reads, changes or removes it — that is, from the Automerge
//! patches that name the changed records. A view reads one bucket and is
//! notified only when that bucket's members or order change: a task edited
//! in place does not touch its column, a move touches two columns.

use std::collections::HashMap;

use autosurgeon::Hydrate;
use leptos::prelude::*;

use super::Keyed;
use crate::domain::index::Buckets;

pub struct Index<K: 'static, S: 'static> {
    buckets: StoredValue<Buckets<K, S>, LocalStorage>,
    /// One per bucket some view read, notified when that bucket changes.
    triggers: StoredValue<HashMap<K, ArcTrigger>, LocalStorage>,
    /// Reads the collection if nothing has yet (it fills the index).
    load: StoredValue<Box<dyn Fn()>, LocalStorage>,
}

impl<K, S> Clone for Index<K, S> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<K, S> Copy for Index<K, S> {}

impl<T> Keyed<T>
where
    T: Hydrate + Clone + PartialEq + Send + Sync + 'static,
{
    /// An index of this collection: `place` names the bucket a record goes
    /// in and where it sorts there (`None` leaves it out). Create it where
    /// the collection is created: it lives as long as the current owner.
    pub fn index<K, S>(&self, place: impl Fn(&T) -> Option<(K, S)> + 'static) -> Index<K, S>
    where
        K: Ord + Clone + std::hash::Hash + 'static,
        S: Ord + Clone + 'static,
    {
        let keyed = *self;
        let index = Index {
            buckets: StoredValue::new_local(Buckets::default()),
            triggers: StoredValue::new_local(HashMap::new()),
            load: StoredValue::new_local(Box::new(move || keyed.ensure_loaded())),
        };
        self.observe(Box::new(move |id, record| {
            index.place(id, record.and_then(&place), !keyed.is_quiet());
        }));
        self.on_wake(Box::new(move || index.notify_all()));
        index
    }
}

impl<K, S> Index<K, S>
where
    K: Ord + Clone + std::hash::Hash + 'static,
    S: Ord + Clone + 'static,
{
    /// Files record `id` under `entry`, notifying the buckets it changed
    /// when `notify`.
    fn place(&self, id: &str, entry: Option<(K, S)>, notify: bool) {
        let changed = self
            .buckets
            .try_update_value(|buckets| buckets.place(id, entry))
            .unwrap_or_default();
        if !notify {
            return;
        }
        self.triggers.with_value(|triggers| {
            for key in &changed {
                if let Some(trigger) = triggers.get(key) {
                    trigger.notify();
                }
            }
        });
    }

    /// Notifies every bucket a view read: the collection was read again.
    fn notify_all(&self) {
        self.triggers
            .with_value(|triggers| triggers.values().for_each(ArcTrigger::notify));
    }

    /// Reads bucket `key`, tracking its changes.
    fn read<R>(&self, key: &K, read: impl FnOnce(&Buckets<K, S>) -> R) -> R {
        self.load.with_value(|load| load());
        let trigger = self
            .triggers
            .try_update_value(|triggers| triggers.entry(key.clone()).or_default().clone());
        if let Some(trigger) = trigger {
            trigger.track();
        }
        self.buckets.with_value(read)
    }

    /// How many records bucket `key` holds, tracking it.
    pub fn len(&self, key: &K) -> usize {
        self.read(key, |buckets| buckets.len(key))
    }

    /// The ids of bucket `key` that `keep` keeps, in order, tracking the
    /// bucket (and whatever `keep` reads).
    pub fn filter(&self, key: &K, mut keep: impl FnMut(&str) -> bool) -> Vec<String> {
        let mut kept = Vec::new();
        self.for_each(key, |id| {
            if keep(id) {
                kept.push(id.to_string());
            }
        });
        kept
    }

    /// The ids of bucket `key` whose record in `records` (the collection
    /// the index is kept from) `keep` keeps, in order. Each record is read
    /// in place, tracked but not copied: a filter over thousands of records
    /// costs a look at each, not a copy of each.
    pub fn matching<T>(&self, key: &K, records: Keyed<T>, keep: impl Fn(&T) -> bool) -> Vec<String>
    where
        T: Hydrate + Clone + PartialEq + Send + Sync + 'static,
    {
        self.filter(key, |id| {
            records
                .get_untracked_signal(id)
                .is_some_and(|record| record.with(&keep))
        })
    }

    /// Calls `visit` with each id of bucket `key` in order, tracking the
    /// bucket (and whatever `visit` reads).
    pub fn for_each(&self, key: &K, visit: impl FnMut(&str)) {
        self.read(key, |buckets| buckets.ids(key).for_each(visit))
    }

    /// The ids of bucket `key` sorted from `from` (inclusive) to `to`
    /// (exclusive), in order, tracking the bucket: a calendar's day or week.
    pub fn window(&self, key: &K, from: &S, to: &S) -> Vec<String> {
        self.read(key, |buckets| buckets.window(key, from, to))
    }

    /// The first `limit` ids of bucket `key`, in order, tracking it.
    pub fn first(&self, key: &K, limit: usize) -> Vec<String> {
        self.read(key, |buckets| buckets.first(key, limit))
    }

    /// The first `limit` records of bucket `key`, in order, read from
    /// `records` (the collection the index is kept from). Tracks the bucket
    /// and each of those records, not the collection's whole id set: a
    /// record added to another bucket changes nothing here.
    pub fn records<T>(&self, key: &K, limit: usize, records: Keyed<T>) -> Vec<T>
    where
        T: Hydrate + Clone + PartialEq + Send + Sync + 'static,
    {
        self.first(key, limit)
            .iter()
            .filter_map(|id| records.get_untracked_signal(id))
            .map(|record| record.get())
            .collect()
    }
}
