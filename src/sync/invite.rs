//! Invites as people pass them around: the grant token itself (signed by the
//! workspace key, see `handover_invite::Grant`), as a code or in a
//! `/join#<token>` link. Everything that matters — role, documents, relay and
//! its key, the workspace key — is inside what was signed, so editing any of
//! it breaks the signature.

use handover_invite::{Grant, TokenError};

use crate::doc::DocumentId;
use crate::domain::people::Role;

/// Why an invite or a relay address was refused. Each has a message id.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InviteError {
    #[error("not an invite code")]
    Malformed,
    #[error("the invite was changed after it was made")]
    Tampered,
    #[error("the invite expired")]
    Expired,
    #[error("not a relay address")]
    BadRelay,
}

impl InviteError {
    pub fn message_id(&self) -> &'static str {
        match self {
            InviteError::Malformed => "invite-error-malformed",
            InviteError::Tampered => "invite-error-tampered",
            InviteError::Expired => "invite-error-expired",
            InviteError::BadRelay => "invite-error-relay",
        }
    }
}

/// An invite that opened: its token and what it grants.
#[derive(Debug, Clone, PartialEq)]
pub struct Invite {
    token: String,
    pub grant: Grant,
}

impl Invite {
    /// The code to paste: the token.
    pub fn to_code(&self) -> &str {
        &self.token
    }

    /// A link that opens the join page with this invite (the part after
    /// `#` never reaches a server).
    pub fn link(&self, origin: &str) -> String {
        format!("{}/join#{}", origin.trim_end_matches('/'), self.token)
    }

    /// Reads a pasted code or link at `now` (Unix seconds), and checks that
    /// the workspace key it names signed it and that it holds what a device
    /// needs to join: a relay address, valid document ids and a known role.
    pub fn from_code(text: &str, now: i64) -> Result<Invite, InviteError> {
        let token = text.trim().rsplit(['#', '=']).next().unwrap_or_default();
        let grant = Grant::open(token, now).map_err(|err| match err {
            TokenError::Expired => InviteError::Expired,
            TokenError::BadSignature => InviteError::Tampered,
            _ => InviteError::Malformed,
        })?;
        let docs_valid = grant.team.parse::<DocumentId>().is_ok()
            && grant
                .leadership
                .as_deref()
                .is_none_or(|id| id.parse::<DocumentId>().is_ok());
        let role = Role::from_code(&grant.role);
        let leadership_fits = grant.leadership.is_none() || role.is_some_and(Role::is_leadership);
        if !docs_valid || role.is_none() || !leadership_fits || !grant.is_invite() {
            return Err(InviteError::Malformed);
        }
        let relay = grant.relay.as_ref().ok_or(InviteError::BadRelay)?;
        if normalize_relay(&relay.address)? != relay.address {
            return Err(InviteError::BadRelay);
        }
        Ok(Invite {
            token: token.to_string(),
            grant,
        })
    }

    pub fn role(&self) -> Role {
        Role::from_code(&self.grant.role).unwrap_or_default()
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
        && !rest.contains(|c: char| c == '?' || c == '#' || c.is_whitespace() || c.is_control())
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

/// The WebSocket address of handover-relay's `/sync`, opened with a
/// single-use ticket.
pub fn ticket_url(relay: &str, ticket: &str) -> String {
    format!("{}/sync?ticket={ticket}", relay.trim_end_matches('/'))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
