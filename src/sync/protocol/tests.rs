use std::path::PathBuf;

use super::*;

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/automerge-repo-frames")
}

/// The frames a real `@automerge/automerge-repo` 2.5 client and server
/// exchanged (recorded by tests/e2e/interop/record-frames.mjs).
pub(super) fn recorded() -> Vec<(String, Vec<u8>)> {
    let mut frames: Vec<_> = std::fs::read_dir(fixtures())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "cbor"))
        .map(|p| {
            let name = p.file_stem().unwrap().to_string_lossy().to_string();
            (name, std::fs::read(p).unwrap())
        })
        .collect();
    frames.sort();
    frames
}

#[test]
fn decodes_every_frame_of_a_real_conversation() {
    let document_id = std::fs::read_to_string(fixtures().join("document-id.txt")).unwrap();
    let frames = recorded();
    assert!(frames.len() >= 6, "{} frames", frames.len());
    let messages: Vec<(String, Message)> = frames
        .iter()
        .map(|(name, bytes)| {
            (
                name.clone(),
                Message::decode(bytes).unwrap_or_else(|e| panic!("{name}: {e}")),
            )
        })
        .collect();

    let (_, first) = &messages[0];
    match first {
        Message::Join {
            sender_id,
            supported_protocol_versions,
            ..
        } => {
            assert_eq!(sender_id, "first-client");
            assert_eq!(
                supported_protocol_versions,
                &vec![PROTOCOL_VERSION.to_string()]
            );
        }
        other => panic!("a client starts with join, not {other:?}"),
    }
    assert!(
        matches!(&messages[1].1, Message::Peer { target_id, selected_protocol_version, .. }
        if target_id == "first-client" && selected_protocol_version == PROTOCOL_VERSION)
    );

    let mut syncs = 0;
    for (name, message) in &messages {
        if let Message::Sync {
            data,
            document_id: id,
            ..
        }
        | Message::Request {
            data,
            document_id: id,
            ..
        } = message
        {
            syncs += 1;
            assert_eq!(id, document_id.trim(), "{name}");
            automerge::sync::Message::decode(data).unwrap_or_else(|e| panic!("{name}: {e}"));
        }
        assert!(
            !matches!(message, Message::Unknown(_)),
            "{name}: {message:?}"
        );
    }
    assert!(syncs >= 3);

    // Replaying what the server sent the second client builds the document.
    use automerge::sync::SyncDoc;
    use automerge::ReadDoc;
    let mut doc = automerge::Automerge::new();
    let mut state = automerge::sync::State::new();
    for (_, message) in &messages {
        if let Message::Sync {
            target_id, data, ..
        } = message
        {
            if target_id == "second-client" {
                let data = automerge::sync::Message::decode(data).unwrap();
                doc.receive_sync_message(&mut state, data).unwrap();
            }
        }
    }
    let (_, clients) = doc
        .get(automerge::ROOT, "clients")
        .unwrap()
        .expect("the document arrived");
    let (_, acme) = doc.get(&clients, "c1").unwrap().unwrap();
    // JavaScript Automerge writes strings as collaborative text.
    let (_, name) = doc.get(&acme, "name").unwrap().unwrap();
    assert_eq!(doc.text(&name).unwrap(), "Acme");
}

#[test]
fn our_frames_decode_to_the_same_messages() {
    for (name, bytes) in recorded() {
        let message = Message::decode(&bytes).unwrap();
        assert_eq!(
            Message::decode(&message.encode()).unwrap(),
            message,
            "{name}"
        );
    }
}

#[test]
fn every_message_round_trips() {
    let messages = [
        Message::Join {
            sender_id: "a".into(),
            peer_metadata: Some(PeerMetadata {
                storage_id: Some("s".into()),
                is_ephemeral: false,
            }),
            supported_protocol_versions: vec!["1".into()],
        },
        Message::Peer {
            sender_id: "b".into(),
            target_id: "a".into(),
            peer_metadata: None,
            selected_protocol_version: "1".into(),
        },
        Message::Request {
            sender_id: "a".into(),
            target_id: "b".into(),
            document_id: "d".into(),
            data: vec![1, 2, 3],
        },
        Message::Sync {
            sender_id: "a".into(),
            target_id: "b".into(),
            document_id: "d".into(),
            data: vec![],
        },
        Message::DocUnavailable {
            sender_id: "b".into(),
            target_id: "a".into(),
            document_id: "d".into(),
        },
        Message::Ephemeral {
            sender_id: "a".into(),
            target_id: "b".into(),
            document_id: "d".into(),
            session_id: "s".into(),
            count: 7,
            data: vec![9],
        },
        Message::Error {
            message: "nope".into(),
        },
        Message::Leave {
            sender_id: "a".into(),
        },
    ];
    for message in messages {
        assert_eq!(Message::decode(&message.encode()).unwrap(), message);
    }
}

#[test]
fn bad_frames_are_refused_with_a_reason() {
    assert_eq!(Message::decode(b""), Err(FrameError::NotAMessage));
    assert_eq!(Message::decode(&[0xff, 0x00]), Err(FrameError::NotAMessage));
    let mut text = Vec::new();
    ciborium::into_writer(&"join", &mut text).unwrap();
    assert_eq!(Message::decode(&text), Err(FrameError::NotAMessage));

    let mut missing = Vec::new();
    ciborium::into_writer(
        &ciborium::Value::Map(vec![("type".into(), "sync".into())]),
        &mut missing,
    )
    .unwrap();
    assert!(matches!(
        Message::decode(&missing),
        Err(FrameError::Malformed { kind, .. }) if kind == "sync"
    ));

    let mut future = Vec::new();
    ciborium::into_writer(
        &ciborium::Value::Map(vec![("type".into(), "remote-heads-changed".into())]),
        &mut future,
    )
    .unwrap();
    assert_eq!(
        Message::decode(&future),
        Ok(Message::Unknown("remote-heads-changed".into()))
    );
}

proptest::proptest! {
    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..512)) {
        let _ = Message::decode(&bytes);
    }

    #[test]
    fn mutated_real_frames_never_panic(index in 0usize..12, at in 0usize..4096, byte in proptest::num::u8::ANY) {
        let frames = recorded();
        let (_, mut frame) = frames[index % frames.len()].clone();
        let at = at % frame.len();
        frame[at] = byte;
        let _ = Message::decode(&frame);
    }
}
