//! Importing clients, contacts and tasks from CSV files other tools export
//! (ClickUp, Airtable, a spreadsheet, our own exports).
//!
//! The file is read into a [`Sheet`] ([`sheet`]), its columns are mapped
//! to fields ([`Mapping`]), and each row becomes a record through the same
//! domain command a form uses, so a bad row is reported field by field as a
//! form would be ([`plan`]). Every row has a stable key ([`row_key`]): the
//! source's id when a column holds one, else a hash of the row. The
//! workspace writes every good row in one change with an [`ImportMark`] per
//! key, and skips keys it already holds, so importing a file twice writes
//! nothing the second time and a failure writes nothing at all.

use autosurgeon::{Hydrate, Reconcile};

use super::coded::coded_enum;
use super::ids::Id;
use super::Millis;

mod mapping;
mod plan;
mod sheet;

pub use mapping::{normalise, Mapping};
pub use plan::{plan, row_key, Counts, Draft, Lookup, Outcome, Plan, PlannedRow};
pub use sheet::{decode, read_sheet, Sheet, SheetError, SheetRow, MAX_ROWS};

coded_enum! {
    /// What a file's rows become.
    pub enum Target ("import-target") {
        #[default]
        Tasks = "tasks",
        Clients = "clients",
        Contacts = "contacts",
    }
}

coded_enum! {
    /// A field a column can fill. Codes are the field names the domain
    /// commands report problems under, so a problem finds its column.
    pub enum Field ("import-field") {
        /// The record's id in the tool it comes from: what recognises a row
        /// imported before.
        #[default]
        SourceId = "source_id",
        Title = "title",
        Name = "name",
        Description = "description",
        Company = "company",
        Status = "status",
        Priority = "priority",
        DueOn = "due_on",
        Assignee = "assignee",
        Owner = "owner",
        Client = "client_id",
        BlockedReason = "blocked_reason",
        Notes = "notes",
        ContactName = "contact_name",
        Role = "role",
        Email = "email",
        Phone = "phone",
    }
}

impl Target {
    /// The fields a row of this kind has, in the order a form asks them.
    pub fn fields(self) -> &'static [Field] {
        use Field::*;
        match self {
            Target::Tasks => &[
                SourceId,
                Title,
                Description,
                Status,
                Priority,
                DueOn,
                Assignee,
                Client,
                BlockedReason,
            ],
            Target::Clients => &[
                SourceId,
                Name,
                Company,
                Status,
                Owner,
                Notes,
                ContactName,
                Email,
                Phone,
            ],
            Target::Contacts => &[SourceId, Client, Name, Role, Email, Phone],
        }
    }
}

/// That the row with key `key` was imported (team document, keyed by the
/// key): the ledger an import checks before writing, so the same file
/// imported again adds nothing.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct ImportMark {
    pub key: String,
    pub target: Target,
    /// The task or client written; for a contact, its client.
    pub record: Id,
    /// The contact written, for a contact.
    pub contact: Option<Id>,
    pub imported_at: Millis,
    pub imported_by: Id,
}

#[cfg(test)]
mod tests;
