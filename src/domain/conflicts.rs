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
mod tests {
    use super::*;
    use crate::doc::{ChangeMeta, DocKind, Document, DocumentId};
    use crate::domain::action::Action;

    fn client(id: &str) -> Party {
        Party {
            kind: PartyKind::Client,
            id: id.into(),
        }
    }

    fn member(id: &str) -> Party {
        Party {
            kind: PartyKind::Member,
            id: id.into(),
        }
    }

    fn known(party: &Party) -> bool {
        party.id != "ghost"
    }

    fn case() -> ConflictCase {
        let input = CaseInput {
            parties: vec![client("c1"), member("m3"), client("c1")],
            description: " Invoice dispute ".into(),
        };
        open_case(&input, known, "m1", 5).unwrap()
    }

    #[test]
    fn a_case_lists_each_party_once() {
        let case = case();
        assert_eq!(case.parties, [client("c1"), member("m3")]);
        assert_eq!(case.description, "Invoice dispute");
        assert_eq!((case.opened_at, case.opened_by.as_str()), (5, "m1"));
    }

    #[test]
    fn a_case_needs_a_known_party_and_a_description() {
        let err = open_case(&CaseInput::default(), known, "m1", 0).unwrap_err();
        assert_eq!(err.for_field("parties"), Some(&Problem::Required));
        assert_eq!(err.for_field("description"), Some(&Problem::Required));
        let input = CaseInput {
            parties: vec![client("ghost")],
            description: "x".into(),
        };
        let err = open_case(&input, known, "m1", 0).unwrap_err();
        assert_eq!(err.for_field("parties"), Some(&Problem::Unknown));
    }

    #[test]
    fn notes_are_attributed_and_kept_in_order() {
        let mut case = case();
        add_note(&mut case, "Spoke with Jo", "m1", 20).unwrap();
        add_note(&mut case, "Spoke with Sam", "m2", 10).unwrap();
        let notes: Vec<_> = case
            .notes_oldest_first()
            .iter()
            .map(|n| (n.at, n.by.clone(), n.text.clone()))
            .collect();
        assert_eq!(
            notes,
            [
                (10, "m2".to_string(), "Spoke with Sam".to_string()),
                (20, "m1".to_string(), "Spoke with Jo".to_string())
            ]
        );
        let err = add_note(&mut case, " ", "m1", 30).unwrap_err();
        assert_eq!(err.for_field("note"), Some(&Problem::Required));
    }

    #[test]
    fn an_escalated_case_can_still_be_resolved() {
        let mut case = case();
        escalate(&mut case, "m2", 10).unwrap();
        assert!(case.awaits_ceo());
        let err = escalate(&mut case, "m1", 11).unwrap_err();
        assert_eq!(err.for_field("escalate"), Some(&Problem::AlreadyDone));
        assert_eq!(
            case.escalated,
            Some(Stamp {
                at: 10,
                by: "m2".into()
            })
        );
        let err = resolve(&mut case, "", "m1", 12).unwrap_err();
        assert_eq!(err.for_field("resolution"), Some(&Problem::Required));
        resolve(&mut case, "Credit note agreed", "m1", 20).unwrap();
        assert!(!case.awaits_ceo());
        assert!(case.escalated.is_some());
        assert!(resolve(&mut case, "Again", "m2", 30).is_err());
        assert_eq!(case.resolved.as_ref().unwrap().text, "Credit note agreed");
        assert!(add_note(&mut case, "Late note", "m1", 40).is_err());
        assert!(escalate(&mut case, "m1", 50).is_err());
    }

    #[test]
    fn the_ceo_sees_escalated_cases_first() {
        let mut older_escalated = case();
        older_escalated.opened_at = 1;
        escalate(&mut older_escalated, "m2", 2).unwrap();
        let mut newer = case();
        newer.opened_at = 9;
        let mut resolved = case();
        resolved.opened_at = 10;
        resolve(&mut resolved, "Done", "m1", 11).unwrap();
        let sorted = |for_ceo: bool| {
            let mut list = [resolved.clone(), newer.clone(), older_escalated.clone()];
            list.sort_by(|a, b| list_order(a, b, for_ceo));
            list.map(|c| c.opened_at)
        };
        assert_eq!(sorted(true), [1, 9, 10]);
        assert_eq!(sorted(false), [9, 1, 10]);
    }

    #[test]
    fn notes_added_at_once_on_two_devices_are_both_kept() {
        let case = case();
        let id = DocumentId::random();
        let mut ceo = Document::create(id.clone(), DocKind::Leadership);
        ceo.change(&ChangeMeta::new("m1", Action::ConflictOpen, ""), 0, |w| {
            w.put(&case.id, &case)
        })
        .unwrap();
        let mut assistant = Document::open(id, DocKind::Leadership, ceo.automerge().fork())
            .unwrap()
            .0;
        for (doc, by, text) in [
            (&mut ceo, "m1", "Called the client"),
            (&mut assistant, "m2", "Met the team member"),
        ] {
            doc.change(&ChangeMeta::new(by, Action::ConflictNote, ""), 0, |w| {
                let mut current: ConflictCase = w.get::<ConflictCase>(&case.id)?.unwrap();
                add_note(&mut current, text, by, 10)?;
                w.put(&case.id, &current)
            })
            .unwrap();
        }
        let mut theirs = assistant.automerge().clone();
        ceo.automerge_mut().merge(&mut theirs).unwrap();
        let merged: ConflictCase = ceo.get::<ConflictCase>(&case.id).unwrap().unwrap();
        let mut texts: Vec<_> = merged.notes.values().map(|n| n.text.as_str()).collect();
        texts.sort();
        assert_eq!(texts, ["Called the client", "Met the team member"]);
    }
}
