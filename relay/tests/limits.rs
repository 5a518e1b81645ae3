//! What a member with a valid invite can take from the relay, each a test
//! that fails without its limit: connections per device and in total
//! (counted from before the upgrade, released however a connection ends),
//! a device that stops answering, a flood of ephemeral messages, and a
//! document pushed past its quota.

mod common;

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use automerge::sync::{State, SyncDoc};
use futures::{SinkExt, StreamExt};
use handover::doc::{DocKind, Document, DocumentId};
use handover::domain::clients::Client;
use handover::sync::protocol::Message;
use handover_bench::device::{self, invite, Credential, Device, Stopped};
use handover_invite::KeyPair;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::{Error as WsError, Message as Frame};
use tokio_tungstenite::{connect_async, MaybeTlsStream, WebSocketStream};

use common::{RunningRelay, WAIT};

type Socket = WebSocketStream<MaybeTlsStream<TcpStream>>;

fn empty(id: &DocumentId, kind: DocKind) -> Document {
    Document::create(id.clone(), kind)
}

/// Opens `/sync` for `ticket`; the refusal's status and JSON `code`.
async fn open(addr: SocketAddr, ticket: &str) -> Result<Socket, (u16, String)> {
    match connect_async(format!("ws://{addr}/sync?ticket={ticket}")).await {
        Ok((socket, _)) => Ok(socket),
        Err(WsError::Http(response)) => {
            let code = response
                .body()
                .as_deref()
                .and_then(|body| serde_json::from_slice::<handover_invite::Refused>(body).ok())
                .map(|refused| refused.code)
                .unwrap_or_default();
            Err((response.status().as_u16(), code))
        }
        Err(other) => panic!("the relay did not answer: {other}"),
    }
}

/// A ticket for `credential` from tab `tab`, and its socket.
async fn connect(
    addr: SocketAddr,
    credential: &Credential,
    tab: &str,
) -> Result<Socket, (u16, String)> {
    let ticket = device::ticket(addr, credential, tab).await.unwrap();
    open(addr, &ticket.ticket).await
}

/// The upgrade request for `ticket`, by hand.
fn upgrade_request(addr: SocketAddr, ticket: &str) -> String {
    format!(
        "GET /sync?ticket={ticket} HTTP/1.1\r\nHost: {addr}\r\nUpgrade: websocket\r\n\
         Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\
         Sec-WebSocket-Version: 13\r\n\r\n"
    )
}

/// Waits until `holds`, or panics with `what` after [`WAIT`].
async fn eventually(what: &str, holds: impl Fn() -> bool) {
    let deadline = Instant::now() + WAIT;
    while !holds() {
        assert!(Instant::now() < deadline, "{what}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connections_are_capped_per_device_and_in_total_and_always_released() {
    let dir = tempfile::tempdir().unwrap();
    let key = KeyPair::from_seed([21; 32]);
    let relay = RunningRelay::start_with(dir.path(), &key, |config| {
        config.max_connections = 6;
        config.max_connections_per_device = 3;
    })
    .await;
    let team = DocumentId::random();
    let member = |id: &str| Credential::fresh(invite(&key, id, id, &relay.key, &[&team]));

    // One device: three tabs, and the fourth is refused.
    let laptop = member("laptop");
    let device_key = laptop.key.public().to_string();
    let mut held = Vec::new();
    for tab in 0..3 {
        held.push(
            connect(relay.addr, &laptop, &format!("t{tab}"))
                .await
                .unwrap(),
        );
    }
    assert_eq!(
        connect(relay.addr, &laptop, "t3").await.err(),
        Some((503, "too-many-connections".to_string()))
    );
    assert_eq!(relay.limits.connections_of(&device_key), 3);

    // A burst of twelve upgrades from four other devices at once, every
    // ticket redeemed before any socket opens: three slots are left, and
    // no more than three get in.
    let others: Vec<Credential> = (0..4).map(|n| member(&format!("other-{n}"))).collect();
    let mut tickets = Vec::new();
    for credential in &others {
        for tab in 0..3 {
            tickets.push(
                device::ticket(relay.addr, credential, &format!("b{tab}"))
                    .await
                    .unwrap(),
            );
        }
    }
    let burst = futures::future::join_all(
        tickets
            .iter()
            .map(|ticket| open(relay.addr, &ticket.ticket)),
    )
    .await;
    let mut refused = 0;
    for outcome in burst {
        match outcome {
            Ok(socket) => held.push(socket),
            Err(refusal) => {
                assert_eq!(refusal.0, 503, "{refusal:?}");
                refused += 1;
            }
        }
    }
    assert_eq!(held.len(), 6, "the burst got in beyond the total");
    assert_eq!(refused, 9);
    assert!(relay.limits.connections() <= 6);

    // Clients that give up mid-upgrade, or vanish right after it, hold
    // nothing either: free one slot, then spend it on each.
    drop(held.pop());
    eventually("a closed connection frees its slot", || {
        relay.limits.connections() == 5
    })
    .await;
    let vanish = member("vanish");
    for read_the_answer in [false, true] {
        let ticket = device::ticket(relay.addr, &vanish, "v").await.unwrap();
        let mut tcp = TcpStream::connect(relay.addr).await.unwrap();
        tcp.write_all(upgrade_request(relay.addr, &ticket.ticket).as_bytes())
            .await
            .unwrap();
        if read_the_answer {
            let mut answer = [0u8; 12];
            tcp.read_exact(&mut answer).await.unwrap();
            assert_eq!(&answer, b"HTTP/1.1 101");
        }
        drop(tcp);
        eventually("a vanished client frees its slot", || {
            relay.limits.connections() == 5
        })
        .await;
    }
    drop(held);
    eventually("every slot comes back", || relay.limits.connections() == 0).await;
    assert_eq!(relay.limits.connections_of(&device_key), 0);
    // And the device gets in again.
    assert!(connect(relay.addr, &laptop, "again").await.is_ok());
    relay.shut_down().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_device_that_stops_answering_is_closed_and_its_slot_freed() {
    let dir = tempfile::tempdir().unwrap();
    let key = KeyPair::from_seed([22; 32]);
    let ping = Duration::from_millis(200);
    let idle = Duration::from_millis(1_000);
    let relay = RunningRelay::start_with(dir.path(), &key, |config| {
        config.ping_ms = ping.as_millis() as u64;
        config.idle_timeout_ms = idle.as_millis() as u64;
    })
    .await;
    let team = DocumentId::random();
    let quiet = Credential::invited(&key, "quiet", &relay.key, &[&team]);
    let alive = Credential::invited(&key, "alive", &relay.key, &[&team]);

    // One connection reads (and so answers pings), one never does.
    let mut reader = connect(relay.addr, &alive, "t").await.unwrap();
    let reading = tokio::spawn(async move {
        let mut pings = 0;
        while let Some(Ok(frame)) = reader.next().await {
            if matches!(frame, Frame::Ping(_)) {
                pings += 1;
            }
        }
        pings
    });
    // Timed from before connecting: the relay's idle clock starts when it
    // accepts, which is before `connect` returns.
    let opened = Instant::now();
    let silent = connect(relay.addr, &quiet, "t").await.unwrap();
    let quiet_key = quiet.key.public().to_string();
    assert_eq!(relay.limits.connections_of(&quiet_key), 1);
    eventually("the silent device is closed", || {
        relay.limits.connections_of(&quiet_key) == 0
    })
    .await;
    let closed_after = opened.elapsed();
    assert!(
        closed_after >= idle && closed_after <= idle + 2 * ping + Duration::from_secs(1),
        "closed after {closed_after:?}"
    );
    // The reader answered every ping, and stays.
    tokio::time::sleep(2 * idle).await;
    assert_eq!(
        relay.limits.connections_of(&alive.key.public().to_string()),
        1
    );
    assert!(
        !reading.is_finished(),
        "a device that answers pings stays connected"
    );
    drop(silent);
    relay.shut_down().await;
    assert!(reading.await.unwrap() >= 5, "the relay pings");
}

/// An ephemeral message from `sender` about `document`, number `count`.
fn ephemeral(sender: &str, document: &DocumentId, count: u64) -> Vec<u8> {
    Message::Ephemeral {
        sender_id: sender.into(),
        target_id: "handover-relay".into(),
        document_id: document.to_string(),
        session_id: "flood".into(),
        count,
        data: vec![0xa0],
    }
    .encode()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ephemeral_floods_are_dropped_and_closed_while_sync_goes_through() {
    let dir = tempfile::tempdir().unwrap();
    let key = KeyPair::from_seed([23; 32]);
    let (rate, burst) = (10.0, 20.0);
    let relay = RunningRelay::start_with(dir.path(), &key, |config| {
        config.ephemeral_rate = rate;
        config.ephemeral_burst = burst;
    })
    .await;
    let team = DocumentId::random();
    let writer_credential = Credential::invited(&key, "w", &relay.key, &[&team]);
    let writer_peer = format!("device-{}/tab", writer_credential.key.public());
    let mut writer = Device::connect(
        relay.addr,
        &writer_credential,
        "tab",
        vec![empty(&team, DocKind::Team)],
    )
    .await
    .unwrap();
    writer.synced(&team).await.unwrap();

    // The listener joins and asks for the document, then counts what
    // ephemeral messages reach it.
    let listener = Credential::invited(&key, "l", &relay.key, &[&team]);
    let listener_peer = format!("device-{}/ear", listener.key.public());
    let mut ear = connect(relay.addr, &listener, "ear").await.unwrap();
    let join = Message::Join {
        sender_id: listener_peer.clone(),
        peer_metadata: None,
        supported_protocol_versions: vec!["1".into()],
    };
    let request = Message::Request {
        sender_id: listener_peer,
        target_id: "handover-relay".into(),
        document_id: team.to_string(),
        data: automerge::Automerge::new()
            .generate_sync_message(&mut State::new())
            .unwrap()
            .encode(),
    };
    for message in [join, request] {
        ear.send(Frame::Binary(message.encode().into()))
            .await
            .unwrap();
    }
    let (heard_tx, mut heard) = tokio::sync::mpsc::unbounded_channel();
    let listening = tokio::spawn(async move {
        while let Some(Ok(frame)) = ear.next().await {
            if let Frame::Binary(bytes) = frame {
                let _ = heard_tx.send((Instant::now(), Message::decode(&bytes).unwrap()));
            }
        }
    });
    // Until the relay has the listener on the document: one ephemeral
    // message gets through.
    let mut count = 0;
    let mut first = None;
    while first.is_none() {
        count += 1;
        writer.send_raw(ephemeral(&writer_peer, &team, count)).await;
        tokio::time::sleep(Duration::from_millis(200)).await;
        while let Ok((_, message)) = heard.try_recv() {
            if matches!(message, Message::Ephemeral { .. }) {
                first = Some(Instant::now());
            }
        }
        assert!(count < 50, "no ephemeral message reached the listener");
    }
    tokio::time::sleep(Duration::from_secs(1)).await;

    // A hundred at once: a burst passes, the rest is dropped.
    let sent_at = Instant::now();
    for _ in 0..100 {
        count += 1;
        writer.send_raw(ephemeral(&writer_peer, &team, count)).await;
    }
    // And a change, over the ephemeral budget, still syncs.
    writer
        .add_client(&team, "w", "Still syncs", 1)
        .await
        .unwrap();
    writer.synced(&team).await.unwrap();
    tokio::time::sleep(Duration::from_millis(500)).await;
    let window = sent_at.elapsed().as_secs_f64();
    let mut forwarded = 0;
    let mut synced = false;
    while let Ok((_, message)) = heard.try_recv() {
        match message {
            Message::Ephemeral { .. } => forwarded += 1,
            Message::Sync { .. } => synced = true,
            _ => {}
        }
    }
    let allowed = burst + rate * (window + 1.0);
    assert!(
        forwarded >= 1 && (forwarded as f64) <= allowed,
        "{forwarded} of 100 forwarded in {window:.2}s; at most {allowed} allowed"
    );
    assert!(synced, "the change reached the listener");

    // A connection that keeps flooding is closed.
    for _ in 0..1_000 {
        count += 1;
        writer.send_raw(ephemeral(&writer_peer, &team, count)).await;
        if !writer.is_connected() {
            break;
        }
    }
    let ended = writer.run_until(|_| false).await;
    assert!(
        matches!(&ended, Err(Stopped::Refused(reason)) if reason.contains("ephemeral"))
            || ended == Err(Stopped::Closed),
        "{ended:?}"
    );
    listening.abort();
    relay.shut_down().await;
}

fn client_names(device: &Device, team: &DocumentId) -> Vec<String> {
    let clients = device.doc(team).all::<Client>().unwrap();
    let mut names: Vec<String> = clients.records.into_iter().map(|(_, c)| c.name).collect();
    names.sort();
    names
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_document_pushed_past_its_quota_is_refused_and_nothing_else_breaks() {
    let dir = tempfile::tempdir().unwrap();
    let key = KeyPair::from_seed([24; 32]);
    let quota = 16 * 1024;
    let relay = RunningRelay::start_with(dir.path(), &key, |config| {
        config.max_document_bytes = quota;
    })
    .await;
    let team = DocumentId::random();
    let leadership = DocumentId::random();
    let ceo_credential = Credential::invited(&key, "ceo", &relay.key, &[&team, &leadership]);
    let both = || {
        vec![
            empty(&team, DocKind::Team),
            empty(&leadership, DocKind::Leadership),
        ]
    };
    let mut ceo = Device::connect(relay.addr, &ceo_credential, "laptop", both())
        .await
        .unwrap();
    ceo.add_client(&team, "ceo", "Small", 1).await.unwrap();
    ceo.synced(&team).await.unwrap();
    ceo.synced(&leadership).await.unwrap();

    // A tab that wrote six hundred clients offline pushes them in one
    // sync message: past the quota.
    let mut heavy = Device::new("heavy", vec![empty(&team, DocKind::Team)]);
    for n in 0..600usize {
        let name: String = (0..100)
            .map(|i| char::from(b'a' + ((n * 131 + i * 7919) % 26) as u8))
            .collect();
        heavy
            .add_client(&team, "ceo", &name, n as i64)
            .await
            .unwrap();
    }
    let refused = heavy.reconnect(relay.addr, &ceo_credential).await;
    let ended = match refused {
        Ok(()) => heavy.synced(&team).await,
        Err(device::Refused::Error(reason)) => Err(Stopped::Refused(reason)),
        Err(other) => panic!("{other:?}"),
    };
    assert!(
        matches!(&ended, Err(Stopped::Refused(reason)) if reason.contains("quota") && reason.contains("--max-document-bytes")),
        "{ended:?}"
    );
    assert_eq!(
        heavy.run_until(|_| false).await,
        Err(Stopped::Closed),
        "the connection is closed"
    );
    // The first tab, on the same document, still syncs.
    ceo.add_client(&team, "ceo", "Medium", 1).await.unwrap();
    ceo.synced(&team).await.unwrap();
    let stored_heads = ceo.heads(&team);

    // The stored document is what it was; other devices and documents
    // carry on.
    let member = Credential::invited(&key, "member", &relay.key, &[&team]);
    let mut phone = Device::connect(
        relay.addr,
        &member,
        "phone",
        vec![empty(&team, DocKind::Team)],
    )
    .await
    .unwrap();
    phone.synced(&team).await.unwrap();
    assert_eq!(phone.heads(&team), stored_heads);
    assert_eq!(client_names(&phone, &team), ["Medium", "Small"]);
    phone
        .add_client(&team, "member", "Also small", 3)
        .await
        .unwrap();
    phone.synced(&team).await.unwrap();

    let mut tablet = Device::connect(relay.addr, &ceo_credential, "tablet", both())
        .await
        .unwrap();
    tablet.synced(&team).await.unwrap();
    tablet.synced(&leadership).await.unwrap();
    assert_eq!(
        client_names(&tablet, &team),
        ["Also small", "Medium", "Small"]
    );
    relay.shut_down().await;
}
