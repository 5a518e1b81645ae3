//! Faults between devices and the relay binary, with nothing lost: the relay
//! killed outright (SIGKILL) in the middle of a sync and started again on the
//! same data and port (documents in the data directory, and in PostgreSQL),
//! and two devices that wrote a thousand records each while offline meeting
//! through the relay. Every trial is seeded; nothing here depends on how
//! fast the machine is.

use std::collections::BTreeSet;
use std::path::Path;
use std::time::Duration;

use automerge::{ReadDoc, ROOT};
use handover::doc::{ChangeHash, Collection, DocKind, Document, DocumentId};
use handover_bench::device::{invite, Credential, Device, PostgresProcess, RelayProcess, Stopped};
use handover_invite::KeyPair;
use proptest::prelude::RngExt;
use proptest::test_runner::{RngAlgorithm, TestRng};

const RELAY: &str = env!("CARGO_BIN_EXE_handover-relay");
/// How long a device may hear nothing before the test gives up: only a guard
/// against hanging forever. A debug relay on a busy two-core machine can
/// spend tens of seconds on one sync message of a thousand changes.
const HANG_GUARD: Duration = Duration::from_secs(180);

/// A device that waits up to [`HANG_GUARD`] for each frame.
fn patient(mut device: Device) -> Device {
    device.set_patience(HANG_GUARD);
    device
}

fn seeded(seed: u64) -> TestRng {
    let mut bytes = [0; 32];
    bytes[..8].copy_from_slice(&seed.to_le_bytes());
    TestRng::from_seed(RngAlgorithm::ChaCha, &bytes)
}

/// The ids of every client and task in `document` on `device`. Read as map
/// keys: hydrating thousands of records in a debug build costs seconds, and
/// a record that arrived is a key that is there.
fn record_ids(device: &Device, document: &DocumentId) -> BTreeSet<String> {
    let doc = device.doc(document).automerge();
    [Collection::Clients, Collection::Tasks]
        .into_iter()
        .flat_map(
            |collection| match doc.get(ROOT, collection.key()).unwrap() {
                Some((_, map)) => doc.keys(map).collect::<Vec<_>>(),
                None => Vec::new(),
            },
        )
        .collect()
}

/// Writes record `n` as member `by`: a client or a task, as `rng` picks.
async fn write_record(
    device: &mut Device,
    team: &DocumentId,
    by: &str,
    n: usize,
    rng: &mut TestRng,
) -> String {
    let now = 1_700_000_000_000 + n as i64 * 1_000;
    if rng.random_bool(0.3) {
        let name = format!("Client {by} {n}");
        device.add_client(team, by, &name, now).await.unwrap().id
    } else {
        let title = format!("Task {by} {n}");
        device.add_task(team, by, &title, now).await.unwrap().id
    }
}

/// Runs both devices until each holds `heads`, the merge of everything, and
/// the relay has acknowledged it: a device that already holds everything
/// still has to hand it over.
async fn converge(a: &mut Device, b: &mut Device, team: &DocumentId, heads: &[ChangeHash]) {
    let done = |d: &Device| d.heads(team) == heads && d.is_synced(team);
    let (ran_a, ran_b) = tokio::join!(a.run_until(done), b.run_until(done));
    ran_a.unwrap();
    ran_b.unwrap();
}

/// The heads of `a`'s and `b`'s copies of `team` merged.
fn merged_heads(a: &Device, b: &Device, team: &DocumentId) -> Vec<ChangeHash> {
    let mut merged = a.doc(team).automerge().clone();
    merged.merge(&mut b.doc(team).automerge().clone()).unwrap();
    merged.get_heads()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nothing_is_lost_when_the_relay_is_killed_mid_sync() {
    for trial in 0..10 {
        relay_killed_mid_sync(trial, &[]).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nothing_is_lost_when_a_relay_on_postgres_is_killed_mid_sync() {
    let Some(database) = PostgresProcess::start().unwrap() else {
        return;
    };
    for trial in 0..5 {
        relay_killed_mid_sync(trial, &[&database.relay_flag()]).await;
    }
}

/// The CEO's device writes a few hundred records, one change each, while the
/// assistant's device receives them through the relay. After a seeded number
/// of records the relay is killed; the CEO goes on writing offline, the relay
/// starts again on the same data and port, both reconnect and must end with
/// the same heads and every record. `flags` go to the relay.
async fn relay_killed_mid_sync(trial: u64, flags: &[&str]) {
    let mut rng = seeded(trial);
    let records = rng.random_range(150..300);
    let kill_after = rng.random_range(1..records);
    let dir = tempfile::tempdir().unwrap();
    let key = KeyPair::from_seed([3; 32]);
    let team = DocumentId::random();
    let mut relay =
        RelayProcess::start_with_args(Path::new(RELAY), dir.path(), key.public(), 16, flags)
            .await
            .unwrap();
    // Invites of their own: a shared database keeps the trials' redeemed
    // invites.
    let invited = |member: &str| {
        let id = format!("{member}-{trial}");
        Credential::fresh(invite(&key, &id, member, &relay.key(), &[&team]))
    };
    let (ceo_credential, assistant_credential) = (invited("ceo"), invited("assistant"));
    let empty = || vec![Document::create(team.clone(), DocKind::Team)];
    let mut ceo = patient(
        Device::connect(relay.addr(), &ceo_credential, "laptop", empty())
            .await
            .unwrap(),
    );
    let mut assistant = patient(
        Device::connect(relay.addr(), &assistant_credential, "tab", empty())
            .await
            .unwrap(),
    );

    // The assistant follows until the relay dies under it.
    let follower = tokio::spawn(async move {
        assert_eq!(
            assistant.run_until(|_| false).await,
            Err(Stopped::Closed),
            "trial {trial}"
        );
        assistant
    });
    let mut written = BTreeSet::new();
    for n in 0..records {
        written.insert(write_record(&mut ceo, &team, "ceo", n, &mut rng).await);
        if n + 1 == kill_after {
            relay.kill().await.unwrap();
        }
        // The sync goes on while the CEO writes (offline after the kill).
        if ceo.is_connected() {
            ceo.drain().await.ok();
        }
        tokio::task::yield_now().await;
    }
    let mut assistant = follower.await.unwrap();

    relay.restart().await.unwrap();
    ceo.reconnect(relay.addr(), &ceo_credential).await.unwrap();
    assistant
        .reconnect(relay.addr(), &assistant_credential)
        .await
        .unwrap();
    let heads = merged_heads(&ceo, &assistant, &team);
    assert_eq!(heads, ceo.heads(&team), "the CEO wrote everything");
    converge(&mut ceo, &mut assistant, &team, &heads).await;
    assert_eq!(record_ids(&ceo, &team), written, "trial {trial}");
    assert_eq!(record_ids(&assistant, &team), written, "trial {trial}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_devices_offline_with_a_thousand_edits_each_converge() {
    let mut rng = seeded(7);
    let dir = tempfile::tempdir().unwrap();
    let key = KeyPair::from_seed([4; 32]);
    let team = DocumentId::random();
    let empty = || vec![Document::create(team.clone(), DocKind::Team)];
    let mut ceo = patient(Device::new("laptop", empty()));
    let mut assistant = patient(Device::new("tab", empty()));
    let mut written = BTreeSet::new();
    for n in 0..1_000 {
        written.insert(write_record(&mut ceo, &team, "ceo", n, &mut rng).await);
        written.insert(write_record(&mut assistant, &team, "assistant", n, &mut rng).await);
    }
    assert_eq!(written.len(), 2_000);
    let heads = merged_heads(&ceo, &assistant, &team);

    let relay = RelayProcess::start(Path::new(RELAY), dir.path(), key.public(), 16)
        .await
        .unwrap();
    let ceo_token = invite(&key, "ceo", "ceo", &relay.key(), &[&team]);
    ceo.reconnect(relay.addr(), &Credential::fresh(ceo_token))
        .await
        .unwrap();
    let assistant_token = invite(&key, "assistant", "assistant", &relay.key(), &[&team]);
    assistant
        .reconnect(relay.addr(), &Credential::fresh(assistant_token))
        .await
        .unwrap();
    converge(&mut ceo, &mut assistant, &team, &heads).await;
    assert_eq!(record_ids(&ceo, &team), written);
    assert_eq!(record_ids(&assistant, &team), written);
}

/// Every chunk of `document` in the relay's data directory `data` (a
/// temporary file left by a kill is none), loaded with Automerge as samod
/// loads them. A relay still running may compact meanwhile: a file listed
/// can be gone by the time it is read, folded into a snapshot written
/// before it went, so the directory is then read again from the start.
fn load_from_disk(data: &Path, document: &DocumentId) -> automerge::Automerge {
    for _ in 0..50 {
        if let Some(doc) = try_load_from_disk(data, document) {
            return doc;
        }
    }
    panic!("the relay's files kept vanishing while they were read");
}

/// [`load_from_disk`] once; `None` when a file listed was gone.
fn try_load_from_disk(data: &Path, document: &DocumentId) -> Option<automerge::Automerge> {
    let mut doc = automerge::Automerge::new();
    for path in files_of(data, document) {
        if path.file_name().unwrap().to_string_lossy().starts_with('.') {
            continue;
        }
        match std::fs::read(&path) {
            Ok(bytes) => _ = doc.load_incremental(&bytes).unwrap(),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => return None,
            Err(err) => panic!("reading {}: {err}", path.display()),
        }
    }
    Some(doc)
}

/// A device writes records one change at a time and waits until the relay
/// has acknowledged every one (the relay's sync state names its heads);
/// then the device is gone and the relay is killed (SIGKILL), on a disk so
/// slow that samod has written none of it yet. Every acknowledged change is
/// in the relay's own data directory, and a relay started on it with no
/// device re-uploading serves them to a new, empty device.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn changes_the_relay_acknowledged_survive_a_kill() {
    let mut rng = seeded(11);
    let dir = tempfile::tempdir().unwrap();
    let key = KeyPair::from_seed([6; 32]);
    let team = DocumentId::random();
    let mut relay = RelayProcess::start_with_args(
        Path::new(RELAY),
        dir.path(),
        key.public(),
        16,
        &["--slow-storage-ms=3000"],
    )
    .await
    .unwrap();
    let ceo_credential = Credential::invited(&key, "ceo", &relay.key(), &[&team]);
    let empty = || vec![Document::create(team.clone(), DocKind::Team)];
    let mut ceo = patient(
        Device::connect(relay.addr(), &ceo_credential, "laptop", empty())
            .await
            .unwrap(),
    );
    let mut written = BTreeSet::new();
    for n in 0..40 {
        written.insert(write_record(&mut ceo, &team, "ceo", n, &mut rng).await);
        ceo.drain().await.unwrap();
    }
    let heads = ceo.heads(&team);
    ceo.run_until(|d| d.is_synced(&team)).await.unwrap();
    assert_eq!(ceo.heads(&team), heads);
    drop(ceo);
    relay.kill().await.unwrap();

    let stored = load_from_disk(dir.path(), &team);
    assert!(
        stored.get_missing_deps(&heads).is_empty(),
        "the relay acknowledged changes it had not stored"
    );
    let records: BTreeSet<String> = [Collection::Clients, Collection::Tasks]
        .into_iter()
        .flat_map(
            |collection| match stored.get(ROOT, collection.key()).unwrap() {
                Some((_, map)) => stored.keys(map).collect::<Vec<_>>(),
                None => Vec::new(),
            },
        )
        .collect();
    assert_eq!(records, written);

    relay.restart().await.unwrap();
    let assistant = Credential::invited(&key, "assistant", &relay.key(), &[&team]);
    let mut fresh = patient(
        Device::connect(relay.addr(), &assistant, "tab", empty())
            .await
            .unwrap(),
    );
    fresh
        .run_until(|d| heads.iter().all(|h| d.has_change(&team, h)) && d.is_synced(&team))
        .await
        .unwrap();
    assert_eq!(fresh.heads(&team), heads);
    assert_eq!(record_ids(&fresh, &team), written);
}

/// Every file of `document` in the relay's data directory `data`.
fn files_of(data: &Path, document: &DocumentId) -> Vec<std::path::PathBuf> {
    let id: samod::DocumentId = document.as_str().parse().unwrap();
    let mut files = Vec::new();
    let mut pending = vec![handover_relay::storage::document_dir(data, &id)];
    while let Some(path) = pending.pop() {
        for entry in std::fs::read_dir(&path).into_iter().flatten() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files
}

/// The write-ahead keeps each change where samod keeps it, so samod's
/// compactions fold the write-ahead in as the relay runs: a document of a
/// hundred changes is a snapshot and a few changes on disk, not a file for
/// every change ever made.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_write_ahead_is_compacted_as_the_relay_runs() {
    let mut rng = seeded(13);
    let dir = tempfile::tempdir().unwrap();
    let key = KeyPair::from_seed([8; 32]);
    let team = DocumentId::random();
    let relay = RelayProcess::start(Path::new(RELAY), dir.path(), key.public(), 16)
        .await
        .unwrap();
    let credential = Credential::invited(&key, "ceo", &relay.key(), &[&team]);
    let empty = vec![Document::create(team.clone(), DocKind::Team)];
    let mut ceo = patient(
        Device::connect(relay.addr(), &credential, "laptop", empty)
            .await
            .unwrap(),
    );
    for n in 0..100 {
        write_record(&mut ceo, &team, "ceo", n, &mut rng).await;
        ceo.run_until(|d| d.is_synced(&team)).await.unwrap();
    }
    let mut files = files_of(dir.path(), &team);
    for _ in 0..100 {
        if files.len() <= 20 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
        files = files_of(dir.path(), &team);
    }
    assert!(files.len() <= 20, "{} files: {files:#?}", files.len());
    let stored = load_from_disk(dir.path(), &team);
    assert!(stored.get_missing_deps(&ceo.heads(&team)).is_empty());
}
