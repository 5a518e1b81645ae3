use super::*;
use crate::domain::escalations::Escalation;
use crate::domain::people::Role;
use crate::domain::tasks::Task;
use crate::workspace::tests::{add_escalation, add_task, ceo, grant, retitle, second_device};
use crate::workspace::MemoryDoc;

const KEY: &str = "workspace-public-key";

fn settings() -> DeviceSettings {
    DeviceSettings {
        member: "me".into(),
        language: Some("nl".into()),
        relay: None,
        backups: Some(BackupState::new(5)),
    }
}

/// The backup file of `space`, made at time 1000.
fn file_of(space: &Workspace<MemoryDoc>) -> String {
    space.backup(Some(KEY.into()), settings(), 1000).encode()
}

/// Another device of the same workspace, holding what `space` holds now.
fn other_device(space: &Workspace<MemoryDoc>, role: Role) -> Workspace<MemoryDoc> {
    let leadership = space.leadership().filter(|_| role != Role::TeamMember);
    let lead = leadership.map(|doc| doc.read(|d| d.id().to_string()));
    Workspace::new(
        "other",
        (Some("token".into()), Ok(grant(role, lead.as_deref()))),
        second_device(space.team()),
        leadership.map(|doc| second_device(doc)),
    )
}

/// A device that joined the workspace but holds nothing of it yet.
fn fresh_device(space: &Workspace<MemoryDoc>) -> Workspace<MemoryDoc> {
    let (team, leadership) = space.document_ids();
    let empty = |id: &str, kind| MemoryDoc::holding(Document::create(id.parse().unwrap(), kind));
    Workspace::new(
        "me",
        (
            Some("token".into()),
            Ok(grant(Role::Ceo, leadership.as_deref())),
        ),
        empty(&team, DocKind::Team),
        leadership
            .as_deref()
            .map(|id| empty(id, DocKind::Leadership)),
    )
}

fn task(space: &Workspace<MemoryDoc>, id: &str) -> Option<Task> {
    space.team().read(|d| d.get::<Task>(id).unwrap())
}

fn restore(space: &Workspace<MemoryDoc>, file: &str) -> Result<Restored, RestoreError> {
    space.restore(&Backup::decode(file.as_bytes())?, Some(KEY))
}

/// `file` with its JSON changed by `edit`.
fn edited(file: &str, edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut value: serde_json::Value = serde_json::from_str(file).unwrap();
    edit(&mut value);
    value.to_string()
}

#[test]
fn a_backup_reads_back_as_written() {
    let space = ceo();
    add_task(&space, "Order toner");
    add_escalation(&space);
    let backup = space.backup(Some(KEY.into()), settings(), 1000);
    assert_eq!(Backup::decode(backup.encode().as_bytes()), Ok(backup));
}

#[test]
fn the_file_says_what_it_is_and_carries_no_secret() {
    let space = ceo();
    let file = file_of(&space);
    assert!(file.starts_with(r#"{"format":"handover-backup","version":1,"#));
    let value: serde_json::Value = serde_json::from_str(&file).unwrap();
    let keys = |v: &serde_json::Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
    assert_eq!(
        keys(&value),
        [
            "created_at",
            "device",
            "documents",
            "format",
            "version",
            "workspace"
        ]
    );
    // Whose device and how it was set up; no key, grant or invite.
    assert_eq!(
        keys(&value["device"]),
        ["backups", "language", "member", "relay"]
    );
    assert!(!file.contains("token"), "the grant stays on the device");
    let kinds: Vec<_> = value["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["team", "leadership"]);
}

#[test]
fn restoring_merges_with_a_concurrent_edit_and_overwrites_nothing() {
    let here = ceo();
    let toner = add_task(&here, "Order toner");
    let elsewhere = other_device(&here, Role::OperationsAssistant);
    let venue = add_task(&here, "Book the venue");
    let escalation = add_escalation(&here);
    let file = file_of(&here);

    // After the backup: an edit here, and a new task on the other device.
    retitle(&here, &toner.id, "Order toner and paper");
    let printer = add_task(&elsewhere, "Fix the printer");

    let restored = restore(&elsewhere, &file).unwrap();
    assert_eq!(restored.member, "me");
    assert_eq!(restored.created_at, 1000);
    assert!(!restored.leadership_refused);
    assert_eq!(restored.records, 2, "the venue task and the escalation");
    assert_eq!(task(&elsewhere, &venue.id), Some(venue));
    assert!(
        task(&elsewhere, &printer.id).is_some(),
        "its own edit stays"
    );
    let found = elsewhere
        .leadership()
        .unwrap()
        .read(|d| d.get::<Escalation>(&escalation.id).unwrap());
    assert_eq!(found, Some(escalation));

    // Restoring the older backup where it was made changes nothing.
    assert_eq!(restore(&here, &file).unwrap().records, 0);
    assert_eq!(
        task(&here, &toner.id).unwrap().title,
        "Order toner and paper"
    );
}

#[test]
fn a_device_that_holds_nothing_yet_gets_everything_back() {
    let space = ceo();
    let toner = add_task(&space, "Order toner");
    let escalation = add_escalation(&space);
    let fresh = fresh_device(&space);
    assert_eq!(task(&fresh, &toner.id), None);
    restore(&fresh, &file_of(&space)).unwrap();
    assert_eq!(task(&fresh, &toner.id), Some(toner));
    let found = fresh
        .leadership()
        .unwrap()
        .read(|d| d.get::<Escalation>(&escalation.id).unwrap());
    assert_eq!(found, Some(escalation));
}

#[test]
fn a_team_device_takes_the_team_part_and_never_stores_leadership() {
    let space = ceo();
    let member = other_device(&space, Role::TeamMember);
    let toner = add_task(&space, "Order toner");
    add_escalation(&space);
    let restored = restore(&member, &file_of(&space)).unwrap();
    assert!(restored.leadership_refused);
    assert_eq!(task(&member, &toner.id), Some(toner));
    assert!(member.leadership().is_none());
}

#[test]
fn files_that_are_not_backups_are_refused() {
    let space = ceo();
    for file in [
        &b""[..],
        b"hello",
        b"\x89PNG\r\n\x1a\n",
        br#"{"name":"Acme"}"#,
        br#"[1, 2, 3]"#,
        br#"{"format":"something-else","version":1}"#,
    ] {
        assert_eq!(Backup::decode(file), Err(RestoreError::NotABackup));
    }
    let heads = space.heads();
    assert_eq!(
        restore(&space, "id,name\n1,Acme\n"),
        Err(RestoreError::NotABackup)
    );
    assert_eq!(space.heads(), heads);
}

#[test]
fn damaged_backups_are_refused_whole_and_change_nothing() {
    let here = ceo();
    let elsewhere = other_device(&here, Role::Ceo);
    add_task(&here, "Order toner");
    add_escalation(&here);
    let file = file_of(&here);
    let bytes = |value: &mut serde_json::Value, part: usize| {
        value["documents"][part]["bytes"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let garbage = STANDARD.encode(b"not automerge at all");
    let damaged = [
        // Cut short, as an interrupted download leaves it.
        file[..file.len() / 2].to_string(),
        // A character changed in the leadership document (the team's is fine).
        edited(&file, |v| {
            let mut text = bytes(v, 1);
            let middle = text.len() / 2;
            let swapped = if &text[middle..=middle] == "A" {
                "B"
            } else {
                "A"
            };
            text.replace_range(middle..=middle, swapped);
            v["documents"][1]["bytes"] = text.into();
        }),
        // Not base64.
        edited(&file, |v| v["documents"][0]["bytes"] = "***".into()),
        // Bytes that match their checksum but hold no document.
        edited(&file, |v| {
            v["documents"][1]["bytes"] = garbage.clone().into();
            v["documents"][1]["sha256"] =
                hex::encode(Sha256::digest(b"not automerge at all")).into();
        }),
        // A team document said to be the leadership one.
        edited(&file, |v| {
            let team = v["documents"][0].clone();
            v["documents"][1]["bytes"] = team["bytes"].clone();
            v["documents"][1]["sha256"] = team["sha256"].clone();
        }),
        // The team document twice.
        edited(&file, |v| {
            let team = v["documents"][0].clone();
            v["documents"].as_array_mut().unwrap().push(team);
        }),
        // No team document.
        edited(&file, |v| {
            v["documents"].as_array_mut().unwrap().remove(0);
        }),
        edited(&file, |v| v["documents"] = "none".into()),
    ];
    let heads = elsewhere.heads();
    for file in damaged {
        assert_eq!(
            restore(&elsewhere, &file),
            Err(RestoreError::Damaged),
            "{file:.200}"
        );
        assert_eq!(elsewhere.heads(), heads, "nothing half-written");
    }
}

#[test]
fn a_backup_of_another_workspace_is_refused() {
    let here = ceo();
    let elsewhere = other_device(&here, Role::Ceo);
    let other = ceo();
    add_task(&other, "Someone else's task");
    let heads = elsewhere.heads();
    let file = file_of(&here);
    let foreign = [
        file_of(&other),
        edited(&file, |v| v["workspace"]["key"] = "another-key".into()),
        edited(&file, |v| {
            let other_lead = other.document_ids().1.unwrap();
            v["documents"][1]["id"] = other_lead.into();
        }),
    ];
    for file in foreign {
        assert_eq!(
            restore(&elsewhere, &file),
            Err(RestoreError::OtherWorkspace)
        );
        assert_eq!(elsewhere.heads(), heads);
    }
}

#[test]
fn a_backup_from_a_newer_version_is_refused() {
    let space = ceo();
    let file = edited(&file_of(&space), |v| v["version"] = 2.into());
    assert_eq!(restore(&space, &file), Err(RestoreError::Newer));
}
