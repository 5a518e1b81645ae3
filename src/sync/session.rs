//! One connection to a relay or to another device, sans-IO: frames and
//! document access in, frames and notices out. The transport feeds it and sends what it returns;
//! it never touches a socket or a clock, so it is tested natively.
//!
//! Every (re)connection starts each document's Automerge sync state afresh:
//! state carried over from a previous connection describes what the relay
//! had then, and reusing it is what makes automerge-repo clients loop or ask
//! for changes out of order after a reconnect.

use std::collections::{BTreeMap, HashMap, VecDeque};

use automerge::sync::{self, SyncDoc};
use automerge::{Automerge, AutomergeError, PatchLog};

use super::guard;
use super::protocol::{FrameError, Message, PeerMetadata, PROTOCOL_VERSION};
use crate::doc::{is_whole_document, DocError, WholeInSteps};

/// Gives the session the documents it syncs. `edit` merges what the relay
/// sent, logging what it changes in the patch log it passes (an inactive
/// one when nobody needs to know); the implementation persists and
/// publishes the change.
pub trait Documents {
    fn read<R>(&self, id: &str, f: impl FnOnce(&Automerge) -> R) -> Option<R>;
    fn edit<R>(
        &mut self,
        id: &str,
        f: impl FnOnce(&mut Automerge, &mut PatchLog) -> R,
    ) -> Option<R>;
    /// Takes in `loaded`, the whole document the other end sent for
    /// document `id`, loaded on its own (see [`crate::doc::adopt_loaded`]);
    /// `whole` is its bytes, to store as they came.
    fn adopt_loaded(
        &mut self,
        id: &str,
        whole: &[u8],
        loaded: Automerge,
    ) -> Option<Result<(), DocError>>;

    /// Whether the caller loads a whole document the other end sends, a
    /// part at a time between frames ([`Outcome::load_whole`]), instead of
    /// the session loading it at once: the page does, where the busy year's
    /// would hold the tab for 1.3 s.
    fn loads_whole_in_steps(&self) -> bool {
        false
    }
}

/// Documents held in memory by id, with nothing to persist or publish: for
/// tests, fuzzing and tools that drive a session without a store.
impl Documents for HashMap<String, Automerge> {
    fn read<R>(&self, id: &str, f: impl FnOnce(&Automerge) -> R) -> Option<R> {
        self.get(id).map(f)
    }

    fn edit<R>(
        &mut self,
        id: &str,
        f: impl FnOnce(&mut Automerge, &mut PatchLog) -> R,
    ) -> Option<R> {
        self.get_mut(id)
            .map(|doc| f(doc, &mut PatchLog::inactive()))
    }

    fn adopt_loaded(
        &mut self,
        id: &str,
        _whole: &[u8],
        loaded: Automerge,
    ) -> Option<Result<(), DocError>> {
        self.get_mut(id)
            .map(|doc| crate::doc::adopt_loaded(doc, loaded).map(drop))
    }
}

/// What happened, for the transport and the sync indicator.
#[derive(Debug, Default, PartialEq)]
pub struct Outcome {
    /// Frames to send, in order.
    pub send: Vec<Vec<u8>>,
    /// Documents the relay changed.
    pub changed: Vec<String>,
    /// Documents the relay would not share (not named by this device's
    /// invite, or unknown to it).
    pub unavailable: Vec<String>,
    /// The relay closed the session with this reason.
    pub refused: Option<String>,
    /// Ephemeral data other peers sent about a document: (document, data).
    pub ephemeral: Vec<(String, Vec<u8>)>,
    /// A whole document the other end sent, for the caller to load a part
    /// at a time (when [`Documents::loads_whole_in_steps`]) and hand back
    /// to [`Session::loaded_whole`]. The frames after it wait until then.
    pub load_whole: Option<WholeDocument>,
}

/// A whole document the other end sent, to load.
#[derive(Debug, PartialEq)]
pub struct WholeDocument {
    pub id: String,
    pub bytes: Vec<u8>,
    /// Which load this is: one asked for on an earlier connection is not
    /// taken in once the session started afresh.
    ticket: u64,
}

/// A whole document being loaded by the caller: the sync message that
/// carried it, without it, and the messages that came after it, which wait
/// so that they are handled in order.
struct LoadingWhole {
    id: String,
    ticket: u64,
    message: sync::Message,
    held: VecDeque<Message>,
}

/// Why a frame from the relay could not be used. The session goes on.
#[derive(Debug, thiserror::Error)]
pub enum SessionError {
    #[error(transparent)]
    Frame(#[from] FrameError),
    #[error("the relay sent a damaged sync message: {0}")]
    BadSync(String),
    #[error("the relay's changes could not be merged: {0}")]
    Merge(#[from] AutomergeError),
    #[error("the relay sent a whole document that could not be taken in: {0}")]
    Whole(#[from] DocError),
}

#[derive(Default)]
struct DocSync {
    state: sync::State,
    unavailable: bool,
}

/// Which side of the protocol's handshake a session takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    /// Sends `join` and waits for `peer`: toward a relay, or toward the device
    /// that made a direct-link offer.
    Joins,
    /// Answers a `join` with `peer`: the device that made the offer.
    Accepts,
}

/// The protocol with one other peer. `peer` is the relay, or the other device
/// of a direct link; the session only ever talks to it.
pub struct Session {
    me: String,
    side: Side,
    peer: Option<String>,
    docs: BTreeMap<String, DocSync>,
    /// Ephemeral messages sent, which numbers the next one (receivers drop
    /// repeats by sender and number).
    ephemeral_sent: u64,
    loading: Option<LoadingWhole>,
    /// Whole documents asked to be loaded, which numbers the next one.
    loads_asked: u64,
}

impl Session {
    /// A session for peer `me` that joins a relay and syncs `documents`.
    pub fn new(me: &str, documents: impl IntoIterator<Item = String>) -> Self {
        Self::with_side(me, Side::Joins, documents)
    }

    /// A session for peer `me` that waits for the other device's `join`.
    pub fn accepting(me: &str, documents: impl IntoIterator<Item = String>) -> Self {
        Self::with_side(me, Side::Accepts, documents)
    }

    fn with_side(me: &str, side: Side, documents: impl IntoIterator<Item = String>) -> Self {
        Self {
            me: me.to_string(),
            side,
            peer: None,
            ephemeral_sent: 0,
            loading: None,
            loads_asked: 0,
            docs: documents
                .into_iter()
                .map(|id| (id, DocSync::default()))
                .collect(),
        }
    }

    /// Takes the peer id a relay assigned to this connection, for the next
    /// handshake.
    pub fn rename(&mut self, me: &str) {
        self.me = me.to_string();
    }

    /// The other side, once the handshake is done.
    pub fn peer(&self) -> Option<&str> {
        self.peer.as_deref()
    }

    /// Whether this session syncs document `id`.
    pub fn shares(&self, id: &str) -> bool {
        self.docs.contains_key(id)
    }

    /// Starts syncing document `id` too (for example once a direct link
    /// learns that the other device may hold it); returns the frames to send.
    pub fn share(&mut self, id: &str, docs: &impl Documents) -> Vec<Vec<u8>> {
        if self.docs.contains_key(id) {
            return Vec::new();
        }
        self.docs.insert(id.to_string(), DocSync::default());
        let mut outcome = Outcome::default();
        self.offer(id, docs, true, &mut outcome);
        outcome.send
    }

    /// The connection opened: the frames that start the handshake (a `join`,
    /// or nothing when this side waits for one).
    pub fn connected(&mut self) -> Vec<Vec<u8>> {
        self.peer = None;
        self.loading = None;
        for doc in self.docs.values_mut() {
            *doc = DocSync::default();
        }
        match self.side {
            Side::Joins => vec![self.join()],
            Side::Accepts => Vec::new(),
        }
    }

    fn join(&self) -> Vec<u8> {
        Message::Join {
            sender_id: self.me.clone(),
            peer_metadata: Some(PeerMetadata {
                storage_id: None,
                is_ephemeral: false,
            }),
            supported_protocol_versions: vec![PROTOCOL_VERSION.to_string()],
        }
        .encode()
    }

    /// The connection closed.
    pub fn disconnected(&mut self) {
        self.peer = None;
        self.loading = None;
    }

    /// Whether the handshake is done.
    pub fn is_joined(&self) -> bool {
        self.peer.is_some()
    }

    /// Whether the relay has acknowledged every change of document `id`.
    pub fn is_synced(&self, id: &str, docs: &impl Documents) -> bool {
        let Some(doc) = self.docs.get(id) else {
            return false;
        };
        self.peer.is_some()
            && (doc.unavailable
                || docs
                    .read(id, |am| {
                        doc.state.their_heads.as_deref() == Some(&am.get_heads())
                    })
                    .unwrap_or(false))
    }

    /// How many changes of document `id` the relay has not acknowledged.
    pub fn unacknowledged(&self, id: &str, docs: &impl Documents) -> usize {
        let their_heads = self
            .docs
            .get(id)
            .and_then(|doc| doc.state.their_heads.clone())
            .unwrap_or_default();
        // Asked after every frame: when in step there is nothing to count,
        // so skip walking the change graph.
        docs.read(id, |am| {
            if am.get_heads() == their_heads {
                0
            } else {
                am.get_changes_meta(&their_heads).len()
            }
        })
        .unwrap_or(0)
    }

    /// Handles one frame from the relay.
    pub fn receive(
        &mut self,
        frame: &[u8],
        docs: &mut impl Documents,
    ) -> Result<Outcome, SessionError> {
        self.receive_message(Message::decode(frame)?, docs)
    }

    /// Handles one message from the relay, for a caller that decoded its
    /// frame already.
    pub fn receive_message(
        &mut self,
        message: Message,
        docs: &mut impl Documents,
    ) -> Result<Outcome, SessionError> {
        let mut outcome = Outcome::default();
        if let Some(loading) = &mut self.loading {
            loading.held.push_back(message);
            return Ok(outcome);
        }
        match message {
            Message::Peer { sender_id, .. } if self.side == Side::Joins => {
                self.start_with(sender_id, docs, &mut outcome);
            }
            Message::Join {
                sender_id,
                supported_protocol_versions,
                ..
            } if self.side == Side::Accepts => {
                if !supported_protocol_versions
                    .iter()
                    .any(|v| v == PROTOCOL_VERSION)
                {
                    outcome.send.push(
                        Message::Error {
                            message: format!("protocol version {PROTOCOL_VERSION} is required"),
                        }
                        .encode(),
                    );
                    return Ok(outcome);
                }
                for doc in self.docs.values_mut() {
                    *doc = DocSync::default();
                }
                outcome.send.push(
                    Message::Peer {
                        sender_id: self.me.clone(),
                        target_id: sender_id.clone(),
                        peer_metadata: Some(PeerMetadata {
                            storage_id: None,
                            is_ephemeral: false,
                        }),
                        selected_protocol_version: PROTOCOL_VERSION.to_string(),
                    }
                    .encode(),
                );
                self.start_with(sender_id, docs, &mut outcome);
            }
            Message::Sync {
                sender_id,
                document_id,
                data,
                ..
            }
            | Message::Request {
                sender_id,
                document_id,
                data,
                ..
            } => {
                let Some(doc) = self.docs.get_mut(&document_id) else {
                    // Never sync a document this connection does not share;
                    // say so, as a relay would.
                    outcome.send.push(
                        Message::DocUnavailable {
                            sender_id: self.me.clone(),
                            target_id: sender_id,
                            document_id,
                        }
                        .encode(),
                    );
                    return Ok(outcome);
                };
                let mut message = guard::decode_sync(&data)
                    .map_err(|refused| SessionError::BadSync(refused.to_string()))?;
                doc.unavailable = false;
                if docs.loads_whole_in_steps() {
                    if let Some(bytes) = take_whole_document(&mut message) {
                        self.loads_asked += 1;
                        let ticket = self.loads_asked;
                        outcome.load_whole = Some(WholeDocument {
                            id: document_id.clone(),
                            bytes,
                            ticket,
                        });
                        self.loading = Some(LoadingWhole {
                            id: document_id,
                            ticket,
                            message,
                            held: VecDeque::new(),
                        });
                        return Ok(outcome);
                    }
                }
                self.sync_received(
                    &document_id,
                    message,
                    docs,
                    &mut outcome,
                    |docs, message| Ok(adopt_whole_document(docs, &document_id, message)),
                )?;
            }
            Message::DocUnavailable { document_id, .. } => {
                if let Some(doc) = self.docs.get_mut(&document_id) {
                    doc.unavailable = true;
                    outcome.unavailable.push(document_id);
                }
            }
            Message::Error { message } => outcome.refused = Some(message),
            Message::Ephemeral {
                document_id, data, ..
            } if self.docs.contains_key(&document_id) => {
                outcome.ephemeral.push((document_id, data));
            }
            Message::Join { .. }
            | Message::Peer { .. }
            | Message::Ephemeral { .. }
            | Message::Leave { .. }
            | Message::Unknown(_) => {}
        }
        Ok(outcome)
    }

    /// The whole document [`Outcome::load_whole`] asked for, loaded (or
    /// why it could not be): takes it in, finishes with the sync message
    /// that carried it, then handles the messages held meanwhile. One
    /// result for each message handled, in order; none when the session
    /// has started afresh since it asked.
    pub fn loaded_whole(
        &mut self,
        whole: &WholeDocument,
        loaded: Result<Automerge, DocError>,
        docs: &mut impl Documents,
    ) -> Vec<Result<Outcome, SessionError>> {
        let Some(loading) = self
            .loading
            .take_if(|loading| loading.ticket == whole.ticket)
        else {
            return Vec::new();
        };
        let LoadingWhole {
            id,
            message,
            mut held,
            ..
        } = loading;
        let mut outcome = Outcome::default();
        let adopted = loaded.map_err(SessionError::from).and_then(|loaded| {
            self.sync_received(&id, message, docs, &mut outcome, |docs, _| {
                // Its changes are out of the message: a document not taken
                // in must not leave the sync state as if it had been.
                match docs.adopt_loaded(&id, &whole.bytes, loaded) {
                    Some(adopted) => adopted.map(|()| true).map_err(SessionError::from),
                    None => Ok(false),
                }
            })
        });
        let mut results = vec![adopted.map(|()| outcome)];
        while let Some(message) = held.pop_front() {
            results.push(self.receive_message(message, docs));
            if let Some(loading) = &mut self.loading {
                // That message carried a whole document too: the rest wait
                // for it in turn.
                loading.held.append(&mut held);
            }
        }
        results
    }

    /// Takes in a sync message from the other side for document `id`, after
    /// `adopt` takes in the whole document it carried, if any (returning
    /// whether it did, or why the message is refused), and offers what the
    /// other side lacks.
    fn sync_received<D: Documents>(
        &mut self,
        id: &str,
        mut message: sync::Message,
        docs: &mut D,
        outcome: &mut Outcome,
        adopt: impl FnOnce(&mut D, &mut sync::Message) -> Result<bool, SessionError>,
    ) -> Result<(), SessionError> {
        let Some(doc) = self.docs.get_mut(id) else {
            return Ok(());
        };
        let before = docs.read(id, Automerge::get_heads);
        let last_sent = doc.state.last_sent_heads.clone();
        let adopted = adopt(docs, &mut message)?;
        docs.edit(id, |am, log| {
            am.receive_sync_message_log_patches(&mut doc.state, message, log)
        })
        .transpose()?;
        if adopted {
            // Automerge takes a message without changes whose heads are
            // ours as the other side already knowing our heads. Ours became
            // those heads only by adopting the document it carried, so the
            // other side must still be told, or it waits for us forever.
            doc.state.last_sent_heads = last_sent;
        }
        if docs.read(id, Automerge::get_heads) != before {
            outcome.changed.push(id.to_string());
        }
        self.offer(id, docs, false, outcome);
        Ok(())
    }

    /// A frame carrying ephemeral `data` about document `id` to every peer
    /// that has it; `None` before the handshake or for a document this
    /// session does not share.
    pub fn ephemeral(&mut self, id: &str, data: Vec<u8>) -> Option<Vec<u8>> {
        let peer = self.peer.clone()?;
        if !self.docs.contains_key(id) {
            return None;
        }
        self.ephemeral_sent += 1;
        Some(
            Message::Ephemeral {
                sender_id: self.me.clone(),
                target_id: peer,
                document_id: id.to_string(),
                // `me` is unique per tab and the count only grows, so the
                // pair never repeats.
                session_id: self.me.clone(),
                count: self.ephemeral_sent,
                data,
            }
            .encode(),
        )
    }

    /// The handshake with `peer` is done: offer every shared document.
    fn start_with(&mut self, peer: String, docs: &impl Documents, outcome: &mut Outcome) {
        self.peer = Some(peer);
        let ids: Vec<String> = self.docs.keys().cloned().collect();
        for id in ids {
            self.offer(&id, docs, true, outcome);
        }
    }

    /// Document `id` changed here: offer the change to the other side.
    pub fn local_change(&mut self, id: &str, docs: &impl Documents) -> Vec<Vec<u8>> {
        let mut outcome = Outcome::default();
        if self.peer.is_some() {
            self.offer(id, docs, false, &mut outcome);
        }
        outcome.send
    }

    /// Queues a sync message for `id` if Automerge has something to say.
    fn offer(&mut self, id: &str, docs: &impl Documents, first: bool, outcome: &mut Outcome) {
        let (Some(peer), Some(doc)) = (&self.peer, self.docs.get_mut(id)) else {
            return;
        };
        let Some((message, empty)) = docs
            .read(id, |am| {
                am.generate_sync_message(&mut doc.state)
                    .map(|m| (m, am.get_heads().is_empty()))
            })
            .flatten()
        else {
            return;
        };
        // A device that has nothing of a document asks for it.
        let message = Message::sync_or_request(
            first && empty,
            self.me.clone(),
            peer.clone(),
            id.to_string(),
            message.encode(),
        );
        outcome.send.push(message.encode());
    }
}

/// The whole document `message` carries, if it carries one: the other end
/// sends one to a device that has nothing, or lacks a third of the
/// document.
fn whole_document_in(message: &sync::Message) -> Option<&[u8]> {
    let mut chunks = message.changes.iter();
    match (chunks.next(), chunks.next()) {
        (Some(whole), None) if is_whole_document(whole) => Some(whole),
        _ => None,
    }
}

/// The whole document `message` carries, taken out of it for the caller to
/// load: the message is left only the sync state to update.
fn take_whole_document(message: &mut sync::Message) -> Option<Vec<u8>> {
    let whole = whole_document_in(message)?.to_vec();
    message.changes = sync::ChunkList::empty();
    Some(whole)
}

/// Takes in the whole document `message` carries, if it carries one, at
/// once: loaded on its own with ours merged into it, instead of Automerge
/// applying it change by change. The message is then left only the sync
/// state to update. A damaged document goes the usual way, which refuses
/// it. Returns whether the document was adopted.
fn adopt_whole_document(docs: &mut impl Documents, id: &str, message: &mut sync::Message) -> bool {
    let Some(whole) = whole_document_in(message) else {
        return false;
    };
    let adopted = WholeInSteps::new(whole)
        .run()
        .is_ok_and(|loaded| matches!(docs.adopt_loaded(id, whole, loaded), Some(Ok(()))));
    if adopted {
        message.changes = sync::ChunkList::empty();
    }
    adopted
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
