//! Re-reading the records a change touched, for views that keep a copy of
//! each record: record by record when few are touched, in one pass over the
//! collection when many are.

use std::collections::{HashMap, HashSet};

use super::{Document, Record, Records};

/// What re-reading one record found.
#[derive(Debug, Clone, PartialEq)]
pub enum Reread<T> {
    Found(T),
    Gone,
    /// Written by a newer peer: whoever shows it keeps what it shows.
    Unreadable,
}

impl Document {
    /// Reads the records `ids` of kind `T` again, out of a collection that
    /// held about `known` records. The result is the same either way; only
    /// the cost differs (see `reads_whole_collection`).
    pub fn reread<'a, T: Record>(
        &self,
        ids: &[&'a str],
        known: usize,
    ) -> Vec<(&'a str, Reread<T>)> {
        if reads_whole_collection(ids.len(), known) {
            if let Some(read) = self.reread_in_one_pass(ids) {
                return read;
            }
        }
        self.reread_one_by_one(ids)
    }

    fn reread_one_by_one<'a, T: Record>(&self, ids: &[&'a str]) -> Vec<(&'a str, Reread<T>)> {
        ids.iter()
            .map(|&id| {
                let read = match self.get::<T>(id) {
                    Ok(Some(record)) => Reread::Found(record),
                    Ok(None) => Reread::Gone,
                    Err(_) => Reread::Unreadable,
                };
                (id, read)
            })
            .collect()
    }

    /// `None` when the collection cannot be read as a whole.
    fn reread_in_one_pass<'a, T: Record>(
        &self,
        ids: &[&'a str],
    ) -> Option<Vec<(&'a str, Reread<T>)>> {
        let Records {
            records,
            unreadable,
        } = self.all::<T>().ok()?;
        let mut found: HashMap<String, T> = records.into_iter().collect();
        let unreadable: HashSet<String> = unreadable.into_iter().collect();
        Some(
            ids.iter()
                .map(|&id| {
                    let read = match found.remove(id) {
                        Some(record) => Reread::Found(record),
                        None if unreadable.contains(id) => Reread::Unreadable,
                        None => Reread::Gone,
                    };
                    (id, read)
                })
                .collect(),
        )
    }
}

/// Whether re-reading `touched` records of a collection of `known` is
/// cheaper as one pass over the whole collection. Looking a record up by key
/// costs far more than reading the next one in a pass (a sync that brings the
/// busy year touches 30,000 records: 5 s one by one in the browser), so one
/// pass wins once a sixteenth of the collection is touched.
fn reads_whole_collection(touched: usize, known: usize) -> bool {
    touched > 16 && touched.saturating_mul(16) >= known
}
