use super::*;
use crate::doc::{ChangeMeta, DocKind, Document, DocumentId};
use crate::domain::action::Action;

fn input(summary: &str) -> EscalationInput {
    EscalationInput {
        client_id: Some("c1".into()),
        summary: summary.into(),
        details: " Invoices doubled ".into(),
        urgency: Urgency::High,
    }
}

fn raised() -> Escalation {
    raise_escalation(&input("Client threatens to leave"), |_| true, "m1", 10).unwrap()
}

#[test]
fn raising_needs_a_summary_and_a_known_client() {
    let err = raise_escalation(&input("  "), |id| id == "other", "m1", 0).unwrap_err();
    assert_eq!(err.for_field("summary"), Some(&Problem::Required));
    assert_eq!(err.for_field("client"), Some(&Problem::Unknown));

    let team_matter = EscalationInput {
        client_id: None,
        ..input("Rota clash")
    };
    let escalation = raise_escalation(&team_matter, |_| false, "m1", 7).unwrap();
    assert_eq!(escalation.client_id, None);
    assert_eq!(
        escalation.raised,
        Step {
            at: 7,
            by: "m1".into()
        }
    );
    assert_eq!(escalation.status(), EscalationStatus::Open);
}

#[test]
fn steps_move_open_to_acknowledged_to_resolved() {
    let mut escalation = raised();
    assert_eq!(escalation.details, "Invoices doubled");
    acknowledge(&mut escalation, "ceo", 20).unwrap();
    assert_eq!(escalation.status(), EscalationStatus::Acknowledged);
    assert_eq!(
        acknowledge(&mut escalation, "ceo", 21)
            .unwrap_err()
            .for_field("status"),
        Some(&Problem::AlreadyDone)
    );
    resolve(&mut escalation, " Refund agreed ", "ops", 30).unwrap();
    assert_eq!(escalation.status(), EscalationStatus::Resolved);
    let resolution = escalation.resolved.clone().unwrap();
    assert_eq!(
        (resolution.outcome.as_str(), resolution.by.as_str()),
        ("Refund agreed", "ops")
    );
    assert_eq!(
        escalation.acknowledgement(),
        Some(Step {
            at: 20,
            by: "ceo".into()
        })
    );
}

#[test]
fn impossible_moves_are_refused_and_change_nothing() {
    let mut escalation = raised();
    let before = escalation.clone();
    let err = resolve(&mut escalation, "   ", "ceo", 20).unwrap_err();
    assert_eq!(err.for_field("outcome"), Some(&Problem::Required));
    assert_eq!(escalation, before);

    resolve(&mut escalation, "Done", "ceo", 20).unwrap();
    let resolved = escalation.clone();
    assert_eq!(
        resolve(&mut escalation, "Again", "ops", 30)
            .unwrap_err()
            .for_field("status"),
        Some(&Problem::AlreadyDone)
    );
    assert!(acknowledge(&mut escalation, "ops", 30).is_err());
    assert_eq!(escalation, resolved);
}

#[test]
fn resolving_an_open_escalation_acknowledges_it_too() {
    let mut escalation = raised();
    resolve(&mut escalation, "Called the client back", "ceo", 40).unwrap();
    assert_eq!(escalation.status(), EscalationStatus::Resolved);
    assert_eq!(
        escalation.acknowledgement(),
        Some(Step {
            at: 40,
            by: "ceo".into()
        })
    );
}

#[test]
fn most_urgent_then_newest_first() {
    let make = |urgency, at| Escalation {
        urgency,
        raised: Step { at, by: "m".into() },
        ..raised()
    };
    let mut list = [
        make(Urgency::Low, 50),
        make(Urgency::Critical, 10),
        make(Urgency::High, 30),
        make(Urgency::Critical, 20),
    ];
    list.sort_by(most_urgent_first);
    let order: Vec<_> = list.iter().map(|e| (e.urgency, e.raised.at)).collect();
    assert_eq!(
        order,
        [
            (Urgency::Critical, 20),
            (Urgency::Critical, 10),
            (Urgency::High, 30),
            (Urgency::Low, 50)
        ]
    );
}

/// One device acknowledges while another resolves the same escalation:
/// after merging both ways it is resolved, and both steps are kept.
#[test]
fn acknowledging_and_resolving_at_once_keeps_both_steps() {
    let id = DocumentId::random();
    let mut a = Document::create(id.clone(), DocKind::Leadership);
    let escalation = raised();
    let meta = ChangeMeta::new("m1", Action::EscalationRaise, "");
    a.change(&meta, 10, |w| w.put(&escalation.id, &escalation))
        .unwrap();
    let mut b = Document::open(id, DocKind::Leadership, a.automerge().fork())
        .unwrap()
        .0;

    let step =
        |doc: &mut Document, by: &str, edit: fn(&mut Escalation, &str) -> Result<(), Invalid>| {
            doc.change(&ChangeMeta::new(by, Action::EscalationStep, ""), 20, |w| {
                let mut current: Escalation = w.get::<Escalation>(&escalation.id)?.unwrap();
                edit(&mut current, by)?;
                w.put(&escalation.id, &current)
            })
            .unwrap();
        };
    step(&mut a, "ceo", |e, by| acknowledge(e, by, 20));
    step(&mut b, "ops", |e, by| resolve(e, "Refund agreed", by, 25));

    let mut b_copy = b.automerge().clone();
    a.automerge_mut().merge(&mut b_copy).unwrap();
    let mut a_copy = a.automerge().clone();
    b.automerge_mut().merge(&mut a_copy).unwrap();

    for doc in [&a, &b] {
        let merged: Escalation = doc.get::<Escalation>(&escalation.id).unwrap().unwrap();
        assert_eq!(merged.status(), EscalationStatus::Resolved);
        assert_eq!(
            merged.acknowledged,
            Some(Step {
                at: 20,
                by: "ceo".into()
            })
        );
        let resolution = merged.resolved.unwrap();
        assert_eq!(
            (resolution.by.as_str(), resolution.outcome.as_str()),
            ("ops", "Refund agreed")
        );
    }
}
