//! One direct link to a device nearby, sans-IO: what the link has seen and
//! what it may do next, with no socket, no clock and no browser in it. The
//! WebRTC glue (`super::direct_link`, in the browser only) calls one method
//! per event (the data channel opened, this side's proof went out, the other
//! side's proof or a protocol frame arrived, a document changed here, the
//! channel closed) and performs the [`Effects`] it returns; the tests here
//! drive two links against each other natively.
//!
//! The core holds the trust decisions, so that they are tested where an
//! attacker would aim: before a single record crosses, each side proves its
//! device key and grant over the link itself, bound to the link's DTLS
//! fingerprints (`handover_invite::LinkProof`). The core checks the other
//! side's proof; no protocol frame leaves before both proofs are done, and
//! frames that arrive earlier wait. What is then shared is decided by
//! [`link_documents`] from the two verified grants, never by the other
//! side's word. Signing this side's proof needs the device key, which lives
//! in WebCrypto, so the glue signs when the core says [`Effects::prove`].

use std::mem;

use automerge::Automerge;
use handover_invite::{Grant, LinkProof, PublicKey};

use super::policy::link_documents;
use super::session::{Documents, Outcome, Session, SessionError, WholeDocument};
use crate::doc::DocError;

/// Where a link stands, for the settings card and the sync indicator.
#[derive(Debug, Clone, PartialEq)]
pub enum LinkStatus {
    /// Codes exchanged; the devices are finding each other.
    Connecting,
    /// Linked to the device of member `peer`, exchanging changes.
    Syncing { peer: String },
    /// Linked, and both devices hold the same records (`at`, in
    /// milliseconds since the Unix epoch).
    Synced { peer: String, at: f64 },
    /// The link ended (the other device closed it or went away).
    Closed,
    /// The other end did not prove a grant of this workspace, or is not the
    /// member the offer or answer named; nothing was sent to it. The code
    /// says why (`unverified`, `someone-else`).
    Refused(String),
}

/// The other end proved nothing that checks.
const UNVERIFIED: &str = "unverified";
/// The other end proved a grant, but not the one of the member expected.
const SOMEONE_ELSE: &str = "someone-else";

/// The DTLS fingerprints of the link's two ends as this device sees them
/// (from the session descriptions): what both proofs are bound to, so that
/// a proof made for another link does not check on this one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fingerprints {
    pub ours: String,
    pub theirs: String,
}

/// Who this device is on a link, and whom it accepts at the other end.
#[derive(Debug, Clone)]
pub struct Trust {
    /// This device's grant, as verified when the workspace opened.
    pub grant: Grant,
    /// The key the other end's grant must be signed under.
    pub workspace: PublicKey,
    /// The member the other end must be, when the offer or answer named
    /// one (through the relay).
    pub expect: Option<String>,
}

/// What the glue does after an event, in this order.
#[derive(Debug, Default, PartialEq)]
pub struct Effects {
    /// Sign this device's proof over the link's fingerprints, send it as
    /// text, then call [`LinkState::proved`].
    pub prove: bool,
    /// Protocol frames to send, in order, as binary messages.
    pub send: Vec<Vec<u8>>,
    /// End the connection: this side refused the other end, and `status`
    /// says why.
    pub close: bool,
    /// The link's new status, to report.
    pub status: Option<LinkStatus>,
    /// A whole document to load a part at a time, then hand to
    /// [`LinkState::loaded_whole`].
    pub load_whole: Option<WholeDocument>,
}

impl Effects {
    /// These effects followed by `later`'s; the latest status stands.
    fn then(mut self, later: Effects) -> Effects {
        self.prove |= later.prove;
        self.send.extend(later.send);
        self.close |= later.close;
        self.status = later.status.or(self.status);
        self.load_whole = later.load_whole.or(self.load_whole);
        self
    }
}

/// The state of one direct link.
pub struct LinkState {
    session: Session,
    team: String,
    /// The leadership document's id, when this device holds it.
    leadership: Option<String>,
    trust: Trust,
    /// The other end's grant, once its proof checked.
    peer: Option<Grant>,
    /// Whether this side began proving itself: once per link, though the
    /// glue may see the channel open more than once.
    proving: bool,
    /// Whether this side's proof went out: no protocol frame may precede it.
    proved: bool,
    /// Whether this side ended the link for a failed proof.
    refused: bool,
    /// Protocol frames that arrived before both proofs were done.
    early: Vec<Vec<u8>>,
}

impl LinkState {
    /// A link driving `session` (accepting on the offering device, joining
    /// on the answering one) over the team document and, when this device
    /// holds it, the leadership document.
    pub fn new(session: Session, team: String, leadership: Option<String>, trust: Trust) -> Self {
        LinkState {
            session,
            team,
            leadership,
            trust,
            peer: None,
            proving: false,
            proved: false,
            refused: false,
            early: Vec::new(),
        }
    }

    /// The team document's id, which the link codes carry.
    pub fn team(&self) -> &str {
        &self.team
    }

    /// The member who must be at the other end, once the answer names one.
    pub fn expect(&mut self, member: Option<String>) {
        self.trust.expect = member;
    }

    /// The channel is open: prove this device, if it has not begun to.
    pub fn opened(&mut self) -> Effects {
        let prove = !mem::replace(&mut self.proving, true) && !self.refused;
        Effects {
            prove,
            ..Effects::default()
        }
    }

    /// This device could not make its proof (the browser gave no
    /// fingerprint, or would not sign): the link cannot be verified.
    pub fn cannot_prove(&mut self) -> Effects {
        self.refuse(UNVERIFIED)
    }

    /// This device's proof went out: start, if the other end's checked too.
    pub fn proved(&mut self, docs: &mut impl Documents, at: f64) -> Effects {
        self.proved = true;
        self.start_if_ready(docs, at)
    }

    /// The other end's proof (`text`): checked against the workspace key at
    /// `at` (milliseconds since the Unix epoch), against this link's
    /// fingerprints (`None` when the browser gave none) and against the
    /// member expected.
    pub fn proof_arrived(
        &mut self,
        text: &str,
        link: Option<&Fingerprints>,
        docs: &mut impl Documents,
        at: f64,
    ) -> Effects {
        // A message came, so the channel is open, whether or not the glue
        // saw it open: prove this device too, if it has not begun to.
        let prove = self.opened().prove;
        if self.refused || self.peer.is_some() {
            return Effects {
                prove,
                ..Effects::default()
            };
        }
        match self.check(text, link, at) {
            // A refused link never proves: the other end learns nothing.
            Err(reason) => self.refuse(reason),
            Ok(grant) => {
                self.peer = Some(grant);
                Effects {
                    prove,
                    ..self.start_if_ready(docs, at)
                }
            }
        }
    }

    /// A binary protocol frame arrived.
    pub fn receive(&mut self, frame: &[u8], docs: &mut impl Documents, at: f64) -> Effects {
        if !self.is_ready() {
            self.early.push(frame.to_vec());
            return Effects::default();
        }
        let handled = self.session.receive(frame, docs);
        self.effects_of(handled, docs, at)
    }

    /// The whole document the effects asked for is loaded (or could not
    /// be): takes it in, and handles the frames that came meanwhile.
    pub fn loaded_whole(
        &mut self,
        whole: &WholeDocument,
        loaded: Result<Automerge, DocError>,
        docs: &mut impl Documents,
        at: f64,
    ) -> Effects {
        let handled = self.session.loaded_whole(whole, loaded, docs);
        handled
            .into_iter()
            .fold(Effects::default(), |effects, handled| {
                effects.then(self.effects_of(handled, docs, at))
            })
    }

    fn effects_of(
        &mut self,
        handled: Result<Outcome, SessionError>,
        docs: &mut impl Documents,
        at: f64,
    ) -> Effects {
        // A damaged frame is dropped; Automerge's sync recovers on the next
        // exchange.
        let outcome = handled.unwrap_or_default();
        Effects {
            send: outcome.send,
            load_whole: outcome.load_whole,
            status: self.report(docs, at),
            ..Effects::default()
        }
    }

    /// Document `id` changed on this device: offer the change.
    pub fn local_change(&mut self, id: &str, docs: &impl Documents, at: f64) -> Effects {
        Effects {
            send: self.session.local_change(id, docs),
            status: self.report(docs, at),
            ..Effects::default()
        }
    }

    /// The channel or the connection closed.
    pub fn closed(&mut self) -> Effects {
        self.session.disconnected();
        Effects {
            // A refused link stays refused: closing it was this side's doing.
            status: (!self.refused).then_some(LinkStatus::Closed),
            ..Effects::default()
        }
    }

    /// The grant the other end's proof shows, or why it is refused.
    fn check(
        &self,
        text: &str,
        link: Option<&Fingerprints>,
        at: f64,
    ) -> Result<Grant, &'static str> {
        let link = link.ok_or(UNVERIFIED)?;
        let now = (at / 1000.0) as i64;
        let grant = serde_json::from_str::<LinkProof>(text)
            .ok()
            .and_then(|proof| {
                proof
                    .verify(&self.trust.workspace, &link.theirs, &link.ours, now)
                    .ok()
            })
            .ok_or(UNVERIFIED)?;
        match &self.trust.expect {
            Some(member) if *member != grant.member => Err(SOMEONE_ELSE),
            _ => Ok(grant),
        }
    }

    /// Ends the link without sending a record, saying why; the first reason
    /// stands.
    fn refuse(&mut self, reason: &str) -> Effects {
        if mem::replace(&mut self.refused, true) {
            return Effects::default();
        }
        Effects {
            close: true,
            status: Some(LinkStatus::Refused(reason.to_string())),
            ..Effects::default()
        }
    }

    /// Whether both proofs are done.
    fn is_ready(&self) -> bool {
        self.peer.is_some() && self.proved && !self.refused
    }

    /// Both proofs are done: share what both grants allow and start the
    /// protocol's handshake, then handle what arrived meanwhile.
    fn start_if_ready(&mut self, docs: &mut impl Documents, at: f64) -> Effects {
        let Some(peer) = self.peer.as_ref().filter(|_| self.is_ready()) else {
            return Effects::default();
        };
        for id in link_documents(&self.trust.grant, peer) {
            if self.holds(&id) {
                self.session.share(&id, docs);
            }
        }
        let mut effects = Effects {
            send: self.session.connected(),
            ..Effects::default()
        };
        for frame in mem::take(&mut self.early) {
            effects = effects.then(self.receive(&frame, docs, at));
        }
        effects
    }

    /// Whether this device holds document `id` to sync.
    fn holds(&self, id: &str) -> bool {
        self.team == id || self.leadership.as_deref() == Some(id)
    }

    /// `Syncing` or `Synced` with the member the other end's grant names,
    /// once the protocol's handshake is done.
    fn report(&self, docs: &impl Documents, at: f64) -> Option<LinkStatus> {
        self.session.peer()?;
        let peer = self.peer.as_ref()?.member.clone();
        let synced = [Some(&self.team), self.leadership.as_ref()]
            .into_iter()
            .flatten()
            .filter(|id| self.session.shares(id))
            .all(|id| self.session.is_synced(id, docs));
        Some(if synced {
            LinkStatus::Synced { peer, at }
        } else {
            LinkStatus::Syncing { peer }
        })
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
