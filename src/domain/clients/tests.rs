use super::*;

fn input(name: &str) -> ClientInput {
    ClientInput {
        name: name.into(),
        company: "Acme BV".into(),
        ..Default::default()
    }
}

fn anyone(_: &str) -> bool {
    true
}

#[test]
fn creating_a_client_trims_and_attributes() {
    let client = create_client(&input("  Acme "), anyone, "m1", 42).unwrap();
    assert_eq!(client.name, "Acme");
    assert_eq!(client.created_by, "m1");
    assert_eq!(client.created_at, 42);
    assert_eq!(client.status, ClientStatus::Prospect);
    assert!(client.contacts.is_empty());
}

#[test]
fn a_client_needs_a_name_and_a_known_owner() {
    let bad = ClientInput {
        name: " ".into(),
        owner: Some("ghost".into()),
        notes: "x".repeat(NOTES_MAX + 1),
        ..Default::default()
    };
    let err = create_client(&bad, |id| id == "m1", "m1", 0).unwrap_err();
    assert_eq!(err.for_field("name"), Some(&Problem::Required));
    assert_eq!(err.for_field("owner"), Some(&Problem::Unknown));
    assert_eq!(
        err.for_field("notes"),
        Some(&Problem::TooLong { max: NOTES_MAX })
    );
}

#[test]
fn an_edit_writes_only_the_fields_the_user_changed() {
    let mut client = create_client(&input("Acme"), anyone, "m1", 0).unwrap();
    let original = ClientInput::from_client(&client);
    // Meanwhile another device changed the notes.
    client.notes = "from the other device".into();
    let mut edited = original.clone();
    edited.status = ClientStatus::Active;
    edit_client(&mut client, &original, &edited, anyone).unwrap();
    assert_eq!(client.status, ClientStatus::Active);
    assert_eq!(client.notes, "from the other device");
}

#[test]
fn a_bad_edit_changes_nothing() {
    let mut client = create_client(&input("Acme"), anyone, "m1", 0).unwrap();
    let before = client.clone();
    let original = ClientInput::from_client(&client);
    let mut edited = original.clone();
    edited.name.clear();
    edited.status = ClientStatus::Former;
    assert!(edit_client(&mut client, &original, &edited, anyone).is_err());
    assert_eq!(client, before);
}

#[test]
fn contacts_are_validated_added_edited_and_removed() {
    let mut client = create_client(&input("Acme"), anyone, "m1", 0).unwrap();
    let bad = ContactInput {
        name: "".into(),
        email: "nope".into(),
        phone: "call me".into(),
        ..Default::default()
    };
    let err = add_contact(&mut client, &bad).unwrap_err();
    assert_eq!(err.0.len(), 3);
    assert!(client.contacts.is_empty());

    let good = ContactInput {
        name: "Ann".into(),
        role: "Office manager".into(),
        email: "ann@acme.nl".into(),
        phone: "+31 20 555 0101".into(),
    };
    let id = add_contact(&mut client, &good).unwrap();
    let mut edited = good.clone();
    edited.phone = "+31 20 555 0102".into();
    edit_contact(&mut client, &id, &good, &edited).unwrap();
    assert_eq!(client.contacts[&id].phone, "+31 20 555 0102");
    assert!(remove_contact(&mut client, &id));
    assert!(edit_contact(&mut client, &id, &good, &edited).is_err());
}

#[test]
fn interactions_need_a_summary_and_a_time() {
    let err = log_interaction("c1", &InteractionInput::default(), "m1", 5).unwrap_err();
    assert_eq!(err.for_field("summary"), Some(&Problem::Required));
    assert_eq!(err.for_field("at"), Some(&Problem::Required));

    let logged = log_interaction(
        "c1",
        &InteractionInput {
            kind: InteractionKind::Complaint,
            at: Some(3),
            summary: " Invoice wrong ".into(),
            outcome: "Credit note sent".into(),
        },
        "m1",
        5,
    )
    .unwrap();
    assert_eq!(logged.summary, "Invoice wrong");
    assert_eq!((logged.at, logged.logged_at), (3, 5));
}

#[test]
fn filter_matches_every_word_and_the_status() {
    let mut client = create_client(&input("Bakery Jansen"), anyone, "m1", 0).unwrap();
    add_contact(
        &mut client,
        &ContactInput {
            name: "Piet".into(),
            email: "piet@jansen.nl".into(),
            ..Default::default()
        },
    )
    .unwrap();
    let filter = |query: &str, status| ClientFilter {
        query: query.into(),
        status,
    };
    assert!(filter("bakery piet", None).matches(&client));
    assert!(filter("ACME", None).matches(&client));
    assert!(!filter("bakery kees", None).matches(&client));
    assert!(filter("", Some(ClientStatus::Prospect)).matches(&client));
    assert!(!filter("", Some(ClientStatus::Active)).matches(&client));
    // The shown status (read from the checklists) is asked only by a filter
    // that names one: the unfiltered list shows before they are read.
    let unread = || -> ClientStatus { panic!("the checklists were read") };
    assert!(filter("bakery", None).matches_showing(&client, unread));
    assert!(
        filter("", Some(ClientStatus::Active)).matches_showing(&client, || ClientStatus::Active)
    );
}

#[test]
fn orderings_are_stable() {
    let a = create_client(&input("alpha"), anyone, "m1", 0).unwrap();
    let b = create_client(&input("Beta"), anyone, "m1", 0).unwrap();
    assert!(name_order(&a) < name_order(&b));
    let mut x = log_interaction(
        "c",
        &InteractionInput {
            at: Some(1),
            summary: "s".into(),
            ..Default::default()
        },
        "m",
        0,
    )
    .unwrap();
    let mut y = x.clone();
    y.at = 2;
    y.id = "b".into();
    x.id = "a".into();
    assert_eq!(newest_first(&x, &y), std::cmp::Ordering::Greater);
}
