//! A direct link to a device nearby: the automerge-repo protocol over a
//! WebRTC data channel, set up by hand with an offer code and an answer code
//! (see [`super::link_code`]) so that it needs no relay, no signalling server
//! and no internet: host candidates only, no STUN.
//!
//! The offering device takes the accepting side of the protocol's handshake
//! and the answering device joins, so the same sans-IO [`Session`] drives both.
//! Before a single record crosses, each side proves its device key and grant
//! over the link itself, bound to the link's DTLS fingerprints (see
//! `handover_invite::LinkProof`): the team document then syncs, and the
//! leadership document too when both grants name it.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use gloo_timers::future::TimeoutFuture;
use handover_invite::{link_statement, sdp_fingerprint, Grant, LinkProof, PublicKey};
use js_sys::Reflect;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    MessageEvent, RtcConfiguration, RtcDataChannel, RtcDataChannelEvent, RtcDataChannelState,
    RtcDataChannelType, RtcIceGatheringState, RtcPeerConnection, RtcPeerConnectionState,
    RtcSdpType, RtcSessionDescriptionInit,
};

use super::link_code::{CodeError, CodeKind, LinkCode};
use super::live_docs::{binary_frame, offer_local_changes, LiveDocs};
use super::session::Session;
use crate::store::LiveDoc;
use crate::trust::device_key::DeviceKey;

/// Where a link stands, for the settings card and the sync indicator.
#[derive(Debug, Clone, PartialEq)]
pub enum LinkStatus {
    /// Codes exchanged; the devices are finding each other.
    Connecting,
    /// Linked to the device of member `peer`, exchanging changes.
    Syncing { peer: String },
    /// Linked, and both devices hold the same records.
    Synced { peer: String, at: f64 },
    /// The link ended (the other device closed it or went away).
    Closed,
    /// The other end did not prove a grant of this workspace, or is not the
    /// member the offer or answer named; nothing was sent to it. The code
    /// says why (`unverified`, `someone-else`).
    Refused(String),
}

/// Why a link could not be set up.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum LinkError {
    #[error(transparent)]
    Code(#[from] CodeError),
    /// The browser found no network to link over.
    #[error("no network connection to link over")]
    NoNetwork,
    /// Signalling through the relay needs a connection to it.
    #[error("not connected to the relay")]
    RelayOffline,
    #[error("the browser refused: {0}")]
    Browser(String),
}

impl LinkError {
    /// The i18n message id describing the problem.
    pub fn message_id(&self) -> &'static str {
        match self {
            LinkError::Code(code) => code.message_id(),
            LinkError::NoNetwork => "direct-error-no-network",
            LinkError::RelayOffline => "direct-error-relay-offline",
            LinkError::Browser(_) => "direct-error-browser",
        }
    }
}

impl From<JsValue> for LinkError {
    fn from(value: JsValue) -> Self {
        LinkError::Browser(
            value
                .dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
                .unwrap_or_else(|| format!("{value:?}")),
        )
    }
}

/// How the link's state reaches the UI.
pub type LinkListener = Box<dyn Fn(LinkStatus)>;

/// The documents a link may sync: the team document once the other end has
/// proved its grant, the leadership document only when both grants name it
/// (a member record's role, which any member can write, is no proof).
pub struct LinkDocs {
    pub team: Rc<LiveDoc>,
    pub leadership: Option<Rc<LiveDoc>>,
}

/// Who this device is on a link: what it proves to the other end, and what
/// it checks the other end's proof against.
pub struct LinkIdentity {
    pub device: DeviceKey,
    /// This device's grant token.
    pub token: String,
    /// This device's grant, as verified when the workspace opened.
    pub grant: Grant,
    pub workspace: PublicKey,
    /// The member the other end must be, when the offer or answer named
    /// one (through the relay).
    pub expect: Option<String>,
}

/// How long to wait for the browser to list its network candidates. Host
/// candidates take milliseconds; the cap only guards a stuck browser.
const GATHERING_LIMIT_MS: u32 = 5_000;
const GATHERING_POLL_MS: u32 = 50;

/// The data channel's open, message and close handlers.
type ChannelHandlers = (
    Closure<dyn FnMut()>,
    Closure<dyn FnMut(MessageEvent)>,
    Closure<dyn FnMut()>,
);
type OnChannel = Closure<dyn FnMut(RtcDataChannelEvent)>;

struct Inner {
    connection: RtcPeerConnection,
    channel: RefCell<Option<(RtcDataChannel, ChannelHandlers)>>,
    session: RefCell<Session>,
    docs: Vec<(String, Rc<LiveDoc>)>,
    team_id: String,
    leadership_id: Option<String>,
    identity: RefCell<LinkIdentity>,
    /// The other end's grant, once its proof checked.
    peer: RefCell<Option<Grant>>,
    /// Whether this side began proving itself: once per link, though a
    /// channel that arrives open may also fire its `open` event.
    proving: Cell<bool>,
    /// Whether this side's proof went out: no protocol frame may precede it.
    proved: Cell<bool>,
    /// Whether this side ended the link for a failed proof.
    refused: Cell<bool>,
    /// Protocol frames that arrived before both proofs were done.
    early: RefCell<Vec<Vec<u8>>>,
    on_status: LinkListener,
    /// Kept alive for as long as the connection is.
    _on_state: RefCell<Option<Closure<dyn FnMut()>>>,
    _on_channel: RefCell<Option<OnChannel>>,
}

/// A link in progress or established; clones share it. Dropping the last
/// clone closes the connection.
#[derive(Clone)]
pub struct DirectLink {
    inner: Rc<Inner>,
}

impl DirectLink {
    /// Starts a link as the offering device; returns the offer code to show.
    pub async fn offer(
        me: &str,
        docs: LinkDocs,
        identity: LinkIdentity,
        on_status: LinkListener,
    ) -> Result<(DirectLink, String), LinkError> {
        let inner = Inner::new(Session::accepting(me, []), docs, identity, on_status)?;
        let channel = inner.connection.create_data_channel("handover");
        inner.attach(channel);
        let offer = JsFuture::from(inner.connection.create_offer()).await?;
        let description = RtcSessionDescriptionInit::new(RtcSdpType::Offer);
        description.set_sdp(&sdp_of(&offer)?);
        JsFuture::from(inner.connection.set_local_description(&description)).await?;
        let code = inner.local_code(CodeKind::Offer).await?;
        Ok((DirectLink { inner }, code))
    }

    /// Answers `offer` (pasted or scanned from the other device); returns the
    /// answer code to give back.
    pub async fn answer(
        me: &str,
        docs: LinkDocs,
        identity: LinkIdentity,
        offer: &str,
        on_status: LinkListener,
    ) -> Result<(DirectLink, String), LinkError> {
        let team_id = docs.team.read(|d| d.id().to_string());
        let offer = LinkCode::decode(offer, CodeKind::Offer, &team_id)?;
        let inner = Inner::new(Session::new(me, []), docs, identity, on_status)?;
        let weak = Rc::downgrade(&inner);
        let on_channel = OnChannel::new(move |event: RtcDataChannelEvent| {
            if let Some(inner) = weak.upgrade() {
                inner.attach(event.channel());
            }
        });
        inner
            .connection
            .set_ondatachannel(Some(on_channel.as_ref().unchecked_ref()));
        *inner._on_channel.borrow_mut() = Some(on_channel);
        let remote = RtcSessionDescriptionInit::new(RtcSdpType::Offer);
        remote.set_sdp(&offer.sdp);
        JsFuture::from(inner.connection.set_remote_description(&remote)).await?;
        let answer = JsFuture::from(inner.connection.create_answer()).await?;
        let description = RtcSessionDescriptionInit::new(RtcSdpType::Answer);
        description.set_sdp(&sdp_of(&answer)?);
        JsFuture::from(inner.connection.set_local_description(&description)).await?;
        let code = inner.local_code(CodeKind::Answer).await?;
        (inner.on_status)(LinkStatus::Connecting);
        Ok((DirectLink { inner }, code))
    }

    /// Completes a link this device offered with the other device's answer;
    /// `expect` is the member who must be at the other end, when known.
    pub async fn accept_answer(
        &self,
        answer: &str,
        expect: Option<String>,
    ) -> Result<(), LinkError> {
        self.inner.identity.borrow_mut().expect = expect;
        let answer = LinkCode::decode(answer, CodeKind::Answer, &self.inner.team_id)?;
        let remote = RtcSessionDescriptionInit::new(RtcSdpType::Answer);
        remote.set_sdp(&answer.sdp);
        JsFuture::from(self.inner.connection.set_remote_description(&remote)).await?;
        (self.inner.on_status)(LinkStatus::Connecting);
        Ok(())
    }
}

impl Drop for Inner {
    fn drop(&mut self) {
        if let Some((channel, _)) = self.channel.borrow_mut().take() {
            channel.close();
        }
        self.connection.close();
    }
}

/// The `sdp` of a session description the browser returned.
fn sdp_of(description: &JsValue) -> Result<String, LinkError> {
    Reflect::get(description, &"sdp".into())?
        .as_string()
        .ok_or_else(|| LinkError::Browser("no session description".into()))
}

impl Inner {
    fn new(
        session: Session,
        docs: LinkDocs,
        identity: LinkIdentity,
        on_status: LinkListener,
    ) -> Result<Rc<Inner>, LinkError> {
        // No ICE servers: devices in one office reach each other directly,
        // and nothing about the link leaves the local network.
        let config = RtcConfiguration::new();
        config.set_ice_servers(&js_sys::Array::new());
        let connection = RtcPeerConnection::new_with_configuration(&config)?;
        let team_id = docs.team.read(|d| d.id().to_string());
        let leadership_id = docs
            .leadership
            .as_ref()
            .map(|l| l.read(|d| d.id().to_string()));
        let mut all = vec![(team_id.clone(), docs.team)];
        all.extend(leadership_id.clone().zip(docs.leadership));
        let inner = Rc::new(Inner {
            connection,
            channel: RefCell::new(None),
            session: RefCell::new(session),
            docs: all,
            team_id,
            leadership_id,
            identity: RefCell::new(identity),
            peer: RefCell::new(None),
            proving: Cell::new(false),
            proved: Cell::new(false),
            refused: Cell::new(false),
            early: RefCell::new(Vec::new()),
            on_status,
            _on_state: RefCell::new(None),
            _on_channel: RefCell::new(None),
        });
        inner.watch_connection();
        offer_local_changes(&inner, &inner.docs, Inner::offer_local);
        Ok(inner)
    }

    /// Reports a link that failed or was closed by the other side.
    fn watch_connection(self: &Rc<Self>) {
        let weak = Rc::downgrade(self);
        let on_state = Closure::<dyn FnMut()>::new(move || {
            if let Some(inner) = weak.upgrade() {
                if matches!(
                    inner.connection.connection_state(),
                    RtcPeerConnectionState::Failed | RtcPeerConnectionState::Closed
                ) {
                    inner.closed();
                }
            }
        });
        self.connection
            .set_onconnectionstatechange(Some(on_state.as_ref().unchecked_ref()));
        *self._on_state.borrow_mut() = Some(on_state);
    }

    /// This device's description with its candidates, as a code.
    async fn local_code(&self, kind: CodeKind) -> Result<String, LinkError> {
        let mut waited = 0;
        while self.connection.ice_gathering_state() != RtcIceGatheringState::Complete
            && waited < GATHERING_LIMIT_MS
        {
            TimeoutFuture::new(GATHERING_POLL_MS).await;
            waited += GATHERING_POLL_MS;
        }
        let sdp = self
            .connection
            .local_description()
            .map(|d| d.sdp())
            .ok_or_else(|| LinkError::Browser("no local description".into()))?;
        let code = LinkCode {
            workspace: self.team_id.clone(),
            sdp,
        };
        if code.candidates() == 0 {
            return Err(LinkError::NoNetwork);
        }
        Ok(code.encode(kind))
    }

    fn attach(self: &Rc<Self>, channel: RtcDataChannel) {
        channel.set_binary_type(RtcDataChannelType::Arraybuffer);
        let weak: Weak<Self> = Rc::downgrade(self);
        let open = Closure::<dyn FnMut()>::new({
            let weak = weak.clone();
            move || {
                if let Some(inner) = weak.upgrade() {
                    inner.opened();
                }
            }
        });
        let message = Closure::<dyn FnMut(MessageEvent)>::new({
            let weak = weak.clone();
            move |event: MessageEvent| {
                let Some(inner) = weak.upgrade() else {
                    return;
                };
                // The proofs travel as text, the protocol as binary frames.
                match (event.data().as_string(), binary_frame(&event)) {
                    (Some(proof), _) => inner.receive_proof(&proof),
                    (None, Some(frame)) => inner.receive(&frame),
                    (None, None) => {}
                }
            }
        });
        let close = Closure::<dyn FnMut()>::new(move || {
            if let Some(inner) = weak.upgrade() {
                inner.closed();
            }
        });
        channel.set_onopen(Some(open.as_ref().unchecked_ref()));
        channel.set_onmessage(Some(message.as_ref().unchecked_ref()));
        channel.set_onclose(Some(close.as_ref().unchecked_ref()));
        // The answering side gets its channel from `datachannel`, which can
        // arrive after the channel has opened: then no `open` event follows,
        // and waiting for one would leave the link connecting for ever.
        let already_open = channel.ready_state() == RtcDataChannelState::Open;
        *self.channel.borrow_mut() = Some((channel, (open, message, close)));
        if already_open {
            self.opened();
        }
    }

    /// The channel is open: prove this device to the other end, bound to
    /// both ends' fingerprints as this side sees them.
    fn opened(self: &Rc<Self>) {
        if self.proving.replace(true) {
            return;
        }
        let (Some(ours), Some(theirs)) = (self.fingerprint(false), self.fingerprint(true)) else {
            return self.refuse("unverified");
        };
        let (device, token) = {
            let identity = self.identity.borrow();
            (identity.device.clone(), identity.token.clone())
        };
        let weak = Rc::downgrade(self);
        wasm_bindgen_futures::spawn_local(async move {
            let signature = device.sign(&link_statement(&ours, &theirs, &token)).await;
            let Some(inner) = weak.upgrade() else {
                return;
            };
            let Ok(signature) = signature else {
                return inner.refuse("unverified");
            };
            let proof = LinkProof {
                token,
                device_key: device.public().to_string(),
                signature,
            };
            if let Some((channel, _)) = inner.channel.borrow().as_ref() {
                let json = serde_json::to_string(&proof).expect("proofs serialise");
                // A failed send closes the channel, which is reported.
                let _ = channel.send_with_str(&json);
            }
            inner.proved.set(true);
            inner.start_if_ready();
        });
    }

    /// This end's (`remote` false) or the other end's DTLS fingerprint.
    fn fingerprint(&self, remote: bool) -> Option<String> {
        let description = if remote {
            self.connection.remote_description()
        } else {
            self.connection.local_description()
        };
        sdp_fingerprint(&description?.sdp())
    }

    /// The other end's proof: checked against the workspace key and this
    /// link's fingerprints, and against the member the signalling named.
    fn receive_proof(self: &Rc<Self>, text: &str) {
        // A message came, so the channel is open, whether or not this side
        // saw it open: prove this device too, if it has not begun to.
        self.opened();
        if self.refused.get() || self.peer.borrow().is_some() {
            return;
        }
        let (Some(ours), Some(theirs)) = (self.fingerprint(false), self.fingerprint(true)) else {
            return self.refuse("unverified");
        };
        let identity = self.identity.borrow();
        let verified = serde_json::from_str::<LinkProof>(text)
            .ok()
            .and_then(|proof| {
                let now = (js_sys::Date::now() / 1000.0) as i64;
                proof.verify(&identity.workspace, &theirs, &ours, now).ok()
            });
        let expected = identity.expect.clone();
        drop(identity);
        match verified {
            None => self.refuse("unverified"),
            Some(grant) if expected.is_some_and(|member| member != grant.member) => {
                self.refuse("someone-else")
            }
            Some(grant) => {
                *self.peer.borrow_mut() = Some(grant);
                self.start_if_ready();
            }
        }
    }

    /// Both proofs are done: share what both grants allow and start the
    /// protocol's handshake, then handle what arrived meanwhile.
    fn start_if_ready(self: &Rc<Self>) {
        let Some(peer) = self.peer.borrow().clone() else {
            return;
        };
        if !self.proved.get() {
            return;
        }
        let docs = LiveDocs(&self.docs);
        let mut session = self.session.borrow_mut();
        session.share(&self.team_id, &docs);
        let mine = self.identity.borrow().grant.leadership.clone();
        if let Some(leadership) = &self.leadership_id {
            if mine.as_ref() == Some(leadership) && peer.leadership.as_ref() == Some(leadership) {
                session.share(leadership, &docs);
            }
        }
        let frames = session.connected();
        drop(session);
        self.send(&frames);
        for frame in self.early.take() {
            self.receive(&frame);
        }
    }

    /// Ends the link without sending a record, saying why.
    fn refuse(&self, reason: &str) {
        self.refused.set(true);
        self.connection.close();
        (self.on_status)(LinkStatus::Refused(reason.to_string()));
    }

    fn closed(&self) {
        self.session.borrow_mut().disconnected();
        // A refused link stays refused: closing it was this side's doing.
        if !self.refused.get() {
            (self.on_status)(LinkStatus::Closed);
        }
    }

    fn receive(self: &Rc<Self>, frame: &[u8]) {
        if self.peer.borrow().is_none() || !self.proved.get() {
            self.early.borrow_mut().push(frame.to_vec());
            return;
        }
        let result = self
            .session
            .borrow_mut()
            .receive(frame, &mut LiveDocs(&self.docs));
        // A damaged frame is dropped; Automerge's sync recovers on the next
        // exchange.
        if let Ok(outcome) = result {
            self.send(&outcome.send);
        }
        self.report();
    }

    /// The member at the other end, as their verified grant names them,
    /// once the protocol's handshake is done.
    fn peer_member(&self) -> Option<String> {
        self.session.borrow().peer()?;
        self.peer
            .borrow()
            .as_ref()
            .map(|grant| grant.member.clone())
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
        if let Some((channel, _)) = self.channel.borrow().as_ref() {
            if channel.ready_state() != RtcDataChannelState::Open {
                return;
            }
            for frame in frames {
                // A failed send closes the channel, which is reported.
                let _ = channel.send_with_u8_array(frame);
            }
        }
    }

    fn report(&self) {
        let Some(peer) = self.peer_member() else {
            return;
        };
        let session = self.session.borrow();
        let docs = LiveDocs(&self.docs);
        let synced = self
            .docs
            .iter()
            .filter(|(id, _)| session.shares(id))
            .all(|(id, _)| session.is_synced(id, &docs));
        drop(session);
        (self.on_status)(if synced {
            LinkStatus::Synced {
                peer,
                at: js_sys::Date::now(),
            }
        } else {
            LinkStatus::Syncing { peer }
        });
    }
}
