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
mod tests {
    use super::*;
    use crate::domain::action::Action;

    fn member(id: &str, role: Role) -> Member {
        Member {
            id: id.into(),
            name: id.into(),
            role,
            active: true,
            joined_at: 0,
        }
    }

    fn members() -> Vec<Member> {
        vec![
            member("ceo", Role::Ceo),
            member("sam", Role::OperationsAssistant),
            member("tim", Role::TeamMember),
        ]
    }

    fn input() -> HandoverInput {
        HandoverInput {
            away_from: "2026-03-30".into(),
            expected_back: "2026-04-03".into(),
            acting: "sam".into(),
            priorities: " Keep Acme happy ".into(),
            ..Default::default()
        }
    }

    fn heads() -> Heads {
        Heads {
            team: vec!["t1".into()],
            leadership: vec!["l1".into()],
        }
    }

    fn started() -> Handover {
        start_handover(&input(), &members(), &[], "ceo", heads(), 1_000).unwrap()
    }

    #[test]
    fn the_ceo_starts_a_handover_that_keeps_the_heads() {
        let handover = started();
        assert_eq!(
            (handover.ceo.as_str(), handover.acting.as_str()),
            ("ceo", "sam")
        );
        assert_eq!(handover.priorities, "Keep Acme happy");
        assert_eq!(handover.team_heads, vec!["t1".to_string()]);
        assert_eq!(handover.leadership_heads, vec!["l1".to_string()]);
        assert_eq!(handover.emergency, None);
        let acting = acting_record(&handover);
        assert_eq!(
            (
                acting.acting.as_str(),
                acting.until.as_str(),
                acting.emergency
            ),
            ("sam", "2026-04-03", false)
        );
        assert_eq!(current_acting(std::slice::from_ref(&acting)), Some(&acting));
    }

    #[test]
    fn days_must_be_valid_and_back_not_before_away() {
        let bad = HandoverInput {
            away_from: "2026-04-03".into(),
            expected_back: "2026-03-30".into(),
            ..input()
        };
        let err = start_handover(&bad, &members(), &[], "ceo", heads(), 0).unwrap_err();
        assert_eq!(
            err.for_field("expected_back"),
            Some(&Problem::EndBeforeStart)
        );
        let bad = HandoverInput {
            away_from: "".into(),
            expected_back: "soon".into(),
            ..input()
        };
        let err = start_handover(&bad, &members(), &[], "ceo", heads(), 0).unwrap_err();
        assert_eq!(err.for_field("away_from"), Some(&Problem::Required));
        assert_eq!(err.for_field("expected_back"), Some(&Problem::InvalidDay));
        let same_day = HandoverInput {
            expected_back: "2026-03-30".into(),
            ..input()
        };
        assert!(start_handover(&same_day, &members(), &[], "ceo", heads(), 0).is_ok());
    }

    #[test]
    fn the_acting_member_is_active_leadership_and_not_the_ceo() {
        let mut people = members();
        people.push(Member {
            active: false,
            ..member("old", Role::OperationsAssistant)
        });
        for (acting, problem) in [
            ("", Problem::Required),
            ("ghost", Problem::Unknown),
            ("old", Problem::Unknown),
            ("tim", Problem::NotAllowed),
            ("ceo", Problem::NotAllowed),
        ] {
            let bad = HandoverInput {
                acting: acting.into(),
                ..input()
            };
            let err = start_handover(&bad, &people, &[], "ceo", heads(), 0).unwrap_err();
            assert_eq!(err.for_field("acting"), Some(&problem), "{acting}");
        }
        assert_eq!(default_acting(&people).map(|m| m.id.as_str()), Some("sam"));
    }

    #[test]
    fn only_the_ceo_starts_a_planned_handover_and_only_one_runs() {
        let err = start_handover(&input(), &members(), &[], "sam", heads(), 0).unwrap_err();
        assert_eq!(err.for_field("handover"), Some(&Problem::NotAllowed));
        let first = started();
        let err = start_handover(
            &input(),
            &members(),
            std::slice::from_ref(&first),
            "ceo",
            heads(),
            0,
        )
        .unwrap_err();
        assert_eq!(err.for_field("handover"), Some(&Problem::AlreadyDone));
        let mut ended = first;
        ended.ended = Some(Review {
            at: 5,
            by: "ceo".into(),
            went_well: "w".into(),
            to_change: "c".into(),
        });
        assert!(start_handover(&input(), &members(), &[ended], "ceo", heads(), 0).is_ok());
    }

    #[test]
    fn the_assistant_starts_an_emergency_handover_with_a_reason() {
        let emergency = |reason: &str| HandoverInput {
            acting: "".into(),
            emergency: Some(reason.into()),
            ..input()
        };
        let err = start_handover(&emergency("  "), &members(), &[], "sam", heads(), 0).unwrap_err();
        assert_eq!(err.for_field("reason"), Some(&Problem::Required));
        let err =
            start_handover(&emergency("ill"), &members(), &[], "tim", heads(), 0).unwrap_err();
        assert_eq!(err.for_field("handover"), Some(&Problem::NotAllowed));

        let mut handover = start_handover(
            &emergency(" CEO in hospital "),
            &members(),
            &[],
            "sam",
            heads(),
            7,
        )
        .unwrap();
        assert_eq!(
            (handover.ceo.as_str(), handover.acting.as_str()),
            ("ceo", "sam")
        );
        assert_eq!(handover.emergency.as_deref(), Some("CEO in hospital"));
        assert!(acting_record(&handover).emergency);
        assert!(awaits_acknowledgement(&handover, "ceo"));
        assert!(!awaits_acknowledgement(&handover, "sam"));
        assert_eq!(
            acknowledge(&mut handover, "sam", 8)
                .unwrap_err()
                .for_field("handover"),
            Some(&Problem::NotAllowed)
        );
        acknowledge(&mut handover, "ceo", 9).unwrap();
        assert!(!awaits_acknowledgement(&handover, "ceo"));
        assert!(acknowledge(&mut handover, "ceo", 10).is_err());
    }

    #[test]
    fn decisions_need_a_decision_and_a_reason_from_the_acting_ceo_or_the_ceo() {
        let handover = started();
        let err = log_decision(&handover, &DecisionInput::default(), "sam", 2).unwrap_err();
        assert_eq!(err.for_field("decision"), Some(&Problem::Required));
        assert_eq!(err.for_field("reason"), Some(&Problem::Required));
        let input = DecisionInput {
            decision: " Give Acme a discount ".into(),
            reason: "Late delivery".into(),
            ..Default::default()
        };
        let err = log_decision(&handover, &input, "tim", 2).unwrap_err();
        assert_eq!(err.for_field("handover"), Some(&Problem::NotAllowed));
        let first = log_decision(&handover, &input, "sam", 2).unwrap();
        let second = log_decision(&handover, &input, "ceo", 3).unwrap();
        assert_eq!(first.decision, "Give Acme a discount");
        assert_eq!(first.handover_id.as_deref(), Some(handover.id.as_str()));
        let all = [first.clone(), second.clone()];
        let listed: Vec<_> = decisions_of(&handover.id, &all)
            .into_iter()
            .cloned()
            .collect();
        assert_eq!(listed, vec![second, first]);
    }

    #[test]
    fn the_ceo_ends_a_handover_with_a_review_once() {
        let mut handover = started();
        let review = ReviewInput {
            went_well: "Calm".into(),
            to_change: "More notes".into(),
        };
        let err = end_handover(&mut handover, &ReviewInput::default(), "ceo", 5).unwrap_err();
        assert_eq!(err.for_field("went_well"), Some(&Problem::Required));
        assert_eq!(err.for_field("to_change"), Some(&Problem::Required));
        assert!(end_handover(&mut handover, &review, "sam", 5).is_err());
        assert_eq!(handover.ended, None);
        end_handover(&mut handover, &review, "ceo", 5).unwrap();
        assert_eq!(handover.ended.as_ref().map(|r| r.at), Some(5));
        assert_eq!(
            end_handover(&mut handover, &review, "ceo", 6)
                .unwrap_err()
                .for_field("handover"),
            Some(&Problem::AlreadyDone)
        );
        let decision = DecisionInput {
            decision: "d".into(),
            reason: "r".into(),
            ..Default::default()
        };
        assert_eq!(
            log_decision(&handover, &decision, "sam", 7)
                .unwrap_err()
                .for_field("handover"),
            Some(&Problem::Closed)
        );
        let mut acting = acting_record(&started());
        end_acting(&mut acting, 9);
        assert_eq!(acting.ended_at, Some(9));
        assert_eq!(current_acting(&[acting]), None);
        assert!(running(&[handover]).is_none());
    }

    /// A handover stored before delegations existed has neither field: it
    /// still reads, without a delegation.
    #[test]
    fn a_handover_from_before_delegations_still_reads() {
        use crate::doc::{ChangeMeta, DocKind, Document, DocumentId};
        use automerge::transaction::Transactable;
        use automerge::{ReadDoc, ROOT};
        let handover = started();
        let mut doc = Document::create(DocumentId::random(), DocKind::Leadership);
        doc.change(
            &ChangeMeta::new("ceo", Action::HandoverStart, ""),
            1_000,
            |w| w.put(&handover.id, &handover),
        )
        .unwrap();
        let am = doc.automerge_mut();
        let (_, handovers) = am.get(ROOT, "handovers").unwrap().unwrap();
        let (_, record) = am.get(&handovers, handover.id.as_str()).unwrap().unwrap();
        let mut tx = am.transaction();
        tx.delete(&record, "delegation").unwrap();
        tx.delete(&record, "declaration").unwrap();
        tx.commit();
        let read: Handover = doc.get::<Handover>(&handover.id).unwrap().unwrap();
        assert_eq!(read, handover);
    }

    #[test]
    fn ending_on_one_device_keeps_a_decision_logged_meanwhile_on_another() {
        use crate::doc::{ChangeMeta, DocKind, Document, DocumentId};
        let handover = started();
        let mut ceo = Document::create(DocumentId::random(), DocKind::Leadership);
        ceo.change(
            &ChangeMeta::new("ceo", Action::HandoverStart, ""),
            1_000,
            |w| w.put(&handover.id, &handover),
        )
        .unwrap();
        let mut sam = Document::open(
            ceo.id().clone(),
            DocKind::Leadership,
            ceo.automerge().clone(),
        )
        .unwrap()
        .0;
        let decision = DecisionInput {
            decision: "Hire a temp".into(),
            reason: "Two people ill".into(),
            ..Default::default()
        };
        let logged = log_decision(&handover, &decision, "sam", 2_000).unwrap();
        sam.change(
            &ChangeMeta::new("sam", Action::DecisionLog, ""),
            2_000,
            |w| w.put(&logged.id, &logged),
        )
        .unwrap();
        let review = ReviewInput {
            went_well: "Calm".into(),
            to_change: "More notes".into(),
        };
        ceo.change(
            &ChangeMeta::new("ceo", Action::HandoverEnd, ""),
            3_000,
            |w| {
                let mut current: Handover = w.get::<Handover>(&handover.id)?.unwrap();
                end_handover(&mut current, &review, "ceo", 3_000)?;
                w.put(&handover.id, &current)
            },
        )
        .unwrap();
        let mut from_sam = sam.automerge().clone();
        ceo.automerge_mut().merge(&mut from_sam).unwrap();
        let mut from_ceo = ceo.automerge().clone();
        sam.automerge_mut().merge(&mut from_ceo).unwrap();
        for doc in [&ceo, &sam] {
            let merged: Handover = doc.get::<Handover>(&handover.id).unwrap().unwrap();
            assert_eq!(merged.ended.map(|r| r.went_well), Some("Calm".to_string()));
            assert_eq!(merged.team_heads, handover.team_heads);
            let decisions: Vec<Decision> = doc
                .all::<Decision>()
                .unwrap()
                .records
                .into_iter()
                .map(|(_, d)| d)
                .collect();
            assert_eq!(decisions_of(&handover.id, &decisions), vec![&logged]);
        }
    }
}
