//! Malformed frames, generated: whatever a relay or a linked device sends,
//! decoding answers a message or a [`FrameError`], a session answers an
//! outcome or a [`SessionError`], never a panic; and after any garbage a
//! session that starts afresh still syncs.
//!
//! Seeds are fixed, so a run is repeatable; `scripts/fuzz` explores the same
//! parsers far longer with `cargo fuzz`.

use std::collections::HashMap;

use automerge::transaction::Transactable;
use automerge::{Automerge, AutomergeError, ReadDoc};
use ciborium::Value;
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;
use proptest::test_runner::RngSeed;

use super::tests::recorded;
use super::*;
use crate::sync::session::{Session, SessionError};

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        rng_seed: RngSeed::Fixed(6),
        ..ProptestConfig::default()
    }
}

/// The CBOR field names of protocol version 1 (all but `type`), so that
/// generated maps often look almost right.
const FIELDS: [&str; 12] = [
    "senderId",
    "targetId",
    "documentId",
    "data",
    "peerMetadata",
    "supportedProtocolVersions",
    "selectedProtocolVersion",
    "sessionId",
    "count",
    "message",
    "storageId",
    "isEphemeral",
];

fn text() -> impl Strategy<Value = String> {
    ".{0,12}"
}

fn bytes() -> impl Strategy<Value = Vec<u8>> {
    vec(any::<u8>(), 0..64)
}

/// Any CBOR value a few levels deep.
fn cbor() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        any::<i64>().prop_map(Value::from),
        any::<bool>().prop_map(Value::Bool),
        Just(Value::Null),
        any::<f64>().prop_map(Value::Float),
        text().prop_map(Value::Text),
        select(&FIELDS[..]).prop_map(|name| Value::Text(name.into())),
        bytes().prop_map(Value::Bytes),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            vec(inner.clone(), 0..4).prop_map(Value::Array),
            vec((inner.clone(), inner), 0..4).prop_map(Value::Map),
        ]
    })
}

/// A map tagged with a known message type and fields of any value.
fn shaped_like_a_message() -> impl Strategy<Value = (String, Value)> {
    (select(&KNOWN[..]), vec((select(&FIELDS[..]), cbor()), 0..7)).prop_map(|(kind, fields)| {
        let mut map = vec![(Value::Text("type".into()), Value::Text(kind.into()))];
        map.extend(
            fields
                .into_iter()
                .map(|(name, value)| (Value::Text(name.into()), value)),
        );
        (kind.to_string(), Value::Map(map))
    })
}

fn to_cbor(value: &Value) -> Vec<u8> {
    let mut out = Vec::new();
    ciborium::into_writer(value, &mut out).unwrap();
    out
}

fn kind_of(message: &Message) -> String {
    let value: Value = ciborium::from_reader(message.encode().as_slice()).unwrap();
    message_type(&value).unwrap()
}

fn metadata() -> impl Strategy<Value = Option<PeerMetadata>> {
    proptest::option::of((proptest::option::of(text()), any::<bool>()).prop_map(
        |(storage_id, is_ephemeral)| PeerMetadata {
            storage_id,
            is_ephemeral,
        },
    ))
}

/// Every message of protocol version 1, with any field values.
fn message() -> impl Strategy<Value = Message> {
    prop_oneof![
        (text(), metadata(), vec(text(), 0..3)).prop_map(|(sender_id, peer_metadata, versions)| {
            Message::Join {
                sender_id,
                peer_metadata,
                supported_protocol_versions: versions,
            }
        }),
        (text(), text(), metadata(), text()).prop_map(
            |(sender_id, target_id, peer_metadata, version)| {
                Message::Peer {
                    sender_id,
                    target_id,
                    peer_metadata,
                    selected_protocol_version: version,
                }
            }
        ),
        (text(), text(), text(), bytes()).prop_map(|(sender_id, target_id, document_id, data)| {
            Message::Request {
                sender_id,
                target_id,
                document_id,
                data,
            }
        }),
        (text(), text(), text(), bytes()).prop_map(|(sender_id, target_id, document_id, data)| {
            Message::Sync {
                sender_id,
                target_id,
                document_id,
                data,
            }
        }),
        (text(), text(), text()).prop_map(|(sender_id, target_id, document_id)| {
            Message::DocUnavailable {
                sender_id,
                target_id,
                document_id,
            }
        }),
        (text(), text(), text(), text(), any::<u64>(), bytes()).prop_map(
            |(sender_id, target_id, document_id, session_id, count, data)| Message::Ephemeral {
                sender_id,
                target_id,
                document_id,
                session_id,
                count,
                data,
            }
        ),
        text().prop_map(|message| Message::Error { message }),
        text().prop_map(|sender_id| Message::Leave { sender_id }),
    ]
}

/// A recorded frame with one bit flipped.
fn flipped_frame() -> impl Strategy<Value = Vec<u8>> {
    (
        any::<prop::sample::Index>(),
        any::<prop::sample::Index>(),
        0..8u8,
    )
        .prop_map(|(frame, at, bit)| {
            let frames = recorded();
            let mut frame = frames[frame.index(frames.len())].1.clone();
            let at = at.index(frame.len());
            frame[at] ^= 1 << bit;
            frame
        })
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn every_message_round_trips(message in message()) {
        prop_assert_eq!(Message::decode(&message.encode()), Ok(message));
    }

    #[test]
    fn any_cbor_value_decodes_or_is_refused(value in cbor()) {
        let decoded = Message::decode(&to_cbor(&value));
        let tagged = message_type(&value).is_some();
        prop_assert!(tagged || decoded == Err(FrameError::NotAMessage), "{:?}", decoded);
    }

    #[test]
    fn a_message_of_the_wrong_shape_is_refused_naming_its_type((kind, value) in shaped_like_a_message()) {
        match Message::decode(&to_cbor(&value)) {
            Ok(message) => prop_assert_eq!(kind_of(&message), kind),
            Err(FrameError::Malformed { kind: refused, reason }) => {
                prop_assert_eq!(refused, kind);
                prop_assert!(!reason.is_empty());
            }
            Err(other) => prop_assert!(false, "{kind}: {other}"),
        }
    }

    #[test]
    fn a_flipped_bit_decodes_to_a_message_that_re_encodes_or_is_refused(frame in flipped_frame()) {
        if let Ok(message) = Message::decode(&frame) {
            if !matches!(message, Message::Unknown(_)) {
                prop_assert_eq!(Message::decode(&message.encode()), Ok(message));
            }
        }
    }
}

#[test]
fn every_truncation_of_a_real_frame_is_refused() {
    for (name, frame) in recorded() {
        for end in 0..frame.len() {
            assert!(
                Message::decode(&frame[..end]).is_err(),
                "{name} cut at {end}"
            );
        }
    }
}

#[test]
fn an_oversized_frame_is_refused_unread() {
    let frame = vec![0u8; MAX_FRAME_BYTES + 1];
    assert_eq!(
        Message::decode(&frame),
        Err(FrameError::TooLarge(MAX_FRAME_BYTES + 1))
    );
}

/// Documents in memory.
type Docs = HashMap<String, Automerge>;

/// The document the recorded conversation syncs, so that mutated recorded
/// sync messages reach Automerge instead of a "not shared" answer.
fn recorded_document() -> String {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/automerge-repo-frames/document-id.txt"
    );
    std::fs::read_to_string(path).unwrap().trim().to_string()
}

/// Holds the recorded document with one edit at `key`.
fn docs_with(key: &str) -> Docs {
    let mut doc = Automerge::new();
    doc.transact::<_, _, AutomergeError>(|tx| tx.put(automerge::ROOT, key, true).map(drop))
        .unwrap();
    HashMap::from([(recorded_document(), doc)])
}

/// A recorded sync message for the shared document whose Automerge payload
/// has one bit flipped or is cut short: garbage that gets past the frame
/// decoder into Automerge's own decoder and merge.
fn damaged_sync() -> impl Strategy<Value = Vec<u8>> {
    (
        any::<prop::sample::Index>(),
        any::<prop::sample::Index>(),
        0..8u8,
        any::<bool>(),
    )
        .prop_map(|(frame, at, bit, cut)| {
            let syncs: Vec<(String, String, Vec<u8>)> = recorded()
                .into_iter()
                .filter_map(|(_, frame)| match Message::decode(&frame) {
                    Ok(Message::Sync {
                        sender_id,
                        target_id,
                        data,
                        ..
                    }) => Some((sender_id, target_id, data)),
                    _ => None,
                })
                .collect();
            let (sender_id, target_id, mut data) = syncs[frame.index(syncs.len())].clone();
            let at = at.index(data.len());
            if cut {
                data.truncate(at);
            } else {
                data[at] ^= 1 << bit;
            }
            Message::Sync {
                sender_id,
                target_id,
                document_id: recorded_document(),
                data,
            }
            .encode()
        })
}

/// Anything a hostile or broken peer could send.
fn garbage() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        vec(any::<u8>(), 0..256),
        cbor().prop_map(|value| to_cbor(&value)),
        shaped_like_a_message().prop_map(|(_, value)| to_cbor(&value)),
        message().prop_map(|message| message.encode()),
        flipped_frame(),
        damaged_sync(),
    ]
}

/// Feeds `frame` to `session`; a refusal must say why.
fn feed(session: &mut Session, frame: &[u8], docs: &mut Docs) {
    if let Err(err) = session.receive(frame, docs) {
        assert!(!err.to_string().is_empty());
    }
}

/// Delivers frames between a joining and an accepting session until both
/// are quiet.
fn converse((a, a_docs): (&mut Session, &mut Docs), (b, b_docs): (&mut Session, &mut Docs)) {
    let mut to_b = a.connected();
    b.connected();
    for _ in 0..50 {
        if to_b.is_empty() {
            return;
        }
        let mut to_a = Vec::new();
        for frame in to_b.drain(..) {
            to_a.extend(b.receive(&frame, b_docs).unwrap().send);
        }
        for frame in to_a {
            to_b.extend(a.receive(&frame, a_docs).unwrap().send);
        }
    }
    panic!("the sessions never went quiet");
}

proptest! {
    #![proptest_config(config(96))]

    #[test]
    fn garbage_never_breaks_a_session(frames in vec(garbage(), 1..8)) {
        let document = recorded_document();
        let (mut a_docs, mut b_docs) = (docs_with("a"), docs_with("b"));
        let mut a = Session::new("a/1", [document.clone()]);
        let mut b = Session::accepting("b/1", [document.clone()]);

        // The joining side hears garbage mid-session, the accepting side
        // before any join.
        a.connected();
        let peer = Message::Peer {
            sender_id: "b/1".into(),
            target_id: "a/1".into(),
            peer_metadata: None,
            selected_protocol_version: PROTOCOL_VERSION.into(),
        };
        feed(&mut a, &peer.encode(), &mut a_docs);
        for frame in &frames {
            feed(&mut a, frame, &mut a_docs);
            feed(&mut b, frame, &mut b_docs);
        }

        converse((&mut a, &mut a_docs), (&mut b, &mut b_docs));
        let (mine, theirs) = (&a_docs[&document], &b_docs[&document]);
        prop_assert_eq!(mine.get_heads(), theirs.get_heads());
        for key in ["a", "b"] {
            prop_assert!(mine.get(automerge::ROOT, key).unwrap().is_some());
        }
    }
}

/// A sync message for the shared document with one `have` whose Bloom
/// filter is `bloom` (its encoding, length first).
fn sync_with_bloom(bloom: &[u8]) -> Vec<u8> {
    let mut data = vec![0x42, 0x00, 0x00, 0x01, 0x00, bloom.len() as u8];
    data.extend(bloom);
    data.push(0x00);
    Message::Sync {
        sender_id: "b/1".into(),
        target_id: "a/1".into(),
        document_id: recorded_document(),
        data,
    }
    .encode()
}

/// Found by the sync_frame fuzz target: Automerge 0.12 divides by zero on
/// a filter with entries but no bits, and allocates for every probe claimed.
#[test]
fn a_bloom_filter_automerge_cannot_use_is_refused() {
    let bitless = [0x01, 0x00, 0x07];
    let endless = [0x01, 0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x00, 0x00];
    for bloom in [&bitless[..], &endless[..]] {
        let mut docs = docs_with("a");
        let mut session = Session::new("a/1", [recorded_document()]);
        session.connected();
        let peer = Message::Peer {
            sender_id: "b/1".into(),
            target_id: "a/1".into(),
            peer_metadata: None,
            selected_protocol_version: PROTOCOL_VERSION.into(),
        };
        session.receive(&peer.encode(), &mut docs).unwrap();
        assert!(matches!(
            session.receive(&sync_with_bloom(bloom), &mut docs),
            Err(SessionError::BadSync(_))
        ));
    }
}
