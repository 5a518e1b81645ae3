use std::collections::BTreeSet;

use super::*;
use crate::doc::Collection;
use crate::domain::calendar::zone;
use crate::domain::clients::{create_client, ClientInput};
use crate::domain::escalations::{raise_escalation, EscalationInput};
use crate::domain::import::{read_sheet, Counts, Outcome};
use crate::domain::people::{create_member, MemberInput, Role};
use crate::domain::tasks::TaskStatus;
use crate::domain::validation::Problem;
use crate::workspace::tests::{ceo, grant, workspace};
use crate::workspace::MemoryDoc;

const CLICKUP_TASKS: &str = "\
\"Task ID\",\"Task Name\",\"Task Content\",\"Status\",\"Date Created\",\"Due Date\",\"Assignees\",\"Priority\",\"List Name\"
\"86a1\",\"Call Acme\",\"About the invoice, again\",\"to do\",\"1711000000000\",\"2026-04-01\",\"[Ada Lovelace]\",\"high\",\"Sales\"
\"86a2\",\"\",\"No name\",\"open\",\"1711000000000\",\"\",\"\",\"\",\"Sales\"
\"86a3\",\"Write report\",\"Line one
line two\",\"complete\",\"1711000000000\",\"\",\"[Nobody Known]\",\"\",\"Ops\"
\"86a4\",\"Book venue\",\"\",\"in progress\",\"1711000000000\",\"someday\",\"\",\"urgent\",\"Events\"
\"86a5\",\"Order toner\",\"\",\"in progress\",\"1711000000000\",\"\",\"\",\"low\",\"Ops\"
";

fn add_member(space: &Workspace<MemoryDoc>, name: &str) -> String {
    let input = MemberInput {
        name: name.into(),
        role: Role::TeamMember,
        ..MemberInput::default()
    };
    let member = create_member(&input, |_| false, 1).unwrap();
    space
        .change_team(Action::MemberAdd, name, |w| w.put(&member.id, &member))
        .unwrap();
    member.id
}

fn add_client(space: &Workspace<MemoryDoc>, name: &str) -> String {
    let input = ClientInput {
        name: name.into(),
        ..ClientInput::default()
    };
    let client = create_client(&input, |_| true, "me", 1).unwrap();
    space
        .change_team(Action::ClientCreate, name, |w| w.put(&client.id, &client))
        .unwrap();
    client.id
}

fn plan_of(space: &Workspace<MemoryDoc>, target: Target, text: &str) -> Plan {
    let sheet = read_sheet(text).unwrap();
    let mapping = Mapping::recognise(target, &sheet.headers);
    space.plan_import(target, &sheet, &mapping, zone("UTC"), 5_000)
}

fn tasks(space: &Workspace<MemoryDoc>) -> Vec<Task> {
    space.team().read(|d| {
        let mut tasks: Vec<Task> = d
            .all::<Task>()
            .unwrap()
            .records
            .into_iter()
            .map(|(_, t)| t)
            .collect();
        tasks.sort_by(|a, b| a.title.cmp(&b.title));
        tasks
    })
}

fn count<T: Record>(space: &Workspace<MemoryDoc>) -> usize {
    space.team().read(|d| d.all::<T>().unwrap().records.len())
}

#[test]
fn a_clickup_file_imports_its_good_rows_once_and_lists_the_bad_ones() {
    let space = ceo();
    let ada = add_member(&space, "Ada Lovelace");
    let plan = plan_of(&space, Target::Tasks, CLICKUP_TASKS);
    assert_eq!(
        plan.counts(),
        Counts {
            new: 2,
            bad: 3,
            skipped: 0
        }
    );
    let bad: Vec<(usize, Vec<&str>)> = plan
        .bad_rows()
        .map(|(number, invalid)| (number, invalid.0.iter().map(|e| e.field).collect()))
        .collect();
    assert_eq!(
        bad,
        [
            (3, vec!["title"]),
            (4, vec!["assignee"]),
            (5, vec!["due_on"])
        ]
    );
    assert_eq!(space.import(&plan, "tasks.csv", 5_000).unwrap(), 2);
    let written = tasks(&space);
    assert_eq!(written.len(), 2);
    assert_eq!(written[0].title, "Call Acme");
    assert_eq!(written[0].description, "About the invoice, again");
    assert_eq!(written[0].assignee.as_deref(), Some(ada.as_str()));
    assert_eq!(written[0].due_on.as_deref(), Some("2026-04-01"));
    assert_eq!(written[1].status, TaskStatus::InProgress);

    // The import is one change, named by its action and the file.
    let log = space.change_log(DocKind::Team, &[]);
    let meta = log.last().unwrap().meta.clone().unwrap();
    assert_eq!(
        (meta.action, meta.label.as_str()),
        (Action::TaskImport, "tasks.csv")
    );

    // The same file again: nothing new.
    let again = plan_of(&space, Target::Tasks, CLICKUP_TASKS);
    assert_eq!(
        again.counts(),
        Counts {
            new: 0,
            bad: 3,
            skipped: 2
        }
    );
    assert_eq!(space.import(&again, "tasks.csv", 6_000).unwrap(), 0);
    assert_eq!(tasks(&space).len(), 2);
    assert_eq!(count::<ImportMark>(&space), 2);
}

#[test]
fn rows_imported_by_another_device_since_the_preview_are_not_written_twice() {
    let space = ceo();
    let text = "Name,Company\nGlobex,Globex BV\nInitech,Initech Ltd\n";
    let plan = plan_of(&space, Target::Clients, text);
    let other = Workspace::new(
        "other",
        (None, Ok(grant(Role::Ceo, None))),
        super::super::tests::second_device(space.team()),
        None,
    );
    let theirs = plan_of(&other, Target::Clients, text);
    assert_eq!(other.import(&theirs, "clients.csv", 1).unwrap(), 2);
    space.team().merge_from(other.team());
    assert_eq!(space.import(&plan, "clients.csv", 2).unwrap(), 0);
    assert_eq!(count::<Client>(&space), 2);
}

#[test]
fn nothing_is_written_when_one_row_cannot_be() {
    let space = ceo();
    add_client(&space, "Acme");
    let gone = add_client(&space, "Globex");
    let plan = plan_of(
        &space,
        Target::Contacts,
        "Name,Email,Company\nBea,bea@acme.test,Acme\nCy,cy@globex.test,Globex\n",
    );
    assert_eq!(plan.counts().new, 2);
    // Globex is removed on another device before the import is confirmed.
    space
        .change_team(Action::ClientEdit, "Globex", |w| w.remove::<Client>(&gone))
        .unwrap();
    let err = space.import(&plan, "contacts.csv", 1).unwrap_err();
    assert!(
        matches!(err, DocError::Invalid(invalid) if invalid.for_field("contacts") == Some(&Problem::Unknown))
    );
    let contacts: usize = space.team().read(|d| {
        d.all::<Client>()
            .unwrap()
            .records
            .iter()
            .map(|(_, c)| c.contacts.len())
            .sum()
    });
    assert_eq!((contacts, count::<ImportMark>(&space)), (0, 0));
}

#[test]
fn contacts_join_their_clients_and_our_own_export_is_recognised_as_here() {
    let space = ceo();
    add_member(&space, "Ada Lovelace");
    let acme = add_client(&space, "Acme");
    let plan = plan_of(
        &space,
        Target::Contacts,
        "Name,Email,Company,Title\nBea,bea@acme.test,Acme,CFO\n",
    );
    assert_eq!(space.import(&plan, "contacts.csv", 1).unwrap(), 1);
    let client: Client = space.team().read(|d| d.get(&acme).unwrap().unwrap());
    let bea = client.contacts.values().next().unwrap();
    assert_eq!((bea.name.as_str(), bea.role.as_str()), ("Bea", "CFO"));

    // Each desk's own CSV, imported back, finds its records here already.
    let plan = plan_of(&space, Target::Tasks, CLICKUP_TASKS);
    space.import(&plan, "tasks.csv", 1).unwrap();
    for (desk, target, rows) in [
        (Desk::Tasks, Target::Tasks, 2),
        (Desk::Clients, Target::Clients, 1),
        (Desk::Contacts, Target::Contacts, 1),
    ] {
        let exported = space.desk_csv(desk, &zone("UTC"));
        let plan = plan_of(&space, target, &exported);
        assert_eq!(plan.rows.len(), rows, "{}", desk.code());
        assert!(
            plan.rows.iter().all(|r| r.outcome == Outcome::Imported),
            "{}: {:?}",
            desk.code(),
            plan.rows
        );
    }
    // Into another workspace, the same file makes new records.
    let fresh = ceo();
    add_member(&fresh, "Ada Lovelace");
    let exported = space.desk_csv(Desk::Tasks, &zone("UTC"));
    let plan = plan_of(&fresh, Target::Tasks, &exported);
    assert_eq!(plan.counts().new, 2);
    assert_eq!(fresh.import(&plan, "tasks.csv", 1).unwrap(), 2);
    let copied = tasks(&fresh);
    assert_eq!(copied[0].title, "Call Acme");
    assert!(copied[0].assignee.is_some());
}

#[test]
fn the_json_export_has_every_collection_and_leadership_only_where_held() {
    let space = ceo();
    add_client(&space, "Acme");
    let input = EscalationInput {
        summary: "Late again".into(),
        ..EscalationInput::default()
    };
    let escalation = raise_escalation(&input, |_| true, "me", 1).unwrap();
    space
        .change_leadership(Action::EscalationRaise, "x", |w| {
            w.put(&escalation.id, &escalation)
        })
        .unwrap();
    let file: Value = serde_json::from_str(&space.export_json(1_774_740_600_000)).unwrap();
    assert_eq!(file["format"], "handover-export");
    assert_eq!(file["exported_at"], "2026-03-28T23:30:00Z");
    for kind in DocKind::ALL {
        let keys: BTreeSet<&str> = file[kind.code()]
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        let expected: BTreeSet<&str> = Collection::of(kind).map(Collection::key).collect();
        assert_eq!(keys, expected, "{kind}");
    }
    let clients = file["team"]["clients"].as_object().unwrap();
    let acme = clients.values().next().unwrap();
    assert_eq!(
        (acme["name"].as_str(), acme["status"].as_str()),
        (Some("Acme"), Some("Prospect"))
    );
    assert_eq!(
        file["leadership"]["escalations"][&escalation.id]["summary"],
        "Late again"
    );

    let team_device = workspace(Ok(grant(Role::TeamMember, None)));
    let file: Value = serde_json::from_str(&team_device.export_json(0)).unwrap();
    assert!(file["team"].is_object());
    assert!(file.get("leadership").is_none());
}

#[test]
fn every_desk_reads_collections_that_exist() {
    for desk in Desk::ALL {
        for key in desk.collections() {
            assert!(Collection::from_key(key).is_some(), "{key}");
        }
    }
}
