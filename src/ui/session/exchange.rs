//! Export and import as the desks ask for them: the workspace's (see
//! `workspace::exchange`), with this device's clock and time zone.

use leptos::prelude::*;

use crate::doc::DocError;
use crate::domain::export::Desk;
use crate::domain::import::{Mapping, Plan, Sheet, Target};
use crate::ui::widgets::{device_zone, now_ms};

use super::Session;

impl Session {
    /// The readable JSON of everything this device holds.
    pub fn export_json(&self) -> String {
        self.workspace.with_value(|w| w.export_json(now_ms()))
    }

    /// The CSV file of `desk`, times in this device's zone.
    pub fn desk_csv(&self, desk: Desk) -> String {
        self.workspace
            .with_value(|w| w.desk_csv(desk, &device_zone()))
    }

    /// What importing `sheet` as `target` would do now.
    pub fn plan_import(&self, target: Target, sheet: &Sheet, mapping: &Mapping) -> Plan {
        self.workspace
            .with_value(|w| w.plan_import(target, sheet, mapping, device_zone(), now_ms()))
    }

    /// Writes the new rows of `plan` in one change named `label`; how many
    /// it wrote.
    pub fn import(&self, plan: &Plan, label: &str) -> Result<usize, DocError> {
        self.workspace
            .with_value(|w| w.import(plan, label, now_ms()))
    }
}
