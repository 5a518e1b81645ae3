//! Who may connect, as which peer, which documents each peer may sync, and
//! the revocations that end connections.
//!
//! A device gets in in three steps (see `handover_invite::auth`): it asks for
//! a challenge (the relay proves its key), it proves its own device key and
//! presents its grant (the relay checks the grant and answers with a
//! single-use ticket), and it opens the WebSocket with the ticket. No
//! long-lived secret ever travels in a URL.
//!
//! samod trusts the peer id a client claims in `join`, so the relay decides
//! the peer id (`device-<device key>/<tab>`) when it issues the ticket and
//! tells samod to expect exactly that id; the share policy then looks the
//! peer's grant up by id.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use handover_invite::{
    relay_statement, Challenge, Grant, KeyPair, Proof, PublicKey, Refused, Revocation, Ticket,
    TokenError,
};
use samod::{DocumentId, PeerId, ShareConfig};
use tokio_util::sync::CancellationToken;
use tracing::{info, warn};

use crate::ledger::Ledger;

/// How long a challenge may be answered.
pub const CHALLENGE_TTL: Duration = Duration::from_secs(60);
/// Challenges outstanding at once; more are refused (503).
pub const MAX_CHALLENGES: usize = 10_000;
/// Tickets outstanding at once; more are refused (503).
pub const MAX_TICKETS: usize = 10_000;
/// How long a ticket may take to open its WebSocket.
pub const TICKET_TTL: Duration = Duration::from_secs(15);

/// Why a request was refused: a code the device turns into a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error("the request is not what this endpoint reads")]
    Malformed,
    #[error("the nonce must be 8 to 128 characters, none of them control characters")]
    BadNonce,
    #[error("the relay is busy; try again in a minute")]
    Busy,
    #[error("the challenge is unknown, already answered or too old")]
    UnknownChallenge,
    #[error("the device's signature does not hold")]
    BadSignature,
    #[error("the grant was not signed by this relay's workspace")]
    WrongWorkspace,
    #[error("the grant expired")]
    Expired,
    #[error("the grant is for another relay")]
    WrongRelay,
    #[error("the grant was revoked")]
    Revoked,
    #[error("the tab id must be 1 to 64 letters, digits, '-' or '_'")]
    BadTab,
    #[error("the grant belongs to another device")]
    NotThisDevice,
    #[error("the invite was already used on another device")]
    RedeemedElsewhere,
    #[error("the ticket is unknown, spent or expired")]
    UnknownTicket,
    #[error("the relay could not store what it must keep; try again in a minute")]
    Storage,
    #[error("this device has as many connections open as the relay allows; close a tab")]
    TooManyConnections,
}

impl Refusal {
    pub fn code(self) -> &'static str {
        match self {
            Refusal::Malformed => "malformed",
            Refusal::BadNonce => "bad-nonce",
            Refusal::Busy => "busy",
            Refusal::UnknownChallenge => "unknown-challenge",
            Refusal::BadSignature => "bad-signature",
            Refusal::WrongWorkspace => "wrong-workspace",
            Refusal::Expired => "expired",
            Refusal::WrongRelay => "wrong-relay",
            Refusal::Revoked => "revoked",
            Refusal::BadTab => "bad-tab",
            Refusal::NotThisDevice => "not-this-device",
            Refusal::RedeemedElsewhere => "redeemed-elsewhere",
            Refusal::UnknownTicket => "unknown-ticket",
            Refusal::Storage => "storage",
            Refusal::TooManyConnections => "too-many-connections",
        }
    }

    /// The HTTP status it is answered with.
    pub fn status(self) -> u16 {
        match self {
            Refusal::Malformed | Refusal::BadNonce | Refusal::BadTab => 400,
            Refusal::UnknownChallenge | Refusal::BadSignature | Refusal::UnknownTicket => 401,
            Refusal::WrongWorkspace
            | Refusal::Expired
            | Refusal::WrongRelay
            | Refusal::Revoked
            | Refusal::NotThisDevice
            | Refusal::RedeemedElsewhere => 403,
            Refusal::Busy | Refusal::TooManyConnections => 503,
            Refusal::Storage => 500,
        }
    }

    /// The JSON body of the answer.
    pub fn refused(self) -> Refused {
        Refused {
            code: self.code().into(),
            message: self.to_string(),
        }
    }
}

/// A ticket's connection, about to be opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Admitted {
    pub peer_id: String,
    /// The device key it proved.
    pub device: String,
    pub grant: Grant,
}

/// The relay's trust state, shared by every request.
#[derive(Clone)]
pub struct Access(Arc<Inner>);

struct Inner {
    workspace: PublicKey,
    relay: KeyPair,
    relay_public: PublicKey,
    ledger: Ledger,
    revoked_file: PathBuf,
    ticket_ttl: Duration,
    state: Mutex<State>,
    /// One redemption at a time, so two devices racing for one invite
    /// cannot both win.
    redeeming: Mutex<()>,
}

#[derive(Default)]
struct State {
    /// Challenge → when it goes stale.
    challenges: HashMap<String, Instant>,
    /// Ticket → when it goes stale, and whom it admits.
    tickets: HashMap<String, (Instant, Admitted)>,
    /// Peer id → its grant and how many of its connections are open.
    peers: HashMap<String, Peer>,
    /// Open connections by number: the ids whose revocation ends them (the
    /// grant's and its delegation's), when the grant expires, and how to
    /// close the connection.
    live: HashMap<u64, LiveConnection>,
    next_live: u64,
    /// Grant ids revoked by a signed revocation (kept in the ledger).
    revoked_signed: HashSet<String>,
    /// Grant ids listed in the operator's `revoked.txt`.
    revoked_listed: HashSet<String>,
}

struct LiveConnection {
    revoked_by: Vec<String>,
    expires_at: i64,
    cancel: CancellationToken,
}

impl State {
    fn is_revoked(&self, id: &str) -> bool {
        self.revoked_signed.contains(id) || self.revoked_listed.contains(id)
    }

    fn any_revoked(&self, ids: &[String]) -> bool {
        ids.iter().any(|id| self.is_revoked(id))
    }

    /// Whether `grant`, or the delegation it was signed under, is revoked.
    fn revokes(&self, grant: &Grant) -> bool {
        self.any_revoked(&grant.revoked_by())
    }
}

impl Access {
    /// The trust state for `workspace`, with this relay's key, keeping its
    /// redemptions and revocations in `ledger`. Blocks on the ledger.
    pub fn new(
        workspace: PublicKey,
        relay: KeyPair,
        ledger: Ledger,
        revoked_file: PathBuf,
        ticket_ttl: Duration,
    ) -> std::io::Result<Self> {
        let state = State {
            revoked_signed: ledger.revoked()?,
            revoked_listed: read_list(&revoked_file),
            ..State::default()
        };
        Ok(Self(Arc::new(Inner {
            workspace,
            relay_public: relay.public(),
            relay,
            ledger,
            revoked_file,
            ticket_ttl,
            state: Mutex::new(state),
            redeeming: Mutex::new(()),
        })))
    }

    /// This relay's public key.
    pub fn relay_key(&self) -> PublicKey {
        self.0.relay_public
    }

    fn state(&self) -> MutexGuard<'_, State> {
        self.0.state.lock().expect("no panics while locked")
    }

    /// Step 1: a fresh challenge for `nonce`, signed with the relay key.
    pub fn challenge(&self, nonce: &str, at: Instant) -> Result<Challenge, Refusal> {
        if !(8..=128).contains(&nonce.chars().count()) || nonce.chars().any(char::is_control) {
            return Err(Refusal::BadNonce);
        }
        let challenge = random_text();
        let signature = self.0.relay.sign_bytes(&relay_statement(nonce, &challenge));
        let mut state = self.state();
        state.challenges.retain(|_, stale| *stale > at);
        if state.challenges.len() >= MAX_CHALLENGES {
            warn!(
                limit = MAX_CHALLENGES,
                "too many challenges outstanding: refusing one"
            );
            return Err(Refusal::Busy);
        }
        state
            .challenges
            .insert(challenge.clone(), at + CHALLENGE_TTL);
        Ok(Challenge {
            challenge,
            relay_key: self.0.relay_public.to_string(),
            signature,
        })
    }

    /// Step 2: checks a device's proof and grant at `now` (Unix seconds)
    /// and issues a ticket. Writes to disk when it redeems an invite, so
    /// call it where blocking is fine.
    pub fn session(&self, proof: &Proof, now: i64, at: Instant) -> Result<Ticket, Refusal> {
        let mut known = None;
        let result = self.check_proof(proof, now, at, &mut known);
        match (&result, &known) {
            (Ok(ticket), Some(grant)) => info!(
                grant = %grant.id,
                member = %grant.member,
                name = %grant.name,
                role = %grant.role,
                peer = %ticket.peer_id,
                "ticket issued"
            ),
            (Err(refusal), Some(grant)) => info!(
                code = refusal.code(),
                grant = %grant.id,
                member = %grant.member,
                name = %grant.name,
                "refused a session"
            ),
            (Err(refusal), None) => info!(code = refusal.code(), "refused a session"),
            (Ok(_), None) => {}
        }
        result
    }

    fn check_proof(
        &self,
        proof: &Proof,
        now: i64,
        at: Instant,
        known: &mut Option<Grant>,
    ) -> Result<Ticket, Refusal> {
        match self.state().challenges.remove(&proof.challenge) {
            Some(stale) if stale > at => {}
            _ => return Err(Refusal::UnknownChallenge),
        }
        let device = proof
            .verify_signature(&self.0.relay_public)
            .map_err(|_| Refusal::BadSignature)?;
        let grant =
            Grant::verify(&self.0.workspace, &proof.token, now).map_err(|err| match err {
                TokenError::BadSignature => Refusal::WrongWorkspace,
                TokenError::Expired => Refusal::Expired,
                _ => Refusal::Malformed,
            })?;
        *known = Some(grant.clone());
        let relay_key = grant.relay.as_ref().and_then(|relay| relay.key.as_deref());
        if relay_key.and_then(|key| key.parse::<PublicKey>().ok()) != Some(self.0.relay_public) {
            return Err(Refusal::WrongRelay);
        }
        if self.any_revoked(&grant.revoked_by()) {
            return Err(Refusal::Revoked);
        }
        if !valid_tab(&proof.tab) {
            return Err(Refusal::BadTab);
        }
        match grant.device.as_deref() {
            Some(bound) => {
                if bound.parse::<PublicKey>().ok() != Some(device) {
                    return Err(Refusal::NotThisDevice);
                }
            }
            None => self.redeem(&grant, &device, now)?,
        }
        let peer_id = format!("device-{device}/{}", proof.tab);
        let ticket = random_text();
        let mut state = self.state();
        state.tickets.retain(|_, (stale, _)| *stale > at);
        if state.tickets.len() >= MAX_TICKETS {
            warn!(
                limit = MAX_TICKETS,
                "too many tickets outstanding: refusing one"
            );
            return Err(Refusal::Busy);
        }
        state.tickets.insert(
            ticket.clone(),
            (
                at + self.0.ticket_ttl,
                Admitted {
                    peer_id: peer_id.clone(),
                    device: device.to_string(),
                    grant,
                },
            ),
        );
        Ok(Ticket { ticket, peer_id })
    }

    /// Binds invite `grant` to `device` the first time it is presented,
    /// stored in the ledger before any ticket. An invite the acting CEO
    /// signed is redeemed only while its delegation is current: after that
    /// the delegate signs nothing that works, whatever date it puts on it.
    fn redeem(&self, grant: &Grant, device: &PublicKey, now: i64) -> Result<(), Refusal> {
        let id = &grant.id;
        let _one_at_a_time = self.0.redeeming.lock().expect("no panics while locked");
        let device = device.to_string();
        match self.0.ledger.holder(id).map_err(storage)? {
            Some(holder) if holder == device => return Ok(()),
            Some(_) => return Err(Refusal::RedeemedElsewhere),
            None => {}
        }
        if grant.delegation().is_some_and(|d| !d.current(now)) {
            return Err(Refusal::Expired);
        }
        // Another relay sharing the ledger may have bound it meanwhile.
        if self.0.ledger.bind(id, &device).map_err(storage)? != device {
            return Err(Refusal::RedeemedElsewhere);
        }
        info!(grant = %id, "invite redeemed");
        Ok(())
    }

    /// Step 3: spends `ticket` (single use) and returns whom it admits.
    pub fn take_ticket(&self, ticket: &str, at: Instant) -> Result<Admitted, Refusal> {
        match self.state().tickets.remove(ticket) {
            Some((stale, admitted)) if stale > at => Ok(admitted),
            _ => Err(Refusal::UnknownTicket),
        }
    }

    /// Registers an admitted connection (unless its grant was revoked or
    /// expired meanwhile); it stays registered, and its peer may sync, until
    /// the returned guard is dropped.
    pub fn open(&self, admitted: Admitted, now: i64) -> Result<Connection, Refusal> {
        let mut state = self.state();
        if state.revokes(&admitted.grant) {
            return Err(Refusal::Revoked);
        }
        if admitted.grant.expires_at <= now {
            return Err(Refusal::Expired);
        }
        let number = state.next_live;
        state.next_live += 1;
        let cancel = CancellationToken::new();
        state.live.insert(
            number,
            LiveConnection {
                revoked_by: admitted.grant.revoked_by(),
                expires_at: admitted.grant.expires_at,
                cancel: cancel.clone(),
            },
        );
        let connections = state
            .peers
            .get(&admitted.peer_id)
            .map_or(0, |peer| peer.connections);
        state.peers.insert(
            admitted.peer_id.clone(),
            Peer::new(admitted.grant.clone(), connections + 1),
        );
        Ok(Connection {
            access: self.clone(),
            number,
            admitted,
            cancel,
        })
    }

    fn close(&self, number: u64, admitted: &Admitted) {
        let mut state = self.state();
        state.live.remove(&number);
        if let Some(peer) = state.peers.get_mut(&admitted.peer_id) {
            peer.connections -= 1;
            if peer.connections == 0 {
                state.peers.remove(&admitted.peer_id);
            }
        }
    }

    /// Takes a signed revocation: stores it in the ledger, refuses
    /// the grant (or everything a revoked delegation signed) from now on
    /// and closes the open connections it ends.
    pub fn revoke(&self, token: &str, now: i64) -> Result<Revocation, Refusal> {
        let revocation =
            Revocation::verify(&self.0.workspace, token, now).map_err(|err| match err {
                TokenError::Expired => Refusal::Expired,
                _ => Refusal::WrongWorkspace,
            })?;
        if revocation
            .delegation_id()
            .is_some_and(|id| self.is_revoked(&id))
        {
            return Err(Refusal::Revoked);
        }
        self.0
            .ledger
            .revoke(&revocation.grant, token.trim())
            .map_err(storage)?;
        let closed = {
            let mut state = self.state();
            state.revoked_signed.insert(revocation.grant.clone());
            cancel_grant(&state, &revocation.grant)
        };
        info!(
            grant = %revocation.grant,
            delegation = revocation.delegation_id().as_deref().unwrap_or("-"),
            closed,
            "grant revoked"
        );
        Ok(revocation)
    }

    /// Re-reads the revocations (the ledger's, which other relays sharing it
    /// add to, and the operator's list) and closes every connection whose
    /// grant is revoked or expired at `now`; how many it closed.
    pub fn sweep(&self, now: i64) -> usize {
        let listed = read_list(&self.0.revoked_file);
        let signed = self.0.ledger.revoked();
        let mut state = self.state();
        state.revoked_listed = listed;
        match signed {
            // Revocations are never taken back: what this relay took stays.
            Ok(signed) => state.revoked_signed.extend(signed),
            Err(err) => warn!(%err, "could not read the revocations; keeping those known"),
        }
        let mut closed = 0;
        for connection in state.live.values() {
            let revoked = state.any_revoked(&connection.revoked_by);
            if (revoked || connection.expires_at <= now) && !connection.cancel.is_cancelled() {
                connection.cancel.cancel();
                closed += 1;
                info!(
                    grant = %connection.revoked_by[0],
                    reason = if revoked { "revoked" } else { "expired" },
                    "closing a connection"
                );
            }
        }
        closed
    }

    /// Whether grant `id` is revoked, by signature or by the operator's list
    /// (read afresh).
    pub fn is_revoked(&self, id: &str) -> bool {
        self.any_revoked(&[id.to_string()])
    }

    /// Whether any of `ids` is revoked, the operator's list read once.
    fn any_revoked(&self, ids: &[String]) -> bool {
        let listed = read_list(&self.0.revoked_file);
        let mut state = self.state();
        state.revoked_listed = listed;
        state.any_revoked(ids)
    }

    /// Whether `peer` (connected now) may write `document`.
    pub fn may_write(&self, document: &DocumentId, peer: &str, now: i64) -> bool {
        self.share(document, &PeerId::from(peer), now) == ShareConfig::read_write()
    }

    /// What `peer` may do with `document`: read and write it when its grant
    /// allows it (and is neither revoked nor expired), nothing otherwise (the
    /// peer is told the document is unavailable, whether or not it exists).
    pub fn share(&self, document: &DocumentId, peer: &PeerId, now: i64) -> ShareConfig {
        let state = self.state();
        match state.peers.get(peer.as_str()) {
            Some(Peer {
                grant, documents, ..
            }) if documents.contains(document)
                && grant.expires_at > now
                && !state.revokes(grant) =>
            {
                ShareConfig::read_write()
            }
            _ => ShareConfig::none(),
        }
    }
}

/// A peer with open connections: its grant, the documents the grant names
/// (parsed once: samod asks for every message, and writing a document id
/// out as text to compare it was about 2% of the relay's CPU), and how
/// many of its connections are open.
struct Peer {
    grant: Grant,
    documents: Vec<DocumentId>,
    connections: usize,
}

impl Peer {
    fn new(grant: Grant, connections: usize) -> Self {
        let documents = grant
            .documents()
            .filter_map(|document| document.parse().ok())
            .collect();
        Self {
            grant,
            documents,
            connections,
        }
    }
}

/// Cancels every open connection that the revocation of `id` ends (those of
/// grant `id`, or of every grant delegation `id` signed); how many.
fn cancel_grant(state: &State, id: &str) -> usize {
    state
        .live
        .values()
        .filter(|c| c.revoked_by.iter().any(|r| r == id) && !c.cancel.is_cancelled())
        .map(|c| c.cancel.cancel())
        .count()
}

/// An open connection: registered until dropped.
pub struct Connection {
    access: Access,
    number: u64,
    admitted: Admitted,
    cancel: CancellationToken,
}

impl Connection {
    pub fn admitted(&self) -> &Admitted {
        &self.admitted
    }

    /// Cancelled when the connection must end (its grant was revoked or
    /// expired).
    pub fn cancelled(&self) -> CancellationToken {
        self.cancel.clone()
    }
}

impl Drop for Connection {
    fn drop(&mut self) {
        self.access.close(self.number, &self.admitted);
    }
}

fn storage(err: std::io::Error) -> Refusal {
    warn!(%err, "could not read or write redeemed invites and revocations");
    Refusal::Storage
}

/// The grant ids in an operator's list: one per line, `#` starts a comment.
fn read_list(path: &Path) -> HashSet<String> {
    fs::read_to_string(path)
        .map(|text| {
            text.lines()
                .map(|line| line.split('#').next().unwrap_or_default().trim())
                .filter(|id| !id.is_empty())
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

/// 32 random bytes as base64url: a challenge or a ticket.
fn random_text() -> String {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).expect("the operating system has randomness");
    URL_SAFE_NO_PAD.encode(bytes)
}

fn valid_tab(tab: &str) -> bool {
    (1..=64).contains(&tab.len())
        && tab
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

#[cfg(test)]
mod tests {
    use super::*;
    use handover_invite::{device_statement, RelayRef};

    const NOW: i64 = 1_000;

    fn new_document_id() -> DocumentId {
        handover::doc::DocumentId::random()
            .as_str()
            .parse()
            .unwrap()
    }

    struct Setup {
        workspace: KeyPair,
        relay: KeyPair,
        access: Access,
        dir: tempfile::TempDir,
    }

    fn setup() -> Setup {
        let workspace = KeyPair::from_seed([7; 32]);
        let relay = KeyPair::from_seed([9; 32]);
        let dir = tempfile::tempdir().unwrap();
        let access = Access::new(
            workspace.public(),
            relay.clone(),
            Ledger::files(dir.path()).unwrap(),
            dir.path().join("revoked.txt"),
            TICKET_TTL,
        )
        .unwrap();
        Setup {
            workspace,
            relay,
            access,
            dir,
        }
    }

    fn grant(s: &Setup, id: &str, team: &DocumentId) -> Grant {
        Grant {
            id: id.into(),
            member: "m1".into(),
            name: "Someone".into(),
            role: "team-member".into(),
            workspace: s.workspace.public().to_string(),
            team: team.to_string(),
            leadership: None,
            relay: Some(RelayRef {
                address: "ws://127.0.0.1:1".into(),
                key: Some(s.relay.public().to_string()),
            }),
            device: None,
            expires_at: NOW + 60,
            issuer: None,
        }
    }

    fn prove(s: &Setup, device: &KeyPair, token: &str, tab: &str) -> Result<Ticket, Refusal> {
        prove_at(s, device, token, tab, NOW)
    }

    fn prove_at(
        s: &Setup,
        device: &KeyPair,
        token: &str,
        tab: &str,
        now: i64,
    ) -> Result<Ticket, Refusal> {
        let at = Instant::now();
        let challenge = s.access.challenge("a fresh nonce", at)?;
        let proof = Proof {
            token: token.into(),
            device_key: device.public().to_string(),
            signature: device.sign_bytes(&device_statement(
                &challenge.challenge,
                &challenge.relay_key,
                token,
                tab,
            )),
            challenge: challenge.challenge,
            tab: tab.into(),
        };
        s.access.session(&proof, now, at)
    }

    #[test]
    fn a_peer_gets_exactly_the_documents_its_grant_allows() {
        let s = setup();
        let device = KeyPair::from_seed([1; 32]);
        let team = new_document_id();
        let leadership = new_document_id();
        let token = grant(&s, "t1", &team).sign(&s.workspace);
        let ticket = prove(&s, &device, &token, "tab-1").unwrap();
        assert_eq!(ticket.peer_id, format!("device-{}/tab-1", device.public()));
        let admitted = s
            .access
            .take_ticket(&ticket.ticket, Instant::now())
            .unwrap();
        assert_eq!(
            s.access.take_ticket(&ticket.ticket, Instant::now()),
            Err(Refusal::UnknownTicket),
            "a ticket is single use"
        );
        let connection = s.access.open(admitted, NOW).unwrap();
        let peer = PeerId::from(ticket.peer_id.as_str());
        assert_eq!(s.access.share(&team, &peer, NOW), ShareConfig::read_write());
        assert_eq!(s.access.share(&leadership, &peer, NOW), ShareConfig::none());
        assert_eq!(
            s.access.share(&team, &PeerId::from("someone-else"), NOW),
            ShareConfig::none()
        );
        assert_eq!(s.access.share(&team, &peer, NOW + 61), ShareConfig::none());
        let cancelled = connection.cancelled();
        std::fs::write(s.dir.path().join("revoked.txt"), "t1 # lost\n").unwrap();
        assert_eq!(s.access.sweep(NOW), 1);
        assert!(cancelled.is_cancelled());
        assert_eq!(s.access.share(&team, &peer, NOW), ShareConfig::none());
        drop(connection);
        std::fs::remove_file(s.dir.path().join("revoked.txt")).unwrap();
        assert_eq!(s.access.share(&team, &peer, NOW), ShareConfig::none());
    }

    #[test]
    fn bad_proofs_and_grants_are_refused_with_their_code() {
        let s = setup();
        let device = KeyPair::from_seed([1; 32]);
        let thief = KeyPair::from_seed([2; 32]);
        let team = new_document_id();
        assert_eq!(
            s.access.challenge("short", Instant::now()),
            Err(Refusal::BadNonce)
        );
        assert_eq!(
            prove(&s, &device, "junk", "t").unwrap_err().code(),
            "malformed"
        );
        let other = KeyPair::from_seed([8; 32]);
        let stranger = grant(&s, "t0", &team).sign(&other);
        assert_eq!(
            prove(&s, &device, &stranger, "t"),
            Err(Refusal::WrongWorkspace)
        );
        let mut expired = grant(&s, "t2", &team);
        expired.expires_at = NOW;
        let expired = expired.sign(&s.workspace);
        assert_eq!(prove(&s, &device, &expired, "t"), Err(Refusal::Expired));
        let mut elsewhere = grant(&s, "t3", &team);
        elsewhere.relay.as_mut().unwrap().key = Some(other.public().to_string());
        let elsewhere = elsewhere.sign(&s.workspace);
        assert_eq!(
            prove(&s, &device, &elsewhere, "t"),
            Err(Refusal::WrongRelay)
        );
        let token = grant(&s, "t4", &team).sign(&s.workspace);
        assert_eq!(prove(&s, &device, &token, "a b"), Err(Refusal::BadTab));
        assert!(prove(&s, &device, &token, "t").is_ok());
        assert!(
            prove(&s, &device, &token, "t2").is_ok(),
            "the same device again"
        );
        assert_eq!(
            prove(&s, &thief, &token, "t"),
            Err(Refusal::RedeemedElsewhere)
        );
        let mut bound = grant(&s, "t5", &team);
        bound.device = Some(device.public().to_string());
        let bound = bound.sign(&s.workspace);
        assert_eq!(prove(&s, &thief, &bound, "t"), Err(Refusal::NotThisDevice));
        let revocation = Revocation {
            grant: "t5".into(),
            workspace: s.workspace.public().to_string(),
            revoked_at: NOW,
            issuer: None,
        };
        assert_eq!(
            s.access.revoke(&revocation.sign(&other), NOW),
            Err(Refusal::WrongWorkspace)
        );
        s.access
            .revoke(&revocation.sign(&s.workspace), NOW)
            .unwrap();
        assert_eq!(prove(&s, &device, &bound, "t"), Err(Refusal::Revoked));
        assert!(s.dir.path().join("revoked/t5").exists());
    }

    /// The acting CEO's device and the delegation the CEO signed for it,
    /// in force from `NOW - 10` to `NOW + 100`.
    fn delegated(s: &Setup) -> (KeyPair, handover_invite::Issuer) {
        let acting = KeyPair::from_seed([5; 32]);
        let delegation = handover_invite::Delegation {
            id: "d1".into(),
            workspace: s.workspace.public().to_string(),
            member: "alex".into(),
            name: "Alex".into(),
            devices: vec![acting.public().to_string()],
            from: NOW - 10,
            until: NOW + 100,
            emergency: false,
            protected: vec!["ceo".into()],
        };
        let issuer = handover_invite::Issuer {
            delegation: delegation.sign(&s.workspace),
            device: acting.public().to_string(),
            declaration: None,
        };
        (acting, issuer)
    }

    fn signed_by(key: &KeyPair, unsigned: handover_invite::Unsigned) -> String {
        let signature = key.sign_bytes(unsigned.message());
        unsigned.finish(&signature)
    }

    /// An invite for `team` the acting CEO signed under `issuer`, valid
    /// until `NOW + 1_000` (long after the delegation).
    fn delegated_invite(
        s: &Setup,
        acting: &KeyPair,
        issuer: &handover_invite::Issuer,
        team: &DocumentId,
    ) -> String {
        let mut invite = grant(s, "hire", team);
        invite.issuer = Some(issuer.clone());
        invite.expires_at = NOW + 1_000;
        signed_by(acting, invite.unsigned())
    }

    #[test]
    fn an_invite_the_acting_ceo_signed_is_redeemed_only_while_the_delegation_holds() {
        let s = setup();
        let (acting, issuer) = delegated(&s);
        let token = delegated_invite(&s, &acting, &issuer, &new_document_id());
        let late_device = KeyPair::from_seed([2; 32]);
        // Signed "before" the delegation ended, presented after it: refused.
        assert_eq!(
            prove_at(&s, &late_device, &token, "t", NOW + 100).err(),
            Some(Refusal::Expired)
        );
        let device = KeyPair::from_seed([1; 32]);
        prove(&s, &device, &token, "t").unwrap();
        // Once redeemed in time it outlives the delegation.
        prove_at(&s, &device, &token, "t", NOW + 500).unwrap();
    }

    #[test]
    fn revoking_a_delegation_ends_everything_it_signed_and_its_revocations() {
        let s = setup();
        let (acting, issuer) = delegated(&s);
        let team = new_document_id();
        let token = delegated_invite(&s, &acting, &issuer, &team);
        let device = KeyPair::from_seed([1; 32]);
        let ticket = prove(&s, &device, &token, "t").unwrap();
        let admitted = s
            .access
            .take_ticket(&ticket.ticket, Instant::now())
            .unwrap();
        let connection = s.access.open(admitted, NOW).unwrap();

        let delegated_revocation = |grant: &str| {
            signed_by(
                &acting,
                Revocation {
                    grant: grant.into(),
                    workspace: s.workspace.public().to_string(),
                    revoked_at: NOW,
                    issuer: Some(issuer.clone()),
                }
                .unsigned(),
            )
        };
        // The acting CEO may not revoke the CEO's own grant.
        assert_eq!(
            s.access.revoke(&delegated_revocation("ceo"), NOW).err(),
            Some(Refusal::WrongWorkspace)
        );

        let withdraw = Revocation {
            grant: "d1".into(),
            workspace: s.workspace.public().to_string(),
            revoked_at: NOW,
            issuer: None,
        };
        s.access.revoke(&withdraw.sign(&s.workspace), NOW).unwrap();
        assert!(connection.cancelled().is_cancelled());
        assert_eq!(
            s.access
                .share(&team, &PeerId::from(ticket.peer_id.as_str()), NOW),
            ShareConfig::none()
        );
        assert_eq!(
            prove(&s, &device, &token, "t2").err(),
            Some(Refusal::Revoked)
        );
        // Nor can the withdrawn delegation revoke anyone any more.
        assert_eq!(
            s.access.revoke(&delegated_revocation("sam"), NOW).err(),
            Some(Refusal::Revoked)
        );
    }
}
