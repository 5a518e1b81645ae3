//! This device's profile: who uses it and which documents it holds.

use std::rc::Rc;

use indexed_db_futures::database::Database;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::TransactionMode;
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;

use super::database::SETTINGS;
use super::StoreError;

/// Who uses this device and which documents of the workspace it holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeviceProfile {
    /// The member record (in the team document) of the device's user.
    pub member_id: String,
    pub team_doc: String,
    /// Only leadership devices hold the leadership document.
    pub leadership_doc: Option<String>,
    /// The relay this device syncs through, once set up.
    #[serde(default)]
    pub sync: Option<SyncSettings>,
}

/// Where and as whom a device syncs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SyncSettings {
    /// The relay's WebSocket address.
    pub relay: String,
    /// This device's signed invite token; `None` for a standard
    /// automerge-repo sync server, which checks nothing.
    pub token: Option<String>,
}

const PROFILE_KEY: &str = "device-profile";
/// The workspace signing key's seed, hex; only on the CEO's device.
const WORKSPACE_KEY: &str = "workspace-key";

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
        let Some(text) = self.get(PROFILE_KEY).await? else {
            return Ok(None);
        };
        serde_json::from_str(&text)
            .map(Some)
            .map_err(|err| StoreError(format!("the device profile is damaged: {err}")))
    }

    pub async fn save_profile(&self, profile: &DeviceProfile) -> Result<(), StoreError> {
        let text = serde_json::to_string(profile).expect("profiles serialise");
        self.put(PROFILE_KEY, &text).await
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

    async fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        let tx = self.db.transaction(SETTINGS).build()?;
        let value: Option<JsValue> = tx.object_store(SETTINGS)?.get(key).await?;
        Ok(value.and_then(|v| v.as_string()))
    }

    async fn put(&self, key: &str, text: &str) -> Result<(), StoreError> {
        let tx = self
            .db
            .transaction(SETTINGS)
            .with_mode(TransactionMode::Readwrite)
            .build()?;
        tx.object_store(SETTINGS)?
            .put(JsValue::from_str(text))
            .with_key(key)
            .await?;
        tx.commit().await?;
        Ok(())
    }
}
