//! Escalations: a concern about a client or a team matter raised to
//! leadership, acknowledged and resolved with an outcome. Leadership-only.

use autosurgeon::{Hydrate, Reconcile};

use super::coded::coded_enum;
use super::ids::{new_id, Id};
use super::validation::{Checker, Invalid, Problem};
use super::Millis;

coded_enum! {
    /// How soon leadership must look at an escalation.
    pub enum Urgency ("urgency") {
        Low = "low",
        #[default]
        Normal = "normal",
        High = "high",
        Critical = "critical",
    }
}

/// Who took a step, and when.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct Step {
    pub at: Millis,
    pub by: Id,
}

/// How an escalation was resolved.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct Resolution {
    pub at: Millis,
    pub by: Id,
    pub outcome: String,
}

/// An escalation. Its status follows from which steps were taken.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct Escalation {
    pub id: Id,
    /// The client concerned; `None` for a team matter.
    pub client_id: Option<Id>,
    pub summary: String,
    pub details: String,
    pub urgency: Urgency,
    pub raised: Step,
    pub acknowledged: Option<Step>,
    pub resolved: Option<Resolution>,
}

coded_enum! {
    /// Where an escalation stands; derived from the steps taken, never stored.
    pub enum EscalationStatus ("escalation-status") {
        #[default]
        Open = "open",
        Acknowledged = "acknowledged",
        Resolved = "resolved",
    }
}

pub const SUMMARY_MAX: usize = 300;
pub const DETAILS_MAX: usize = 5_000;
pub const OUTCOME_MAX: usize = 5_000;

impl Escalation {
    pub fn status(&self) -> EscalationStatus {
        if self.resolved.is_some() {
            EscalationStatus::Resolved
        } else if self.acknowledged.is_some() {
            EscalationStatus::Acknowledged
        } else {
            EscalationStatus::Open
        }
    }

    /// Who acknowledged the escalation and when. Resolving an open
    /// escalation acknowledges it too; that implied step is derived here
    /// rather than written, so that a real acknowledgement made at the same
    /// time on another device is never hidden by it in the merge.
    pub fn acknowledgement(&self) -> Option<Step> {
        self.acknowledged.clone().or_else(|| {
            self.resolved.as_ref().map(|r| Step {
                at: r.at,
                by: r.by.clone(),
            })
        })
    }
}

/// What the "raise an escalation" form asks.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EscalationInput {
    /// `None` for a team matter.
    pub client_id: Option<Id>,
    pub summary: String,
    pub details: String,
    pub urgency: Urgency,
}

/// Validates `input` and makes an open escalation raised by `by`;
/// `is_client` says whether a client id names a client of the workspace.
pub fn raise_escalation(
    input: &EscalationInput,
    is_client: impl Fn(&str) -> bool,
    by: &str,
    now: Millis,
) -> Result<Escalation, Invalid> {
    let mut check = Checker::new();
    let summary = check.required("summary", &input.summary, SUMMARY_MAX);
    let details = check.optional("details", &input.details, DETAILS_MAX);
    if input.client_id.as_deref().is_some_and(|id| !is_client(id)) {
        check.fail("client", Problem::Unknown);
    }
    check.finish(Escalation {
        id: new_id(),
        client_id: input.client_id.clone(),
        summary,
        details,
        urgency: input.urgency,
        raised: Step {
            at: now,
            by: by.to_string(),
        },
        acknowledged: None,
        resolved: None,
    })
}

/// Marks `escalation` as seen by leadership. Refused once it is
/// acknowledged or resolved (perhaps on another device).
pub fn acknowledge(escalation: &mut Escalation, by: &str, now: Millis) -> Result<(), Invalid> {
    if escalation.status() != EscalationStatus::Open {
        let mut check = Checker::new();
        check.fail("status", Problem::AlreadyDone);
        return check.finish(());
    }
    escalation.acknowledged = Some(Step {
        at: now,
        by: by.to_string(),
    });
    Ok(())
}

/// Resolves `escalation` with an outcome (required). An open escalation may
/// be resolved directly: [`Escalation::acknowledgement`] then reports the
/// resolver as having acknowledged it. Refused when already resolved.
pub fn resolve(
    escalation: &mut Escalation,
    outcome: &str,
    by: &str,
    now: Millis,
) -> Result<(), Invalid> {
    let mut check = Checker::new();
    let outcome = check.required("outcome", outcome, OUTCOME_MAX);
    if escalation.resolved.is_some() {
        check.fail("status", Problem::AlreadyDone);
    }
    check.finish(())?;
    escalation.resolved = Some(Resolution {
        at: now,
        by: by.to_string(),
        outcome,
    });
    Ok(())
}

/// The order of a group of escalations: the most urgent first, then the
/// newest, then by id so the order is stable.
pub fn most_urgent_first(a: &Escalation, b: &Escalation) -> std::cmp::Ordering {
    b.urgency
        .rank()
        .cmp(&a.urgency.rank())
        .then_with(|| b.raised.at.cmp(&a.raised.at))
        .then_with(|| a.id.cmp(&b.id))
}

impl Urgency {
    /// Higher is more urgent.
    fn rank(self) -> usize {
        Urgency::ALL.iter().position(|u| *u == self).unwrap_or(0)
    }
}

#[cfg(test)]
mod tests;
