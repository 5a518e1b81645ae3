use super::*;
use crate::domain::calendar::zone;
use crate::domain::clients::ClientStatus;
use crate::domain::tasks::{self, TaskStatus};
use crate::domain::validation::Problem;

/// The header row of a ClickUp task export.
const CLICKUP: &str = "\"Task ID\",\"Task Custom ID\",\"Task Name\",\"Task Content\",\"Status\",\
\"Date Created\",\"Date Created Text\",\"Due Date\",\"Due Date Text\",\"Parent ID\",\
\"Attachments\",\"Assignees\",\"Tags\",\"Priority\",\"List Name\",\"Folder Name\",\"Space Name\"";

fn sheet(text: &str) -> Sheet {
    read_sheet(text).expect("a readable sheet")
}

fn fields(target: Target, sheet: &Sheet) -> Vec<Option<Field>> {
    let mapping = Mapping::recognise(target, &sheet.headers);
    (0..sheet.headers.len()).map(|c| mapping.field(c)).collect()
}

fn lookup() -> Lookup {
    let mut lookup = Lookup::new(zone("Europe/Amsterdam"));
    lookup.person("m1", "Ada Lovelace", "ada@example.com");
    lookup.person("m2", "Alan Turing", "");
    lookup.client("c1", "Acme", "Acme Holding BV");
    lookup
}

fn planned(target: Target, text: &str) -> Plan {
    let sheet = sheet(text);
    let mapping = Mapping::recognise(target, &sheet.headers);
    plan(target, &sheet, &mapping, &lookup(), "me", 1_000)
}

fn task(plan: &Plan, index: usize) -> &crate::domain::tasks::Task {
    match new_draft(plan, index) {
        Draft::Task(task) => task,
        other => panic!("row {index} is {other:?}"),
    }
}

fn new_draft(plan: &Plan, index: usize) -> &Draft {
    match &plan.rows[index].outcome {
        Outcome::New(draft) => draft,
        other => panic!("row {index} is {other:?}"),
    }
}

fn problems(plan: &Plan, index: usize) -> Vec<(&'static str, Problem)> {
    match &plan.rows[index].outcome {
        Outcome::Bad(invalid) => invalid
            .0
            .iter()
            .map(|e| (e.field, e.problem.clone()))
            .collect(),
        other => panic!("row {index} is {other:?}"),
    }
}

#[test]
fn clickup_task_exports_are_recognised_and_their_extra_columns_left_out() {
    let text = format!("{CLICKUP}\n86a1,,Call Acme,Ask about the invoice,in progress,1711000000000,,,,,,[Ada Lovelace],,high,Sales,,\n");
    let sheet = sheet(&text);
    let found = fields(Target::Tasks, &sheet);
    use Field::*;
    assert_eq!(
        found,
        [
            Some(SourceId),
            None,
            Some(Title),
            Some(Description),
            Some(Status),
            None,
            None,
            Some(DueOn),
            None,
            None,
            None,
            Some(Assignee),
            None,
            Some(Priority),
            None,
            None,
            None,
        ]
    );
    let plan = planned(Target::Tasks, &text);
    let task = task(&plan, 0);
    assert_eq!(task.title, "Call Acme");
    assert_eq!(task.description, "Ask about the invoice");
    assert_eq!(task.status, TaskStatus::InProgress);
    assert_eq!(task.priority, tasks::Priority::High);
    assert_eq!(task.assignee.as_deref(), Some("m1"));
    assert_eq!(task.due_on, None);
    assert_eq!(plan.rows[0].source_id.as_deref(), Some("86a1"));
    assert_eq!(plan.rows[0].number, 2);
}

#[test]
fn airtable_tables_are_recognised_as_clients_or_contacts() {
    let sheet = sheet("Name,Email,Phone,Company,Notes,Status,Last Modified\nx,,,,,,\n");
    use Field::*;
    assert_eq!(
        fields(Target::Clients, &sheet),
        [
            Some(Name),
            Some(Email),
            Some(Phone),
            Some(Company),
            Some(Notes),
            Some(Status),
            None
        ]
    );
    assert_eq!(
        fields(Target::Contacts, &sheet),
        [
            Some(Name),
            Some(Email),
            Some(Phone),
            Some(Client),
            None,
            None,
            None
        ]
    );
}

#[test]
fn our_own_export_columns_are_recognised() {
    let tasks = sheet("id,title,status,priority,assignee,due_on,description,blocked_reason,client_id,comments,created_at\nx\n");
    use Field::*;
    assert_eq!(
        fields(Target::Tasks, &tasks),
        [
            Some(SourceId),
            Some(Title),
            Some(Status),
            Some(Priority),
            Some(Assignee),
            Some(DueOn),
            Some(Description),
            Some(BlockedReason),
            Some(Client),
            None,
            None
        ]
    );
    let contacts = sheet("id,client,name,role,email,phone\nx\n");
    assert_eq!(
        fields(Target::Contacts, &contacts),
        [
            Some(SourceId),
            Some(Client),
            Some(Name),
            Some(Role),
            Some(Email),
            Some(Phone)
        ]
    );
    // Our exports write the stored names of statuses.
    let plan = planned(
        Target::Tasks,
        "title,status,priority\nA,InProgress,Urgent\nB,Done,Low\n",
    );
    assert_eq!(task(&plan, 0).status, TaskStatus::InProgress);
    assert_eq!(task(&plan, 0).priority, tasks::Priority::Urgent);
    assert_eq!(task(&plan, 1).status, TaskStatus::Done);
}

#[test]
fn a_field_takes_one_column_and_the_user_can_move_it() {
    let sheet = sheet("Name,Task Name,Notes\nx,y,z\n");
    let mut mapping = Mapping::recognise(Target::Tasks, &sheet.headers);
    assert_eq!(mapping.field(0), Some(Field::Title));
    assert_eq!(mapping.field(1), None);
    mapping.set(1, Some(Field::Title));
    assert_eq!(
        (mapping.field(0), mapping.field(1)),
        (None, Some(Field::Title))
    );
    mapping.set(2, None);
    assert_eq!(mapping.column_of(Field::Description), None);
    assert_eq!(mapping.value(&sheet.rows[0].cells, Field::Title), "y");
}

#[test]
fn quoted_fields_keep_their_commas_quotes_and_line_breaks() {
    let text = "Task Name,Task Content,Status\n\"Call, then write\",\"Line one\nline \"\"two\"\"\",open\nNext,,done\n";
    let sheet = sheet(text);
    assert_eq!(sheet.rows.len(), 2);
    assert_eq!(sheet.rows[0].cells[0], "Call, then write");
    assert_eq!(sheet.rows[0].cells[1], "Line one\nline \"two\"");
    // Rows are numbered as a spreadsheet shows them, not by lines.
    assert_eq!(sheet.rows[1].number, 3);
    let plan = planned(Target::Tasks, text);
    assert_eq!(task(&plan, 0).description, "Line one\nline \"two\"");
}

#[test]
fn byte_order_marks_and_other_encodings_are_read() {
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend_from_slice("Name,Company\nJosé,Café\n".as_bytes());
    let text = decode(&bytes);
    let sheet = sheet(&text);
    assert_eq!(sheet.headers, ["Name", "Company"]);
    assert_eq!(sheet.rows[0].cells, ["José", "Café"]);
    // A BOM left in the text by a browser's decoder is no part of a header.
    assert_eq!(read_sheet("\u{feff}Name\nx\n").unwrap().headers, ["Name"]);
    // Excel's "Unicode text": UTF-16 with tabs.
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in "Name\tEmail\r\nJosé\tj@x.es\r\n".encode_utf16() {
        utf16.extend_from_slice(&unit.to_le_bytes());
    }
    assert_eq!(sheet_of(&utf16).rows[0].cells, ["José", "j@x.es"]);
    // An older Excel on Windows: Windows-1252.
    let latin = b"Name;Notes\nJos\xe9;\x80 12 \x93ok\x94\n";
    assert_eq!(sheet_of(latin).rows[0].cells, ["José", "€ 12 “ok”"]);
}

fn sheet_of(bytes: &[u8]) -> Sheet {
    sheet(&decode(bytes))
}

#[test]
fn semicolon_files_from_dutch_and_spanish_excel_are_read() {
    let sheet = sheet("Naam;Bedrag;Notes\r\nAcme;12,50;\"a; b\"\r\n");
    assert_eq!(sheet.headers, ["Naam", "Bedrag", "Notes"]);
    assert_eq!(sheet.rows[0].cells, ["Acme", "12,50", "a; b"]);
    let named = read_sheet("sep=;\nName;Company\nAcme, Inc;Acme\n").unwrap();
    assert_eq!(named.headers, ["Name", "Company"]);
    assert_eq!(named.rows[0].cells, ["Acme, Inc", "Acme"]);
    let tabs = read_sheet("Name\tCompany\nA\tB\n").unwrap();
    assert_eq!(tabs.rows[0].cells, ["A", "B"]);
}

#[test]
fn empty_and_oversized_files_are_refused() {
    assert_eq!(read_sheet(""), Err(SheetError::Empty));
    assert_eq!(read_sheet("Name,Email\n,\n"), Err(SheetError::Empty));
    let big = format!("Name\n{}", "x\n".repeat(MAX_ROWS + 1));
    assert_eq!(
        read_sheet(&big),
        Err(SheetError::TooManyRows { max: MAX_ROWS })
    );
}

#[test]
fn bad_rows_say_what_is_wrong_with_each_field() {
    let plan = planned(
        Target::Tasks,
        "Task Name,Status,Due Date,Assignees,Priority\n\
         ,open,,,\n\
         Ship,someday,31/12/2026,[Grace Hopper],highest\n\
         Wait,blocked,,,\n\
         Fine,complete,2026-04-01T09:00:00Z,ada@example.com,2\n",
    );
    assert_eq!(problems(&plan, 0), [("title", Problem::Required)]);
    assert_eq!(
        problems(&plan, 1),
        [
            ("status", Problem::Unknown),
            ("priority", Problem::Unknown),
            ("due_on", Problem::InvalidDay),
            ("assignee", Problem::Unknown),
        ]
    );
    assert_eq!(problems(&plan, 2), [("blocked_reason", Problem::Required)]);
    let fine = task(&plan, 3);
    assert_eq!(fine.status, TaskStatus::Done);
    assert_eq!(fine.due_on.as_deref(), Some("2026-04-01"));
    assert_eq!(
        (fine.assignee.as_deref(), fine.priority),
        (Some("m1"), tasks::Priority::High)
    );
    assert_eq!(
        plan.counts(),
        Counts {
            new: 1,
            bad: 3,
            skipped: 0
        }
    );
    let bad: Vec<usize> = plan.bad_rows().map(|(number, _)| number).collect();
    assert_eq!(bad, [2, 3, 4]);
}

#[test]
fn clickup_due_dates_in_milliseconds_fall_on_the_local_day() {
    // 2026-03-28 23:30 UTC is Sunday 29 March in Amsterdam.
    let plan = planned(
        Target::Tasks,
        "Task Name,Due Date\nA,1774740600000\nB,1774740600\nC,null\n",
    );
    assert_eq!(task(&plan, 0).due_on.as_deref(), Some("2026-03-29"));
    assert_eq!(task(&plan, 1).due_on.as_deref(), Some("2026-03-29"));
    assert_eq!(task(&plan, 2).due_on, None);
}

#[test]
fn clients_bring_their_contact_and_contacts_need_a_known_client() {
    let plan = planned(
        Target::Clients,
        "Name,Email,Phone,Company,Notes,Status\n\
         Globex,info@globex.test,+31 20 555 0101,Globex BV,Big one,Active\n\
         Initech,not-an-address,,,,churned\n",
    );
    match new_draft(&plan, 0) {
        Draft::Client(client) => {
            assert_eq!(
                (client.name.as_str(), client.status),
                ("Globex", ClientStatus::Active)
            );
            assert_eq!(client.company, "Globex BV");
            let contact = client.contacts.values().next().expect("a contact");
            assert_eq!(contact.name, "Globex");
            assert_eq!(contact.email, "info@globex.test");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(problems(&plan, 1), [("email", Problem::InvalidEmail)]);

    let plan = planned(
        Target::Contacts,
        "Name,Email,Company,Title\nBea,bea@acme.test,acme holding bv,CFO\nCy,,Unknown Ltd,\nDee,,,\n",
    );
    match new_draft(&plan, 0) {
        Draft::Contact { client, contact } => {
            assert_eq!(client, "c1");
            assert_eq!(
                (contact.name.as_str(), contact.role.as_str()),
                ("Bea", "CFO")
            );
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(problems(&plan, 1), [("client_id", Problem::Unknown)]);
    assert_eq!(problems(&plan, 2), [("client_id", Problem::Required)]);
}

#[test]
fn a_row_keeps_its_key_whatever_the_column_order_or_spacing() {
    let a = planned(Target::Clients, "Name,Company\nAcme Two,  Acme   BV \n");
    let b = planned(Target::Clients, "Company,Name,Empty\nacme bv,Acme Two,\n");
    assert_eq!(a.rows[0].key, b.rows[0].key);
    assert!(a.rows[0].key.starts_with("clients-"));
    // A different row, or the same row as another kind, is another key.
    let c = planned(Target::Clients, "Name,Company\nAcme Three,Acme BV\n");
    assert_ne!(a.rows[0].key, c.rows[0].key);
    let d = planned(Target::Contacts, "Name,Company\nAcme Two,Acme BV\n");
    assert_ne!(a.rows[0].key, d.rows[0].key);
}

#[test]
fn the_sources_id_is_the_key_when_there_is_one() {
    let first = planned(Target::Tasks, "Task ID,Task Name\n86a1,Call Acme\n");
    let renamed = planned(Target::Tasks, "Task Name,Task ID\nCall Acme today,86a1\n");
    assert_eq!(first.rows[0].key, renamed.rows[0].key);
    let other = planned(Target::Tasks, "Task ID,Task Name\n86a2,Call Acme\n");
    assert_ne!(first.rows[0].key, other.rows[0].key);
}

#[test]
fn repeated_rows_are_written_once_and_imported_rows_not_again() {
    let mut plan = planned(
        Target::Tasks,
        "Task Name,Status\nCall Acme,open\nWrite up,done\ncall  acme,OPEN\n,\nWrite up,done\n",
    );
    assert_eq!(plan.rows[2].outcome, Outcome::Repeat { of: 2 });
    assert_eq!(plan.rows[3].outcome, Outcome::Repeat { of: 3 });
    assert_eq!(
        plan.counts(),
        Counts {
            new: 2,
            bad: 0,
            skipped: 2
        }
    );
    let imported = plan.rows[0].key.clone();
    plan.settle(|row, _| row.key == imported);
    assert_eq!(plan.rows[0].outcome, Outcome::Imported);
    let titles: Vec<&str> = plan
        .new_rows()
        .map(|(_, draft)| match draft {
            Draft::Task(task) => task.title.as_str(),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(titles, ["Write up"]);
}
