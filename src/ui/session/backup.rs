//! Backups of this device: the file (every document it holds and its
//! harmless settings, see `workspace::backup`), restoring one by merging it
//! in, and the dates the reminder reads, kept in this device's settings.

use leptos::prelude::*;

use super::sync::failed;
use super::Session;
use crate::domain::backup::{file_name, BackupState};
use crate::store::Settings;
use crate::ui::i18n::I18n;
use crate::ui::widgets::{device_zone, download_text, now_ms, SaveError};
use crate::workspace::backup::{Backup, DeviceSettings, RestoreError, Restored};

/// How much of the team document's id names the workspace in file names:
/// the workspace has no name of its own.
const WORKSPACE_LABEL_LEN: usize = 8;

impl Session {
    /// This device's backup dates, read from its settings once (and begun
    /// now, the first time).
    pub async fn load_backups(&self) -> Result<BackupState, SaveError> {
        if let Some(state) = self.backups.get_untracked() {
            return Ok(state);
        }
        let settings = Settings::new(self.db.get_value());
        let state = match settings.backups().await.map_err(failed)? {
            Some(state) => state,
            None => {
                let state = BackupState::new(now_ms());
                settings.save_backups(&state).await.map_err(failed)?;
                state
            }
        };
        self.backups.set(Some(state));
        Ok(state)
    }

    /// This device's backup dates once loaded (tracking them).
    pub fn backups(&self) -> Option<BackupState> {
        self.backups.get()
    }

    async fn keep_backups(&self, state: BackupState) -> Result<(), SaveError> {
        Settings::new(self.db.get_value())
            .save_backups(&state)
            .await
            .map_err(failed)?;
        self.backups.set(Some(state));
        Ok(())
    }

    /// Notes that the backup reminder was shown now.
    pub async fn note_reminded(&self) -> Result<(), SaveError> {
        let state = self.load_backups().await?.reminded(now_ms());
        self.keep_backups(state).await
    }

    /// Offers the backup file of everything this device holds for download
    /// and notes when.
    pub async fn back_up(&self, i18n: I18n) -> Result<(), SaveError> {
        let now = now_ms();
        let state = self.load_backups().await?.backed_up(now);
        let device = DeviceSettings {
            member: self.me(),
            language: Some(i18n.locale().code().to_string()),
            relay: self.relay_address(),
            backups: Some(state),
        };
        let key = self.profile.with_value(|p| p.workspace.clone());
        let backup = self.workspace.with_value(|w| w.backup(key, device, now));
        let (team, _) = self.document_ids();
        let label: String = team.chars().take(WORKSPACE_LABEL_LEN).collect();
        let name = file_name(&label, now, &device_zone());
        download_text(&name, "application/json", &backup.encode())
            .map_err(|err| SaveError::Failed(format!("{err:?}")))?;
        self.keep_backups(state).await
    }

    /// Merges a backup file into the documents this device holds (see
    /// `Workspace::restore`); the merge is saved and synced like any
    /// change from another device.
    pub fn restore(&self, file: &[u8]) -> Result<Restored, RestoreError> {
        let backup = Backup::decode(file)?;
        let key = self.profile.with_value(|p| p.workspace.clone());
        self.workspace
            .with_value(|w| w.restore(&backup, key.as_deref()))
    }
}
