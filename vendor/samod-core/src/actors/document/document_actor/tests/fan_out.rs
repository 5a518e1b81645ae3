//! A document actor generates sync messages only for the peers that need
//! them (vendor/README.md, change 1). Skipping a peer must never leave it without
//! what it needs: a change made here or by another peer reaches every peer,
//! and a peer whose own sync state changed while the document did not is
//! still answered.

use super::*;

/// A remote peer: its copy of the document and its side of the sync.
struct Peer {
    conn: ConnectionId,
    doc: Automerge,
    state: sync::State,
}

/// A ready actor holding one change, with `count` read-write peers that have
/// synced with it.
fn synced_actor(count: usize) -> (DocumentActor, Vec<Peer>) {
    let (mut actor, _, first, task_id) = new_actor(true, None);
    complete_policy(&mut actor, task_id, ShareConfig::read_write());
    let mut conns = vec![first];
    for n in 1..count {
        let (conn, task_id) = connect(&mut actor, &format!("remote-{n}"));
        complete_policy(&mut actor, task_id, ShareConfig::read_write());
        conns.push(conn);
    }
    let mut peers: Vec<Peer> = conns
        .into_iter()
        .map(|conn| Peer {
            conn,
            doc: Automerge::new(),
            state: sync::State::new(),
        })
        .collect();
    let made = local_change(&mut actor, "first");
    settle(&mut actor, &mut peers, made);
    (actor, peers)
}

/// A new connection from `peer_id`, and the task that looks up its policy.
fn connect(actor: &mut DocumentActor, peer_id: &str) -> (ConnectionId, IoTaskId) {
    let conn = ConnectionId::new();
    let result = actor
        .handle_message(
            UnixTimestamp::now(),
            HubToDocMsg(HubToDocMsgPayload::NewConnection {
                connection_id: conn,
                peer_id: peer_id.into(),
            }),
        )
        .unwrap();
    let task_id = result
        .io_tasks
        .iter()
        .find(|task| matches!(task.action, DocumentIoTask::CheckSharePolicy { .. }))
        .unwrap()
        .task_id;
    (conn, task_id)
}

fn local_change(actor: &mut DocumentActor, key: &str) -> DocActorResult {
    actor
        .with_document(UnixTimestamp::now(), |doc| {
            doc.transact::<_, _, automerge::AutomergeError>(|tx| tx.put(ROOT, key, true))
                .unwrap();
        })
        .unwrap()
        .actor_result
}

/// Delivers the actor's messages to the peers and theirs to the actor until
/// neither side has anything more to say.
fn settle(actor: &mut DocumentActor, peers: &mut [Peer], mut out: DocActorResult) {
    for _ in 0..100 {
        for msg in std::mem::take(&mut out.outgoing_messages) {
            if let DocToHubMsgPayload::SendSyncMessage {
                connection_id,
                message: SyncMessage::Sync { data },
                ..
            } = msg.0
            {
                let peer = peers.iter_mut().find(|p| p.conn == connection_id).unwrap();
                let msg = sync::Message::decode(&data).unwrap();
                peer.doc.receive_sync_message(&mut peer.state, msg).unwrap();
            }
        }
        let replies: Vec<_> = peers
            .iter_mut()
            .filter_map(|p| Some((p.conn, p.doc.generate_sync_message(&mut p.state)?)))
            .collect();
        if replies.is_empty() {
            return;
        }
        for (conn, msg) in replies {
            let result = actor
                .handle_message(
                    UnixTimestamp::now(),
                    HubToDocMsg(HubToDocMsgPayload::HandleDocMessage {
                        connection_id: conn,
                        message: DocMessage::Sync(SyncMessage::Sync { data: msg.encode() }),
                        received_at: UnixTimestamp::now(),
                    }),
                )
                .unwrap();
            out.outgoing_messages.extend(result.outgoing_messages);
        }
    }
    panic!("the peers and the actor never stopped exchanging messages");
}

fn has(doc: &Automerge, key: &str) -> bool {
    doc.get(ROOT, key).unwrap().is_some()
}

#[test]
fn every_peer_gets_a_change_made_here_or_by_another_peer() {
    let (mut actor, mut peers) = synced_actor(4);
    assert!(peers.iter().all(|p| has(&p.doc, "first")));

    let made = local_change(&mut actor, "here");
    settle(&mut actor, &mut peers, made);
    assert!(peers.iter().all(|p| has(&p.doc, "here")));

    let writer = &mut peers[2];
    writer
        .doc
        .transact::<_, _, automerge::AutomergeError>(|tx| tx.put(ROOT, "there", true))
        .unwrap();
    settle(&mut actor, &mut peers, DocActorResult::new());
    assert!(has(actor.document(), "there"));
    assert!(peers.iter().all(|p| has(&p.doc, "there")));
}

#[test]
fn a_peer_that_lost_its_copy_is_sent_the_document_though_nothing_changed_here() {
    let (mut actor, mut peers) = synced_actor(3);
    let heads = actor.document().get_heads();
    peers[1].doc = Automerge::new();
    peers[1].state = sync::State::new();

    settle(&mut actor, &mut peers, DocActorResult::new());
    assert_eq!(actor.document().get_heads(), heads);
    assert!(has(&peers[1].doc, "first"));
}

#[test]
fn a_peer_granted_access_later_is_answered_though_nothing_changed_here() {
    let (mut actor, mut peers) = synced_actor(2);
    let (conn, task_id) = connect(&mut actor, "late");
    peers.push(Peer {
        conn,
        doc: Automerge::new(),
        state: sync::State::new(),
    });
    // The late peer asks before its policy is known: the request waits.
    settle(&mut actor, &mut peers, DocActorResult::new());
    assert!(!has(&peers[2].doc, "first"));

    let granted = complete_policy(&mut actor, task_id, ShareConfig::read_write());
    settle(&mut actor, &mut peers, granted);
    assert!(has(&peers[2].doc, "first"));
}

/// Sync keeps the changes it built for one peer and hands them to the next
/// peer asking for the same hashes (vendor/README.md change 12). A peer
/// asking for fewer must get only what it lacks, not what was built last.
#[test]
fn sync_sends_each_peer_only_the_changes_it_lacks() {
    let mut doc = Automerge::new();
    let put = |doc: &mut Automerge, key: &str| {
        doc.transact::<_, _, automerge::AutomergeError>(|tx| tx.put(ROOT, key, true))
            .unwrap();
    };
    for key in ["a", "b", "c", "d", "e"] {
        put(&mut doc, key);
    }
    let mut two_behind = Automerge::load(&doc.save()).unwrap();
    put(&mut doc, "f");
    let mut one_behind = Automerge::load(&doc.save()).unwrap();
    put(&mut doc, "g");

    // The hashes sync sent a peer with nothing of its own to send back.
    let mut sent_changes = |peer: &mut Automerge| {
        let (mut ours, mut theirs) = (sync::State::new(), sync::State::new());
        let mut sent = std::collections::BTreeSet::new();
        for _ in 0..10 {
            let Some(message) = doc.generate_sync_message(&mut ours) else {
                break;
            };
            // Sync forgets what it sent once the peer is up to date.
            sent.extend(ours.sent_hashes.iter().copied());
            peer.receive_sync_message(&mut theirs, message).unwrap();
            if let Some(reply) = peer.generate_sync_message(&mut theirs) {
                doc.receive_sync_message(&mut ours, reply).unwrap();
            }
        }
        sent
    };
    let lacked_by_two_behind = sent_changes(&mut two_behind);
    assert_eq!(lacked_by_two_behind.len(), 2);
    let had: Vec<_> = one_behind
        .get_changes(&[])
        .iter()
        .map(|c| c.hash())
        .collect();
    let sent = sent_changes(&mut one_behind);
    assert!(!sent.is_empty());
    assert!(
        sent.iter().all(|hash| !had.contains(hash)),
        "sent a change the peer had"
    );
    assert_eq!(one_behind.get_heads(), doc.get_heads());
    assert_eq!(two_behind.get_heads(), doc.get_heads());
}
