//! Trust for a Handover workspace, with no I/O: the CEO's device holds the
//! workspace signing key (ed25519) and signs a [`Grant`] for each member's
//! device; relays and devices check grants against the workspace's public key,
//! so nothing a member can write — a member record, an edited invite, a peer
//! id — decides what anyone may see. See `auth` for how a device proves its
//! key to a relay and the relay proves its own, and `link` for how two
//! devices prove themselves to each other over a direct link, and
//! `delegation` for how the acting CEO invites and revokes while the CEO is
//! away.

mod auth;
mod delegation;
mod grant;
mod keys;
mod link;
mod revocation;
mod signed;

pub use auth::{device_statement, relay_statement, Challenge, Proof, Refused, Ticket};
pub use delegation::{Declaration, Delegation, Issuer};
pub use grant::{valid_id, Grant, RelayRef, ROLES};
pub use keys::{KeyPair, PublicKey};
pub use link::{link_statement, sdp_fingerprint, LinkProof};
pub use revocation::Revocation;
pub use signed::{Unsigned, MAX_TOKEN_LEN};

/// Why a token, key or signature was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TokenError {
    #[error("the token is not a Handover token")]
    Malformed,
    #[error("the token was made by another version of Handover")]
    UnknownVersion,
    #[error("the token was not signed by this workspace")]
    BadSignature,
    #[error("the token expired")]
    Expired,
    #[error("not a key")]
    BadKey,
    #[error("the relay is not the one the invite names")]
    WrongRelay,
    #[error("the grant belongs to another device")]
    WrongDevice,
    #[error("a delegation does not allow that")]
    BeyondDelegation,
    #[error("the emergency delegation was used without declaring an emergency")]
    NotDeclared,
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
