//! Conflict cases between team members and/or clients: mediation notes, a
//! resolution, and escalation to the CEO when unresolved. Leadership-only.

use std::collections::BTreeMap;

use autosurgeon::{Hydrate, Reconcile};

use super::coded::coded_enum;
use super::ids::{new_id, Id};
use super::validation::{Checker, Invalid, Problem};
use super::Millis;

coded_enum! {
    /// Who a party to a conflict is.
    pub enum PartyKind ("party-kind") {
        #[default]
        Member = "member",
        Client = "client",
    }
}

/// A party to a conflict: a member or a client, by id.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct Party {
    pub kind: PartyKind,
    pub id: Id,
}

/// A mediation note.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct MediationNote {
    pub id: Id,
    pub at: Millis,
    pub by: Id,
    pub text: String,
}

/// Who did something, and when.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct Stamp {
    pub at: Millis,
    pub by: Id,
}

/// How a case was resolved.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct CaseResolution {
    pub at: Millis,
    pub by: Id,
    pub text: String,
}

/// A conflict case. Notes are keyed by id so notes written at once merge.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct ConflictCase {
    pub id: Id,
    pub parties: Vec<Party>,
    pub description: String,
    pub notes: BTreeMap<Id, MediationNote>,
    pub opened_at: Millis,
    pub opened_by: Id,
    pub escalated: Option<Stamp>,
    pub resolved: Option<CaseResolution>,
}

pub const DESCRIPTION_MAX: usize = 5_000;
pub const NOTE_MAX: usize = 5_000;

/// What the form that opens a case asks.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CaseInput {
    pub parties: Vec<Party>,
    pub description: String,
}

/// Validates `input` and opens a case: at least one party, each known
/// (`is_known` says whether a member or client with that id exists), listed
/// once, and a description.
pub fn open_case(
    input: &CaseInput,
    is_known: impl Fn(&Party) -> bool,
    by: &str,
    now: Millis,
) -> Result<ConflictCase, Invalid> {
    let mut check = Checker::new();
    let mut parties: Vec<Party> = Vec::new();
    for party in &input.parties {
        if !parties.contains(party) {
            parties.push(party.clone());
        }
    }
    if parties.is_empty() {
        check.fail("parties", Problem::Required);
    } else if !parties.iter().all(&is_known) {
        check.fail("parties", Problem::Unknown);
    }
    let description = check.required("description", &input.description, DESCRIPTION_MAX);
    check.finish(ConflictCase {
        id: new_id(),
        parties,
        description,
        notes: BTreeMap::new(),
        opened_at: now,
        opened_by: by.to_string(),
        escalated: None,
        resolved: None,
    })
}

/// One problem on one field, for the steps below.
fn refuse(field: &'static str, problem: Problem) -> Invalid {
    let mut check = Checker::new();
    check.fail(field, problem);
    check.finish(()).unwrap_err()
}

/// Adds a mediation note by `by` at `now`; returns its id. Notes are never
/// edited: a later note corrects an earlier one. A resolved case is `Closed`.
pub fn add_note(case: &mut ConflictCase, text: &str, by: &str, now: Millis) -> Result<Id, Invalid> {
    let mut check = Checker::new();
    let text = check.required("note", text, NOTE_MAX);
    check.finish(())?;
    if case.resolved.is_some() {
        return Err(refuse("note", Problem::Closed));
    }
    let id = new_id();
    case.notes.insert(
        id.clone(),
        MediationNote {
            id: id.clone(),
            at: now,
            by: by.to_string(),
            text,
        },
    );
    Ok(id)
}

/// Escalates an unresolved case to the CEO. A case already escalated or
/// resolved (perhaps on another device) keeps its state: `AlreadyDone`.
pub fn escalate(case: &mut ConflictCase, by: &str, now: Millis) -> Result<(), Invalid> {
    if case.escalated.is_some() || case.resolved.is_some() {
        return Err(refuse("escalate", Problem::AlreadyDone));
    }
    case.escalated = Some(Stamp {
        at: now,
        by: by.to_string(),
    });
    Ok(())
}

/// Resolves a case (escalated or not) with the resolution `text`, which is
/// required. A case resolved already keeps its first resolution.
pub fn resolve(case: &mut ConflictCase, text: &str, by: &str, now: Millis) -> Result<(), Invalid> {
    let mut check = Checker::new();
    let text = check.required("resolution", text, NOTE_MAX);
    if case.resolved.is_some() {
        check.fail("resolution", Problem::AlreadyDone);
    }
    check.finish(())?;
    case.resolved = Some(CaseResolution {
        at: now,
        by: by.to_string(),
        text,
    });
    Ok(())
}

impl ConflictCase {
    /// Escalated to the CEO and not resolved yet.
    pub fn awaits_ceo(&self) -> bool {
        self.escalated.is_some() && self.resolved.is_none()
    }

    /// The mediation notes in the order they were written.
    pub fn notes_oldest_first(&self) -> Vec<&MediationNote> {
        let mut notes: Vec<_> = self.notes.values().collect();
        notes.sort_by(|a, b| a.at.cmp(&b.at).then_with(|| a.id.cmp(&b.id)));
        notes
    }
}

/// The order of the conflicts list: open cases before resolved ones, and on
/// the CEO's list (`for_ceo`) the cases escalated to them before all others;
/// then the newest first.
pub fn list_order(a: &ConflictCase, b: &ConflictCase, for_ceo: bool) -> std::cmp::Ordering {
    let rank = |c: &ConflictCase| (!(for_ceo && c.awaits_ceo()), c.resolved.is_some());
    rank(a)
        .cmp(&rank(b))
        .then_with(|| b.opened_at.cmp(&a.opened_at))
        .then_with(|| a.id.cmp(&b.id))
}

#[cfg(test)]
mod tests;
