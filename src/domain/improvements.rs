//! Improvements: bottlenecks observed and proposals to remove them, with
//! their status and who decided.

use autosurgeon::{Hydrate, Reconcile};

use super::coded::coded_enum;
use super::ids::{new_id, Id};
use super::people::Role;
use super::validation::{Checker, Invalid, Problem};
use super::Millis;

coded_enum! {
    /// Where a proposal stands.
    pub enum ProposalStatus ("proposal-status") {
        #[default]
        Proposed = "proposed",
        Approved = "approved",
        Implemented = "implemented",
        Dropped = "dropped",
    }
}

/// A decision on a proposal.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct Decided {
    pub at: Millis,
    pub by: Id,
}

/// An improvement proposal (team document).
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct Improvement {
    pub id: Id,
    pub problem: String,
    pub proposal: String,
    pub expected_effect: String,
    pub status: ProposalStatus,
    pub raised_at: Millis,
    pub raised_by: Id,
    /// Who last moved it out of "proposed", and when.
    pub decided: Option<Decided>,
}

pub const TEXT_MAX: usize = 2_000;

/// What the proposal form asks.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImprovementInput {
    pub problem: String,
    pub proposal: String,
    pub expected_effect: String,
}

/// Validates `input` and makes a proposal raised by `by`: the problem and
/// the proposal are required, the expected effect is optional.
pub fn raise_improvement(
    input: &ImprovementInput,
    by: &str,
    now: Millis,
) -> Result<Improvement, Invalid> {
    let mut check = Checker::new();
    let problem = check.required("problem", &input.problem, TEXT_MAX);
    let proposal = check.required("proposal", &input.proposal, TEXT_MAX);
    let expected_effect = check.optional("expected_effect", &input.expected_effect, TEXT_MAX);
    check.finish(Improvement {
        id: new_id(),
        problem,
        proposal,
        expected_effect,
        status: ProposalStatus::Proposed,
        raised_at: now,
        raised_by: by.to_string(),
        decided: None,
    })
}

impl ProposalStatus {
    /// The statuses a proposal can move to from this one: a proposal is
    /// approved or dropped, an approved one implemented or dropped;
    /// implemented and dropped are final.
    pub fn next(self) -> &'static [ProposalStatus] {
        match self {
            ProposalStatus::Proposed => &[ProposalStatus::Approved, ProposalStatus::Dropped],
            ProposalStatus::Approved => &[ProposalStatus::Implemented, ProposalStatus::Dropped],
            ProposalStatus::Implemented | ProposalStatus::Dropped => &[],
        }
    }
}

/// Moves a proposal to `to`, recording who decided and when. Only
/// leadership (the CEO or the Operations Assistant, by `role`) decides:
/// anyone else gets `NotAllowed`. A move [`ProposalStatus::next`] does not
/// allow (perhaps decided meanwhile on another device) is `AlreadyDone`.
pub fn decide(
    improvement: &mut Improvement,
    to: ProposalStatus,
    role: Role,
    by: &str,
    now: Millis,
) -> Result<(), Invalid> {
    let mut check = Checker::new();
    if !role.is_leadership() {
        check.fail("status", Problem::NotAllowed);
    } else if !improvement.status.next().contains(&to) {
        check.fail("status", Problem::AlreadyDone);
    }
    check.finish(())?;
    improvement.status = to;
    improvement.decided = Some(Decided {
        at: now,
        by: by.to_string(),
    });
    Ok(())
}

/// Orders proposals by status (proposed, approved, implemented, dropped),
/// then newest first.
pub fn by_status(a: &Improvement, b: &Improvement) -> std::cmp::Ordering {
    let rank = |s: ProposalStatus| ProposalStatus::ALL.iter().position(|x| *x == s);
    rank(a.status)
        .cmp(&rank(b.status))
        .then_with(|| b.raised_at.cmp(&a.raised_at))
        .then_with(|| a.id.cmp(&b.id))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> ImprovementInput {
        ImprovementInput {
            problem: " Invoices wait for a signature ".into(),
            proposal: "Let the assistant sign below 500".into(),
            expected_effect: String::new(),
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
}
