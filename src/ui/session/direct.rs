//! Syncing directly with a device nearby, set up by exchanging codes by hand
//! (see `crate::sync::direct_link`). One link at a time; starting another
//! replaces it.

use leptos::prelude::*;

use super::Session;
use crate::domain::ids::new_id;
use crate::sync::direct_link::{DirectLink, LinkDocs, LinkError, LinkListener, LinkStatus};

impl Session {
    /// This device's peer id on a link: the member, so the other device can
    /// look up their role, and a random part for this tab.
    fn link_peer_id(&self) -> String {
        format!("{}/{}", self.me(), &new_id()[..12])
    }

    fn link_docs(&self) -> LinkDocs {
        LinkDocs {
            team: self.team.get_value(),
            leadership: self.leadership.get_value(),
        }
    }

    fn link_listener(&self) -> LinkListener {
        let status = self.direct;
        Box::new(move |link| status.set(Some(link)))
    }

    /// Starts a link as the offering device; returns the offer code.
    pub async fn offer_direct(&self) -> Result<String, LinkError> {
        self.close_direct();
        let (link, code) =
            DirectLink::offer(&self.link_peer_id(), self.link_docs(), self.link_listener()).await?;
        self.direct_link.set_value(Some(link));
        Ok(code)
    }

    /// Answers another device's offer code; returns the answer code.
    pub async fn answer_direct(&self, offer: &str) -> Result<String, LinkError> {
        self.close_direct();
        let (link, code) = DirectLink::answer(
            &self.link_peer_id(),
            self.link_docs(),
            offer,
            self.link_listener(),
        )
        .await?;
        self.direct_link.set_value(Some(link));
        Ok(code)
    }

    /// Completes the link this device offered with the other's answer code.
    pub async fn accept_direct(&self, answer: &str) -> Result<(), LinkError> {
        let link = self
            .direct_link
            .get_value()
            .ok_or_else(|| LinkError::Browser("no link was offered".into()))?;
        link.accept_answer(answer).await
    }

    /// Ends the link, if any.
    pub fn close_direct(&self) {
        self.direct_link.set_value(None);
        self.direct.set(None);
    }

    /// Where the link stands; `None` without one.
    pub fn direct_status(&self) -> Option<LinkStatus> {
        self.direct.get()
    }
}
