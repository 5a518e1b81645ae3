//! A backup file of the workspace as this device holds it, and restoring
//! one by merging it in.
//!
//! The file is a small JSON envelope that says what it is
//! (`"format": "handover-backup"`, `"version": 1`), which workspace it
//! belongs to (the team document's id and the workspace's public key),
//! when it was made, this device's settings, and each document's complete
//! Automerge bytes in base64 with their SHA-256. It never holds a secret:
//! not the device key (WebCrypto keeps it unexportable anyway), not the
//! workspace signing key, not the grant, not the invites this device made
//! (an unredeemed invite lets anyone join). A restore needs none of them:
//! it merges into a workspace this device has already opened.
//!
//! Restoring merges, it never overwrites: Automerge keeps every change of
//! both sides, so an edit made after the backup survives, and whatever the
//! backup holds that is missing here comes back. Everything is checked
//! before anything is merged, so a file refused for any reason changes
//! nothing.

use std::rc::Rc;

use automerge::Automerge;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::{DocHost, Workspace};
use crate::doc::{merge_chunk, DocError, DocKind, Document, DocumentId};
use crate::domain::backup::BackupState;
use crate::domain::Millis;

/// What the file says it is.
const FORMAT: &str = "handover-backup";
/// The newest layout this version writes and reads.
const VERSION: u32 = 1;

/// Which workspace a backup belongs to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WorkspaceIds {
    /// The team document's id: one per workspace, the same on every device.
    pub team: String,
    /// The workspace's public key, where the device knew it.
    #[serde(default)]
    pub key: Option<String>,
}

/// The settings of the device that made a backup, all of them harmless to
/// read: whose device it was and how it was set up.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeviceSettings {
    /// The member using the device.
    pub member: String,
    #[serde(default)]
    pub language: Option<String>,
    /// The relay the device synced through.
    #[serde(default)]
    pub relay: Option<String>,
    #[serde(default)]
    pub backups: Option<BackupState>,
}

/// A backup: the envelope's facts and each document's bytes.
#[derive(Debug, Clone, PartialEq)]
pub struct Backup {
    pub created_at: Millis,
    pub workspace: WorkspaceIds,
    pub device: DeviceSettings,
    documents: Vec<Part>,
}

#[derive(Debug, Clone, PartialEq)]
struct Part {
    kind: DocKind,
    id: String,
    bytes: Vec<u8>,
}

/// The file as written. Field order is kept: the format and version come
/// first, so a person opening the file sees what it is.
#[derive(Serialize, Deserialize)]
struct Envelope {
    format: String,
    version: u32,
    created_at: Millis,
    workspace: WorkspaceIds,
    device: DeviceSettings,
    documents: Vec<StoredPart>,
}

#[derive(Serialize, Deserialize)]
struct StoredPart {
    kind: String,
    id: String,
    sha256: String,
    bytes: String,
}

/// Why a file was not restored. Nothing was merged in any case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RestoreError {
    /// The file is something else entirely.
    NotABackup,
    /// Made by a newer version of Handover.
    Newer,
    /// A backup, but not whole or not as written.
    Damaged,
    /// A backup of another workspace.
    OtherWorkspace,
    /// Merging failed on this device.
    Failed(String),
}

impl RestoreError {
    /// The i18n message id that says why.
    pub fn message_id(&self) -> &'static str {
        match self {
            RestoreError::NotABackup => "backup-not-a-backup",
            RestoreError::Newer => "backup-too-new",
            RestoreError::Damaged => "backup-damaged",
            RestoreError::OtherWorkspace => "backup-other-workspace",
            RestoreError::Failed(_) => "backup-failed",
        }
    }
}

/// What a restore did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Restored {
    /// When the backup was made.
    pub created_at: Millis,
    /// The member whose device made it.
    pub member: String,
    /// Records added or changed here by merging it in.
    pub records: usize,
    /// The backup held the leadership document, which this device does not
    /// hold: that part was left out and stored nowhere.
    pub leadership_refused: bool,
}

impl Backup {
    /// The backup as the text of its file.
    pub fn encode(&self) -> String {
        let documents = self
            .documents
            .iter()
            .map(|part| StoredPart {
                kind: part.kind.code().to_string(),
                id: part.id.clone(),
                sha256: hex::encode(Sha256::digest(&part.bytes)),
                bytes: STANDARD.encode(&part.bytes),
            })
            .collect();
        let envelope = Envelope {
            format: FORMAT.to_string(),
            version: VERSION,
            created_at: self.created_at,
            workspace: self.workspace.clone(),
            device: self.device.clone(),
            documents,
        };
        serde_json::to_string(&envelope).expect("a backup serialises")
    }

    /// Reads a backup file, checking that it is one, that this version can
    /// read it, and that every document is as it was written (its bytes
    /// match their SHA-256). What the bytes hold is checked on restoring.
    pub fn decode(file: &[u8]) -> Result<Backup, RestoreError> {
        let value: serde_json::Value = match serde_json::from_slice(file) {
            Ok(value) => value,
            // A backup cut short is no longer JSON, but it still starts by
            // saying what it is.
            Err(_) if says_it_is_a_backup(file) => return Err(RestoreError::Damaged),
            Err(_) => return Err(RestoreError::NotABackup),
        };
        if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
            return Err(RestoreError::NotABackup);
        }
        let version = value.get("version").and_then(|v| v.as_u64());
        if version.is_some_and(|v| v > u64::from(VERSION)) {
            return Err(RestoreError::Newer);
        }
        let envelope: Envelope =
            serde_json::from_value(value).map_err(|_| RestoreError::Damaged)?;
        let documents = envelope
            .documents
            .into_iter()
            .map(Part::read)
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Backup {
            created_at: envelope.created_at,
            workspace: envelope.workspace,
            device: envelope.device,
            documents,
        })
    }
}

/// Whether `file` begins the way every backup file begins.
fn says_it_is_a_backup(file: &[u8]) -> bool {
    let start = format!(r#"{{"format":"{FORMAT}""#);
    file.starts_with(start.as_bytes())
}

impl Part {
    fn read(stored: StoredPart) -> Result<Part, RestoreError> {
        let kind = DocKind::from_code(&stored.kind).ok_or(RestoreError::Damaged)?;
        let bytes = STANDARD
            .decode(stored.bytes.as_bytes())
            .map_err(|_| RestoreError::Damaged)?;
        if hex::encode(Sha256::digest(&bytes)) != stored.sha256.to_ascii_lowercase() {
            return Err(RestoreError::Damaged);
        }
        Ok(Part {
            kind,
            id: stored.id,
            bytes,
        })
    }

    /// The document these bytes hold, checked strictly: every change whole,
    /// the document of the kind the file says, at a schema this app knows.
    fn load(&self) -> Result<Document, RestoreError> {
        let id: DocumentId = self.id.parse().map_err(|_| RestoreError::Damaged)?;
        let mut doc = Automerge::new();
        merge_chunk(&mut doc, &self.bytes).map_err(|_| RestoreError::Damaged)?;
        match Document::open(id, self.kind, doc) {
            Ok((doc, _)) => Ok(doc),
            Err(DocError::SchemaTooNew { .. }) => Err(RestoreError::Newer),
            Err(_) => Err(RestoreError::Damaged),
        }
    }
}

impl<H: DocHost> Workspace<H> {
    /// A backup of every document this device holds, made at `now`, with
    /// the workspace's public key `key` and this device's `settings`.
    pub fn backup(&self, key: Option<String>, device: DeviceSettings, now: Millis) -> Backup {
        let part = |kind: DocKind, doc: &Rc<H>| {
            doc.read(|d| Part {
                kind,
                id: d.id().to_string(),
                bytes: d.automerge().save(),
            })
        };
        let team = part(DocKind::Team, self.team());
        let leadership = self.leadership().map(|doc| part(DocKind::Leadership, doc));
        Backup {
            created_at: now,
            workspace: WorkspaceIds {
                team: team.id.clone(),
                key,
            },
            device,
            documents: std::iter::once(team).chain(leadership).collect(),
        }
    }

    /// Merges `backup` into the documents this device holds, for the
    /// workspace whose public key is `key` (where known). Refuses a backup of
    /// another workspace, and one whose documents are damaged or newer than
    /// this app, before merging anything. A leadership document on a device
    /// that holds none is left out, never stored.
    pub fn restore(&self, backup: &Backup, key: Option<&str>) -> Result<Restored, RestoreError> {
        let (team_id, leadership_id) = self.document_ids();
        let other_key =
            matches!((key, &backup.workspace.key), (Some(ours), Some(theirs)) if ours != theirs);
        if backup.workspace.team != team_id || other_key {
            return Err(RestoreError::OtherWorkspace);
        }
        let mut leadership_refused = false;
        let mut accepted = Vec::new();
        for part in &backup.documents {
            let (held, doc) = match part.kind {
                DocKind::Team => (Some(&team_id), self.team()),
                DocKind::Leadership => match self.leadership() {
                    Some(doc) => (leadership_id.as_ref(), doc),
                    None => {
                        leadership_refused = true;
                        continue;
                    }
                },
            };
            if held != Some(&part.id) {
                return Err(RestoreError::OtherWorkspace);
            }
            if accepted.iter().any(|(kind, _, _)| *kind == part.kind) {
                return Err(RestoreError::Damaged);
            }
            accepted.push((part.kind, doc, part.load()?));
        }
        if !accepted.iter().any(|(kind, _, _)| *kind == DocKind::Team) {
            return Err(RestoreError::Damaged);
        }
        let mut records = 0;
        for (_, doc, copy) in accepted {
            records += doc
                .merge(copy)
                .map_err(|err| RestoreError::Failed(err.to_string()))?;
        }
        Ok(Restored {
            created_at: backup.created_at,
            member: backup.device.member.clone(),
            records,
            leadership_refused,
        })
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
