//! The relay end to end on loopback: invites are checked, each device gets
//! exactly the documents its invite names, documents survive a restart, and
//! the connection and frame limits hold.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::Path;
use std::time::Duration;

use automerge::Automerge;
use futures::{SinkExt, StreamExt};
use handover::doc::{ChangeMeta, Collection, DocKind, Document, DocumentId};
use handover::domain::clients::{create_client, Client, ClientInput};
use handover::sync::protocol::Message;
use handover::sync::session::{Documents, Session};
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

/// Documents in memory.
#[derive(Default)]
struct Docs(HashMap<String, Automerge>);

impl Documents for Docs {
    fn read<R>(&self, id: &str, f: impl FnOnce(&Automerge) -> R) -> Option<R> {
        self.0.get(id).map(f)
    }

    fn edit<R>(&mut self, id: &str, f: impl FnOnce(&mut Automerge) -> R) -> Option<R> {
        self.0.get_mut(id).map(f)
    }
}

/// A device running the app's own sync session over a native WebSocket.
struct Device {
    socket: Socket,
    session: Session,
    docs: Docs,
    unavailable: Vec<String>,
    /// The documents the relay sent sync data for.
    received_data_for: Vec<String>,
}

/// Why the relay would not talk to a device.
#[derive(Debug, PartialEq)]
enum Refused {
    Http(u16),
    Error(String),
}

impl Device {
    /// Connects as `<peer>/<tab>` holding `docs` (empty documents for those
    /// it has nothing of yet) and waits for the relay's answer to `join`.
    async fn connect(
        addr: SocketAddr,
        token: &str,
        peer: &str,
        tab: &str,
        docs: Vec<(&DocumentId, Automerge)>,
    ) -> Result<Device, Refused> {
        let url = format!("ws://{addr}/sync?token={token}&tab={tab}");
        let (socket, _) = connect_async(url).await.map_err(|err| match err {
            tokio_tungstenite::tungstenite::Error::Http(response) => {
                Refused::Http(response.status().as_u16())
            }
            other => panic!("{other}"),
        })?;
        let docs = Docs(
            docs.into_iter()
                .map(|(id, doc)| (id.to_string(), doc))
                .collect(),
        );
        let session = Session::new(&format!("{peer}/{tab}"), docs.0.keys().cloned());
        let mut device = Device {
            socket,
            session,
            docs,
            unavailable: Vec::new(),
            received_data_for: Vec::new(),
        };
        let join = device.session.connected().remove(0);
        device.send(vec![join]).await;
        if let Some(reason) = device.run_until(|d| d.session.is_joined()).await {
            return Err(Refused::Error(reason));
        }
        Ok(device)
    }

    async fn send(&mut self, frames: Vec<Vec<u8>>) {
        for frame in frames {
            self.socket.send(Frame::Binary(frame.into())).await.unwrap();
        }
    }

    /// Handles frames until `done` holds; returns the relay's refusal, if any.
    async fn run_until(&mut self, done: impl Fn(&Device) -> bool) -> Option<String> {
        while !done(self) {
            let frame = match tokio::time::timeout(WAIT, self.socket.next()).await {
                Ok(Some(Ok(Frame::Binary(bytes)))) => bytes,
                Ok(Some(Ok(_))) => continue,
                Ok(_) => return Some("closed".into()),
                Err(_) => panic!("the relay went quiet"),
            };
            if let Ok(Message::Sync { document_id, .. } | Message::Request { document_id, .. }) =
                Message::decode(&frame)
            {
                self.received_data_for.push(document_id);
            }
            let outcome = self.session.receive(&frame, &mut self.docs).unwrap();
            self.unavailable.extend(outcome.unavailable);
            self.send(outcome.send).await;
            if outcome.refused.is_some() {
                return outcome.refused;
            }
        }
        None
    }

    /// Waits until the relay has every change of `document` and this device
    /// has every change the relay has.
    async fn synced(&mut self, document: &DocumentId) {
        let id = document.to_string();
        assert_eq!(
            self.run_until(|d| d.session.is_synced(&id, &d.docs)).await,
            None
        );
    }

    fn doc(&self, document: &DocumentId) -> &Automerge {
        &self.docs.0[document.as_str()]
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

#[tokio::test]
async fn refuses_connections_without_a_valid_invite() {
    let dir = tempfile::tempdir().unwrap();
    let key = WorkspaceKey::from_seed([1; 32]);
    let relay = RunningRelay::start(dir.path(), &key, 10, 1 << 20).await;
    let team = DocumentId::random();

    assert_eq!(
        Device::connect(relay.addr, "", "p", "t", vec![])
            .await
            .err(),
        Some(Refused::Http(401))
    );
    assert_eq!(
        Device::connect(relay.addr, "junk", "p", "t", vec![])
            .await
            .err(),
        Some(Refused::Http(401))
    );
    let stranger = invite(&WorkspaceKey::from_seed([2; 32]), "s", "p", &[&team]);
    assert_eq!(
        Device::connect(relay.addr, &stranger, "p", "t", vec![])
            .await
            .err(),
        Some(Refused::Http(401))
    );
    let revoked = invite(&key, "lost-laptop", "p", &[&team]);
    std::fs::write(dir.path().join("revoked.txt"), "lost-laptop\n").unwrap();
    assert_eq!(
        Device::connect(relay.addr, &revoked, "p", "t", vec![])
            .await
            .err(),
        Some(Refused::Http(401))
    );
    let good = invite(&key, "ok", "p", &[&team]);
    assert!(Device::connect(relay.addr, &good, "p", "t", vec![])
        .await
        .is_ok());
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
    let secrets = Document::create(leadership.clone(), DocKind::Leadership);
    let ceo_docs = vec![
        (&team, team_doc_with_client(&team, "Acme")),
        (&leadership, secrets.automerge().clone()),
    ];
    let mut ceo = Device::connect(relay.addr, &ceo_token, "ceo", "tab", ceo_docs)
        .await
        .unwrap();
    ceo.synced(&team).await;
    ceo.synced(&leadership).await;

    // The team member's device asks for both; its invite names only one.
    let member_token = invite(&key, "member", "member", &[&team]);
    let member_docs = vec![(&team, Automerge::new()), (&leadership, Automerge::new())];
    let mut member = Device::connect(relay.addr, &member_token, "member", "tab", member_docs)
        .await
        .unwrap();
    member.synced(&team).await;
    assert_eq!(client_names(member.doc(&team), &team), ["Acme"]);
    let leadership_id = leadership.to_string();
    member
        .run_until(|d| d.unavailable.contains(&leadership_id))
        .await;
    assert!(member.doc(&leadership).get_heads().is_empty());
    assert!(
        !member.received_data_for.contains(&leadership_id),
        "not a byte of the leadership document reaches a team device"
    );

    // A device cannot claim another's identity: its peer id comes from its invite.
    let impostor = Device::connect(relay.addr, &member_token, "ceo", "tab", vec![]).await;
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
    let docs = vec![(&team, team_doc_with_client(&team, "Kept across restarts"))];
    let mut ceo = Device::connect(relay.addr, &token, "ceo", "laptop", docs)
        .await
        .unwrap();
    ceo.synced(&team).await;
    drop(ceo);
    relay.shut_down().await;

    let relay = RunningRelay::start(dir.path(), &key, 10, 1 << 20).await;
    let docs = vec![(&team, Automerge::new())];
    let mut phone = Device::connect(relay.addr, &token, "ceo", "phone", docs)
        .await
        .unwrap();
    phone.synced(&team).await;
    assert_eq!(
        client_names(phone.doc(&team), &team),
        ["Kept across restarts"]
    );
    relay.shut_down().await;
}

#[tokio::test]
async fn connection_and_frame_limits_hold() {
    let dir = tempfile::tempdir().unwrap();
    let key = WorkspaceKey::from_seed([1; 32]);
    let team = DocumentId::random();
    let token = invite(&key, "ceo", "ceo", &[&team]);
    let relay = RunningRelay::start(dir.path(), &key, 1, 4 * 1024).await;

    let mut first = Device::connect(relay.addr, &token, "ceo", "one", vec![])
        .await
        .unwrap();
    assert_eq!(
        Device::connect(relay.addr, &token, "ceo", "two", vec![])
            .await
            .err(),
        Some(Refused::Http(503))
    );

    first
        .socket
        .send(Frame::Binary(vec![0u8; 64 * 1024].into()))
        .await
        .ok();
    assert_eq!(
        first.run_until(|_| false).await.as_deref(),
        Some("closed"),
        "an oversized frame closes the connection"
    );
    relay.shut_down().await;
}
