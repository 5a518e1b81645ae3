//! Every frame a device sends passes here before samod sees it. samod hands
//! sync messages straight to Automerge, and Automerge 0.12 crashes on some
//! malformed ones (see `handover::sync::guard`): such a frame ends its own
//! connection, and the relay and every other connection carry on.

use axum::extract::ws::{Message as WsMessage, WebSocket};
use futures::{SinkExt, StreamExt};
use samod::{PeerId, Transport};
use tracing::warn;

/// Why a connection was ended.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct Refused(String);

/// The samod transport over `socket`, screening every inbound frame.
pub fn screened(socket: WebSocket, peer: PeerId) -> Transport {
    let (sink, stream) = socket.split();
    let log_peer = peer.clone();
    let inbound = stream.filter_map(move |frame| {
        let peer = log_peer.clone();
        async move {
            match frame {
                Ok(WsMessage::Binary(bytes)) => Some(match handover::sync::guard::unsafe_frame(&bytes) {
                    None => Ok(bytes.to_vec()),
                    Some(reason) => {
                        warn!(%peer, %reason, "refused a sync message Automerge cannot take; connection closed");
                        Err(Refused(reason.into()))
                    }
                }),
                Ok(WsMessage::Text(_)) => Some(Err(Refused("a text frame on a binary protocol".into()))),
                Ok(WsMessage::Close(_) | WsMessage::Ping(_) | WsMessage::Pong(_)) => None,
                Err(err) => Some(Err(Refused(format!("receiving failed: {err}")))),
            }
        }
    });
    let outbound = sink
        .sink_map_err(|err| Refused(format!("sending failed: {err}")))
        .with(|bytes: Vec<u8>| {
            futures::future::ready(Ok::<_, Refused>(WsMessage::Binary(bytes.into())))
        });
    Transport::new(Box::pin(inbound), outbound).with_expected_peer_id(peer)
}
