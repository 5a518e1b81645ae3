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
mod tests {
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

        let step = |doc: &mut Document,
                    by: &str,
                    edit: fn(&mut Escalation, &str) -> Result<(), Invalid>| {
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
}
