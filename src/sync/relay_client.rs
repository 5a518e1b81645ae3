//! The WebSocket transport to a relay: drives a [`Session`] with the browser's
//! WebSocket, merges what arrives into the live documents, offers local
//! changes, and reconnects with backoff when the connection drops.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use gloo_timers::callback::Timeout;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{BinaryType, CloseEvent, MessageEvent, WebSocket};

use handover_invite::PublicKey;

use super::invite::ticket_url;
use super::live_docs::{binary_frame, by_id, offer_local_changes, LiveDocs};
use super::session::Session;
use crate::domain::ids::new_id;
use crate::store::LiveDoc;
use crate::trust::device_key::DeviceKey;
use crate::trust::relay_auth::authenticate;

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
    /// client stops until the device is re-verified.
    Refused(String),
}

/// How this device proves itself to handover-relay before each connection.
pub struct RelayAuth {
    /// The relay's key, as the grant names it.
    pub expected: PublicKey,
    pub device: DeviceKey,
    /// The grant token.
    pub token: String,
}

/// How the status reaches the UI: the status, and how many local changes the
/// relay has not acknowledged yet.
pub type StatusListener = Box<dyn Fn(SyncStatus, usize)>;

/// How ephemeral data from other devices reaches the app: document id, data.
pub type EphemeralListener = Box<dyn Fn(&str, &[u8])>;

/// Longest wait between reconnection attempts.
const MAX_BACKOFF_MS: f64 = 30_000.0;

struct Handlers {
    _open: Closure<dyn FnMut()>,
    _message: Closure<dyn FnMut(MessageEvent)>,
    _close: Closure<dyn FnMut(CloseEvent)>,
}

struct Inner {
    /// The relay's WebSocket address.
    relay: String,
    /// `None` for a standard sync server, which takes no proof.
    auth: Option<RelayAuth>,
    /// This tab, so one device can sync from several tabs at once.
    tab: String,
    session: RefCell<Session>,
    docs: Vec<(String, Rc<LiveDoc>)>,
    socket: RefCell<Option<(WebSocket, Handlers)>>,
    attempts: Cell<u32>,
    stopped: Cell<bool>,
    on_status: StatusListener,
    on_ephemeral: EphemeralListener,
}

/// A running connection to a relay. Dropping it disconnects.
pub struct RelayClient {
    inner: Rc<Inner>,
}

impl RelayClient {
    /// Connects to `relay` and keeps `docs` in sync with it, proving this
    /// device with `auth` first when it is handover-relay.
    pub fn start(
        relay: String,
        auth: Option<RelayAuth>,
        docs: Vec<Rc<LiveDoc>>,
        on_status: StatusListener,
        on_ephemeral: EphemeralListener,
    ) -> Self {
        let docs = by_id(docs);
        let tab = new_id()[..12].to_string();
        // handover-relay names the peer when it admits the device; a standard
        // server takes the name the client gives.
        let me = format!("handover-{tab}");
        let inner = Rc::new(Inner {
            relay,
            auth,
            tab,
            session: RefCell::new(Session::new(&me, docs.iter().map(|(id, _)| id.clone()))),
            docs,
            socket: RefCell::new(None),
            attempts: Cell::new(0),
            stopped: Cell::new(false),
            on_status,
            on_ephemeral,
        });
        offer_local_changes(&inner, &inner.docs, Inner::offer_local);
        inner.connect();
        Self { inner }
    }

    /// Sends ephemeral `data` about document `id` to the other devices that
    /// are connected to the relay; false when not connected.
    pub fn send_ephemeral(&self, id: &str, data: Vec<u8>) -> bool {
        let frame = self.inner.session.borrow_mut().ephemeral(id, data);
        match frame {
            Some(frame) => {
                self.inner.send(&[frame]);
                true
            }
            None => false,
        }
    }
}

impl Drop for RelayClient {
    fn drop(&mut self) {
        self.inner.stopped.set(true);
        if let Some((socket, _)) = self.inner.socket.borrow_mut().take() {
            let _ = socket.close();
        }
    }
}

impl Inner {
    fn connect(self: &Rc<Self>) {
        if self.stopped.get() {
            return;
        }
        (self.on_status)(SyncStatus::Connecting, self.unacknowledged());
        let Some(auth) = &self.auth else {
            return self.open_socket(&self.relay.clone());
        };
        let (expected, device, token) = (auth.expected, auth.device.clone(), auth.token.clone());
        let weak = Rc::downgrade(self);
        let (relay, tab) = (self.relay.clone(), self.tab.clone());
        wasm_bindgen_futures::spawn_local(async move {
            let result = authenticate(&relay, &expected, &device, &token, &tab).await;
            let Some(inner) = weak.upgrade() else {
                return;
            };
            match result {
                Ok(ticket) => {
                    inner.session.borrow_mut().rename(&ticket.peer_id);
                    inner.open_socket(&ticket_url(&relay, &ticket.ticket));
                }
                Err(err) if err.is_final() => inner.refuse(err.code()),
                Err(_) => {
                    (inner.on_status)(SyncStatus::Offline, inner.unacknowledged());
                    inner.retry_later();
                }
            }
        });
    }

    /// Stops for good and says why: retrying cannot help a revoked device.
    fn refuse(&self, reason: String) {
        self.stopped.set(true);
        (self.on_status)(SyncStatus::Refused(reason), self.unacknowledged());
    }

    fn open_socket(self: &Rc<Self>, url: &str) {
        let Ok(socket) = WebSocket::new(url) else {
            return self.retry_later();
        };
        socket.set_binary_type(BinaryType::Arraybuffer);
        let weak = Rc::downgrade(self);
        let open = Closure::<dyn FnMut()>::new({
            let weak = weak.clone();
            move || {
                if let Some(inner) = weak.upgrade() {
                    let join = inner.session.borrow_mut().connected();
                    inner.send(&join);
                }
            }
        });
        let message = Closure::<dyn FnMut(MessageEvent)>::new({
            let weak = weak.clone();
            move |event: MessageEvent| {
                if let (Some(inner), Some(frame)) = (weak.upgrade(), binary_frame(&event)) {
                    inner.receive(&frame);
                }
            }
        });
        let close = Closure::<dyn FnMut(CloseEvent)>::new(move |_event: CloseEvent| {
            if let Some(inner) = weak.upgrade() {
                inner.session.borrow_mut().disconnected();
                inner.socket.borrow_mut().take();
                // A refused device keeps showing why, and does not retry.
                if !inner.stopped.get() {
                    (inner.on_status)(SyncStatus::Offline, inner.unacknowledged());
                    inner.retry_later();
                }
            }
        });
        socket.set_onopen(Some(open.as_ref().unchecked_ref()));
        socket.set_onmessage(Some(message.as_ref().unchecked_ref()));
        socket.set_onclose(Some(close.as_ref().unchecked_ref()));
        *self.socket.borrow_mut() = Some((
            socket,
            Handlers {
                _open: open,
                _message: message,
                _close: close,
            },
        ));
    }

    /// Reconnects after an exponential backoff with jitter, so that many
    /// devices coming back at once do not hit the relay together.
    fn retry_later(self: &Rc<Self>) {
        if self.stopped.get() {
            return;
        }
        let attempt = self.attempts.get();
        self.attempts.set(attempt.saturating_add(1));
        let delay = (500.0 * 2f64.powi(attempt.min(10) as i32)).min(MAX_BACKOFF_MS)
            * (0.75 + 0.5 * js_sys::Math::random());
        let weak: Weak<Self> = Rc::downgrade(self);
        Timeout::new(delay as u32, move || {
            if let Some(inner) = weak.upgrade() {
                inner.connect();
            }
        })
        .forget();
    }

    fn receive(self: &Rc<Self>, frame: &[u8]) {
        let result = self
            .session
            .borrow_mut()
            .receive(frame, &mut LiveDocs(&self.docs));
        // A damaged frame is dropped; Automerge's sync recovers on the next
        // exchange.
        if let Ok(outcome) = result {
            if self.session.borrow().is_joined() {
                self.attempts.set(0);
            }
            self.send(&outcome.send);
            for (id, data) in &outcome.ephemeral {
                (self.on_ephemeral)(id, data);
            }
            if let Some(reason) = outcome.refused {
                return self.refuse(reason);
            }
        }
        self.report();
    }

    fn offer_local(self: &Rc<Self>, id: &str) {
        let frames = self
            .session
            .borrow_mut()
            .local_change(id, &LiveDocs(&self.docs));
        self.send(&frames);
        self.report();
    }

    fn send(&self, frames: &[Vec<u8>]) {
        if let Some((socket, _)) = self.socket.borrow().as_ref() {
            for frame in frames {
                // A failed send shows up as a close, which reconnects.
                let _ = socket.send_with_u8_array(frame);
            }
        }
    }

    fn unacknowledged(&self) -> usize {
        let session = self.session.borrow();
        let docs = LiveDocs(&self.docs);
        self.docs
            .iter()
            .map(|(id, _)| session.unacknowledged(id, &docs))
            .sum()
    }

    fn report(&self) {
        let session = self.session.borrow();
        let docs = LiveDocs(&self.docs);
        let status = if !session.is_joined() {
            SyncStatus::Connecting
        } else if self.docs.iter().all(|(id, _)| session.is_synced(id, &docs)) {
            SyncStatus::Synced {
                at: js_sys::Date::now(),
            }
        } else {
            SyncStatus::Syncing
        };
        drop(session);
        (self.on_status)(status, self.unacknowledged());
    }
}
