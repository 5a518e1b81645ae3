use super::*;

fn sam() -> Member {
    Member {
        id: "sam".into(),
        name: "Sam".into(),
        role: Default::default(),
        active: true,
        joined_at: 0,
        department: Some("finance".into()),
        email: String::new(),
        phone: String::new(),
    }
}

fn input(recipient: &str) -> MessageInput {
    MessageInput {
        from: " Ana Ruiz ".into(),
        organisation: "Ruiz & Co".into(),
        recipient: recipient.into(),
        body: "Please call back about the invoice".into(),
        call_back: "+34 600 123 456".into(),
        ..Default::default()
    }
}

#[test]
fn a_message_is_taken_for_a_known_member_or_department() {
    let exists = |r: &Recipient| r.id == "sam" || r.id == "finance";
    let message = take_message(&input("member:sam"), exists, "lea", 5).unwrap();
    assert_eq!(message.from, "Ana Ruiz");
    assert_eq!(message.recipient, Recipient::member("sam"));
    assert_eq!((message.taken_by.as_str(), message.taken_at), ("lea", 5));
    assert!(message.is_open());
    let message = take_message(&input("department:finance"), exists, "lea", 5).unwrap();
    assert_eq!(message.recipient, Recipient::department("finance"));
}

#[test]
fn bad_input_names_each_field() {
    let exists = |_: &Recipient| false;
    let bad = MessageInput {
        from: " ".into(),
        call_back: "call me".into(),
        ..input("member:ghost")
    };
    let err = take_message(&bad, exists, "lea", 0).unwrap_err();
    assert_eq!(err.for_field("from"), Some(&Problem::Required));
    assert_eq!(err.for_field("call_back"), Some(&Problem::InvalidPhone));
    assert_eq!(err.for_field("recipient"), Some(&Problem::Unknown));
    let err = take_message(&input(""), |_: &Recipient| true, "lea", 0).unwrap_err();
    assert_eq!(err.for_field("recipient"), Some(&Problem::Required));
    let err = take_message(&input("team:sam"), |_: &Recipient| true, "lea", 0).unwrap_err();
    assert_eq!(err.for_field("recipient"), Some(&Problem::Required));
}

#[test]
fn done_once_keeps_who_finished_first() {
    let mut message = take_message(&input("member:sam"), |_: &Recipient| true, "lea", 0).unwrap();
    mark_done(&mut message, "sam", 10).unwrap();
    let err = mark_done(&mut message, "lea", 20).unwrap_err();
    assert_eq!(err.for_field("done"), Some(&Problem::AlreadyDone));
    let done = message.done.clone().unwrap();
    assert_eq!((done.by.as_str(), done.at), ("sam", 10));
    assert_eq!(open_under(&message), None);
}

#[test]
fn urgent_messages_come_first_then_the_newest() {
    let take = |urgency, at| {
        let mut message =
            take_message(&input("member:sam"), |_: &Recipient| true, "lea", at).unwrap();
        message.urgency = urgency;
        message
    };
    let mut messages = [
        take(Urgency::Normal, 30),
        take(Urgency::Urgent, 10),
        take(Urgency::Normal, 40),
        take(Urgency::Urgent, 20),
    ];
    messages.sort_by_key(inbox_order);
    let order: Vec<_> = messages.iter().map(|m| (m.urgency, m.taken_at)).collect();
    assert_eq!(
        order,
        [
            (Urgency::Urgent, 20),
            (Urgency::Urgent, 10),
            (Urgency::Normal, 40),
            (Urgency::Normal, 30)
        ]
    );
}

#[test]
fn a_member_sees_their_own_and_their_departments_messages() {
    let mine = Recipient::of(&sam());
    assert_eq!(
        mine,
        [Recipient::member("sam"), Recipient::department("finance")]
    );
    for recipient in mine {
        assert_eq!(Recipient::from_key(&recipient.key()), Some(recipient));
    }
}
