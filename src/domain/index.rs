//! Sorted buckets of record ids, kept up to date one record at a time: what
//! a desk's view reads instead of scanning and sorting a whole collection on
//! every change (the board's columns are buckets of tasks by status, sorted
//! by due date). Placing a record costs a few tree operations, whatever the
//! size of the collection, and says which buckets changed, so only what
//! shows those buckets updates.

use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Record ids grouped by a key `K`, each group sorted by `S` then id.
#[derive(Debug, Clone)]
pub struct Buckets<K, S> {
    buckets: BTreeMap<K, BTreeSet<(S, String)>>,
    placed: HashMap<String, (K, S)>,
}

impl<K: Ord + Clone, S: Ord + Clone> Default for Buckets<K, S> {
    fn default() -> Self {
        Self {
            buckets: BTreeMap::new(),
            placed: HashMap::new(),
        }
    }
}

impl<K: Ord + Clone, S: Ord + Clone> Buckets<K, S> {
    /// Puts record `id` at `entry` (its bucket and sort key), or takes it
    /// out for `None`. Returns the buckets whose contents or order changed:
    /// none when the record stays where it was.
    pub fn place(&mut self, id: &str, entry: Option<(K, S)>) -> Vec<K> {
        let old = self.placed.get(id);
        if old == entry.as_ref() {
            return Vec::new();
        }
        let mut changed = Vec::with_capacity(2);
        if let Some((key, sort)) = self.placed.remove(id) {
            if let Some(bucket) = self.buckets.get_mut(&key) {
                bucket.remove(&(sort, id.to_string()));
                if bucket.is_empty() {
                    self.buckets.remove(&key);
                }
            }
            changed.push(key);
        }
        if let Some((key, sort)) = entry {
            self.buckets
                .entry(key.clone())
                .or_default()
                .insert((sort.clone(), id.to_string()));
            self.placed.insert(id.to_string(), (key.clone(), sort));
            if !changed.contains(&key) {
                changed.push(key);
            }
        }
        changed
    }

    /// How many records bucket `key` holds.
    pub fn len(&self, key: &K) -> usize {
        self.buckets.get(key).map_or(0, BTreeSet::len)
    }

    /// The ids of bucket `key` in order.
    pub fn ids<'a>(&'a self, key: &K) -> impl Iterator<Item = &'a str> + 'a {
        self.buckets
            .get(key)
            .into_iter()
            .flat_map(|bucket| bucket.iter().map(|(_, id)| id.as_str()))
    }

    /// The ids of bucket `key` whose sort key is from `from` (inclusive) to
    /// `to` (exclusive), in order: a window of a bucket sorted by time,
    /// found without reading the rest.
    pub fn window(&self, key: &K, from: &S, to: &S) -> Vec<String> {
        if from >= to {
            return Vec::new();
        }
        let bounds = (from.clone(), String::new())..(to.clone(), String::new());
        self.buckets.get(key).map_or_else(Vec::new, |bucket| {
            bucket.range(bounds).map(|(_, id)| id.clone()).collect()
        })
    }

    /// The first `limit` ids of bucket `key`: a page of a long list.
    pub fn first(&self, key: &K, limit: usize) -> Vec<String> {
        self.ids(key).take(limit).map(str::to_string).collect()
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
