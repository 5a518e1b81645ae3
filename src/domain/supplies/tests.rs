use super::*;
use crate::doc::{DocError, DocKind, Document};
use crate::domain::action::Action;
use crate::trust::Unverified;
use crate::workspace::supplies::receive_order;
use crate::workspace::{DocHost, MemoryDoc, Workspace};

fn anything(_: &str) -> bool {
    true
}

fn item(name: &str, stock: i64, level: i64, vendor: Option<&str>) -> SupplyItem {
    let input = ItemInput {
        name: name.into(),
        unit: "box".into(),
        reorder_level: level.to_string(),
        vendor: vendor.map(Into::into),
    };
    add_item(&input, &stock.to_string(), anything, "m1", 1).unwrap()
}

fn order(vendor: &str, lines: &[(&str, i64)]) -> Order {
    let mut order = draft_order(vendor, anything, "m1", 1).unwrap();
    for (item, quantity) in lines {
        order
            .set_line(item, &quantity.to_string(), anything)
            .unwrap();
    }
    order
}

#[test]
fn adding_an_item_checks_every_field() {
    let bad = ItemInput {
        name: " ".into(),
        unit: "x".repeat(UNIT_MAX + 1),
        reorder_level: "-1".into(),
        vendor: Some("gone".into()),
    };
    let err = add_item(&bad, "lots", |v| v == "v1", "m1", 1).unwrap_err();
    assert_eq!(err.for_field("name"), Some(&Problem::Required));
    assert_eq!(
        err.for_field("unit"),
        Some(&Problem::TooLong { max: UNIT_MAX })
    );
    let range = Problem::NumberOutOfRange {
        min: 0,
        max: QUANTITY_MAX as usize,
    };
    assert_eq!(err.for_field("reorder_level"), Some(&range));
    assert_eq!(err.for_field("stock"), Some(&range));
    assert_eq!(err.for_field("vendor"), Some(&Problem::Unknown));

    let paper = item(" Paper ", 10, 4, None);
    assert_eq!(paper.name, "Paper");
    assert_eq!((paper.on_hand(), paper.reorder_level), (10, 4));
}

#[test]
fn taking_and_adding_check_the_quantity() {
    let mut paper = item("Paper", 5, 2, None);
    assert_eq!(paper.take("3"), Ok(3));
    assert_eq!(paper.on_hand(), 2);
    assert_eq!(
        paper.take("3").unwrap_err().for_field("quantity"),
        Some(&Problem::MoreThanInStock)
    );
    for bad in ["0", "", "two", "-4"] {
        assert!(paper.add_stock(bad).is_err(), "{bad}");
    }
    assert_eq!(paper.add_stock(" 7 "), Ok(7));
    assert_eq!(paper.on_hand(), 9);
}

#[test]
fn vendors_check_their_lead_time() {
    let input = VendorInput {
        name: "Office Depot".into(),
        contact: "orders@depot.example".into(),
        lead_days: "".into(),
    };
    assert_eq!(add_vendor(&input, "m1", 1).unwrap().lead_days, 0);
    let bad = VendorInput {
        name: "".into(),
        lead_days: "400".into(),
        ..input.clone()
    };
    let err = add_vendor(&bad, "m1", 1).unwrap_err();
    assert_eq!(err.for_field("name"), Some(&Problem::Required));
    assert_eq!(err.for_field("lead_days"), Some(&Problem::DaysOutOfRange));

    let mut vendor = add_vendor(&input, "m1", 1).unwrap();
    let original = VendorInput::from_vendor(&vendor);
    vendor.contact = "changed on another device".into();
    let edited = VendorInput {
        lead_days: "3".into(),
        ..original.clone()
    };
    edit_vendor(&mut vendor, &original, &edited).unwrap();
    assert_eq!(vendor.lead_days, 3);
    assert_eq!(vendor.contact, "changed on another device");
}

#[test]
fn an_item_edit_keeps_what_the_user_left_alone() {
    let mut paper = item("Paper", 5, 2, Some("v1"));
    let original = ItemInput::from_item(&paper);
    paper.unit = "ream".into();
    let edited = ItemInput {
        reorder_level: "4".into(),
        vendor: None,
        ..original.clone()
    };
    edit_item(&mut paper, &original, &edited, anything).unwrap();
    assert_eq!(paper.reorder_level, 4);
    assert_eq!(paper.vendor, None);
    assert_eq!(paper.unit, "ream");
    assert_eq!(paper.on_hand(), 5);
}

#[test]
fn items_at_or_below_their_level_are_to_reorder() {
    assert!(item("At", 3, 3, None).needs_reorder());
    assert!(item("Below", 1, 3, None).needs_reorder());
    assert!(!item("Above", 4, 3, None).needs_reorder());
    assert!(item("None left, no level", 0, 0, None).needs_reorder());
}

#[test]
fn the_reorder_quantity_brings_stock_to_twice_the_level() {
    assert_eq!(reorder_quantity(&item("a", 3, 5, None)), 7);
    assert_eq!(reorder_quantity(&item("b", 0, 10, None)), 20);
    // Always above the level: a level of 0 or 1 still orders enough.
    assert_eq!(reorder_quantity(&item("c", 0, 0, None)), 1);
    assert_eq!(reorder_quantity(&item("d", 1, 1, None)), 1);
    let mut overdrawn = item("e", 2, 2, None);
    overdrawn.stock.add(-5);
    assert_eq!(reorder_quantity(&overdrawn), 7);
}

#[test]
fn drafting_makes_one_order_per_vendor_and_never_drafts_twice() {
    let toner = item("Toner", 1, 2, Some("v1"));
    let paper = item("Paper", 4, 5, Some("v1"));
    let coffee = item("Coffee", 0, 3, Some("v2"));
    let tea = item("Tea", 9, 3, Some("v2"));
    let pens = item("Pens", 0, 10, None);
    let cups = item("Cups", 0, 10, Some("removed vendor"));
    let sugar = item("Sugar", 0, 2, Some("v2"));
    let open = order("v2", &[(&sugar.id, 4)]);
    let mut done = order("v1", &[(&toner.id, 4)]);
    done.mark_received("m1", 2).unwrap();
    let items = [&toner, &paper, &coffee, &tea, &pens, &cups, &sugar];
    let is_vendor = |v: &str| ["v1", "v2"].contains(&v);
    let plan = plan_reorder(items, [&open, &done], is_vendor);
    assert_eq!(
        plan.orders,
        vec![
            (
                "v1".to_string(),
                vec![(paper.id.clone(), 6), (toner.id.clone(), 3)]
            ),
            ("v2".to_string(), vec![(coffee.id.clone(), 6)]),
        ]
    );
    assert_eq!(plan.without_vendor, vec![cups.id.clone(), pens.id.clone()]);
    assert_eq!(plan.on_order, vec![sugar.id.clone()]);

    let drafts = draft_orders(&plan, "m1", 5);
    assert_eq!(drafts.len(), 2);
    assert!(drafts.iter().all(|o| o.status() == OrderStatus::Draft));
    assert_eq!(drafts[0].lines[&toner.id], 3);
    // Drafting again with those drafts open plans nothing more.
    let again = plan_reorder(items, drafts.iter().chain([&open, &done]), is_vendor);
    assert!(!again.has_orders());
    assert_eq!(again.on_order.len(), 4);
}

#[test]
fn an_order_goes_from_draft_to_sent_to_received_with_the_date_of_each_step() {
    let mut order = draft_order("v1", anything, "m1", 10).unwrap();
    assert_eq!(
        order.mark_sent("m1", 11).unwrap_err().for_field("item"),
        Some(&Problem::Required)
    );
    order.set_line("i1", "5", anything).unwrap();
    order.set_line("i2", "2", anything).unwrap();
    order.remove_line("i2").unwrap();
    order.mark_sent("m2", 20).unwrap();
    assert_eq!(order.status(), OrderStatus::Sent);
    assert_eq!(order.sent.as_ref().map(|s| s.at), Some(20));
    // A sent order's lines no longer change, and it cannot be removed.
    assert_eq!(
        order
            .set_line("i1", "6", anything)
            .unwrap_err()
            .for_field("quantity"),
        Some(&Problem::Closed)
    );
    assert!(may_remove(&order).is_err());
    assert!(order.mark_sent("m2", 21).is_err());
    order.mark_received("m3", 30).unwrap();
    assert_eq!(order.status(), OrderStatus::Received);
    assert_eq!(
        (
            order.drafted.at,
            order.sent.as_ref().unwrap().at,
            order.received.as_ref().unwrap().at
        ),
        (10, 20, 30)
    );
    assert_eq!(
        order
            .mark_received("m3", 31)
            .unwrap_err()
            .for_field("status"),
        Some(&Problem::AlreadyDone)
    );
}

#[test]
fn validation_of_order_lines_and_vendors() {
    assert_eq!(
        draft_order("", anything, "m1", 1)
            .unwrap_err()
            .for_field("vendor"),
        Some(&Problem::Required)
    );
    assert_eq!(
        draft_order("gone", |_| false, "m1", 1)
            .unwrap_err()
            .for_field("vendor"),
        Some(&Problem::Unknown)
    );
    let mut order = draft_order("v1", anything, "m1", 1).unwrap();
    let err = order.set_line("gone", "0", |_| false).unwrap_err();
    assert_eq!(err.for_field("item"), Some(&Problem::Unknown));
    assert!(matches!(
        err.for_field("quantity"),
        Some(Problem::NumberOutOfRange { min: 1, .. })
    ));
    assert!(order.lines.is_empty());
}

// Through the documents: the counter and the receipts as written.

fn workspace() -> Workspace<MemoryDoc> {
    Workspace::new(
        "me",
        (None, Err(Unverified::Missing)),
        MemoryDoc::create(DocKind::Team),
        None,
    )
}

/// A second device of the same workspace: the same document, its own actor.
fn second_device(space: &Workspace<MemoryDoc>) -> Workspace<MemoryDoc> {
    let doc = space.team().read(|d| {
        let copy = d.automerge().fork();
        MemoryDoc::holding(Document::open(d.id().clone(), d.kind(), copy).unwrap().0)
    });
    Workspace::new("other", (None, Err(Unverified::Missing)), doc, None)
}

fn put<T: crate::doc::Record>(space: &Workspace<MemoryDoc>, id: &str, record: &T) {
    space
        .change_team(Action::SupplyAdd, "", |w| w.put(id, record))
        .unwrap();
}

fn on_hand(space: &Workspace<MemoryDoc>, id: &str) -> i64 {
    space
        .team()
        .read(|d| d.get::<SupplyItem>(id))
        .unwrap()
        .unwrap()
        .on_hand()
}

fn take(space: &Workspace<MemoryDoc>, id: &str, quantity: &str) {
    space
        .update(
            id,
            "quantity",
            (Action::SupplyTake, ""),
            |item: &mut SupplyItem| item.take(quantity).map(drop),
        )
        .unwrap();
}

fn receive(space: &Workspace<MemoryDoc>, order_id: &str) -> Result<Order, DocError> {
    space.change_team(Action::OrderReceive, "", |w| {
        receive_order(w, order_id, "me", 5)
    })
}

fn merge(into: &Workspace<MemoryDoc>, from: &Workspace<MemoryDoc>) {
    into.team().merge_from(from.team());
}

#[test]
fn two_devices_each_taking_3_of_10_at_once_leave_4() {
    let a = workspace();
    let paper = item("Paper", 10, 2, None);
    put(&a, &paper.id, &paper);
    let b = second_device(&a);
    take(&a, &paper.id, "3");
    take(&b, &paper.id, "3");
    assert_eq!((on_hand(&a, &paper.id), on_hand(&b, &paper.id)), (7, 7));
    merge(&a, &b);
    merge(&b, &a);
    assert_eq!(on_hand(&a, &paper.id), 4);
    assert_eq!(on_hand(&b, &paper.id), 4);
}

#[test]
fn editing_an_item_while_another_device_takes_keeps_both() {
    let a = workspace();
    let paper = item("Paper", 10, 2, None);
    put(&a, &paper.id, &paper);
    let b = second_device(&a);
    let original = ItemInput::from_item(&paper);
    let edited = ItemInput {
        name: "A4 paper".into(),
        ..original.clone()
    };
    let before = a.team().read(|d| d.automerge().get_heads());
    a.update(
        &paper.id,
        "name",
        (Action::SupplyEdit, ""),
        |item: &mut SupplyItem| edit_item(item, &original, &edited, anything),
    )
    .unwrap();
    // The edit wrote the name alone: not even an increment of 0.
    let ops = a.team().read(|d| {
        d.automerge()
            .get_changes(&before)
            .iter()
            .map(|c| c.len())
            .sum::<usize>()
    });
    assert_eq!(ops, 1);
    take(&b, &paper.id, "4");
    merge(&a, &b);
    let merged = a
        .team()
        .read(|d| d.get::<SupplyItem>(&paper.id))
        .unwrap()
        .unwrap();
    assert_eq!((merged.name.as_str(), merged.on_hand()), ("A4 paper", 6));
}

#[test]
fn receiving_adds_stock_exactly_once_even_on_two_devices_at_once() {
    let a = workspace();
    let paper = item("Paper", 1, 2, Some("v1"));
    let toner = item("Toner", 0, 1, Some("v1"));
    put(&a, &paper.id, &paper);
    put(&a, &toner.id, &toner);
    let mut sent = order("v1", &[(&paper.id, 5), (&toner.id, 2)]);
    sent.mark_sent("me", 2).unwrap();
    put(&a, &sent.id, &sent);
    let b = second_device(&a);

    receive(&a, &sent.id).unwrap();
    assert_eq!((on_hand(&a, &paper.id), on_hand(&a, &toner.id)), (6, 2));
    // Receiving again on the same device is refused and adds nothing.
    assert!(matches!(
        receive(&a, &sent.id),
        Err(DocError::Invalid(invalid)) if invalid.for_field("status") == Some(&Problem::AlreadyDone)
    ));
    assert_eq!(on_hand(&a, &paper.id), 6);

    // The other device received the same delivery before it heard of it,
    // and someone took one there.
    receive(&b, &sent.id).unwrap();
    take(&b, &paper.id, "1");
    merge(&a, &b);
    merge(&b, &a);
    for device in [&a, &b] {
        assert_eq!(on_hand(device, &paper.id), 5);
        assert_eq!(on_hand(device, &toner.id), 2);
    }
    let merged: Order = a.team().read(|d| d.get(&sent.id)).unwrap().unwrap();
    assert_eq!(merged.status(), OrderStatus::Received);
}

#[test]
fn drafted_orders_written_at_once_are_all_there() {
    let space = workspace();
    let toner = item("Toner", 0, 1, Some("v1"));
    let plan = plan_reorder([&toner], [], anything);
    let drafts = draft_orders(&plan, "me", 3);
    space
        .change_team(Action::OrderDraft, "", |w| {
            drafts.iter().try_for_each(|o| w.put(&o.id, o))
        })
        .unwrap();
    let written = space.team().read(|d| d.all::<Order>()).unwrap();
    assert_eq!(written.records.len(), 1);
    assert_eq!(written.records[0].1.lines[&toner.id], 2);
}

#[test]
fn a_draft_line_taken_off_is_gone_from_the_document_and_the_draft_can_go() {
    let space = workspace();
    let mut draft = order("v1", &[("i1", 2), ("i2", 3)]);
    put(&space, &draft.id, &draft);
    space
        .update(
            &draft.id,
            "item",
            (Action::OrderEdit, ""),
            |o: &mut Order| o.remove_line("i2"),
        )
        .unwrap();
    draft = space.team().read(|d| d.get(&draft.id)).unwrap().unwrap();
    assert_eq!(draft.lines.len(), 1);
    assert_eq!(draft.lines["i1"], 2);
    assert!(may_remove(&draft).is_ok());
}
