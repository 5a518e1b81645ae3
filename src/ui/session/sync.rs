//! Syncing the workspace through a relay: starting the connection, setting
//! the relay up on the CEO's device, making invites and joining with one.

use std::rc::Rc;

use handover_invite::{Grant, WorkspaceKey};
use indexed_db_futures::database::Database;
use leptos::prelude::*;

use super::{Session, SessionError};
use crate::domain::ids::new_id;
use crate::domain::people::{create_member, MemberInput, Role};
use crate::domain::validation::{Checker, Invalid, Problem};
use crate::store::{DeviceProfile, Settings, SyncSettings};
use crate::sync::invite::{normalize_relay, socket_url, Invite};
use crate::sync::relay_client::{RelayClient, SyncStatus};
use crate::ui::widgets::{now_ms, SaveError};

/// What the sync indicator shows: `None` until the device has a relay.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SyncView {
    pub status: Option<SyncStatus>,
    /// Local changes the relay has not acknowledged.
    pub pending: usize,
}

/// How long the CEO's own device token is valid.
const OWN_TOKEN_YEARS: i64 = 5;
/// How long an invite is valid.
const INVITE_DAYS: i64 = 365;

impl Session {
    /// Connects to the relay named in the profile, if any, replacing any
    /// earlier connection.
    pub(super) fn start_sync(&self) {
        let Some(settings) = self.profile.with_value(|p| p.sync.clone()) else {
            return;
        };
        // Each tab connects as its own peer, so several tabs can sync at once.
        let tab = new_id()[..12].to_string();
        let mut docs = vec![self.team.get_value()];
        let me = match &settings.token {
            Some(token) => match Grant::peek(token) {
                Ok(grant) => {
                    docs.extend(self.leadership.get_value());
                    format!("{}/{tab}", grant.peer)
                }
                Err(_) => {
                    self.sync.set(SyncView {
                        status: Some(SyncStatus::Refused(
                            "the invite on this device is damaged".into(),
                        )),
                        pending: 0,
                    });
                    return;
                }
            },
            // A standard sync server checks nothing: it only ever gets the
            // team document.
            None => format!("handover-{tab}"),
        };
        let url = socket_url(&settings.relay, settings.token.as_deref(), &tab);
        let view = self.sync;
        let session = *self;
        let client = RelayClient::start(
            url,
            &me,
            docs,
            Box::new(move |status, pending| {
                view.set(SyncView {
                    status: Some(status),
                    pending,
                })
            }),
            Box::new(move |doc, data| session.on_signal(doc, data)),
        );
        self.relay.set_value(Some(client));
    }

    /// Whether this device syncs through a standard automerge-repo sync
    /// server (no invites; team records only).
    pub fn syncs_with_open_server(&self) -> bool {
        self.profile
            .with_value(|p| p.sync.as_ref().is_some_and(|s| s.token.is_none()))
    }

    /// The relay address this device syncs through.
    pub fn relay_address(&self) -> Option<String> {
        self.profile
            .with_value(|p| p.sync.as_ref().map(|s| s.relay.clone()))
    }

    /// Only the CEO's device holds the workspace key and invites others.
    pub fn can_invite(&self) -> bool {
        self.holds_leadership() && self.my_member().is_some_and(|me| me.role == Role::Ceo)
    }

    /// The workspace key, created on first use and kept on this device.
    async fn workspace_key(&self) -> Result<WorkspaceKey, SaveError> {
        let settings = Settings::new(self.db.get_value());
        if let Some(seed) = settings.workspace_key().await.map_err(failed)? {
            return Ok(WorkspaceKey::from_seed(seed));
        }
        // Two random UUIDs: 244 bits from the browser's secure random source.
        let mut seed = [0u8; 32];
        seed[..16].copy_from_slice(uuid::Uuid::new_v4().as_bytes());
        seed[16..].copy_from_slice(uuid::Uuid::new_v4().as_bytes());
        settings.save_workspace_key(&seed).await.map_err(failed)?;
        Ok(WorkspaceKey::from_seed(seed))
    }

    /// The workspace's public key, for starting the relay.
    pub async fn public_key(&self) -> Result<String, SaveError> {
        Ok(self.workspace_key().await?.public().to_string())
    }

    fn grant(&self, peer: String, name: &str, role: Role, days: i64) -> Grant {
        let (team, leadership) = self.document_ids();
        let mut documents = vec![team];
        if role.is_leadership() {
            documents.extend(leadership);
        }
        Grant {
            id: new_id(),
            peer,
            name: name.to_string(),
            role: role.code().to_string(),
            documents,
            expires_at: now_ms() / 1000 + days * 24 * 60 * 60,
        }
    }

    /// Sets the relay on the CEO's device and connects to it. `open` is for a
    /// standard automerge-repo sync server, which takes no invites.
    pub async fn connect_relay(&self, address: &str, open: bool) -> Result<(), SaveError> {
        let relay = normalize_relay(address).map_err(|_| {
            let mut check = Checker::new();
            check.fail("relay", Problem::InvalidAddress);
            SaveError::Invalid(check.finish(()).unwrap_err())
        })?;
        let token = if open {
            None
        } else {
            let key = self.workspace_key().await?;
            let me = self.my_member().ok_or_else(|| Invalid::unknown("relay"))?;
            let peer = format!("device-{}", new_id());
            let grant = self.grant(peer, &me.name, me.role, OWN_TOKEN_YEARS * 365);
            Some(key.sign(&grant))
        };
        let mut profile = self.profile.get_value();
        profile.sync = Some(SyncSettings { relay, token });
        Settings::new(self.db.get_value())
            .save_profile(&profile)
            .await
            .map_err(failed)?;
        self.profile.set_value(profile);
        self.start_sync();
        Ok(())
    }

    /// An invite for `name` with `role` through this device's relay.
    pub async fn create_invite(&self, role: Role, name: &str) -> Result<Invite, SaveError> {
        let mut check = Checker::new();
        let name = check.required("name", name, crate::domain::people::NAME_MAX);
        check.finish(())?;
        let relay = self
            .relay_address()
            .ok_or_else(|| Invalid::unknown("relay"))?;
        let open = self.syncs_with_open_server();
        let token = if open {
            None
        } else {
            let key = self.workspace_key().await?;
            let peer = format!("device-{}", new_id());
            Some(key.sign(&self.grant(peer, &name, role, INVITE_DAYS)))
        };
        let (team, leadership) = self.document_ids();
        let team = team.parse().map_err(|_| SaveError::Failed(team.clone()))?;
        // A standard sync server never gets the leadership document.
        let leadership = match (role.is_leadership() && !open, leadership) {
            (true, Some(id)) => Some(id.parse().map_err(|_| SaveError::Failed(id.clone()))?),
            _ => None,
        };
        Invite::new(&relay, token, &team, leadership.as_ref(), role, &name)
            .map_err(|err| SaveError::Failed(err.to_string()))
    }

    /// Joins the workspace of `invite` on this new device as `name`.
    pub async fn join(
        db: Rc<Database>,
        invite: &Invite,
        name: &str,
        owner: Owner,
    ) -> Result<Session, SessionError> {
        let input = MemberInput {
            name: name.to_string(),
            role: invite.role(),
        };
        let member = create_member(&input, now_ms()).map_err(SessionError::Invalid)?;
        let profile = DeviceProfile {
            member_id: member.id.clone(),
            team_doc: invite.team_doc.clone(),
            leadership_doc: invite.leadership_doc.clone(),
            sync: Some(SyncSettings {
                relay: invite.relay.clone(),
                token: invite.token.clone(),
            }),
        };
        Session::begin(db, profile, &member, owner).await
    }
}

fn failed(err: crate::store::StoreError) -> SaveError {
    SaveError::Failed(err.0)
}
