//! What sync sends a peer whose heads are all known here (vendored
//! Automerge, `vendor/README.md`, change 25): that peer holds exactly those
//! heads and their ancestors, so it is sent the changes that came after
//! them, found without testing the history against its Bloom filter. A peer
//! naming a head not known here is still answered from its Bloom filter.
#![cfg(not(target_arch = "wasm32"))]

use automerge::sync::{BloomFilter, Have, Message, State, SyncDoc};
use automerge::transaction::Transactable;
use automerge::{Automerge, ChangeHash, ReadDoc, ROOT};

fn edit(doc: &mut Automerge, key: &str) -> ChangeHash {
    let mut tx = doc.transaction();
    tx.put(ROOT, key, 1).unwrap();
    tx.commit().0.unwrap()
}

/// Thirty changes both sides hold.
fn shared_history() -> Automerge {
    let mut doc = Automerge::new();
    for n in 0..30 {
        edit(&mut doc, &format!("both-{n}"));
    }
    doc
}

/// The hashes of the changes `message` carries that `receiver` lacks.
fn carried(message: &Message, receiver: &Automerge) -> Vec<ChangeHash> {
    let mut doc = receiver.fork();
    for chunk in message.changes.iter() {
        doc.load_incremental(chunk).unwrap();
    }
    let before = receiver.get_heads();
    doc.get_changes(&before).iter().map(|c| c.hash()).collect()
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
    let device = shared.fork();
    let mut relay = shared.fork();
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
    assert_eq!(carried(&reply, &device), vec![relay_only]);
}

/// A peer naming a head not known here may hold anything besides: it is
/// answered from its Bloom filter, which leaves out what it already has.
#[test]
fn a_peer_naming_a_head_not_known_here_is_answered_from_its_bloom_filter() {
    let shared = shared_history();
    let mut device = shared.fork();
    edit(&mut device, "device-only");
    let mut relay = shared.fork();
    let relay_only = edit(&mut relay, "relay-only");

    let reply = answer(&device, &relay, |_| ());
    assert_eq!(carried(&reply, &device), vec![relay_only]);
    assert!(
        carried(&reply, &Automerge::new()).is_empty(),
        "only the change that builds on the shared history, not that history again"
    );
}

/// Both ways together: two sides that each made changes offline converge,
/// each sent what the other lacks and nothing it already holds.
#[test]
fn two_sides_that_each_changed_offline_converge_sending_only_what_the_other_lacks() {
    let shared = shared_history();
    let mut device = shared.fork();
    let mut relay = shared.fork();
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
            let new = carried(&message, receiver).len();
            assert!(
                new > 0 || message.changes.is_empty(),
                "changes the receiver holds were sent again"
            );
            taken += new;
            receiver.receive_sync_message(state, message).unwrap();
        }
    }
    assert_eq!(device.get_heads(), relay.get_heads());
    assert_eq!(taken, 6, "each side's three changes");
    assert!(device.get(ROOT, "relay-2").unwrap().is_some());
}
