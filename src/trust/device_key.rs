//! This device's own key pair: Ed25519 in WebCrypto, made on the device with
//! a private key that cannot be exported, and kept in IndexedDB (which stores
//! the key object itself, not its bytes). The device proves itself to a relay
//! by signing its challenge; the private key never leaves the browser.

use std::rc::Rc;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use handover_invite::PublicKey;
use indexed_db_futures::database::Database;
use js_sys::{Array, ArrayBuffer, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CryptoKey, CryptoKeyPair, SubtleCrypto};

use crate::store::{Settings, StoreError};

/// Why the device key could not be made, read or used.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum KeyError {
    /// WebCrypto exists only on pages served over https (or from this
    /// computer); the browser offers no Ed25519 without it.
    #[error("this browser cannot make a device key here (open the app over https)")]
    Unavailable,
    #[error("the browser refused: {0}")]
    Browser(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<JsValue> for KeyError {
    fn from(value: JsValue) -> Self {
        KeyError::Browser(
            value
                .dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
                .unwrap_or_else(|| format!("{value:?}")),
        )
    }
}

/// The device's key pair.
#[derive(Clone)]
pub struct DeviceKey {
    private: CryptoKey,
    public: PublicKey,
}

impl DeviceKey {
    /// This device's key, made and stored on first use.
    pub async fn load_or_create(db: Rc<Database>) -> Result<DeviceKey, KeyError> {
        let settings = Settings::new(db);
        let pair = match settings.device_key_pair().await? {
            Some(pair) => pair,
            None => {
                let pair = generate().await?;
                settings.save_device_key_pair(&pair).await?;
                pair
            }
        };
        Ok(DeviceKey {
            public: export_public(&pair.get_public_key()).await?,
            private: pair.get_private_key(),
        })
    }

    pub fn public(&self) -> PublicKey {
        self.public
    }

    /// The signature of `message`, base64url, as the trust crate reads it.
    pub async fn sign(&self, message: &[u8]) -> Result<String, KeyError> {
        let promise =
            subtle()?.sign_with_object_and_u8_array(&ed25519()?, &self.private, message)?;
        let signature = JsFuture::from(promise).await?;
        Ok(URL_SAFE_NO_PAD.encode(bytes_of(&signature)?))
    }
}

fn subtle() -> Result<SubtleCrypto, KeyError> {
    let crypto = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .ok_or(KeyError::Unavailable)?;
    // `subtle` is undefined outside secure contexts.
    let subtle = Reflect::get(&crypto, &"subtle".into()).map_err(|_| KeyError::Unavailable)?;
    subtle.dyn_into().map_err(|_| KeyError::Unavailable)
}

fn ed25519() -> Result<Object, KeyError> {
    let algorithm = Object::new();
    Reflect::set(&algorithm, &"name".into(), &"Ed25519".into())?;
    Ok(algorithm)
}

async fn generate() -> Result<CryptoKeyPair, KeyError> {
    let usages = Array::of2(&"sign".into(), &"verify".into());
    let promise = subtle()?
        .generate_key_with_object(&ed25519()?, false, &usages)
        .map_err(|_| KeyError::Unavailable)?;
    let pair = JsFuture::from(promise)
        .await
        .map_err(|_| KeyError::Unavailable)?;
    Ok(pair.unchecked_into())
}

async fn export_public(key: &CryptoKey) -> Result<PublicKey, KeyError> {
    let raw = JsFuture::from(subtle()?.export_key("raw", key)?).await?;
    PublicKey::from_bytes(&bytes_of(&raw)?)
        .map_err(|err| KeyError::Browser(format!("the device key is damaged: {err}")))
}

fn bytes_of(buffer: &JsValue) -> Result<Vec<u8>, KeyError> {
    let buffer = buffer
        .dyn_ref::<ArrayBuffer>()
        .ok_or_else(|| KeyError::Browser("not bytes".into()))?;
    Ok(Uint8Array::new(buffer).to_vec())
}
