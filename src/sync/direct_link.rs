//! A direct link to a device nearby: the automerge-repo protocol over a
//! WebRTC data channel, set up by hand with an offer code and an answer code
//! (see [`super::link_code`]) so that it needs no relay, no signalling server
//! and no internet: host candidates only, no STUN.
//!
//! This module is socket glue: it holds the browser's objects (the peer
//! connection, the data channel, the live documents, the device key in
//! WebCrypto), turns their events into calls on the sans-IO
//! [`LinkState`], and performs the [`Effects`] it returns. Everything the
//! link decides (checking the other end's proof, holding frames until both
//! proofs are done, which documents to share, the status) lives there and is
//! tested natively; only signing this device's proof happens here, because
//! the device key cannot leave WebCrypto.
//!
//! The offering device takes the accepting side of the protocol's handshake
//! and the answering device joins, so the same sans-IO session drives both.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use automerge::Automerge;
use gloo_timers::future::TimeoutFuture;
use handover_invite::{link_statement, sdp_fingerprint, Grant, LinkProof, PublicKey};
use js_sys::Reflect;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    MessageEvent, RtcConfiguration, RtcDataChannel, RtcDataChannelInit, RtcDataChannelState,
    RtcDataChannelType, RtcIceGatheringState, RtcPeerConnection, RtcPeerConnectionState,
    RtcSdpType, RtcSessionDescription, RtcSessionDescriptionInit,
};

use super::link_code::{CodeError, CodeKind, LinkCode};
use super::link_state::{Effects, Fingerprints, LinkState, Trust};
use super::live_docs::{binary_frame, offer_local_changes, LiveDocs};
use super::session::{Session, WholeDocument};
use super::whole_in_slices::load_whole_then;
use crate::doc::DocError;
use crate::store::LiveDoc;
use crate::trust::device_key::DeviceKey;

pub use super::link_state::LinkStatus;

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

/// The browser's side of a link; everything else is in `link`.
struct Inner {
    connection: RtcPeerConnection,
    channel: RefCell<Option<(RtcDataChannel, ChannelHandlers)>>,
    link: RefCell<LinkState>,
    docs: Vec<(String, Rc<LiveDoc>)>,
    /// The key this device signs its proof with, and its grant token.
    device: DeviceKey,
    token: String,
    on_status: LinkListener,
    /// Kept alive for as long as the connection is.
    _on_state: RefCell<Option<Closure<dyn FnMut()>>>,
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
        let team_id = {
            let mut link = self.inner.link.borrow_mut();
            link.expect(expect);
            link.team().to_string()
        };
        let answer = LinkCode::decode(answer, CodeKind::Answer, &team_id)?;
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
        let LinkIdentity {
            device,
            token,
            grant,
            workspace,
            expect,
        } = identity;
        let trust = Trust {
            grant,
            workspace,
            expect,
        };
        let inner = Rc::new(Inner {
            connection,
            channel: RefCell::new(None),
            link: RefCell::new(LinkState::new(session, team_id, leadership_id, trust)),
            docs: all,
            device,
            token,
            on_status,
            _on_state: RefCell::new(None),
        });
        inner.watch_connection();
        inner.attach(inner.open_channel());
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
            workspace: self.link.borrow().team().to_string(),
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
        *self.channel.borrow_mut() = Some((channel, (open, message, close)));
    }

    /// The link's one data channel, which both devices create alike: a
    /// channel agreed beforehand (`negotiated`, stream 0) rather than one
    /// the offering device announces. Chromium hands the announced channel
    /// to the answering device through `datachannel` with a state that can
    /// still change under it: its first sends were lost now and then, and
    /// the link stayed "connecting" (a direct-link test failed about one
    /// run in ten). A channel each side makes itself opens on both at once,
    /// with an `open` event, and has no announcement to lose.
    fn open_channel(&self) -> RtcDataChannel {
        let init = RtcDataChannelInit::new();
        init.set_negotiated(true);
        init.set_id(0);
        self.connection
            .create_data_channel_with_data_channel_dict("handover", &init)
    }

    fn opened(self: &Rc<Self>) {
        let effects = self.link.borrow_mut().opened();
        self.perform(effects);
    }

    /// Signs this device's proof, bound to both ends' fingerprints as this
    /// side sees them, and sends it.
    fn prove(self: &Rc<Self>) {
        let Some(link) = self.fingerprints() else {
            let effects = self.link.borrow_mut().cannot_prove();
            return self.perform(effects);
        };
        let (device, token) = (self.device.clone(), self.token.clone());
        let weak = Rc::downgrade(self);
        wasm_bindgen_futures::spawn_local(async move {
            let signature = device
                .sign(&link_statement(&link.ours, &link.theirs, &token))
                .await;
            let Some(inner) = weak.upgrade() else {
                return;
            };
            let Ok(signature) = signature else {
                let effects = inner.link.borrow_mut().cannot_prove();
                return inner.perform(effects);
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
            let effects = inner
                .link
                .borrow_mut()
                .proved(&mut LiveDocs(&inner.docs), now());
            inner.perform(effects);
        });
    }

    /// Both ends' DTLS fingerprints, from the session descriptions.
    fn fingerprints(&self) -> Option<Fingerprints> {
        let sdp = |description: Option<RtcSessionDescription>| sdp_fingerprint(&description?.sdp());
        Some(Fingerprints {
            ours: sdp(self.connection.local_description())?,
            theirs: sdp(self.connection.remote_description())?,
        })
    }

    fn receive_proof(self: &Rc<Self>, text: &str) {
        let fingerprints = self.fingerprints();
        let effects = self.link.borrow_mut().proof_arrived(
            text,
            fingerprints.as_ref(),
            &mut LiveDocs(&self.docs),
            now(),
        );
        self.perform(effects);
    }

    fn receive(self: &Rc<Self>, frame: &[u8]) {
        let effects = self
            .link
            .borrow_mut()
            .receive(frame, &mut LiveDocs(&self.docs), now());
        self.perform(effects);
    }

    fn offer_local(self: &Rc<Self>, id: &str) {
        let effects = self
            .link
            .borrow_mut()
            .local_change(id, &LiveDocs(&self.docs), now());
        self.perform(effects);
    }

    fn closed(self: &Rc<Self>) {
        let effects = self.link.borrow_mut().closed();
        self.perform(effects);
    }

    /// Does what the link state asked, once it is no longer borrowed (the
    /// listener may call back into the link).
    fn perform(self: &Rc<Self>, effects: Effects) {
        if effects.prove {
            self.prove();
        }
        self.send(&effects.send);
        if effects.close {
            self.connection.close();
        }
        if let Some(status) = effects.status {
            (self.on_status)(status);
        }
        if let Some(whole) = effects.load_whole {
            load_whole_then(self, whole, Self::loaded_whole);
        }
    }

    fn loaded_whole(self: &Rc<Self>, whole: &WholeDocument, loaded: Result<Automerge, DocError>) {
        let effects =
            self.link
                .borrow_mut()
                .loaded_whole(whole, loaded, &mut LiveDocs(&self.docs), now());
        self.perform(effects);
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
}

/// Now, in milliseconds since the Unix epoch.
fn now() -> f64 {
    js_sys::Date::now()
}
