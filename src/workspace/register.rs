//! Writing the document register, whose entries live in one of two
//! documents: confidential ones in the leadership document, the rest in the
//! team document (see `domain::register`). Changing an entry's
//! confidentiality to or from confidential moves it between them in one
//! user action.

use super::{DocHost, Workspace};
use crate::doc::DocError;
use crate::domain::action::Action;
use crate::domain::register::{ConfidentialEntry, Filing, RegisterEntry, TeamEntry};
use crate::domain::validation::Invalid;

impl<H: DocHost> Workspace<H> {
    /// Register entry `id` as this device holds it. Should an entry be in
    /// both documents (see [`Workspace::file_entry`]), the confidential copy
    /// is the one shown, so that the stricter marking wins.
    pub fn register_entry(&self, id: &str) -> Result<Option<RegisterEntry>, DocError> {
        if let Some(leadership) = self.leadership() {
            if let Some(entry) = leadership.read(|d| d.get::<ConfidentialEntry>(id))? {
                return Ok(Some(entry.into_entry()));
            }
        }
        let entry = self.team().read(|d| d.get::<TeamEntry>(id))?;
        Ok(entry.map(TeamEntry::into_entry))
    }

    /// Writes `entry` into the document its confidentiality names and
    /// removes any copy of it from the other document: a move, when the
    /// confidentiality changed to or from confidential. A team device holds
    /// no leadership document, so writing a confidential entry there fails
    /// before anything is written.
    ///
    /// The two documents cannot change in one transaction, so the entry is
    /// written where it belongs first and only then removed from the other
    /// document: a failure in between leaves two copies (the confidential
    /// one shown, and the next save removes the other), never none. An edit
    /// made meanwhile on another device to the copy that moved away is
    /// lost when the devices meet: Automerge lets the removal of the record
    /// win over changes inside it. Moved both ways at once on two devices,
    /// the entry ends up in both documents until it is saved again.
    pub fn file_entry(&self, action: Action, entry: RegisterEntry) -> Result<(), DocError> {
        let id = entry.id.clone();
        let label = entry.title.clone();
        match Filing::of(entry) {
            Filing::Team(filed) => {
                self.change_team(action, &label, |w| w.put(&id, &filed))?;
                let Some(leadership) = self.leadership() else {
                    return Ok(());
                };
                if leadership
                    .read(|d| d.get::<ConfidentialEntry>(&id))?
                    .is_some()
                {
                    self.change_leadership(action, &label, |w| w.remove::<ConfidentialEntry>(&id))?;
                }
            }
            Filing::Leadership(filed) => {
                self.change_leadership(action, &label, |w| w.put(&id, &filed))?;
                if self.team().read(|d| d.get::<TeamEntry>(&id))?.is_some() {
                    self.change_team(action, &label, |w| w.remove::<TeamEntry>(&id))?;
                }
            }
        }
        Ok(())
    }

    /// Applies `edit` to the current state of register entry `id` (in
    /// whichever document holds it) and files the result (see
    /// [`Workspace::file_entry`]); returns the entry as written. An entry
    /// removed meanwhile is reported as `Unknown` on `field`.
    pub fn edit_register_entry(
        &self,
        id: &str,
        field: &'static str,
        edit: impl FnOnce(&mut RegisterEntry) -> Result<(), Invalid>,
    ) -> Result<RegisterEntry, DocError> {
        let mut entry = self
            .register_entry(id)?
            .ok_or_else(|| Invalid::unknown(field))?;
        edit(&mut entry)?;
        self.file_entry(Action::DocumentEdit, entry.clone())?;
        Ok(entry)
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
