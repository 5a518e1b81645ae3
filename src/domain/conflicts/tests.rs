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
