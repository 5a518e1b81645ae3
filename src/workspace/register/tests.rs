use std::rc::Rc;

use crate::doc::{DocError, DocKind};
use crate::domain::action::Action;
use crate::domain::people::Role;
use crate::domain::register::{
    edit_entry, register_entry, ConfidentialEntry, Confidentiality, EntryInput, RegisterEntry,
    Rules, TeamEntry,
};
use crate::domain::validation::{Invalid, Problem};
use crate::workspace::tests::{ceo, grant, second_device};
use crate::workspace::{DocHost, MemoryDoc, Workspace};

fn rules(leadership: bool) -> Rules<impl Fn(&str) -> bool> {
    Rules {
        is_member: |_: &str| true,
        leadership,
    }
}

fn register(space: &Workspace<MemoryDoc>, confidentiality: Confidentiality) -> RegisterEntry {
    let input = EntryInput {
        title: "Office lease".into(),
        owner: "me".into(),
        location: "Cabinet A".into(),
        confidentiality,
        ..Default::default()
    };
    let leadership = space.leadership().is_some();
    let entry = register_entry(&input, &rules(leadership), "me", 1).unwrap();
    space
        .file_entry(Action::DocumentRegister, entry.clone())
        .unwrap();
    entry
}

/// Edits entry `id` on `space` as the form does: from the values it
/// opened with to `change`'s.
fn edit(
    space: &Workspace<MemoryDoc>,
    id: &str,
    change: impl FnOnce(&mut EntryInput),
) -> Result<RegisterEntry, DocError> {
    let leadership = space.leadership().is_some();
    let original = EntryInput::from_entry(&space.register_entry(id)?.unwrap());
    let mut edited = original.clone();
    change(&mut edited);
    space.edit_register_entry(id, "title", |entry| {
        edit_entry(entry, &original, &edited, &rules(leadership))
    })
}

fn in_team(doc: &MemoryDoc, id: &str) -> Option<RegisterEntry> {
    doc.read(|d| d.get::<TeamEntry>(id))
        .unwrap()
        .map(TeamEntry::into_entry)
}

fn in_leadership(doc: &MemoryDoc, id: &str) -> Option<RegisterEntry> {
    doc.read(|d| d.get::<ConfidentialEntry>(id))
        .unwrap()
        .map(ConfidentialEntry::into_entry)
}

/// The device of a team member of the same workspace: the team document
/// only, as its grant names no leadership document.
fn team_device(team: &MemoryDoc) -> Workspace<MemoryDoc> {
    Workspace::new(
        "tom",
        (Some("token".into()), Ok(grant(Role::TeamMember, None))),
        second_device(team),
        None,
    )
}

#[test]
fn an_entry_is_kept_in_the_document_its_confidentiality_names() {
    let space = ceo();
    let internal = register(&space, Confidentiality::Internal);
    let secret = register(&space, Confidentiality::Confidential);
    let lead = space.leadership().unwrap();
    assert_eq!(in_team(space.team(), &internal.id), Some(internal.clone()));
    assert_eq!(in_leadership(lead, &internal.id), None);
    assert_eq!(in_leadership(lead, &secret.id), Some(secret.clone()));
    assert_eq!(in_team(space.team(), &secret.id), None);
    assert_eq!(space.register_entry(&secret.id).unwrap(), Some(secret));
}

#[test]
fn changing_the_confidentiality_moves_the_entry_between_documents() {
    let space = ceo();
    let entry = register(&space, Confidentiality::Internal);
    let lead = space.leadership().unwrap();

    let moved = edit(&space, &entry.id, |e| {
        e.confidentiality = Confidentiality::Confidential;
        e.notes = "Rent under negotiation".into();
    })
    .unwrap();
    assert_eq!(in_team(space.team(), &entry.id), None);
    assert_eq!(in_leadership(lead, &entry.id), Some(moved.clone()));
    assert_eq!(moved.notes, "Rent under negotiation");
    assert_eq!(moved.created_at, entry.created_at);
    // Both halves of the move are recorded as the one action, on the entry.
    let last = |kind| space.change_log(kind, &[]).pop().unwrap();
    for kind in [DocKind::Team, DocKind::Leadership] {
        let change = last(kind);
        assert_eq!(change.meta.unwrap().action, Action::DocumentEdit);
        assert!(change.records.iter().any(|r| r.id == entry.id));
    }

    let public = edit(&space, &entry.id, |e| {
        e.confidentiality = Confidentiality::Public;
    })
    .unwrap();
    assert_eq!(in_leadership(lead, &entry.id), None);
    assert_eq!(in_team(space.team(), &entry.id), Some(public.clone()));
    assert_eq!(public.notes, "Rent under negotiation");

    // An edit that keeps the level stays where it is.
    edit(&space, &entry.id, |e| e.title = "Office lease 2027".into()).unwrap();
    assert_eq!(in_leadership(lead, &entry.id), None);
    assert_eq!(
        in_team(space.team(), &entry.id).unwrap().title,
        "Office lease 2027"
    );
}

#[test]
fn a_team_device_never_receives_an_entry_made_confidential() {
    let space = ceo();
    let entry = register(&space, Confidentiality::Internal);
    let team = team_device(space.team());
    assert_eq!(team.register_entry(&entry.id).unwrap(), Some(entry.clone()));

    edit(&space, &entry.id, |e| {
        e.confidentiality = Confidentiality::Confidential;
    })
    .unwrap();
    team.team().merge_from(space.team());
    assert_eq!(team.register_entry(&entry.id).unwrap(), None);
    assert_eq!(
        team.team()
            .read(|d| d.all::<TeamEntry>())
            .unwrap()
            .records
            .len(),
        0
    );
}

/// The comment on `file_entry`: an edit made on another device to the copy
/// that moved away is lost, and the moved copy is what everyone sees.
#[test]
fn an_edit_meanwhile_to_the_copy_that_moved_away_is_lost() {
    let space = ceo();
    let entry = register(&space, Confidentiality::Internal);
    let team = team_device(space.team());
    edit(&team, &entry.id, |e| e.title = "Lease (signed copy)".into()).unwrap();
    edit(&space, &entry.id, |e| {
        e.confidentiality = Confidentiality::Confidential;
    })
    .unwrap();
    space.team().merge_from(team.team());
    team.team().merge_from(space.team());
    for doc in [space.team(), team.team()] {
        assert_eq!(in_team(doc, &entry.id), None);
    }
    let kept = space.register_entry(&entry.id).unwrap().unwrap();
    assert_eq!(
        (kept.title.as_str(), kept.confidentiality),
        ("Office lease", Confidentiality::Confidential)
    );
}

/// An edit that moves nothing merges field by field with one made at once
/// on another device.
#[test]
fn concurrent_edits_of_different_fields_both_stay() {
    let space = ceo();
    let entry = register(&space, Confidentiality::Internal);
    let team = team_device(space.team());
    edit(&team, &entry.id, |e| e.title = "Lease (signed copy)".into()).unwrap();
    edit(&space, &entry.id, |e| e.review_on = "2027-01-31".into()).unwrap();
    space.team().merge_from(team.team());
    let merged = in_team(space.team(), &entry.id).unwrap();
    assert_eq!(merged.title, "Lease (signed copy)");
    assert_eq!(merged.review_on.as_deref(), Some("2027-01-31"));
}

#[test]
fn a_team_member_cannot_write_a_confidential_entry() {
    let space = ceo();
    let team = team_device(space.team());
    let entry = register(&team, Confidentiality::Internal);

    // The form refuses the level on a team device...
    let refused = edit(&team, &entry.id, |e| {
        e.confidentiality = Confidentiality::Confidential;
    });
    assert!(matches!(
        refused,
        Err(DocError::Invalid(Invalid(ref problems)))
            if problems.iter().any(|p| p.field == "confidentiality"
                && p.problem == Problem::NotAllowed)
    ));
    // ...and the workspace, which holds no leadership document, refuses the
    // write whatever the input says, leaving the team copy as it was.
    let forced = RegisterEntry {
        confidentiality: Confidentiality::Confidential,
        title: "Salaries".into(),
        ..entry.clone()
    };
    assert!(matches!(
        team.file_entry(Action::DocumentEdit, forced),
        Err(DocError::WrongDocument(_))
    ));
    assert_eq!(in_team(team.team(), &entry.id), Some(entry.clone()));
    let written = |doc: &Rc<MemoryDoc>| doc.read(|d| d.heads());
    let before = written(team.team());
    let new_secret = RegisterEntry {
        id: "new".into(),
        ..RegisterEntry {
            confidentiality: Confidentiality::Confidential,
            ..entry
        }
    };
    assert!(team
        .file_entry(Action::DocumentRegister, new_secret)
        .is_err());
    assert_eq!(written(team.team()), before);
}
