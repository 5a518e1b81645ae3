use std::collections::HashMap;

use automerge::transaction::Transactable;
use automerge::ReadDoc;

use super::*;

/// Documents in memory.
struct Docs(HashMap<String, Automerge>);

impl Docs {
    /// Holds document `id` as `doc`.
    fn with(id: &str, doc: Automerge) -> Self {
        Docs(HashMap::from([(id.to_string(), doc)]))
    }
}

impl Documents for Docs {
    fn read<R>(&self, id: &str, f: impl FnOnce(&Automerge) -> R) -> Option<R> {
        self.0.get(id).map(f)
    }

    fn edit<R>(&mut self, id: &str, f: impl FnOnce(&mut Automerge) -> R) -> Option<R> {
        self.0.get_mut(id).map(f)
    }
}

fn edit(doc: &mut Automerge, key: &str) {
    doc.transact::<_, _, AutomergeError>(|tx| {
        tx.put(automerge::ROOT, key, true)?;
        Ok(())
    })
    .unwrap();
}

/// A stand-in relay: one document, one Automerge sync state per session,
/// answering the way samod does.
struct Relay {
    doc: Automerge,
    state: sync::State,
    known: bool,
}

impl Relay {
    /// A relay that has `doc` (when `known`) or refuses to share it.
    fn new(doc: Automerge, known: bool) -> Self {
        Relay {
            doc,
            state: sync::State::new(),
            known,
        }
    }

    fn answer(&mut self, frame: &[u8]) -> Vec<Vec<u8>> {
        let reply = |message: Message| vec![message.encode()];
        match Message::decode(frame).unwrap() {
            Message::Join { sender_id, .. } => {
                self.state = sync::State::new();
                reply(Message::Peer {
                    sender_id: "relay".into(),
                    target_id: sender_id,
                    peer_metadata: None,
                    selected_protocol_version: "1".into(),
                })
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
                if !self.known {
                    return reply(Message::DocUnavailable {
                        sender_id: "relay".into(),
                        target_id: sender_id,
                        document_id,
                    });
                }
                let message = sync::Message::decode(&data).unwrap();
                self.doc
                    .receive_sync_message(&mut self.state, message)
                    .unwrap();
                match self.doc.generate_sync_message(&mut self.state) {
                    Some(message) => reply(Message::Sync {
                        sender_id: "relay".into(),
                        target_id: sender_id,
                        document_id,
                        data: message.encode(),
                    }),
                    None => vec![],
                }
            }
            _ => vec![],
        }
    }
}

/// Delivers frames back and forth until both sides are quiet.
fn converse(
    session: &mut Session,
    docs: &mut Docs,
    relay: &mut Relay,
    mut to_relay: Vec<Vec<u8>>,
) -> Outcome {
    let mut total = Outcome::default();
    while !to_relay.is_empty() {
        let mut replies = Vec::new();
        for frame in to_relay.drain(..) {
            replies.extend(relay.answer(&frame));
        }
        for frame in replies {
            let outcome = session.receive(&frame, docs).unwrap();
            to_relay.extend(outcome.send);
            total.changed.extend(outcome.changed);
            total.unavailable.extend(outcome.unavailable);
        }
    }
    total
}

#[test]
fn syncs_both_ways_and_knows_when_it_is_done() {
    let mut mine = Automerge::new();
    edit(&mut mine, "from-device");
    let mut docs = Docs::with("d", mine);
    let mut theirs = Automerge::new();
    edit(&mut theirs, "from-relay");
    let mut relay = Relay::new(theirs, true);

    let mut session = Session::new("me/tab", ["d".to_string()]);
    let join = session.connected();
    let outcome = converse(&mut session, &mut docs, &mut relay, vec![join]);
    assert_eq!(outcome.changed, ["d"]);
    assert!(session.is_synced("d", &docs));
    let doc = &docs.0["d"];
    assert!(doc.get(automerge::ROOT, "from-relay").unwrap().is_some());
    assert_eq!(relay.doc.get_heads(), doc.get_heads());

    // A local edit is offered and acknowledged.
    assert_eq!(session.unacknowledged("d", &docs), 0);
    edit(docs.0.get_mut("d").unwrap(), "later");
    assert!(!session.is_synced("d", &docs));
    assert_eq!(session.unacknowledged("d", &docs), 1);
    let frames = session.local_change("d", &docs);
    assert_eq!(frames.len(), 1);
    converse(&mut session, &mut docs, &mut relay, frames);
    assert!(session.is_synced("d", &docs));
    assert!(relay.doc.get(automerge::ROOT, "later").unwrap().is_some());
}

#[test]
fn a_device_without_the_document_requests_it() {
    let mut docs = Docs::with("d", Automerge::new());
    let mut relay = Relay::new(Automerge::new(), true);
    edit(&mut relay.doc, "x");
    let mut session = Session::new("me", ["d".to_string()]);
    let join = session.connected();
    let peer = relay.answer(&join).remove(0);
    let outcome = session.receive(&peer, &mut docs).unwrap();
    assert!(matches!(
        Message::decode(&outcome.send[0]).unwrap(),
        Message::Request { .. }
    ));
}

#[test]
fn reconnecting_starts_afresh_and_still_converges() {
    let mut docs = Docs::with("d", Automerge::new());
    let mut relay = Relay::new(Automerge::new(), true);
    let mut session = Session::new("me", ["d".to_string()]);
    let join = session.connected();
    converse(&mut session, &mut docs, &mut relay, vec![join]);

    // Offline: both sides change; the relay also forgets its session state.
    session.disconnected();
    assert!(
        session.local_change("d", &docs).is_empty(),
        "nothing is sent while offline"
    );
    edit(docs.0.get_mut("d").unwrap(), "offline-here");
    edit(&mut relay.doc, "offline-there");
    let join = session.connected();
    converse(&mut session, &mut docs, &mut relay, vec![join]);
    assert_eq!(relay.doc.get_heads(), docs.0["d"].get_heads());
    assert!(session.is_synced("d", &docs));
}

#[test]
fn refusals_and_bad_frames_are_reported_not_fatal() {
    let mut docs = Docs::with("secret", Automerge::new());
    let mut relay = Relay::new(Automerge::new(), false);
    let mut session = Session::new("me", ["secret".to_string()]);
    let join = session.connected();
    let outcome = converse(&mut session, &mut docs, &mut relay, vec![join]);
    assert_eq!(outcome.unavailable, ["secret"]);

    assert!(matches!(
        session.receive(b"garbage", &mut docs),
        Err(SessionError::Frame(_))
    ));
    let bad_sync = Message::Sync {
        sender_id: "relay".into(),
        target_id: "me".into(),
        document_id: "secret".into(),
        data: vec![1, 2, 3],
    };
    assert!(matches!(
        session.receive(&bad_sync.encode(), &mut docs),
        Err(SessionError::BadSync(_))
    ));
    let error = Message::Error {
        message: "peer ID mismatch".into(),
    };
    assert_eq!(
        session
            .receive(&error.encode(), &mut docs)
            .unwrap()
            .refused
            .as_deref(),
        Some("peer ID mismatch")
    );
    // Frames about documents this device does not sync are ignored.
    let stray = Message::Sync {
        sender_id: "relay".into(),
        target_id: "me".into(),
        document_id: "other".into(),
        data: vec![],
    };
    assert!(session
        .receive(&stray.encode(), &mut docs)
        .is_ok_and(|o| o.changed.is_empty()));
}
