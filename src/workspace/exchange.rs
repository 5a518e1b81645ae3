//! Export and import: the readable JSON of every document this device
//! holds, CSV per desk, and the import of clients, contacts and tasks from
//! CSV rows (`domain::import`), written all at once and never twice.

use serde_json::{json, Map, Value};

use super::{DocHost, Workspace};
use crate::doc::{DocError, DocKind, Document, Record, Writer, SCHEMA_VERSION};
use crate::domain::action::Action;
use crate::domain::calendar::Zone;
use crate::domain::clients::Client;
use crate::domain::export::{desk_csv, Desk};
use crate::domain::import::{
    self, Draft, ImportMark, Lookup, Mapping, Plan, PlannedRow, Sheet, Target,
};
use crate::domain::people::Member;
use crate::domain::tasks::Task;
use crate::domain::Millis;

/// What the export file says it is, for a tool (or a later version) that
/// reads it back.
const FORMAT: &str = "handover-export";
const FORMAT_VERSION: u64 = 1;

/// Reading one record, from a document or within a change.
trait Read {
    fn holds<T: Record>(&self, id: &str) -> Option<T>;
}

impl Read for Document {
    fn holds<T: Record>(&self, id: &str) -> Option<T> {
        self.get(id).ok().flatten()
    }
}

impl Read for Writer<'_, '_> {
    fn holds<T: Record>(&self, id: &str) -> Option<T> {
        self.get(id).ok().flatten()
    }
}

/// Whether the workspace holds `row` already: its key is in the import
/// ledger, or the record with the source's id is here (a file this app
/// exported, imported back).
fn held(doc: &impl Read, row: &PlannedRow, draft: &Draft) -> bool {
    if doc.holds::<ImportMark>(&row.key).is_some() {
        return true;
    }
    let Some(source) = row.source_id.as_deref() else {
        return false;
    };
    match draft {
        Draft::Task(_) => doc.holds::<Task>(source).is_some(),
        Draft::Client(_) => doc.holds::<Client>(source).is_some(),
        Draft::Contact { client, .. } => doc
            .holds::<Client>(client)
            .is_some_and(|c| c.contacts.contains_key(source)),
    }
}

impl<H: DocHost> Workspace<H> {
    /// Every collection of every document this device holds, by key: the
    /// leadership document's only on a device that holds it.
    pub fn collections(&self) -> Map<String, Value> {
        let mut all = Map::new();
        for kind in DocKind::ALL {
            if let Some(doc) = self.holding(kind) {
                all.extend(doc.read(Document::collections_json));
            }
        }
        all
    }

    /// The readable JSON export of everything this device holds: each
    /// document's collections, each a map from record id to the record's
    /// fields, with what the file is and when it was made.
    pub fn export_json(&self, now: Millis) -> String {
        let mut file = json!({
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "schema": SCHEMA_VERSION,
            "exported_at": jiff::Timestamp::from_millisecond(now).map(|t| t.to_string()).unwrap_or_default(),
            "exported_by": self.me,
        });
        for kind in DocKind::ALL {
            if let Some(doc) = self.holding(kind) {
                file[kind.code()] = Value::Object(doc.read(Document::collections_json));
            }
        }
        serde_json::to_string_pretty(&file).unwrap_or_default()
    }

    /// The CSV file of `desk`, times in `zone`.
    pub fn desk_csv(&self, desk: Desk, zone: &Zone) -> String {
        desk_csv(desk, &self.collections(), zone)
    }

    /// What importing `sheet` as `target` with `mapping` would do: each row
    /// checked as the desk's form checks it, people and clients found by
    /// name among the workspace's, and rows the workspace holds already
    /// marked imported. Dates given as instants fall on days in `zone`.
    pub fn plan_import(
        &self,
        target: Target,
        sheet: &Sheet,
        mapping: &Mapping,
        zone: Zone,
        now: Millis,
    ) -> Plan {
        let mut lookup = Lookup::new(zone);
        self.team.read(|doc| {
            let members = doc.all::<Member>().map(|r| r.records).unwrap_or_default();
            for (_, member) in members.iter().filter(|(_, m)| m.active) {
                lookup.person(&member.id, &member.name, &member.email);
            }
            let clients = doc.all::<Client>().map(|r| r.records).unwrap_or_default();
            for (_, client) in &clients {
                lookup.client(&client.id, &client.name, &client.company);
            }
        });
        let mut plan = import::plan(target, sheet, mapping, &lookup, &self.me, now);
        self.team
            .read(|doc| plan.settle(|row, draft| held(doc, row, draft)));
        plan
    }

    /// Writes every new row of `plan` in one change named `label` (the
    /// file's name), each with its mark in the import ledger, and returns
    /// how many it wrote. Rows the workspace came to hold since the plan
    /// was made (another device imported the file meanwhile) are skipped;
    /// if any write fails, nothing is written.
    pub fn import(&self, plan: &Plan, label: &str, now: Millis) -> Result<usize, DocError> {
        let action = match plan.target {
            Target::Tasks => Action::TaskImport,
            Target::Clients => Action::ClientImport,
            Target::Contacts => Action::ContactImport,
        };
        self.change_team(action, label, |w| {
            let mut written = 0;
            for (row, draft) in plan.new_rows() {
                if held(w, row, draft) {
                    continue;
                }
                let (record, contact) = match draft {
                    Draft::Task(task) => {
                        w.put(&task.id, task)?;
                        (task.id.clone(), None)
                    }
                    Draft::Client(client) => {
                        w.put(&client.id, client)?;
                        (client.id.clone(), None)
                    }
                    Draft::Contact { client, contact } => {
                        w.put_entry::<Client, _>(client, "contacts", &contact.id, contact)?;
                        (client.clone(), Some(contact.id.clone()))
                    }
                };
                let mark = ImportMark {
                    key: row.key.clone(),
                    target: plan.target,
                    record,
                    contact,
                    imported_at: now,
                    imported_by: self.me.clone(),
                };
                w.put(&row.key, &mark)?;
                written += 1;
            }
            Ok(written)
        })
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
