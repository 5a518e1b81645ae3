//! A document actor reports each peer's first connection and its last
//! (vendor/README.md, change 6): the runtime follows the peers from these alone,
//! so one missed or repeated change would leave a share-policy subscription
//! running for a peer that left, or none for one that came.

use super::*;

fn close(actor: &mut DocumentActor, conn: ConnectionId) {
    actor
        .handle_message(
            UnixTimestamp::now(),
            HubToDocMsg(HubToDocMsgPayload::ConnectionClosed {
                connection_id: conn,
            }),
        )
        .unwrap();
}

fn connect_as(actor: &mut DocumentActor, peer_id: &str) -> ConnectionId {
    let conn = ConnectionId::new();
    actor
        .handle_message(
            UnixTimestamp::now(),
            HubToDocMsg(HubToDocMsgPayload::NewConnection {
                connection_id: conn,
                peer_id: peer_id.into(),
            }),
        )
        .unwrap();
    conn
}

#[test]
fn a_peer_joins_with_its_first_connection_and_leaves_with_its_last() {
    let (mut actor, _, first, _) = new_actor(true, None);
    assert_eq!(
        actor.take_peer_changes(),
        [PeerChange::Joined("remote".into())]
    );
    let second = connect_as(&mut actor, "remote");
    let other = connect_as(&mut actor, "other");
    assert_eq!(
        actor.take_peer_changes(),
        [PeerChange::Joined("other".into())],
        "a second connection of a peer is not a new peer"
    );
    close(&mut actor, first);
    assert_eq!(actor.take_peer_changes(), []);
    close(&mut actor, second);
    close(&mut actor, other);
    close(&mut actor, other);
    assert_eq!(
        actor.take_peer_changes(),
        [
            PeerChange::Left("remote".into()),
            PeerChange::Left("other".into())
        ],
        "each peer leaves once, with its last connection"
    );
    connect_as(&mut actor, "remote");
    assert_eq!(
        actor.take_peer_changes(),
        [PeerChange::Joined("remote".into())]
    );
}
