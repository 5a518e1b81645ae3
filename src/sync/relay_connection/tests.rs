use std::collections::HashMap;

use automerge::transaction::Transactable;
use automerge::{Automerge, AutomergeError};

use super::*;
use crate::sync::protocol::Message;

type Docs = HashMap<String, Automerge>;

fn holding(doc: Automerge) -> Docs {
    HashMap::from([("team".to_string(), doc)])
}

fn edited(key: &str) -> Automerge {
    let mut doc = Automerge::new();
    doc.transact::<_, _, AutomergeError>(|tx| {
        tx.put(automerge::ROOT, key, true)?;
        Ok(())
    })
    .unwrap();
    doc
}

/// A stand-in relay: the accepting side of the protocol, over its own copy.
struct Relay {
    session: Session,
    docs: Docs,
}

impl Relay {
    fn new(doc: Automerge) -> Self {
        let mut session = Session::accepting("relay", ["team".to_string()]);
        session.connected();
        Relay {
            session,
            docs: holding(doc),
        }
    }

    fn answer(&mut self, frames: Vec<Vec<u8>>) -> Vec<Vec<u8>> {
        frames
            .iter()
            .flat_map(|frame| self.session.receive(frame, &mut self.docs).unwrap().send)
            .collect()
    }
}

/// Passes frames between the device and the relay until neither has
/// anything more to say; returns the device's last report.
fn exchange(
    connection: &mut RelayConnection,
    docs: &mut Docs,
    relay: &mut Relay,
    first: Vec<Vec<u8>>,
) -> Report {
    let mut to_relay = first;
    let mut report = connection.report(docs, 0.0);
    for _ in 0..20 {
        let to_device = relay.answer(std::mem::take(&mut to_relay));
        if to_device.is_empty() {
            break;
        }
        for frame in to_device {
            let reply = connection.received(&frame, docs, 7.0);
            to_relay.extend(reply.send);
            report = reply.report.unwrap();
        }
    }
    report
}

#[test]
fn a_connection_syncs_and_counts_what_the_relay_has_not_acknowledged() {
    let mut docs = holding(edited("mine"));
    let mut connection = RelayConnection::new("device", vec!["team".into()]);
    assert_eq!(
        connection.connecting(&docs).unwrap().status,
        SyncStatus::Connecting
    );
    assert_eq!(connection.report(&docs, 0.0).pending, 1);
    let mut relay = Relay::new(edited("theirs"));
    let join = connection.opened();
    let report = exchange(&mut connection, &mut docs, &mut relay, join);
    assert_eq!(
        report,
        Report {
            status: SyncStatus::Synced { at: 7.0 },
            pending: 0
        }
    );
    assert_eq!(relay.docs["team"].get_heads(), docs["team"].get_heads());

    docs.get_mut("team")
        .unwrap()
        .merge(&mut edited("later"))
        .unwrap();
    let offer = connection.local_change("team", &docs, 8.0);
    assert_eq!(offer.report.unwrap().pending, 1);
    let report = exchange(&mut connection, &mut docs, &mut relay, offer.send);
    assert_eq!(report.pending, 0);
}

#[test]
fn a_lost_connection_waits_longer_each_time_until_the_relay_admits_it_again() {
    let mut docs = holding(Automerge::new());
    let mut connection = RelayConnection::new("device", vec!["team".into()]);
    let waits: Vec<Duration> = (0..3)
        .map(|_| {
            let (report, wait) = connection.lost(0.5, &docs).unwrap();
            assert_eq!(report.status, SyncStatus::Offline);
            wait
        })
        .collect();
    assert_eq!(waits, [500, 1_000, 2_000].map(Duration::from_millis));

    let mut relay = Relay::new(Automerge::new());
    let join = connection.opened();
    exchange(&mut connection, &mut docs, &mut relay, join);
    let (_, wait) = connection.lost(0.5, &docs).unwrap();
    assert_eq!(wait, Duration::from_millis(500));
}

/// A revoked device must not keep knocking: once refused, nothing retries
/// and the indicator keeps saying why.
#[test]
fn a_refused_device_stops_for_good() {
    let mut docs = holding(Automerge::new());
    let mut connection = RelayConnection::new("device", vec!["team".into()]);
    connection.opened();
    let refusal = Message::Error {
        message: "revoked".into(),
    }
    .encode();
    let reply = connection.received(&refusal, &mut docs, 1.0);
    assert_eq!(
        reply.report.unwrap().status,
        SyncStatus::Refused("revoked".into())
    );
    assert!(connection.is_stopped());
    assert_eq!(connection.lost(0.5, &docs), None);
    assert_eq!(connection.connecting(&docs), None);
}

#[test]
fn a_damaged_frame_changes_nothing_and_the_connection_goes_on() {
    let mut docs = holding(edited("mine"));
    let heads = docs["team"].get_heads();
    let mut connection = RelayConnection::new("device", vec!["team".into()]);
    connection.opened();
    let reply = connection.received(b"\xff\x00not cbor", &mut docs, 1.0);
    assert!(reply.send.is_empty());
    assert_eq!(reply.report.unwrap().status, SyncStatus::Connecting);
    assert_eq!(docs["team"].get_heads(), heads);
    assert!(!connection.is_stopped());
}
