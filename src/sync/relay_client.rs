//! The WebSocket transport to a relay: socket glue around the sans-IO
//! [`RelayConnection`], which decides what to send, what the sync indicator
//! shows and when to reconnect. This file opens sockets, proves the device,
//! sets timers and merges what arrives into the live documents.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use automerge::Automerge;
use gloo_timers::callback::Timeout;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{BinaryType, CloseEvent, MessageEvent, WebSocket};

use handover_invite::PublicKey;

use super::invite::ticket_url;
use super::live_docs::{binary_frame, by_id, offer_local_changes, LiveDocs};
use super::relay_connection::{RelayConnection, Reply, Report, SyncStatus};
use super::session::WholeDocument;
use super::whole_in_slices::load_whole_then;
use crate::doc::DocError;
use crate::domain::ids::new_id;
use crate::store::LiveDoc;
use crate::trust::device_key::DeviceKey;
use crate::trust::relay_auth::authenticate;

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
    connection: RefCell<RelayConnection>,
    docs: Vec<(String, Rc<LiveDoc>)>,
    socket: RefCell<Option<(WebSocket, Handlers)>>,
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
        let ids = docs.iter().map(|(id, _)| id.clone()).collect();
        let inner = Rc::new(Inner {
            relay,
            auth,
            connection: RefCell::new(RelayConnection::new(&format!("handover-{tab}"), ids)),
            tab,
            docs,
            socket: RefCell::new(None),
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
        let frame = self.inner.connection.borrow_mut().ephemeral(id, data);
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
        if let Some((socket, _)) = self.inner.socket.borrow_mut().take() {
            let _ = socket.close();
        }
    }
}

impl Inner {
    fn connect(self: &Rc<Self>) {
        let Some(report) = self.connection.borrow().connecting(&self.live()) else {
            return;
        };
        self.show(report);
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
                    inner.connection.borrow_mut().admitted(&ticket.peer_id);
                    inner.open_socket(&ticket_url(&relay, &ticket.ticket));
                }
                Err(err) if err.is_final() => {
                    let report = inner
                        .connection
                        .borrow_mut()
                        .refused(&err.code(), &inner.live());
                    inner.show(report);
                }
                Err(_) => inner.lost(),
            }
        });
    }

    fn live(&self) -> LiveDocs<'_> {
        LiveDocs(&self.docs)
    }

    fn show(&self, report: Report) {
        (self.on_status)(report.status, report.pending);
    }

    fn open_socket(self: &Rc<Self>, url: &str) {
        let Ok(socket) = WebSocket::new(url) else {
            return self.lost();
        };
        socket.set_binary_type(BinaryType::Arraybuffer);
        let weak = Rc::downgrade(self);
        let open = Closure::<dyn FnMut()>::new({
            let weak = weak.clone();
            move || {
                if let Some(inner) = weak.upgrade() {
                    let join = inner.connection.borrow_mut().opened();
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
                inner.socket.borrow_mut().take();
                inner.lost();
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

    /// The attempt failed or the connection dropped: show it and try again
    /// when the connection's backoff says (never, once refused).
    fn lost(self: &Rc<Self>) {
        let next = self
            .connection
            .borrow_mut()
            .lost(js_sys::Math::random(), &self.live());
        let Some((report, wait)) = next else {
            return;
        };
        self.show(report);
        let weak: Weak<Self> = Rc::downgrade(self);
        Timeout::new(wait.as_millis() as u32, move || {
            if let Some(inner) = weak.upgrade() {
                inner.connect();
            }
        })
        .forget();
    }

    fn receive(self: &Rc<Self>, frame: &[u8]) {
        let reply =
            self.connection
                .borrow_mut()
                .received(frame, &mut self.live(), js_sys::Date::now());
        self.perform(reply);
    }

    fn loaded_whole(self: &Rc<Self>, whole: &WholeDocument, loaded: Result<Automerge, DocError>) {
        let reply = self.connection.borrow_mut().loaded_whole(
            whole,
            loaded,
            &mut self.live(),
            js_sys::Date::now(),
        );
        self.perform(reply);
    }

    /// Does what the connection answered, once it is no longer borrowed.
    fn perform(self: &Rc<Self>, reply: Reply) {
        self.send(&reply.send);
        for (id, data) in &reply.ephemeral {
            (self.on_ephemeral)(id, data);
        }
        if let Some(report) = reply.report {
            self.show(report);
        }
        if let Some(whole) = reply.load_whole {
            load_whole_then(self, whole, Self::loaded_whole);
        }
    }

    fn offer_local(self: &Rc<Self>, id: &str) {
        let reply =
            self.connection
                .borrow_mut()
                .local_change(id, &self.live(), js_sys::Date::now());
        self.send(&reply.send);
        if let Some(report) = reply.report {
            self.show(report);
        }
    }

    fn send(&self, frames: &[Vec<u8>]) {
        if let Some((socket, _)) = self.socket.borrow().as_ref() {
            for frame in frames {
                // A failed send shows up as a close, which reconnects.
                let _ = socket.send_with_u8_array(frame);
            }
        }
    }
}
