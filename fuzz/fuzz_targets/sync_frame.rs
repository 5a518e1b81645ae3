//! One frame from a relay or a linked device: decoding never panics, what
//! decodes re-encodes to the same message, and a session fed the frame
//! (joined, or waiting for a join) answers or refuses without panicking.

#![no_main]

use std::collections::HashMap;

use automerge::transaction::Transactable;
use automerge::{Automerge, AutomergeError};
use handover::sync::protocol::{Message, PeerMetadata, PROTOCOL_VERSION};
use handover::sync::session::Session;
use handover::sync::signal::Signal;
use libfuzzer_sys::fuzz_target;

/// The document of the recorded conversation the seeds come from
/// (tests/fixtures/automerge-repo-frames), so that sync messages in mutated
/// seeds reach Automerge.
const DOCUMENT: &str = "zjREjLbFcwwBBFSwnPn56KTQ11b";

type Docs = HashMap<String, Automerge>;

fn docs() -> Docs {
    let mut doc = Automerge::new();
    doc.transact::<_, _, AutomergeError>(|tx| tx.put(automerge::ROOT, "here", true).map(drop))
        .unwrap();
    HashMap::from([(DOCUMENT.to_string(), doc)])
}

/// A joining session that has finished its handshake.
fn joined(docs: &mut Docs) -> Session {
    let mut session = Session::new("fuzz/1", [DOCUMENT.to_string()]);
    session.connected();
    let peer = Message::Peer {
        sender_id: "peer".into(),
        target_id: "fuzz/1".into(),
        peer_metadata: Some(PeerMetadata::default()),
        selected_protocol_version: PROTOCOL_VERSION.into(),
    };
    session.receive(&peer.encode(), docs).unwrap();
    session
}

fuzz_target!(|frame: &[u8]| {
    if let Ok(message) = Message::decode(frame) {
        if !matches!(message, Message::Unknown(_)) {
            assert_eq!(Message::decode(&message.encode()), Ok(message));
        }
    }

    let mut joining_docs = docs();
    let mut joining = joined(&mut joining_docs);
    let mut accepting_docs = docs();
    let mut accepting = Session::accepting("fuzz/2", [DOCUMENT.to_string()]);
    for (session, docs) in [
        (&mut joining, &mut joining_docs),
        (&mut accepting, &mut accepting_docs),
    ] {
        match session.receive(frame, docs) {
            Ok(outcome) => {
                for (_, data) in &outcome.ephemeral {
                    let _ = Signal::decode(data);
                }
            }
            Err(err) => assert!(!err.to_string().is_empty()),
        }
    }
});
