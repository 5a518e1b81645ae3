//! Malformed input at the relay binary, from a device with a valid grant:
//! seeded random bytes, text frames, CBOR of the wrong shape, a frame over
//! the size limit, a second `join`, a request for a document the invite does
//! not name, a damaged sync message. The relay closes the connection that
//! sent garbage (or, for a request it may not serve, says the document is
//! unavailable), and nothing else notices: a device syncing at the same time
//! keeps syncing, and a new device connects and syncs afterwards. The
//! relay is tried with documents in its data directory and in PostgreSQL.

use std::path::Path;
use std::time::Duration;

use automerge::sync::{State, SyncDoc};
use automerge::{ChangeHash, ReadDoc};
use futures::{SinkExt, StreamExt};
use handover::doc::{DocKind, Document, DocumentId};
use handover::domain::clients::Client;
use handover::sync::protocol::Message;
use handover_bench::device::{self, invite, Credential, Device, PostgresProcess, RelayProcess};
use handover_invite::KeyPair;
use proptest::prelude::RngExt;
use proptest::test_runner::{RngAlgorithm, TestRng};
use tokio_tungstenite::tungstenite::Message as Frame;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

const RELAY: &str = env!("CARGO_BIN_EXE_handover-relay");

/// The relay binary's default `--max-frame-bytes`.
const MAX_FRAME_BYTES: usize = 32 * 1024 * 1024;

/// How long the relay may take to answer; it answers in milliseconds.
const WAIT: Duration = Duration::from_secs(10);

/// The intruder's device key: the relay names its peer after it.
const INTRUDER_SEED: [u8; 32] = [66; 32];

/// The peer the bad connections are, as the relay names them.
fn intruder_peer() -> String {
    format!("device-{}/tab", KeyPair::from_seed(INTRUDER_SEED).public())
}

type Socket = WebSocketStream<MaybeTlsStream<tokio::net::TcpStream>>;

/// A connection admitted with `credential`, speaking raw frames.
async fn raw_connection(addr: std::net::SocketAddr, credential: &Credential) -> Socket {
    let ticket = device::ticket(addr, credential, "tab").await.unwrap();
    assert_eq!(ticket.peer_id, intruder_peer());
    device::open_socket(addr, &ticket.ticket).await.unwrap()
}

fn join() -> Frame {
    Frame::Binary(join_message().into())
}

fn join_message() -> Vec<u8> {
    Message::Join {
        sender_id: intruder_peer(),
        peer_metadata: None,
        supported_protocol_versions: vec!["1".into()],
    }
    .encode()
}

/// A well-formed request for `document` from a device that has nothing of it.
fn request(document: &str) -> Vec<u8> {
    let data = automerge::Automerge::new()
        .generate_sync_message(&mut State::new())
        .expect("an empty document still asks")
        .encode();
    Message::Request {
        sender_id: intruder_peer(),
        target_id: "handover-relay".into(),
        document_id: document.into(),
        data,
    }
    .encode()
}

/// `{"type": <kind>}` and nothing else, in CBOR.
fn bare_message(kind: &str) -> Vec<u8> {
    let text = |s: &str| [&[0x60 + s.len() as u8][..], s.as_bytes()].concat();
    [&[0xa1][..], &text("type"), &text(kind)].concat()
}

/// A sync message for `document` whose Bloom filter claims an entry but
/// has no bits: Automerge 0.12 divides by zero checking a change against it
/// (found by the sync_frame fuzz target). Sent as a `request` when
/// `as_request`, as a `sync` otherwise: both carry a sync message to samod.
fn bitless_bloom(document: &DocumentId, as_request: bool) -> Vec<u8> {
    // Type, no heads, no needs, one `have` with no last sync and the
    // filter (1 entry, 0 bits per entry, 7 probes), no changes.
    let data = vec![0x42, 0x00, 0x00, 0x01, 0x00, 0x03, 0x01, 0x00, 0x07, 0x00];
    Message::sync_or_request(
        as_request,
        intruder_peer(),
        "handover-relay".into(),
        document.to_string(),
        data,
    )
    .encode()
}

/// Garbage that must get its connection closed, by name, sent after the
/// frames named in the case (nothing, or a valid `join`).
fn garbage(rng: &mut TestRng) -> Vec<(String, Vec<Frame>)> {
    let mut cases: Vec<(String, Frame)> = vec![
        ("a text frame".into(), Frame::Text("hello".into())),
        ("a CBOR integer".into(), Frame::Binary(vec![0x07].into())),
        (
            "a CBOR map without a type".into(),
            Frame::Binary(vec![0xa1, 0x61, b'a', 0x01].into()),
        ),
        (
            "a sync message without its fields".into(),
            Frame::Binary(bare_message("sync").into()),
        ),
        (
            "a message of an unknown type".into(),
            Frame::Binary(bare_message("zzz").into()),
        ),
        (
            "a sync message for a document id that is none".into(),
            Frame::Binary(request("not-a-document").into()),
        ),
        (
            "a frame over the size limit".into(),
            Frame::Binary(vec![0u8; MAX_FRAME_BYTES + 1].into()),
        ),
    ];
    for n in 0..12 {
        let len = rng.random_range(1..2048);
        let bytes: Vec<u8> = (0..len).map(|_| rng.random()).collect();
        cases.push((format!("random bytes #{n}"), Frame::Binary(bytes.into())));
    }
    let mut sent = Vec::new();
    for (name, frame) in cases {
        sent.push((format!("{name} before join"), vec![frame.clone()]));
        sent.push((format!("{name} after join"), vec![join(), frame]));
    }
    sent.push(("a second join".into(), vec![join(), join()]));
    sent
}

/// Reads until the relay closes `socket`; the messages it sent before.
async fn until_closed(socket: &mut Socket, case: &str) -> Vec<Message> {
    let mut messages = Vec::new();
    loop {
        match tokio::time::timeout(WAIT, socket.next()).await {
            Err(_) => panic!("{case}: the relay kept the connection open"),
            Ok(Some(Ok(Frame::Binary(bytes)))) => messages.push(
                Message::decode(&bytes).unwrap_or_else(|e| panic!("{case}: the relay sent {e}")),
            ),
            Ok(Some(Ok(_))) => {}
            Ok(Some(Err(_)) | None) => return messages,
        }
    }
}

/// Reads until a message `wanted` picks arrives.
async fn until_message<T>(socket: &mut Socket, wanted: impl Fn(Message) -> Option<T>) -> T {
    loop {
        let frame = tokio::time::timeout(WAIT, socket.next())
            .await
            .expect("the relay answers")
            .expect("the connection stays open")
            .expect("the connection stays open");
        if let Frame::Binary(bytes) = frame {
            if let Some(found) = wanted(Message::decode(&bytes).unwrap()) {
                return found;
            }
        }
    }
}

fn client_names(device: &Device, team: &DocumentId) -> Vec<String> {
    let clients = device.doc(team).all::<Client>().unwrap();
    clients.records.into_iter().map(|(_, c)| c.name).collect()
}

/// The writer adds a client; both devices wait until the reader has it and
/// the relay has acknowledged it.
async fn still_syncs(writer: &mut Device, reader: &mut Device, team: &DocumentId, n: usize) {
    let name = format!("Client {n}");
    writer
        .add_client(team, "ceo", &name, n as i64)
        .await
        .unwrap();
    let heads = writer.heads(team);
    let (wrote, read) = tokio::join!(
        writer.run_until(|d| d.is_synced(team)),
        reader.run_until(|d| d.heads(team) == heads && d.is_synced(team)),
    );
    wrote.unwrap();
    read.unwrap();
    assert!(client_names(reader, team).contains(&name));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn garbage_closes_only_the_connection_that_sent_it() {
    garbage_closes_only_the_connection_that_sent_it_with(&[]).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn garbage_closes_only_the_connection_that_sent_it_on_postgres() {
    let Some(database) = PostgresProcess::start().unwrap() else {
        return;
    };
    garbage_closes_only_the_connection_that_sent_it_with(&[&database.relay_flag()]).await;
}

/// `flags` go to the relay.
async fn garbage_closes_only_the_connection_that_sent_it_with(flags: &[&str]) {
    let dir = tempfile::tempdir().unwrap();
    let key = KeyPair::from_seed([5; 32]);
    let team = DocumentId::random();
    let leadership = DocumentId::random();
    let relay =
        RelayProcess::start_with_args(Path::new(RELAY), dir.path(), key.public(), 64, flags)
            .await
            .unwrap();
    let addr = relay.addr();
    let empty = |id: &DocumentId| Document::create(id.clone(), DocKind::Team);
    let ceo = Credential::invited(&key, "ceo", &relay.key(), &[&team]);
    let assistant = Credential::invited(&key, "assistant", &relay.key(), &[&team]);
    let intruder = Credential::new(
        KeyPair::from_seed(INTRUDER_SEED),
        invite(&key, "intruder", "intruder", &relay.key(), &[&team]),
    );
    let ceo_credential = ceo;
    let mut ceo = Device::connect(addr, &ceo_credential, "laptop", vec![empty(&team)])
        .await
        .unwrap();
    let mut assistant = Device::connect(addr, &assistant, "tab", vec![empty(&team)])
        .await
        .unwrap();
    still_syncs(&mut ceo, &mut assistant, &team, 0).await;

    let mut rng = TestRng::from_seed(RngAlgorithm::ChaCha, &[6; 32]);
    for (n, (case, frames)) in garbage(&mut rng).into_iter().enumerate() {
        let mut socket = raw_connection(addr, &intruder).await;
        for frame in frames {
            // The relay may close the connection before the last frame is
            // fully sent (a frame over the limit); what it answers counts.
            let _ = socket.send(frame).await;
        }
        // Before closing, the relay may have answered the join and offered
        // the document the invite names; nothing else.
        let answered = until_closed(&mut socket, &case).await;
        assert!(
            answered.iter().all(|m| match m {
                Message::Peer { .. } | Message::Error { .. } => true,
                Message::Sync { document_id, .. } => *document_id == team.to_string(),
                _ => false,
            }),
            "{case}: {answered:?}"
        );
        still_syncs(&mut ceo, &mut assistant, &team, n + 1).await;
    }

    // A damaged sync message for the document the invite names is dropped,
    // and the connection goes on: a request for a document the invite does
    // not name is then answered as unavailable, with none of its data.
    let damaged = Message::Sync {
        sender_id: intruder_peer(),
        target_id: "handover-relay".into(),
        document_id: team.to_string(),
        data: vec![0x42, 0xff, 0x00],
    };
    let mut socket = raw_connection(addr, &intruder).await;
    for frame in [
        join_message(),
        damaged.encode(),
        request(leadership.as_str()),
    ] {
        socket.send(Frame::Binary(frame.into())).await.unwrap();
    }
    let unavailable = until_message(&mut socket, |m| match m {
        Message::DocUnavailable { document_id, .. } => Some(document_id),
        Message::Sync { document_id, .. } => {
            assert_eq!(document_id, team.to_string(), "only the named document");
            None
        }
        _ => None,
    })
    .await;
    assert_eq!(unavailable, leadership.to_string());
    drop(socket);

    // A device that connects afterwards gets everything written meanwhile.
    let mut phone = Device::connect(addr, &ceo_credential, "phone", vec![empty(&team)])
        .await
        .unwrap();
    phone.synced(&team).await.unwrap();
    assert_eq!(phone.heads(&team), ceo.heads(&team));
    assert_eq!(
        client_names(&phone, &team).len(),
        client_names(&ceo, &team).len()
    );
}

/// Automerge 0.12 divides by zero on this sync message, and samod would hand
/// it straight to Automerge: the relay screens every frame first
/// (`relay/src/screen.rs`) and ends only the connection that sent it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bloom_filter_automerge_cannot_use_closes_only_its_connection() {
    a_bloom_filter_automerge_cannot_use_closes_only_its_connection_with(&[]).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bloom_filter_automerge_cannot_use_closes_only_its_connection_on_postgres() {
    let Some(database) = PostgresProcess::start().unwrap() else {
        return;
    };
    a_bloom_filter_automerge_cannot_use_closes_only_its_connection_with(&[&database.relay_flag()])
        .await;
}

/// `flags` go to the relay.
async fn a_bloom_filter_automerge_cannot_use_closes_only_its_connection_with(flags: &[&str]) {
    let mut scene = Scene::start(flags).await;
    let _ = scene
        .intruder
        .send(Frame::Binary(bitless_bloom(&scene.team, false).into()))
        .await;
    until_closed(&mut scene.intruder, "a Bloom filter with no bits").await;
    still_syncs(&mut scene.ceo, &mut scene.assistant, &scene.team, 1).await;

    // The same filter in a request: samod hands its sync message to
    // Automerge just the same.
    let mut intruder = scene.intruder_joined().await;
    let _ = intruder
        .send(Frame::Binary(bitless_bloom(&scene.team, true).into()))
        .await;
    until_closed(&mut intruder, "a request with a Bloom filter with no bits").await;
    still_syncs(&mut scene.ceo, &mut scene.assistant, &scene.team, 2).await;
}

/// A relay started with `flags`, a CEO and an assistant syncing the team
/// document through it, and an intruder's connection that has joined.
struct Scene {
    _dir: tempfile::TempDir,
    relay: RelayProcess,
    team: DocumentId,
    ceo_credential: Credential,
    ceo: Device,
    assistant: Device,
    intruder_credential: Credential,
    intruder: Socket,
}

impl Scene {
    async fn start(flags: &[&str]) -> Scene {
        let dir = tempfile::tempdir().unwrap();
        let key = KeyPair::from_seed([5; 32]);
        let team = DocumentId::random();
        let relay =
            RelayProcess::start_with_args(Path::new(RELAY), dir.path(), key.public(), 8, flags)
                .await
                .unwrap();
        let ceo_credential = Credential::invited(&key, "ceo", &relay.key(), &[&team]);
        let assistant = Credential::invited(&key, "assistant", &relay.key(), &[&team]);
        let empty = vec![Document::create(team.clone(), DocKind::Team)];
        let mut ceo = Device::connect(relay.addr(), &ceo_credential, "laptop", empty.clone())
            .await
            .unwrap();
        let mut assistant = Device::connect(relay.addr(), &assistant, "tab", empty)
            .await
            .unwrap();
        still_syncs(&mut ceo, &mut assistant, &team, 0).await;

        let intruder_credential = Credential::new(
            KeyPair::from_seed(INTRUDER_SEED),
            invite(&key, "intruder", "intruder", &relay.key(), &[&team]),
        );
        let intruder = joined(&relay, &intruder_credential).await;
        Scene {
            _dir: dir,
            relay,
            team,
            ceo_credential,
            ceo,
            assistant,
            intruder_credential,
            intruder,
        }
    }

    /// Another connection of the intruder's, joined.
    async fn intruder_joined(&self) -> Socket {
        joined(&self.relay, &self.intruder_credential).await
    }
}

/// A raw connection to `relay` with `credential` that has sent its `join`.
async fn joined(relay: &RelayProcess, credential: &Credential) -> Socket {
    let mut socket = raw_connection(relay.addr(), credential).await;
    socket.send(join()).await.unwrap();
    socket
}

/// A sync message carrying the last change of `doc` forged as a hostile
/// device can: given another actor and moved to an object that does not
/// exist, then written and sealed by Automerge, so its checksum holds.
/// Returns the frame and the forged change's hash.
fn forged_change(doc: &automerge::Automerge, document: &DocumentId) -> (Vec<u8>, ChangeHash) {
    let mut forged = doc.get_changes(&[]).last().unwrap().decode();
    forged.actor_id = automerge::ActorId::from(b"forger".to_vec());
    forged.seq = 1;
    let nowhere = automerge::legacy::OpId::new(9_999, &forged.actor_id);
    forged.operations[0].obj = automerge::legacy::ObjectId::Id(nowhere);
    let forged = automerge::Change::from(forged);
    let mut message = doc.generate_sync_message(&mut State::new()).unwrap();
    message.heads = vec![forged.hash()];
    message.changes = vec![forged.raw_bytes().to_vec()].into();
    let frame = Message::Sync {
        sender_id: intruder_peer(),
        target_id: "handover-relay".into(),
        document_id: document.to_string(),
        data: message.encode(),
    };
    (frame.encode(), forged.hash())
}

/// Automerge applied such a change until vendored change 17: it panicked in
/// the relay's document task, or was taken and left the relay a document
/// whose save no longer loads. Now the relay refuses it: no device ever
/// sees it, and everyone keeps syncing.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_forged_change_reaches_no_device() {
    let mut scene = Scene::start(&[]).await;
    let team = scene.team.clone();
    let (frame, forged) = forged_change(scene.ceo.doc(&team).automerge(), &team);
    let _ = scene.intruder.send(Frame::Binary(frame.into())).await;

    // Before the fix the relay's document task died here, and nothing
    // synced again.
    let syncing = still_syncs(&mut scene.ceo, &mut scene.assistant, &team, 1);
    tokio::time::timeout(3 * WAIT, syncing)
        .await
        .expect("the devices keep syncing after a forged change");
    let empty = vec![Document::create(team.clone(), DocKind::Team)];
    let mut phone = Device::connect(scene.relay.addr(), &scene.ceo_credential, "phone", empty)
        .await
        .unwrap();
    phone.synced(&team).await.unwrap();
    assert_eq!(phone.heads(&team), scene.ceo.heads(&team));
    for device in [&scene.ceo, &scene.assistant, &phone] {
        let doc = device.doc(&team).automerge();
        assert!(
            doc.get_change_by_hash(&forged).is_none(),
            "the forged change arrived"
        );
    }
}
