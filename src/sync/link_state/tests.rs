//! Two link states driven against each other over an in-memory data channel,
//! each test an attack (or the honest case an attack would imitate) that
//! fails if the attack works.

use std::collections::{HashMap, VecDeque};

use automerge::sync::{self, SyncDoc};
use automerge::transaction::Transactable;
use automerge::{Automerge, AutomergeError, ReadDoc};
use handover_invite::{link_statement, Grant, KeyPair, LinkProof};

use super::*;
use crate::sync::protocol::Message;

type Docs = HashMap<String, Automerge>;

const TEAM: &str = "team-doc";
const LEAD: &str = "leadership-doc";
/// When the link runs, in milliseconds since the Unix epoch.
const AT: f64 = 1_700_000_000_000.0;
/// The DTLS fingerprints of the offering and the answering end, and of
/// someone in the middle of another link.
const OFFER_END: &str = "SHA-256 AA:AA";
const ANSWER_END: &str = "SHA-256 BB:BB";
const MIDDLE: &str = "SHA-256 MM:MM";

fn key(n: u8) -> KeyPair {
    KeyPair::from_seed([n; 32])
}

/// The workspace key, which signs every honest grant.
fn workspace() -> KeyPair {
    key(1)
}

/// What crosses the data channel: proofs as text, the protocol as binary.
enum Wire {
    Proof(String),
    Frame(Vec<u8>),
}

/// One device at one end of a link, and what it did.
struct Device {
    link: LinkState,
    docs: Docs,
    key: KeyPair,
    token: String,
    fingerprints: Fingerprints,
    /// What it sent and the other end has not received yet.
    outbox: VecDeque<Wire>,
    /// Every protocol frame it ever sent.
    sent: Vec<Vec<u8>>,
    status: Option<LinkStatus>,
    closed: bool,
}

impl Device {
    /// The offering device of member `member`, whose grant names the
    /// leadership document when `leadership`; it holds `docs`.
    fn offering(member: &str, leadership: bool, docs: Docs) -> Device {
        let session = Session::accepting(&format!("{member}/tab"), []);
        let ends = (OFFER_END, ANSWER_END);
        Device::new(session, key(5), member, leadership, docs, ends)
    }

    /// The answering device, at the other end.
    fn answering(member: &str, leadership: bool, docs: Docs) -> Device {
        let session = Session::new(&format!("{member}/tab"), []);
        let ends = (ANSWER_END, OFFER_END);
        Device::new(session, key(6), member, leadership, docs, ends)
    }

    fn new(
        session: Session,
        device: KeyPair,
        member: &str,
        leadership: bool,
        docs: Docs,
        (ours, theirs): (&str, &str),
    ) -> Device {
        let grant = Grant {
            id: format!("g-{member}"),
            member: member.into(),
            name: member.into(),
            role: if leadership { "ceo" } else { "team-member" }.into(),
            workspace: workspace().public().to_string(),
            team: TEAM.into(),
            leadership: leadership.then(|| LEAD.into()),
            relay: None,
            device: Some(device.public().to_string()),
            expires_at: 1_800_000_000,
            issuer: None,
        };
        let held_lead = docs.contains_key(LEAD).then(|| LEAD.to_string());
        let trust = Trust {
            grant: grant.clone(),
            workspace: workspace().public(),
            expect: None,
        };
        Device {
            link: LinkState::new(session, TEAM.into(), held_lead, trust),
            docs,
            key: device,
            token: grant.sign(&workspace()),
            fingerprints: Fingerprints {
                ours: ours.into(),
                theirs: theirs.into(),
            },
            outbox: VecDeque::new(),
            sent: Vec::new(),
            status: None,
            closed: false,
        }
    }

    /// This device's proof for the link as it sees it.
    fn proof(&self) -> String {
        let statement = link_statement(
            &self.fingerprints.ours,
            &self.fingerprints.theirs,
            &self.token,
        );
        serde_json::to_string(&LinkProof {
            token: self.token.clone(),
            device_key: self.key.public().to_string(),
            signature: self.key.sign_bytes(&statement),
        })
        .unwrap()
    }

    /// Does what the glue does with `effects`; signing is immediate here.
    fn perform(&mut self, effects: Effects) {
        if effects.prove {
            self.outbox.push_back(Wire::Proof(self.proof()));
            let proved = self.link.proved(&mut self.docs, AT);
            self.perform(proved);
        }
        self.sent.extend(effects.send.iter().cloned());
        self.outbox
            .extend(effects.send.into_iter().map(Wire::Frame));
        self.closed |= effects.close;
        if let Some(status) = effects.status {
            self.status = Some(status);
        }
    }

    fn open(&mut self) {
        let effects = self.link.opened();
        self.perform(effects);
    }

    fn deliver(&mut self, wire: Wire) {
        let effects = match wire {
            Wire::Proof(text) => {
                self.link
                    .proof_arrived(&text, Some(&self.fingerprints), &mut self.docs, AT)
            }
            Wire::Frame(frame) => self.link.receive(&frame, &mut self.docs, AT),
        };
        self.perform(effects);
    }

    fn has(&self, id: &str, key: &str) -> bool {
        self.docs[id].get(automerge::ROOT, key).unwrap().is_some()
    }

    fn heads(&self, id: &str) -> Vec<automerge::ChangeHash> {
        self.docs[id].get_heads()
    }
}

fn edit(doc: &mut Automerge, key: &str) {
    doc.transact::<_, _, AutomergeError>(|tx| tx.put(automerge::ROOT, key, true))
        .unwrap();
}

/// A document with one edit, `key`.
fn edited(key: &str) -> Automerge {
    let mut doc = Automerge::new();
    edit(&mut doc, key);
    doc
}

fn docs(entries: &[(&str, Automerge)]) -> Docs {
    entries
        .iter()
        .map(|(id, doc)| (id.to_string(), doc.clone()))
        .collect()
}

/// Opens the channel at both ends and carries everything both send, in
/// order, until neither has anything more to say.
fn link(a: &mut Device, b: &mut Device) {
    a.open();
    b.open();
    run(a, b);
}

fn run(a: &mut Device, b: &mut Device) {
    for _ in 0..100 {
        if a.outbox.is_empty() && b.outbox.is_empty() {
            return;
        }
        let (to_b, to_a) = (mem::take(&mut a.outbox), mem::take(&mut b.outbox));
        to_b.into_iter().for_each(|wire| b.deliver(wire));
        to_a.into_iter().for_each(|wire| a.deliver(wire));
    }
    panic!("the link never went quiet");
}

/// A sync frame that pushes every change of `doc` (document `id`) onto a
/// device that has none of them.
fn changes_frame(id: &str, doc: &Automerge) -> Vec<u8> {
    let (mut theirs, mut ours) = (sync::State::new(), sync::State::new());
    let hello = Automerge::new().generate_sync_message(&mut theirs).unwrap();
    let mut doc = doc.clone();
    doc.receive_sync_message(&mut ours, hello).unwrap();
    Message::Sync {
        sender_id: "intruder".into(),
        target_id: "victim".into(),
        document_id: id.into(),
        data: doc.generate_sync_message(&mut ours).unwrap().encode(),
    }
    .encode()
}

/// The document a protocol frame is about, if any.
fn document_of(frame: &[u8]) -> Option<String> {
    match Message::decode(frame).unwrap() {
        Message::Request { document_id, .. }
        | Message::Sync { document_id, .. }
        | Message::DocUnavailable { document_id, .. }
        | Message::Ephemeral { document_id, .. } => Some(document_id),
        _ => None,
    }
}

/// Asserts that `victim` refused the other end for `reason`, sent no
/// protocol frame and merged nothing into `before`'s documents.
fn assert_refused(victim: &Device, reason: &str, before: &Docs) {
    assert_eq!(victim.status, Some(LinkStatus::Refused(reason.into())));
    assert!(victim.closed);
    assert!(victim.sent.is_empty(), "a refused link sent a frame");
    for (id, doc) in before {
        assert_eq!(victim.heads(id), doc.get_heads(), "{id} changed");
    }
}

/// A device whose grant the workspace key never signed (another
/// workspace's key did) proves nothing: refused before one frame is sent,
/// and the changes it pushes are never merged.
#[test]
fn a_proof_under_another_workspace_key_is_refused_and_nothing_is_sent() {
    let held = docs(&[(TEAM, edited("ceo-team")), (LEAD, edited("ceo-secret"))]);
    let mut victim = Device::offering("ceo", true, held.clone());
    let mut intruder = Device::answering("ceo", true, docs(&[(TEAM, edited("forged"))]));
    let mut forged = Grant::peek(&intruder.token).unwrap();
    forged.workspace = key(2).public().to_string();
    intruder.token = forged.sign(&key(2));

    link(&mut victim, &mut intruder);
    victim.deliver(Wire::Frame(changes_frame(TEAM, &intruder.docs[TEAM])));

    assert_refused(&victim, "unverified", &held);
    assert!(!victim.has(TEAM, "forged"));
}

/// A real grant of the workspace, but not the member the offer or answer
/// named: refused as someone else, nothing sent.
#[test]
fn a_valid_proof_of_another_member_is_refused_as_someone_else() {
    let held = docs(&[(TEAM, edited("ceo-team"))]);
    let mut victim = Device::offering("ceo", true, held.clone());
    victim.link.expect(Some("assistant".into()));
    let mut sam = Device::answering("sam", false, docs(&[(TEAM, edited("sam"))]));

    link(&mut victim, &mut sam);

    assert_refused(&victim, "someone-else", &held);
    assert!(!sam.has(TEAM, "ceo-team"));
}

/// A proof Sam made on another link (with someone in the middle, whose
/// fingerprint it names) is replayed on this one: its signature is over
/// other fingerprints, so it is refused.
#[test]
fn a_proof_replayed_from_another_link_is_refused() {
    let held = docs(&[(TEAM, edited("ceo-team"))]);
    let mut victim = Device::offering("ceo", true, held.clone());
    let mut sam = Device::answering("sam", false, docs(&[(TEAM, edited("sam"))]));
    sam.fingerprints.theirs = MIDDLE.into();
    let replayed = sam.proof();

    victim.open();
    victim.deliver(Wire::Proof(replayed));
    victim.deliver(Wire::Frame(changes_frame(TEAM, &sam.docs[TEAM])));

    assert_refused(&victim, "unverified", &held);
}

/// Protocol frames that overtake the other end's proof (or come from
/// whoever sends frames before proving) wait: nothing is merged or answered
/// until the proof checks, and then they are handled in order.
#[test]
fn frames_before_both_proofs_are_held_then_applied() {
    let held = docs(&[(TEAM, edited("ceo-team"))]);
    let mut ceo = Device::offering("ceo", true, held.clone());
    let mut sam = Device::answering("sam", false, docs(&[(TEAM, edited("sam"))]));
    ceo.open();
    sam.open();
    // Sam hears the CEO's proof, so its link starts and sends a `join`.
    mem::take(&mut ceo.outbox)
        .into_iter()
        .for_each(|wire| sam.deliver(wire));
    let Some(Wire::Proof(proof)) = sam.outbox.pop_front() else {
        panic!("Sam's proof goes first");
    };
    let early: Vec<Wire> = sam.outbox.drain(..).collect();
    assert!(!early.is_empty());

    early.into_iter().for_each(|wire| ceo.deliver(wire));
    ceo.deliver(Wire::Frame(changes_frame(TEAM, &sam.docs[TEAM])));
    assert!(ceo.sent.is_empty(), "answered a frame before the proof");
    assert_eq!(ceo.heads(TEAM), held[TEAM].get_heads());
    assert_eq!(ceo.status, None);

    ceo.deliver(Wire::Proof(proof));
    assert!(ceo.has(TEAM, "sam"), "the held frames were not applied");
    assert!(!ceo.sent.is_empty());
    run(&mut ceo, &mut sam);
    assert_eq!(ceo.heads(TEAM), sam.heads(TEAM));
    assert!(sam.has(TEAM, "ceo-team"));
}

/// A team member's device links to the CEO's. Even holding a document under
/// the leadership document's id, and asking for it outright, it receives
/// the team document only: its grant names no leadership document.
#[test]
fn a_team_member_never_receives_the_leadership_document() {
    let mut ceo = Device::offering(
        "ceo",
        true,
        docs(&[(TEAM, edited("ceo-team")), (LEAD, edited("ceo-secret"))]),
    );
    let mut sam = Device::answering(
        "sam",
        false,
        docs(&[(TEAM, edited("sam")), (LEAD, Automerge::new())]),
    );

    link(&mut ceo, &mut sam);

    assert_eq!(ceo.heads(TEAM), sam.heads(TEAM));
    assert!(sam.has(TEAM, "ceo-team") && ceo.has(TEAM, "sam"));
    assert!(sam.heads(LEAD).is_empty());
    for frame in ceo.sent.iter().chain(&sam.sent) {
        assert_ne!(document_of(frame).as_deref(), Some(LEAD));
    }
    assert_eq!(ceo.status, synced("sam"));

    // Sam asks for the leadership document by name.
    let hello = Automerge::new()
        .generate_sync_message(&mut sync::State::new())
        .unwrap();
    let request = Message::Request {
        sender_id: "sam/tab".into(),
        target_id: "ceo/tab".into(),
        document_id: LEAD.into(),
        data: hello.encode(),
    };
    let already = ceo.sent.len();
    ceo.deliver(Wire::Frame(request.encode()));
    for frame in &ceo.sent[already..] {
        assert!(matches!(
            Message::decode(frame).unwrap(),
            Message::DocUnavailable { .. }
        ));
    }
    run(&mut ceo, &mut sam);
    assert!(sam.heads(LEAD).is_empty());
    assert!(!sam.has(LEAD, "ceo-secret"));
}

/// The status of a link that is in step with `peer`.
fn synced(peer: &str) -> Option<LinkStatus> {
    Some(LinkStatus::Synced {
        peer: peer.into(),
        at: AT,
    })
}

/// Two devices whose grants both name the leadership document sync both
/// documents, and each reports the other by the member its grant names.
#[test]
fn two_leadership_devices_sync_both_documents() {
    let mut ceo = Device::offering(
        "ceo",
        true,
        docs(&[(TEAM, edited("ceo-team")), (LEAD, edited("ceo-lead"))]),
    );
    let mut assistant = Device::answering(
        "assistant",
        true,
        docs(&[(TEAM, edited("as-team")), (LEAD, edited("as-lead"))]),
    );

    link(&mut ceo, &mut assistant);

    for id in [TEAM, LEAD] {
        assert_eq!(ceo.heads(id), assistant.heads(id), "{id}");
    }
    assert!(assistant.has(LEAD, "ceo-lead") && ceo.has(LEAD, "as-lead"));
    assert_eq!(ceo.status, synced("assistant"));
    assert_eq!(assistant.status, synced("ceo"));

    // A later edit crosses too, and the link reports itself synced again.
    edit(ceo.docs.get_mut(LEAD).unwrap(), "later");
    let effects = ceo.link.local_change(LEAD, &ceo.docs, AT);
    assert_eq!(
        effects.status,
        Some(LinkStatus::Syncing {
            peer: "assistant".into()
        })
    );
    ceo.perform(effects);
    run(&mut ceo, &mut assistant);
    assert!(assistant.has(LEAD, "later"));
    assert_eq!(ceo.status, synced("assistant"));
}

/// A device with nothing takes the whole document from the other end; both
/// ends must then see the link synced, not the giving end waiting forever
/// for a device that already has everything.
#[test]
fn both_ends_see_synced_after_a_new_device_takes_the_whole_document() {
    let mut ceo = Device::offering(
        "ceo",
        true,
        docs(&[(TEAM, edited("ceo-team")), (LEAD, edited("ceo-lead"))]),
    );
    let empty = docs(&[(TEAM, Automerge::new()), (LEAD, Automerge::new())]);
    let mut assistant = Device::answering("assistant", true, empty);

    link(&mut ceo, &mut assistant);

    assert!(assistant.has(TEAM, "ceo-team") && assistant.has(LEAD, "ceo-lead"));
    assert_eq!(assistant.status, synced("ceo"));
    assert_eq!(ceo.status, synced("assistant"));
}

/// The other end closing the link is reported; a link this side refused
/// stays refused.
#[test]
fn closing_is_reported_unless_the_link_was_refused() {
    let mut ceo = Device::offering("ceo", true, docs(&[(TEAM, edited("ceo"))]));
    assert_eq!(ceo.link.closed().status, Some(LinkStatus::Closed));
    ceo.open();
    ceo.deliver(Wire::Proof("not a proof".into()));
    assert_eq!(ceo.status, Some(LinkStatus::Refused("unverified".into())));
    assert_eq!(ceo.link.closed(), Effects::default());
}
