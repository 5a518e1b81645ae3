//! Invites as people pass them around: a code (or a link carrying it) with the
//! relay's address, the signed token, and the documents to hold. Opening it on
//! a new device joins the workspace.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use handover_invite::Grant;
use serde::{Deserialize, Serialize};

use crate::doc::DocumentId;
use crate::domain::people::Role;

/// Why an invite or a relay address was refused. Each has a message id.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InviteError {
    #[error("not an invite code")]
    Malformed,
    #[error("not a relay address")]
    BadRelay,
}

impl InviteError {
    pub fn message_id(&self) -> &'static str {
        match self {
            InviteError::Malformed => "invite-error-malformed",
            InviteError::BadRelay => "invite-error-relay",
        }
    }
}

const VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Invite {
    v: u32,
    /// The relay's address, `ws://` or `wss://`.
    pub relay: String,
    /// The signed token; `None` for a standard automerge-repo sync server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    pub team_doc: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leadership_doc: Option<String>,
    /// The role code of the person invited.
    pub role: String,
    /// Their name, to prefill the join form.
    pub name: String,
}

impl Invite {
    pub fn new(
        relay: &str,
        token: Option<String>,
        team_doc: &DocumentId,
        leadership_doc: Option<&DocumentId>,
        role: Role,
        name: &str,
    ) -> Result<Invite, InviteError> {
        Ok(Invite {
            v: VERSION,
            relay: normalize_relay(relay)?,
            token,
            team_doc: team_doc.to_string(),
            leadership_doc: leadership_doc.map(ToString::to_string),
            role: role.code().to_string(),
            name: name.trim().to_string(),
        })
    }

    /// The code to paste.
    pub fn to_code(&self) -> String {
        URL_SAFE_NO_PAD.encode(serde_json::to_vec(self).expect("invites serialise"))
    }

    /// A link that opens the join page with this invite.
    pub fn link(&self, origin: &str) -> String {
        format!("{}/join#{}", origin.trim_end_matches('/'), self.to_code())
    }

    /// Reads a pasted code or link, and checks that it holds what a device
    /// needs to join: a relay address, a readable token and valid document ids.
    pub fn from_code(text: &str) -> Result<Invite, InviteError> {
        let code = text.trim().rsplit(['#', '=']).next().unwrap_or_default();
        let invite: Invite = URL_SAFE_NO_PAD
            .decode(code)
            .ok()
            .and_then(|json| serde_json::from_slice(&json).ok())
            .ok_or(InviteError::Malformed)?;
        let docs_valid = invite.team_doc.parse::<DocumentId>().is_ok()
            && invite
                .leadership_doc
                .as_deref()
                .is_none_or(|id| id.parse::<DocumentId>().is_ok());
        if invite.v != VERSION || !docs_valid || Role::from_code(&invite.role).is_none() {
            return Err(InviteError::Malformed);
        }
        match &invite.token {
            Some(token) => {
                Grant::peek(token).map_err(|_| InviteError::Malformed)?;
            }
            // An open server gets the team document only.
            None if invite.leadership_doc.is_some() => return Err(InviteError::Malformed),
            None => {}
        }
        normalize_relay(&invite.relay)?;
        Ok(invite)
    }

    pub fn role(&self) -> Role {
        Role::from_code(&self.role).unwrap_or_default()
    }
}

/// A relay address as people type it (`relay.example.com`,
/// `https://relay.example.com/`, `127.0.0.1:3030`) in WebSocket form.
pub fn normalize_relay(input: &str) -> Result<String, InviteError> {
    let input = input.trim();
    let (scheme, rest) = match input.split_once("://") {
        Some(("ws" | "http", rest)) => ("ws", rest),
        Some(("wss" | "https", rest)) => ("wss", rest),
        Some(_) => return Err(InviteError::BadRelay),
        // Plain ws:// only when no scheme was given for this machine.
        None if is_local(host_of(input)) => ("ws", input),
        None => ("wss", input),
    };
    let rest = rest.trim_end_matches('/');
    let host = host_of(rest);
    let valid = !host.is_empty()
        && !rest.contains(['?', '#', ' '])
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-.:[]".contains(c));
    if !valid {
        return Err(InviteError::BadRelay);
    }
    Ok(format!("{scheme}://{rest}"))
}

fn host_of(address: &str) -> &str {
    address.split('/').next().unwrap_or_default()
}

fn is_local(host: &str) -> bool {
    let name = host.rsplit_once(':').map_or(host, |(name, _)| name);
    name == "localhost" || name.starts_with("127.") || name == "[::1]"
}

/// The WebSocket address a device connects to: handover-relay's `/sync`
/// with the token, or a standard sync server's own address.
pub fn socket_url(relay: &str, token: Option<&str>, tab: &str) -> String {
    let relay = relay.trim_end_matches('/');
    match token {
        Some(token) => format!("{relay}/sync?token={token}&tab={tab}"),
        None => relay.to_string(),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use handover_invite::WorkspaceKey;

    fn token() -> String {
        WorkspaceKey::from_seed([4; 32]).sign(&Grant {
            id: "i".into(),
            peer: "device-1".into(),
            name: "Sam".into(),
            role: "operations-assistant".into(),
            documents: vec![],
            expires_at: 10,
        })
    }

    #[test]
    fn codes_and_links_round_trip() {
        let team = DocumentId::random();
        let leadership = DocumentId::random();
        let invite = Invite::new(
            "http://127.0.0.1:3030/",
            Some(token()),
            &team,
            Some(&leadership),
            Role::OperationsAssistant,
            " Sam ",
        )
        .unwrap();
        assert_eq!(invite.relay, "ws://127.0.0.1:3030");
        assert_eq!(invite.name, "Sam");
        assert_eq!(Invite::from_code(&invite.to_code()), Ok(invite.clone()));
        let link = invite.link("http://localhost:8080/");
        assert!(link.starts_with("http://localhost:8080/join#"));
        assert_eq!(Invite::from_code(&link), Ok(invite.clone()));
        let token = invite.token.as_deref().unwrap();
        assert_eq!(Grant::peek(token).unwrap().peer, "device-1");
        assert_eq!(invite.role(), Role::OperationsAssistant);
    }

    #[test]
    fn damaged_codes_are_refused() {
        let invite = Invite::new(
            "127.0.0.1:3030",
            Some(token()),
            &DocumentId::random(),
            None,
            Role::TeamMember,
            "T",
        )
        .unwrap();
        let code = invite.to_code();
        for bad in ["", "hello", &code[..code.len() / 2], "e30"] {
            assert_eq!(Invite::from_code(bad), Err(InviteError::Malformed), "{bad}");
        }
        let mut wrong_doc = invite.clone();
        wrong_doc.team_doc = "nope".into();
        assert_eq!(
            Invite::from_code(&wrong_doc.to_code()),
            Err(InviteError::Malformed)
        );
        let mut wrong_token = invite;
        wrong_token.token = Some("x".into());
        assert_eq!(
            Invite::from_code(&wrong_token.to_code()),
            Err(InviteError::Malformed)
        );
    }

    #[test]
    fn relay_addresses_are_normalized() {
        assert_eq!(
            normalize_relay("localhost:3030").unwrap(),
            "ws://localhost:3030"
        );
        assert_eq!(
            normalize_relay("relay.example.com").unwrap(),
            "wss://relay.example.com"
        );
        assert_eq!(
            normalize_relay("https://relay.example.com/").unwrap(),
            "wss://relay.example.com"
        );
        assert_eq!(
            normalize_relay("ws://10.0.0.5:3030").unwrap(),
            "ws://10.0.0.5:3030"
        );
        for bad in ["", "ftp://x", "http://", "a b", "x?y"] {
            assert_eq!(normalize_relay(bad), Err(InviteError::BadRelay), "{bad}");
        }
        assert_eq!(
            socket_url("ws://127.0.0.1:3030", Some("hov1.a.b"), "t1"),
            "ws://127.0.0.1:3030/sync?token=hov1.a.b&tab=t1"
        );
        assert_eq!(
            socket_url("ws://sync.example/", None, "t1"),
            "ws://sync.example"
        );
    }

    #[test]
    fn an_open_server_invite_carries_no_token_and_no_leadership_records() {
        let team = DocumentId::random();
        let open = Invite::new("127.0.0.1:3030", None, &team, None, Role::TeamMember, "T").unwrap();
        assert_eq!(Invite::from_code(&open.to_code()), Ok(open.clone()));
        assert_eq!(open.token, None);
        let mut leaky = open;
        leaky.leadership_doc = Some(DocumentId::random().to_string());
        assert_eq!(
            Invite::from_code(&leaky.to_code()),
            Err(InviteError::Malformed)
        );
    }
}
