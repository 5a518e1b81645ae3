//! Onboarding and offboarding: editable checklist templates, and checklists
//! started from them for a client.

use std::collections::BTreeMap;

use autosurgeon::{Hydrate, Reconcile};

use super::calendar::{add_days, day_of, day_text, parse_day, Day, Zone};
use super::clients::{Client, ClientStatus};
use super::coded::coded_enum;
use super::edit::take_change;
use super::ids::{new_id, Id};
use super::validation::{Checker, Invalid, Problem};
use super::Millis;

coded_enum! {
    /// What a checklist takes a client through.
    pub enum ChecklistKind ("checklist-kind") {
        #[default]
        Onboarding = "onboarding",
        Offboarding = "offboarding",
    }
}

/// One step of a template.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct TemplateStep {
    /// Steps are matched by id when two devices reorder or edit them.
    #[key]
    pub id: Id,
    pub title: String,
    /// Days after the start the step is due, if it has a due date.
    pub offset_days: Option<i64>,
    /// The member who does the step unless someone else is chosen.
    pub owner: Option<Id>,
}

/// An editable checklist template.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct ChecklistTemplate {
    pub id: Id,
    pub kind: ChecklistKind,
    pub name: String,
    pub steps: Vec<TemplateStep>,
    pub updated_at: Millis,
    pub updated_by: Id,
}

/// Who completed a step, and when.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct Done {
    pub at: Millis,
    pub by: Id,
}

/// One step of a client's checklist. Steps are keyed by id so that two
/// devices completing different steps at once both keep their change.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct ChecklistStep {
    pub id: Id,
    pub position: i64,
    pub title: String,
    /// The day the step is due ("2026-03-30"), if it has a due date.
    pub due_on: Option<String>,
    pub owner: Option<Id>,
    pub done: Option<Done>,
}

/// A checklist started for a client from a template.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct Checklist {
    pub id: Id,
    pub client_id: Id,
    pub kind: ChecklistKind,
    /// The template's name when the checklist was started.
    pub name: String,
    pub started_at: Millis,
    pub started_by: Id,
    pub steps: BTreeMap<Id, ChecklistStep>,
}

pub const NAME_MAX: usize = 120;
pub const STEP_TITLE_MAX: usize = 200;
/// The latest a step may fall due: a year after the start.
pub const OFFSET_MAX: i64 = 365;

/// The default templates' steps: the i18n id of each step's title and its
/// offset in days. The ids live in checklists.ftl in every language.
const DEFAULT_ONBOARDING: &[(&str, Option<i64>)] = &[
    ("default-onboarding-welcome-call", Some(0)),
    ("default-onboarding-contract-signed", Some(2)),
    ("default-onboarding-accounts", Some(5)),
    ("default-onboarding-kick-off", Some(7)),
    ("default-onboarding-first-check-in", Some(14)),
    ("default-onboarding-satisfaction", Some(30)),
];

/// See [`DEFAULT_ONBOARDING`].
const DEFAULT_OFFBOARDING: &[(&str, Option<i64>)] = &[
    ("default-offboarding-exit-conversation", Some(0)),
    ("default-offboarding-final-invoice", Some(7)),
    ("default-offboarding-revoke-access", Some(7)),
    ("default-offboarding-hand-back-documents", Some(14)),
    ("default-offboarding-feedback", Some(14)),
    ("default-offboarding-archive", Some(30)),
];

impl ChecklistKind {
    /// The steps of this kind's default template.
    pub fn default_steps(self) -> &'static [(&'static str, Option<i64>)] {
        match self {
            ChecklistKind::Onboarding => DEFAULT_ONBOARDING,
            ChecklistKind::Offboarding => DEFAULT_OFFBOARDING,
        }
    }

    /// The i18n id of the default template's name.
    pub fn default_name_id(self) -> &'static str {
        match self {
            ChecklistKind::Onboarding => "default-onboarding-name",
            ChecklistKind::Offboarding => "default-offboarding-name",
        }
    }
}

/// The default template of `kind`, its texts in the language of `translate`
/// (an i18n id → text function), so that a new workspace can start at once.
pub fn default_template(
    kind: ChecklistKind,
    translate: impl Fn(&str) -> String,
    by: &str,
    now: Millis,
) -> ChecklistTemplate {
    ChecklistTemplate {
        id: new_id(),
        kind,
        name: translate(kind.default_name_id()),
        steps: kind
            .default_steps()
            .iter()
            .map(|(title_id, offset_days)| TemplateStep {
                id: new_id(),
                title: translate(title_id),
                offset_days: *offset_days,
                owner: None,
            })
            .collect(),
        updated_at: now,
        updated_by: by.to_string(),
    }
}

/// Validates `name` and makes an empty template of `kind`.
pub fn create_template(
    kind: ChecklistKind,
    name: &str,
    by: &str,
    now: Millis,
) -> Result<ChecklistTemplate, Invalid> {
    let mut check = Checker::new();
    let name = check.required("name", name, NAME_MAX);
    check.finish(ChecklistTemplate {
        id: new_id(),
        kind,
        name,
        steps: Vec::new(),
        updated_at: now,
        updated_by: by.to_string(),
    })
}

impl ChecklistTemplate {
    /// Records who changed the template last, and when.
    pub fn touch(&mut self, by: &str, now: Millis) {
        self.updated_at = now;
        self.updated_by = by.to_string();
    }

    /// Renames the template after checking the new name.
    pub fn rename(&mut self, name: &str) -> Result<(), Invalid> {
        let mut check = Checker::new();
        let name = check.required("name", name, NAME_MAX);
        self.name = check.finish(name)?;
        Ok(())
    }

    /// Validates `input` and appends it as a new step; returns its id.
    pub fn add_step(
        &mut self,
        input: &StepInput,
        is_member: impl Fn(&str) -> bool,
    ) -> Result<Id, Invalid> {
        let step = input.validated(is_member)?;
        let id = new_id();
        self.steps.push(TemplateStep {
            id: id.clone(),
            title: step.title,
            offset_days: step.offset_days,
            owner: step.owner,
        });
        Ok(id)
    }

    /// Applies a step form edit: only the fields the user changed (`edited`
    /// differs from `original`) are written, so a concurrent change to
    /// another field of the step on another device is kept. A step removed
    /// meanwhile reports `Unknown`.
    pub fn edit_step(
        &mut self,
        step_id: &str,
        original: &StepInput,
        edited: &StepInput,
        is_member: impl Fn(&str) -> bool,
    ) -> Result<(), Invalid> {
        let edited = edited.validated(is_member)?;
        let original = original.validated(|_| true).unwrap_or(ValidStep {
            title: original.title.clone(),
            offset_days: None,
            owner: original.owner.clone(),
        });
        let step = self
            .steps
            .iter_mut()
            .find(|s| s.id == step_id)
            .ok_or_else(|| Invalid::unknown("title"))?;
        take_change(&mut step.title, &original.title, edited.title);
        take_change(
            &mut step.offset_days,
            &original.offset_days,
            edited.offset_days,
        );
        take_change(&mut step.owner, &original.owner, edited.owner);
        Ok(())
    }

    /// Removes a step; true when it was there.
    pub fn remove_step(&mut self, step_id: &str) -> bool {
        let before = self.steps.len();
        self.steps.retain(|s| s.id != step_id);
        self.steps.len() != before
    }

    /// Moves a step one place up (`-1`) or down (`1`); true when it moved.
    pub fn move_step(&mut self, step_id: &str, by: isize) -> bool {
        let Some(from) = self.steps.iter().position(|s| s.id == step_id) else {
            return false;
        };
        let Some(to) = from
            .checked_add_signed(by)
            .filter(|to| *to < self.steps.len())
        else {
            return false;
        };
        let step = self.steps.remove(from);
        self.steps.insert(to, step);
        true
    }
}

/// What the step form edits. The offset is the text of a number field:
/// empty means "no due date".
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StepInput {
    pub title: String,
    pub offset_days: String,
    pub owner: Option<Id>,
}

/// A step form's values after checking.
struct ValidStep {
    title: String,
    offset_days: Option<i64>,
    owner: Option<Id>,
}

impl StepInput {
    /// The form's starting values for an existing step.
    pub fn from_step(step: &TemplateStep) -> Self {
        Self {
            title: step.title.clone(),
            offset_days: step.offset_days.map(|d| d.to_string()).unwrap_or_default(),
            owner: step.owner.clone(),
        }
    }

    fn validated(&self, is_member: impl Fn(&str) -> bool) -> Result<ValidStep, Invalid> {
        let mut check = Checker::new();
        let title = check.required("title", &self.title, STEP_TITLE_MAX);
        let offset = self.offset_days.trim();
        let offset_days = if offset.is_empty() {
            None
        } else {
            match offset.parse::<i64>() {
                Ok(days) if (0..=OFFSET_MAX).contains(&days) => Some(days),
                _ => {
                    check.fail("offset", Problem::DaysOutOfRange);
                    None
                }
            }
        };
        if let Some(owner) = &self.owner {
            if !is_member(owner) {
                check.fail("owner", Problem::Unknown);
            }
        }
        check.finish(ValidStep {
            title,
            offset_days,
            owner: self.owner.clone(),
        })
    }
}

/// Starts `template` for `client_id`: every step due `offset_days` after
/// the day of `now` in `zone`, owned by the template's default owner.
pub fn start_checklist(
    template: &ChecklistTemplate,
    client_id: &str,
    by: &str,
    now: Millis,
    zone: &Zone,
) -> Checklist {
    let start = day_of(now, zone);
    let steps = template
        .steps
        .iter()
        .zip(0..)
        .map(|(step, position)| {
            let id = new_id();
            let step = ChecklistStep {
                id: id.clone(),
                position,
                title: step.title.clone(),
                due_on: step.offset_days.map(|d| day_text(add_days(start, d))),
                owner: step.owner.clone(),
                done: None,
            };
            (id, step)
        })
        .collect();
    Checklist {
        id: new_id(),
        client_id: client_id.to_string(),
        kind: template.kind,
        name: template.name.clone(),
        started_at: now,
        started_by: by.to_string(),
        steps,
    }
}

/// How far a checklist is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
}

impl Checklist {
    /// The steps in the template's order.
    pub fn ordered_steps(&self) -> Vec<&ChecklistStep> {
        let mut steps: Vec<_> = self.steps.values().collect();
        steps.sort_by(|a, b| a.position.cmp(&b.position).then_with(|| a.id.cmp(&b.id)));
        steps
    }

    pub fn progress(&self) -> Progress {
        Progress {
            done: self.steps.values().filter(|s| s.done.is_some()).count(),
            total: self.steps.len(),
        }
    }

    /// Every step is done.
    pub fn is_complete(&self) -> bool {
        self.steps.values().all(|s| s.done.is_some())
    }

    /// The open step due first (steps without a due day come after those
    /// with one, in order).
    pub fn next_step(&self) -> Option<&ChecklistStep> {
        self.ordered_steps()
            .into_iter()
            .filter(|s| s.done.is_none())
            .min_by_key(|s| (s.due_on.is_none(), s.due_on.clone(), s.position))
    }

    /// How many open steps were due before `today`.
    pub fn overdue_count(&self, today: Day) -> usize {
        self.steps.values().filter(|s| s.is_overdue(today)).count()
    }

    /// Marks a step done by `by` at `now`. A step already done keeps who
    /// did it first. A step removed meanwhile reports `Unknown`.
    pub fn complete_step(&mut self, step_id: &str, by: &str, now: Millis) -> Result<(), Invalid> {
        let step = self.step_mut(step_id)?;
        if step.done.is_none() {
            step.done = Some(Done {
                at: now,
                by: by.to_string(),
            });
        }
        Ok(())
    }

    /// Marks a step as not done again.
    pub fn reopen_step(&mut self, step_id: &str) -> Result<(), Invalid> {
        self.step_mut(step_id)?.done = None;
        Ok(())
    }

    /// Gives a step to another member, or to nobody.
    pub fn assign_step(
        &mut self,
        step_id: &str,
        owner: Option<Id>,
        is_member: impl Fn(&str) -> bool,
    ) -> Result<(), Invalid> {
        if owner.as_deref().is_some_and(|o| !is_member(o)) {
            return Err(Invalid::unknown("owner"));
        }
        self.step_mut(step_id)?.owner = owner;
        Ok(())
    }

    fn step_mut(&mut self, step_id: &str) -> Result<&mut ChecklistStep, Invalid> {
        self.steps
            .get_mut(step_id)
            .ok_or_else(|| Invalid::unknown("step"))
    }
}

impl ChecklistStep {
    /// Open, and due before `today`.
    pub fn is_overdue(&self, today: Day) -> bool {
        self.done.is_none()
            && self
                .due_on
                .as_deref()
                .and_then(parse_day)
                .is_some_and(|due| due < today)
    }
}

/// Orders checklists newest first, then by id so the order is stable.
pub fn newest_first(a: &Checklist, b: &Checklist) -> std::cmp::Ordering {
    newest_order(a)
        .cmp(&newest_order(b))
        .then_with(|| a.id.cmp(&b.id))
}

/// Where a checklist sorts in [`newest_first`] (before its id): kept by the
/// index of each client's checklists, whose first is the latest.
pub fn newest_order(checklist: &Checklist) -> std::cmp::Reverse<Millis> {
    std::cmp::Reverse(checklist.started_at)
}

/// The client's most recently started checklist among `checklists`.
pub fn latest_checklist<'a>(
    client_id: &str,
    checklists: impl IntoIterator<Item = &'a Checklist>,
) -> Option<&'a Checklist> {
    checklists
        .into_iter()
        .filter(|c| c.client_id == client_id)
        .min_by(|a, b| newest_first(a, b))
}

/// The status a client shows. It is derived when read, never written, so
/// that two devices completing the last steps at once agree: the client's
/// most recently started checklist decides while it exists (onboarding in
/// progress → Onboarding, complete → Active; offboarding in progress →
/// Offboarding, complete → Former). A client without checklists shows its
/// stored status, which the client form edits.
pub fn effective_status<'a>(
    client: &Client,
    checklists: impl IntoIterator<Item = &'a Checklist>,
) -> ClientStatus {
    match latest_checklist(&client.id, checklists) {
        None => client.status,
        Some(c) => match (c.kind, c.is_complete()) {
            (ChecklistKind::Onboarding, false) => ClientStatus::Onboarding,
            (ChecklistKind::Onboarding, true) => ClientStatus::Active,
            (ChecklistKind::Offboarding, false) => ClientStatus::Offboarding,
            (ChecklistKind::Offboarding, true) => ClientStatus::Former,
        },
    }
}

#[cfg(test)]
mod tests;
