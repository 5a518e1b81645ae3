//! Who may connect, as which peer, and which documents each peer may sync.
//!
//! samod trusts the peer id a client claims in `join`, so the relay decides
//! the peer id from the verified invite before the WebSocket is accepted and
//! tells samod to expect exactly that id; the share policy then looks the
//! peer's grant up by id.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use handover_invite::{Grant, PublicKey, TokenError};
use samod::{DocumentId, PeerId, ShareConfig};

/// Why a connection was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error("no invite token")]
    NoToken,
    #[error(transparent)]
    Token(#[from] TokenError),
    #[error("the invite was revoked")]
    Revoked,
    #[error("the tab id must be 1 to 64 letters, digits, '-' or '_'")]
    BadTab,
}

/// A connection that may proceed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Admitted {
    pub peer_id: String,
    pub grant: Grant,
}

/// The grants of connected peers.
#[derive(Clone)]
pub struct Access {
    key: PublicKey,
    revoked_file: PathBuf,
    peers: Arc<Mutex<HashMap<String, (Grant, usize)>>>,
}

impl Access {
    pub fn new(key: PublicKey, revoked_file: PathBuf) -> Self {
        Self {
            key,
            revoked_file,
            peers: Arc::default(),
        }
    }

    /// Checks a connection's token (and optional tab id, so one device can
    /// sync from several tabs) at `now` (Unix seconds).
    pub fn admit(
        &self,
        token: Option<&str>,
        tab: Option<&str>,
        now: i64,
    ) -> Result<Admitted, Refusal> {
        let token = token.filter(|t| !t.is_empty()).ok_or(Refusal::NoToken)?;
        let grant = self.key.verify(token, now)?;
        if self.is_revoked(&grant.id) {
            return Err(Refusal::Revoked);
        }
        let peer_id = match tab {
            None => grant.peer.clone(),
            Some(tab) if valid_tab(tab) => format!("{}/{tab}", grant.peer),
            Some(_) => return Err(Refusal::BadTab),
        };
        let mut peers = self.peers.lock().expect("no panics while locked");
        peers.entry(peer_id.clone()).or_insert((grant.clone(), 0)).1 += 1;
        Ok(Admitted { peer_id, grant })
    }

    /// Forgets a connection of `peer_id` once it has ended.
    pub fn release(&self, peer_id: &str) {
        let mut peers = self.peers.lock().expect("no panics while locked");
        if let Some((_, count)) = peers.get_mut(peer_id) {
            *count -= 1;
            if *count == 0 {
                peers.remove(peer_id);
            }
        }
    }

    /// What `peer` may do with `document`: read and write it when its
    /// invite names it, nothing otherwise (the peer is told the document is
    /// unavailable, whether or not it exists).
    pub fn share(&self, document: &DocumentId, peer: &PeerId) -> ShareConfig {
        let peers = self.peers.lock().expect("no panics while locked");
        match peers.get(peer.as_str()) {
            Some((grant, _)) if grant.allows(&document.to_string()) => ShareConfig::read_write(),
            _ => ShareConfig::none(),
        }
    }

    fn is_revoked(&self, id: &str) -> bool {
        std::fs::read_to_string(&self.revoked_file)
            .map(|text| {
                text.lines()
                    .map(|line| line.split('#').next().unwrap_or_default().trim())
                    .any(|revoked| revoked == id)
            })
            .unwrap_or(false)
    }
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
    use handover_invite::WorkspaceKey;

    const NOW: i64 = 1_000;

    fn new_document_id() -> DocumentId {
        handover::doc::DocumentId::random()
            .as_str()
            .parse()
            .unwrap()
    }

    fn grant(id: &str, peer: &str, documents: &[&DocumentId]) -> Grant {
        Grant {
            id: id.into(),
            peer: peer.into(),
            name: "Someone".into(),
            role: "team-member".into(),
            documents: documents.iter().map(|d| d.to_string()).collect(),
            expires_at: NOW + 60,
        }
    }

    fn setup() -> (WorkspaceKey, Access, tempfile::TempDir) {
        let key = WorkspaceKey::from_seed([7; 32]);
        let dir = tempfile::tempdir().unwrap();
        let access = Access::new(key.public(), dir.path().join("revoked.txt"));
        (key, access, dir)
    }

    #[test]
    fn a_peer_gets_exactly_the_documents_its_invite_names() {
        let (key, access, _dir) = setup();
        let team = new_document_id();
        let leadership = new_document_id();
        let token = key.sign(&grant("t1", "member", &[&team]));
        let admitted = access.admit(Some(&token), Some("tab-1"), NOW).unwrap();
        assert_eq!(admitted.peer_id, "member/tab-1");
        let peer = PeerId::from(admitted.peer_id.as_str());
        assert_eq!(access.share(&team, &peer), ShareConfig::read_write());
        assert_eq!(access.share(&leadership, &peer), ShareConfig::none());
        assert_eq!(
            access.share(&team, &PeerId::from("someone-else")),
            ShareConfig::none()
        );
        access.release(&admitted.peer_id);
        assert_eq!(access.share(&team, &peer), ShareConfig::none());
    }

    #[test]
    fn bad_missing_expired_and_revoked_tokens_are_refused() {
        let (key, access, dir) = setup();
        let team = new_document_id();
        assert_eq!(access.admit(None, None, NOW), Err(Refusal::NoToken));
        assert_eq!(
            access.admit(Some("junk"), None, NOW),
            Err(Refusal::Token(TokenError::Malformed))
        );
        let other = WorkspaceKey::from_seed([8; 32]).sign(&grant("t0", "p", &[&team]));
        assert_eq!(
            access.admit(Some(&other), None, NOW),
            Err(Refusal::Token(TokenError::BadSignature))
        );
        let token = key.sign(&grant("t2", "p", &[&team]));
        assert_eq!(
            access.admit(Some(&token), None, NOW + 61),
            Err(Refusal::Token(TokenError::Expired))
        );
        assert_eq!(
            access.admit(Some(&token), Some("a b"), NOW),
            Err(Refusal::BadTab)
        );
        std::fs::write(
            dir.path().join("revoked.txt"),
            "# revoked invites\nt9\nt2  # lost laptop\n",
        )
        .unwrap();
        assert_eq!(access.admit(Some(&token), None, NOW), Err(Refusal::Revoked));
    }

    #[test]
    fn a_peer_keeps_its_grant_while_any_of_its_connections_is_open() {
        let (key, access, _dir) = setup();
        let team = new_document_id();
        let token = key.sign(&grant("t3", "p", &[&team]));
        let first = access.admit(Some(&token), None, NOW).unwrap();
        access.admit(Some(&token), None, NOW).unwrap();
        access.release(&first.peer_id);
        assert_eq!(
            access.share(&team, &PeerId::from("p")),
            ShareConfig::read_write()
        );
        access.release(&first.peer_id);
        assert_eq!(access.share(&team, &PeerId::from("p")), ShareConfig::none());
    }
}
