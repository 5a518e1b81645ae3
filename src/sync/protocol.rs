//! The automerge-repo wire protocol, version 1: one CBOR map per binary
//! WebSocket frame, tagged by `type`. Decoding never panics: anything that is
//! not a well-formed message of a known type is a [`FrameError`] with a reason,
//! except messages of types added by later protocol revisions, which decode as
//! [`Message::Unknown`] so that a newer peer does not break an older one.

use serde::{Deserialize, Serialize};

/// The protocol version this implementation speaks.
pub const PROTOCOL_VERSION: &str = "1";

/// Frames larger than this are refused before decoding (a relay applies its
/// own, configurable limit too).
pub const MAX_FRAME_BYTES: usize = 64 * 1024 * 1024;

/// Who a peer is, as it tells others in `join` and `peer`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PeerMetadata {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub storage_id: Option<String>,
    #[serde(default)]
    pub is_ephemeral: bool,
}

/// One protocol message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Message {
    /// The first message of a client.
    #[serde(rename_all = "camelCase")]
    Join {
        sender_id: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        peer_metadata: Option<PeerMetadata>,
        supported_protocol_versions: Vec<String>,
    },
    /// The server's answer to `join`.
    #[serde(rename_all = "camelCase")]
    Peer {
        sender_id: String,
        target_id: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        peer_metadata: Option<PeerMetadata>,
        selected_protocol_version: String,
    },
    /// A sync message for a document the sender does not have yet.
    #[serde(rename_all = "camelCase")]
    Request {
        sender_id: String,
        target_id: String,
        document_id: String,
        #[serde(with = "serde_bytes")]
        data: Vec<u8>,
    },
    /// An Automerge sync message for a document.
    #[serde(rename_all = "camelCase")]
    Sync {
        sender_id: String,
        target_id: String,
        document_id: String,
        #[serde(with = "serde_bytes")]
        data: Vec<u8>,
    },
    /// The sender does not have the document (or may not share it).
    #[serde(rename_all = "camelCase")]
    DocUnavailable {
        sender_id: String,
        target_id: String,
        document_id: String,
    },
    /// Presence and other data that is not stored.
    #[serde(rename_all = "camelCase")]
    Ephemeral {
        sender_id: String,
        target_id: String,
        document_id: String,
        session_id: String,
        count: u64,
        #[serde(with = "serde_bytes")]
        data: Vec<u8>,
    },
    /// The sender is closing the connection because of `message`.
    Error { message: String },
    /// The sender is leaving.
    #[serde(rename_all = "camelCase")]
    Leave { sender_id: String },
    /// A message type this implementation does not know; ignored.
    #[serde(skip)]
    Unknown(String),
}

/// Why a frame was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FrameError {
    #[error("the frame is {0} bytes, more than the {MAX_FRAME_BYTES} allowed")]
    TooLarge(usize),
    #[error("the frame is not a CBOR map with a text `type`")]
    NotAMessage,
    #[error("the {kind} message is malformed: {reason}")]
    Malformed { kind: String, reason: String },
}

/// The message types of protocol version 1 this implementation decodes.
const KNOWN: [&str; 8] = [
    "join",
    "peer",
    "request",
    "sync",
    "doc-unavailable",
    "ephemeral",
    "error",
    "leave",
];

impl Message {
    /// A sync message `data` for `document_id`: a `request` when the sender
    /// has nothing of the document yet (`asks`), a `sync` otherwise.
    pub fn sync_or_request(
        asks: bool,
        sender_id: String,
        target_id: String,
        document_id: String,
        data: Vec<u8>,
    ) -> Message {
        if asks {
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
        }
    }

    /// The frame for this message.
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::new();
        ciborium::into_writer(self, &mut out).expect("messages always encode");
        out
    }

    /// Reads one frame.
    pub fn decode(frame: &[u8]) -> Result<Message, FrameError> {
        if frame.len() > MAX_FRAME_BYTES {
            return Err(FrameError::TooLarge(frame.len()));
        }
        // Nearly every frame is a well-formed message of a known type: read
        // it straight into its struct. Only a frame that does not read so is
        // read again as a CBOR value, to tell an unknown type from a
        // malformed message.
        if let Ok(message) = ciborium::from_reader::<Message, _>(frame) {
            return Ok(message);
        }
        let value: ciborium::Value =
            ciborium::from_reader(frame).map_err(|_| FrameError::NotAMessage)?;
        let kind = message_type(&value).ok_or(FrameError::NotAMessage)?;
        if !KNOWN.contains(&kind.as_str()) {
            return Ok(Message::Unknown(kind));
        }
        value
            .deserialized::<Message>()
            .map_err(|err| FrameError::Malformed {
                kind,
                reason: err.to_string(),
            })
    }
}

fn message_type(value: &ciborium::Value) -> Option<String> {
    value.as_map()?.iter().find_map(|(key, value)| {
        (key.as_text()? == "type").then(|| value.as_text().map(str::to_string))?
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod fuzz_tests;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
