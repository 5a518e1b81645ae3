//! The desks' indexes are kept up to date from the records each change or
//! merge names (`Document::change_touching`, `Document::merge_logged`), never
//! by rescanning a collection. After random concurrent edits on two devices,
//! with syncs between them in any order, every index each device kept that
//! way equals the same index built by a full scan of its document.
#![cfg(not(target_arch = "wasm32"))]

use handover::doc::{ChangeMeta, DocKind, Document, DocumentId, Record, RecordRef};
use handover::domain::action::Action;
use handover::domain::index::Buckets;
use handover::domain::tasks::{create_task, due_order, move_task, DueOrder, Known, Task};
use handover::domain::tasks::{TaskInput, TaskStatus};
use proptest::prelude::*;

const PEOPLE: [&str; 3] = ["ana", "ben", "cas"];

/// The board's index (tasks by status) and the workload's (by assignee),
/// each column in due order, as the session declares them.
#[derive(Default)]
struct Indexes {
    by_status: Buckets<TaskStatus, DueOrder>,
    by_assignee: Buckets<String, DueOrder>,
}

impl Indexes {
    fn place(&mut self, id: &str, task: Option<&Task>) {
        self.by_status
            .place(id, task.map(|t| (t.status, due_order(t))));
        self.by_assignee.place(
            id,
            task.map(|t| (t.assignee.clone().unwrap_or_default(), due_order(t))),
        );
    }

    /// Places each task `touched` names, read from `doc` as it is now.
    fn refresh(&mut self, doc: &Document, touched: impl IntoIterator<Item = RecordRef>) {
        for record in touched {
            if record.collection == Task::COLLECTION {
                let task = doc.get::<Task>(&record.id).expect("readable");
                self.place(&record.id, task.as_ref());
            }
        }
    }

    fn scanned(doc: &Document) -> Indexes {
        let mut indexes = Indexes::default();
        for (id, task) in doc.all::<Task>().expect("readable").records {
            indexes.place(&id, Some(&task));
        }
        indexes
    }

    /// Every bucket in order, to compare two sets of indexes.
    fn contents(&self) -> Vec<Vec<String>> {
        let statuses = TaskStatus::ALL
            .iter()
            .map(|s| self.by_status.first(s, usize::MAX));
        let people = PEOPLE
            .iter()
            .map(|p| p.to_string())
            .chain([String::new()])
            .map(|p| self.by_assignee.first(&p, usize::MAX));
        statuses.chain(people).collect()
    }
}

struct Device {
    doc: Document,
    indexes: Indexes,
}

#[derive(Debug, Clone)]
enum Edit {
    /// A new task, with an assignee (or none) and a due day (or none).
    Create(Option<usize>, Option<u8>),
    /// The nth task (of those the device holds) moves to a status.
    Move(usize, usize),
    Reassign(usize, Option<usize>),
    Due(usize, Option<u8>),
    Delete(usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    let person = prop::option::of(0..PEOPLE.len());
    let day = prop::option::of(1u8..28);
    prop_oneof![
        3 => (person.clone(), day.clone()).prop_map(|(p, d)| Edit::Create(p, d)),
        3 => (any::<usize>(), 0..TaskStatus::ALL.len()).prop_map(|(n, s)| Edit::Move(n, s)),
        2 => (any::<usize>(), person).prop_map(|(n, p)| Edit::Reassign(n, p)),
        2 => (any::<usize>(), day).prop_map(|(n, d)| Edit::Due(n, d)),
        1 => any::<usize>().prop_map(Edit::Delete),
    ]
}

#[derive(Debug, Clone)]
enum Step {
    /// Device 0 or 1 makes an edit.
    On(usize, Edit),
    /// One device receives everything the other has.
    Sync { to: usize },
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        5 => (0..2usize, edit()).prop_map(|(d, e)| Step::On(d, e)),
        1 => (0..2usize).prop_map(|to| Step::Sync { to }),
    ]
}

fn day(d: Option<u8>) -> Option<String> {
    d.map(|d| format!("2026-03-{d:02}"))
}

/// Applies `edit` on `device` through the domain's commands, keeping its
/// indexes from the records the change names.
fn apply(device: &mut Device, edit: &Edit, now: i64) {
    let ids: Vec<String> = device
        .doc
        .all::<Task>()
        .expect("readable")
        .records
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    let pick = |n: usize| (!ids.is_empty()).then(|| ids[n % ids.len()].clone());
    let known = Known {
        assignee: |_: &str| true,
        client: |_: &str| true,
    };
    let by = "ana";
    let result = device
        .doc
        .change_touching(&ChangeMeta::new(by, Action::TaskEdit, ""), now, |w| {
            let update =
                |w: &mut handover::doc::Writer<'_, '_>, id: &str, change: &dyn Fn(&mut Task)| {
                    if let Some(mut task) = w.get::<Task>(id)? {
                        change(&mut task);
                        w.put(id, &task)?;
                    }
                    Ok(())
                };
            match edit {
                Edit::Create(person, due) => {
                    let input = TaskInput {
                        title: "A task".into(),
                        assignee: person.map(|p| PEOPLE[p].to_string()),
                        due_on: day(*due).unwrap_or_default(),
                        ..TaskInput::default()
                    };
                    let task = create_task(&input, &known, by, now)?;
                    w.put(&task.id, &task)
                }
                Edit::Move(n, status) => match pick(*n) {
                    Some(id) => update(w, &id, &|task| {
                        move_task(task, TaskStatus::ALL[*status], "waiting", by, now)
                            .expect("a reason is given");
                    }),
                    None => Ok(()),
                },
                Edit::Reassign(n, person) => match pick(*n) {
                    Some(id) => update(w, &id, &|task| {
                        task.assignee = person.map(|p| PEOPLE[p].to_string());
                    }),
                    None => Ok(()),
                },
                Edit::Due(n, due) => match pick(*n) {
                    Some(id) => update(w, &id, &|task| task.due_on = day(*due)),
                    None => Ok(()),
                },
                Edit::Delete(n) => match pick(*n) {
                    Some(id) => w.remove::<Task>(&id),
                    None => Ok(()),
                },
            }
        });
    let ((), touched) = result.expect("the edit is valid");
    device.indexes.refresh(&device.doc, touched);
}

/// `to` merges everything `from` holds, keeping its indexes from the
/// records the merge's patches name.
fn sync(to: &mut Device, from: &Device) {
    let mut theirs = from.doc.automerge().clone();
    let (merged, touched) = to
        .doc
        .merge_logged(|doc, log| doc.merge_and_log_patches(&mut theirs, log));
    merged.expect("the documents merge");
    to.indexes.refresh(&to.doc, touched);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn indexes_kept_from_patches_equal_a_full_scan(steps in prop::collection::vec(step(), 1..60)) {
        // Two devices of one workspace: the schema writes the same changes
        // on each, so their collections are the same maps.
        let first = Document::create(DocumentId::random(), DocKind::Team);
        let second = Document::create(first.id().clone(), DocKind::Team);
        let mut devices = [first, second].map(|doc| Device { doc, indexes: Indexes::default() });
        for (at, step) in steps.iter().enumerate() {
            match step {
                Step::On(device, edit) => apply(&mut devices[*device], edit, 1_000 * at as i64),
                Step::Sync { to } => {
                    let [a, b] = &mut devices;
                    match to {
                        0 => sync(a, b),
                        _ => sync(b, a),
                    }
                }
            }
            for device in &devices {
                prop_assert_eq!(device.indexes.contents(), Indexes::scanned(&device.doc).contents());
            }
        }
    }
}
