//! The document layer natively: records round-trip through Automerge, edits
//! are attributed, failed edits write nothing, and concurrent edits on two
//! devices merge without losing a record (a property test).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};

use handover::doc::{
    history_since, ChangeMeta, ChangedRecords, Collection, DocError, DocKind, Document, DocumentId,
    Newer, Overlay, Pages, Record, RecordRef, Reread, Snapshot, SnapshotSince, WholeInSteps,
};
use handover::domain::action::Action;
use handover::domain::clients::{
    add_contact, create_client, edit_client, log_interaction, Client, ClientInput, ClientStatus,
    ContactInput, Interaction, InteractionInput, InteractionKind,
};
use handover::domain::people::{create_member, Member, MemberInput, Role};
use handover::domain::validation::Invalid;
use proptest::prelude::*;

fn meta(author: &str, action: Action) -> ChangeMeta {
    ChangeMeta::new(author, action, "")
}

fn new_client(name: &str) -> Client {
    let input = ClientInput {
        name: name.into(),
        company: "Company".into(),
        ..Default::default()
    };
    create_client(&input, |_| true, "m1", 1_000).unwrap()
}

/// A client owned by `owner` with one contact (a nested map).
fn client_with_contact(owner: &str) -> Client {
    let mut client = new_client("Acme");
    client.owner = Some(owner.into());
    add_contact(
        &mut client,
        &ContactInput {
            name: "Ann".into(),
            email: "ann@acme.nl".into(),
            ..Default::default()
        },
    )
    .unwrap();
    client
}

fn put_client(doc: &mut Document, author: &str, client: &Client) {
    doc.change(&meta(author, Action::ClientCreate), 1_000, |w| {
        w.put(&client.id, client)
    })
    .unwrap();
}

#[test]
fn records_round_trip_through_the_document() {
    let mut doc = Document::create(DocumentId::random(), DocKind::Team);
    let member = create_member(
        &MemberInput {
            name: "Ada".into(),
            role: Role::Ceo,
            ..Default::default()
        },
        |_| false,
        5,
    )
    .unwrap();
    let client = client_with_contact(&member.id);
    let interaction = log_interaction(
        &client.id,
        &InteractionInput {
            kind: InteractionKind::Meeting,
            at: Some(7),
            summary: "Kick-off".into(),
            outcome: "Agreed".into(),
        },
        &member.id,
        9,
    )
    .unwrap();
    doc.change(&meta(&member.id, Action::MemberJoin), 9_000, |w| {
        w.put(&member.id, &member)?;
        w.put(&client.id, &client)?;
        w.put(&interaction.id, &interaction)
    })
    .unwrap();

    // Through bytes, as storage and sync carry it.
    let bytes = doc.automerge().save();
    let loaded = automerge::Automerge::load(&bytes).unwrap();
    let (doc, _) = Document::open(doc.id().clone(), DocKind::Team, loaded).unwrap();
    assert_eq!(doc.get::<Member>(&member.id).unwrap(), Some(member));
    assert_eq!(doc.get::<Client>(&client.id).unwrap(), Some(client));
    assert_eq!(
        doc.get::<Interaction>(&interaction.id).unwrap(),
        Some(interaction)
    );
    assert_eq!(doc.get::<Client>("missing").unwrap(), None);
}

/// A new record is made in one batch (`Writer::put`); the document must then
/// hold exactly what autosurgeon's field-by-field writing makes: every field,
/// nested maps, a counter. Compared through Automerge's own whole reading of
/// each document.
#[test]
fn a_new_record_holds_what_field_by_field_writing_makes() {
    use handover::domain::supplies::{add_item, ItemInput, SupplyItem};
    let client = client_with_contact("m1");
    let item_input = ItemInput {
        name: "Paper".into(),
        unit: "box".into(),
        reorder_level: "4".into(),
        vendor: None,
    };
    let item: SupplyItem = add_item(&item_input, "17", |_| true, "m1", 1_000).unwrap();

    let mut batched = Document::create(DocumentId::random(), DocKind::Team);
    let mut by_field = batched.clone();
    batched
        .change(&meta("m1", Action::ClientCreate), 1_000, |w| {
            w.put(&client.id, &client)?;
            w.put(&item.id, &item)
        })
        .unwrap();
    let mut tx = by_field.automerge_mut().transaction();
    let collection = |tx: &automerge::transaction::Transaction, key: &str| {
        automerge::ReadDoc::get(tx, automerge::ROOT, key)
            .unwrap()
            .expect("the collection")
            .1
    };
    let clients = collection(&tx, Client::COLLECTION.key());
    autosurgeon::reconcile_prop(&mut tx, clients, client.id.as_str(), &client).unwrap();
    let items = collection(&tx, SupplyItem::COLLECTION.key());
    autosurgeon::reconcile_prop(&mut tx, items, item.id.as_str(), &item).unwrap();
    tx.commit();

    assert_eq!(
        batched.automerge().hydrate(None),
        by_field.automerge().hydrate(None)
    );
    assert_eq!(batched.get::<Client>(&client.id).unwrap(), Some(client));
    assert_eq!(batched.get::<SupplyItem>(&item.id).unwrap(), Some(item));
}

#[test]
fn every_change_is_attributed_and_timed() {
    let mut doc = Document::create(DocumentId::random(), DocKind::Team);
    let start = doc.heads();
    put_client(&mut doc, "m1", &new_client("Acme"));
    doc.change(
        &ChangeMeta::new("m2", Action::ClientCreate, "Bakery"),
        2_000_000,
        |w| {
            let client = new_client("Bakery");
            w.put(&client.id, &client)
        },
    )
    .unwrap();
    let history = history_since(doc.automerge(), &start);
    let who: Vec<_> = history
        .iter()
        .map(|h| {
            let meta = h.meta.clone().unwrap();
            (meta.author, meta.action, meta.label, h.time)
        })
        .collect();
    assert_eq!(
        who,
        [
            ("m1".into(), Action::ClientCreate, String::new(), 1),
            ("m2".into(), Action::ClientCreate, "Bakery".into(), 2_000)
        ]
    );
}

#[test]
fn a_failed_edit_writes_nothing() {
    let mut doc = Document::create(DocumentId::random(), DocKind::Team);
    let client = new_client("Acme");
    put_client(&mut doc, "m1", &client);
    let heads = doc.heads();
    let original = ClientInput::from_client(&client);
    let mut edited = original.clone();
    edited.status = ClientStatus::Active;
    edited.name = String::new();
    let result = doc.change(&meta("m1", Action::ClientEdit), 0, |w| {
        let mut current: Client = w.get::<Client>(&client.id)?.unwrap();
        current.notes = "half-way".into();
        w.put(&client.id, &current)?;
        edit_client(&mut current, &original, &edited, |_| true)?;
        w.put(&client.id, &current)
    });
    assert!(matches!(result, Err(DocError::Invalid(Invalid(_)))));
    assert_eq!(doc.heads(), heads);
    assert_eq!(doc.get::<Client>(&client.id).unwrap(), Some(client));
}

/// A record of the leadership document's performance notes.
#[derive(autosurgeon::Reconcile, autosurgeon::Hydrate)]
struct PrivateNote(String);

impl Record for PrivateNote {
    const COLLECTION: Collection = Collection::PerformanceNotes;
}

#[test]
fn records_stay_in_their_own_document() {
    let mut team = Document::create(DocumentId::random(), DocKind::Team);
    let result = team.change(&meta("m1", Action::ObservationAdd), 0, |w| {
        w.put("n1", &PrivateNote("private".to_string()))
    });
    assert!(matches!(
        result,
        Err(DocError::WrongDocument("performance_notes"))
    ));
    let leadership = Document::create(DocumentId::random(), DocKind::Leadership);
    assert!(leadership.get::<Client>("c").is_err());
}

#[test]
fn touched_names_exactly_the_changed_records() {
    let mut doc = Document::create(DocumentId::random(), DocKind::Team);
    let a = new_client("A");
    let b = new_client("B");
    put_client(&mut doc, "m1", &a);
    put_client(&mut doc, "m1", &b);
    let before = doc.heads();
    let mut edited = a.clone();
    edited.notes = "new notes".into();
    let ((), written) = doc
        .change_touching(&meta("m1", Action::ClientEdit), 0, |w| {
            w.put(&a.id, &edited)?;
            w.remove::<Client>(&b.id)
        })
        .unwrap();
    let touched = doc.touched(&before, &doc.heads());
    let expected: BTreeSet<_> = [&a.id, &b.id]
        .into_iter()
        .map(|id| RecordRef {
            collection: Collection::Clients,
            id: id.clone(),
        })
        .collect();
    assert_eq!(touched, expected);
    // The change names the same records as it writes them, without a diff.
    assert_eq!(written, expected);
}

/// Changes merged from another device name the records they changed, as a
/// comparison of the document before and after would.
#[test]
fn a_merge_names_the_records_it_changed() {
    let mut here = Document::create(DocumentId::random(), DocKind::Team);
    let a = new_client("A");
    let b = new_client("B");
    put_client(&mut here, "m1", &a);
    put_client(&mut here, "m1", &b);
    let mut there = here.clone();
    there
        .automerge_mut()
        .set_actor(automerge::ActorId::from(b"there".as_slice()));
    let before = here.heads();
    let mut edited = a.clone();
    edited.notes = "from there".into();
    let c = new_client("C");
    there
        .change(&meta("m2", Action::ClientEdit), 0, |w| {
            w.put(&a.id, &edited)?;
            w.put(&c.id, &c)?;
            w.remove::<Client>(&b.id)
        })
        .unwrap();
    let chunk = there.automerge().save_after(&before);

    let (merged, logged) =
        here.merge_logged(|doc, log| handover::doc::merge_chunk_logged(doc, &chunk, log));
    merged.unwrap();
    let expected = here.touched(&before, &here.heads());
    assert_eq!(expected.len(), 3);
    assert_eq!(logged, expected);
}

/// What a user does on one device.
#[derive(Debug, Clone)]
enum Edit {
    AddClient(String),
    SetStatus(usize, usize),
    AddContact(usize, String),
    LogInteraction(usize, String),
}

fn action() -> impl Strategy<Value = Edit> {
    prop_oneof![
        "[a-z]{1,8}".prop_map(Edit::AddClient),
        (any::<usize>(), 0..ClientStatus::ALL.len()).prop_map(|(c, s)| Edit::SetStatus(c, s)),
        (any::<usize>(), "[a-z]{1,8}").prop_map(|(c, n)| Edit::AddContact(c, n)),
        (any::<usize>(), "[a-z]{1,8}").prop_map(|(c, s)| Edit::LogInteraction(c, s)),
    ]
}

/// Applies `actions` on `doc` as `author`; returns what must survive a merge:
/// the client, contact and interaction ids it created.
fn perform(doc: &mut Document, author: &str, actions: &[Edit]) -> BTreeSet<String> {
    let mut created = BTreeSet::new();
    for action in actions {
        let clients = doc.all::<Client>().unwrap().records;
        let pick = |n: &usize| (!clients.is_empty()).then(|| clients[n % clients.len()].1.clone());
        doc.change(&meta(author, Action::ClientEdit), 0, |w| {
            match action {
                Edit::AddClient(name) => {
                    let client = new_client(name);
                    created.insert(client.id.clone());
                    w.put(&client.id, &client)?;
                }
                Edit::SetStatus(n, status) => {
                    if let Some(mut client) = pick(n) {
                        client.status = ClientStatus::ALL[*status];
                        w.put(&client.id.clone(), &client)?;
                    }
                }
                Edit::AddContact(n, name) => {
                    if let Some(mut client) = pick(n) {
                        let contact = add_contact(
                            &mut client,
                            &ContactInput {
                                name: name.clone(),
                                ..Default::default()
                            },
                        )?;
                        created.insert(contact);
                        w.put(&client.id.clone(), &client)?;
                    }
                }
                Edit::LogInteraction(n, summary) => {
                    if let Some(client) = pick(n) {
                        let input = InteractionInput {
                            at: Some(1),
                            summary: summary.clone(),
                            ..Default::default()
                        };
                        let interaction = log_interaction(&client.id, &input, author, 0)?;
                        created.insert(interaction.id.clone());
                        w.put(&interaction.id, &interaction)?;
                    }
                }
            }
            Ok(())
        })
        .unwrap();
    }
    created
}

fn every_id(doc: &Document) -> BTreeSet<String> {
    let clients = doc.all::<Client>().unwrap();
    assert!(clients.unreadable.is_empty());
    let interactions = doc.all::<Interaction>().unwrap().records;
    clients
        .records
        .iter()
        .flat_map(|(id, c)| std::iter::once(id.clone()).chain(c.contacts.keys().cloned()))
        .chain(interactions.into_iter().map(|(id, _)| id))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Two devices start from a shared state (or from nothing at all), edit
    /// concurrently, then merge both ways: both end identical and keep every
    /// client, contact and interaction either of them created.
    #[test]
    fn concurrent_edits_merge_without_loss(
        shared in prop::collection::vec(action(), 0..6),
        on_a in prop::collection::vec(action(), 0..12),
        on_b in prop::collection::vec(action(), 0..12),
        start_apart in any::<bool>(),
    ) {
        let id = DocumentId::random();
        let mut a = Document::create(id.clone(), DocKind::Team);
        let mut expected = perform(&mut a, "m0", &shared);
        let mut b = if start_apart {
            expected.clear();
            a = Document::create(id.clone(), DocKind::Team);
            Document::create(id.clone(), DocKind::Team)
        } else {
            Document::open(id.clone(), DocKind::Team, a.automerge().fork()).unwrap().0
        };
        expected.extend(perform(&mut a, "m1", &on_a));
        expected.extend(perform(&mut b, "m2", &on_b));

        let mut b_copy = b.automerge().clone();
        a.automerge_mut().merge(&mut b_copy).unwrap();
        let mut a_copy = a.automerge().clone();
        b.automerge_mut().merge(&mut a_copy).unwrap();

        prop_assert_eq!(a.heads(), b.heads());
        let on_a = every_id(&a);
        prop_assert_eq!(&on_a, &every_id(&b));
        let lost: Vec<_> = expected.difference(&on_a).collect();
        prop_assert!(lost.is_empty(), "lost {:?}", lost);
    }
}

#[test]
fn the_change_log_lists_each_later_change_once_with_its_records() {
    let id = DocumentId::random();
    let mut ceo = Document::create(id.clone(), DocKind::Team);
    let before = new_client("Before the handover");
    put_client(&mut ceo, "ceo", &before);
    let heads = ceo.heads();

    // The assistant's device, offline, and the CEO's both change things.
    let (mut assistant, _) = Document::open(id, DocKind::Team, ceo.automerge().clone()).unwrap();
    let during = new_client("During the handover");
    put_client(&mut assistant, "assistant", &during);
    let mut edited = before.clone();
    edited.notes = "changed by the CEO".into();
    ceo.change(&meta("ceo", Action::ClientEdit), 2_000, |w| {
        w.put(&edited.id, &edited)
    })
    .unwrap();
    ceo.automerge_mut()
        .merge(assistant.automerge_mut())
        .unwrap();

    let log = ceo.change_log(&heads);
    let summary: Vec<(String, Vec<String>)> = log
        .iter()
        .map(|c| {
            let author = c.meta.as_ref().unwrap().author.clone();
            let ids = c.records.iter().map(|r| r.id.clone()).collect();
            (author, ids)
        })
        .collect();
    assert_eq!(summary.len(), 2, "{summary:?}");
    assert!(summary.contains(&("assistant".into(), vec![during.id.clone()])));
    assert!(summary.contains(&("ceo".into(), vec![before.id.clone()])));
    assert!(log.iter().all(|c| c
        .records
        .iter()
        .all(|r| r.collection == Collection::Clients)));
    // Everything since the start includes the schema and the first client.
    assert_eq!(
        ceo.change_log(&[]).len(),
        log.len() + 1 + handover::doc::SCHEMA_VERSION as usize
    );
}

/// A comment written alone into a task's comments: the task reads back
/// with it, a comment written at once on another device is kept too, and a
/// task removed meanwhile is reported on the field.
#[test]
fn an_entry_is_written_alone_and_concurrent_entries_both_stay() {
    use handover::domain::tasks::{
        create_task, new_comment, Known, Task, TaskInput, COMMENTS_FIELD,
    };
    let input = TaskInput {
        title: "Order toner".into(),
        ..Default::default()
    };
    let anyone = |_: &str| true;
    let known = Known {
        assignee: anyone,
        client: anyone,
    };
    let task = create_task(&input, &known, "m1", 1).unwrap();
    let mut here = Document::create(DocumentId::random(), DocKind::Team);
    here.change(&meta("m1", Action::TaskCreate), 1, |w| {
        w.put(&task.id, &task)
    })
    .unwrap();
    let mut there = Document::open(here.id().clone(), DocKind::Team, here.automerge().fork())
        .unwrap()
        .0;
    let comment = |text: &str, by: &str| new_comment(text, by, 2).unwrap();
    let put = |doc: &mut Document, c: &handover::domain::tasks::Comment| {
        doc.change_touching(&meta(&c.by, Action::TaskComment), 2, |w| {
            w.put_entry::<Task, _>(&task.id, COMMENTS_FIELD, &c.id, c)
        })
        .unwrap()
        .1
    };
    let (first, second) = (
        comment("Which toner?", "m1"),
        comment("The black one", "m2"),
    );
    let touched = put(&mut here, &first);
    assert_eq!(
        touched,
        BTreeSet::from([RecordRef {
            collection: Task::COLLECTION,
            id: task.id.clone()
        }])
    );
    put(&mut there, &second);
    here.automerge_mut().merge(there.automerge_mut()).unwrap();
    let merged: Task = here.get(&task.id).unwrap().unwrap();
    assert_eq!(merged.comments.len(), 2);
    assert_eq!(merged.comments[&first.id], first);
    assert_eq!(merged.title, "Order toner");

    let gone = here.change(&meta("m1", Action::TaskComment), 3, |w| {
        w.put_entry::<Task, _>("no-such-task", COMMENTS_FIELD, &first.id, &first)
    });
    assert!(matches!(gone, Err(DocError::Invalid(i)) if i == Invalid::unknown(COMMENTS_FIELD)));
}

/// Two devices working on one meeting at once: one writes the minutes and
/// makes a follow-up task, the other moves the meeting and makes another
/// follow-up task. Both tasks are on the board and listed on the meeting,
/// and the minutes and the new time both stay.
#[test]
fn a_meeting_edited_on_two_devices_keeps_both_follow_ups_and_both_edits() {
    use handover::domain::meetings::{
        create_meeting, edit_meeting, follow_up_task, set_minutes, Attendee, Meeting, MeetingInput,
        FOLLOW_UPS_FIELD,
    };
    use handover::domain::tasks::{Known, Task, TaskInput};

    let input = MeetingInput {
        title: "Planning".into(),
        day: "2026-03-30".into(),
        time: "10:00".into(),
        duration: "60".into(),
        attendees: vec![Attendee::Member("m1".into())],
        ..Default::default()
    };
    let meeting = create_meeting(&input, "Europe/Amsterdam", |_| true, "m1", 1).unwrap();
    let mut here = Document::create(DocumentId::random(), DocKind::Team);
    here.change(&meta("m1", Action::MeetingPlan), 1, |w| {
        w.put(&meeting.id, &meeting)
    })
    .unwrap();
    let mut there = Document::open(here.id().clone(), DocKind::Team, here.automerge().fork())
        .unwrap()
        .0;
    let update = |doc: &mut Document, action: Action, edit: &dyn Fn(&mut Meeting)| {
        doc.change(&meta("m1", action), 2, |w| {
            let mut current: Meeting = w.get(&meeting.id)?.unwrap();
            edit(&mut current);
            w.put(&meeting.id, &current)
        })
        .unwrap();
    };
    let follow_up = |doc: &mut Document, title: &str| -> Task {
        let known = Known {
            assignee: |_: &str| true,
            client: |_: &str| true,
        };
        let task_input = TaskInput {
            title: title.into(),
            ..Default::default()
        };
        let task = follow_up_task(&meeting, &task_input, &known, "m1", 3).unwrap();
        doc.change(&meta("m1", Action::MeetingFollowUp), 3, |w| {
            w.put(&task.id, &task)?;
            w.put_entry::<Meeting, _>(&meeting.id, FOLLOW_UPS_FIELD, &task.id, &task.created_at)
        })
        .unwrap();
        task
    };
    update(&mut here, Action::MeetingMinutes, &|m| {
        set_minutes(m, "Agreed on the budget.").unwrap()
    });
    let first = follow_up(&mut here, "Send the budget");
    let moved = MeetingInput {
        time: "11:00".into(),
        ..input.clone()
    };
    update(&mut there, Action::MeetingEdit, &|m| {
        edit_meeting(m, &input, &moved, "Europe/Amsterdam", |_| true).unwrap()
    });
    let second = follow_up(&mut there, "Book the room");

    here.automerge_mut().merge(there.automerge_mut()).unwrap();
    let merged: Meeting = here.get(&meeting.id).unwrap().unwrap();
    assert_eq!(merged.minutes, "Agreed on the budget.");
    assert_eq!(merged.start, "2026-03-30T11:00");
    assert_eq!(
        merged.follow_ups.keys().collect::<BTreeSet<_>>(),
        BTreeSet::from([&first.id, &second.id])
    );
    for task in [first, second] {
        let on_board: Task = here.get(&task.id).unwrap().unwrap();
        assert!(on_board
            .description
            .ends_with(&format!("/meetings/{}", meeting.id)));
    }
}

#[test]
fn a_whole_document_taken_in_names_every_record_before_and_after() {
    let id = DocumentId::random();
    let mut theirs = Document::create(id.clone(), DocKind::Team);
    for name in ["Acme", "Bakery", "Café"] {
        put_client(&mut theirs, "m1", &new_client(name));
    }
    let mut mine = Document::create(id, DocKind::Team);
    let own = new_client("Mine");
    put_client(&mut mine, "m2", &own);
    let whole = theirs.automerge().save();
    let loaded = WholeInSteps::new(&whole).run().unwrap();
    let (touched, adopted) = mine.adopt_loaded(loaded).unwrap();
    assert_eq!(adopted.heads, theirs.heads());
    let clients: BTreeSet<String> = touched
        .into_iter()
        .filter(|record| record.collection == Collection::Clients)
        .map(|record| record.id)
        .collect();
    assert_eq!(clients.len(), 4);
    assert!(clients.contains(&own.id));
    assert_eq!(mine.all::<Client>().unwrap().records.len(), 4);
}

/// Re-reading touched records gives the same answer record by record and in
/// one pass over the collection (the views choose by how many are touched):
/// a changed record is found, a removed or never-written one is gone, and a
/// record no version of this app can read is reported so, not as gone.
#[test]
fn rereading_records_one_by_one_or_in_one_pass_agrees() {
    use automerge::transaction::Transactable;
    use automerge::{ObjType, ReadDoc, ROOT};

    let mut doc = Document::create(DocumentId::random(), DocKind::Team);
    let clients: Vec<Client> = (0..40)
        .map(|n| new_client(&format!("Client {n}")))
        .collect();
    for client in &clients {
        put_client(&mut doc, "m1", client);
    }
    for client in &clients[..5] {
        doc.change(&meta("m1", Action::ClientEdit), 2_000, |w| {
            w.remove::<Client>(&client.id)
        })
        .unwrap();
    }
    let mut raw = doc.automerge_mut().transaction();
    let (_, collection) = raw
        .get(ROOT, Collection::Clients.key())
        .unwrap()
        .expect("the clients collection");
    let odd = raw
        .put_object(&collection, "from-a-newer-app", ObjType::List)
        .unwrap();
    raw.insert(&odd, 0, "not a client").unwrap();
    raw.commit();

    let mut ids: Vec<&str> = clients.iter().map(|client| client.id.as_str()).collect();
    ids.extend(["never-written", "from-a-newer-app"]);
    let one_by_one = doc.reread::<Client>(&ids, usize::MAX);
    let in_one_pass = doc.reread::<Client>(&ids, 0);
    assert_eq!(one_by_one, in_one_pass);

    let outcome = |id: &str| &in_one_pass.iter().find(|(read, _)| *read == id).unwrap().1;
    assert_eq!(outcome(&clients[0].id), &Reread::Gone);
    assert_eq!(outcome(&clients[7].id), &Reread::Found(clients[7].clone()));
    assert_eq!(outcome("never-written"), &Reread::Gone);
    assert_eq!(outcome("from-a-newer-app"), &Reread::Unreadable);
}

/// What happens next while a collection is read a page at a time.
#[derive(Debug, Clone)]
enum Step {
    ReadPage(usize),
    Add(String),
    Rename(usize, String),
    Remove(usize),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        (1..6usize).prop_map(Step::ReadPage),
        "[a-z]{1,6}".prop_map(Step::Add),
        (any::<usize>(), "[a-z]{1,6}").prop_map(|(n, name)| Step::Rename(n, name)),
        any::<usize>().prop_map(Step::Remove),
    ]
}

/// Applies one edit of `step` to `doc`; returns the records it touched.
fn edit_during_reading(doc: &mut Document, step: &Step) -> BTreeSet<RecordRef> {
    let clients = doc.all::<Client>().unwrap().records;
    let pick = |n: &usize| (!clients.is_empty()).then(|| clients[n % clients.len()].1.clone());
    let (_, touched) = doc
        .change_touching(&meta("m1", Action::ClientEdit), 2_000, |w| {
            match step {
                Step::ReadPage(_) => {}
                Step::Add(name) => {
                    let client = new_client(name);
                    w.put(&client.id, &client)?;
                }
                Step::Rename(n, name) => {
                    if let Some(mut client) = pick(n) {
                        client.name = name.clone();
                        w.put(&client.id.clone(), &client)?;
                    }
                }
                Step::Remove(n) => {
                    if let Some(client) = pick(n) {
                        w.remove::<Client>(&client.id)?;
                    }
                }
            }
            Ok(())
        })
        .unwrap();
    touched
}

/// Reads the clients of a document made of `start` a page at a time while
/// `steps` add, change and remove them, re-reading only the touched
/// records the pages had already passed (as `ui::keyed` does); returns the
/// copy and the collection as the document ends. With `from_snapshot` the
/// pages are read through an [`Overlay`] of a snapshot taken before the
/// steps, which takes each record the steps touched from the document.
fn copy_by_pages_between_edits(
    start: &[String],
    steps: &[Step],
    from_snapshot: bool,
) -> (BTreeMap<String, Client>, BTreeMap<String, Client>) {
    let mut doc = Document::create(DocumentId::random(), DocKind::Team);
    for name in start {
        put_client(&mut doc, "m1", &new_client(name));
    }
    let snapshot = Snapshot::of(doc.automerge()).unwrap();
    let mut touched = BTreeSet::new();
    let read_page = |pages: &mut Pages, doc: &Document, touched: &BTreeSet<RecordRef>, limit| {
        let page = if from_snapshot {
            let overlay = Overlay {
                snapshot: &snapshot,
                newer: Newer::Document(doc),
                touched,
            };
            pages.next::<Client>(&overlay, limit)
        } else {
            pages.next::<Client>(doc, limit)
        };
        page.unwrap().records
    };
    let mut pages = Pages::new();
    let mut copy = BTreeMap::new();
    for step in steps {
        if let Step::ReadPage(limit) = step {
            if !pages.is_done() {
                copy.extend(read_page(&mut pages, &doc, &touched, *limit));
            }
            continue;
        }
        let now = edit_during_reading(&mut doc, step);
        let passed: Vec<&str> = now
            .iter()
            .map(|record| record.id.as_str())
            .filter(|id| pages.has_read(id))
            .collect();
        for (id, read) in doc.reread::<Client>(&passed, copy.len()) {
            match read {
                Reread::Found(client) => copy.insert(id.to_string(), client),
                Reread::Gone | Reread::Unreadable => copy.remove(id),
            };
        }
        touched.extend(now);
    }
    while !pages.is_done() {
        copy.extend(read_page(&mut pages, &doc, &touched, 3));
    }
    let whole = doc.all::<Client>().unwrap().records.into_iter().collect();
    (copy, whole)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// A copy of a collection read a page at a time while records are added,
    /// changed and removed, re-reading only the touched records the pages
    /// had already passed, equals the collection read at once at the end.
    #[test]
    fn reading_by_pages_between_edits_ends_with_the_whole_collection(
        start in prop::collection::vec("[a-z]{1,6}", 0..12),
        steps in prop::collection::vec(step(), 0..30),
    ) {
        let (copy, whole) = copy_by_pages_between_edits(&start, &steps, false);
        prop_assert_eq!(copy, whole);
    }

    /// The same, read from a snapshot taken before the edits, through its
    /// overlay: every record the edits touched comes from the document.
    #[test]
    fn a_stale_snapshot_read_through_its_overlay_ends_with_the_whole_collection(
        start in prop::collection::vec("[a-z]{1,6}", 0..12),
        steps in prop::collection::vec(step(), 0..30),
    ) {
        let (copy, whole) = copy_by_pages_between_edits(&start, &steps, true);
        prop_assert_eq!(copy, whole);
    }
}

/// Loading a stored document whose first chunk brings it to a records
/// snapshot's heads names exactly the records the later chunks changed
/// (what a snapshot read through its overlay needs), and names nothing when
/// the first chunk brings it elsewhere: that snapshot is not used.
#[test]
fn loading_names_the_records_changed_after_a_snapshot() {
    use handover::doc::{MergeInSteps, StoredChunk};

    let mut doc = Document::create(DocumentId::random(), DocKind::Team);
    let clients: Vec<Client> = (0..6).map(|n| new_client(&format!("c{n}"))).collect();
    for client in &clients {
        put_client(&mut doc, "m1", client);
    }
    let compacted = doc.automerge().save();
    let at_compaction = doc.heads();
    let mut renamed = clients[1].clone();
    renamed.name = "Renamed".into();
    put_client(&mut doc, "m2", &renamed);
    put_client(&mut doc, "m2", &new_client("added"));
    doc.change(&meta("m2", Action::ClientEdit), 2_000, |w| {
        w.remove::<Client>(&clients[4].id)
    })
    .unwrap();
    let later = doc.automerge().save_after(&at_compaction);
    let expected = doc.touched(&at_compaction, &doc.heads());
    assert_eq!(expected.len(), 3);

    let load = |heads: Vec<automerge::ChangeHash>| {
        let chunk = |bytes| StoredChunk {
            bytes,
            intact: false,
            change_hashes: &[],
        };
        let chunks = [chunk(&compacted[..]), chunk(&later[..])];
        let mut merging = MergeInSteps::new(chunks.to_vec()).logging_after(heads);
        let mut loaded = automerge::Automerge::new();
        let outcomes = loop {
            if let Some(outcomes) = merging.step(&mut loaded, 16) {
                break outcomes;
            }
        };
        assert!(outcomes.iter().all(Result::is_ok));
        assert_eq!(loaded.get_heads(), doc.heads());
        merging.records_changed_after_first(&mut loaded)
    };
    assert_eq!(load(at_compaction), Some(expected));
    assert_eq!(load(doc.heads()), None);
}

/// Clients with their ids, in id order.
type Clients = Vec<(String, Client)>;

/// Reads every client of `start` edited by `steps`, saved in groups (each
/// `ReadPage` step ends a save, which stores what it changed as
/// [`ChangedRecords`]), from a snapshot taken before the steps brought up
/// to date by those saves given in `order`; and the clients as the
/// document ends.
fn read_through_saved_changes(
    start: &[String],
    steps: &[Step],
    order: &[usize],
) -> (Clients, Clients) {
    let mut doc = Document::create(DocumentId::random(), DocKind::Team);
    for name in start {
        put_client(&mut doc, "m1", &new_client(name));
    }
    let snapshot = Snapshot::decode(Snapshot::of(doc.automerge()).unwrap().encoded().to_vec());
    let mut saves = Vec::new();
    let mut saved = doc.heads();
    let mut touched = BTreeSet::new();
    for step in steps.iter().chain([&Step::ReadPage(1)]) {
        if matches!(step, Step::ReadPage(_)) {
            if doc.heads() != saved {
                let changed = ChangedRecords::of(doc.automerge(), saved, &touched).unwrap();
                saves.push(ChangedRecords::decode(&changed.encode()).unwrap());
                (saved, touched) = (doc.heads(), BTreeSet::new());
            }
            continue;
        }
        touched.extend(edit_during_reading(&mut doc, step));
    }
    let mut shuffled = Vec::new();
    for n in order.iter().take(saves.len()) {
        shuffled.push(saves.remove(n % saves.len()));
    }
    shuffled.append(&mut saves);
    let since = SnapshotSince::chain(snapshot.unwrap(), shuffled).expect("the saves follow on");
    assert_eq!(since.heads(), doc.heads());
    let mut pages = Pages::new();
    let mut read = Vec::new();
    while !pages.is_done() {
        let page = pages.next::<Client>(&since, 3).unwrap();
        assert_eq!(page.unreadable, Vec::<String>::new());
        read.extend(page.records);
    }
    (read, doc.all::<Client>().unwrap().records)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// A snapshot brought up to date by what each save after it stored of
    /// the records it changed reads as the document at the last save's
    /// heads, whatever order the saves are found in.
    #[test]
    fn a_snapshot_brought_up_to_date_by_saved_changes_reads_as_the_document(
        start in prop::collection::vec("[a-z]{1,6}", 0..12),
        steps in prop::collection::vec(step(), 0..30),
        order in prop::collection::vec(any::<usize>(), 0..30),
    ) {
        let (read, whole) = read_through_saved_changes(&start, &steps, &order);
        prop_assert_eq!(read, whole);
    }
}

/// Saved changes that do not follow one another from the snapshot's heads
/// (one missing, or two saved from the same heads by two tabs) do not bring
/// it up to date: what the document holds once merged is not in them.
#[test]
fn saved_changes_that_do_not_follow_on_are_not_read() {
    let mut doc = Document::create(DocumentId::random(), DocKind::Team);
    put_client(&mut doc, "m1", &new_client("first"));
    let snapshot = || Snapshot::of(doc.automerge()).unwrap();
    let at_snapshot = doc.heads();
    let save = |doc: &mut Document, name: &str, before: Vec<automerge::ChangeHash>| {
        let client = new_client(name);
        let (_, touched) = doc
            .change_touching(&meta("m1", Action::ClientEdit), 1_000, |w| {
                w.put(&client.id, &client)
            })
            .unwrap();
        ChangedRecords::of(doc.automerge(), before, &touched).unwrap()
    };
    let (snapshot_a, snapshot_b) = (snapshot(), snapshot());
    let mut other_tab = doc.automerge().fork();
    let second = save(&mut doc, "second", at_snapshot.clone());
    let after_second = doc.heads();
    let third = save(&mut doc, "third", after_second);
    assert!(SnapshotSince::chain(snapshot_a, vec![third.clone()]).is_err());

    let mut other = Document::open(
        DocumentId::random(),
        DocKind::Team,
        std::mem::take(&mut other_tab),
    )
    .unwrap()
    .0;
    let forked = save(&mut other, "elsewhere", at_snapshot);
    assert!(SnapshotSince::chain(snapshot_b, vec![second, third, forked]).is_err());
}
