use super::*;
use crate::domain::escalations::{raise_escalation, Escalation, EscalationInput};
use crate::domain::people::{create_member, Member, MemberInput};
use crate::domain::tasks::{create_task, move_task, Known, Task, TaskInput, TaskStatus};
use crate::trust::fixtures;

pub(super) fn grant(role: Role, leadership: Option<&str>) -> Grant {
    fixtures::grant("me", role.code(), leadership)
}

/// The workspace of a device whose verified grant is `grant`: a leadership
/// document only when the grant names one, as `Session::open` does.
pub(super) fn workspace(grant: Result<Grant, Unverified>) -> Workspace<MemoryDoc> {
    let leadership = leadership_document(&grant).map(|_| MemoryDoc::create(DocKind::Leadership));
    Workspace::new(
        "me",
        (Some("token".into()), grant),
        MemoryDoc::create(DocKind::Team),
        leadership,
    )
}

pub(super) fn ceo() -> Workspace<MemoryDoc> {
    workspace(Ok(grant(Role::Ceo, Some("lead"))))
}

fn known(_: &str) -> bool {
    true
}

pub(super) fn add_task(space: &Workspace<MemoryDoc>, title: &str) -> Task {
    let input = TaskInput {
        title: title.into(),
        ..TaskInput::default()
    };
    let known = Known {
        assignee: known,
        client: known,
    };
    let task = create_task(&input, &known, "me", 1).unwrap();
    space
        .change_team(Action::TaskCreate, &task.title, |w| w.put(&task.id, &task))
        .unwrap();
    task
}

/// Gives task `id` a new `title`, as an edit of its current state.
pub(super) fn retitle(space: &Workspace<MemoryDoc>, id: &str, title: &str) {
    space
        .update(id, "title", (Action::TaskEdit, title), |t: &mut Task| {
            t.title = title.into();
            Ok(())
        })
        .unwrap();
}

/// Raises an escalation: a record of the leadership document.
pub(super) fn add_escalation(space: &Workspace<MemoryDoc>) -> Escalation {
    let input = EscalationInput {
        summary: "Late delivery".into(),
        ..Default::default()
    };
    let escalation = raise_escalation(&input, known, "me", 1).unwrap();
    space
        .change_leadership(Action::EscalationRaise, "Late delivery", |w| {
            w.put(&escalation.id, &escalation)
        })
        .unwrap();
    escalation
}

/// A second device of the same workspace: the same documents, its own actor.
pub(super) fn second_device(doc: &MemoryDoc) -> Rc<MemoryDoc> {
    doc.read(|d| {
        let copy = d.automerge().fork();
        MemoryDoc::holding(Document::open(d.id().clone(), d.kind(), copy).unwrap().0)
    })
}

#[test]
fn every_change_is_attributed_to_this_user_and_named_by_its_action() {
    let space = ceo();
    let task = add_task(&space, "Order toner");
    let log = space.change_log(DocKind::Team, &[]);
    let meta = log.last().unwrap().meta.clone().unwrap();
    assert_eq!(
        (meta.author.as_str(), meta.action, meta.label.as_str()),
        ("me", Action::TaskCreate, "Order toner")
    );
    assert!(log.last().unwrap().records.iter().any(|r| r.id == task.id));
}

#[test]
fn a_record_goes_to_the_document_that_holds_its_collection() {
    let space = ceo();
    let escalation = add_escalation(&space);
    let updated: Escalation = space
        .update(
            &escalation.id,
            "summary",
            (Action::EscalationRaise, "x"),
            |e: &mut Escalation| {
                e.details = "Called twice".into();
                Ok(())
            },
        )
        .unwrap();
    assert_eq!(updated.details, "Called twice");
    let in_leadership = |doc: &MemoryDoc| doc.read(|d| d.get::<Escalation>(&escalation.id));
    assert_eq!(
        in_leadership(space.leadership().unwrap()).unwrap(),
        Some(updated)
    );
    assert!(matches!(
        in_leadership(space.team()),
        Err(DocError::WrongDocument(_))
    ));
}

/// A team device holds no leadership document, so no leadership record can
/// be written (or read) on it, whatever its user tries.
#[test]
fn a_team_device_cannot_write_a_leadership_record() {
    let space = workspace(Ok(grant(Role::TeamMember, None)));
    assert!(space.leadership().is_none());
    let written = space.change_leadership(Action::EscalationRaise, "x", |_| Ok(()));
    assert!(matches!(written, Err(DocError::WrongDocument(_))));
    let updated = space.update(
        "e1",
        "summary",
        (Action::EscalationRaise, "x"),
        |_: &mut Escalation| Ok(()),
    );
    assert!(updated.is_err());
    assert_eq!(space.change_log(DocKind::Leadership, &[]), Vec::new());
    assert_eq!(space.heads().1, Vec::<String>::new());
}

/// The role comes from the verified grant only: a member record claiming
/// to be the CEO, written by the member, changes nothing.
#[test]
fn the_role_is_what_the_grant_says_never_the_member_record() {
    let space = workspace(Ok(grant(Role::TeamMember, None)));
    let claim = MemberInput {
        name: "Sam".into(),
        role: Role::Ceo,
        ..Default::default()
    };
    let member: Member = Member {
        id: "me".into(),
        ..create_member(&claim, |_| false, 1).unwrap()
    };
    space
        .change_team(Action::MemberJoin, "Sam", |w| w.put("me", &member))
        .unwrap();
    assert_eq!(space.my_role(), Some(Role::TeamMember));
    assert_eq!(
        leadership_document(&Ok(grant(Role::TeamMember, None))),
        None
    );

    let unverified = workspace(Err(Unverified::Invalid));
    assert_eq!(unverified.my_role(), None);
    assert!(unverified.leadership().is_none());
    assert_eq!(unverified.verified(), None);
}

/// Editing the current state keeps what another device changed meanwhile.
#[test]
fn an_update_keeps_a_concurrent_change_to_another_field() {
    let here = ceo();
    let task = add_task(&here, "Order toner");
    let there = Workspace::new(
        "you",
        (None, Err(Unverified::Missing)),
        second_device(here.team()),
        None,
    );
    retitle(&there, &task.id, "Order toner and paper");
    here.update(
        &task.id,
        "status",
        (Action::TaskMove, "x"),
        |t: &mut Task| move_task(t, TaskStatus::InProgress, "", "me", 2),
    )
    .unwrap();
    here.team().merge_from(there.team());
    let merged: Task = here.team().read(|d| d.get(&task.id).unwrap().unwrap());
    assert_eq!(
        (merged.title.as_str(), merged.status),
        ("Order toner and paper", TaskStatus::InProgress)
    );
}

#[test]
fn a_record_removed_elsewhere_is_reported_on_the_field() {
    let space = ceo();
    let err = space
        .update("gone", "title", (Action::TaskEdit, "x"), |_: &mut Task| {
            Ok(())
        })
        .unwrap_err();
    assert!(matches!(err, DocError::Invalid(invalid) if invalid == Invalid::unknown("title")));
}

#[test]
fn the_change_log_lists_what_is_new_since_given_heads() {
    let space = ceo();
    add_task(&space, "Order toner");
    let (team, _) = space.heads();
    let later = add_task(&space, "Order toner");
    let log = space.change_log(DocKind::Team, &team);
    assert_eq!(log.len(), 1);
    assert!(log[0].records.iter().any(|r| r.id == later.id));
}

#[test]
fn only_a_relay_that_proves_its_key_receives_the_leadership_document() {
    let mut ceo = grant(Role::Ceo, Some("lead"));
    ceo.relay = Some(RelayRef {
        address: "wss://relay.example".into(),
        key: Some("key".into()),
    });
    let space = workspace(Ok(ceo.clone()));
    assert_eq!(space.relay_documents().len(), 2);

    ceo.relay.as_mut().unwrap().key = None;
    let open_server = workspace(Ok(ceo));
    let docs = open_server.relay_documents();
    assert_eq!(docs.len(), 1);
    assert!(Rc::ptr_eq(&docs[0], open_server.team()));

    assert!(workspace(Err(Unverified::Expired))
        .relay_documents()
        .is_empty());
}

/// Leadership adds a person without a device, then invites them: the device
/// that joins waits until it holds the team document and finds the person
/// there, so it links to the record instead of making a second one, and the
/// department and contact details leadership entered are kept.
#[test]
fn a_joining_device_links_to_the_member_leadership_added() {
    let ceo = ceo();
    let ines = Member {
        id: "me".into(),
        department: Some("finance".into()),
        phone: "+31 20 123 4567".into(),
        ..create_member(
            &MemberInput {
                name: "Ines".into(),
                ..Default::default()
            },
            |_| false,
            1,
        )
        .unwrap()
    };
    ceo.change_team(Action::MemberAdd, "Ines", |w| w.put("me", &ines))
        .unwrap();
    let joined = workspace(Ok(grant(Role::TeamMember, None)));
    joined.team().merge_from(ceo.team());
    assert!(!joined.settle_membership("Ines Visser", 2).unwrap());
    ceo.team().merge_from(joined.team());
    let kept: Member = ceo.team().read(|d| d.get("me")).unwrap().unwrap();
    assert_eq!(kept, ines);
    let members = ceo.team().read(|d| d.all::<Member>()).unwrap();
    assert_eq!(members.records.len(), 1);
}

/// An invite from before people could be added directly names a member
/// nobody recorded: the device writes the record itself, with its grant's
/// role, once.
#[test]
fn a_joining_device_records_a_new_member_once() {
    let joined = workspace(Ok(grant(Role::TeamMember, None)));
    assert!(joined.settle_membership("Tim", 2).unwrap());
    assert!(!joined.settle_membership("Tim", 3).unwrap());
    let tim: Member = joined.team().read(|d| d.get("me")).unwrap().unwrap();
    assert_eq!((tim.name.as_str(), tim.role), ("Tim", Role::TeamMember));
}
