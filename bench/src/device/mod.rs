//! A native device: the app's own sans-IO sync [`Session`] over a
//! tokio-tungstenite WebSocket to a relay, holding live documents in memory.
//! The relay's integration and fault tests and the relay load benchmark all
//! drive the relay through this one client, so what they measure and prove is
//! what the app's protocol core does.

mod postgres_process;
mod records;
mod relay_process;

use std::collections::HashMap;
use std::net::SocketAddr;
use std::time::Duration;

use automerge::{ChangeHash, ReadDoc};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use futures::{FutureExt, SinkExt, StreamExt};
use handover::doc::{ChangeMeta, DocError, Document, DocumentId, Writer};
use handover::sync::protocol::Message;
use handover::sync::session::{Documents, Session};
use handover_invite::{
    device_statement, Challenge, Grant, KeyPair, Proof, PublicKey, RelayRef, Ticket,
};
use tokio_tungstenite::tungstenite::protocol::WebSocketConfig;
use tokio_tungstenite::tungstenite::{Error as WsError, Message as Frame};
use tokio_tungstenite::{connect_async_with_config, MaybeTlsStream, WebSocketStream};

pub use postgres_process::PostgresProcess;
pub use relay_process::RelayProcess;

type Socket = WebSocketStream<MaybeTlsStream<tokio::net::TcpStream>>;

/// When the grants of tests and benchmarks expire: 2096, never in a run.
pub const FOREVER: i64 = 4_000_000_000;

/// What the workspace key grants member `member` at the relay holding
/// `relay`: `documents[0]` is the team document, `documents[1]` (if any) the
/// leadership document (and the role then `ceo`). An invite: bound to no
/// device until one redeems it.
pub fn grant(
    workspace: &KeyPair,
    id: &str,
    member: &str,
    relay: &PublicKey,
    documents: &[&DocumentId],
) -> Grant {
    Grant {
        id: id.into(),
        member: member.into(),
        name: member.into(),
        role: if documents.len() > 1 {
            "ceo"
        } else {
            "team-member"
        }
        .into(),
        workspace: workspace.public().to_string(),
        team: documents
            .first()
            .expect("a grant names the team document")
            .to_string(),
        leadership: documents.get(1).map(|d| d.to_string()),
        relay: Some(RelayRef {
            address: "ws://127.0.0.1".into(),
            key: Some(relay.to_string()),
        }),
        device: None,
        expires_at: FOREVER,
        issuer: None,
    }
}

/// [`grant`], signed into a token.
pub fn invite(
    workspace: &KeyPair,
    id: &str,
    member: &str,
    relay: &PublicKey,
    documents: &[&DocumentId],
) -> String {
    grant(workspace, id, member, relay, documents).sign(workspace)
}

/// What a device presents to a relay: its own key and its grant token, and
/// the relay key it expects (the grant's, unless told otherwise).
#[derive(Debug, Clone)]
pub struct Credential {
    pub key: KeyPair,
    pub token: String,
    relay: Option<PublicKey>,
}

impl Credential {
    /// `token` held by the device with `key`.
    pub fn new(key: KeyPair, token: impl Into<String>) -> Self {
        let token = token.into();
        let relay = Grant::peek(&token)
            .ok()
            .and_then(|grant| grant.relay?.key?.parse().ok());
        Self { key, token, relay }
    }

    /// A new device (a fresh random key) holding an invite for member
    /// `member` (also the grant's id) to `documents`, through `relay`.
    pub fn invited(
        workspace: &KeyPair,
        member: &str,
        relay: &PublicKey,
        documents: &[&DocumentId],
    ) -> Self {
        Self::fresh(invite(workspace, member, member, relay, documents))
    }

    /// `token` on a new device (a fresh random key).
    pub fn fresh(token: impl Into<String>) -> Self {
        Self::new(KeyPair::from_seed(rand::random()), token)
    }

    /// Expects the relay to prove `relay` (for tokens that name none).
    pub fn expecting(mut self, relay: PublicKey) -> Self {
        self.relay = Some(relay);
        self
    }

    /// The relay key the device checks the relay's challenge against.
    pub fn expected_relay(&self) -> Option<PublicKey> {
        self.relay
    }
}

/// Why the relay would not let a device in.
#[derive(Debug, PartialEq)]
pub enum Refused {
    /// The relay answered with this HTTP status (and no refusal code).
    Http(u16),
    /// The relay refused with this HTTP status and `Refused` code.
    Denied(u16, String),
    /// The relay did not prove the key the device expects: the device said
    /// nothing more to it (no token, no proof).
    WrongRelay,
    /// The relay accepted the socket, then closed the session with a reason.
    Error(String),
    /// Nothing answered at the address (the relay is down or restarting).
    Unreachable(String),
}

/// An HTTP client for one exchange with the relay. A new one each time: a
/// client's pooled connections belong to the runtime that made them.
fn http() -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(Duration::from_secs(60))
        .build()
        .expect("a plain HTTP client builds")
}

/// POSTs `body` as JSON to `path` at the relay and reads the JSON answer,
/// or the refusal.
async fn post<T: serde::de::DeserializeOwned>(
    addr: SocketAddr,
    path: &str,
    body: &impl serde::Serialize,
) -> Result<T, Refused> {
    let response = http()
        .post(format!("http://{addr}{path}"))
        .json(body)
        .send()
        .await
        .map_err(|err| Refused::Unreachable(err.to_string()))?;
    let status = response.status().as_u16();
    let bytes = response
        .bytes()
        .await
        .map_err(|err| Refused::Unreachable(err.to_string()))?;
    if status == 200 {
        return serde_json::from_slice(&bytes).map_err(|_| Refused::Http(status));
    }
    match serde_json::from_slice::<handover_invite::Refused>(&bytes) {
        Ok(refused) => Err(Refused::Denied(status, refused.code)),
        Err(_) => Err(Refused::Http(status)),
    }
}

/// A fresh random nonce.
pub fn nonce() -> String {
    URL_SAFE_NO_PAD.encode(rand::random::<[u8; 16]>())
}

/// Step 1: asks the relay at `addr` for a challenge answering `nonce`.
pub async fn challenge(addr: SocketAddr, nonce: &str) -> Result<Challenge, Refused> {
    post(
        addr,
        "/auth/challenge",
        &serde_json::json!({ "nonce": nonce }),
    )
    .await
}

/// The device's answer to `challenge` (which it has checked) for tab `tab`.
pub fn prove(credential: &Credential, challenge: &Challenge, tab: &str) -> Proof {
    Proof {
        token: credential.token.clone(),
        device_key: credential.key.public().to_string(),
        challenge: challenge.challenge.clone(),
        signature: credential.key.sign_bytes(&device_statement(
            &challenge.challenge,
            &challenge.relay_key,
            &credential.token,
            tab,
        )),
        tab: tab.into(),
    }
}

/// Step 2: presents `proof`; the relay's ticket or refusal.
pub async fn open_session(addr: SocketAddr, proof: &Proof) -> Result<Ticket, Refused> {
    post(addr, "/auth/session", proof).await
}

/// Steps 1 and 2: a ticket for `credential` from tab `tab`. The relay's
/// challenge is checked against the key the credential expects before the
/// device sends its token or proof.
pub async fn ticket(
    addr: SocketAddr,
    credential: &Credential,
    tab: &str,
) -> Result<Ticket, Refused> {
    let nonce = nonce();
    let challenge = challenge(addr, &nonce).await?;
    let expected = credential.expected_relay().ok_or(Refused::WrongRelay)?;
    challenge
        .verify(&nonce, &expected)
        .map_err(|_| Refused::WrongRelay)?;
    open_session(addr, &prove(credential, &challenge, tab)).await
}

/// Hands a revocation token to the relay (`POST /revoke`).
pub async fn revoke(addr: SocketAddr, revocation: &str) -> Result<(), Refused> {
    post::<serde_json::Value>(addr, "/revoke", &serde_json::json!({ "token": revocation }))
        .await
        .map(|_| ())
}

/// How much a device reads from its socket at once: tungstenite zeroes this
/// much on every read, and at its default of 128 KiB that was 3% of
/// `relay-load`'s CPU with 900 readers (the relay reads as little, for the
/// same reason: `READ_BUFFER_BYTES` in `relay/src/server.rs`).
const READ_BUFFER_BYTES: usize = 16 * 1024;

/// Opens the WebSocket for `ticket`.
pub async fn open_socket(addr: SocketAddr, ticket: &str) -> Result<Socket, Refused> {
    let url = format!("ws://{addr}/sync?ticket={ticket}");
    let config = WebSocketConfig::default().read_buffer_size(READ_BUFFER_BYTES);
    // Nagle's algorithm off, as browsers have it: with it on, a frame could
    // wait up to 40 ms for the relay to acknowledge the one before.
    let disable_nagle = true;
    let connected = connect_async_with_config(url, Some(config), disable_nagle).await;
    let (socket, _) = connected.map_err(|err| match err {
        WsError::Http(response) => Refused::Http(response.status().as_u16()),
        other => Refused::Unreachable(other.to_string()),
    })?;
    Ok(socket)
}

/// Why a device stopped before what it waited for held.
#[derive(Debug, PartialEq)]
pub enum Stopped {
    /// The relay closed the session with this reason.
    Refused(String),
    /// The connection is gone (or was never made).
    Closed,
    /// No frame arrived within the device's patience.
    Quiet,
}

/// The documents a device holds, by id.
struct Docs(HashMap<String, Document>);

impl Documents for Docs {
    fn read<R>(&self, id: &str, f: impl FnOnce(&automerge::Automerge) -> R) -> Option<R> {
        self.0.get(id).map(|doc| f(doc.automerge()))
    }

    fn edit<R>(
        &mut self,
        id: &str,
        f: impl FnOnce(&mut automerge::Automerge, &mut automerge::PatchLog) -> R,
    ) -> Option<R> {
        self.0
            .get_mut(id)
            .map(|doc| f(doc.automerge_mut(), &mut automerge::PatchLog::inactive()))
    }

    fn adopt_loaded(
        &mut self,
        id: &str,
        _whole: &[u8],
        loaded: automerge::Automerge,
    ) -> Option<Result<(), DocError>> {
        self.0
            .get_mut(id)
            .map(|doc| doc.adopt_loaded(loaded).map(drop))
    }
}

/// One device (one tab: the relay names it `device-<key>/<tab>`) syncing its
/// documents with a relay. It keeps its documents across connections, so it can be cut off,
/// edit offline and reconnect like the app does.
pub struct Device {
    socket: Option<Socket>,
    session: Session,
    docs: Docs,
    tab: String,
    claim: Option<String>,
    patience: Duration,
    unavailable: Vec<String>,
    received_data_for: Vec<String>,
}

impl Device {
    /// How long [`Device::run_until`] waits for a frame unless told otherwise.
    pub const PATIENCE: Duration = Duration::from_secs(20);

    /// A device (tab `tab`) holding `docs`, not connected yet.
    pub fn new(tab: &str, docs: Vec<Document>) -> Self {
        let docs = Docs(
            docs.into_iter()
                .map(|doc| (doc.id().to_string(), doc))
                .collect(),
        );
        let session = Session::new(&format!("offline/{tab}"), docs.0.keys().cloned());
        Self {
            socket: None,
            session,
            docs,
            tab: tab.to_string(),
            claim: None,
            patience: Self::PATIENCE,
            unavailable: Vec::new(),
            received_data_for: Vec::new(),
        }
    }

    /// A device that connects with `credential` from tab `tab` holding
    /// `docs` and waits for the relay's answer to its `join`.
    pub async fn connect(
        addr: SocketAddr,
        credential: &Credential,
        tab: &str,
        docs: Vec<Document>,
    ) -> Result<Device, Refused> {
        let mut device = Self::new(tab, docs);
        device.reconnect(addr, credential).await?;
        Ok(device)
    }

    /// Joins as `peer_id` whatever the relay names this device: an
    /// impostor, for tests.
    pub fn claim_peer_id(&mut self, peer_id: &str) {
        self.claim = Some(peer_id.to_string());
    }

    /// Opens a new connection (dropping any old one): a challenge, a proof
    /// and a ticket, then the WebSocket, and joins as the peer the relay
    /// named. Every document's sync state starts afresh, as in the app.
    pub async fn reconnect(
        &mut self,
        addr: SocketAddr,
        credential: &Credential,
    ) -> Result<(), Refused> {
        self.socket = None;
        self.session.disconnected();
        let ticket = ticket(addr, credential, &self.tab).await?;
        let me = self.claim.clone().unwrap_or(ticket.peer_id);
        self.session = Session::new(&me, self.docs.0.keys().cloned());
        self.socket = Some(open_socket(addr, &ticket.ticket).await?);
        let join = self.session.connected();
        self.send(join).await;
        match self.run_until(|d| d.session.is_joined()).await {
            Ok(()) => Ok(()),
            Err(Stopped::Refused(reason)) => Err(Refused::Error(reason)),
            Err(other) => Err(Refused::Unreachable(format!("{other:?}"))),
        }
    }

    /// Waits at most `patience` for each frame in [`Device::run_until`].
    pub fn set_patience(&mut self, patience: Duration) {
        self.patience = patience;
    }

    pub fn is_connected(&self) -> bool {
        self.socket.is_some()
    }

    /// Handles frames from the relay until `done` holds.
    pub async fn run_until(&mut self, done: impl Fn(&Device) -> bool) -> Result<(), Stopped> {
        while !done(self) {
            let socket = self.socket.as_mut().ok_or(Stopped::Closed)?;
            let next = tokio::time::timeout(self.patience, socket.next())
                .await
                .map_err(|_| Stopped::Quiet)?;
            if let Some(frame) = self.binary(next)? {
                self.handle(&frame).await?;
            }
        }
        Ok(())
    }

    /// Handles the frames that have already arrived, without waiting for
    /// more: lets a device that is busy writing keep its sync going.
    pub async fn drain(&mut self) -> Result<(), Stopped> {
        loop {
            let socket = self.socket.as_mut().ok_or(Stopped::Closed)?;
            let Some(next) = socket.next().now_or_never() else {
                return Ok(());
            };
            if let Some(frame) = self.binary(next)? {
                self.handle(&frame).await?;
            }
        }
    }

    /// The payload of a binary frame, `None` for other frames (pings), and
    /// [`Stopped::Closed`] once the connection is gone.
    fn binary(
        &mut self,
        next: Option<Result<Frame, WsError>>,
    ) -> Result<Option<tokio_tungstenite::tungstenite::Bytes>, Stopped> {
        match next {
            Some(Ok(Frame::Binary(bytes))) => Ok(Some(bytes)),
            Some(Ok(_)) => Ok(None),
            Some(Err(_)) | None => {
                self.cut_off();
                Err(Stopped::Closed)
            }
        }
    }

    async fn handle(&mut self, frame: &[u8]) -> Result<(), Stopped> {
        let message = Message::decode(frame).map_err(|err| Stopped::Refused(err.to_string()))?;
        if let Message::Sync { document_id, .. } | Message::Request { document_id, .. } = &message {
            self.received_data_for.push(document_id.clone());
        }
        let outcome = self
            .session
            .receive_message(message, &mut self.docs)
            .map_err(|err| Stopped::Refused(err.to_string()))?;
        self.unavailable.extend(outcome.unavailable);
        self.send(outcome.send).await;
        match outcome.refused {
            Some(reason) => Err(Stopped::Refused(reason)),
            None => Ok(()),
        }
    }

    /// Sends frames; a failed send means the connection is gone, which the
    /// next [`Device::run_until`] reports.
    async fn send(&mut self, frames: Vec<Vec<u8>>) {
        for frame in frames {
            let Some(socket) = self.socket.as_mut() else {
                return;
            };
            if socket.send(Frame::Binary(frame.into())).await.is_err() {
                self.cut_off();
            }
        }
    }

    /// Sends raw bytes as one binary frame, to see what the relay makes of them.
    pub async fn send_raw(&mut self, bytes: Vec<u8>) {
        self.send(vec![bytes]).await;
    }

    fn cut_off(&mut self) {
        self.socket = None;
        self.session.disconnected();
    }

    /// Waits until the relay has every change of `document` and this device
    /// has every change the relay has.
    pub async fn synced(&mut self, document: &DocumentId) -> Result<(), Stopped> {
        self.run_until(|d| d.is_synced(document)).await
    }

    /// Whether the relay has acknowledged every change of `document` this
    /// device has (and told of no change this device lacks).
    pub fn is_synced(&self, document: &DocumentId) -> bool {
        self.session.is_synced(document.as_str(), &self.docs)
    }

    /// Changes `document` as the app does (one attributed Automerge change)
    /// and offers the change to the relay if connected; offline, the change
    /// waits for the next connection.
    pub async fn edit<R>(
        &mut self,
        document: &DocumentId,
        meta: &ChangeMeta,
        now_ms: i64,
        edit: impl FnOnce(&mut Writer<'_, '_>) -> Result<R, DocError>,
    ) -> Result<R, DocError> {
        let doc = self
            .docs
            .0
            .get_mut(document.as_str())
            .expect("edit only documents the device holds");
        let result = doc.change(meta, now_ms, edit)?;
        let frames = self.session.local_change(document.as_str(), &self.docs);
        self.send(frames).await;
        Ok(result)
    }

    /// The device's copy of `document`.
    pub fn doc(&self, document: &DocumentId) -> &Document {
        &self.docs.0[document.as_str()]
    }

    pub fn heads(&self, document: &DocumentId) -> Vec<ChangeHash> {
        self.doc(document).heads()
    }

    /// Whether the change `hash` (and everything it depends on) has arrived.
    pub fn has_change(&self, document: &DocumentId, hash: &ChangeHash) -> bool {
        self.doc(document)
            .automerge()
            .get_missing_deps(&[*hash])
            .is_empty()
    }

    /// Documents the relay said it would not share.
    pub fn unavailable(&self) -> &[String] {
        &self.unavailable
    }

    /// Documents the relay sent sync data for, once per frame.
    pub fn received_data_for(&self) -> &[String] {
        &self.received_data_for
    }
}
