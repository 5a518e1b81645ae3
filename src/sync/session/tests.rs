use std::collections::HashMap;

use automerge::transaction::Transactable;
use automerge::ReadDoc;

use super::*;

/// Documents in memory.
type Docs = HashMap<String, Automerge>;

/// Documents holding only document `id`, as `doc`.
fn holding(id: &str, doc: Automerge) -> Docs {
    HashMap::from([(id.to_string(), doc)])
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
    docs: &mut impl Documents,
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
    let mut docs = holding("d", mine);
    let mut theirs = Automerge::new();
    edit(&mut theirs, "from-relay");
    let mut relay = Relay::new(theirs, true);

    let mut session = Session::new("me/tab", ["d".to_string()]);
    let join = session.connected().remove(0);
    let outcome = converse(&mut session, &mut docs, &mut relay, vec![join]);
    assert_eq!(outcome.changed, ["d"]);
    assert!(session.is_synced("d", &docs));
    let doc = &docs["d"];
    assert!(doc.get(automerge::ROOT, "from-relay").unwrap().is_some());
    assert_eq!(relay.doc.get_heads(), doc.get_heads());

    // A local edit is offered and acknowledged.
    assert_eq!(session.unacknowledged("d", &docs), 0);
    edit(docs.get_mut("d").unwrap(), "later");
    assert!(!session.is_synced("d", &docs));
    assert_eq!(session.unacknowledged("d", &docs), 1);
    let frames = session.local_change("d", &docs);
    assert_eq!(frames.len(), 1);
    converse(&mut session, &mut docs, &mut relay, frames);
    assert!(session.is_synced("d", &docs));
    assert!(relay.doc.get(automerge::ROOT, "later").unwrap().is_some());
}

/// In-memory documents that keep the whole documents they took in, and
/// leave loading them to the caller when `in_steps` (as the page does);
/// when `refusing`, they cannot take one in.
#[derive(Default)]
struct Adopting {
    docs: Docs,
    adopted: Vec<Vec<u8>>,
    in_steps: bool,
    refusing: bool,
}

impl Documents for Adopting {
    fn read<R>(&self, id: &str, f: impl FnOnce(&Automerge) -> R) -> Option<R> {
        self.docs.read(id, f)
    }

    fn edit<R>(
        &mut self,
        id: &str,
        f: impl FnOnce(&mut Automerge, &mut PatchLog) -> R,
    ) -> Option<R> {
        self.docs.edit(id, f)
    }

    fn adopt_loaded(
        &mut self,
        id: &str,
        whole: &[u8],
        loaded: Automerge,
    ) -> Option<Result<(), DocError>> {
        if self.refusing {
            return Some(Err(DocError::WrongDocument("test")));
        }
        self.adopted.push(whole.to_vec());
        self.docs.adopt_loaded(id, whole, loaded)
    }

    fn loads_whole_in_steps(&self) -> bool {
        self.in_steps
    }
}

/// A device holding a change of its own (a new device holds the schema),
/// which loads whole documents itself when `in_steps`, and a relay holding
/// far more, so that it sends its whole document.
fn device_and_bigger_relay(in_steps: bool) -> (Adopting, Relay) {
    let mut mine = Automerge::new();
    edit(&mut mine, "from-device");
    let docs = Adopting {
        docs: holding("d", mine),
        in_steps,
        ..Adopting::default()
    };
    let mut theirs = Automerge::new();
    for n in 0..30 {
        edit(&mut theirs, &format!("from-relay-{n}"));
    }
    (docs, Relay::new(theirs, true))
}

#[test]
fn a_whole_document_from_the_relay_is_taken_in_whole_with_what_the_device_had() {
    let (mut docs, mut relay) = device_and_bigger_relay(false);
    let mut session = Session::new("me/tab", ["d".to_string()]);
    let join = session.connected().remove(0);
    let outcome = converse(&mut session, &mut docs, &mut relay, vec![join]);
    assert_eq!(docs.adopted.len(), 1, "the relay's document came whole");
    assert!(outcome.changed.contains(&"d".to_string()));
    assert!(session.is_synced("d", &docs));
    let doc = &docs.docs["d"];
    assert!(doc.get(automerge::ROOT, "from-relay-29").unwrap().is_some());
    assert!(doc.get(automerge::ROOT, "from-device").unwrap().is_some());
    assert_eq!(relay.doc.get_heads(), doc.get_heads());
}

/// A device that loads whole documents itself, joining a relay whose
/// document is far bigger: the session as far as the relay's whole
/// document, which it asks the caller to load.
fn asked_to_load_whole() -> (Session, Adopting, Relay, WholeDocument) {
    let (mut docs, mut relay) = device_and_bigger_relay(true);
    let mut session = Session::new("me/tab", ["d".to_string()]);
    let to_relay = session.connected();
    let whole = until_asked_to_load(&mut session, &mut docs, &mut relay, to_relay);
    (session, docs, relay, whole)
}

/// Delivers frames back and forth until the session asks to load a whole
/// document.
fn until_asked_to_load(
    session: &mut Session,
    docs: &mut Adopting,
    relay: &mut Relay,
    mut to_relay: Vec<Vec<u8>>,
) -> WholeDocument {
    loop {
        let replies: Vec<_> = to_relay.drain(..).flat_map(|f| relay.answer(&f)).collect();
        assert!(
            !replies.is_empty(),
            "the relay fell quiet before sending its document"
        );
        for frame in replies {
            let outcome = session.receive(&frame, docs).unwrap();
            if let Some(whole) = outcome.load_whole {
                assert!(outcome.send.is_empty() && outcome.changed.is_empty());
                return whole;
            }
            to_relay.extend(outcome.send);
        }
    }
}

/// An ephemeral message from the relay about document "d".
fn ephemeral_from_relay(data: &[u8]) -> Vec<u8> {
    Message::Ephemeral {
        sender_id: "relay".into(),
        target_id: "me/tab".into(),
        document_id: "d".into(),
        session_id: "other".into(),
        count: 1,
        data: data.to_vec(),
    }
    .encode()
}

#[test]
fn a_whole_document_the_caller_loads_is_taken_in_once_loaded_and_the_frames_after_it_wait() {
    let (mut session, mut docs, mut relay, whole) = asked_to_load_whole();
    assert!(is_whole_document(&whole.bytes));
    let before = docs.docs["d"].get_heads();
    // A frame that comes while the document loads waits for it.
    let meanwhile = session
        .receive(&ephemeral_from_relay(b"typing"), &mut docs)
        .unwrap();
    assert_eq!(meanwhile, Outcome::default());
    assert_eq!(docs.docs["d"].get_heads(), before, "nothing taken in yet");

    let loaded = WholeInSteps::new(&whole.bytes).run();
    let handled = session.loaded_whole(&whole, loaded, &mut docs);
    let [Ok(adopted), Ok(held)] = handled.as_slice() else {
        panic!("the whole document's result, then the held frame's: {handled:?}");
    };
    assert_eq!(adopted.changed, ["d"]);
    assert_eq!(held.ephemeral, [("d".to_string(), b"typing".to_vec())]);
    assert_eq!(docs.adopted, std::slice::from_ref(&whole.bytes));

    converse(&mut session, &mut docs, &mut relay, adopted.send.clone());
    assert!(session.is_synced("d", &docs));
    let doc = &docs.docs["d"];
    assert!(doc.get(automerge::ROOT, "from-relay-29").unwrap().is_some());
    assert!(doc.get(automerge::ROOT, "from-device").unwrap().is_some());
    assert_eq!(relay.doc.get_heads(), doc.get_heads());
}

#[test]
fn a_damaged_whole_document_is_refused_and_the_frames_after_it_still_handled() {
    let (mut session, mut docs, _relay, whole) = asked_to_load_whole();
    let before = docs.docs["d"].get_heads();
    session
        .receive(&ephemeral_from_relay(b"typing"), &mut docs)
        .unwrap();
    let damaged = WholeInSteps::new(&whole.bytes[..whole.bytes.len() - 1]).run();
    assert!(damaged.is_err());
    let handled = session.loaded_whole(&whole, damaged, &mut docs);
    let [Err(SessionError::Whole(_)), Ok(held)] = handled.as_slice() else {
        panic!("refused, then the held frame handled: {handled:?}");
    };
    assert_eq!(held.ephemeral.len(), 1);
    assert_eq!(docs.docs["d"].get_heads(), before);
    assert!(docs.adopted.is_empty());
}

#[test]
fn a_whole_document_the_device_cannot_take_in_is_refused_not_taken_as_known() {
    let (mut session, mut docs, _relay, whole) = asked_to_load_whole();
    docs.refusing = true;
    let loaded = WholeInSteps::new(&whole.bytes).run();
    let handled = session.loaded_whole(&whole, loaded, &mut docs);
    assert!(
        matches!(handled.as_slice(), [Err(SessionError::Whole(_))]),
        "{handled:?}"
    );
    assert!(!session.is_synced("d", &docs));
}

#[test]
fn a_whole_document_asked_for_before_the_session_started_afresh_is_not_taken_in() {
    let (mut session, mut docs, mut relay, first) = asked_to_load_whole();
    let before = docs.docs["d"].get_heads();
    session.disconnected();
    let to_relay = session.connected();
    let again = until_asked_to_load(&mut session, &mut docs, &mut relay, to_relay);

    let stale = WholeInSteps::new(&first.bytes).run();
    assert!(session.loaded_whole(&first, stale, &mut docs).is_empty());
    assert_eq!(docs.docs["d"].get_heads(), before);

    let loaded = WholeInSteps::new(&again.bytes).run();
    let handled = session.loaded_whole(&again, loaded, &mut docs);
    assert!(matches!(handled.as_slice(), [Ok(_)]), "{handled:?}");
    assert_eq!(docs.docs["d"].get_heads().len(), 2, "theirs and mine");
}

/// A relay keeps the snapshot it compacts with (samod-core saves it with
/// `save_and_keep`): a device with nothing gets that copy and the changes
/// made since, without the relay saving the whole document again.
#[test]
fn a_new_device_gets_the_relays_kept_snapshot_and_the_changes_since() {
    let mut theirs = Automerge::new();
    for n in 0..300 {
        edit(&mut theirs, &format!("before-{n}"));
    }
    let kept = theirs.save_and_keep();
    edit(&mut theirs, "after");
    let mut relay = Relay::new(theirs, true);
    let mut docs = Adopting {
        docs: holding("d", Automerge::new()),
        ..Adopting::default()
    };

    let mut session = Session::new("me/tab", ["d".to_string()]);
    let join = session.connected().remove(0);
    converse(&mut session, &mut docs, &mut relay, vec![join]);
    let [whole] = docs.adopted.as_slice() else {
        panic!("one whole document, not {}", docs.adopted.len());
    };
    assert!(whole.starts_with(&kept), "sent from the kept snapshot");
    assert!(whole.len() > kept.len(), "with the change made since");
    let doc = &docs.docs["d"];
    assert!(doc.get(automerge::ROOT, "after").unwrap().is_some());
    assert_eq!(relay.doc.get_heads(), doc.get_heads());
    assert!(session.is_synced("d", &docs));
}

#[test]
fn a_device_without_the_document_requests_it() {
    let mut docs = holding("d", Automerge::new());
    let mut relay = Relay::new(Automerge::new(), true);
    edit(&mut relay.doc, "x");
    let mut session = Session::new("me", ["d".to_string()]);
    let join = session.connected().remove(0);
    let peer = relay.answer(&join).remove(0);
    let outcome = session.receive(&peer, &mut docs).unwrap();
    assert!(matches!(
        Message::decode(&outcome.send[0]).unwrap(),
        Message::Request { .. }
    ));
}

#[test]
fn reconnecting_starts_afresh_and_still_converges() {
    let mut docs = holding("d", Automerge::new());
    let mut relay = Relay::new(Automerge::new(), true);
    let mut session = Session::new("me", ["d".to_string()]);
    let join = session.connected().remove(0);
    converse(&mut session, &mut docs, &mut relay, vec![join]);

    // Offline: both sides change; the relay also forgets its session state.
    session.disconnected();
    assert!(
        session.local_change("d", &docs).is_empty(),
        "nothing is sent while offline"
    );
    edit(docs.get_mut("d").unwrap(), "offline-here");
    edit(&mut relay.doc, "offline-there");
    let join = session.connected().remove(0);
    converse(&mut session, &mut docs, &mut relay, vec![join]);
    assert_eq!(relay.doc.get_heads(), docs["d"].get_heads());
    assert!(session.is_synced("d", &docs));
}

#[test]
fn refusals_and_bad_frames_are_reported_not_fatal() {
    let mut docs = holding("secret", Automerge::new());
    let mut relay = Relay::new(Automerge::new(), false);
    let mut session = Session::new("me", ["secret".to_string()]);
    let join = session.connected().remove(0);
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
    // Frames about documents this device does not sync change nothing.
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

#[test]
fn a_forged_change_is_refused_and_the_session_goes_on() {
    let mut base = Automerge::new();
    edit(&mut base, "before");
    let mut docs = holding("d", base.clone());
    let mut relay = Relay::new(base.clone(), true);
    let mut session = Session::new("me", ["d".to_string()]);
    let join = session.connected().remove(0);
    converse(&mut session, &mut docs, &mut relay, vec![join]);

    // A change that names an object the document does not have, written
    // and sealed by Automerge so that its checksum holds.
    edit(&mut relay.doc, "after");
    let mut forged = relay.doc.get_last_local_change().unwrap().decode();
    let nowhere = automerge::legacy::OpId::new(999, &forged.actor_id);
    forged.operations[0].obj = automerge::legacy::ObjectId::Id(nowhere);
    let mut message = relay
        .doc
        .generate_sync_message(&mut sync::State::new())
        .unwrap();
    message.changes = vec![automerge::Change::from(forged).raw_bytes().to_vec()].into();
    let frame = Message::Sync {
        sender_id: "relay".into(),
        target_id: "me".into(),
        document_id: "d".into(),
        data: message.encode(),
    };
    let saved = docs["d"].save();
    assert!(matches!(
        session.receive(&frame.encode(), &mut docs),
        Err(SessionError::Merge(AutomergeError::InvalidChange { .. }))
    ));
    assert_eq!(
        docs["d"].save(),
        saved,
        "the forged change altered the document"
    );

    // The honest change still arrives.
    let join = session.connected().remove(0);
    converse(&mut session, &mut docs, &mut relay, vec![join]);
    assert_eq!(relay.doc.get_heads(), docs["d"].get_heads());
}

/// Delivers frames between two sessions (a direct link) until both are
/// quiet; returns every frame `b` sent to `a`.
fn link(
    (a, a_docs): (&mut Session, &mut Docs),
    (b, b_docs): (&mut Session, &mut Docs),
    mut to_b: Vec<Vec<u8>>,
) -> Vec<Vec<u8>> {
    let mut seen_by_a = Vec::new();
    for _ in 0..50 {
        if to_b.is_empty() {
            break;
        }
        let mut to_a = Vec::new();
        for frame in to_b.drain(..) {
            to_a.extend(b.receive(&frame, b_docs).unwrap().send);
        }
        seen_by_a.extend(to_a.iter().cloned());
        for frame in to_a {
            to_b.extend(a.receive(&frame, a_docs).unwrap().send);
        }
    }
    seen_by_a
}

fn document_ids(frames: &[Vec<u8>]) -> Vec<String> {
    frames
        .iter()
        .filter_map(|frame| match Message::decode(frame).unwrap() {
            Message::Sync { document_id, .. } | Message::Request { document_id, .. } => {
                Some(document_id)
            }
            _ => None,
        })
        .collect()
}

#[test]
fn two_devices_sync_directly_one_joining_one_accepting() {
    let mut mine = Automerge::new();
    edit(&mut mine, "from-a");
    let mut theirs = Automerge::new();
    edit(&mut theirs, "from-b");
    let (mut a_docs, mut b_docs) = (holding("t", mine), holding("t", theirs));
    let mut a = Session::new("a/1", ["t".to_string()]);
    let mut b = Session::accepting("b/1", ["t".to_string()]);
    assert!(
        b.connected().is_empty(),
        "the accepting side waits for a join"
    );
    let join = a.connected();
    link((&mut a, &mut a_docs), (&mut b, &mut b_docs), join);
    assert_eq!((a.peer(), b.peer()), (Some("b/1"), Some("a/1")));
    assert_eq!(a_docs["t"].get_heads(), b_docs["t"].get_heads());
    assert!(a.is_synced("t", &a_docs) && b.is_synced("t", &b_docs));

    // A change on the accepting side travels too.
    edit(b_docs.get_mut("t").unwrap(), "later");
    let frames = b.local_change("t", &b_docs);
    link((&mut b, &mut b_docs), (&mut a, &mut a_docs), frames);
    assert!(a_docs["t"].get(automerge::ROOT, "later").unwrap().is_some());
}

#[test]
fn a_direct_link_never_sends_a_document_it_does_not_share() {
    let mut leadership = Automerge::new();
    edit(&mut leadership, "secret");
    let mut ceo_docs = holding("t", Automerge::new());
    ceo_docs.insert("l".into(), leadership);
    let mut team_docs = holding("t", Automerge::new());
    team_docs.insert("l".into(), Automerge::new());
    // The CEO's side shares only the team document with this device.
    let mut ceo = Session::accepting("ceo/1", ["t".to_string()]);
    let mut member = Session::new("member/1", ["t".to_string(), "l".to_string()]);
    ceo.connected();
    let join = member.connected();
    let from_ceo = link(
        (&mut member, &mut team_docs),
        (&mut ceo, &mut ceo_docs),
        join,
    );
    let sent = document_ids(&from_ceo);
    assert!(
        !sent.is_empty() && sent.iter().all(|id| id == "t"),
        "{sent:?}"
    );
    assert!(from_ceo.iter().any(|frame| matches!(
        Message::decode(frame).unwrap(),
        Message::DocUnavailable { document_id, .. } if document_id == "l"
    )));
    assert!(team_docs["l"].get_heads().is_empty());

    // Once both sides know the other holds it, sharing it syncs it.
    let mut assistant = holding("t", Automerge::new());
    assistant.insert("l".into(), Automerge::new());
    let mut other = Session::new("assistant/1", ["t".to_string()]);
    let mut ceo = Session::accepting("ceo/1", ["t".to_string()]);
    let join = other.connected();
    link(
        (&mut other, &mut assistant),
        (&mut ceo, &mut ceo_docs),
        join,
    );
    let frames = ceo.share("l", &ceo_docs);
    assert!(other.share("l", &assistant).len() == 1);
    link(
        (&mut ceo, &mut ceo_docs),
        (&mut other, &mut assistant),
        frames,
    );
    assert_eq!(assistant["l"].get_heads(), ceo_docs["l"].get_heads());
}

#[test]
fn a_join_without_protocol_version_one_is_refused() {
    let mut docs = holding("t", Automerge::new());
    let mut session = Session::accepting("b", ["t".to_string()]);
    let join = Message::Join {
        sender_id: "a".into(),
        peer_metadata: None,
        supported_protocol_versions: vec!["0".into()],
    };
    let outcome = session.receive(&join.encode(), &mut docs).unwrap();
    assert!(matches!(
        Message::decode(&outcome.send[0]).unwrap(),
        Message::Error { .. }
    ));
    assert!(!session.is_joined());
}

#[test]
fn ephemeral_data_travels_for_shared_documents_only() {
    let (mut a_docs, mut b_docs) = (
        holding("t", Automerge::new()),
        holding("t", Automerge::new()),
    );
    let mut a = Session::new("a/1", ["t".to_string()]);
    let mut b = Session::accepting("b/1", ["t".to_string()]);
    assert_eq!(
        a.ephemeral("t", b"early".to_vec()),
        None,
        "not before the handshake"
    );
    let join = a.connected();
    link((&mut a, &mut a_docs), (&mut b, &mut b_docs), join);
    assert_eq!(a.ephemeral("other", b"x".to_vec()), None);

    let first = a.ephemeral("t", b"hello".to_vec()).unwrap();
    let second = a.ephemeral("t", b"again".to_vec()).unwrap();
    let count = |frame: &[u8]| match Message::decode(frame).unwrap() {
        Message::Ephemeral { count, .. } => count,
        other => panic!("{other:?}"),
    };
    assert!(count(&second) > count(&first));
    let outcome = b.receive(&first, &mut b_docs).unwrap();
    assert_eq!(outcome.ephemeral, [("t".to_string(), b"hello".to_vec())]);
    assert!(outcome.send.is_empty());
}
