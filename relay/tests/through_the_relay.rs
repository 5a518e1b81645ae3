//! The relay end to end on loopback: invites are checked, each device gets
//! exactly the documents its invite names, documents survive a restart, and
//! the connection and frame limits hold.

use std::net::SocketAddr;
use std::path::Path;
use std::time::Duration;

use automerge::sync::{self, SyncDoc};
use automerge::{Automerge, ChangeHash};
use futures::{SinkExt, StreamExt};
use handover::doc::{ChangeMeta, Collection, DocKind, Document, DocumentId};
use handover::domain::clients::{create_client, Client, ClientInput};
use handover::sync::protocol::Message;
use handover_invite::{Grant, WorkspaceKey};
use handover_relay::{serve, Config};
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;
use tokio_tungstenite::tungstenite::Message as Frame;
use tokio_tungstenite::{connect_async, MaybeTlsStream, WebSocketStream};

const WAIT: Duration = Duration::from_secs(10);

struct RunningRelay {
    addr: SocketAddr,
    stop: oneshot::Sender<()>,
    task: JoinHandle<anyhow::Result<()>>,
}

impl RunningRelay {
    async fn start(
        data: &Path,
        key: &WorkspaceKey,
        max_connections: usize,
        max_frame_bytes: usize,
    ) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let config = Config {
            listen: addr,
            data_dir: data.to_path_buf(),
            workspace_key: key.public(),
            revoked: None,
            dist: None,
            max_connections,
            max_frame_bytes,
        };
        let (stop, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(serve(config, listener, async {
            let _ = stopped.await;
        }));
        Self { addr, stop, task }
    }

    async fn shut_down(self) {
        self.stop.send(()).unwrap();
        tokio::time::timeout(WAIT, self.task)
            .await
            .unwrap()
            .unwrap()
            .unwrap();
    }
}

fn invite(key: &WorkspaceKey, id: &str, peer: &str, documents: &[&DocumentId]) -> String {
    key.sign(&Grant {
        id: id.into(),
        peer: peer.into(),
        name: peer.into(),
        role: "test".into(),
        documents: documents.iter().map(|d| d.to_string()).collect(),
        expires_at: 4_000_000_000,
    })
}

type Socket = WebSocketStream<MaybeTlsStream<tokio::net::TcpStream>>;

/// A device speaking the protocol with Automerge's sync state, as the app's
/// browser client does.
struct Device {
    socket: Socket,
    me: String,
    relay: String,
    /// The documents the relay sent sync data for.
    received_data_for: Vec<String>,
}

enum Outcome {
    Done,
    Unavailable,
}

/// Why the relay would not talk to a device.
#[derive(Debug, PartialEq)]
enum Refused {
    Http(u16),
    Error(String),
}

impl Device {
    async fn connect(
        addr: SocketAddr,
        token: &str,
        peer: &str,
        tab: &str,
    ) -> Result<Device, Refused> {
        let url = format!("ws://{addr}/sync?token={token}&tab={tab}");
        let (mut socket, _) = connect_async(url).await.map_err(|err| match err {
            tokio_tungstenite::tungstenite::Error::Http(response) => {
                Refused::Http(response.status().as_u16())
            }
            other => panic!("{other}"),
        })?;
        let me = format!("{peer}/{tab}");
        let join = Message::Join {
            sender_id: me.clone(),
            peer_metadata: None,
            supported_protocol_versions: vec!["1".into()],
        };
        socket
            .send(Frame::Binary(join.encode().into()))
            .await
            .unwrap();
        let mut device = Device {
            socket,
            me,
            relay: String::new(),
            received_data_for: Vec::new(),
        };
        match device.next().await {
            Some(Message::Peer { sender_id, .. }) => device.relay = sender_id,
            Some(Message::Error { message }) => return Err(Refused::Error(message)),
            other => panic!("expected peer, got {other:?}"),
        }
        Ok(device)
    }

    async fn next(&mut self) -> Option<Message> {
        loop {
            match tokio::time::timeout(WAIT, self.socket.next())
                .await
                .ok()??
            {
                Ok(Frame::Binary(bytes)) => {
                    let message = Message::decode(&bytes).unwrap();
                    if let Message::Sync { document_id, .. }
                    | Message::Request { document_id, .. } = &message
                    {
                        self.received_data_for.push(document_id.clone());
                    }
                    return Some(message);
                }
                Ok(Frame::Close(_)) | Err(_) => return None,
                Ok(_) => continue,
            }
        }
    }

    async fn send_sync(
        &mut self,
        document: &DocumentId,
        doc: &mut Automerge,
        state: &mut sync::State,
        first: bool,
    ) {
        if let Some(message) = doc.generate_sync_message(state) {
            let (sender_id, target_id, document_id, data) = (
                self.me.clone(),
                self.relay.clone(),
                document.to_string(),
                message.encode(),
            );
            let message = if first && doc.get_heads().is_empty() {
                Message::Request {
                    sender_id,
                    target_id,
                    document_id,
                    data,
                }
            } else {
                Message::Sync {
                    sender_id,
                    target_id,
                    document_id,
                    data,
                }
            };
            self.socket
                .send(Frame::Binary(message.encode().into()))
                .await
                .unwrap();
        }
    }

    /// Syncs `doc` with the relay until `done` holds for it and the state.
    async fn sync(
        &mut self,
        document: &DocumentId,
        doc: &mut Automerge,
        done: impl Fn(&Automerge, &sync::State) -> bool,
    ) -> Outcome {
        let mut state = sync::State::new();
        self.send_sync(document, doc, &mut state, true).await;
        loop {
            match self.next().await.expect("the relay answers") {
                Message::Sync {
                    document_id, data, ..
                } if document_id == document.as_str() => {
                    let message = sync::Message::decode(&data).unwrap();
                    doc.receive_sync_message(&mut state, message).unwrap();
                    self.send_sync(document, doc, &mut state, false).await;
                    if done(doc, &state) {
                        return Outcome::Done;
                    }
                }
                Message::DocUnavailable { document_id, .. } if document_id == document.as_str() => {
                    return Outcome::Unavailable
                }
                _ => {}
            }
        }
    }

    /// Sends `doc` to the relay and waits until the relay has all of it.
    async fn push(&mut self, document: &DocumentId, doc: &mut Automerge) {
        let heads: Vec<ChangeHash> = doc.get_heads();
        let outcome = self
            .sync(document, doc, |_, state| {
                state.their_heads.as_ref() == Some(&heads)
            })
            .await;
        assert!(matches!(outcome, Outcome::Done));
    }
}

fn team_doc_with_client(id: &DocumentId, name: &str) -> Automerge {
    let mut doc = Document::create(id.clone(), DocKind::Team);
    let client = create_client(
        &ClientInput {
            name: name.into(),
            ..Default::default()
        },
        |_| true,
        "ceo",
        0,
    )
    .unwrap();
    doc.change(&ChangeMeta::new("ceo", "client.create", name), 0, |w| {
        w.put(Collection::Clients, &client.id, &client)
    })
    .unwrap();
    doc.automerge().clone()
}

fn client_names(doc: &Automerge, id: &DocumentId) -> Vec<String> {
    let (doc, _) = Document::open(id.clone(), DocKind::Team, doc.clone()).unwrap();
    let clients = doc.all::<Client>(Collection::Clients).unwrap();
    clients.records.into_iter().map(|(_, c)| c.name).collect()
}

fn has_clients(doc: &Automerge) -> bool {
    use automerge::ReadDoc;
    match doc.get(automerge::ROOT, "clients") {
        Ok(Some((_, clients))) => doc.length(&clients) > 0,
        _ => false,
    }
}

#[tokio::test]
async fn refuses_connections_without_a_valid_invite() {
    let dir = tempfile::tempdir().unwrap();
    let key = WorkspaceKey::from_seed([1; 32]);
    let relay = RunningRelay::start(dir.path(), &key, 10, 1 << 20).await;
    let team = DocumentId::random();

    assert_eq!(
        Device::connect(relay.addr, "", "p", "t").await.err(),
        Some(Refused::Http(401))
    );
    assert_eq!(
        Device::connect(relay.addr, "junk", "p", "t").await.err(),
        Some(Refused::Http(401))
    );
    let stranger = invite(&WorkspaceKey::from_seed([2; 32]), "s", "p", &[&team]);
    assert_eq!(
        Device::connect(relay.addr, &stranger, "p", "t").await.err(),
        Some(Refused::Http(401))
    );
    let revoked = invite(&key, "lost-laptop", "p", &[&team]);
    std::fs::write(dir.path().join("revoked.txt"), "lost-laptop\n").unwrap();
    assert_eq!(
        Device::connect(relay.addr, &revoked, "p", "t").await.err(),
        Some(Refused::Http(401))
    );
    let good = invite(&key, "ok", "p", &[&team]);
    assert!(Device::connect(relay.addr, &good, "p", "t").await.is_ok());
    relay.shut_down().await;
}

#[tokio::test]
async fn each_device_gets_exactly_the_documents_its_invite_names() {
    let dir = tempfile::tempdir().unwrap();
    let key = WorkspaceKey::from_seed([1; 32]);
    let relay = RunningRelay::start(dir.path(), &key, 10, 1 << 20).await;
    let team = DocumentId::random();
    let leadership = DocumentId::random();

    let ceo_token = invite(&key, "ceo", "ceo", &[&team, &leadership]);
    let mut ceo = Device::connect(relay.addr, &ceo_token, "ceo", "tab")
        .await
        .unwrap();
    let mut team_doc = team_doc_with_client(&team, "Acme");
    ceo.push(&team, &mut team_doc).await;
    let mut secrets = Document::create(leadership.clone(), DocKind::Leadership)
        .automerge()
        .clone();
    ceo.push(&leadership, &mut secrets).await;

    let member_token = invite(&key, "member", "member", &[&team]);
    let mut member = Device::connect(relay.addr, &member_token, "member", "tab")
        .await
        .unwrap();
    let mut received = Automerge::new();
    let outcome = member
        .sync(&team, &mut received, |doc, _| has_clients(doc))
        .await;
    assert!(matches!(outcome, Outcome::Done));
    assert_eq!(client_names(&received, &team), ["Acme"]);

    let mut nothing = Automerge::new();
    let outcome = member.sync(&leadership, &mut nothing, |_, _| false).await;
    assert!(matches!(outcome, Outcome::Unavailable));
    assert!(nothing.get_heads().is_empty());
    assert!(
        !member.received_data_for.contains(&leadership.to_string()),
        "not a byte of the leadership document reaches a team device"
    );

    // A device cannot claim another's identity: its peer id comes from its invite.
    let impostor = Device::connect(relay.addr, &member_token, "ceo", "tab").await;
    assert!(
        matches!(impostor.err(), Some(Refused::Error(message)) if message.contains("mismatch"))
    );
    relay.shut_down().await;
}

#[tokio::test]
async fn documents_survive_a_relay_restart() {
    let dir = tempfile::tempdir().unwrap();
    let key = WorkspaceKey::from_seed([1; 32]);
    let team = DocumentId::random();
    let token = invite(&key, "ceo", "ceo", &[&team]);

    let relay = RunningRelay::start(dir.path(), &key, 10, 1 << 20).await;
    let mut ceo = Device::connect(relay.addr, &token, "ceo", "laptop")
        .await
        .unwrap();
    let mut doc = team_doc_with_client(&team, "Kept across restarts");
    ceo.push(&team, &mut doc).await;
    drop(ceo);
    relay.shut_down().await;

    let relay = RunningRelay::start(dir.path(), &key, 10, 1 << 20).await;
    let mut phone = Device::connect(relay.addr, &token, "ceo", "phone")
        .await
        .unwrap();
    let mut received = Automerge::new();
    let outcome = phone
        .sync(&team, &mut received, |doc, _| has_clients(doc))
        .await;
    assert!(matches!(outcome, Outcome::Done));
    assert_eq!(client_names(&received, &team), ["Kept across restarts"]);
    relay.shut_down().await;
}

#[tokio::test]
async fn connection_and_frame_limits_hold() {
    let dir = tempfile::tempdir().unwrap();
    let key = WorkspaceKey::from_seed([1; 32]);
    let team = DocumentId::random();
    let token = invite(&key, "ceo", "ceo", &[&team]);
    let relay = RunningRelay::start(dir.path(), &key, 1, 4 * 1024).await;

    let mut first = Device::connect(relay.addr, &token, "ceo", "one")
        .await
        .unwrap();
    assert_eq!(
        Device::connect(relay.addr, &token, "ceo", "two")
            .await
            .err(),
        Some(Refused::Http(503))
    );

    first
        .socket
        .send(Frame::Binary(vec![0u8; 64 * 1024].into()))
        .await
        .ok();
    assert!(
        first.next().await.is_none(),
        "an oversized frame closes the connection"
    );
    relay.shut_down().await;
}
