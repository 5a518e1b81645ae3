//! Reading a collection a page at a time, so that a large one can be read in
//! slices between other work: a browser tab that reads 1,500 meetings at
//! once is busy for 400 ms.
//!
//! A record may change while the pages are read. If it is behind the cursor
//! ([`Pages::has_read`]) whoever keeps the copies must read it again; if it
//! is ahead, a later page reads it as it then is.

use std::ops::Bound;

use super::{DocError, Record, Records};

/// What pages of records are read from: a document, or a snapshot of one
/// (`doc::Snapshot`) while the document loads.
pub trait PageSource {
    /// At most `limit` records of kind `T` with keys from `from` on, in key
    /// order, and the last key read (`None` when there was none).
    fn page<T: Record>(
        &self,
        from: Bound<String>,
        limit: usize,
    ) -> Result<(Records<T>, Option<String>), DocError>;
}

/// Where a collection's page-by-page reading has got to.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Pages {
    /// The key of the last record read; `None` before the first page.
    after: Option<String>,
    done: bool,
}

impl Pages {
    pub fn new() -> Self {
        Self::default()
    }

    /// The next at most `limit` records of kind `T` in key order, as `doc`
    /// holds them now. Fewer than `limit` only at the end.
    pub fn next<T: Record>(
        &mut self,
        doc: &impl PageSource,
        limit: usize,
    ) -> Result<Records<T>, DocError> {
        let from = match &self.after {
            Some(after) => Bound::Excluded(after.clone()),
            None => Bound::Unbounded,
        };
        let (page, last) = doc.page::<T>(from, limit)?;
        self.done = last.is_none() || page.records.len() + page.unreadable.len() < limit;
        if last.is_some() {
            self.after = last;
        }
        Ok(page)
    }

    /// Whether every record has been read.
    pub fn is_done(&self) -> bool {
        self.done
    }

    /// Whether record `id` is in a page read already.
    pub fn has_read(&self, id: &str) -> bool {
        self.done || self.after.as_deref().is_some_and(|after| id <= after)
    }
}
