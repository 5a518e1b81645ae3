//! Handover: the CEO hands the business to the acting CEO (or, in an
//! emergency, the Operations Assistant takes it), the acting CEO keeps a
//! decision log, and the CEO ends it on return with a review. The details are
//! leadership-only; team devices see only who is acting until when.

use autosurgeon::{Hydrate, Reconcile};

use super::calendar::{parse_day, Day};
use super::ids::{new_id, Id};
use super::people::{Member, Role};
use super::validation::{Checker, Invalid, Problem};
use super::Millis;

/// The CEO's review of the acting period, written when the handover ends.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct Review {
    pub at: Millis,
    pub by: Id,
    pub went_well: String,
    pub to_change: String,
}

/// A handover (leadership document).
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct Handover {
    pub id: Id,
    /// The CEO who is away.
    pub ceo: Id,
    /// The member acting as CEO.
    pub acting: Id,
    /// First day away ("2026-03-30").
    pub away_from: String,
    /// The day the CEO is expected back.
    pub expected_back: String,
    pub priorities: String,
    pub delegated: String,
    pub do_not_touch: String,
    pub emergency_contacts: String,
    pub started_at: Millis,
    pub started_by: Id,
    /// Why the assistant started it without the CEO; `None` for a handover
    /// the CEO started.
    pub emergency: Option<String>,
    /// The heads of the team and leadership documents when it started: the
    /// return briefing lists every change not covered by them.
    pub team_heads: Vec<String>,
    pub leadership_heads: Vec<String>,
    pub ended: Option<Review>,
    /// When the CEO read an emergency handover the assistant started: until
    /// then every page of the CEO's device shows it first.
    pub acknowledged_at: Option<Millis>,
    /// The delegation (`hod1.…`) that lets the acting CEO invite and revoke
    /// for the handover: signed by the CEO's device when it starts one, or
    /// the standing emergency delegation for an emergency handover. Absent
    /// in handovers from before delegations.
    #[autosurgeon(missing = "Default::default")]
    pub delegation: Option<String>,
    /// The acting CEO device's declaration of the emergency (`hoe1.…`),
    /// which makes a standing emergency delegation usable.
    #[autosurgeon(missing = "Default::default")]
    pub declaration: Option<String>,
}

/// What every device sees of a running handover (team document, keyed by
/// the handover's id): who is acting, until when.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct Acting {
    pub handover_id: Id,
    pub acting: Id,
    pub until: String,
    pub emergency: bool,
    pub started_at: Millis,
    pub ended_at: Option<Millis>,
}

/// A decision the acting CEO took (leadership document).
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct Decision {
    pub id: Id,
    pub handover_id: Option<Id>,
    pub decision: String,
    pub reason: String,
    pub alternatives: String,
    /// Who was informed.
    pub informed: String,
    pub at: Millis,
    pub by: Id,
    /// The business goal or value the decision was taken by, if it names one.
    #[autosurgeon(missing = "Default::default")]
    pub goal: Option<Id>,
}

pub const TEXT_MAX: usize = 5_000;
pub const REASON_MAX: usize = 2_000;

/// What the handover form asks.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HandoverInput {
    /// First day away, "YYYY-MM-DD".
    pub away_from: String,
    pub expected_back: String,
    /// The member who will act (ignored for an emergency handover, where the
    /// assistant who starts it acts).
    pub acting: String,
    pub priorities: String,
    pub delegated: String,
    pub do_not_touch: String,
    pub emergency_contacts: String,
    /// Why the CEO cannot be reached: `Some` makes it an emergency handover
    /// started by the Operations Assistant.
    pub emergency: Option<String>,
}

/// The moment a handover starts from: the heads of the team and leadership
/// documents just before it is written (`Session::heads`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Heads {
    pub team: Vec<String>,
    pub leadership: Vec<String>,
}

/// The running handover, if any: the newest one not ended (two devices may
/// have started one each while offline; the newest wins on screen).
pub fn running(handovers: &[Handover]) -> Option<&Handover> {
    handovers
        .iter()
        .filter(|h| h.ended.is_none())
        .max_by(|a, b| {
            a.started_at
                .cmp(&b.started_at)
                .then_with(|| a.id.cmp(&b.id))
        })
}

/// Handovers newest first.
pub fn newest_first(a: &Handover, b: &Handover) -> std::cmp::Ordering {
    b.started_at
        .cmp(&a.started_at)
        .then_with(|| a.id.cmp(&b.id))
}

/// The active Operations Assistant the form proposes as acting CEO.
pub fn default_acting(members: &[Member]) -> Option<&Member> {
    members
        .iter()
        .filter(|m| m.active && m.role == Role::OperationsAssistant)
        .min_by_key(|m| (m.joined_at, m.id.clone()))
}

fn active_member<'a>(members: &'a [Member], id: &str) -> Option<&'a Member> {
    members.iter().find(|m| m.id == id && m.active)
}

/// Validates `input` and makes a handover started by member `by`: the CEO
/// for a planned one, the Operations Assistant (acting themself) for an
/// emergency. `handovers` are every known handover: only one runs at a time.
pub fn start_handover(
    input: &HandoverInput,
    members: &[Member],
    handovers: &[Handover],
    by: &str,
    heads: Heads,
    now: Millis,
) -> Result<Handover, Invalid> {
    let mut check = Checker::new();
    if running(handovers).is_some() {
        check.fail("handover", Problem::AlreadyDone);
    }
    let starter = active_member(members, by).map(|m| m.role);
    let (ceo, acting, emergency) = match &input.emergency {
        None => {
            if starter != Some(Role::Ceo) {
                check.fail("handover", Problem::NotAllowed);
            }
            (by.to_string(), input.acting.trim().to_string(), None)
        }
        Some(reason) => {
            let reason = check.required("reason", reason, REASON_MAX);
            if starter != Some(Role::OperationsAssistant) {
                check.fail("handover", Problem::NotAllowed);
            }
            let ceo = members
                .iter()
                .filter(|m| m.active && m.role == Role::Ceo)
                .min_by_key(|m| (m.joined_at, m.id.clone()))
                .map(|m| m.id.clone());
            if ceo.is_none() {
                check.fail("handover", Problem::Unknown);
            }
            (ceo.unwrap_or_default(), by.to_string(), Some(reason))
        }
    };
    if acting.is_empty() {
        check.fail("acting", Problem::Required);
    } else {
        match active_member(members, &acting) {
            None => check.fail("acting", Problem::Unknown),
            Some(m) if !m.role.is_leadership() || m.id == ceo => {
                check.fail("acting", Problem::NotAllowed)
            }
            Some(_) => {}
        }
    }
    let away_from = check_day(&mut check, "away_from", &input.away_from);
    let expected_back = check_day(&mut check, "expected_back", &input.expected_back);
    if let (Some(from), Some(back)) = (&away_from, &expected_back) {
        if back < from {
            check.fail("expected_back", Problem::EndBeforeStart);
        }
    }
    let handover = Handover {
        id: new_id(),
        ceo,
        acting,
        away_from: away_from.map(|d| d.to_string()).unwrap_or_default(),
        expected_back: expected_back.map(|d| d.to_string()).unwrap_or_default(),
        priorities: check.optional("priorities", &input.priorities, TEXT_MAX),
        delegated: check.optional("delegated", &input.delegated, TEXT_MAX),
        do_not_touch: check.optional("do_not_touch", &input.do_not_touch, TEXT_MAX),
        emergency_contacts: check.optional(
            "emergency_contacts",
            &input.emergency_contacts,
            TEXT_MAX,
        ),
        started_at: now,
        started_by: by.to_string(),
        emergency,
        team_heads: heads.team,
        leadership_heads: heads.leadership,
        ended: None,
        acknowledged_at: None,
        delegation: None,
        declaration: None,
    };
    check.finish(handover)
}

fn check_day(check: &mut Checker, field: &'static str, text: &str) -> Option<Day> {
    if text.trim().is_empty() {
        check.fail(field, Problem::Required);
        return None;
    }
    let day = parse_day(text);
    if day.is_none() {
        check.fail(field, Problem::InvalidDay);
    }
    day
}

/// What every device is told about `handover` (the team document's record).
pub fn acting_record(handover: &Handover) -> Acting {
    Acting {
        handover_id: handover.id.clone(),
        acting: handover.acting.clone(),
        until: handover.expected_back.clone(),
        emergency: handover.emergency.is_some(),
        started_at: handover.started_at,
        ended_at: handover.ended.as_ref().map(|r| r.at),
    }
}

/// The acting record on screen: the newest one not ended.
pub fn current_acting(records: &[Acting]) -> Option<&Acting> {
    records
        .iter()
        .filter(|a| a.ended_at.is_none())
        .max_by(|a, b| {
            a.started_at
                .cmp(&b.started_at)
                .then_with(|| a.handover_id.cmp(&b.handover_id))
        })
}

/// Whether member `me` must still see the emergency handover `handover`
/// before anything else: they are its CEO and have not acknowledged it.
pub fn awaits_acknowledgement(handover: &Handover, me: &str) -> bool {
    handover.emergency.is_some()
        && handover.ceo == me
        && handover.acknowledged_at.is_none()
        && handover.ended.is_none()
}

/// The CEO confirms they have read the emergency handover.
pub fn acknowledge(handover: &mut Handover, by: &str, now: Millis) -> Result<(), Invalid> {
    let mut check = Checker::new();
    if handover.ceo != by {
        check.fail("handover", Problem::NotAllowed);
    } else if handover.acknowledged_at.is_some() {
        check.fail("handover", Problem::AlreadyDone);
    }
    check.finish(())?;
    handover.acknowledged_at = Some(now);
    Ok(())
}

/// What the decision form asks.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DecisionInput {
    pub decision: String,
    pub reason: String,
    pub alternatives: String,
    pub informed: String,
    /// Chosen from the active goals and values.
    pub goal: Option<Id>,
}

/// Validates `input` and makes a decision by `by` in the running
/// `handover`; only its acting CEO and its CEO log decisions.
pub fn log_decision(
    handover: &Handover,
    input: &DecisionInput,
    by: &str,
    now: Millis,
) -> Result<Decision, Invalid> {
    let mut check = Checker::new();
    if handover.ended.is_some() {
        check.fail("handover", Problem::Closed);
    } else if by != handover.acting && by != handover.ceo {
        check.fail("handover", Problem::NotAllowed);
    }
    let decision = Decision {
        id: new_id(),
        handover_id: Some(handover.id.clone()),
        decision: check.required("decision", &input.decision, REASON_MAX),
        reason: check.required("reason", &input.reason, TEXT_MAX),
        alternatives: check.optional("alternatives", &input.alternatives, TEXT_MAX),
        informed: check.optional("informed", &input.informed, REASON_MAX),
        at: now,
        by: by.to_string(),
        goal: input.goal.clone(),
    };
    check.finish(decision)
}

/// The decisions of handover `handover_id`, newest first.
pub fn decisions_of<'a>(handover_id: &str, decisions: &'a [Decision]) -> Vec<&'a Decision> {
    let mut found: Vec<_> = decisions
        .iter()
        .filter(|d| d.handover_id.as_deref() == Some(handover_id))
        .collect();
    found.sort_by(|a, b| b.at.cmp(&a.at).then_with(|| a.id.cmp(&b.id)));
    found
}

/// What the review form asks.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReviewInput {
    pub went_well: String,
    pub to_change: String,
}

/// The CEO ends `handover` with a review of the acting period.
pub fn end_handover(
    handover: &mut Handover,
    input: &ReviewInput,
    by: &str,
    now: Millis,
) -> Result<(), Invalid> {
    let mut check = Checker::new();
    if handover.ended.is_some() {
        check.fail("handover", Problem::AlreadyDone);
    } else if by != handover.ceo {
        check.fail("handover", Problem::NotAllowed);
    }
    let review = Review {
        at: now,
        by: by.to_string(),
        went_well: check.required("went_well", &input.went_well, TEXT_MAX),
        to_change: check.required("to_change", &input.to_change, TEXT_MAX),
    };
    handover.ended = Some(check.finish(review)?);
    Ok(())
}

/// Marks the acting record of an ended handover so the banner disappears.
pub fn end_acting(acting: &mut Acting, now: Millis) {
    acting.ended_at.get_or_insert(now);
}

#[cfg(test)]
mod tests;
