//! The desks' indexes are kept up to date from the records each change or
//! merge touched, never by scanning. These properties check that this is
//! enough: after any interleaving of edits on two devices and syncs between
//! them, every index equals a full scan of the document.

use proptest::prelude::*;

use super::*;
use crate::doc::Collection;
use crate::domain::index::Buckets;
use crate::domain::tasks::{due_order, DueOrder};

/// The board's and the workload's indexes of one device, as `ui::keyed`
/// keeps them: tasks by status and by assignee, each in due order.
#[derive(Default)]
struct TaskIndexes {
    by_status: Buckets<TaskStatus, DueOrder>,
    by_assignee: Buckets<String, DueOrder>,
}

impl TaskIndexes {
    fn place(&mut self, id: &str, task: Option<&Task>) {
        self.by_status
            .place(id, task.map(|t| (t.status, due_order(t))));
        self.by_assignee.place(
            id,
            task.map(|t| (t.assignee.clone().unwrap_or_default(), due_order(t))),
        );
    }

    /// Refreshes each task the device's document says was touched.
    fn refresh(&mut self, doc: &MemoryDoc) {
        for record in doc.take_touched() {
            if record.collection == Collection::Tasks {
                let task: Option<Task> = doc.read(|d| d.get(&record.id).unwrap());
                self.place(&record.id, task.as_ref());
            }
        }
    }

    /// The same indexes built from every task in `doc`.
    fn scan(doc: &MemoryDoc) -> Self {
        let mut scan = Self::default();
        for (id, task) in doc.read(|d| d.all::<Task>().unwrap().records) {
            scan.place(&id, Some(&task));
        }
        scan
    }

    fn assert_equal(&self, other: &Self) -> Result<(), TestCaseError> {
        for status in TaskStatus::ALL {
            prop_assert_eq!(
                self.by_status.first(status, usize::MAX),
                other.by_status.first(status, usize::MAX)
            );
        }
        for member in ["", "ana", "ben"] {
            let member = member.to_string();
            prop_assert_eq!(
                self.by_assignee.first(&member, usize::MAX),
                other.by_assignee.first(&member, usize::MAX)
            );
        }
        Ok(())
    }
}

/// One step on one of the two devices.
#[derive(Debug, Clone)]
enum Step {
    Create {
        title: u8,
        due: Option<u8>,
    },
    Move {
        task: usize,
        status: usize,
    },
    Assign {
        task: usize,
        to: Option<bool>,
    },
    Delete {
        task: usize,
    },
    /// Both devices sync with each other.
    Sync,
}

fn step() -> impl Strategy<Value = (bool, Step)> {
    let step = prop_oneof![
        (any::<u8>(), prop::option::of(1u8..28))
            .prop_map(|(title, due)| Step::Create { title, due }),
        (any::<usize>(), 0..TaskStatus::ALL.len())
            .prop_map(|(task, status)| Step::Move { task, status }),
        (any::<usize>(), prop::option::of(any::<bool>()))
            .prop_map(|(task, to)| Step::Assign { task, to }),
        any::<usize>().prop_map(|task| Step::Delete { task }),
        Just(Step::Sync),
    ];
    (any::<bool>(), step)
}

fn device(doc: Rc<MemoryDoc>, me: &str) -> Workspace<MemoryDoc> {
    Workspace::new(me, (None, Err(Unverified::Missing)), doc, None)
}

/// Task `pick` of those on `space`, if it holds any.
fn some_task(space: &Workspace<MemoryDoc>, pick: usize) -> Option<String> {
    let ids: Vec<String> = space.team().read(|d| {
        let mut ids: Vec<String> = d
            .all::<Task>()
            .unwrap()
            .records
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        ids.sort();
        ids
    });
    (!ids.is_empty()).then(|| ids[pick % ids.len()].clone())
}

fn apply(space: &Workspace<MemoryDoc>, step: &Step) {
    let edit = |pick: usize, edit: &dyn Fn(&mut Task)| {
        if let Some(id) = some_task(space, pick) {
            space
                .update(&id, "task", (Action::TaskEdit, "x"), |t: &mut Task| {
                    edit(t);
                    Ok(())
                })
                .unwrap();
        }
    };
    match step {
        Step::Create { title, due } => {
            let input = TaskInput {
                title: format!("Task {title}"),
                due_on: due.map(|d| format!("2026-12-{d:02}")).unwrap_or_default(),
                ..TaskInput::default()
            };
            let known = Known {
                assignee: known,
                client: known,
            };
            let task = create_task(&input, &known, space.me(), 1).unwrap();
            space
                .change_team(Action::TaskCreate, "x", |w| w.put(&task.id, &task))
                .unwrap();
        }
        Step::Move { task, status } => {
            edit(*task, &|t| t.status = TaskStatus::ALL[*status]);
        }
        Step::Assign { task, to } => {
            let to = to.map(|ana| if ana { "ana" } else { "ben" }.to_string());
            edit(*task, &|t| t.assignee = to.clone());
        }
        Step::Delete { task } => {
            if let Some(id) = some_task(space, *task) {
                space
                    .change_team(Action::TaskDelete, "x", |w| w.remove::<Task>(&id))
                    .unwrap();
            }
        }
        Step::Sync => {}
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Each device's indexes, refreshed only from what each change and
    /// merge touched, equal a full scan after every step, and the two
    /// devices agree once synced.
    #[test]
    fn indexes_equal_a_full_scan_after_concurrent_edits_on_two_devices(
        steps in prop::collection::vec(step(), 1..40)
    ) {
        let first = device(MemoryDoc::create(DocKind::Team), "ana");
        let second = device(second_device(first.team()), "ben");
        let mut indexes = [TaskIndexes::default(), TaskIndexes::default()];
        for (on_second, step) in &steps {
            if let Step::Sync = step {
                first.team().merge_from(second.team());
                second.team().merge_from(first.team());
            } else {
                apply(if *on_second { &second } else { &first }, step);
            }
            for (space, index) in [&first, &second].into_iter().zip(&mut indexes) {
                index.refresh(space.team());
                index.assert_equal(&TaskIndexes::scan(space.team()))?;
            }
        }
        first.team().merge_from(second.team());
        second.team().merge_from(first.team());
        for (space, index) in [&first, &second].into_iter().zip(&mut indexes) {
            index.refresh(space.team());
        }
        indexes[0].assert_equal(&indexes[1])?;
        indexes[0].assert_equal(&TaskIndexes::scan(first.team()))?;
    }
}
