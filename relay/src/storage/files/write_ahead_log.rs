//! The write-ahead of a document's changes as one file that grows by
//! appending: `<document>/write-ahead`, each change's own bytes after the
//! last. An Automerge chunk states its own length, so the file needs no
//! framing of its own, and it loads as it is with
//! `Automerge::load_incremental`.
//!
//! Why not a file per change, under the key samod gives it: creating a file
//! was the dearest thing the relay did per change. With a hundred documents
//! taking a change each round (`relay-load --teams 100x10`), `perf` showed
//! about 29% of the relay's CPU in ext4 allocating inodes (`__ext4_new_inode`
//! → `find_inode_bit` → `recently_deleted`), as each compaction deletes the
//! files the next changes would have reused. Appending to a file that is
//! there and flushing it allocates no inode.
//!
//! samod still sees each change under its own key
//! (`<document>/incremental/<hash>`, see [`super::FileStore`]). When samod
//! deletes that key, a compaction has stored the change in a snapshot, so
//! its record is no longer needed. Once no record is needed the file is
//! emptied (not removed, which would cost an inode again at the next change);
//! once most of it is not needed it is rewritten with the rest.

use std::collections::HashMap;
use std::fs::{self, OpenOptions};
use std::io::{self, ErrorKind, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use automerge::ChangeHash;
use tracing::warn;

use super::{random_suffix, write_atomically};
use crate::storage::CHUNK_MAGIC;

/// The log's name in its document's directory.
const FILE_NAME: &str = "write-ahead";
/// How many bytes of records no longer needed a log may hold, when they are
/// also more than the bytes still needed, before it is rewritten: small logs
/// are never rewritten, and a large one holds at most twice what it needs.
const REWRITE_FROM_BYTES: u64 = 64 * 1024;

/// Every document's log, each opened on first use and then kept in memory
/// (where its records are, not their bytes).
#[derive(Debug, Default)]
pub struct WriteAheadLogs {
    logs: Mutex<HashMap<PathBuf, Arc<Mutex<Option<DocumentLog>>>>>,
}

impl WriteAheadLogs {
    /// Runs `act` on the log of the document in `document_dir`, one caller
    /// per document at once. Blocking: call it where blocking is allowed.
    pub fn with<R>(
        &self,
        document_dir: &Path,
        act: impl FnOnce(&mut DocumentLog) -> io::Result<R>,
    ) -> io::Result<R> {
        let slot = {
            let mut logs = self.logs.lock().expect("no panics while locked");
            logs.entry(document_dir.to_path_buf()).or_default().clone()
        };
        let mut log = slot.lock().expect("no panics while locked");
        let log = match &mut *log {
            Some(log) => log,
            None => log.insert(DocumentLog::open(document_dir.join(FILE_NAME))?),
        };
        act(log)
    }

    /// Whether the log of the document in `document_dir` is known to hold
    /// `hash` without waiting: it is open and no one is using it. Does not
    /// block, so async code may ask before falling back to [`Self::with`].
    pub fn surely_holds(&self, document_dir: &Path, hash: &ChangeHash) -> bool {
        self.if_free(document_dir, |log| log.holds(hash))
            .unwrap_or(false)
    }

    /// Marks `hash` stored elsewhere in the log of the document in
    /// `document_dir` without waiting, when that takes nothing but memory
    /// (see [`DocumentLog::stored_elsewhere_in_memory`]) and the log is open
    /// and free. Whether it did; if not, call
    /// [`DocumentLog::stored_elsewhere`] through [`Self::with`].
    pub fn surely_stored_elsewhere(&self, document_dir: &Path, hash: &ChangeHash) -> bool {
        self.if_free(document_dir, |log| log.stored_elsewhere_in_memory(hash))
            .unwrap_or(false)
    }

    /// Runs `act` on the log of the document in `document_dir` if it is
    /// open and no one is using it; `None` otherwise. Never blocks.
    fn if_free<R>(
        &self,
        document_dir: &Path,
        act: impl FnOnce(&mut DocumentLog) -> R,
    ) -> Option<R> {
        let slot = {
            let logs = self.logs.lock().expect("no panics while locked");
            logs.get(document_dir)?.clone()
        };
        let mut log = slot.try_lock().ok()?;
        log.as_mut().map(act)
    }
}

/// One document's log.
#[derive(Debug)]
pub struct DocumentLog {
    path: PathBuf,
    records: HashMap<ChangeHash, Record>,
    /// The file's length: where the next record goes.
    len: u64,
    /// Records not yet stored elsewhere, and their bytes.
    needed: usize,
    needed_bytes: u64,
}

#[derive(Debug, Clone, Copy)]
struct Record {
    at: u64,
    len: u64,
    needed: bool,
}

impl DocumentLog {
    /// A log at `path` holding nothing.
    fn empty(path: PathBuf) -> Self {
        Self {
            path,
            records: HashMap::new(),
            len: 0,
            needed: 0,
            needed_bytes: 0,
        }
    }

    /// Reads the log at `path` (none is an empty log). A record cut short by
    /// a kill mid-append is cut off, so the next append follows a whole one;
    /// a damaged record is kept aside in a file of its own with everything
    /// after it, and the records before it are kept.
    fn open(path: PathBuf) -> io::Result<Self> {
        let bytes = match fs::read(&path) {
            Ok(bytes) => bytes,
            Err(err) if err.kind() == ErrorKind::NotFound => Vec::new(),
            Err(err) => return Err(err),
        };
        let mut log = Self::empty(path);
        let mut at = 0;
        while at < bytes.len() {
            match parse_change(&bytes[at..]) {
                Ok((hash, len)) => {
                    log.add(hash, at as u64, len as u64);
                    at += len;
                }
                Err(unreadable) => {
                    log.keep_readable(&bytes, at, unreadable)?;
                    break;
                }
            }
        }
        Ok(log)
    }

    /// Keeps the first `readable` bytes of the log, whose rest is `why`.
    fn keep_readable(&self, bytes: &[u8], readable: usize, why: Unreadable) -> io::Result<()> {
        match why {
            Unreadable::CutShort => {
                OpenOptions::new()
                    .write(true)
                    .open(&self.path)?
                    .set_len(readable as u64)?;
            }
            Unreadable::Damaged => {
                let aside = self
                    .path
                    .with_file_name(format!("{FILE_NAME}.damaged-{}", random_suffix()));
                warn!(
                    log = %self.path.display(),
                    aside = %aside.display(),
                    "a write-ahead log is damaged after {readable} bytes; keeping its readable records"
                );
                fs::copy(&self.path, &aside)?;
                write_atomically(&self.path, &bytes[..readable])?;
            }
        }
        Ok(())
    }

    fn add(&mut self, hash: ChangeHash, at: u64, len: u64) {
        if let Some(old) = self.records.insert(
            hash,
            Record {
                at,
                len,
                needed: true,
            },
        ) {
            if old.needed {
                self.needed -= 1;
                self.needed_bytes -= old.len;
            }
        }
        self.needed += 1;
        self.needed_bytes += len;
        self.len = self.len.max(at + len);
    }

    /// Whether the log holds `hash` and it is still needed.
    pub fn holds(&self, hash: &ChangeHash) -> bool {
        self.records.get(hash).is_some_and(|record| record.needed)
    }

    /// Appends the changes it does not hold, flushed to disk before this
    /// returns. A failed append is cut off again.
    pub fn append(&mut self, changes: &[(ChangeHash, Vec<u8>)]) -> io::Result<()> {
        let fresh: Vec<&(ChangeHash, Vec<u8>)> = changes
            .iter()
            .filter(|(hash, _)| !self.holds(hash))
            .collect();
        if fresh.is_empty() {
            return Ok(());
        }
        let bytes: Vec<u8> = fresh.iter().flat_map(|(_, chunk)| chunk.clone()).collect();
        let mut file = self.open_for_appending()?;
        let written = file.write_all(&bytes).and_then(|()| file.sync_data());
        if let Err(err) = written {
            let _ = file.set_len(self.len);
            return Err(err);
        }
        let mut at = self.len;
        for (hash, chunk) in fresh {
            self.add(*hash, at, chunk.len() as u64);
            at += chunk.len() as u64;
        }
        Ok(())
    }

    fn open_for_appending(&self) -> io::Result<fs::File> {
        let open = || {
            OpenOptions::new()
                .create(true)
                .append(true)
                .open(&self.path)
        };
        match open() {
            Err(err) if err.kind() == ErrorKind::NotFound => {
                fs::create_dir_all(self.path.parent().expect("a log has a directory"))?;
                open()
            }
            opened => opened,
        }
    }

    /// Every change still needed, with its bytes.
    pub fn needed_changes(&self) -> io::Result<Vec<(ChangeHash, Vec<u8>)>> {
        if self.needed == 0 {
            return Ok(Vec::new());
        }
        let bytes = fs::read(&self.path)?;
        self.records
            .iter()
            .filter(|(_, record)| record.needed)
            .map(|(hash, record)| {
                let range = record.at as usize..(record.at + record.len) as usize;
                let chunk = bytes.get(range).ok_or_else(|| {
                    io::Error::new(
                        ErrorKind::UnexpectedEof,
                        format!("{} is shorter than its records", self.path.display()),
                    )
                })?;
                Ok((*hash, chunk.to_vec()))
            })
            .collect()
    }

    /// `hash` is stored elsewhere now: its record is no longer needed.
    pub fn stored_elsewhere(&mut self, hash: &ChangeHash) -> io::Result<()> {
        if !self.drop_record(hash) {
            return Ok(());
        }
        if self.needed == 0 {
            // Emptied rather than removed: the document's next change would
            // create the file again, and creating a file is the dear part
            // (ext4 searches for an inode away from those freed lately),
            // paid by every small document at each compaction.
            match fs::OpenOptions::new().write(true).open(&self.path) {
                Ok(file) => file.set_len(0)?,
                Err(err) if err.kind() == ErrorKind::NotFound => {}
                Err(err) => return Err(err),
            }
            *self = Self::empty(self.path.clone());
        } else if rewrite_due(self.len, self.needed_bytes) {
            self.rewrite()?;
        }
        Ok(())
    }

    /// [`Self::stored_elsewhere`] when that touches no file: `hash` is
    /// needed, but not the last record needed, and a log without it is not
    /// due to be rewritten. Whether it did. Only memory changes (a restarted
    /// relay reads every record left in the file as needed anyway).
    pub fn stored_elsewhere_in_memory(&mut self, hash: &ChangeHash) -> bool {
        let Some(record) = self.records.get(hash).filter(|record| record.needed) else {
            return false;
        };
        let touches_file =
            self.needed == 1 || rewrite_due(self.len, self.needed_bytes - record.len);
        !touches_file && self.drop_record(hash)
    }

    /// Marks the record of `hash` no longer needed; whether it was.
    fn drop_record(&mut self, hash: &ChangeHash) -> bool {
        let Some(record) = self.records.get_mut(hash).filter(|record| record.needed) else {
            return false;
        };
        record.needed = false;
        self.needed -= 1;
        self.needed_bytes -= record.len;
        true
    }

    /// Writes the log again with only the records still needed.
    fn rewrite(&mut self) -> io::Result<()> {
        let needed = self.needed_changes()?;
        let mut rewritten = Self::empty(self.path.clone());
        let mut bytes = Vec::with_capacity(self.needed_bytes as usize);
        for (hash, chunk) in needed {
            rewritten.add(hash, bytes.len() as u64, chunk.len() as u64);
            bytes.extend(chunk);
        }
        write_atomically(&self.path, &bytes)?;
        *self = rewritten;
        Ok(())
    }
}

/// Whether a log of `len` bytes, of which `needed_bytes` are still needed,
/// is to be rewritten with only those.
fn rewrite_due(len: u64, needed_bytes: u64) -> bool {
    let unneeded = len - needed_bytes;
    unneeded > REWRITE_FROM_BYTES && unneeded > needed_bytes
}

/// Why the bytes at some point of a log are not a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unreadable {
    /// A record whose end is missing: an append cut short.
    CutShort,
    /// Something that is not a change, or one whose checksum is wrong.
    Damaged,
}

/// The change at the start of `bytes`, and how many bytes it takes: an
/// Automerge chunk is its magic bytes, a checksum (the first four bytes of
/// its hash), its type, and its length as LEB128.
fn parse_change(bytes: &[u8]) -> Result<(ChangeHash, usize), Unreadable> {
    const FIXED_HEADER: usize = 4 + 4 + 1;
    let magic_seen = bytes.len().min(CHUNK_MAGIC.len());
    if bytes[..magic_seen] != CHUNK_MAGIC[..magic_seen] {
        return Err(Unreadable::Damaged);
    }
    if bytes.len() < FIXED_HEADER {
        return Err(Unreadable::CutShort);
    }
    let mut rest = &bytes[FIXED_HEADER..];
    let length = match leb128::read::unsigned(&mut rest) {
        Ok(length) => length,
        Err(leb128::read::Error::IoError(_)) => return Err(Unreadable::CutShort),
        Err(leb128::read::Error::Overflow) => return Err(Unreadable::Damaged),
    };
    let header = bytes.len() - rest.len();
    let total = usize::try_from(length)
        .ok()
        .and_then(|length| length.checked_add(header))
        .ok_or(Unreadable::Damaged)?;
    if bytes.len() < total {
        return Err(Unreadable::CutShort);
    }
    let change = automerge::Change::try_from(&bytes[..total]).map_err(|_| Unreadable::Damaged)?;
    let hash = change.hash();
    if hash.0[..4] != bytes[4..8] {
        return Err(Unreadable::Damaged);
    }
    Ok((hash, total))
}

#[cfg(test)]
mod tests;
