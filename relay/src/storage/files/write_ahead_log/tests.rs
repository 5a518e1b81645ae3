use automerge::transaction::Transactable;
use automerge::{Automerge, ReadDoc, ROOT};
use sha2::{Digest, Sha256};

use super::*;

/// `count` changes of one document, one key each, with their hashes. Each
/// value is a few hundred bytes that do not compress, as a record's notes.
fn changes(count: usize) -> Vec<(ChangeHash, Vec<u8>)> {
    let mut doc = Automerge::new();
    for n in 0..count {
        let value: String = (0..8)
            .map(|part| crate::storage::hex(&Sha256::digest(format!("{n}/{part}"))))
            .collect();
        let mut tx = doc.transaction();
        tx.put(ROOT, format!("key {n}"), value).unwrap();
        tx.commit();
    }
    doc.get_changes(&[])
        .into_iter()
        .map(|change| (change.hash(), change.raw_bytes().to_vec()))
        .collect()
}

/// A log in a directory of its own, and the changes made for it.
struct Fixture {
    dir: tempfile::TempDir,
    logs: WriteAheadLogs,
    changes: Vec<(ChangeHash, Vec<u8>)>,
}

impl Fixture {
    /// `count` changes, the first `appended` of them in the log.
    fn new(count: usize, appended: usize) -> Self {
        let fixture = Self {
            dir: tempfile::tempdir().unwrap(),
            logs: WriteAheadLogs::default(),
            changes: changes(count),
        };
        fixture.append(0..appended);
        fixture
    }

    fn with<R>(&self, act: impl FnOnce(&mut DocumentLog) -> io::Result<R>) -> R {
        self.logs.with(self.dir.path(), act).unwrap()
    }

    fn append(&self, which: std::ops::Range<usize>) {
        self.with(|log| log.append(&self.changes[which]));
    }

    fn stored_elsewhere(&self, which: std::ops::Range<usize>) {
        for (hash, _) in &self.changes[which] {
            self.with(|log| log.stored_elsewhere(hash));
        }
    }

    /// The changes the log still needs.
    fn needed(&self) -> Vec<ChangeHash> {
        sorted(&self.with(|log| log.needed_changes()))
    }

    /// The changes a log opened afresh holds, as a restarted relay opens it.
    fn reopened(&self) -> Vec<ChangeHash> {
        sorted(
            &WriteAheadLogs::default()
                .with(self.dir.path(), |log| log.needed_changes())
                .unwrap(),
        )
    }

    fn hashes(&self, which: std::ops::Range<usize>) -> Vec<ChangeHash> {
        sorted(&self.changes[which])
    }

    fn path(&self) -> PathBuf {
        self.dir.path().join(FILE_NAME)
    }

    fn file_len(&self) -> u64 {
        fs::metadata(self.path()).unwrap().len()
    }
}

fn sorted(changes: &[(ChangeHash, Vec<u8>)]) -> Vec<ChangeHash> {
    let mut hashes: Vec<ChangeHash> = changes.iter().map(|(hash, _)| *hash).collect();
    hashes.sort();
    hashes
}

#[test]
fn appended_changes_are_there_after_a_restart_and_the_file_loads_as_automerge() {
    let log = Fixture::new(5, 3);
    log.append(3..5);
    let last = log.changes[4].0;
    assert!(log.with(|log| Ok(log.holds(&last))));
    assert_eq!(log.reopened(), log.hashes(0..5));

    let mut doc = Automerge::new();
    doc.load_incremental(&fs::read(log.path()).unwrap())
        .unwrap();
    assert_eq!(doc.keys(ROOT).count(), 5);
}

#[test]
fn a_change_held_already_is_not_appended_again() {
    let log = Fixture::new(2, 2);
    let len = log.file_len();
    log.append(0..2);
    assert_eq!(log.file_len(), len);
}

#[test]
fn a_record_cut_short_by_a_kill_is_cut_off_and_the_next_append_is_read_back() {
    let killed = Fixture::new(3, 2);
    // The relay was killed while appending the third change.
    let mut file = OpenOptions::new().append(true).open(killed.path()).unwrap();
    file.write_all(&killed.changes[2].1[..40]).unwrap();
    drop(file);

    let restarted = Fixture {
        logs: WriteAheadLogs::default(),
        ..killed
    };
    restarted.append(2..3);
    assert_eq!(restarted.reopened(), restarted.hashes(0..3));
}

#[test]
fn a_damaged_record_is_kept_aside_and_the_records_before_it_are_kept() {
    let log = Fixture::new(3, 3);
    let mut bytes = fs::read(log.path()).unwrap();
    let second = log.changes[0].1.len();
    bytes[second + 5] ^= 0xff;
    fs::write(log.path(), &bytes).unwrap();

    assert_eq!(log.reopened(), log.hashes(0..1));
    let aside: Vec<Vec<u8>> = fs::read_dir(log.dir.path())
        .unwrap()
        .map(|entry| entry.unwrap())
        .filter(|entry| entry.file_name().to_string_lossy().contains("damaged"))
        .map(|entry| fs::read(entry.path()).unwrap())
        .collect();
    assert_eq!(aside, [bytes], "the damaged log is kept whole beside it");
}

#[test]
fn something_that_is_no_change_at_all_is_damage_not_a_log() {
    assert_eq!(parse_change(b"not a change"), Err(Unreadable::Damaged));
    assert_eq!(parse_change(&CHUNK_MAGIC[..3]), Err(Unreadable::CutShort));
    let mut huge = CHUNK_MAGIC.to_vec();
    huge.extend([0; 5]);
    huge.extend([0xff; 9]);
    huge.push(0x7f);
    assert_eq!(parse_change(&huge), Err(Unreadable::Damaged));
}

#[test]
fn the_log_is_emptied_once_every_change_is_stored_elsewhere() {
    let log = Fixture::new(3, 3);
    log.stored_elsewhere(0..2);
    assert_eq!(log.needed(), log.hashes(2..3));
    log.stored_elsewhere(2..3);
    assert_eq!(log.file_len(), 0);
    assert!(log.reopened().is_empty());

    log.append(0..1);
    assert_eq!(log.reopened(), log.hashes(0..1));
}

#[test]
fn a_log_mostly_stored_elsewhere_is_rewritten_with_the_rest() {
    let log = Fixture::new(400, 400);
    let full = log.file_len();
    assert!(full > 2 * REWRITE_FROM_BYTES, "the test needs a larger log");
    // One change is never stored elsewhere (a change samod already had,
    // sent again): the file cannot simply go.
    log.stored_elsewhere(1..400);
    let len = log.file_len();
    assert!(
        len <= 2 * REWRITE_FROM_BYTES,
        "{len} of {full} bytes kept for one change"
    );
    // A restarted relay reads every record left in the file as needed
    // (samod compacts them again): the one still needed is among them.
    assert!(log.reopened().contains(&log.changes[0].0));
    assert_eq!(log.needed(), log.hashes(0..1));
    log.append(1..2);
    assert_eq!(log.needed(), log.hashes(0..2));
}

#[test]
fn a_held_change_is_known_without_waiting_only_while_the_log_is_free() {
    let fixture = Fixture::new(2, 1);
    let dir = fixture.dir.path();
    let (held, _) = &fixture.changes[0];
    let (not_held, _) = &fixture.changes[1];
    assert!(fixture.logs.surely_holds(dir, held));
    assert!(!fixture.logs.surely_holds(dir, not_held));
    assert!(!fixture.logs.surely_holds(&dir.join("another"), held));

    fixture.with(|_busy| {
        assert!(!fixture.logs.surely_holds(dir, held));
        Ok(())
    });

    fixture.stored_elsewhere(0..1);
    assert!(!fixture.logs.surely_holds(dir, held));
}

#[test]
fn a_change_is_stored_elsewhere_without_waiting_only_when_no_file_changes() {
    let fixture = Fixture::new(3, 3);
    let dir = fixture.dir.path();
    let hash = |n: usize| fixture.changes[n].0;
    let full = fixture.file_len();
    assert!(fixture.logs.surely_stored_elsewhere(dir, &hash(0)));
    assert!(!fixture.logs.surely_stored_elsewhere(dir, &hash(0)), "once");
    assert_eq!(fixture.needed(), fixture.hashes(1..3));
    assert_eq!(fixture.file_len(), full);
    fixture.with(|_busy| {
        assert!(!fixture.logs.surely_stored_elsewhere(dir, &hash(1)));
        Ok(())
    });
    assert!(fixture.logs.surely_stored_elsewhere(dir, &hash(1)));
    // The last one needed empties the file: that waits for a blocking thread.
    assert!(!fixture.logs.surely_stored_elsewhere(dir, &hash(2)));
    assert_eq!(fixture.needed(), fixture.hashes(2..3));
    fixture.stored_elsewhere(2..3);
    assert_eq!(fixture.file_len(), 0);
}

#[test]
fn a_rewrite_due_is_left_to_the_waiting_path() {
    let fixture = Fixture::new(400, 400);
    let full = fixture.file_len();
    let dir = fixture.dir.path();
    let mut waited = 0;
    for (hash, _) in &fixture.changes[1..400] {
        if !fixture.logs.surely_stored_elsewhere(dir, hash) {
            waited += 1;
            fixture.with(|log| log.stored_elsewhere(hash));
        }
    }
    assert!(waited > 0 && waited < 100, "{waited} of 399 waited");
    assert!(
        fixture.file_len() <= 2 * REWRITE_FROM_BYTES,
        "of {full} bytes"
    );
    assert_eq!(fixture.needed(), fixture.hashes(0..1));
}
