//! A snapshot brought up to date by its document: the records changed since
//! the snapshot's heads are read from the document, every other from the
//! snapshot.

use std::collections::BTreeSet;
use std::ops::Bound;

use autosurgeon::hydrate_prop;
use itertools::{EitherOrBoth, Itertools};

use super::{Snapshot, SnapshotSince};
use crate::doc::pages::PageSource;
use crate::doc::{Collection, DocError, DocKind, Document, Record, RecordRef, Records};

/// Pages of records from `snapshot`, except those in `touched`, which are
/// read from `doc`. `touched` must name every record whose content differs
/// between the snapshot's heads and the document's (which whoever keeps the
/// overlay learns from Automerge's patches as changes arrive); a record
/// added since is in it too, and one removed since is read as gone. A
/// collection the snapshot does not hold, or cannot read, is read from the
/// document whole.
pub struct Overlay<'a> {
    pub snapshot: &'a Snapshot,
    pub newer: Newer<'a>,
    pub touched: &'a BTreeSet<RecordRef>,
}

/// Where the records changed since the snapshot are read from.
pub enum Newer<'a> {
    /// The document, open.
    Document(&'a Document),
    /// What the saves since the snapshot stored of them, while the document
    /// loads.
    Saved(&'a SnapshotSince),
}

impl Newer<'_> {
    fn kind(&self) -> DocKind {
        match self {
            Newer::Document(doc) => doc.kind(),
            Newer::Saved(since) => since.snapshot().kind(),
        }
    }

    /// Record `id` of `collection` as it is now; `None` once removed.
    fn get<T: Record>(&self, collection: Collection, id: &str) -> Result<Option<T>, DocError> {
        match self {
            Newer::Document(doc) => doc.get::<T>(id),
            Newer::Saved(since) => since.get::<T>(&RecordRef {
                collection,
                id: id.to_string(),
            }),
        }
    }

    /// A page of a collection the snapshot cannot read: from the document,
    /// which only the document can give.
    fn page<T: Record>(
        &self,
        from: Bound<String>,
        limit: usize,
    ) -> Result<(Records<T>, Option<String>), DocError> {
        match self {
            Newer::Document(doc) => doc.page::<T>(from, limit),
            Newer::Saved(_) => Err(DocError::MissingCollection(T::COLLECTION.key())),
        }
    }
}

impl PageSource for Overlay<'_> {
    fn page<T: Record>(
        &self,
        from: Bound<String>,
        limit: usize,
    ) -> Result<(Records<T>, Option<String>), DocError> {
        let collection = T::COLLECTION;
        let reader = match self.snapshot.reader(collection.key()) {
            Some(Ok(reader)) if self.snapshot.kind() == self.newer.kind() => reader,
            _ => return self.newer.page::<T>(from, limit),
        };
        let first = |id: String| RecordRef { collection, id };
        let lower = match from.clone() {
            Bound::Included(id) => Bound::Included(first(id)),
            Bound::Excluded(id) => Bound::Excluded(first(id)),
            Bound::Unbounded => Bound::Included(first(String::new())),
        };
        let changed = self
            .touched
            .range((lower, Bound::Unbounded))
            .take_while(|record| record.collection == collection)
            .map(|record| record.id.as_str());
        let obj = reader.collection();
        let mut page = Records {
            records: Vec::new(),
            unreadable: Vec::new(),
        };
        let mut last = None;
        // Until `limit` records are read: a record removed since the
        // snapshot takes no place in the page, so a short page still means
        // the end (`Pages::next`).
        for (id, is_changed) in in_order(reader.records_from(from), changed) {
            if page.records.len() + page.unreadable.len() == limit {
                break;
            }
            let read = if is_changed {
                self.newer.get::<T>(collection, id)
            } else {
                hydrate_prop::<_, T, _, _>(&reader, &obj, id)
                    .map(Some)
                    .map_err(DocError::from)
            };
            match read {
                Ok(Some(record)) => page.records.push((id.to_string(), record)),
                Ok(None) => {}
                Err(_) => page.unreadable.push(id.to_string()),
            }
            last = Some(id.to_string());
        }
        Ok((page, last))
    }
}

/// The ids of both sorted lists in order, each once, with whether it is in
/// `changed`.
fn in_order<'a>(
    kept: impl Iterator<Item = &'a str>,
    changed: impl Iterator<Item = &'a str>,
) -> impl Iterator<Item = (&'a str, bool)> {
    kept.merge_join_by(changed, |kept, changed| kept.cmp(changed))
        .map(|both| match both {
            EitherOrBoth::Left(kept) => (kept, false),
            EitherOrBoth::Right(changed) | EitherOrBoth::Both(_, changed) => (changed, true),
        })
}

/// A snapshot read while its document is open, and every record changed
/// since its heads: those the document took on loading and those it takes
/// after ([`SnapshotInUse::note`]). Each collection is let go once it has
/// been read whole ([`SnapshotInUse::forget`]): what reads it again reads
/// the document.
#[derive(Debug)]
pub struct SnapshotInUse {
    snapshot: Snapshot,
    touched: BTreeSet<RecordRef>,
}

impl SnapshotInUse {
    /// `snapshot`, whose document has changed `touched` since its heads.
    pub fn new(snapshot: Snapshot, touched: BTreeSet<RecordRef>) -> Self {
        Self { snapshot, touched }
    }

    /// The kind of document the snapshot is of.
    pub fn kind(&self) -> DocKind {
        self.snapshot.kind()
    }

    /// Records that the document changed `touched`.
    pub fn note(&mut self, touched: &BTreeSet<RecordRef>) {
        self.touched.extend(touched.iter().cloned());
    }

    /// Reads pages of records as `doc`, the snapshot's document, holds them.
    pub fn overlay<'a>(&'a self, doc: &'a Document) -> Overlay<'a> {
        Overlay {
            snapshot: &self.snapshot,
            newer: Newer::Document(doc),
            touched: &self.touched,
        }
    }

    /// Lets `collection` go when the snapshot holds it but cannot read it
    /// (damaged where it was stored: its CRC-32 does not match); `true`
    /// when it did. What reads it then reads the document, and whoever
    /// keeps the snapshot has a whole one written.
    pub fn forget_unreadable(&mut self, collection: Collection) -> bool {
        let unreadable = matches!(self.snapshot.tree(collection.key()), Some(Err(_)));
        if unreadable {
            self.snapshot.collections.remove(collection.key());
        }
        unreadable
    }

    /// Lets `collection` go; `false` once none is left.
    pub fn forget(&mut self, collection: Collection) -> bool {
        self.snapshot.collections.remove(collection.key());
        !self.snapshot.collections.is_empty()
    }
}
