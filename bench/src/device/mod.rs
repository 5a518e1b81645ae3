//! A native device: the app's own sans-IO sync [`Session`] over a
//! tokio-tungstenite WebSocket to a relay, holding live documents in memory.
//! The relay's integration and fault tests and the relay load benchmark all
//! drive the relay through this one client, so what they measure and prove is
//! what the app's protocol core does.

mod records;
mod relay_process;

use std::collections::HashMap;
use std::net::SocketAddr;
use std::time::Duration;

use automerge::{ChangeHash, ReadDoc};
use futures::{FutureExt, SinkExt, StreamExt};
use handover::doc::{ChangeMeta, DocError, Document, DocumentId, Writer};
use handover::sync::protocol::Message;
use handover::sync::session::{Documents, Session};
use handover_invite::{Grant, WorkspaceKey};
use tokio_tungstenite::tungstenite::{Error as WsError, Message as Frame};
use tokio_tungstenite::{connect_async, MaybeTlsStream, WebSocketStream};

pub use relay_process::RelayProcess;

type Socket = WebSocketStream<MaybeTlsStream<tokio::net::TcpStream>>;

/// An invite for peer `peer` to `documents`, signed with the workspace key,
/// valid until 2096 (tests and benchmarks never see it expire).
pub fn invite(key: &WorkspaceKey, id: &str, peer: &str, documents: &[&DocumentId]) -> String {
    key.sign(&Grant {
        id: id.into(),
        peer: peer.into(),
        name: peer.into(),
        role: "test".into(),
        documents: documents.iter().map(|d| d.to_string()).collect(),
        expires_at: 4_000_000_000,
    })
}

/// Why the relay would not let a device in.
#[derive(Debug, PartialEq)]
pub enum Refused {
    /// The WebSocket upgrade was answered with this HTTP status.
    Http(u16),
    /// The relay accepted the socket, then closed the session with a reason.
    Error(String),
    /// Nothing answered at the address (the relay is down or restarting).
    Unreachable(String),
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
}

/// One device (one tab: peer `<peer>/<tab>`) syncing its documents with a
/// relay. It keeps its documents across connections, so it can be cut off,
/// edit offline and reconnect like the app does.
pub struct Device {
    socket: Option<Socket>,
    session: Session,
    docs: Docs,
    tab: String,
    patience: Duration,
    unavailable: Vec<String>,
    received_data_for: Vec<String>,
}

impl Device {
    /// How long [`Device::run_until`] waits for a frame unless told otherwise.
    pub const PATIENCE: Duration = Duration::from_secs(20);

    /// A device holding `docs`, not connected yet.
    pub fn new(peer: &str, tab: &str, docs: Vec<Document>) -> Self {
        let docs = Docs(
            docs.into_iter()
                .map(|doc| (doc.id().to_string(), doc))
                .collect(),
        );
        let session = Session::new(&format!("{peer}/{tab}"), docs.0.keys().cloned());
        Self {
            socket: None,
            session,
            docs,
            tab: tab.to_string(),
            patience: Self::PATIENCE,
            unavailable: Vec::new(),
            received_data_for: Vec::new(),
        }
    }

    /// A device that connects as `<peer>/<tab>` holding `docs` and waits for
    /// the relay's answer to its `join`.
    pub async fn connect(
        addr: SocketAddr,
        token: &str,
        peer: &str,
        tab: &str,
        docs: Vec<Document>,
    ) -> Result<Device, Refused> {
        let mut device = Self::new(peer, tab, docs);
        device.reconnect(addr, token).await?;
        Ok(device)
    }

    /// Opens a new connection (dropping any old one) and joins: every
    /// document's sync state starts afresh, as in the app.
    pub async fn reconnect(&mut self, addr: SocketAddr, token: &str) -> Result<(), Refused> {
        self.socket = None;
        self.session.disconnected();
        let url = format!("ws://{addr}/sync?token={token}&tab={}", self.tab);
        let (socket, _) = connect_async(url).await.map_err(|err| match err {
            WsError::Http(response) => Refused::Http(response.status().as_u16()),
            other => Refused::Unreachable(other.to_string()),
        })?;
        self.socket = Some(socket);
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
        if let Ok(Message::Sync { document_id, .. } | Message::Request { document_id, .. }) =
            Message::decode(frame)
        {
            self.received_data_for.push(document_id);
        }
        let outcome = self
            .session
            .receive(frame, &mut self.docs)
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
