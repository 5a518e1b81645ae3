//! The state of this device's connection to a relay, sans-IO: whether it is
//! stopped for good, when to try again, and what the sync indicator shows.
//! The WebSocket transport (`relay_client`) feeds it what happened — the
//! relay admitted or refused the device, the socket opened, a frame came, it
//! closed — and does what it answers: send these frames, show this status,
//! retry after this long. It never touches a socket, a timer or a clock, so
//! the native tests drive it against a stand-in relay.

use std::time::Duration;

use automerge::Automerge;

use super::backoff::Backoff;
use super::session::{Documents, Outcome, Session, SessionError, WholeDocument};
use crate::doc::DocError;

/// What the sync indicator shows.
#[derive(Debug, Clone, PartialEq)]
pub enum SyncStatus {
    /// Not connected; retrying.
    Offline,
    Connecting,
    /// Connected, exchanging changes.
    Syncing,
    /// The relay has everything; `at` in milliseconds since the epoch.
    Synced {
        at: f64,
    },
    /// The relay refused this device, or was not the relay the grant names:
    /// a reason code (`revoked`, `expired`, `wrong-relay`, ...). Final: the
    /// connection stops until the device is re-verified.
    Refused(String),
}

/// What the indicator shows, and how many local changes the relay has not
/// acknowledged yet.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub status: SyncStatus,
    pub pending: usize,
}

/// What the transport does after a frame or a local change.
#[derive(Debug, Default, PartialEq)]
pub struct Reply {
    /// Frames to send, in order.
    pub send: Vec<Vec<u8>>,
    /// Ephemeral data other devices sent: (document, data).
    pub ephemeral: Vec<(String, Vec<u8>)>,
    pub report: Option<Report>,
    /// A whole document to load a part at a time, then hand to
    /// [`RelayConnection::loaded_whole`].
    pub load_whole: Option<WholeDocument>,
}

impl Reply {
    /// This reply, then `next`.
    fn then(mut self, next: Reply) -> Reply {
        self.send.extend(next.send);
        self.ephemeral.extend(next.ephemeral);
        Reply {
            report: next.report.or(self.report),
            load_whole: next.load_whole.or(self.load_whole),
            ..self
        }
    }
}

/// One relay connection across reconnections.
pub struct RelayConnection {
    session: Session,
    docs: Vec<String>,
    backoff: Backoff,
    /// Refused for good: nothing reconnects until the device is re-verified.
    stopped: bool,
}

impl RelayConnection {
    /// A connection as peer `me` that keeps `docs` (ids) in sync.
    pub fn new(me: &str, docs: Vec<String>) -> Self {
        Self {
            session: Session::new(me, docs.iter().cloned()),
            docs,
            backoff: Backoff::default(),
            stopped: false,
        }
    }

    /// The ids of the documents this connection syncs.
    pub fn documents(&self) -> &[String] {
        &self.docs
    }

    /// Whether the relay refused this device for good.
    pub fn is_stopped(&self) -> bool {
        self.stopped
    }

    /// An attempt begins: what to show, or `None` when stopped.
    pub fn connecting(&self, docs: &impl Documents) -> Option<Report> {
        (!self.stopped).then(|| self.report_as(SyncStatus::Connecting, docs))
    }

    /// The relay admitted this device as peer `me` (handover-relay names
    /// the peer; a standard sync server takes the name the client gives).
    pub fn admitted(&mut self, me: &str) {
        self.session.rename(me);
    }

    /// The relay refused this device: stop for good and say why, since
    /// retrying cannot help a revoked or expired device.
    pub fn refused(&mut self, reason: &str, docs: &impl Documents) -> Report {
        self.stopped = true;
        self.report_as(SyncStatus::Refused(reason.to_string()), docs)
    }

    /// The socket opened: the frames that start the handshake.
    pub fn opened(&mut self) -> Vec<Vec<u8>> {
        self.session.connected()
    }

    /// The attempt failed or the socket closed: what to show and how long to
    /// wait before the next attempt (`random` uniform in `[0, 1)`, for
    /// jitter), or `None` when stopped — a refused device keeps showing why.
    pub fn lost(&mut self, random: f64, docs: &impl Documents) -> Option<(Report, Duration)> {
        self.session.disconnected();
        if self.stopped {
            return None;
        }
        let report = self.report_as(SyncStatus::Offline, docs);
        Some((report, self.backoff.next_delay(random)))
    }

    /// Handles one frame from the relay at `now` (milliseconds since the
    /// epoch). A damaged frame is dropped: Automerge's sync recovers on the
    /// next exchange.
    pub fn received(&mut self, frame: &[u8], docs: &mut impl Documents, now: f64) -> Reply {
        let handled = self.session.receive(frame, docs);
        self.reply_to(handled, docs, now)
    }

    /// The whole document a reply asked for is loaded (or could not be):
    /// takes it in, and handles the frames that came meanwhile.
    pub fn loaded_whole(
        &mut self,
        whole: &WholeDocument,
        loaded: Result<Automerge, DocError>,
        docs: &mut impl Documents,
        now: f64,
    ) -> Reply {
        let handled = self.session.loaded_whole(whole, loaded, docs);
        handled
            .into_iter()
            .fold(Reply::default(), |reply, handled| {
                reply.then(self.reply_to(handled, docs, now))
            })
    }

    fn reply_to(
        &mut self,
        handled: Result<Outcome, SessionError>,
        docs: &mut impl Documents,
        now: f64,
    ) -> Reply {
        let Ok(outcome) = handled else {
            return Reply {
                report: Some(self.report(docs, now)),
                ..Reply::default()
            };
        };
        if self.session.is_joined() {
            self.backoff.reset();
        }
        let report = match outcome.refused {
            Some(reason) => self.refused(&reason, docs),
            None => self.report(docs, now),
        };
        Reply {
            send: outcome.send,
            ephemeral: outcome.ephemeral,
            report: Some(report),
            load_whole: outcome.load_whole,
        }
    }

    /// Document `id` changed on this device: the frames that offer it.
    pub fn local_change(&mut self, id: &str, docs: &impl Documents, now: f64) -> Reply {
        Reply {
            send: self.session.local_change(id, docs),
            report: Some(self.report(docs, now)),
            ..Reply::default()
        }
    }

    /// The frame carrying ephemeral `data` about document `id` to the other
    /// devices on the relay; `None` when not connected.
    pub fn ephemeral(&mut self, id: &str, data: Vec<u8>) -> Option<Vec<u8>> {
        self.session.ephemeral(id, data)
    }

    /// Where the connection stands at `now`.
    pub fn report(&self, docs: &impl Documents, now: f64) -> Report {
        let status = if !self.session.is_joined() {
            SyncStatus::Connecting
        } else if self.docs.iter().all(|id| self.session.is_synced(id, docs)) {
            SyncStatus::Synced { at: now }
        } else {
            SyncStatus::Syncing
        };
        self.report_as(status, docs)
    }

    fn report_as(&self, status: SyncStatus, docs: &impl Documents) -> Report {
        let pending = self
            .docs
            .iter()
            .map(|id| self.session.unacknowledged(id, docs))
            .sum();
        Report { status, pending }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
