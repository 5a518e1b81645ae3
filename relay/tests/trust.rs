//! Attacks on how a device gets in, each a test that fails if the attack
//! works: an edited invite, a stolen invite, a replayed proof, a relay with
//! another key, a grant for another relay, a revoked device with an open
//! connection, an expired grant, a ticket used twice or late, and secrets in
//! the relay's log.

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use handover::doc::{DocKind, Document, DocumentId};
use handover_bench::device::{
    self, grant, invite, Credential, Device, Refused, RelayProcess, Stopped,
};
use handover_invite::{Grant, KeyPair, Revocation};

use common::RunningRelay;

const RELAY: &str = env!("CARGO_BIN_EXE_handover-relay");

/// How soon a revoked device's open connection must end.
const REVOKED_WITHIN: Duration = Duration::from_secs(5);

fn denied(status: u16, code: &str) -> Option<Refused> {
    Some(Refused::Denied(status, code.into()))
}

fn empty(id: &DocumentId, kind: DocKind) -> Document {
    Document::create(id.clone(), kind)
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

fn revocation(workspace: &KeyPair, grant: &str) -> String {
    Revocation {
        grant: grant.into(),
        workspace: workspace.public().to_string(),
        revoked_at: now(),
        issuer: None,
    }
    .sign(workspace)
}

/// `token` with its payload replaced by `edited`, the signature kept.
fn edited(token: &str, edited: &Grant) -> String {
    let parts: Vec<&str> = token.split('.').collect();
    let payload = URL_SAFE_NO_PAD.encode(serde_json::to_vec(edited).unwrap());
    format!("{}.{payload}.{}", parts[0], parts[2])
}

#[tokio::test]
async fn an_edited_invite_gets_no_ticket_and_no_byte_of_the_leadership_document() {
    let dir = tempfile::tempdir().unwrap();
    let key = KeyPair::from_seed([11; 32]);
    let relay = RunningRelay::start(dir.path(), &key, 10, 1 << 20).await;
    let team = DocumentId::random();
    let leadership = DocumentId::random();

    // The CEO's device holds and syncs the leadership document.
    let ceo = Credential::invited(&key, "ceo", &relay.key, &[&team, &leadership]);
    let mut ceo_device = Device::new(
        "tab",
        vec![
            empty(&team, DocKind::Team),
            empty(&leadership, DocKind::Leadership),
        ],
    );
    ceo_device.reconnect(relay.addr, &ceo).await.unwrap();
    ceo_device.synced(&leadership).await.unwrap();

    // A member edits their invite into the CEO's role, keeping the signature.
    let member_grant = grant(&key, "member", "member", &relay.key, &[&team]);
    let token = member_grant.sign(&key);
    let mut promoted = member_grant.clone();
    promoted.role = "ceo".into();
    promoted.leadership = Some(leadership.to_string());
    let forged = Credential::fresh(edited(&token, &promoted));
    let both = || {
        vec![
            empty(&team, DocKind::Team),
            empty(&leadership, DocKind::Leadership),
        ]
    };
    assert_eq!(
        Device::connect(relay.addr, &forged, "tab", both())
            .await
            .err(),
        denied(403, "wrong-workspace")
    );
    // Nor does the old way in (a token in the URL) open anything.
    assert_eq!(
        device::open_socket(relay.addr, &format!("x&token={}", forged.token))
            .await
            .err(),
        Some(Refused::Http(401))
    );

    // With the genuine invite the member gets the team document and not a
    // byte of the leadership document.
    let member = Credential::new(forged.key.clone(), token);
    let mut member_device = Device::connect(relay.addr, &member, "tab", both())
        .await
        .unwrap();
    member_device.synced(&team).await.unwrap();
    let leadership_id = leadership.to_string();
    member_device
        .run_until(|d| d.unavailable().contains(&leadership_id))
        .await
        .unwrap();
    assert!(!member_device.received_data_for().contains(&leadership_id));
    assert_eq!(
        member_device.heads(&leadership),
        empty(&leadership, DocKind::Leadership).heads()
    );
    relay.shut_down().await;
}

#[tokio::test]
async fn a_stolen_invite_is_refused_on_another_device_also_after_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let key = KeyPair::from_seed([12; 32]);
    let relay = RunningRelay::start(dir.path(), &key, 10, 1 << 20).await;
    let team = DocumentId::random();
    let token = invite(&key, "invite-1", "member", &relay.key, &[&team]);
    let owner = Credential::fresh(token.clone());
    let thief = Credential::fresh(token);

    Device::connect(relay.addr, &owner, "tab", vec![])
        .await
        .unwrap();
    assert_eq!(
        Device::connect(relay.addr, &thief, "tab", vec![])
            .await
            .err(),
        denied(403, "redeemed-elsewhere")
    );
    assert!(
        Device::connect(relay.addr, &owner, "other-tab", vec![])
            .await
            .is_ok(),
        "the device that redeemed it comes back"
    );
    relay.shut_down().await;

    let relay = RunningRelay::start(dir.path(), &key, 10, 1 << 20).await;
    assert_eq!(
        Device::connect(relay.addr, &thief, "tab", vec![])
            .await
            .err(),
        denied(403, "redeemed-elsewhere")
    );
    assert!(Device::connect(relay.addr, &owner, "tab", vec![])
        .await
        .is_ok());
    relay.shut_down().await;
}

#[tokio::test]
async fn a_replayed_or_forged_proof_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let key = KeyPair::from_seed([13; 32]);
    let relay = RunningRelay::start(dir.path(), &key, 10, 1 << 20).await;
    let team = DocumentId::random();
    let credential = Credential::fresh(invite(&key, "g", "member", &relay.key, &[&team]));

    let nonce = device::nonce();
    let challenge = device::challenge(relay.addr, &nonce).await.unwrap();
    challenge.verify(&nonce, &relay.key).unwrap();
    let proof = device::prove(&credential, &challenge, "tab");
    device::open_session(relay.addr, &proof).await.unwrap();
    assert_eq!(
        device::open_session(relay.addr, &proof).await.err(),
        denied(401, "unknown-challenge"),
        "a challenge answers once"
    );

    // A proof signed by another key than the one it names.
    let challenge = device::challenge(relay.addr, &device::nonce())
        .await
        .unwrap();
    let mut forged = device::prove(&credential, &challenge, "tab");
    forged.device_key = KeyPair::from_seed([99; 32]).public().to_string();
    assert_eq!(
        device::open_session(relay.addr, &forged).await.err(),
        denied(401, "bad-signature")
    );
    // A challenge the relay never issued.
    let mut invented = device::prove(&credential, &challenge, "tab");
    invented.challenge = "A".repeat(43);
    assert_eq!(
        device::open_session(relay.addr, &invented).await.err(),
        denied(401, "unknown-challenge")
    );
    assert_eq!(
        device::challenge(relay.addr, "short").await.err(),
        denied(400, "bad-nonce")
    );
    relay.shut_down().await;
}

#[tokio::test]
async fn a_device_says_nothing_to_a_relay_with_another_key() {
    let key = KeyPair::from_seed([14; 32]);
    let (dir, other_dir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let relay = RunningRelay::start(dir.path(), &key, 10, 1 << 20).await;
    let impostor = RunningRelay::start(other_dir.path(), &key, 10, 1 << 20).await;
    assert_ne!(relay.key, impostor.key);
    let team = DocumentId::random();
    let credential = Credential::fresh(invite(&key, "g", "member", &relay.key, &[&team]));

    assert_eq!(
        Device::connect(impostor.addr, &credential, "tab", vec![])
            .await
            .err(),
        Some(Refused::WrongRelay)
    );
    // It never saw the invite: nothing was redeemed there.
    assert_eq!(
        std::fs::read_dir(other_dir.path().join("redeemed"))
            .unwrap()
            .count(),
        0
    );
    // Claiming the right key does not help a relay that cannot sign with it.
    let nonce = device::nonce();
    let mut claimed = device::challenge(impostor.addr, &nonce).await.unwrap();
    claimed.relay_key = relay.key.to_string();
    assert!(claimed.verify(&nonce, &relay.key).is_err());
    // Nor does replaying the real relay's answer to another nonce.
    let replayed = device::challenge(relay.addr, &device::nonce())
        .await
        .unwrap();
    assert!(replayed.verify(&nonce, &relay.key).is_err());

    assert!(Device::connect(relay.addr, &credential, "tab", vec![])
        .await
        .is_ok());
    relay.shut_down().await;
    impostor.shut_down().await;
}

#[tokio::test]
async fn a_grant_for_another_relay_is_refused() {
    let key = KeyPair::from_seed([15; 32]);
    let (dir, other_dir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let relay = RunningRelay::start(dir.path(), &key, 10, 1 << 20).await;
    let other = handover_relay::relay_key::load_or_create(other_dir.path())
        .unwrap()
        .public();
    let team = DocumentId::random();
    let credential =
        Credential::fresh(invite(&key, "g", "member", &other, &[&team])).expecting(relay.key);
    assert_eq!(
        Device::connect(relay.addr, &credential, "tab", vec![])
            .await
            .err(),
        denied(403, "wrong-relay")
    );
    let mut no_relay = grant(&key, "g2", "member", &relay.key, &[&team]);
    no_relay.relay = None;
    let credential = Credential::fresh(no_relay.sign(&key)).expecting(relay.key);
    assert_eq!(
        Device::connect(relay.addr, &credential, "tab", vec![])
            .await
            .err(),
        denied(403, "wrong-relay")
    );
    relay.shut_down().await;
}

#[tokio::test]
async fn an_expired_grant_or_one_bound_to_another_device_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let key = KeyPair::from_seed([16; 32]);
    let relay = RunningRelay::start(dir.path(), &key, 10, 1 << 20).await;
    let team = DocumentId::random();
    let mut expired = grant(&key, "g", "member", &relay.key, &[&team]);
    expired.expires_at = now() - 1;
    assert_eq!(
        Device::connect(
            relay.addr,
            &Credential::fresh(expired.sign(&key)),
            "tab",
            vec![]
        )
        .await
        .err(),
        denied(403, "expired")
    );

    let device_key = KeyPair::from_seed([17; 32]);
    let mut bound = grant(&key, "g2", "member", &relay.key, &[&team]);
    bound.device = Some(device_key.public().to_string());
    let token = bound.sign(&key);
    assert_eq!(
        Device::connect(relay.addr, &Credential::fresh(token.clone()), "tab", vec![])
            .await
            .err(),
        denied(403, "not-this-device")
    );
    assert!(Device::connect(
        relay.addr,
        &Credential::new(device_key, token),
        "tab",
        vec![]
    )
    .await
    .is_ok());
    relay.shut_down().await;
}

#[tokio::test]
async fn a_ticket_opens_one_socket_once_and_dies_soon() {
    let dir = tempfile::tempdir().unwrap();
    let key = KeyPair::from_seed([18; 32]);
    let relay = RunningRelay::start_with(dir.path(), &key, |config| {
        config.ticket_ttl_ms = 500;
    })
    .await;
    let team = DocumentId::random();
    let credential = Credential::fresh(invite(&key, "g", "member", &relay.key, &[&team]));

    let ticket = device::ticket(relay.addr, &credential, "tab")
        .await
        .unwrap();
    let socket = device::open_socket(relay.addr, &ticket.ticket).await;
    assert!(socket.is_ok());
    assert_eq!(
        device::open_socket(relay.addr, &ticket.ticket).await.err(),
        Some(Refused::Http(401)),
        "a ticket is single use"
    );
    let late = device::ticket(relay.addr, &credential, "tab")
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(800)).await;
    assert_eq!(
        device::open_socket(relay.addr, &late.ticket).await.err(),
        Some(Refused::Http(401)),
        "a ticket dies unused"
    );
    assert_eq!(
        device::open_socket(relay.addr, "").await.err(),
        Some(Refused::Http(401))
    );
    relay.shut_down().await;
}

/// Where a revocation comes from.
#[derive(Debug, Clone, Copy)]
enum Revoked {
    /// A signed revocation posted to `/revoke`.
    Posted,
    /// The grant id added to the operator's `revoked.txt`.
    Listed,
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_revoked_device_stops_receiving_within_five_seconds() {
    for how in [Revoked::Posted, Revoked::Listed] {
        revoked_while_connected(how).await;
    }
}

async fn revoked_while_connected(how: Revoked) {
    let dir = tempfile::tempdir().unwrap();
    let key = KeyPair::from_seed([19; 32]);
    let relay = RunningRelay::start(dir.path(), &key, 10, 1 << 20).await;
    let team = DocumentId::random();
    let docs = || vec![empty(&team, DocKind::Team)];
    let ceo = Credential::invited(&key, "ceo", &relay.key, &[&team]);
    let member = Credential::fresh(invite(&key, "lost-laptop", "m", &relay.key, &[&team]));
    let mut ceo_device = Device::connect(relay.addr, &ceo, "tab", docs())
        .await
        .unwrap();
    let mut member_device = Device::connect(relay.addr, &member, "tab", docs())
        .await
        .unwrap();
    ceo_device
        .add_client(&team, "ceo", "Before", 1)
        .await
        .unwrap();
    let heads = ceo_device.heads(&team);
    let (wrote, read) = tokio::join!(
        ceo_device.synced(&team),
        member_device.run_until(|d| d.heads(&team) == heads)
    );
    wrote.unwrap();
    read.unwrap();

    match how {
        Revoked::Posted => {
            let stranger = KeyPair::from_seed([20; 32]);
            assert_eq!(
                device::revoke(relay.addr, &revocation(&stranger, "lost-laptop"))
                    .await
                    .err(),
                denied(403, "wrong-workspace")
            );
            device::revoke(relay.addr, &revocation(&key, "lost-laptop"))
                .await
                .unwrap();
        }
        Revoked::Listed => {
            std::fs::write(dir.path().join("revoked.txt"), "lost-laptop # stolen\n").unwrap()
        }
    }
    let revoked_at = Instant::now();
    member_device.set_patience(REVOKED_WITHIN * 2);
    let ended = tokio::time::timeout(REVOKED_WITHIN, member_device.run_until(|_| false)).await;
    assert_eq!(
        ended,
        Ok(Err(Stopped::Closed)),
        "{how:?}: the revoked device's connection ended after {:?}",
        revoked_at.elapsed()
    );

    ceo_device
        .add_client(&team, "ceo", "After", 2)
        .await
        .unwrap();
    ceo_device.synced(&team).await.unwrap();
    let after = ceo_device.heads(&team)[0];
    assert_eq!(
        member_device.reconnect(relay.addr, &member).await.err(),
        denied(403, "revoked"),
        "{how:?}"
    );
    assert!(!member_device.has_change(&team, &after), "{how:?}");
    // The CEO syncs on.
    assert!(Device::connect(relay.addr, &ceo, "other", docs())
        .await
        .is_ok());
    relay.shut_down().await;
}

#[tokio::test]
async fn the_auth_endpoints_answer_other_origins() {
    let dir = tempfile::tempdir().unwrap();
    let key = KeyPair::from_seed([21; 32]);
    let relay = RunningRelay::start(dir.path(), &key, 10, 1 << 20).await;
    let client = reqwest::Client::new();
    for path in ["/auth/challenge", "/auth/session", "/revoke"] {
        let preflight = client
            .request(
                reqwest::Method::OPTIONS,
                format!("http://{}{path}", relay.addr),
            )
            .header("Origin", "https://app.example")
            .header("Access-Control-Request-Method", "POST")
            .header("Access-Control-Request-Headers", "content-type")
            .send()
            .await
            .unwrap();
        assert!(preflight.status().is_success(), "{path}");
        assert_eq!(
            preflight.headers()["access-control-allow-origin"],
            "*",
            "{path}"
        );
        assert!(!preflight
            .headers()
            .contains_key("access-control-allow-credentials"));
    }
    let answer = client
        .post(format!("http://{}/auth/challenge", relay.addr))
        .header("Origin", "https://app.example")
        .json(&serde_json::json!({ "nonce": device::nonce() }))
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 200);
    assert_eq!(answer.headers()["access-control-allow-origin"], "*");
    relay.shut_down().await;
}

/// The relay binary at debug level, through a whole session, a refusal and
/// a revocation: no token, ticket or device signature in its log.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_secret_reaches_the_relay_log() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("relay.log");
    let data = dir.path().join("data");
    let key = KeyPair::from_seed([22; 32]);
    let relay =
        RelayProcess::start_logging(Path::new(RELAY), &data, key.public(), 8, Some(log.clone()))
            .await
            .unwrap();
    let team = DocumentId::random();
    let credential = Credential::fresh(invite(&key, "logged", "member", &relay.key(), &[&team]));
    let mut secrets = vec![credential.token.clone()];

    let nonce = device::nonce();
    let challenge = device::challenge(relay.addr(), &nonce).await.unwrap();
    let proof = device::prove(&credential, &challenge, "tab");
    secrets.push(proof.signature.clone());
    let ticket = device::open_session(relay.addr(), &proof).await.unwrap();
    secrets.push(ticket.ticket.clone());
    let mut device = Device::new("tab", vec![empty(&team, DocKind::Team)]);
    device.reconnect(relay.addr(), &credential).await.unwrap();
    let socket = device::open_socket(relay.addr(), &ticket.ticket)
        .await
        .unwrap();
    drop(socket);
    let stranger = Credential::fresh(invite(
        &KeyPair::from_seed([23; 32]),
        "stranger",
        "s",
        &relay.key(),
        &[&team],
    ));
    secrets.push(stranger.token.clone());
    assert!(Device::connect(relay.addr(), &stranger, "tab", vec![])
        .await
        .is_err());
    let revoked = revocation(&key, "logged");
    secrets.push(revoked.clone());
    device::revoke(relay.addr(), &revoked).await.unwrap();
    assert_eq!(device.run_until(|_| false).await, Err(Stopped::Closed));
    drop(relay);

    let text = std::fs::read_to_string(&log).unwrap();
    assert!(text.contains("relay listening"), "{text}");
    assert!(text.contains("ticket issued"), "{text}");
    assert!(text.contains("logged"), "the grant id is logged");
    for secret in &secrets {
        // The signature part alone, too: it is what makes a token a token.
        let tail = secret.rsplit('.').next().unwrap();
        assert!(!text.contains(tail), "a secret in the log: {tail}");
    }
}
