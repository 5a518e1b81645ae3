//! People and departments: leadership adds a person directly (perhaps one
//! who will never have a device), departments are kept as records, and a
//! device that joined links to its member record once it holds the team
//! document (see `Workspace::settle_membership`).

use leptos::prelude::*;

use super::access::not_allowed;
use super::Session;
use crate::domain::action::Action;
use crate::domain::departments::{create_department, Department};
use crate::domain::messages::{Recipient, RecipientKind};
use crate::domain::people::{create_member, Member, MemberInput};
use crate::sync::relay_connection::SyncStatus;
use crate::ui::widgets::{now_ms, SaveError};

impl Session {
    /// Adds a person to the workspace on a leadership device: they can be
    /// assigned tasks, invited to meetings and sent messages at once, and
    /// invited to use a device of their own later.
    pub fn add_member(&self, input: &MemberInput) -> Result<Member, SaveError> {
        if !self.my_role().is_some_and(|role| role.is_leadership()) {
            return Err(not_allowed("name"));
        }
        let member = create_member(input, self.is_department(), now_ms())?;
        self.change_team(Action::MemberAdd, &member.name, |w| {
            w.put(&member.id, &member)
        })?;
        Ok(member)
    }

    /// Adds a department, refusing a name another department has.
    pub fn add_department(&self, name: &str) -> Result<Department, SaveError> {
        let names = self.records.departments.values();
        let department = create_department(name, names.iter().map(|d| d.name.as_str()), now_ms())?;
        self.change_team(Action::DepartmentCreate, &department.name, |w| {
            w.put(&department.id, &department)
        })?;
        Ok(department)
    }

    /// Whether `id` names a department.
    pub fn is_department(&self) -> impl Fn(&str) -> bool + Copy {
        let departments = self.records.departments;
        move |id| departments.contains_untracked(id)
    }

    /// The name of department `id`, if known (tracked).
    pub fn department_name(&self, id: &str) -> Option<String> {
        self.records
            .departments
            .get_untracked_signal(id)
            .map(|d| d.with(|d| d.name.clone()))
    }

    /// The current name of what a recipient key names (`member:<id>`,
    /// `department:<id>`, see `Recipient::key`), or of a bare member id
    /// (tracked): messages and request referrals name their target so.
    pub fn recipient_name(&self, key: &str) -> Option<String> {
        match Recipient::from_key(key) {
            Some(r) if r.kind == RecipientKind::Department => self.department_name(&r.id),
            Some(r) => self.member_name(&r.id),
            None => self.member_name(key),
        }
    }

    /// On a device that joined as `name`: once the team document is in step
    /// with the relay, lists this device (`device`, its public key) in it,
    /// links it to its member record (or writes one, for an invite nobody
    /// recorded) and forgets the name.
    ///
    /// Both wait for the team document: written into the device's still
    /// empty copy, they would be a change beside the whole history rather
    /// than after it, which the relay can only answer by testing every
    /// change it holds against the device's Bloom filter before it sends
    /// the document (250 ms for the busy year), and which the device then
    /// merges into the document it was sent.
    pub(super) fn settle_membership_when_synced(&self, name: String, device: Option<String>) {
        let session = *self;
        Effect::new(move |settled: Option<bool>| {
            if settled == Some(true) {
                return true;
            }
            let synced = session
                .sync
                .with(|view| matches!(view.status, Some(SyncStatus::Synced { .. })));
            if !synced {
                return false;
            }
            if let Some(key) = &device {
                session.list_device(key);
            }
            let written = session
                .workspace
                .with_value(|w| w.settle_membership(&name, now_ms()));
            session.notices.report(written);
            leptos::task::spawn_local(async move {
                let mut profile = session.profile.get_value();
                profile.joined_as = None;
                if let Err(err) = session.save_profile(profile).await {
                    leptos::logging::warn!("the joining name stays stored: {err:?}");
                }
            });
            true
        });
    }
}
