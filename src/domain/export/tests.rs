use serde_json::json;

use super::*;
use crate::domain::calendar::zone;
use crate::domain::import::{read_sheet, Mapping, Target};

const ADA: &str = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const ACME: &str = "cccccccccccccccccccccccccccccccc";
const BEA: &str = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
const TASK: &str = "dddddddddddddddddddddddddddddddd";
const COMMENT: &str = "eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee";

/// Collections as the JSON export writes them.
fn collections() -> Map<String, Value> {
    let value = json!({
        "members": { ADA: { "id": ADA, "name": "Ada Lovelace", "active": true } },
        "clients": { ACME: {
            "id": ACME, "name": "Acme", "company": "Acme BV", "status": "Active",
            "owner": ADA, "notes": "Pays late, \"always\"", "created_at": 1_774_740_600_000_i64,
            "contacts": { BEA: { "id": BEA, "name": "Bea", "role": "CFO", "email": "bea@acme.test", "phone": "" } }
        } },
        "tasks": { TASK: {
            "id": TASK, "title": "Call Acme, then write", "status": "InProgress",
            "priority": "High", "assignee": ADA, "due_on": "2026-04-01", "client_id": ACME,
            "description": "line one\nline two", "blocked_reason": "",
            "comments": { COMMENT: { "id": COMMENT, "by": ADA, "at": 0, "text": "hi" } }
        } },
        "messages": { "m1": {
            "id": "m1", "from": "Bob", "recipient": { "kind": "Member", "id": ADA },
            "done": null, "taken_at": 0
        }, "m2": {
            "id": "m2", "from": "Cy", "recipient": { "kind": "Member", "id": ADA },
            "done": { "at": 1_774_740_600_000_i64, "by": ADA }, "taken_at": 0
        } },
        "meetings": { "x1": {
            "id": "x1", "title": "Review", "agenda": ["Budget", "Hiring"],
            "attendees": [ { "Member": ADA }, { "Contact": { "client": ACME, "contact": BEA } } ],
            "follow_ups": { TASK: 5 }
        } },
        "confidential_register": { "r1": { "id": "r1", "title": "Salaries", "owner": ADA } },
        "register": { "r2": { "id": "r2", "title": "Lease", "owner": ADA } }
    });
    value.as_object().unwrap().clone()
}

fn table(desk: Desk) -> (Vec<String>, Vec<Vec<String>>) {
    let text = desk_csv(desk, &collections(), &zone("Europe/Amsterdam"));
    assert!(
        text.starts_with('\u{feff}'),
        "Excel needs the byte order mark"
    );
    let mut reader = csv::Reader::from_reader(&text.as_bytes()[3..]);
    let headers = reader.headers().unwrap().iter().map(String::from).collect();
    let rows = reader
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect();
    (headers, rows)
}

fn column(headers: &[String], name: &str) -> usize {
    headers
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column {name} in {headers:?}"))
}

#[test]
fn a_desks_rows_lead_with_its_main_columns_and_name_what_ids_refer_to() {
    let (headers, rows) = table(Desk::Tasks);
    assert_eq!(
        headers[..6],
        ["id", "title", "status", "priority", "assignee", "due_on"]
    );
    let row = &rows[0];
    assert_eq!(row[0], TASK, "a record's own id stays an id");
    assert_eq!(row[1], "Call Acme, then write");
    assert_eq!(row[4], "Ada Lovelace");
    assert_eq!(row[column(&headers, "client_id")], "Acme");
    assert_eq!(row[column(&headers, "description")], "line one\nline two");
    // Comments have no name: the cell counts them.
    assert_eq!(row[column(&headers, "comments")], "1");
}

#[test]
fn nested_records_become_columns_and_instants_local_times() {
    let (headers, rows) = table(Desk::Messages);
    assert_eq!(headers[..3], ["id", "taken_at", "from"]);
    let done_at = column(&headers, "done.at");
    let done_by = column(&headers, "done.by");
    assert_eq!(rows[0][done_at], "", "a message not done has no time");
    // 2026-03-28 23:30 UTC is 00:30 on Sunday in Amsterdam.
    assert_eq!(rows[1][done_at], "2026-03-29 00:30");
    assert_eq!(rows[1][done_by], "Ada Lovelace");
    assert_eq!(rows[1][column(&headers, "recipient.id")], "Ada Lovelace");
}

#[test]
fn lists_and_enums_read_as_text() {
    let (headers, rows) = table(Desk::Meetings);
    assert_eq!(rows[0][column(&headers, "agenda")], "Budget; Hiring");
    assert_eq!(
        rows[0][column(&headers, "attendees")],
        "Ada Lovelace; Acme / Bea"
    );
    assert_eq!(
        rows[0][column(&headers, "follow_ups")],
        "Call Acme, then write: 5"
    );
}

#[test]
fn contacts_are_rows_of_their_own_with_their_client() {
    let (headers, rows) = table(Desk::Contacts);
    assert_eq!(headers, ["id", "client", "name", "role", "email", "phone"]);
    assert_eq!(rows, [[BEA, "Acme", "Bea", "CFO", "bea@acme.test", ""]]);
    let (headers, rows) = table(Desk::Clients);
    assert_eq!(rows[0][column(&headers, "contacts")], "Bea");
    assert_eq!(rows[0][column(&headers, "notes")], "Pays late, \"always\"");
    assert_eq!(rows[0][column(&headers, "created_at")], "2026-03-29 00:30");
}

#[test]
fn documents_list_both_registers_and_a_desk_with_nothing_is_a_header() {
    let (_, rows) = table(Desk::Documents);
    let titles: BTreeSet<&str> = rows.iter().map(|r| r[1].as_str()).collect();
    assert_eq!(titles, BTreeSet::from(["Lease", "Salaries"]));
    let text = desk_csv(Desk::Visitors, &collections(), &zone("UTC"));
    assert_eq!(text, "\u{feff}id\n");
}

#[test]
fn our_own_csv_maps_back_onto_the_import_fields() {
    for (desk, target) in [
        (Desk::Tasks, Target::Tasks),
        (Desk::Clients, Target::Clients),
        (Desk::Contacts, Target::Contacts),
    ] {
        let text = desk_csv(desk, &collections(), &zone("UTC"));
        let sheet = read_sheet(&text).unwrap();
        let mapping = Mapping::recognise(target, &sheet.headers);
        for field in target.fields() {
            let expected = !matches!(
                (target, field.code()),
                (Target::Clients, "contact_name" | "email" | "phone")
            );
            assert_eq!(
                mapping.column_of(*field).is_some(),
                expected,
                "{} of {}",
                field.code(),
                desk.code()
            );
        }
    }
}
