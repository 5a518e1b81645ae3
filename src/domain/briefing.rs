//! The return briefing: everything that changed in the records since a
//! handover began, grouped by desk, each item attributed and timed.
//!
//! It is computed from the documents' history, not from a list kept on the
//! side: the UI passes every change not covered by the heads the handover
//! stored (plain data, see [`HistoryChange`], converted from the
//! documents' `LoggedChange`), so a change made on any device,
//! even one that synced late, is in it exactly once.

use std::collections::HashMap;

use crate::doc::Collection;
use crate::domain::action::{Action, ChangeKind};

use super::clients::{Client, Interaction};
use super::coded::coded_enum;
use super::crisis::{escape_markdown, Crisis, CrisisEntry};
use super::devices::Attribution;
use super::escalations::Escalation;
use super::handover::{Decision, Handover};
use super::ids::Id;
use super::tasks::{by_due, Clock, Task, TaskStatus};
use super::Millis;

/// The author of the changes that create and upgrade a document's schema:
/// they are no one's work and never part of a briefing.
pub const SCHEMA_AUTHOR: &str = "handover";

/// One change of either document, as plain data taken from the history at
/// the UI's edge.
#[derive(Debug, Clone, PartialEq)]
pub struct HistoryChange {
    /// The change hash in hex: identifies the change across both documents.
    pub hash: String,
    /// The member who made it; `None` for a change another tool wrote.
    pub author: Option<Id>,
    /// Whether the author is the member whose device wrote it.
    pub attribution: Attribution,
    /// What it did.
    pub action: Action,
    /// The short human label the change was written with.
    pub label: String,
    pub at: Millis,
    /// Every record it wrote: (collection key, record id).
    pub records: Vec<(String, Id)>,
}

coded_enum! {
    /// The groups of the briefing, in the order it shows them.
    pub enum Group ("briefing-group") {
        #[default]
        NewClients = "new-clients",
        Interactions = "interactions",
        Escalations = "escalations",
        TasksCompleted = "tasks-completed",
        Crises = "crises",
        Decisions = "decisions",
        Other = "other",
    }
}

coded_enum! {
    /// What kind of record an "other change" wrote, so the reader knows
    /// what its label names.
    pub enum Subject ("briefing-subject") {
        Member = "member",
        Client = "client",
        FollowUp = "follow-up",
        Score = "score",
        Checklist = "checklist",
        Task = "task",
        Announcement = "announcement",
        Settings = "settings",
        Handover = "handover",
        Request = "request",
        Improvement = "improvement",
        Conflict = "conflict",
        Observation = "observation",
        #[default]
        Record = "record",
    }
}

/// One line of the briefing.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub hash: String,
    pub author: Option<Id>,
    pub attribution: Attribution,
    pub at: Millis,
    pub kind: ChangeKind,
    /// What it is about: the record's current name or text, else the label
    /// the change was written with.
    pub title: String,
    /// A second line (an interaction's summary, a decision's reason, ...).
    pub detail: String,
    /// For other changes: the kind of record the title names.
    pub subject: Option<Subject>,
}

/// The briefing: every group (even empty ones, so the reader sees that
/// nothing happened there), items newest first, and the tasks overdue now.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Briefing {
    pub groups: Vec<(Group, Vec<Item>)>,
    pub overdue: Vec<Task>,
}

impl Briefing {
    /// How many changes it lists.
    pub fn change_count(&self) -> usize {
        self.groups.iter().map(|(_, items)| items.len()).sum()
    }
}

/// The current records the briefing names things by.
#[derive(Debug, Clone, Copy, Default)]
pub struct Current<'a> {
    pub clients: &'a [Client],
    pub interactions: &'a [Interaction],
    pub escalations: &'a [Escalation],
    pub tasks: &'a [Task],
    pub crises: &'a [Crisis],
    pub crisis_entries: &'a [CrisisEntry],
    pub decisions: &'a [Decision],
}

/// Record lookup by id for one briefing.
struct Index<'a> {
    clients: HashMap<&'a str, &'a Client>,
    interactions: HashMap<&'a str, &'a Interaction>,
    escalations: HashMap<&'a str, &'a Escalation>,
    crises: HashMap<&'a str, &'a Crisis>,
    entries: HashMap<&'a str, &'a CrisisEntry>,
    decisions: HashMap<&'a str, &'a Decision>,
    /// The task each completing change set to done, by change hash.
    completions: HashMap<String, &'a Task>,
}

fn by_id<'a, T>(records: &'a [T], id: impl Fn(&'a T) -> &'a str) -> HashMap<&'a str, &'a T> {
    records.iter().map(|r| (id(r), r)).collect()
}

impl<'a> Index<'a> {
    fn new(current: Current<'a>, changes: &[HistoryChange]) -> Self {
        Self {
            completions: completions(changes, current.tasks),
            clients: by_id(current.clients, |r| &r.id),
            interactions: by_id(current.interactions, |r| &r.id),
            escalations: by_id(current.escalations, |r| &r.id),
            crises: by_id(current.crises, |r| &r.id),
            entries: by_id(current.crisis_entries, |r| &r.id),
            decisions: by_id(current.decisions, |r| &r.id),
        }
    }

    fn client_name(&self, id: &str) -> Option<String> {
        self.clients.get(id).map(|c| c.name.clone())
    }
}

/// The first record of collection `key` the change wrote.
fn touched<'c>(change: &'c HistoryChange, key: &str) -> Option<&'c str> {
    change
        .records
        .iter()
        .find(|(collection, _)| collection == key)
        .map(|(_, id)| id.as_str())
}

/// How far apart (in milliseconds) a task's recorded status time and the
/// time of the change that wrote it may be: change times are whole seconds,
/// taken a moment after the command's `now`.
const COMPLETION_SLACK: Millis = 2_000;

/// For each task done now, the change that set it to done, by hash: of the
/// changes that wrote the task by the member who last changed its status,
/// the one closest in time to that status change. A task finished before the
/// handover began has no such change among `changes`, only later ones (a
/// comment) far from its status time.
fn completions<'a>(changes: &[HistoryChange], tasks: &'a [Task]) -> HashMap<String, &'a Task> {
    let mut found = HashMap::new();
    for task in tasks.iter().filter(|t| t.status == TaskStatus::Done) {
        let closest = changes
            .iter()
            .filter(|c| c.author.as_deref() == Some(task.status_changed_by.as_str()))
            .filter(|c| {
                c.records
                    .iter()
                    .any(|(key, id)| key == "tasks" && *id == task.id)
            })
            .map(|c| ((c.at - task.status_changed_at).abs(), c))
            .filter(|(distance, _)| *distance <= COMPLETION_SLACK)
            .min_by_key(|(distance, _)| *distance);
        if let Some((_, change)) = closest {
            found.insert(change.hash.clone(), task);
        }
    }
    found
}

/// The group of `change` with its title and detail. Each change lands in
/// exactly one group: the first of decisions, crises, escalations,
/// interactions, new clients and completed tasks that any of its records
/// belongs to, else "other changes".
fn classify(change: &HistoryChange, index: &Index<'_>) -> (Group, String, String) {
    let label = || change.label.clone();
    if let Some(id) = touched(change, "decisions") {
        return match index.decisions.get(id) {
            Some(d) => (Group::Decisions, d.decision.clone(), d.reason.clone()),
            None => (Group::Decisions, label(), String::new()),
        };
    }
    if let Some(id) = touched(change, "crisis_entries") {
        let entry = index.entries.get(id);
        let crisis = entry.and_then(|e| index.crises.get(e.crisis_id.as_str()));
        return (
            Group::Crises,
            crisis.map(|c| c.title.clone()).unwrap_or_else(label),
            entry.map(|e| e.text.clone()).unwrap_or_default(),
        );
    }
    if let Some(id) = touched(change, "crises") {
        return match index.crises.get(id) {
            Some(c) => (Group::Crises, c.title.clone(), c.summary.clone()),
            None => (Group::Crises, label(), String::new()),
        };
    }
    if let Some(id) = touched(change, "escalations") {
        return match index.escalations.get(id) {
            Some(e) => (Group::Escalations, e.summary.clone(), String::new()),
            None => (Group::Escalations, label(), String::new()),
        };
    }
    if let Some(id) = touched(change, "interactions") {
        return match index.interactions.get(id) {
            Some(i) => (
                Group::Interactions,
                index.client_name(&i.client_id).unwrap_or_else(label),
                i.summary.clone(),
            ),
            None => (Group::Interactions, label(), String::new()),
        };
    }
    if let Some(id) = touched(change, "clients") {
        if change.action == Action::ClientCreate {
            return match index.clients.get(id) {
                Some(c) => (Group::NewClients, c.name.clone(), c.company.clone()),
                None => (Group::NewClients, label(), String::new()),
            };
        }
    }
    if let Some(task) = index.completions.get(&change.hash) {
        return (Group::TasksCompleted, task.title.clone(), String::new());
    }
    (Group::Other, label(), String::new())
}

/// The kind of record an other change wrote: its first record's.
fn subject(change: &HistoryChange) -> Subject {
    change
        .records
        .first()
        .and_then(|(key, _)| Collection::from_key(key))
        .map(Collection::subject)
        .unwrap_or_default()
}

/// The briefing of `changes` (both documents' changes since the handover's
/// heads, in any order): schema changes are left out, every other change is
/// listed once in its group, newest first; `clock` decides which tasks are
/// overdue now.
pub fn briefing(changes: &[HistoryChange], current: Current<'_>, clock: &Clock) -> Briefing {
    let index = Index::new(current, changes);
    let mut groups: Vec<(Group, Vec<Item>)> = Group::ALL.iter().map(|g| (*g, Vec::new())).collect();
    let mut seen = std::collections::HashSet::new();
    for change in changes {
        if change.author.as_deref() == Some(SCHEMA_AUTHOR) || !seen.insert(&change.hash) {
            continue;
        }
        let (group, title, detail) = classify(change, &index);
        let item = Item {
            hash: change.hash.clone(),
            author: change.author.clone(),
            attribution: change.attribution,
            at: change.at,
            kind: change.action.kind(),
            title,
            detail,
            subject: (group == Group::Other).then(|| subject(change)),
        };
        if let Some((_, items)) = groups.iter_mut().find(|(g, _)| *g == group) {
            items.push(item);
        }
    }
    for (_, items) in &mut groups {
        items.sort_by(|a, b| b.at.cmp(&a.at).then_with(|| a.hash.cmp(&b.hash)));
    }
    let mut overdue: Vec<Task> = current
        .tasks
        .iter()
        .filter(|t| clock.is_overdue(t))
        .cloned()
        .collect();
    overdue.sort_by(by_due);
    Briefing { groups, overdue }
}

/// A sentence of the Markdown briefing in the reader's language: the UI
/// words them, with member names and times as its locale shows them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Phrase<'a> {
    Title,
    /// Who acted for whom, from when until when.
    Period {
        handover: &'a Handover,
    },
    Group {
        group: Group,
        count: usize,
    },
    Empty,
    /// Who made a change and when.
    Attribution {
        by: Option<&'a str>,
        at: Millis,
    },
    Kind(ChangeKind),
    Subject(Subject),
    /// The warning for a change whose author is not verified.
    Unverified(Attribution),
    OverdueHeading {
        count: usize,
    },
    Overdue {
        task: &'a Task,
    },
}

/// The briefing as Markdown: one section per group with counts, then the
/// tasks overdue now. Every text from users and translations is escaped.
pub fn briefing_markdown(
    handover: &Handover,
    briefing: &Briefing,
    say: impl Fn(Phrase<'_>) -> String,
) -> String {
    let text = |phrase: Phrase<'_>| escape_markdown(&say(phrase));
    let mut blocks = vec![
        format!("# {}", text(Phrase::Title)),
        text(Phrase::Period { handover }),
    ];
    for (group, items) in &briefing.groups {
        blocks.push(format!(
            "## {}",
            text(Phrase::Group {
                group: *group,
                count: items.len(),
            })
        ));
        if items.is_empty() {
            blocks.push(text(Phrase::Empty));
            continue;
        }
        let lines: Vec<String> = items
            .iter()
            .map(|item| markdown_item(item, &text))
            .collect();
        blocks.push(lines.join("\n"));
    }
    blocks.push(format!(
        "## {}",
        text(Phrase::OverdueHeading {
            count: briefing.overdue.len(),
        })
    ));
    if briefing.overdue.is_empty() {
        blocks.push(text(Phrase::Empty));
    } else {
        let lines: Vec<String> = briefing
            .overdue
            .iter()
            .map(|task| format!("- {}", text(Phrase::Overdue { task })))
            .collect();
        blocks.push(lines.join("\n"));
    }
    let mut markdown = blocks.join("\n\n");
    markdown.push('\n');
    markdown
}

/// One list item: "- Task: **Call Acme** (Changed, Sam, 2 Apr 14:03): detail".
fn markdown_item(item: &Item, text: &impl Fn(Phrase<'_>) -> String) -> String {
    let mut parts = Vec::new();
    if let Some(subject) = item.subject {
        parts.push(format!("{}:", text(Phrase::Subject(subject))));
    }
    let title = one_line(&item.title);
    if !title.is_empty() {
        parts.push(format!("**{}**", escape_markdown(&title)));
    }
    parts.push(format!(
        "({}, {})",
        text(Phrase::Kind(item.kind)),
        text(Phrase::Attribution {
            by: item.author.as_deref(),
            at: item.at,
        })
    ));
    if item.attribution != Attribution::Verified {
        parts.push(format!(
            "**{}**",
            text(Phrase::Unverified(item.attribution))
        ));
    }
    let mut line = format!("- {}", parts.join(" "));
    let detail = one_line(&item.detail);
    if !detail.is_empty() {
        line.push_str(": ");
        line.push_str(&escape_markdown(&detail));
    }
    line
}

/// Text on one line: list items must not break.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The file name of a briefing: the day the handover began.
pub fn briefing_file_name(handover: &Handover) -> String {
    format!("briefing-{}.md", handover.away_from)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::{ChangeMeta, DocKind, Document, DocumentId, Record};
    use crate::domain::calendar::zone;
    use crate::domain::clients::{create_client, log_interaction, ClientInput, InteractionInput};
    use crate::domain::handover::{
        log_decision, start_handover, DecisionInput, HandoverInput, Heads,
    };
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
            let clients: Vec<Client> = all(&self.ceo_team);
            let interactions: Vec<Interaction> = all(&self.ceo_team);
            let tasks: Vec<Task> = all(&self.ceo_team);
            let decisions: Vec<Decision> = all(&self.ceo_lead);
            let current = Current {
                clients: &clients,
                interactions: &interactions,
                tasks: &tasks,
                decisions: &decisions,
                ..Default::default()
            };
            briefing(&changes, current, &clock())
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
        let done =
            create_task(&task_input("Send invoices", ""), &known, "sam", NOW - 9_000).unwrap();
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
        let briefing = briefing(&changes, Current::default(), &clock());
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
        assert!(markdown
            .contains("- **\\*Acme\\* \\[BV\\]** (added, sam at 7): line one \\# line two\n"));
        assert!(markdown
            .contains("## other (1)\n\n- handover: (changed, sam at 7) **NotTheClaimedAuthor**\n"));
        assert!(markdown.contains("## decisions (0)\n\nNothing"));
        assert!(markdown.ends_with("## Overdue (0)\n\nNothing\n"));
        assert_eq!(briefing_file_name(&handover), "briefing-2026-03-30.md");
    }
}
