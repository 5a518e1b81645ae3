use super::*;
use crate::doc::{ChangeMeta, DocKind, Document, DocumentId, Record};
use crate::domain::calendar::zone;
use crate::domain::clients::{create_client, log_interaction, ClientInput, InteractionInput};
use crate::domain::handover::{log_decision, start_handover, DecisionInput, HandoverInput, Heads};
use crate::domain::people::{Member, Role};
use crate::domain::tasks::{create_task, move_task, Known, TaskInput};

/// 2026-04-02 12:00 UTC.
const NOW: Millis = 1_775_131_200_000;

fn meta(author: &str, action: Action, label: &str) -> ChangeMeta {
    ChangeMeta::new(author, action, label)
}

/// The change log of `doc` since `heads` as the UI converts it.
fn log(doc: &Document, heads: &[String]) -> Vec<HistoryChange> {
    let heads: Vec<_> = heads.iter().map(|h| h.parse().unwrap()).collect();
    doc.change_log(&heads)
        .into_iter()
        .map(|c| HistoryChange {
            hash: c.hash.to_string(),
            author: c.meta.as_ref().map(|m| m.author.clone()),
            attribution: Attribution::Verified,
            action: c.meta.as_ref().map_or(Action::Unknown, |m| m.action),
            label: c.meta.map(|m| m.label).unwrap_or_default(),
            at: c.time * 1000,
            records: c
                .records
                .into_iter()
                .map(|r| (r.collection.key().to_string(), r.id))
                .collect(),
        })
        .collect()
}

fn heads_of(doc: &Document) -> Vec<String> {
    doc.heads().iter().map(ToString::to_string).collect()
}

fn all<T: Record>(doc: &Document) -> Vec<T> {
    doc.all::<T>()
        .unwrap()
        .records
        .into_iter()
        .map(|(_, r)| r)
        .collect()
}

/// The records a briefing names, as a device holds them: looked up by id
/// in whole desks read from the documents (the UI looks them up in its
/// collections).
#[derive(Default)]
struct Held {
    clients: Vec<Client>,
    interactions: Vec<Interaction>,
    tasks: Vec<Task>,
    decisions: Vec<Decision>,
}

fn find<T: Clone>(records: &[T], id: &str, id_of: impl Fn(&T) -> &str) -> Option<T> {
    records.iter().find(|r| id_of(r) == id).cloned()
}

impl Current for Held {
    fn client(&self, id: &str) -> Option<Client> {
        find(&self.clients, id, |c| &c.id)
    }
    fn interaction(&self, id: &str) -> Option<Interaction> {
        find(&self.interactions, id, |i| &i.id)
    }
    fn escalation(&self, _: &str) -> Option<Escalation> {
        None
    }
    fn task(&self, id: &str) -> Option<Task> {
        find(&self.tasks, id, |t| &t.id)
    }
    fn crisis(&self, _: &str) -> Option<Crisis> {
        None
    }
    fn crisis_entry(&self, _: &str) -> Option<CrisisEntry> {
        None
    }
    fn decision(&self, id: &str) -> Option<Decision> {
        find(&self.decisions, id, |d| &d.id)
    }
    /// Every task: the briefing must keep only the overdue ones.
    fn open_tasks_due_before(&self, _: Day) -> Vec<Task> {
        self.tasks.clone()
    }
}

fn client(name: &str, by: &str, now: Millis) -> Client {
    let input = ClientInput {
        name: name.into(),
        ..Default::default()
    };
    create_client(&input, |_| true, by, now).unwrap()
}

fn add_client(doc: &mut Document, by: &str, name: &str, now: Millis) -> Client {
    let c = client(name, by, now);
    doc.change(&meta(by, Action::ClientCreate, name), now, |w| {
        w.put(&c.id, &c)
    })
    .unwrap();
    c
}

fn fork(doc: &Document) -> Document {
    Document::open(doc.id().clone(), doc.kind(), doc.automerge().clone())
        .unwrap()
        .0
}

fn merge(into: &mut Document, from: &Document) {
    let mut copy = from.automerge().clone();
    into.automerge_mut().merge(&mut copy).unwrap();
}

fn group(briefing: &Briefing, group: Group) -> &[Item] {
    &briefing.groups.iter().find(|(g, _)| *g == group).unwrap().1
}

fn clock() -> Clock {
    Clock::new(NOW, &zone("Europe/Amsterdam"), 3)
}

fn members() -> Vec<Member> {
    [("ceo", Role::Ceo), ("sam", Role::OperationsAssistant)]
        .into_iter()
        .map(|(id, role)| Member {
            id: id.into(),
            name: id.into(),
            role,
            active: true,
            joined_at: 0,
            ..Default::default()
        })
        .collect()
}

/// Two devices (the CEO's and the assistant's) each holding both
/// documents, with a client made before the handover started.
struct Workspace {
    ceo_team: Document,
    ceo_lead: Document,
    sam_team: Document,
    sam_lead: Document,
    handover: Handover,
    before: Client,
}

fn workspace() -> Workspace {
    let mut ceo_team = Document::create(DocumentId::random(), DocKind::Team);
    let mut ceo_lead = Document::create(DocumentId::random(), DocKind::Leadership);
    let before = add_client(&mut ceo_team, "ceo", "Before", NOW - 50_000);
    let heads = Heads {
        team: heads_of(&ceo_team),
        leadership: heads_of(&ceo_lead),
    };
    let input = HandoverInput {
        away_from: "2026-03-30".into(),
        expected_back: "2026-04-03".into(),
        acting: "sam".into(),
        ..Default::default()
    };
    let handover = start_handover(&input, &members(), &[], "ceo", heads, NOW - 40_000).unwrap();
    ceo_lead
        .change(&meta("ceo", Action::HandoverStart, ""), NOW - 40_000, |w| {
            w.put(&handover.id, &handover)
        })
        .unwrap();
    let sam_team = fork(&ceo_team);
    let sam_lead = fork(&ceo_lead);
    Workspace {
        ceo_team,
        ceo_lead,
        sam_team,
        sam_lead,
        handover,
        before,
    }
}

impl Workspace {
    /// The CEO's device merges both of the assistant's documents and
    /// computes the briefing.
    fn briefing(&mut self) -> Briefing {
        merge(&mut self.ceo_team, &self.sam_team);
        merge(&mut self.ceo_lead, &self.sam_lead);
        let mut changes = log(&self.ceo_team, &self.handover.team_heads);
        changes.extend(log(&self.ceo_lead, &self.handover.leadership_heads));
        let current = Held {
            clients: all(&self.ceo_team),
            interactions: all(&self.ceo_team),
            tasks: all(&self.ceo_team),
            decisions: all(&self.ceo_lead),
        };
        briefing(&changes, &current, &clock())
    }
}

#[test]
fn changes_by_both_devices_after_the_heads_appear_once_attributed() {
    let mut ws = workspace();
    // The assistant: a new client, an interaction and a decision.
    let acme = add_client(&mut ws.sam_team, "sam", "Acme", NOW - 30_000);
    let call = log_interaction(
        &acme.id,
        &InteractionInput {
            at: Some(NOW - 20_000),
            summary: "Asked for a quote".into(),
            ..Default::default()
        },
        "sam",
        NOW - 20_000,
    )
    .unwrap();
    ws.sam_team
        .change(
            &meta("sam", Action::InteractionLog, "Acme"),
            NOW - 20_000,
            |w| w.put(&call.id, &call),
        )
        .unwrap();
    let decision = log_decision(
        &ws.handover,
        &DecisionInput {
            decision: "Discount for Acme".into(),
            reason: "Late delivery".into(),
            ..Default::default()
        },
        "sam",
        NOW - 10_000,
    )
    .unwrap();
    ws.sam_lead
        .change(&meta("sam", Action::DecisionLog, "d"), NOW - 10_000, |w| {
            w.put(&decision.id, &decision)
        })
        .unwrap();
    // The CEO edits the client made before the handover, meanwhile.
    let mut edited = ws.before.clone();
    edited.notes = "Checked from abroad".into();
    ws.ceo_team
        .change(
            &meta("ceo", Action::ClientEdit, "Before"),
            NOW - 5_000,
            |w| w.put(&edited.id, &edited),
        )
        .unwrap();
    // Merging twice lists nothing twice.
    merge(&mut ws.ceo_team, &ws.sam_team.clone());
    let briefing = ws.briefing();

    let new = group(&briefing, Group::NewClients);
    assert_eq!(new.len(), 1);
    assert_eq!(
        (new[0].title.as_str(), new[0].author.as_deref()),
        ("Acme", Some("sam"))
    );
    assert_eq!(new[0].kind, ChangeKind::Added);
    let interactions = group(&briefing, Group::Interactions);
    assert_eq!(interactions.len(), 1);
    assert_eq!(interactions[0].title, "Acme");
    assert_eq!(interactions[0].detail, "Asked for a quote");
    assert_eq!(interactions[0].author.as_deref(), Some("sam"));
    let decisions = group(&briefing, Group::Decisions);
    assert_eq!(decisions.len(), 1);
    assert_eq!(decisions[0].title, "Discount for Acme");
    assert_eq!(decisions[0].at, NOW - 10_000);
    let other = group(&briefing, Group::Other);
    let other: Vec<_> = other
        .iter()
        .map(|i| (i.author.as_deref(), i.title.as_str()))
        .collect();
    // The handover's own start is in the history too.
    assert_eq!(other, vec![(Some("ceo"), "Before"), (Some("ceo"), "")]);
    // The client made before the heads, and the schema, are not listed.
    assert_eq!(briefing.change_count(), 5);
    let hashes: std::collections::BTreeSet<_> = briefing
        .groups
        .iter()
        .flat_map(|(_, items)| items.iter().map(|i| i.hash.clone()))
        .collect();
    assert_eq!(hashes.len(), 5);
}

#[test]
fn an_offline_edit_merged_later_appears() {
    let mut ws = workspace();
    // A device of the assistant's, offline, adds a client; the CEO's
    // device briefs before it syncs.
    let mut offline = fork(&ws.sam_team);
    add_client(&mut offline, "sam", "Made offline", NOW - 1_000);
    let before_sync = ws.briefing();
    assert_eq!(group(&before_sync, Group::NewClients).len(), 0);
    merge(&mut ws.sam_team, &offline);
    let after_sync = ws.briefing();
    let new = group(&after_sync, Group::NewClients);
    assert_eq!(new.len(), 1);
    assert_eq!(new[0].title, "Made offline");
    assert_eq!(after_sync.change_count(), before_sync.change_count() + 1);
}

#[test]
fn a_task_set_to_done_counts_as_completed_and_overdue_tasks_are_listed() {
    let mut ws = workspace();
    let known = Known {
        assignee: |_: &str| true,
        client: |_: &str| true,
    };
    let task_input = |title: &str, due: &str| TaskInput {
        title: title.into(),
        due_on: due.into(),
        ..Default::default()
    };
    let done = create_task(&task_input("Send invoices", ""), &known, "sam", NOW - 9_000).unwrap();
    let late = create_task(
        &task_input("Order paper", "2026-03-31"),
        &known,
        "sam",
        NOW - 9_000,
    )
    .unwrap();
    ws.sam_team
        .change(&meta("sam", Action::TaskCreate, "t"), NOW - 9_000, |w| {
            w.put(&done.id, &done)?;
            w.put(&late.id, &late)
        })
        .unwrap();
    ws.sam_team
        .change(
            &meta("sam", Action::TaskMove, "Send invoices"),
            NOW - 8_000,
            |w| {
                let mut task: Task = w.get::<Task>(&done.id)?.unwrap();
                move_task(&mut task, TaskStatus::Done, "", "sam", NOW - 8_000).unwrap();
                w.put(&done.id, &task)
            },
        )
        .unwrap();
    // A task finished long before, only commented on now.
    let mut earlier =
        create_task(&task_input("Renew lease", ""), &known, "sam", NOW - 99_000).unwrap();
    move_task(&mut earlier, TaskStatus::Done, "", "sam", NOW - 99_000).unwrap();
    ws.sam_team
        .change(
            &meta("sam", Action::TaskComment, "Renew lease"),
            NOW - 7_000,
            |w| w.put(&earlier.id, &earlier),
        )
        .unwrap();
    let briefing = ws.briefing();
    let completed = group(&briefing, Group::TasksCompleted);
    assert_eq!(completed.len(), 1);
    assert_eq!(completed[0].title, "Send invoices");
    assert_eq!(completed[0].at, NOW - 8_000);
    // Creating them is another change.
    assert!(group(&briefing, Group::Other)
        .iter()
        .any(|i| i.title == "t"));
    let overdue: Vec<_> = briefing.overdue.iter().map(|t| t.title.as_str()).collect();
    assert_eq!(overdue, vec!["Order paper"]);
}

#[test]
fn groups_follow_the_records_and_items_are_newest_first() {
    let change = |hash: &str, action: Action, records: &[(&str, &str)], at| HistoryChange {
        hash: hash.into(),
        author: Some("sam".into()),
        attribution: Attribution::Verified,
        action,
        label: format!("label {hash}"),
        at,
        records: records
            .iter()
            .map(|(c, id)| (c.to_string(), id.to_string()))
            .collect(),
    };
    let mut changes = vec![
        change("a", Action::CrisisDeclare, &[("crises", "x")], 1),
        change("b", Action::CrisisEntry, &[("crisis_entries", "y")], 3),
        change("c", Action::EscalationRaise, &[("escalations", "z")], 2),
        change("d", Action::ClientEdit, &[("clients", "k")], 4),
        change("e", Action::Schema(3), &[], 5),
        change("f", Action::MemberJoin, &[("members", "m")], 6),
        change("f", Action::MemberJoin, &[("members", "m")], 6),
    ];
    changes[4].author = Some(SCHEMA_AUTHOR.into());
    let briefing = briefing(&changes, &Held::default(), &clock());
    let crises: Vec<_> = group(&briefing, Group::Crises)
        .iter()
        .map(|i| i.hash.as_str())
        .collect();
    assert_eq!(crises, vec!["b", "a"]);
    assert_eq!(group(&briefing, Group::Escalations).len(), 1);
    assert_eq!(group(&briefing, Group::Escalations)[0].subject, None);
    let other: Vec<_> = group(&briefing, Group::Other)
        .iter()
        .map(|i| (i.hash.as_str(), i.kind, i.subject))
        .collect();
    assert_eq!(
        other,
        vec![
            ("f", ChangeKind::Added, Some(Subject::Member)),
            ("d", ChangeKind::Changed, Some(Subject::Client)),
        ]
    );
    assert_eq!(briefing.change_count(), 5);
}

#[test]
fn the_markdown_lists_every_group_with_escaped_user_text() {
    let handover = workspace().handover;
    let item = Item {
        hash: "h".into(),
        author: Some("sam".into()),
        attribution: Attribution::Verified,
        at: 7,
        kind: ChangeKind::Added,
        title: "*Acme* [BV]".into(),
        detail: "line one\n# line two".into(),
        subject: None,
    };
    let other = Item {
        hash: "o".into(),
        title: String::new(),
        detail: String::new(),
        subject: Some(Subject::Handover),
        kind: ChangeKind::Changed,
        attribution: Attribution::NotTheClaimedAuthor,
        ..item.clone()
    };
    let mut groups: HashMap<Group, Vec<Item>> = HashMap::new();
    groups.insert(Group::NewClients, vec![item]);
    groups.insert(Group::Other, vec![other]);
    let briefing = Briefing {
        groups: Group::ALL
            .iter()
            .map(|g| (*g, groups.get(g).cloned().unwrap_or_default()))
            .collect(),
        overdue: Vec::new(),
    };
    let markdown = briefing_markdown(&handover, &briefing, |phrase| match phrase {
        Phrase::Title => "Briefing".into(),
        Phrase::Period { handover } => format!("{} acted", handover.acting),
        Phrase::Group { group, count } => format!("{} ({count})", group.code()),
        Phrase::Empty => "Nothing".into(),
        Phrase::Attribution { by, at } => format!("{} at {at}", by.unwrap_or("?")),
        Phrase::Kind(kind) => kind.code().into(),
        Phrase::Subject(subject) => subject.code().into(),
        Phrase::Unverified(attribution) => format!("{attribution:?}"),
        Phrase::OverdueHeading { count } => format!("Overdue ({count})"),
        Phrase::Overdue { task } => task.title.clone(),
    });
    assert!(markdown.starts_with("# Briefing\n\nsam acted\n\n## new-clients (1)\n"));
    assert!(
        markdown.contains("- **\\*Acme\\* \\[BV\\]** (added, sam at 7): line one \\# line two\n")
    );
    assert!(markdown
        .contains("## other (1)\n\n- handover: (changed, sam at 7) **NotTheClaimedAuthor**\n"));
    assert!(markdown.contains("## decisions (0)\n\nNothing"));
    assert!(markdown.ends_with("## Overdue (0)\n\nNothing\n"));
    assert_eq!(briefing_file_name(&handover), "briefing-2026-03-30.md");
}
