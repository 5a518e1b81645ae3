use super::*;
use crate::doc::{ChangeMeta, DocKind, Document, DocumentId};
use crate::domain::action::Action;
use crate::domain::calendar::{start_of, zone};
use crate::domain::clients::{create_client, ClientInput};
use crate::i18n::{Locale, Translator};

fn anyone(_: &str) -> bool {
    true
}

fn step(title: &str, offset: &str) -> StepInput {
    StepInput {
        title: title.into(),
        offset_days: offset.into(),
        owner: None,
    }
}

fn template(steps: &[(&str, &str)]) -> ChecklistTemplate {
    let mut t = create_template(ChecklistKind::Onboarding, "Standard", "m1", 0).unwrap();
    for (title, offset) in steps {
        t.add_step(&step(title, offset), anyone).unwrap();
    }
    t
}

fn client() -> Client {
    let input = ClientInput {
        name: "Acme".into(),
        status: ClientStatus::Prospect,
        ..Default::default()
    };
    create_client(&input, anyone, "m1", 0).unwrap()
}

/// 30 January 2026, 23:30 in Amsterdam (22:30 UTC; already the 31st in
/// Tokyo).
fn late_on_jan_30() -> Millis {
    let amsterdam = zone("Europe/Amsterdam");
    start_of(parse_day("2026-01-30").unwrap(), &amsterdam) + 23 * 3_600_000 + 1_800_000
}

#[test]
fn templates_check_names_titles_offsets_and_owners() {
    let err = create_template(ChecklistKind::Onboarding, "  ", "m1", 0).unwrap_err();
    assert_eq!(err.for_field("name"), Some(&Problem::Required));
    let mut t = template(&[]);
    assert_eq!(
        t.rename(&"x".repeat(NAME_MAX + 1))
            .unwrap_err()
            .for_field("name"),
        Some(&Problem::TooLong { max: NAME_MAX })
    );
    for bad in ["-1", "366", "two", "1.5"] {
        let err = t.add_step(&step("Call", bad), anyone).unwrap_err();
        assert_eq!(
            err.for_field("offset"),
            Some(&Problem::DaysOutOfRange),
            "{bad}"
        );
    }
    let ghost = StepInput {
        owner: Some("ghost".into()),
        ..step(" ", "")
    };
    let err = t.add_step(&ghost, |id| id == "m1").unwrap_err();
    assert_eq!(err.for_field("title"), Some(&Problem::Required));
    assert_eq!(err.for_field("owner"), Some(&Problem::Unknown));
    assert!(t.steps.is_empty());

    t.add_step(&step(" Call ", " 365 "), anyone).unwrap();
    t.add_step(&step("Visit", ""), anyone).unwrap();
    assert_eq!(t.steps[0].title, "Call");
    assert_eq!(t.steps[0].offset_days, Some(365));
    assert_eq!(t.steps[1].offset_days, None);
}

#[test]
fn steps_are_edited_field_by_field_reordered_and_removed() {
    let mut t = template(&[("Call", "0"), ("Contract", "2"), ("Kick-off", "7")]);
    let contract = t.steps[1].id.clone();
    let original = StepInput::from_step(&t.steps[1]);
    // Meanwhile another device gave the step an owner.
    t.steps[1].owner = Some("m2".into());
    let edited = StepInput {
        offset_days: "3".into(),
        ..original.clone()
    };
    t.edit_step(&contract, &original, &edited, anyone).unwrap();
    assert_eq!(t.steps[1].offset_days, Some(3));
    assert_eq!(t.steps[1].owner.as_deref(), Some("m2"));

    assert!(t.move_step(&contract, -1));
    assert!(!t.move_step(&contract, -1));
    let titles: Vec<_> = t.steps.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, ["Contract", "Call", "Kick-off"]);
    assert!(t.remove_step(&contract));
    assert!(t.edit_step(&contract, &original, &edited, anyone).is_err());
    assert_eq!(t.steps.len(), 2);
}

#[test]
fn starting_sets_due_days_across_a_month_end_in_the_device_zone() {
    let mut t = template(&[
        ("Call", "0"),
        ("Contract", "1"),
        ("Kick-off", "2"),
        ("Any time", ""),
    ]);
    t.steps[2].owner = Some("m2".into());
    let amsterdam = zone("Europe/Amsterdam");
    let checklist = start_checklist(&t, "c1", "m1", late_on_jan_30(), &amsterdam);
    let due: Vec<_> = checklist
        .ordered_steps()
        .iter()
        .map(|s| s.due_on.clone())
        .collect();
    assert_eq!(
        due,
        [
            Some("2026-01-30".to_string()),
            Some("2026-01-31".to_string()),
            Some("2026-02-01".to_string()),
            None
        ]
    );
    // In Tokyo the same instant is already the 31st.
    let tokyo = start_checklist(&t, "c1", "m1", late_on_jan_30(), &zone("Asia/Tokyo"));
    assert_eq!(
        tokyo.ordered_steps()[2].due_on.as_deref(),
        Some("2026-02-02")
    );
    let kick_off = checklist.ordered_steps()[2];
    assert_eq!(kick_off.title, "Kick-off");
    assert_eq!(kick_off.owner.as_deref(), Some("m2"));
    assert_eq!(
        (checklist.client_id.as_str(), checklist.started_by.as_str()),
        ("c1", "m1")
    );
    assert_eq!(checklist.name, "Standard");
}

#[test]
fn progress_next_step_and_overdue_follow_the_ticks() {
    let t = template(&[("Call", "0"), ("Contract", "1"), ("Kick-off", "")]);
    let mut checklist =
        start_checklist(&t, "c1", "m1", late_on_jan_30(), &zone("Europe/Amsterdam"));
    let ids: Vec<Id> = checklist
        .ordered_steps()
        .iter()
        .map(|s| s.id.clone())
        .collect();
    let feb_1 = parse_day("2026-02-01").unwrap();
    assert_eq!(checklist.progress(), Progress { done: 0, total: 3 });
    assert_eq!(checklist.overdue_count(feb_1), 2);
    assert_eq!(checklist.overdue_count(parse_day("2026-01-31").unwrap()), 1);

    checklist.complete_step(&ids[0], "m2", 50).unwrap();
    checklist.complete_step(&ids[0], "m3", 60).unwrap();
    assert_eq!(
        checklist.steps[&ids[0]].done,
        Some(Done {
            at: 50,
            by: "m2".into()
        })
    );
    assert_eq!(checklist.next_step().unwrap().title, "Contract");
    assert_eq!(checklist.overdue_count(feb_1), 1);
    assert_eq!(checklist.progress(), Progress { done: 1, total: 3 });

    checklist.complete_step(&ids[1], "m2", 70).unwrap();
    assert_eq!(checklist.next_step().unwrap().title, "Kick-off");
    checklist
        .assign_step(&ids[2], Some("m3".into()), anyone)
        .unwrap();
    assert!(checklist
        .assign_step(&ids[2], Some("ghost".into()), |_| false)
        .is_err());
    assert_eq!(checklist.steps[&ids[2]].owner.as_deref(), Some("m3"));
    checklist.complete_step(&ids[2], "m3", 80).unwrap();
    assert!(checklist.is_complete());
    assert_eq!(checklist.next_step(), None);

    checklist.reopen_step(&ids[1]).unwrap();
    assert!(!checklist.is_complete());
    assert!(checklist.complete_step("gone", "m1", 1).is_err());
}

#[test]
fn the_latest_checklist_decides_the_status() {
    let mut acme = client();
    acme.status = ClientStatus::Prospect;
    let zone = zone("Europe/Amsterdam");
    assert_eq!(effective_status(&acme, []), ClientStatus::Prospect);

    let onboarding = template(&[("Call", "0")]);
    let mut first = start_checklist(&onboarding, &acme.id, "m1", 1_000, &zone);
    let other_client = start_checklist(&onboarding, "someone-else", "m1", 5_000, &zone);
    assert_eq!(
        effective_status(&acme, [&first, &other_client]),
        ClientStatus::Onboarding
    );
    let step = first.ordered_steps()[0].id.clone();
    first.complete_step(&step, "m1", 2_000).unwrap();
    assert_eq!(effective_status(&acme, [&first]), ClientStatus::Active);

    let mut offboarding = template(&[("Exit", "0")]);
    offboarding.kind = ChecklistKind::Offboarding;
    let mut leaving = start_checklist(&offboarding, &acme.id, "m1", 3_000, &zone);
    assert_eq!(
        effective_status(&acme, [&first, &leaving]),
        ClientStatus::Offboarding
    );
    let step = leaving.ordered_steps()[0].id.clone();
    leaving.complete_step(&step, "m1", 4_000).unwrap();
    assert_eq!(
        effective_status(&acme, [&leaving, &first]),
        ClientStatus::Former
    );

    // The stored status shows again when the checklists are removed.
    acme.status = ClientStatus::Active;
    assert_eq!(
        effective_status(&acme, [&other_client]),
        ClientStatus::Active
    );
}

#[test]
fn two_devices_completing_the_last_steps_at_once_agree() {
    let acme = client();
    let t = template(&[("Call", "0"), ("Contract", "1"), ("Kick-off", "2")]);
    let mut checklist = start_checklist(&t, &acme.id, "m1", 1_000, &zone("UTC"));
    let ids: Vec<Id> = checklist
        .ordered_steps()
        .iter()
        .map(|s| s.id.clone())
        .collect();
    checklist.complete_step(&ids[0], "m1", 1_500).unwrap();

    let mut a = Document::create(DocumentId::random(), DocKind::Team);
    a.change(
        &ChangeMeta::new("m1", Action::ChecklistStart, ""),
        1_000,
        |w| {
            w.put(&acme.id, &acme)?;
            w.put(&checklist.id, &checklist)
        },
    )
    .unwrap();
    let mut b = Document::open(a.id().clone(), DocKind::Team, a.automerge().fork())
        .unwrap()
        .0;
    for (doc, by, step) in [(&mut a, "m1", &ids[1]), (&mut b, "m2", &ids[2])] {
        doc.change(
            &ChangeMeta::new(by, Action::ChecklistStepDone, ""),
            2_000,
            |w| {
                let mut current: Checklist = w.get::<Checklist>(&checklist.id)?.unwrap();
                current.complete_step(step, by, 2_000)?;
                w.put(&checklist.id, &current)
            },
        )
        .unwrap();
        let alone: Checklist = doc.get::<Checklist>(&checklist.id).unwrap().unwrap();
        assert_eq!(effective_status(&acme, [&alone]), ClientStatus::Onboarding);
    }
    let mut b_copy = b.automerge().clone();
    a.automerge_mut().merge(&mut b_copy).unwrap();
    let mut a_copy = a.automerge().clone();
    b.automerge_mut().merge(&mut a_copy).unwrap();

    for doc in [&a, &b] {
        let merged: Checklist = doc.get::<Checklist>(&checklist.id).unwrap().unwrap();
        assert_eq!(merged.steps[&ids[1]].done.as_ref().unwrap().by, "m1");
        assert_eq!(merged.steps[&ids[2]].done.as_ref().unwrap().by, "m2");
        assert_eq!(merged.progress(), Progress { done: 3, total: 3 });
        let stored: Client = doc.get::<Client>(&acme.id).unwrap().unwrap();
        assert_eq!(stored.status, ClientStatus::Prospect);
        assert_eq!(effective_status(&stored, [&merged]), ClientStatus::Active);
    }
}

#[test]
fn concurrent_template_edits_of_different_steps_both_survive() {
    let t = template(&[("Call", "0"), ("Contract", "1")]);
    let mut a = Document::create(DocumentId::random(), DocKind::Team);
    a.change(&ChangeMeta::new("m1", Action::TemplateCreate, ""), 0, |w| {
        w.put(&t.id, &t)
    })
    .unwrap();
    let mut b = Document::open(a.id().clone(), DocKind::Team, a.automerge().fork())
        .unwrap()
        .0;
    let edit = |doc: &mut Document, index: usize, title: &str| {
        doc.change(
            &ChangeMeta::new("m1", Action::TemplateStepEdit, ""),
            0,
            |w| {
                let mut current: ChecklistTemplate = w.get::<ChecklistTemplate>(&t.id)?.unwrap();
                let original = StepInput::from_step(&current.steps[index]);
                let edited = StepInput {
                    title: title.into(),
                    ..original.clone()
                };
                let id = current.steps[index].id.clone();
                current.edit_step(&id, &original, &edited, anyone)?;
                w.put(&t.id, &current)
            },
        )
        .unwrap();
    };
    edit(&mut a, 0, "Welcome call");
    edit(&mut b, 1, "Contract signed");
    let mut b_copy = b.automerge().clone();
    a.automerge_mut().merge(&mut b_copy).unwrap();
    let merged: ChecklistTemplate = a.get::<ChecklistTemplate>(&t.id).unwrap().unwrap();
    let titles: Vec<_> = merged.steps.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, ["Welcome call", "Contract signed"]);
}

#[test]
fn default_templates_speak_every_language() {
    for locale in Locale::ALL {
        let translator = Translator::for_locale(locale);
        for kind in ChecklistKind::ALL {
            let t = default_template(*kind, |id| translator.t(id), "m1", 0);
            assert_eq!(t.kind, *kind);
            assert!(t.steps.len() >= 5);
            let ids = std::iter::once(kind.default_name_id())
                .chain(kind.default_steps().iter().map(|(id, _)| *id));
            for id in ids {
                let text = translator.t(id);
                assert!(
                    !text.is_empty() && text != id,
                    "{} lacks {id}",
                    locale.code()
                );
            }
            assert!(t
                .steps
                .iter()
                .all(|s| s.offset_days.is_some_and(|d| (0..=OFFSET_MAX).contains(&d))));
        }
    }
}
