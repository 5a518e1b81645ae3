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
}

const PROFILE_KEY: &str = "device-profile";

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
        let tx = self.db.transaction(SETTINGS).build()?;
        let value: Option<JsValue> = tx.object_store(SETTINGS)?.get(PROFILE_KEY).await?;
        let Some(text) = value.and_then(|v| v.as_string()) else {
            return Ok(None);
        };
        serde_json::from_str(&text)
            .map(Some)
            .map_err(|err| StoreError(format!("the device profile is damaged: {err}")))
    }

    pub async fn save_profile(&self, profile: &DeviceProfile) -> Result<(), StoreError> {
        let text = serde_json::to_string(profile).expect("profiles serialise");
        let tx = self
            .db
            .transaction(SETTINGS)
            .with_mode(TransactionMode::Readwrite)
            .build()?;
        tx.object_store(SETTINGS)?
            .put(JsValue::from_str(&text))
            .with_key(PROFILE_KEY)
            .await?;
        tx.commit().await?;
        Ok(())
    }
}
