//! The relay end to end on loopback: invites are checked, each device gets
//! exactly the documents its invite names, documents survive a restart, and
//! the connection and frame limits hold.

use std::net::SocketAddr;
use std::path::Path;
use std::time::Duration;

use handover::doc::{Collection, DocKind, Document, DocumentId};
use handover::domain::clients::Client;
use handover_bench::device::{invite, Device, Refused, Stopped};
use handover_invite::WorkspaceKey;
use handover_relay::{serve, Config};
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

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

/// The CEO's device holding `documents` (empty ones at the current
/// schema), with one client named `client` written offline into `team`.
async fn ceo_with_client(
    tab: &str,
    team: &DocumentId,
    documents: Vec<Document>,
    client: &str,
) -> Device {
    let mut ceo = Device::new("ceo", tab, documents);
    ceo.add_client(team, "ceo", client, 0).await.unwrap();
    ceo
}

fn empty(id: &DocumentId, kind: DocKind) -> Document {
    Document::create(id.clone(), kind)
}

fn client_names(device: &Device, team: &DocumentId) -> Vec<String> {
    let clients = device.doc(team).all::<Client>(Collection::Clients).unwrap();
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
    let ceo_docs = vec![
        empty(&team, DocKind::Team),
        empty(&leadership, DocKind::Leadership),
    ];
    let mut ceo = ceo_with_client("tab", &team, ceo_docs, "Acme").await;
    ceo.reconnect(relay.addr, &ceo_token).await.unwrap();
    ceo.synced(&team).await.unwrap();
    ceo.synced(&leadership).await.unwrap();

    // The team member's device asks for both; its invite names only one.
    let member_token = invite(&key, "member", "member", &[&team]);
    let member_docs = vec![
        empty(&team, DocKind::Team),
        empty(&leadership, DocKind::Leadership),
    ];
    let mut member = Device::connect(relay.addr, &member_token, "member", "tab", member_docs)
        .await
        .unwrap();
    member.synced(&team).await.unwrap();
    assert_eq!(client_names(&member, &team), ["Acme"]);
    let leadership_id = leadership.to_string();
    member
        .run_until(|d| d.unavailable().contains(&leadership_id))
        .await
        .unwrap();
    assert_eq!(
        member.heads(&leadership),
        empty(&leadership, DocKind::Leadership).heads(),
        "nothing beyond the schema every device starts from"
    );
    assert!(
        !member.received_data_for().contains(&leadership_id),
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
    let docs = vec![empty(&team, DocKind::Team)];
    let mut ceo = ceo_with_client("laptop", &team, docs, "Kept across restarts").await;
    ceo.reconnect(relay.addr, &token).await.unwrap();
    ceo.synced(&team).await.unwrap();
    drop(ceo);
    relay.shut_down().await;

    let relay = RunningRelay::start(dir.path(), &key, 10, 1 << 20).await;
    let docs = vec![empty(&team, DocKind::Team)];
    let mut phone = Device::connect(relay.addr, &token, "ceo", "phone", docs)
        .await
        .unwrap();
    phone.synced(&team).await.unwrap();
    assert_eq!(client_names(&phone, &team), ["Kept across restarts"]);
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

    first.send_raw(vec![0u8; 64 * 1024]).await;
    assert_eq!(
        first.run_until(|_| false).await,
        Err(Stopped::Closed),
        "an oversized frame closes the connection"
    );
    relay.shut_down().await;
}
