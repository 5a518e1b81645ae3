//! What sync sends a peer whose heads are all known here (vendored
//! Automerge, `vendor/README.md`, change 25): that peer holds exactly those
//! heads and their ancestors, so it is sent the changes that came after
//! them, found without testing the history against its Bloom filter. A peer
//! naming a head not known here is still answered from its Bloom filter.
#![cfg(not(target_arch = "wasm32"))]

use automerge::sync::{BloomFilter, Have, Message, State, SyncDoc};
use automerge::transaction::Transactable;
use automerge::{ActorId, Automerge, Change, ChangeHash, ReadDoc, ROOT};
use handover::doc::sample::chunks;

fn edit(doc: &mut Automerge, key: &str) -> ChangeHash {
    let mut tx = doc.transaction();
    tx.put(ROOT, key, 1).unwrap();
    tx.commit().0.unwrap()
}

/// Thirty changes both sides hold.
fn shared_history() -> Automerge {
    let mut doc = Automerge::new().with_actor(ActorId::from([0; 16]));
    for n in 0..30 {
        edit(&mut doc, &format!("both-{n}"));
    }
    doc
}

/// The hashes of the changes `message` carries, whether or not a receiver
/// could apply them yet: a Bloom filter's false "maybe" can leave out a
/// change that a sent change depends on, which the receiver then asks for.
fn sent(message: &Message) -> Vec<ChangeHash> {
    message
        .changes
        .iter()
        .flat_map(chunks)
        .map(|change| Change::try_from(change).unwrap().hash())
        .collect()
}

/// A side of the sync with its own fixed actor, so that every run makes the
/// same change hashes and a Bloom filter's false "maybe" is reproducible.
fn side(doc: &Automerge, actor: u8) -> Automerge {
    doc.fork().with_actor(ActorId::from([actor; 16]))
}

/// `relay` answers the first message `device` makes, after `forge` has
/// changed that message.
fn answer(device: &Automerge, relay: &Automerge, forge: impl FnOnce(&mut Message)) -> Message {
    let mut first = device.generate_sync_message(&mut State::new()).unwrap();
    forge(&mut first);
    let mut relay = relay.fork();
    let mut state = State::new();
    relay.receive_sync_message(&mut state, first).unwrap();
    relay.generate_sync_message(&mut state).unwrap()
}

/// A Bloom filter answers "maybe" for about one change in a hundred it was
/// not given. A peer whose Bloom filter wrongly claims a change it lacks
/// still gets that change in the first answer, as long as its heads are all
/// known here, instead of after a round trip asking for it by hash.
#[test]
fn a_peer_whose_heads_are_all_here_gets_what_came_after_them_whatever_its_bloom_claims() {
    let shared = shared_history();
    let device = side(&shared, 1);
    let mut relay = side(&shared, 2);
    let relay_only = edit(&mut relay, "relay-only");
    let everything = relay
        .get_changes(&[])
        .iter()
        .map(|c| c.hash())
        .collect::<Vec<_>>();

    let reply = answer(&device, &relay, |first| {
        assert_eq!(first.heads, shared.get_heads());
        first.have = vec![Have {
            last_sync: Vec::new(),
            bloom: BloomFilter::from_hashes(everything.iter()),
        }];
    });
    assert_eq!(sent(&reply), vec![relay_only]);
}

/// A peer naming a head not known here may hold anything besides: it is
/// answered from its Bloom filter, which leaves out what it already has.
#[test]
fn a_peer_naming_a_head_not_known_here_is_answered_from_its_bloom_filter() {
    let shared = shared_history();
    let mut device = side(&shared, 1);
    edit(&mut device, "device-only");
    let mut relay = side(&shared, 2);
    let relay_only = edit(&mut relay, "relay-only");

    let reply = answer(&device, &relay, |_| ());
    assert_eq!(
        sent(&reply),
        vec![relay_only],
        "only the change that builds on the shared history, not that history again"
    );
}

/// Both ways together: two sides that each made changes offline converge,
/// each sent what the other lacks and nothing it already holds.
#[test]
fn two_sides_that_each_changed_offline_converge_sending_only_what_the_other_lacks() {
    let shared = shared_history();
    let mut device = side(&shared, 1);
    let mut relay = side(&shared, 2);
    for n in 0..3 {
        edit(&mut device, &format!("device-{n}"));
        edit(&mut relay, &format!("relay-{n}"));
    }
    let (mut device_state, mut relay_state) = (State::new(), State::new());
    let mut taken = 0;
    for _ in 0..10 {
        let to_relay = device.generate_sync_message(&mut device_state);
        let to_device = relay.generate_sync_message(&mut relay_state);
        if to_relay.is_none() && to_device.is_none() {
            break;
        }
        for (message, receiver, state) in [
            (to_relay, &mut relay, &mut relay_state),
            (to_device, &mut device, &mut device_state),
        ] {
            let Some(message) = message else { continue };
            let changes = sent(&message);
            assert!(
                changes
                    .iter()
                    .all(|hash| receiver.get_change_by_hash(hash).is_none()),
                "changes the receiver holds were sent again"
            );
            taken += changes.len();
            receiver.receive_sync_message(state, message).unwrap();
        }
    }
    assert_eq!(device.get_heads(), relay.get_heads());
    assert_eq!(taken, 6, "each side's three changes, each sent once");
    assert!(device.get(ROOT, "relay-2").unwrap().is_some());
}
