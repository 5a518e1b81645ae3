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
    /// The business goal the proposal serves, if it names one.
    #[autosurgeon(missing = "Default::default")]
    pub goal: Option<Id>,
}

pub const TEXT_MAX: usize = 2_000;

impl Improvement {
    /// Whether the work it proposes is done (`Some(true)`) or still to do;
    /// `None` for a dropped proposal, which is no work at all.
    pub fn is_finished(&self) -> Option<bool> {
        match self.status {
            ProposalStatus::Proposed | ProposalStatus::Approved => Some(false),
            ProposalStatus::Implemented => Some(true),
            ProposalStatus::Dropped => None,
        }
    }
}

/// What the proposal form asks.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImprovementInput {
    pub problem: String,
    pub proposal: String,
    pub expected_effect: String,
    /// Chosen from the active goals.
    pub goal: Option<Id>,
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
        goal: input.goal.clone(),
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
mod tests;
