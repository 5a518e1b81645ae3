use super::*;
use crate::domain::action::Action;

fn member(id: &str, role: Role) -> Member {
    Member {
        id: id.into(),
        name: id.into(),
        role,
        active: true,
        joined_at: 0,
        ..Default::default()
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
    let err = start_handover(&emergency("ill"), &members(), &[], "tim", heads(), 0).unwrap_err();
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
