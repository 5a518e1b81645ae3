//! The document register as the desk writes and reads it: an entry lives in
//! the team or the leadership document by its confidentiality, and the
//! workspace moves it when that changes (see `workspace::register`).

use leptos::prelude::*;

use super::Session;
use crate::domain::action::Action;
use crate::domain::register::{
    edit_entry, register_entry, EntryInput, RegisterEntry, Rules, TeamEntry,
};
use crate::ui::widgets::{now_ms, SaveError};

impl Session {
    /// What the register form's checks need: who may own a document, and
    /// whether this device can keep a confidential entry (only one holding
    /// the leadership document can).
    pub fn register_rules(&self) -> Rules<impl Fn(&str) -> bool + Copy> {
        Rules {
            is_member: self.is_member(),
            leadership: self.holds_leadership(),
        }
    }

    /// Validates the register form's `input` and files the new entry.
    pub fn register_document(&self, input: &EntryInput) -> Result<RegisterEntry, SaveError> {
        let entry = register_entry(input, &self.register_rules(), &self.me(), now_ms())?;
        self.workspace
            .with_value(|w| w.file_entry(Action::DocumentRegister, entry.clone()))?;
        Ok(entry)
    }

    /// Applies a form edit of entry `id` (from the values it opened with,
    /// `original`, to `edited`) to its current state, moving it to the
    /// other document when its confidentiality says so.
    pub fn edit_document(
        &self,
        id: &str,
        original: &EntryInput,
        edited: &EntryInput,
    ) -> Result<RegisterEntry, SaveError> {
        let rules = self.register_rules();
        let entry = self.workspace.with_value(|w| {
            w.edit_register_entry(id, "title", |entry| {
                edit_entry(entry, original, edited, &rules)
            })
        })?;
        Ok(entry)
    }

    /// Reads register entry `id` untracked, from whichever document holds
    /// it (the confidential copy first, as the workspace reads it).
    pub fn with_register_entry<R>(
        &self,
        id: &str,
        read: impl FnOnce(&RegisterEntry) -> R,
    ) -> Option<R> {
        let confidential = self.leadership_records.confidential_register;
        if let Some(entry) = confidential.get_untracked_signal(id) {
            return Some(entry.with_untracked(|e| read(e)));
        }
        let entry = self.records.register.get_untracked_signal(id)?;
        Some(entry.with_untracked(|e| read(e)))
    }

    /// Register entry `id` as its current state, from whichever document
    /// holds it (the confidential copy first, as the workspace reads it);
    /// tracks that one record, not the collections' id sets.
    pub fn register_entry(&self, id: &str) -> Option<Signal<RegisterEntry>> {
        let confidential = self.leadership_records.confidential_register;
        if let Some(entry) = confidential.get_untracked_signal(id) {
            return Some(Signal::derive(move || entry.with(|e| (**e).clone())));
        }
        let entry = self.records.register.get_untracked_signal(id)?;
        Some(Signal::derive(move || {
            entry.with(|e: &TeamEntry| (**e).clone())
        }))
    }
}
