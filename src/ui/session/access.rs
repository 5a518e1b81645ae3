//! Letting people in and out: invites, revocations and delegations. The
//! CEO's device signs with the workspace key; while a handover runs, the
//! acting CEO's device signs with its own key under the handover's
//! delegation (`crate::trust::delegation`), and every invite or revocation it
//! makes is written to the handover's decision log for the CEO's review.

use handover_invite::{Declaration, Delegation, Grant, Issuer, Revocation, Unsigned};
use leptos::prelude::*;

use super::sync::{days, failed, field_problem, now_s};
use super::Session;
use crate::domain::access::{
    newest_first, protected_grants, standing_emergency, DelegationRecord, IssuedInvite,
};
use crate::domain::action::Action;
use crate::domain::handover::{log_decision, running, DecisionInput, Handover};
use crate::domain::ids::new_id;
use crate::domain::people::{MemberInput, Role, NAME_MAX};
use crate::domain::validation::{Checker, Invalid, Problem};
use crate::store::Settings;
use crate::sync::invite::Invite;
use crate::trust::delegation::{acting_issuer, for_handover};
use crate::trust::device_key::DeviceKey;
use crate::trust::relay_auth;
use crate::ui::i18n::I18n;
use crate::ui::widgets::{now_ms, SaveError};

/// How long an invited device's grant is valid. The invite is no bearer
/// secret for long: the first device to present it binds it to its key.
const INVITE_DAYS: i64 = 365;
/// How long a standing emergency delegation is valid before the CEO signs
/// a new one.
const EMERGENCY_DAYS: i64 = 365;

/// Who signs an invite or a revocation on this device.
enum Signer {
    Workspace(handover_invite::KeyPair),
    /// The acting CEO's device, under `handover`'s delegation.
    Delegate {
        device: DeviceKey,
        issuer: Issuer,
        handover: Box<Handover>,
    },
}

impl Signer {
    async fn grant(&self, mut grant: Grant) -> Result<String, SaveError> {
        match self {
            Signer::Workspace(key) => Ok(grant.sign(key)),
            Signer::Delegate { device, issuer, .. } => {
                grant.issuer = Some(issuer.clone());
                sign_with(device, grant.unsigned()).await
            }
        }
    }

    async fn revocation(&self, mut revocation: Revocation) -> Result<String, SaveError> {
        match self {
            Signer::Workspace(key) => Ok(revocation.sign(key)),
            Signer::Delegate { device, issuer, .. } => {
                revocation.issuer = Some(issuer.clone());
                sign_with(device, revocation.unsigned()).await
            }
        }
    }

    fn delegation_id(&self) -> Option<String> {
        match self {
            Signer::Workspace(_) => None,
            Signer::Delegate { issuer, .. } => issuer.delegation_id(),
        }
    }
}

async fn sign_with(device: &DeviceKey, unsigned: Unsigned) -> Result<String, SaveError> {
    let signature = device
        .sign(unsigned.message())
        .await
        .map_err(|err| SaveError::Failed(err.to_string()))?;
    Ok(unsigned.finish(&signature))
}

pub(super) fn not_allowed(field: &'static str) -> SaveError {
    let mut check = Checker::new();
    check.fail(field, Problem::NotAllowed);
    SaveError::Invalid(check.finish(()).unwrap_err())
}

impl Session {
    /// Whether this device may invite and revoke now: it holds the
    /// workspace key, or its user acts for the CEO under a delegation that
    /// every relay accepts. Tracks the running handover.
    pub fn can_invite(&self) -> bool {
        self.holds_workspace_key() || self.acting_as_ceo().is_some()
    }

    /// The running handover this device's user acts for the CEO in, with
    /// the issuer it signs as; `None` if it may not (tracking handovers).
    fn acting_as_ceo(&self) -> Option<(Issuer, Handover)> {
        let workspace = self.workspace_key_public()?;
        let device = self
            .device
            .with_value(|d| d.as_ref().map(DeviceKey::public))?;
        let handovers = self.leadership_records.handovers.values();
        let handover = running(&handovers)?;
        let issuer = acting_issuer(&workspace, &device, handover, &self.me(), now_s())?;
        // A delegation the CEO withdrew is refused by the relay; say so here
        // too rather than offer what will fail.
        let withdrawn = issuer
            .delegation_id()
            .and_then(|id| self.leadership_records.delegations.get(&id))
            .is_some_and(|record| record.with(|r| r.revoked_at.is_some()));
        (!withdrawn).then(|| (issuer, handover.clone()))
    }

    async fn signer(&self) -> Result<Signer, SaveError> {
        if self.holds_workspace_key() {
            return Ok(Signer::Workspace(self.workspace_key().await?));
        }
        let (issuer, handover) =
            untrack(|| self.acting_as_ceo()).ok_or_else(|| not_allowed("invite"))?;
        let device = self
            .device
            .get_value()
            .ok_or_else(|| not_allowed("invite"))?;
        Ok(Signer::Delegate {
            device,
            issuer,
            handover: Box::new(handover),
        })
    }

    /// An invite for `name` with `role` through this device's relay: for a
    /// new member, or for `member` again (a new device, renewing one whose
    /// access expired, or a new role). Under a delegation it never makes a
    /// CEO, and it is logged as a decision.
    pub async fn create_invite(
        &self,
        i18n: I18n,
        member: Option<String>,
        role: Role,
        name: &str,
    ) -> Result<Invite, SaveError> {
        let mut check = Checker::new();
        let name = check.required("name", name, NAME_MAX);
        check.finish(())?;
        let signer = self.signer().await?;
        if role == Role::Ceo && matches!(signer, Signer::Delegate { .. }) {
            return Err(not_allowed("role"));
        }
        let (_, own) = self.verified().ok_or_else(|| Invalid::unknown("relay"))?;
        let relay = own.relay.clone().ok_or_else(|| Invalid::unknown("relay"))?;
        // A new person is recorded now, by the inviting device: the device
        // that joins then links to this record (see
        // `Workspace::settle_membership`).
        let member = match member {
            Some(id) => id,
            None => {
                let input = MemberInput {
                    name: name.clone(),
                    role,
                    ..MemberInput::default()
                };
                self.add_member(&input)?.id
            }
        };
        let now = now_s();
        let grant = Grant {
            id: new_id(),
            member,
            name: name.clone(),
            role: role.code().to_string(),
            workspace: own.workspace.clone(),
            team: own.team.clone(),
            // Through a standard sync server the leadership records never
            // travel, so its invites name no leadership document at all.
            leadership: own
                .leadership
                .clone()
                .filter(|_| role.is_leadership() && relay.key.is_some()),
            relay: Some(relay),
            device: None,
            expires_at: now + days(INVITE_DAYS),
            issuer: None,
        };
        let invite = Invite::from_code(&signer.grant(grant.clone()).await?, now)
            .map_err(|err| SaveError::Failed(err.to_string()))?;
        let record = IssuedInvite {
            id: grant.id,
            member: grant.member,
            name: name.clone(),
            role: grant.role,
            issued_at: now,
            expires_at: grant.expires_at,
            revoked_at: None,
            issued_by: Some(self.me()),
            delegation: signer.delegation_id(),
        };
        self.keep_invite(&record).await?;
        let decision = i18n.t_args(
            "delegated-invite-decision",
            &[
                ("name", name.into()),
                ("role", i18n.t(role.message_id()).into()),
            ],
        );
        self.log_delegated(&signer, i18n, decision)?;
        Ok(invite)
    }

    /// Writes `invite` to the leadership document's list (or, on a device
    /// holding no leadership document, to this device's settings).
    async fn keep_invite(&self, invite: &IssuedInvite) -> Result<(), SaveError> {
        if self.holds_leadership() {
            self.change_leadership(Action::InviteCreate, &invite.name, |w| {
                w.put(&invite.id, invite)
            })?;
            return Ok(());
        }
        let settings = Settings::new(self.db.get_value());
        let mut issued = settings.issued_invites().await.map_err(failed)?;
        issued.retain(|i| i.id != invite.id);
        issued.push(invite.clone());
        settings.save_issued_invites(&issued).await.map_err(failed)
    }

    /// Writes what the acting CEO did under a delegation to the running
    /// handover's decision log; nothing for the CEO's own device.
    fn log_delegated(
        &self,
        signer: &Signer,
        i18n: I18n,
        decision: String,
    ) -> Result<(), SaveError> {
        let Signer::Delegate { handover, .. } = signer else {
            return Ok(());
        };
        let input = DecisionInput {
            decision,
            reason: i18n.t("delegated-decision-reason"),
            alternatives: String::new(),
            informed: String::new(),
            goal: None,
        };
        let logged = log_decision(handover, &input, &self.me(), now_ms())?;
        self.change_leadership(Action::DecisionLog, &logged.decision, |w| {
            w.put(&logged.id, &logged)
        })?;
        Ok(())
    }

    /// The invites the leadership document lists, newest first, tracking
    /// them; `None` on a device holding no leadership document.
    pub fn listed_invites(&self) -> Option<Vec<IssuedInvite>> {
        if !self.holds_leadership() {
            return None;
        }
        let mut invites = self.leadership_records.invites.values();
        newest_first(&mut invites);
        Some(invites)
    }

    /// The invites made for this workspace, newest first: the leadership
    /// document's list, or this device's own.
    pub async fn issued_invites(&self) -> Result<Vec<IssuedInvite>, SaveError> {
        if let Some(listed) = untrack(|| self.listed_invites()) {
            return Ok(listed);
        }
        let mut invites = Settings::new(self.db.get_value())
            .issued_invites()
            .await
            .map_err(failed)?;
        newest_first(&mut invites);
        Ok(invites)
    }

    /// Moves the invites a CEO's device listed in its own settings (before
    /// the list moved to the leadership document) into the leadership
    /// document, where the acting CEO sees them too.
    pub(super) async fn adopt_local_invites(&self) -> Result<(), SaveError> {
        if !self.holds_leadership() {
            return Ok(());
        }
        let settings = Settings::new(self.db.get_value());
        let local = settings.issued_invites().await.map_err(failed)?;
        if local.is_empty() {
            return Ok(());
        }
        let known = self.leadership_records.invites;
        self.change_leadership(Action::InviteAdopt, "", |w| {
            for invite in local.iter().filter(|i| !known.contains_untracked(&i.id)) {
                w.put(&invite.id, invite)?;
            }
            Ok(())
        })?;
        settings.save_issued_invites(&[]).await.map_err(failed)
    }

    /// Revokes grant `id` and every device that redeemed it: the relay
    /// closes their connections and refuses them from then on. `name` is
    /// whom it was for, for the decision log.
    pub async fn revoke(&self, i18n: I18n, id: &str, name: &str) -> Result<(), SaveError> {
        let signer = self.signer().await?;
        let now = now_s();
        let revocation = Revocation {
            grant: id.to_string(),
            workspace: self
                .profile
                .with_value(|p| p.workspace.clone())
                .unwrap_or_default(),
            revoked_at: now,
            issuer: None,
        };
        let token = signer.revocation(revocation).await?;
        self.send_revocation(&token).await?;
        self.mark_revoked(id, now).await?;
        let decision = i18n.t_args("delegated-revoke-decision", &[("name", name.into())]);
        self.log_delegated(&signer, i18n, decision)
    }

    async fn send_revocation(&self, token: &str) -> Result<(), SaveError> {
        match self.relay().filter(|r| r.key.is_some()) {
            Some(relay) => relay_auth::revoke(&relay.address, token)
                .await
                .map_err(|_| field_problem(Problem::Unreachable)),
            None => Ok(()),
        }
    }

    async fn mark_revoked(&self, id: &str, now: i64) -> Result<(), SaveError> {
        let invite = self
            .issued_invites()
            .await?
            .into_iter()
            .find(|i| i.id == id);
        match invite {
            Some(mut invite) => {
                invite.revoked_at = Some(now);
                self.keep_invite(&invite).await
            }
            None => Ok(()),
        }
    }

    /// The standing emergency delegations the CEO signed (tracking them).
    pub fn delegations(&self) -> Vec<DelegationRecord> {
        let mut all = self.leadership_records.delegations.values();
        all.sort_by(|a, b| b.from.cmp(&a.from).then_with(|| a.id.cmp(&b.id)));
        all
    }

    /// Signs a delegation for `member`'s verified devices, on the CEO's
    /// device: `None` when they have no verified device yet.
    async fn sign_delegation(
        &self,
        member: &str,
        make: impl FnOnce(&handover_invite::PublicKey, Vec<String>, Vec<String>) -> Option<Delegation>,
    ) -> Result<Option<String>, SaveError> {
        let workspace = self.workspace_key().await?;
        let devices = untrack(|| self.authors()).devices_of(member);
        let own = self.verified().map(|(_, g)| g.id).unwrap_or_default();
        let protected = protected_grants(&own, &self.issued_invites().await?);
        Ok(make(&workspace.public(), devices, protected).map(|d| d.sign(&workspace)))
    }

    /// On the CEO's device, as `handover` starts: the delegation that lets
    /// its acting CEO invite and revoke until after the CEO is back. `None`
    /// when the acting member has no verified device yet.
    pub async fn delegate_for(&self, handover: &Handover) -> Result<Option<String>, SaveError> {
        if !self.holds_workspace_key() {
            return Ok(None);
        }
        let name = self.member_name(&handover.acting).unwrap_or_default();
        self.sign_delegation(&handover.acting, |workspace, devices, protected| {
            for_handover(
                new_id(),
                workspace,
                handover,
                &name,
                devices,
                protected,
                now_s(),
            )
        })
        .await
    }

    /// Signs a standing emergency delegation for `member` and lists it.
    pub async fn sign_emergency_delegation(&self, member: &str) -> Result<(), SaveError> {
        let name = self.member_name(member).unwrap_or_default();
        let now = now_s();
        let id = new_id();
        let token = self
            .sign_delegation(member, |workspace, devices, protected| {
                Some(Delegation {
                    id: id.clone(),
                    workspace: workspace.to_string(),
                    member: member.to_string(),
                    name: name.clone(),
                    devices,
                    from: now,
                    until: now + days(EMERGENCY_DAYS),
                    emergency: true,
                    protected,
                })
                .filter(|d| !d.devices.is_empty())
            })
            .await?
            .ok_or_else(|| Invalid::unknown("member"))?;
        let record = DelegationRecord {
            id: id.clone(),
            token,
            member: member.to_string(),
            name: name.clone(),
            emergency: true,
            from: now,
            until: now + days(EMERGENCY_DAYS),
            revoked_at: None,
        };
        self.change_leadership(Action::DelegationSign, &name, |w| w.put(&id, &record))?;
        Ok(())
    }

    /// Withdraws delegation `id`: the relay refuses everything signed under
    /// it from now on, and the acting CEO can no longer use it.
    pub async fn withdraw_delegation(&self, id: &str) -> Result<(), SaveError> {
        let workspace = self.workspace_key().await?;
        let now = now_s();
        let token = Revocation {
            grant: id.to_string(),
            workspace: workspace.public().to_string(),
            revoked_at: now,
            issuer: None,
        }
        .sign(&workspace);
        self.send_revocation(&token).await?;
        self.update(
            id,
            "delegation",
            (Action::DelegationWithdraw, id),
            |record: &mut DelegationRecord| {
                record.revoked_at = Some(now);
                Ok(())
            },
        )?;
        Ok(())
    }

    /// On the Operations Assistant's device, as it starts emergency
    /// `handover`: the standing emergency delegation naming this device and
    /// this device's declaration of the emergency, which make it usable.
    /// `None` when the CEO signed none for this device.
    pub async fn declare_emergency(
        &self,
        handover: &Handover,
    ) -> Result<Option<(String, String)>, SaveError> {
        let Some(device) = self.device.get_value() else {
            return Ok(None);
        };
        let Some(workspace) = self.workspace_key_public() else {
            return Ok(None);
        };
        let records = untrack(|| self.leadership_records.delegations.values());
        let now = now_s();
        let usable = standing_emergency(&records, now)
            .into_iter()
            .find_map(|record| {
                let delegation = Delegation::verify_issued(&workspace, &record.token).ok()?;
                delegation
                    .names(&device.public())
                    .then_some((delegation, record.token.clone()))
            });
        let Some((delegation, token)) = usable else {
            return Ok(None);
        };
        let declaration = Declaration {
            delegation: delegation.id,
            handover: handover.id.clone(),
            declared_at: now,
        };
        let signed = sign_with(&device, declaration.unsigned()).await?;
        Ok(Some((token, signed)))
    }
}
