//! This device's profile: who uses it and which documents it holds.

use std::rc::Rc;

use indexed_db_futures::database::Database;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::TransactionMode;
use js_sys::Reflect;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::CryptoKeyPair;

use super::database::SETTINGS;
use super::StoreError;
use crate::domain::access::IssuedInvite;
use crate::domain::backup::BackupState;

/// Who uses this device and which workspace it belongs to. What the device
/// may see and do comes from its grant alone (see `crate::trust`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeviceProfile {
    /// The member record (in the team document) of the device's user.
    pub member_id: String,
    pub team_doc: String,
    /// The workspace's public key, learned when this device started the
    /// workspace or opened its invite. `None` on devices from before grants.
    #[serde(default)]
    pub workspace: Option<String>,
    /// This device's grant: a token signed by the workspace key naming the
    /// member, role, documents and relay.
    #[serde(default)]
    pub grant: Option<String>,
    /// The leadership document of a device from before grants, read once to
    /// sign the CEO's device its grant (see `Session::open`).
    #[serde(default, rename = "leadership_doc", skip_serializing)]
    pub legacy_leadership_doc: Option<String>,
    /// The relay of a device from before grants, read once likewise.
    #[serde(default, rename = "sync", skip_serializing)]
    pub legacy_sync: Option<LegacySync>,
    /// The name the user joined with, kept until the team document shows
    /// whether leadership already recorded them (see
    /// `Workspace::settle_membership`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub joined_as: Option<String>,
}

/// Where a device from before grants synced.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LegacySync {
    pub relay: String,
    /// `None` for a standard sync server.
    pub token: Option<String>,
}

const PROFILE_KEY: &str = "device-profile";
/// The workspace signing key's seed, hex; only on the CEO's device.
const WORKSPACE_KEY: &str = "workspace-key";
/// This device's WebCrypto key pair (see `crate::trust::device_key`).
const DEVICE_KEY: &str = "device-key";
/// The invites this device made, JSON.
const ISSUED_INVITES: &str = "issued-invites";
/// When this device last made a backup and was reminded to, JSON.
const BACKUPS: &str = "backups";

/// Small JSON values in the settings store.
#[derive(Clone)]
pub struct Settings {
    db: Rc<Database>,
}

impl Settings {
    pub fn new(db: Rc<Database>) -> Self {
        Self { db }
    }

    /// The device profile, `None` on a device that has not joined a
    /// workspace yet.
    pub async fn profile(&self) -> Result<Option<DeviceProfile>, StoreError> {
        self.get_json(PROFILE_KEY, "the device profile").await
    }

    pub async fn save_profile(&self, profile: &DeviceProfile) -> Result<(), StoreError> {
        self.put_json(PROFILE_KEY, profile).await
    }

    /// The seed of the workspace signing key, if this device holds it.
    pub async fn workspace_key(&self) -> Result<Option<[u8; 32]>, StoreError> {
        let Some(text) = self.get(WORKSPACE_KEY).await? else {
            return Ok(None);
        };
        hex::decode(text.trim())
            .ok()
            .and_then(|bytes| bytes.try_into().ok())
            .map(Some)
            .ok_or_else(|| StoreError("the workspace key is damaged".into()))
    }

    pub async fn save_workspace_key(&self, seed: &[u8; 32]) -> Result<(), StoreError> {
        self.put(WORKSPACE_KEY, &hex::encode(seed)).await
    }

    /// This device's key pair, if it made one.
    pub async fn device_key_pair(&self) -> Result<Option<CryptoKeyPair>, StoreError> {
        let value = self.get_value(DEVICE_KEY).await?;
        // A key pair is a plain object holding two keys, not a class
        // instance, so it is checked by shape.
        Ok(value
            .filter(|v| Reflect::has(v, &"privateKey".into()).unwrap_or(false))
            .map(JsCast::unchecked_into))
    }

    pub async fn save_device_key_pair(&self, pair: &CryptoKeyPair) -> Result<(), StoreError> {
        self.put_value(DEVICE_KEY, pair).await
    }

    /// The invites this device made, oldest first.
    pub async fn issued_invites(&self) -> Result<Vec<IssuedInvite>, StoreError> {
        let invites = self.get_json(ISSUED_INVITES, "the list of invites").await?;
        Ok(invites.unwrap_or_default())
    }

    pub async fn save_issued_invites(&self, invites: &[IssuedInvite]) -> Result<(), StoreError> {
        self.put_json(ISSUED_INVITES, invites).await
    }

    /// This device's backup dates; `None` before they were first kept.
    pub async fn backups(&self) -> Result<Option<BackupState>, StoreError> {
        self.get_json(BACKUPS, "the backup dates").await
    }

    pub async fn save_backups(&self, state: &BackupState) -> Result<(), StoreError> {
        self.put_json(BACKUPS, state).await
    }

    /// The value kept as JSON under `key`; `what` names it when it is
    /// damaged.
    async fn get_json<T: DeserializeOwned>(
        &self,
        key: &str,
        what: &str,
    ) -> Result<Option<T>, StoreError> {
        let Some(text) = self.get(key).await? else {
            return Ok(None);
        };
        serde_json::from_str(&text)
            .map(Some)
            .map_err(|err| StoreError(format!("{what} is damaged: {err}")))
    }

    async fn put_json<T: Serialize + ?Sized>(
        &self,
        key: &str,
        value: &T,
    ) -> Result<(), StoreError> {
        let text = serde_json::to_string(value).expect("settings serialise");
        self.put(key, &text).await
    }

    async fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.get_value(key).await?.and_then(|v| v.as_string()))
    }

    async fn put(&self, key: &str, text: &str) -> Result<(), StoreError> {
        self.put_value(key, &JsValue::from_str(text)).await
    }

    async fn get_value(&self, key: &str) -> Result<Option<JsValue>, StoreError> {
        let tx = self.db.transaction(SETTINGS).build()?;
        Ok(tx.object_store(SETTINGS)?.get(key).await?)
    }

    async fn put_value(&self, key: &str, value: &JsValue) -> Result<(), StoreError> {
        let tx = self
            .db
            .transaction(SETTINGS)
            .with_mode(TransactionMode::Readwrite)
            .build()?;
        tx.object_store(SETTINGS)?.put(value).with_key(key).await?;
        tx.commit().await?;
        Ok(())
    }
}
