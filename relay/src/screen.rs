//! Every frame a device sends passes here before samod sees it. samod hands
//! sync messages straight to Automerge, and Automerge 0.12 crashes on some
//! malformed ones (see `handover::sync::guard`): such a frame ends its own
//! connection, and the relay and every other connection carry on.
//!
//! Here too a connection is held to its limits (`crate::limits`):
//!
//! - every change a device sends is written to disk before samod sees it
//!   (`crate::storage::Quota::write_ahead`), so whatever samod acknowledges is
//!   stored, and a document that would grow past `--max-document-bytes`
//!   gets the device an `error` message naming the quota, and its
//!   connection closed, with nothing of that frame applied;
//! - ephemeral messages pass at most at the configured rate (a token
//!   bucket); the excess is dropped, and a connection that keeps flooding is
//!   closed. Sync messages are not counted;
//! - the relay pings the device every `ping_every`, and closes a connection
//!   that has sent nothing (no frame, no pong) for `idle_timeout`, or has
//!   not taken a frame within `idle_timeout`.
//!
//! The inbound stream also ends when the connection's cancellation fires (its
//! grant was revoked or expired): samod then sees the device disconnect,
//! closes the socket and forgets the peer.

use std::sync::Arc;
use std::time::Instant;

use axum::extract::ws::{Message as WsMessage, WebSocket};
use futures::stream::{SplitSink, SplitStream};
use futures::{SinkExt, StreamExt};
use handover::sync::guard::{self, SyncRefused};
use handover::sync::protocol::Message;
use samod::{DocumentId, PeerId, Transport};
use tokio::sync::Mutex;
use tokio::time::{interval_at, Interval, MissedTickBehavior};
use tokio_util::sync::CancellationToken;
use tracing::{info, warn};

use crate::limits::{Bucket, ConnectionLimits, Verdict};
use crate::storage::{self, Quota};

/// Why a connection was ended.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct Refused(String);

type Sink = Arc<Mutex<SplitSink<WebSocket, WsMessage>>>;

/// How long a connection the relay refuses may still send before it is
/// closed (see [`Inbound::error`]).
const LINGER: std::time::Duration = std::time::Duration::from_millis(500);

/// Whether a peer may write a document (its grant names it).
pub type MayWrite = Arc<dyn Fn(&DocumentId) -> bool + Send + Sync>;

/// What a connection is screened with.
pub struct Screening {
    pub peer: PeerId,
    pub cancel: CancellationToken,
    pub limits: ConnectionLimits,
    pub quota: Quota,
    pub may_write: MayWrite,
}

/// Closes the socket when the connection is over (politely, if the device
/// still reads).
pub struct Closer(Sink, ConnectionLimits);

impl Closer {
    pub async fn close(self) {
        let _ = tokio::time::timeout(self.1.ping_every, async {
            self.0.lock().await.close().await
        })
        .await;
    }
}

struct Inbound {
    stream: SplitStream<WebSocket>,
    sink: Sink,
    screening: Screening,
    ping: Interval,
    heard: Instant,
    ephemeral: Bucket,
    dropped: u64,
    done: bool,
}

/// The samod transport over `socket`, screening every inbound frame and
/// bounding every outbound one.
pub fn screened(socket: WebSocket, screening: Screening) -> (Transport, Closer) {
    let (sink, stream) = socket.split();
    let sink: Sink = Arc::new(Mutex::new(sink));
    let peer = screening.peer.clone();
    let limits = screening.limits.clone();
    let now = Instant::now();
    let mut ping = interval_at(
        tokio::time::Instant::now() + limits.ping_every,
        limits.ping_every,
    );
    ping.set_missed_tick_behavior(MissedTickBehavior::Delay);
    let inbound = Inbound {
        stream,
        sink: sink.clone(),
        ephemeral: limits.ephemeral_bucket(now),
        screening,
        ping,
        heard: now,
        dropped: 0,
        done: false,
    };
    let inbound = Box::pin(futures::stream::unfold(inbound, |mut inbound| async move {
        let next = inbound.next().await?;
        Some((next, inbound))
    }));
    let outbound = futures::sink::unfold(
        (sink.clone(), limits.clone(), peer.clone()),
        |(sink, limits, peer), bytes: Vec<u8>| async move {
            let sent = tokio::time::timeout(limits.idle_timeout, async {
                sink.lock()
                    .await
                    .send(WsMessage::Binary(bytes.into()))
                    .await
            })
            .await;
            match sent {
                Ok(Ok(())) => Ok((sink, limits, peer)),
                Ok(Err(err)) => Err(Refused(format!("sending failed: {err}"))),
                Err(_) => {
                    warn!(%peer, timeout = ?limits.idle_timeout, "the device took no frame in time; connection closed");
                    Err(Refused("the device stopped reading".into()))
                }
            }
        },
    );
    let transport = Transport::new(inbound, Box::pin(outbound)).with_expected_peer_id(peer);
    (transport, Closer(sink, limits))
}

impl Inbound {
    /// The next frame for samod, an error that ends the connection, or the
    /// end.
    async fn next(&mut self) -> Option<Result<Vec<u8>, Refused>> {
        if self.done {
            return None;
        }
        let result = self.next_frame().await;
        if !matches!(result, Some(Ok(_))) {
            self.done = true;
        }
        result
    }

    async fn next_frame(&mut self) -> Option<Result<Vec<u8>, Refused>> {
        let peer = self.screening.peer.clone();
        let idle = self.screening.limits.idle_timeout;
        loop {
            let frame = tokio::select! {
                _ = self.screening.cancel.cancelled() => return None,
                _ = self.ping.tick() => {
                    if self.heard.elapsed() >= idle {
                        warn!(%peer, timeout = ?idle, "the device sent nothing in time; connection closed");
                        return Some(Err(Refused("the device went quiet".into())));
                    }
                    let sink = self.sink.clone();
                    let ping_every = self.screening.limits.ping_every;
                    // A device that does not read gets no ping, and is
                    // closed when its time is up.
                    let _ = tokio::time::timeout(ping_every, async move {
                        sink.lock().await.send(WsMessage::Ping(Default::default())).await
                    })
                    .await;
                    continue;
                }
                frame = self.stream.next() => frame,
            };
            self.heard = Instant::now();
            let bytes = match frame {
                Some(Ok(WsMessage::Binary(bytes))) => bytes,
                Some(Ok(WsMessage::Text(_))) => {
                    return Some(Err(Refused("a text frame on a binary protocol".into())))
                }
                Some(Ok(WsMessage::Close(_) | WsMessage::Ping(_) | WsMessage::Pong(_))) => continue,
                Some(Err(err)) => return Some(Err(Refused(format!("receiving failed: {err}")))),
                None => return None,
            };
            match Message::decode(&bytes) {
                Ok(Message::Ephemeral { .. }) => match self.ephemeral.take(Instant::now()) {
                    Verdict::Pass => {}
                    Verdict::Drop => {
                        self.dropped += 1;
                        if self.dropped == 1 {
                            info!(%peer, "ephemeral messages over the rate limit: dropping");
                        }
                        continue;
                    }
                    Verdict::Flooding => {
                        warn!(%peer, dropped = self.dropped, "ephemeral messages keep flooding; connection closed");
                        self.error("too many ephemeral messages: the relay closed the connection")
                            .await;
                        return Some(Err(Refused("ephemeral flood".into())));
                    }
                },
                Ok(
                    Message::Sync {
                        document_id, data, ..
                    }
                    | Message::Request {
                        document_id, data, ..
                    },
                ) => {
                    // Read once, here: for what would crash Automerge and for
                    // the changes to store. A sync message that does not
                    // decode is samod's to refuse.
                    let sync = match guard::decode_sync(&data) {
                        Ok(sync) => Some(sync),
                        Err(SyncRefused::Unreadable(_)) => None,
                        Err(SyncRefused::Unsafe(reason)) => {
                            warn!(%peer, %reason, "refused a sync message Automerge cannot take; connection closed");
                            return Some(Err(Refused(reason.into())));
                        }
                    };
                    if let Err(refused) = self.write_ahead(&document_id, sync.as_ref()).await {
                        return Some(Err(refused));
                    }
                }
                _ => {}
            }
            return Some(Ok(bytes.to_vec()));
        }
    }

    /// Stores the changes of a sync message before samod sees it, within the
    /// document's quota.
    async fn write_ahead(
        &mut self,
        document: &str,
        message: Option<&automerge::sync::Message>,
    ) -> Result<(), Refused> {
        let Ok(document) = document.parse::<DocumentId>() else {
            return Ok(()); // samod refuses it
        };
        self.screening.quota.store().use_document(&document);
        if !(self.screening.may_write)(&document) {
            return Ok(()); // samod answers that it is unavailable
        }
        let chunks = message.map(storage::chunks).unwrap_or_default();
        if chunks.is_empty() {
            return Ok(());
        }
        let written = self.screening.quota.write_ahead(&document, chunks).await;
        let peer = &self.screening.peer;
        match written {
            Ok(()) => Ok(()),
            Err(storage::Refusal::OverQuota { used, adding, max }) => {
                warn!(%peer, %document, used, adding, max, "a document would exceed its quota; connection closed");
                self.error(&format!(
                    "document {document} would exceed its quota of {max} bytes \
                     (--max-document-bytes): it holds {used}, this message adds {adding}; \
                     the relay did not store it and closed the connection"
                ))
                .await;
                Err(Refused("over the document quota".into()))
            }
            Err(storage::Refusal::Io(err)) => {
                warn!(%peer, %document, %err, "could not store a change; connection closed");
                self.error("the relay could not store the change").await;
                Err(Refused(format!("storing failed: {err}")))
            }
        }
    }

    /// Tells the device why the relay is closing the connection (the
    /// protocol's `error` message), if it still reads, and lingers a moment
    /// reading (and dropping) what it still sends: a socket closed with
    /// unread input is reset, and a reset can overtake the message.
    async fn error(&mut self, message: &str) {
        let frame = Message::Error {
            message: message.into(),
        }
        .encode();
        let sink = self.sink.clone();
        let _ = tokio::time::timeout(self.screening.limits.ping_every, async move {
            sink.lock()
                .await
                .send(WsMessage::Binary(frame.into()))
                .await
        })
        .await;
        let stream = &mut self.stream;
        let _ = tokio::time::timeout(LINGER, async move {
            while let Some(Ok(_)) = stream.next().await {}
        })
        .await;
    }
}
