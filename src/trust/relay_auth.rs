//! Proving this device to a relay, and the relay to this device, over HTTP
//! before the WebSocket opens (see `handover_invite::auth`): what reaches the
//! WebSocket URL is a single-use ticket that dies within seconds.

use handover_invite::{device_statement, Challenge, Proof, PublicKey, Refused, Ticket};
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Request, RequestInit, Response};

use super::device_key::{DeviceKey, KeyError};
use crate::domain::ids::new_id;

/// Why a relay would not let this device in.
#[derive(Debug, Clone, PartialEq)]
pub enum AuthError {
    /// Unreachable, or not answering as a Handover relay: try again later.
    Offline,
    /// The server did not prove the key the grant names: it is not the
    /// workspace's relay, and gets nothing.
    WrongRelay,
    /// The relay refused this device, with its reason code (`revoked`,
    /// `expired`, `redeemed-elsewhere`, ...).
    Refused(String),
    /// This device's key could not sign.
    Key(String),
}

impl AuthError {
    /// Whether trying again later may help.
    pub fn is_final(&self) -> bool {
        !matches!(self, AuthError::Offline)
    }

    /// The reason as a code for the sync indicator.
    pub fn code(&self) -> String {
        match self {
            AuthError::Offline => "offline".into(),
            AuthError::WrongRelay => "wrong-relay".into(),
            AuthError::Refused(code) => code.clone(),
            AuthError::Key(_) => "device-key".into(),
        }
    }
}

impl From<KeyError> for AuthError {
    fn from(err: KeyError) -> Self {
        AuthError::Key(err.to_string())
    }
}

/// The relay's HTTP address for its WebSocket address.
pub fn http_base(relay: &str) -> String {
    let relay = relay.trim_end_matches('/');
    match relay.split_once("://") {
        Some(("wss", rest)) => format!("https://{rest}"),
        Some((_, rest)) => format!("http://{rest}"),
        None => format!("http://{relay}"),
    }
}

/// The key a relay holds, as it proves it now: what the CEO's device pins
/// when it first connects (the CEO typed the address).
pub async fn relay_key(relay: &str) -> Result<PublicKey, AuthError> {
    let (nonce, challenge) = challenge(relay).await?;
    let key: PublicKey = challenge
        .relay_key
        .parse()
        .map_err(|_| AuthError::WrongRelay)?;
    challenge
        .verify(&nonce, &key)
        .map_err(|_| AuthError::WrongRelay)?;
    Ok(key)
}

/// Proves `device` with grant `token` to the relay that must hold
/// `expected`; returns the ticket for the WebSocket.
pub async fn authenticate(
    relay: &str,
    expected: &PublicKey,
    device: &DeviceKey,
    token: &str,
    tab: &str,
) -> Result<Ticket, AuthError> {
    let (nonce, challenge) = challenge(relay).await?;
    // Nothing is sent to a server that is not the named relay.
    challenge
        .verify(&nonce, expected)
        .map_err(|_| AuthError::WrongRelay)?;
    let signature = device
        .sign(&device_statement(
            &challenge.challenge,
            &expected.to_string(),
            token,
            tab,
        ))
        .await?;
    let proof = Proof {
        token: token.to_string(),
        device_key: device.public().to_string(),
        challenge: challenge.challenge,
        signature,
        tab: tab.to_string(),
    };
    post(&format!("{}/auth/session", http_base(relay)), &proof).await
}

/// Hands a signed revocation to the relay, which closes the revoked
/// devices' connections.
pub async fn revoke(relay: &str, token: &str) -> Result<(), AuthError> {
    let body = serde_json::json!({ "token": token });
    post::<serde_json::Value>(&format!("{}/revoke", http_base(relay)), &body)
        .await
        .map(drop)
}

async fn challenge(relay: &str) -> Result<(String, Challenge), AuthError> {
    let nonce = new_id();
    let body = serde_json::json!({ "nonce": nonce });
    let challenge = post(&format!("{}/auth/challenge", http_base(relay)), &body).await?;
    Ok((nonce, challenge))
}

/// POSTs `body` as JSON; a refusal's code comes back as `Refused`.
async fn post<T: DeserializeOwned>(url: &str, body: &impl Serialize) -> Result<T, AuthError> {
    let init = RequestInit::new();
    init.set_method("POST");
    init.set_body(&JsValue::from_str(
        &serde_json::to_string(body).expect("requests serialise"),
    ));
    let request = Request::new_with_str_and_init(url, &init).map_err(|_| AuthError::Offline)?;
    request
        .headers()
        .set("content-type", "application/json")
        .map_err(|_| AuthError::Offline)?;
    let window = web_sys::window().ok_or(AuthError::Offline)?;
    let response: Response = JsFuture::from(window.fetch_with_request(&request))
        .await
        .map_err(|_| AuthError::Offline)?
        .unchecked_into();
    let text = JsFuture::from(response.text().map_err(|_| AuthError::Offline)?)
        .await
        .ok()
        .and_then(|text| text.as_string())
        .ok_or(AuthError::Offline)?;
    if response.ok() {
        return serde_json::from_str(&text).map_err(|_| AuthError::Offline);
    }
    match serde_json::from_str::<Refused>(&text) {
        Ok(refused) if response.status() < 500 => Err(AuthError::Refused(refused.code)),
        _ => Err(AuthError::Offline),
    }
}
