use super::*;

fn input() -> ImprovementInput {
    ImprovementInput {
        problem: " Invoices wait for a signature ".into(),
        proposal: "Let the assistant sign below 500".into(),
        expected_effect: String::new(),
        goal: None,
    }
}

#[test]
fn raising_needs_a_problem_and_a_proposal() {
    let raised = raise_improvement(&input(), "m1", 7).unwrap();
    assert_eq!(raised.problem, "Invoices wait for a signature");
    assert_eq!(raised.status, ProposalStatus::Proposed);
    assert_eq!((raised.raised_at, raised.decided), (7, None));
    let err = raise_improvement(&ImprovementInput::default(), "m1", 7).unwrap_err();
    assert_eq!(err.for_field("problem"), Some(&Problem::Required));
    assert_eq!(err.for_field("proposal"), Some(&Problem::Required));
    assert_eq!(err.for_field("expected_effect"), None);
}

#[test]
fn leadership_approves_then_marks_implemented_and_each_step_is_recorded() {
    let mut improvement = raise_improvement(&input(), "m3", 0).unwrap();
    decide(
        &mut improvement,
        ProposalStatus::Approved,
        Role::Ceo,
        "m1",
        10,
    )
    .unwrap();
    assert_eq!(
        improvement.decided,
        Some(Decided {
            at: 10,
            by: "m1".into()
        })
    );
    decide(
        &mut improvement,
        ProposalStatus::Implemented,
        Role::OperationsAssistant,
        "m2",
        20,
    )
    .unwrap();
    assert_eq!(improvement.status, ProposalStatus::Implemented);
    assert_eq!(
        improvement.decided,
        Some(Decided {
            at: 20,
            by: "m2".into()
        })
    );
}

#[test]
fn a_team_member_cannot_decide() {
    let mut improvement = raise_improvement(&input(), "m3", 0).unwrap();
    let before = improvement.clone();
    let err = decide(
        &mut improvement,
        ProposalStatus::Approved,
        Role::TeamMember,
        "m3",
        1,
    )
    .unwrap_err();
    assert_eq!(err.for_field("status"), Some(&Problem::NotAllowed));
    assert_eq!(improvement, before);
}

#[test]
fn only_the_allowed_moves_are_taken() {
    let mut improvement = raise_improvement(&input(), "m3", 0).unwrap();
    let err = decide(
        &mut improvement,
        ProposalStatus::Implemented,
        Role::Ceo,
        "m1",
        1,
    )
    .unwrap_err();
    assert_eq!(err.for_field("status"), Some(&Problem::AlreadyDone));
    decide(
        &mut improvement,
        ProposalStatus::Dropped,
        Role::Ceo,
        "m1",
        2,
    )
    .unwrap();
    assert!(ProposalStatus::Dropped.next().is_empty());
    assert!(decide(
        &mut improvement,
        ProposalStatus::Approved,
        Role::Ceo,
        "m1",
        3
    )
    .is_err());
    assert_eq!(improvement.status, ProposalStatus::Dropped);
}

#[test]
fn open_proposals_come_first() {
    let mut old = raise_improvement(&input(), "m1", 1).unwrap();
    let new = raise_improvement(&input(), "m1", 2).unwrap();
    let mut approved = raise_improvement(&input(), "m1", 3).unwrap();
    approved.status = ProposalStatus::Approved;
    old.id = "a".into();
    let mut list = [approved.clone(), old.clone(), new.clone()];
    list.sort_by(by_status);
    assert_eq!(list, [new, old, approved]);
}
