//! Syncing directly with a device nearby (see `crate::sync::direct_link`),
//! set up by exchanging codes by hand or, when both devices reach the relay,
//! through it (see `crate::sync::signal`). One link at a time; starting
//! another replaces it.

use leptos::prelude::*;

use super::Session;
use crate::domain::ids::new_id;
use crate::sync::direct_link::{
    DirectLink, LinkDocs, LinkError, LinkIdentity, LinkListener, LinkStatus,
};
use crate::sync::link_code::CodeKind;
use crate::sync::signal::Signal;
use crate::trust::device_key::KeyError;

/// Another device's offer of a direct link, received through the relay.
#[derive(Debug, Clone, PartialEq)]
pub struct IncomingOffer {
    /// The member whose device offers.
    pub from: String,
    code: String,
}

impl Session {
    /// This device's peer id on a link: the member and a random part for
    /// this tab (the other end learns who it is from the proof, not this).
    fn link_peer_id(&self) -> String {
        format!("{}/{}", self.me(), &new_id()[..12])
    }

    fn link_docs(&self) -> LinkDocs {
        self.workspace.with_value(|w| LinkDocs {
            team: w.team().clone(),
            leadership: w.leadership().cloned(),
        })
    }

    /// What this device proves on a link, and checks the other end against;
    /// `expect` is the member who must be at the other end, when known. A
    /// device without a verified grant cannot link.
    fn link_identity(&self, expect: Option<String>) -> Result<LinkIdentity, LinkError> {
        let unverified = || LinkError::Browser("this device is not verified".into());
        let (token, grant) = self.verified().ok_or_else(unverified)?;
        let workspace = grant.workspace.parse().map_err(|_| unverified())?;
        let device = self
            .device
            .get_value()
            .ok_or_else(|| LinkError::Browser(KeyError::Unavailable.to_string()))?;
        Ok(LinkIdentity {
            device,
            token,
            grant,
            workspace,
            expect,
        })
    }

    fn link_listener(&self) -> LinkListener {
        let status = self.direct;
        Box::new(move |link| status.set(Some(link)))
    }

    /// Starts a link as the offering device; returns the offer code.
    pub async fn offer_direct(&self) -> Result<String, LinkError> {
        self.close_direct();
        let identity = self.link_identity(None)?;
        let (link, code) = DirectLink::offer(
            &self.link_peer_id(),
            self.link_docs(),
            identity,
            self.link_listener(),
        )
        .await?;
        self.direct_link.set_value(Some(link));
        Ok(code)
    }

    /// Answers another device's offer code; returns the answer code.
    /// `expect` is the member the offer claims to come from, when known.
    pub async fn answer_direct(
        &self,
        offer: &str,
        expect: Option<String>,
    ) -> Result<String, LinkError> {
        self.close_direct();
        let identity = self.link_identity(expect)?;
        let (link, code) = DirectLink::answer(
            &self.link_peer_id(),
            self.link_docs(),
            identity,
            offer,
            self.link_listener(),
        )
        .await?;
        self.direct_link.set_value(Some(link));
        Ok(code)
    }

    /// Completes the link this device offered with the other's answer code;
    /// `expect` is the member the answer claims to come from, when known.
    pub async fn accept_direct(
        &self,
        answer: &str,
        expect: Option<String>,
    ) -> Result<(), LinkError> {
        let link = self
            .direct_link
            .get_value()
            .ok_or_else(|| LinkError::Browser("no link was offered".into()))?;
        link.accept_answer(answer, expect).await
    }

    /// Ends the link, if any.
    pub fn close_direct(&self) {
        self.direct_link.set_value(None);
        self.awaiting_answer.set_value(None);
        self.direct_failed.set(None);
        self.direct.set(None);
    }

    /// Offers a direct link to `member`'s device through the relay; the link
    /// completes when their device accepts.
    pub async fn offer_direct_via_relay(&self, member: &str) -> Result<(), LinkError> {
        let code = self.offer_direct().await?;
        self.signal(Signal::new(CodeKind::Offer, &self.me(), member, &code))?;
        self.awaiting_answer.set_value(Some(member.to_string()));
        Ok(())
    }

    /// An offer of a direct link waiting for this user's answer.
    pub fn incoming_offer(&self) -> Option<IncomingOffer> {
        self.incoming.get()
    }

    /// Accepts the waiting offer: answers it through the relay. A failure
    /// shows as [`Session::direct_failure`].
    pub async fn accept_offer(&self) {
        let Some(offer) = self.incoming.get_untracked() else {
            return;
        };
        self.incoming.set(None);
        let answered = match self
            .answer_direct(&offer.code, Some(offer.from.clone()))
            .await
        {
            Ok(code) => self.signal(Signal::new(
                CodeKind::Answer,
                &self.me(),
                &offer.from,
                &code,
            )),
            Err(err) => Err(err),
        };
        if let Err(err) = answered {
            self.direct_failed.set(Some(err));
        }
    }

    pub fn decline_offer(&self) {
        self.incoming.set(None);
    }

    fn signal(&self, signal: Signal) -> Result<(), LinkError> {
        let (team, _) = self.document_ids();
        let sent = self.relay.with_value(|relay| {
            relay
                .as_ref()
                .is_some_and(|relay| relay.send_ephemeral(&team, signal.encode()))
        });
        sent.then_some(()).ok_or(LinkError::RelayOffline)
    }

    /// Ephemeral data from the relay: an offer for this user, or the answer
    /// to the offer this device made.
    pub(super) fn on_signal(&self, doc: &str, data: &[u8]) {
        let Some(signal) = Signal::decode(data) else {
            return;
        };
        if signal.to != self.me() || doc != self.document_ids().0 {
            return;
        }
        match signal.kind() {
            CodeKind::Offer => self.incoming.set(Some(IncomingOffer {
                from: signal.from,
                code: signal.code,
            })),
            CodeKind::Answer => {
                if self.awaiting_answer.get_value().as_deref() != Some(signal.from.as_str()) {
                    return;
                }
                self.awaiting_answer.set_value(None);
                let session = *self;
                leptos::task::spawn_local(async move {
                    if let Err(err) = session.accept_direct(&signal.code, Some(signal.from)).await {
                        session.direct_failed.set(Some(err));
                    }
                });
            }
        }
    }

    /// Why the last link set up without this page's help (through the relay)
    /// failed, if it did.
    pub fn direct_failure(&self) -> Option<LinkError> {
        self.direct_failed.get()
    }

    /// Where the link stands; `None` without one.
    pub fn direct_status(&self) -> Option<LinkStatus> {
        self.direct.get()
    }
}
