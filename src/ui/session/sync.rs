//! Trust and sync: starting a workspace (this device holds the workspace
//! key), joining one with an invite, re-verifying, connecting to the relay
//! with this device's key, making invites and revoking them.

use std::rc::Rc;

use handover_invite::{Grant, KeyPair, RelayRef};
use indexed_db_futures::database::Database;
use leptos::prelude::*;

use super::{Session, SessionError};
use crate::doc::DocumentId;
use crate::domain::ids::new_id;
use crate::domain::people::{create_member, Member, MemberInput, NAME_MAX};
use crate::domain::validation::{Checker, Invalid, Problem};
use crate::store::{DeviceProfile, LegacySync, LiveDoc, Settings};
use crate::sync::invite::{normalize_relay, Invite, InviteError};
use crate::sync::relay_client::{RelayAuth, RelayClient};
use crate::sync::relay_connection::SyncStatus;
use crate::trust::device_key::{DeviceKey, KeyError};
use crate::trust::relay_auth;
use crate::ui::widgets::{now_ms, SaveError};
use crate::workspace::Workspace;

/// What the sync indicator shows: `None` until the device has a relay.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SyncView {
    pub status: Option<SyncStatus>,
    /// Local changes the relay has not acknowledged.
    pub pending: usize,
}

/// How long the grant of the device that starts a workspace is valid.
const OWN_GRANT_DAYS: i64 = 5 * 365;
pub(super) fn now_s() -> i64 {
    now_ms() / 1000
}

pub(super) fn days(n: i64) -> i64 {
    n * 24 * 60 * 60
}

impl Session {
    /// Starts a new workspace with this device's user as its first member:
    /// makes the workspace key, this device's key and its own grant, and the
    /// team document (and, for leadership, the leadership document).
    pub async fn start(
        db: Rc<Database>,
        input: &MemberInput,
        owner: Owner,
    ) -> Result<Session, SessionError> {
        let member = create_member(input, |_| false, now_ms()).map_err(SessionError::Invalid)?;
        let workspace = new_workspace_key(&db).await?;
        let leadership = member
            .role
            .is_leadership()
            .then(|| DocumentId::random().to_string());
        let grant = own_grant(
            &device_key(&db).await?,
            &member,
            &workspace,
            DocumentId::random().to_string(),
            leadership,
        );
        let profile = DeviceProfile {
            member_id: member.id.clone(),
            team_doc: grant.team.clone(),
            workspace: Some(grant.workspace.clone()),
            grant: Some(grant.sign(&workspace)),
            legacy_leadership_doc: None,
            legacy_sync: None,
            joined_as: None,
        };
        let session = Session::begin(db, profile, owner).await?;
        session
            .workspace
            .with_value(|w| w.settle_membership(&member.name, now_ms()))
            .map_err(|err| SessionError::Other(err.to_string()))?;
        Ok(session)
    }

    /// Joins the workspace of `invite` on this new device as `name`. The
    /// member record is written (or found, when leadership added this
    /// person before inviting them) once the team document has synced.
    pub async fn join(
        db: Rc<Database>,
        invite: &Invite,
        name: &str,
        owner: Owner,
    ) -> Result<Session, SessionError> {
        let mut check = Checker::new();
        let name = check.required("name", name, NAME_MAX);
        check.finish(()).map_err(SessionError::Invalid)?;
        // The key is made before joining: the relay binds the invite to it.
        device_key(&db).await?;
        let profile = DeviceProfile {
            member_id: invite.grant.member.clone(),
            team_doc: invite.grant.team.clone(),
            workspace: Some(invite.grant.workspace.clone()),
            grant: Some(invite.to_code().to_string()),
            legacy_leadership_doc: None,
            legacy_sync: None,
            joined_as: Some(name),
        };
        Session::begin(db, profile, owner).await
    }

    /// Replaces this device's grant with a new invite made for the same
    /// member (after expiry, or on a device from before grants). The page
    /// reloads to open with it; nothing stored is lost.
    pub async fn reverify(&self, code: &str) -> Result<(), SaveError> {
        let invite = Invite::from_code(code, now_s()).map_err(invite_problem)?;
        let mut profile = self.profile.get_value();
        if invite.grant.member != profile.member_id || invite.grant.team != profile.team_doc {
            return Err(invite_problem(InviteError::Malformed));
        }
        device_key(&self.db.get_value())
            .await
            .map_err(|err| SaveError::Failed(format!("{err:?}")))?;
        profile.workspace = Some(invite.grant.workspace.clone());
        profile.grant = Some(invite.to_code().to_string());
        self.save_profile(profile).await?;
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
        Ok(())
    }

    /// Connects to the relay this device's grant names, if any, replacing
    /// any earlier connection. The leadership document goes only to a relay
    /// that proves the key the grant names; a standard sync server gets the
    /// team document only.
    pub(super) fn start_sync(&self) {
        let Some((token, grant)) = self.verified() else {
            return;
        };
        let Some(relay) = grant.relay.clone() else {
            return;
        };
        let view = self.sync;
        let session = *self;
        let docs = self.workspace.with_value(Workspace::relay_documents);
        let on_status = Box::new(move |status, pending| {
            view.set(SyncView {
                status: Some(status),
                pending,
            })
        });
        let on_ephemeral = Box::new(move |doc: &str, data: &[u8]| session.on_signal(doc, data));
        let Some(key) = relay.key.and_then(|key| key.parse().ok()) else {
            let client = RelayClient::start(relay.address, None, docs, on_status, on_ephemeral);
            self.relay.set_value(Some(client));
            return;
        };
        let Some(device) = self.device.get_value() else {
            return view.set(SyncView {
                status: Some(SyncStatus::Refused("device-key".into())),
                pending: 0,
            });
        };
        let auth = RelayAuth {
            expected: key,
            device,
            token,
        };
        let client = RelayClient::start(relay.address, Some(auth), docs, on_status, on_ephemeral);
        self.relay.set_value(Some(client));
    }

    /// The grant token and what it grants, when the grant stands.
    pub(super) fn verified(&self) -> Option<(String, Grant)> {
        self.workspace.with_value(Workspace::verified)
    }

    pub(super) fn relay(&self) -> Option<RelayRef> {
        self.workspace.with_value(|w| w.relay().cloned())
    }

    /// Whether this device syncs through a standard automerge-repo sync
    /// server (team records only).
    pub fn syncs_with_open_server(&self) -> bool {
        self.relay().is_some_and(|r| r.key.is_none())
    }

    /// The relay address this device syncs through.
    pub fn relay_address(&self) -> Option<String> {
        self.relay().map(|r| r.address)
    }

    /// The relay's key, as this device's grant names it.
    pub fn relay_key(&self) -> Option<String> {
        self.relay().and_then(|r| r.key)
    }

    /// Whether this device holds the workspace key, with a grant that
    /// stands: the CEO's device, which sets up the relay and signs
    /// delegations.
    pub fn holds_workspace_key(&self) -> bool {
        self.holds_workspace_key.get() && self.unverified().is_none()
    }

    pub(super) async fn workspace_key(&self) -> Result<KeyPair, SaveError> {
        let settings = Settings::new(self.db.get_value());
        settings
            .workspace_key()
            .await
            .map_err(failed)?
            .map(KeyPair::from_seed)
            .ok_or_else(|| Invalid::unknown("relay").into())
    }

    /// The workspace's public key, for starting the relay.
    pub async fn public_key(&self) -> Result<String, SaveError> {
        Ok(self.workspace_key().await?.public().to_string())
    }

    pub(super) async fn save_profile(&self, profile: DeviceProfile) -> Result<(), SaveError> {
        Settings::new(self.db.get_value())
            .save_profile(&profile)
            .await
            .map_err(failed)?;
        self.profile.set_value(profile);
        Ok(())
    }

    /// Sets the relay on the device holding the workspace key and connects.
    /// The relay's key is learned now, from the relay proving it (the CEO
    /// typed the address), and every invite made afterwards names it. `open`
    /// is for a standard automerge-repo sync server, which proves nothing.
    pub async fn connect_relay(&self, address: &str, open: bool) -> Result<(), SaveError> {
        let address =
            normalize_relay(address).map_err(|_| field_problem(Problem::InvalidAddress))?;
        let key = if open {
            None
        } else {
            let key = relay_auth::relay_key(&address)
                .await
                .map_err(|_| field_problem(Problem::Unreachable))?;
            Some(key.to_string())
        };
        let workspace = self.workspace_key().await?;
        let (_, mut grant) = self.verified().ok_or_else(|| Invalid::unknown("relay"))?;
        grant.relay = Some(RelayRef { address, key });
        let token = grant.sign(&workspace);
        let mut profile = self.profile.get_value();
        profile.grant = Some(token.clone());
        self.save_profile(profile).await?;
        self.workspace.update_value(|w| w.regrant(token, grant));
        self.start_sync();
        Ok(())
    }
}

/// Checks the stored grant; on a device from before grants that holds the
/// workspace key (the CEO's), signs its grant anew once, from what it holds.
/// Returns the profile to use and whether the device holds the key.
pub(super) async fn verify_or_migrate(
    db: &Rc<Database>,
    mut profile: DeviceProfile,
    team: &Rc<LiveDoc>,
    device: &Result<DeviceKey, KeyError>,
) -> Result<(DeviceProfile, bool), SessionError> {
    let settings = Settings::new(db.clone());
    let Some(seed) = settings
        .workspace_key()
        .await
        .map_err(|err| SessionError::Other(err.0))?
    else {
        return Ok((profile, false));
    };
    if profile.grant.is_some() {
        return Ok((profile, true));
    }
    let workspace = KeyPair::from_seed(seed);
    // Read once it has loaded rather than loading it at once, which would
    // hold the tab; how loading ended is told when the session waits for
    // it (`Session::when_loaded`).
    let _ = team.loaded().await;
    let member: Option<Member> =
        team.read(|doc| doc.get::<Member>(&profile.member_id).ok().flatten());
    let Some(member) = member else {
        return Ok((profile, true));
    };
    let leadership = profile.legacy_leadership_doc.take();
    let team = profile.team_doc.clone();
    let device = device
        .as_ref()
        .map_err(|err| SessionError::Other(err.to_string()))?;
    let mut grant = own_grant(device, &member, &workspace, team, leadership);
    grant.relay = match profile.legacy_sync.take() {
        Some(legacy) => legacy_relay(legacy).await,
        None => None,
    };
    profile.workspace = Some(grant.workspace.clone());
    profile.grant = Some(grant.sign(&workspace));
    settings
        .save_profile(&profile)
        .await
        .map_err(|err| SessionError::Other(err.0))?;
    Ok((profile, true))
}

/// The relay a device from before grants synced through, with the key the
/// relay proves now (as when the CEO connects it in Settings); `None` when
/// it does not answer, and the CEO connects it again in Settings.
async fn legacy_relay(legacy: LegacySync) -> Option<RelayRef> {
    let key = match legacy.token {
        Some(_) => Some(relay_auth::relay_key(&legacy.relay).await.ok()?.to_string()),
        None => None,
    };
    Some(RelayRef {
        address: legacy.relay,
        key,
    })
}

/// The grant of the device holding the workspace key, bound to this
/// device's key, for `member` of `team` (and `leadership`).
fn own_grant(
    device: &DeviceKey,
    member: &Member,
    workspace: &KeyPair,
    team: String,
    leadership: Option<String>,
) -> Grant {
    Grant {
        id: new_id(),
        member: member.id.clone(),
        name: member.name.clone(),
        role: member.role.code().to_string(),
        workspace: workspace.public().to_string(),
        team,
        leadership,
        relay: None,
        device: Some(device.public().to_string()),
        expires_at: now_s() + days(OWN_GRANT_DAYS),
        issuer: None,
    }
}

/// Makes and keeps the workspace signing key of a new workspace.
async fn new_workspace_key(db: &Rc<Database>) -> Result<KeyPair, SessionError> {
    // Two random UUIDs: 244 bits from the browser's secure random source.
    let mut seed = [0u8; 32];
    seed[..16].copy_from_slice(uuid::Uuid::new_v4().as_bytes());
    seed[16..].copy_from_slice(uuid::Uuid::new_v4().as_bytes());
    Settings::new(db.clone())
        .save_workspace_key(&seed)
        .await
        .map_err(|err| SessionError::Other(err.0))?;
    Ok(KeyPair::from_seed(seed))
}

async fn device_key(db: &Rc<Database>) -> Result<DeviceKey, SessionError> {
    DeviceKey::load_or_create(db.clone())
        .await
        .map_err(|err| SessionError::Other(err.to_string()))
}

pub(super) fn field_problem(problem: Problem) -> SaveError {
    let mut check = Checker::new();
    check.fail("relay", problem);
    SaveError::Invalid(check.finish(()).unwrap_err())
}

fn invite_problem(err: InviteError) -> SaveError {
    SaveError::Failed(err.to_string())
}

pub(super) fn failed(err: crate::store::StoreError) -> SaveError {
    SaveError::Failed(err.0)
}
