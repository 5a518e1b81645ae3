//! The open workspace, without a UI: this device's user, the documents it
//! holds, and what the workspace key signed about it. Every write goes
//! through here, attributed to the user and routed to the document that
//! holds the collection; every decision about who may see what reads the
//! verified grant held here, never a member record.
//!
//! The documents are reached through [`DocHost`]: in the browser a
//! `store::LiveDoc` (kept in IndexedDB, shared with other tabs), in the
//! native tests and tools a [`MemoryDoc`]. The Leptos session (`ui::session`)
//! is a thin reactive layer over a `Workspace<LiveDoc>`.

use std::rc::Rc;

use handover_invite::{Grant, RelayRef};

use crate::doc::{
    ChangeHash, ChangeMeta, Collection, DocError, DocKind, Document, LogCursor, LoggedChange,
    Record, Writer,
};
use crate::domain::action::Action;
use crate::domain::people::{create_member, Member, MemberInput, Role};
use crate::domain::validation::Invalid;
use crate::domain::Millis;
use crate::sync::policy;
use crate::trust::Unverified;

pub mod backup;
pub mod events;
mod exchange;
mod host;
mod register;
pub mod supplies;

pub use host::{DocHost, MemoryDoc};

/// The workspace as this device holds it.
pub struct Workspace<H> {
    me: String,
    team: Rc<H>,
    leadership: Option<Rc<H>>,
    /// This device's grant token, as stored.
    token: Option<String>,
    /// That grant as the workspace key signed it, or why there is none: the
    /// only source of the role and of the leadership document.
    grant: Result<Grant, Unverified>,
}

/// The leadership document a device may open: the one its verified grant
/// names, and none without one (whatever a member record says).
pub fn leadership_document(grant: &Result<Grant, Unverified>) -> Option<&str> {
    grant.as_ref().ok()?.leadership.as_deref()
}

impl<H: DocHost> Workspace<H> {
    /// The workspace of member `me`, holding `team` and (when its grant
    /// names it, see [`leadership_document`]) `leadership`.
    pub fn new(
        me: &str,
        (token, grant): (Option<String>, Result<Grant, Unverified>),
        team: Rc<H>,
        leadership: Option<Rc<H>>,
    ) -> Self {
        Self {
            me: me.to_string(),
            team,
            leadership,
            token,
            grant,
        }
    }

    /// The member id of this device's user.
    pub fn me(&self) -> &str {
        &self.me
    }

    pub fn team(&self) -> &Rc<H> {
        &self.team
    }

    /// The leadership document; `None` on a team device.
    pub fn leadership(&self) -> Option<&Rc<H>> {
        self.leadership.as_ref()
    }

    /// Runs `edit` on the team document as one change by this device's user.
    pub fn change_team<R>(
        &self,
        action: Action,
        label: &str,
        edit: impl FnOnce(&mut Writer<'_, '_>) -> Result<R, DocError>,
    ) -> Result<R, DocError> {
        self.team
            .change(&ChangeMeta::new(&self.me, action, label), edit)
    }

    /// Runs `edit` on the leadership document as one change by this device's
    /// user. Fails on a team device, which holds no leadership document.
    pub fn change_leadership<R>(
        &self,
        action: Action,
        label: &str,
        edit: impl FnOnce(&mut Writer<'_, '_>) -> Result<R, DocError>,
    ) -> Result<R, DocError> {
        let meta = ChangeMeta::new(&self.me, action, label);
        match &self.leadership {
            Some(doc) => doc.change(&meta, edit),
            None => Err(DocError::WrongDocument(DocKind::Leadership.code())),
        }
    }

    /// Applies `edit` to the current state of record `id` of kind `T`
    /// and writes it back, in one change by this device's user in whichever
    /// document holds the collection; returns the record as written. Editing
    /// the current state (not the copy a form opened with) is what keeps a
    /// concurrent change to another field. A record removed meanwhile on
    /// another device is reported as `Unknown` on `field`. The change is
    /// recorded as `action` on `label` (a name a person recognises).
    pub fn update<T: Record>(
        &self,
        id: &str,
        field: &'static str,
        (action, label): (Action, &str),
        edit: impl FnOnce(&mut T) -> Result<(), Invalid>,
    ) -> Result<T, DocError> {
        let write = |w: &mut Writer<'_, '_>| {
            let mut record: T = w.get(id)?.ok_or_else(|| Invalid::unknown(field))?;
            edit(&mut record)?;
            w.put(id, &record)?;
            Ok(record)
        };
        match T::COLLECTION.doc_kind() {
            DocKind::Team => self.change_team(action, label, write),
            DocKind::Leadership => self.change_leadership(action, label, write),
        }
    }

    /// Writes this user's member record as `name` (with the role the grant
    /// names) unless the team document already has one, and says whether it
    /// wrote it. A device that joined calls this only once it holds what the
    /// relay holds: the invite may have been made for a person leadership
    /// added earlier, and two devices each creating the record would leave
    /// Automerge to keep one of the two and hide the other's fields (the
    /// department, the contact details), where waiting links the device to
    /// the existing person.
    pub fn settle_membership(&self, name: &str, now: Millis) -> Result<bool, DocError> {
        let me = self.me.clone();
        let role = self.my_role().unwrap_or_default();
        self.change_team(Action::MemberJoin, name, |w| {
            if w.get::<Member>(&me)?.is_some() {
                return Ok(false);
            }
            let input = MemberInput {
                name: name.to_string(),
                role,
                ..MemberInput::default()
            };
            let member = Member {
                id: me.clone(),
                ..create_member(&input, |_| false, now)?
            };
            w.put(&me, &member)?;
            Ok(true)
        })
    }

    /// The document of `kind`, if this device holds it.
    fn holding(&self, kind: DocKind) -> Option<&Rc<H>> {
        match kind {
            DocKind::Team => Some(&self.team),
            DocKind::Leadership => self.leadership.as_ref(),
        }
    }

    /// The current heads of the team and leadership documents (the latter
    /// empty on team devices), as text, for records that remember a moment
    /// in the history (a handover's start).
    pub fn heads(&self) -> (Vec<String>, Vec<String>) {
        let text = |kind| {
            self.holding(kind)
                .map(|doc| doc.read(Document::heads))
                .unwrap_or_default()
                .iter()
                .map(ToString::to_string)
                .collect()
        };
        (text(DocKind::Team), text(DocKind::Leadership))
    }

    /// Every change of document `kind` not covered by `heads` (text hashes
    /// from [`Workspace::heads`]; all changes for none), with the records
    /// each wrote. Empty for a document this device does not hold.
    /// Unreadable hashes are skipped, which lists more changes rather than
    /// fewer.
    pub fn change_log(&self, kind: DocKind, heads: &[String]) -> Vec<LoggedChange> {
        let heads: Vec<ChangeHash> = heads.iter().filter_map(|h| h.parse().ok()).collect();
        self.holding(kind)
            .map(|doc| doc.read(|doc| doc.change_log(&heads)))
            .unwrap_or_default()
    }

    /// The changes of document `kind` since `cursor` last read them (see
    /// [`Document::change_log_from`]). None for a document this device does
    /// not hold, and the cursor stays where it was.
    pub fn change_log_from(&self, kind: DocKind, cursor: &mut LogCursor) -> Vec<LoggedChange> {
        self.holding(kind)
            .map(|doc| doc.read(|doc| doc.change_log_from(cursor)))
            .unwrap_or_default()
    }

    /// The crisis a crisis entry belonged to when change `created` (hex) was
    /// made: how an entry that has since been removed is still placed.
    pub fn crisis_of_entry_at(&self, entry: &str, created: &str) -> Option<String> {
        let heads = [created.parse::<ChangeHash>().ok()?];
        self.leadership
            .as_ref()?
            .read(|doc| doc.text_at(Collection::CrisisEntries, entry, "crisis_id", &heads))
    }

    /// The ids of the documents this device holds.
    pub fn document_ids(&self) -> (String, Option<String>) {
        let id = |doc: &Rc<H>| doc.read(|d| d.id().to_string());
        (id(&self.team), self.leadership.as_ref().map(id))
    }

    /// This user's role as the workspace key signed it; `None` without a
    /// verified grant. Decisions read this, never the member record.
    pub fn my_role(&self) -> Option<Role> {
        Role::from_code(&self.grant.as_ref().ok()?.role)
    }

    /// Why this device has no verified grant, if it has none.
    pub fn unverified(&self) -> Option<Unverified> {
        self.grant.as_ref().err().copied()
    }

    /// The grant token and what it grants, when the grant stands.
    pub fn verified(&self) -> Option<(String, Grant)> {
        let grant = self.grant.clone().ok()?;
        Some((self.token.clone()?, grant))
    }

    /// Takes a new grant signed for this device (the relay it names
    /// changed).
    pub fn regrant(&mut self, token: String, grant: Grant) {
        self.token = Some(token);
        self.grant = Ok(grant);
    }

    /// The relay this device's verified grant names.
    pub fn relay(&self) -> Option<&RelayRef> {
        self.grant.as_ref().ok()?.relay.as_ref()
    }

    /// The documents to sync through the relay the grant names, as the
    /// sharing policy decides; none without a relay or a verified grant.
    pub fn relay_documents(&self) -> Vec<Rc<H>> {
        let Some(relay) = self.relay() else {
            return Vec::new();
        };
        let (team, leadership) = self.document_ids();
        let shared = policy::relay_documents(&team, leadership.as_deref(), relay);
        std::iter::once(&self.team)
            .chain(&self.leadership)
            .filter(|doc| doc.read(|d| shared.iter().any(|id| id == d.id().as_str())))
            .cloned()
            .collect()
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
