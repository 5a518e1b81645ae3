//! Replies and checklist ticks written at once on two devices, merged.

use automerge::transaction::Transactable;
use automerge::ReadDoc;

use super::*;
use crate::doc::Collection;
use crate::domain::action::Action;
use crate::domain::events::{create_event, new_item, EventInput, ItemInput};
use crate::domain::expenses::{record_expense, Expense, ExpenseInput};
use crate::domain::ids::Id;
use crate::domain::money::Currency;
use crate::domain::validation::Problem;
use crate::trust::Unverified;
use crate::workspace::tests::{ceo, second_device};
use crate::workspace::{DocHost, MemoryDoc, Workspace};

fn anna() -> Attendee {
    Attendee::Member("anna".into())
}

fn jo() -> Attendee {
    Attendee::Contact {
        client: "acme".into(),
        contact: "jo".into(),
    }
}

fn anyone(_: &Attendee) -> bool {
    true
}

/// The CEO's device with an event that invited Anna and Jo and has two
/// checklist items, and a second device holding the same.
fn two_devices() -> (Workspace<MemoryDoc>, Workspace<MemoryDoc>, Event) {
    let here = ceo();
    let input = EventInput {
        name: "Summer party".into(),
        day: "2026-06-12".into(),
        budget: "500".into(),
        currency: Currency::Eur,
        ..Default::default()
    };
    let event = create_event(&input, "me", 1).unwrap();
    here.change_team(Action::EventCreate, &event.name, |w| {
        w.put(&event.id, &event)?;
        invite(w, &event.id, &anna(), anyone)?;
        invite(w, &event.id, &jo(), anyone)?;
        for title in ["Book the boat", "Order the cake"] {
            let item = ItemInput {
                title: title.into(),
                ..Default::default()
            };
            add_item(w, &event.id, &new_item(&item, |_| true, 2).unwrap())?;
        }
        Ok(())
    })
    .unwrap();
    let there = Workspace::new(
        "you",
        (None, Err(Unverified::Missing)),
        second_device(here.team()),
        None,
    );
    let event = read(&here, &event.id);
    (here, there, event)
}

fn read(space: &Workspace<MemoryDoc>, id: &str) -> Event {
    space.team().read(|d| d.get::<Event>(id)).unwrap().unwrap()
}

fn merge_both(a: &Workspace<MemoryDoc>, b: &Workspace<MemoryDoc>) {
    a.team().merge_from(b.team());
    b.team().merge_from(a.team());
}

fn answer(space: &Workspace<MemoryDoc>, id: &str, who: &Attendee, answer: Reply) {
    space
        .change_team(Action::EventReply, "", |w| {
            reply(w, id, &who.code(), answer)
        })
        .unwrap();
}

fn item_titled(event: &Event, title: &str) -> Id {
    event
        .checklist
        .values()
        .find(|i| i.title == title)
        .map(|i| i.id.clone())
        .unwrap()
}

#[test]
fn replies_for_different_people_on_two_devices_are_both_kept() {
    let (here, there, event) = two_devices();
    assert_eq!(event.attendees[&anna().code()], Reply::Invited);
    answer(&here, &event.id, &anna(), Reply::Yes);
    answer(&there, &event.id, &jo(), Reply::No);
    merge_both(&here, &there);
    for space in [&here, &there] {
        let merged = read(space, &event.id);
        assert_eq!(merged.attendees[&anna().code()], Reply::Yes);
        assert_eq!(merged.attendees[&jo().code()], Reply::No);
    }
}

#[test]
fn someone_invited_on_one_device_while_the_other_replies_is_kept() {
    let (here, there, event) = two_devices();
    let bram = Attendee::Member("bram".into());
    here.change_team(Action::EventInvite, "", |w| {
        invite(w, &event.id, &bram, anyone)
    })
    .unwrap();
    answer(&there, &event.id, &anna(), Reply::Maybe);
    merge_both(&here, &there);
    let merged = read(&here, &event.id);
    assert_eq!(merged.attendees.len(), 3);
    assert_eq!(merged.attendees[&bram.code()], Reply::Invited);
    assert_eq!(merged.attendees[&anna().code()], Reply::Maybe);
}

#[test]
fn ticks_of_different_items_on_two_devices_are_both_kept() {
    let (here, there, event) = two_devices();
    let boat = item_titled(&event, "Book the boat");
    let cake = item_titled(&event, "Order the cake");
    here.change_team(Action::EventItemDone, "", |w| {
        tick(w, &event.id, &boat, true, ("me", 10))
    })
    .unwrap();
    there
        .change_team(Action::EventItemDone, "", |w| {
            tick(w, &event.id, &cake, true, ("you", 11))
        })
        .unwrap();
    merge_both(&here, &there);
    for space in [&here, &there] {
        let merged = read(space, &event.id);
        let done_by = |id: &str| merged.checklist[id].done.as_ref().map(|d| d.by.clone());
        assert_eq!(done_by(&boat).as_deref(), Some("me"));
        assert_eq!(done_by(&cake).as_deref(), Some("you"));
    }
}

#[test]
fn a_tick_writes_the_item_alone() {
    let (here, _, event) = two_devices();
    let boat = item_titled(&event, "Book the boat");
    let before = here.team().read(|d| d.automerge().get_heads());
    here.change_team(Action::EventItemDone, "", |w| {
        tick(w, &event.id, &boat, true, ("me", 10))
    })
    .unwrap();
    // The done map and its two fields: nothing else of the event.
    let ops = here.team().read(|d| {
        d.automerge()
            .get_changes(&before)
            .iter()
            .map(|c| c.len())
            .sum::<usize>()
    });
    assert_eq!(ops, 3);
}

#[test]
fn replies_and_ticks_for_what_is_not_there_are_refused() {
    let (here, _, event) = two_devices();
    let stranger = Attendee::Member("stranger".into());
    let err = here
        .change_team(Action::EventReply, "", |w| {
            reply(w, &event.id, &stranger.code(), Reply::Yes)
        })
        .unwrap_err();
    assert!(
        matches!(err, DocError::Invalid(i) if i.for_field(ATTENDEES_FIELD) == Some(&Problem::Unknown))
    );
    let err = here
        .change_team(Action::EventInvite, "", |w| {
            invite(w, &event.id, &anna(), anyone)
        })
        .unwrap_err();
    assert!(
        matches!(err, DocError::Invalid(i) if i.for_field(ATTENDEES_FIELD) == Some(&Problem::AlreadyDone))
    );
    let err = here
        .change_team(Action::EventItemDone, "", |w| {
            tick(w, &event.id, "no-such-item", true, ("me", 1))
        })
        .unwrap_err();
    assert!(
        matches!(err, DocError::Invalid(i) if i.for_field(CHECKLIST_FIELD) == Some(&Problem::Unknown))
    );
    let err = here
        .change_team(Action::EventReply, "", |w| {
            reply(w, "gone", &anna().code(), Reply::Yes)
        })
        .unwrap_err();
    assert!(matches!(err, DocError::Invalid(_)));
}

/// Expenses recorded before events existed have no `event` field; they
/// read as booked against none.
#[test]
fn an_expense_written_before_events_reads_as_booked_against_none() {
    let here = ceo();
    let input = ExpenseInput {
        day: "2026-03-30".into(),
        amount: "12,50".into(),
        paid_by: "me".into(),
        description: "Stamps".into(),
        ..Default::default()
    };
    let expense = record_expense(&input, |_| true, |_| true, "me", 1).unwrap();
    here.change_team(Action::ExpenseRecord, "", |w| w.put(&expense.id, &expense))
        .unwrap();
    here.team().read(|d| {
        let mut doc = d.automerge().clone();
        let (_, expenses) = doc
            .get(automerge::ROOT, Collection::Expenses.key())
            .unwrap()
            .unwrap();
        let (_, record) = doc.get(&expenses, &expense.id).unwrap().unwrap();
        let mut tx = doc.transaction();
        tx.delete(&record, "event").unwrap();
        tx.commit();
        let old: Expense = autosurgeon::hydrate_prop(&doc, &expenses, expense.id.as_str()).unwrap();
        assert_eq!(old.event, None);
        assert_eq!(old.amount, 1250);
    });
}
