//! Several relays over one PostgreSQL database (`--storage postgres://…`):
//! devices connected to different relays converge, a relay killed outright
//! loses nothing it acknowledged, and an invite or a revocation taken by one
//! relay holds on every other. Each test starts a PostgreSQL
//! server of its own (Debian's `postgresql`, which `scripts/test` installs)
//! on a temporary directory and a loopback port.

use std::collections::BTreeSet;
use std::path::Path;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use automerge::{ReadDoc, ROOT};
use handover::doc::{ChangeHash, Collection, DocKind, Document, DocumentId};
use handover_bench::device::{
    self, invite, Credential, Device, PostgresProcess, Refused, RelayProcess, Stopped,
};
use handover_invite::{KeyPair, Revocation};
use handover_relay::relay_key::KEY_FILE;

const RELAY: &str = env!("CARGO_BIN_EXE_handover-relay");
/// How long a device may wait for what it expects: only a guard against
/// hanging for ever (the relay's pings would keep a waiting device busy), as
/// a debug relay on a busy two-core machine is slow.
const HANG_GUARD: Duration = Duration::from_secs(120);
/// How soon a revocation taken by one relay must end a connection on
/// another: it re-reads the revocations every second.
const REVOKED_WITHIN: Duration = Duration::from_secs(5);

/// Runs `device` until `done` holds, failing if that takes [`HANG_GUARD`].
async fn settle(device: &mut Device, what: &str, done: impl Fn(&Device) -> bool) {
    tokio::time::timeout(HANG_GUARD, device.run_until(done))
        .await
        .unwrap_or_else(|_| panic!("{what} within {HANG_GUARD:?}"))
        .unwrap();
}

/// A relay binary keeping documents in `database`, its key and invites in
/// `data` (relays serving one workspace together share both).
async fn relay_on(
    database: &PostgresProcess,
    data: &Path,
    key: &KeyPair,
    more: &[&str],
) -> RelayProcess {
    let storage = format!("--storage={}", database.url());
    let args: Vec<&str> = [storage.as_str()]
        .into_iter()
        .chain(more.iter().copied())
        .collect();
    RelayProcess::start_with_args(Path::new(RELAY), data, key.public(), 16, &args)
        .await
        .unwrap()
}

async fn device(relay: &RelayProcess, key: &KeyPair, member: &str, team: &DocumentId) -> Device {
    let credential = Credential::invited(key, member, &relay.key(), &[team]);
    let empty = vec![Document::create(team.clone(), DocKind::Team)];
    Device::connect(relay.addr(), &credential, member, empty)
        .await
        .unwrap()
}

/// Writes `count` clients named after `by`, syncing as it goes.
async fn write_clients(
    device: &mut Device,
    team: &DocumentId,
    by: &str,
    count: usize,
) -> Vec<String> {
    let mut ids = Vec::new();
    for n in 0..count {
        let now = 1_700_000_000_000 + n as i64 * 1_000;
        let name = format!("Client of {by} {n}");
        ids.push(device.add_client(team, by, &name, now).await.unwrap().id);
        device.drain().await.unwrap();
    }
    ids
}

fn client_ids(doc: &automerge::Automerge) -> BTreeSet<String> {
    match doc.get(ROOT, Collection::Clients.key()).unwrap() {
        Some((_, map)) => doc.keys(map).collect(),
        None => BTreeSet::new(),
    }
}

/// Everything `database` holds of `document`, loaded as samod loads it.
async fn stored(database: &PostgresProcess, document: &DocumentId) -> automerge::Automerge {
    let (client, connection) = tokio_postgres::connect(&database.url(), tokio_postgres::NoTls)
        .await
        .unwrap();
    tokio::spawn(connection);
    let rows = client
        .query(
            "SELECT data FROM handover_chunks WHERE key LIKE $1",
            &[&format!("{}/%", document.as_str())],
        )
        .await
        .unwrap();
    let mut doc = automerge::Automerge::new();
    for row in rows {
        doc.load_incremental(row.get::<_, &[u8]>(0)).unwrap();
    }
    doc
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn devices_on_two_relays_over_one_database_converge() {
    let Some(database) = PostgresProcess::start().unwrap() else {
        return;
    };
    let data = tempfile::tempdir().unwrap();
    let key = KeyPair::from_seed([21; 32]);
    let team = DocumentId::random();
    let first = relay_on(&database, data.path(), &key, &[]).await;
    let second = relay_on(&database, data.path(), &key, &[]).await;
    assert_eq!(first.key(), second.key(), "the relays share one key");
    let mut ceo = device(&first, &key, "ceo", &team).await;
    let mut assistant = device(&second, &key, "assistant", &team).await;
    assistant.synced(&team).await.unwrap();

    let mut written: BTreeSet<String> = write_clients(&mut ceo, &team, "ceo", 20)
        .await
        .into_iter()
        .collect();
    let ceo_heads = ceo.heads(&team);
    settle(
        &mut assistant,
        "the CEO's changes reach the other relay's device",
        |d| ceo_heads.iter().all(|h| d.has_change(&team, h)),
    )
    .await;
    written.extend(write_clients(&mut assistant, &team, "assistant", 20).await);
    let heads = assistant.heads(&team);
    settle(
        &mut ceo,
        "the assistant's changes reach the other relay's device",
        |d| d.heads(&team) == heads && d.is_synced(&team),
    )
    .await;
    settle(&mut assistant, "the assistant's relay acknowledges", |d| {
        d.is_synced(&team)
    })
    .await;
    assert_eq!(client_ids(ceo.doc(&team).automerge()), written);
    assert_eq!(client_ids(assistant.doc(&team).automerge()), written);
}

/// A device writes through one relay, on a disk so slow that samod has
/// written none of it, until that relay acknowledged every change; the
/// relay is then killed (SIGKILL). The database holds every acknowledged
/// change, and a new device on the other relay gets them all.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_relay_killed_loses_nothing_it_acknowledged() {
    let Some(database) = PostgresProcess::start().unwrap() else {
        return;
    };
    let data = tempfile::tempdir().unwrap();
    let key = KeyPair::from_seed([22; 32]);
    let team = DocumentId::random();
    let mut first = relay_on(&database, data.path(), &key, &["--slow-storage-ms=3000"]).await;
    let second = relay_on(&database, data.path(), &key, &[]).await;
    let mut ceo = device(&first, &key, "ceo", &team).await;
    let written: BTreeSet<String> = write_clients(&mut ceo, &team, "ceo", 40)
        .await
        .into_iter()
        .collect();
    let heads: Vec<ChangeHash> = ceo.heads(&team);
    settle(&mut ceo, "the relay acknowledges", |d| d.is_synced(&team)).await;
    drop(ceo);
    first.kill().await.unwrap();

    let kept = stored(&database, &team).await;
    assert!(
        kept.get_missing_deps(&heads).is_empty(),
        "the relay acknowledged changes it had not stored"
    );
    assert_eq!(client_ids(&kept), written);

    let mut fresh = device(&second, &key, "assistant", &team).await;
    settle(
        &mut fresh,
        "a new device on the other relay gets everything",
        |d| heads.iter().all(|h| d.has_change(&team, h)) && d.is_synced(&team),
    )
    .await;
    assert_eq!(client_ids(fresh.doc(&team).automerge()), written);
}

/// Relays that share a database but not a data directory (each has a copy
/// of the relay key, as the README says): an invite redeemed through one is
/// refused to another device through the other, and a revocation posted to
/// one ends the grant's connection on the other and is refused there from
/// then on, also after that relay restarts.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_invite_or_a_revocation_taken_by_one_relay_holds_on_the_other() {
    let Some(database) = PostgresProcess::start().unwrap() else {
        return;
    };
    let (first_data, second_data) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let key = KeyPair::from_seed([23; 32]);
    let team = DocumentId::random();
    let first = relay_on(&database, first_data.path(), &key, &[]).await;
    std::fs::copy(
        first_data.path().join(KEY_FILE),
        second_data.path().join(KEY_FILE),
    )
    .unwrap();
    let mut second = relay_on(&database, second_data.path(), &key, &[]).await;
    assert_eq!(first.key(), second.key(), "the relays share one key");
    let token = invite(&key, "laptop", "member", &first.key(), &[&team]);
    let (owner, thief) = (Credential::fresh(token.clone()), Credential::fresh(token));
    let docs = || vec![Document::create(team.clone(), DocKind::Team)];
    let denied = |code: &str| Some(Refused::Denied(403, code.into()));

    Device::connect(first.addr(), &owner, "tab", docs())
        .await
        .unwrap();
    assert_eq!(
        Device::connect(second.addr(), &thief, "tab", docs())
            .await
            .err(),
        denied("redeemed-elsewhere"),
        "the invite the first relay redeemed works on another device"
    );
    let mut owner_device = Device::connect(second.addr(), &owner, "tab", docs())
        .await
        .unwrap();

    let revocation = Revocation {
        grant: "laptop".into(),
        workspace: key.public().to_string(),
        revoked_at: SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap()
            .as_secs() as i64,
        issuer: None,
    }
    .sign(&key);
    device::revoke(first.addr(), &revocation).await.unwrap();
    owner_device.set_patience(REVOKED_WITHIN * 2);
    let ended = tokio::time::timeout(REVOKED_WITHIN, owner_device.run_until(|_| false)).await;
    assert_eq!(
        ended,
        Ok(Err(Stopped::Closed)),
        "the revoked device's connection to the other relay ended"
    );
    assert_eq!(
        owner_device.reconnect(second.addr(), &owner).await.err(),
        denied("revoked")
    );
    second.kill().await.unwrap();
    let second = relay_on(&database, second_data.path(), &key, &[]).await;
    assert_eq!(
        owner_device.reconnect(second.addr(), &owner).await.err(),
        denied("revoked"),
        "the other relay forgot the revocation when it restarted"
    );
}
