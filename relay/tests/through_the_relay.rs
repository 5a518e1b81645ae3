//! The relay end to end on loopback: grants are checked, each device gets
//! exactly the documents its grant allows, documents survive a restart, and
//! the connection and frame limits hold. (`trust.rs` has the attacks on the
//! challenge, the proof, the ticket and revocation.)

mod common;

use handover::doc::{DocKind, Document, DocumentId};
use handover::domain::clients::Client;
use handover_bench::device::{invite, Credential, Device, Refused, Stopped};
use handover_invite::KeyPair;

use common::RunningRelay;

/// The CEO's device holding `documents` (empty ones at the current
/// schema), with one client named `client` written offline into `team`.
async fn ceo_with_client(
    tab: &str,
    team: &DocumentId,
    documents: Vec<Document>,
    client: &str,
) -> Device {
    let mut ceo = Device::new(tab, documents);
    ceo.add_client(team, "ceo", client, 0).await.unwrap();
    ceo
}

fn empty(id: &DocumentId, kind: DocKind) -> Document {
    Document::create(id.clone(), kind)
}

fn client_names(device: &Device, team: &DocumentId) -> Vec<String> {
    let clients = device.doc(team).all::<Client>().unwrap();
    clients.records.into_iter().map(|(_, c)| c.name).collect()
}

#[tokio::test]
async fn refuses_connections_without_a_valid_invite() {
    let dir = tempfile::tempdir().unwrap();
    let key = KeyPair::from_seed([1; 32]);
    let relay = RunningRelay::start(dir.path(), &key, 10, 1 << 20).await;
    let team = DocumentId::random();
    let denied = |code: &str| Some(Refused::Denied(403, code.into()));

    let nothing = Credential::fresh("").expecting(relay.key);
    assert_eq!(
        Device::connect(relay.addr, &nothing, "t", vec![])
            .await
            .err(),
        Some(Refused::Denied(400, "malformed".into()))
    );
    let junk = Credential::fresh("junk").expecting(relay.key);
    assert_eq!(
        Device::connect(relay.addr, &junk, "t", vec![]).await.err(),
        Some(Refused::Denied(400, "malformed".into()))
    );
    let stranger = invite(&KeyPair::from_seed([2; 32]), "s", "p", &relay.key, &[&team]);
    assert_eq!(
        Device::connect(relay.addr, &Credential::fresh(stranger), "t", vec![])
            .await
            .err(),
        denied("wrong-workspace")
    );
    let revoked = invite(&key, "lost-laptop", "p", &relay.key, &[&team]);
    std::fs::write(dir.path().join("revoked.txt"), "lost-laptop\n").unwrap();
    assert_eq!(
        Device::connect(relay.addr, &Credential::fresh(revoked), "t", vec![])
            .await
            .err(),
        denied("revoked")
    );
    let good = invite(&key, "ok", "p", &relay.key, &[&team]);
    assert!(
        Device::connect(relay.addr, &Credential::fresh(good), "t", vec![])
            .await
            .is_ok()
    );
    relay.shut_down().await;
}

#[tokio::test]
async fn each_device_gets_exactly_the_documents_its_invite_names() {
    let dir = tempfile::tempdir().unwrap();
    let key = KeyPair::from_seed([1; 32]);
    let relay = RunningRelay::start(dir.path(), &key, 10, 1 << 20).await;
    let team = DocumentId::random();
    let leadership = DocumentId::random();

    let ceo_credential = Credential::invited(&key, "ceo", &relay.key, &[&team, &leadership]);
    let ceo_docs = vec![
        empty(&team, DocKind::Team),
        empty(&leadership, DocKind::Leadership),
    ];
    let mut ceo = ceo_with_client("tab", &team, ceo_docs, "Acme").await;
    ceo.reconnect(relay.addr, &ceo_credential).await.unwrap();
    ceo.synced(&team).await.unwrap();
    ceo.synced(&leadership).await.unwrap();

    // The team member's device asks for both; its grant allows only one.
    let member_credential = Credential::invited(&key, "member", &relay.key, &[&team]);
    let member_docs = vec![
        empty(&team, DocKind::Team),
        empty(&leadership, DocKind::Leadership),
    ];
    let mut member = Device::connect(relay.addr, &member_credential, "tab", member_docs)
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

    // A device cannot claim another's identity: the relay names the peer
    // after the key the device proved, and samod holds the device to it.
    let mut impostor = Device::new("tab", vec![]);
    impostor.claim_peer_id(&format!("device-{}/tab", ceo_credential.key.public()));
    let impostor = impostor.reconnect(relay.addr, &member_credential).await;
    assert!(
        matches!(impostor.err(), Some(Refused::Error(message)) if message.contains("mismatch"))
    );
    relay.shut_down().await;
}

#[tokio::test]
async fn documents_survive_a_relay_restart() {
    let dir = tempfile::tempdir().unwrap();
    let key = KeyPair::from_seed([1; 32]);
    let team = DocumentId::random();

    let relay = RunningRelay::start(dir.path(), &key, 10, 1 << 20).await;
    // The laptop and the phone are two tabs of one device key here.
    let credential = Credential::invited(&key, "ceo", &relay.key, &[&team]);
    let docs = vec![empty(&team, DocKind::Team)];
    let mut ceo = ceo_with_client("laptop", &team, docs, "Kept across restarts").await;
    ceo.reconnect(relay.addr, &credential).await.unwrap();
    ceo.synced(&team).await.unwrap();
    drop(ceo);
    relay.shut_down().await;

    let relay = RunningRelay::start(dir.path(), &key, 10, 1 << 20).await;
    let docs = vec![empty(&team, DocKind::Team)];
    let mut phone = Device::connect(relay.addr, &credential, "phone", docs)
        .await
        .unwrap();
    phone.synced(&team).await.unwrap();
    assert_eq!(client_names(&phone, &team), ["Kept across restarts"]);
    relay.shut_down().await;
}

#[tokio::test]
async fn connection_and_frame_limits_hold() {
    let dir = tempfile::tempdir().unwrap();
    let key = KeyPair::from_seed([1; 32]);
    let team = DocumentId::random();
    let relay = RunningRelay::start(dir.path(), &key, 1, 4 * 1024).await;
    let credential = Credential::invited(&key, "ceo", &relay.key, &[&team]);

    let mut first = Device::connect(relay.addr, &credential, "one", vec![])
        .await
        .unwrap();
    assert_eq!(
        Device::connect(relay.addr, &credential, "two", vec![])
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
