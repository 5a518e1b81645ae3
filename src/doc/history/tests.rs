use std::collections::BTreeMap;

use autosurgeon::{Hydrate, Reconcile};
use proptest::prelude::*;

use super::*;
use crate::doc::{Collection, DocKind, DocumentId, Record};
use crate::domain::action::Action;

#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
struct Note {
    text: String,
}

/// Notes stand in for tasks: any record of the team document would do.
impl Record for Note {
    const COLLECTION: Collection = Collection::Tasks;
}

#[derive(Debug, Clone)]
enum Step {
    /// Device 0 or 1 writes note `id` with `text` (often what it already is).
    Put(usize, u8, u8),
    Remove(usize, u8),
    Sync,
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        4 => (0..2usize, 0..6u8, 0..3u8).prop_map(|(d, id, text)| Step::Put(d, id, text)),
        1 => (0..2usize, 0..6u8).prop_map(|(d, id)| Step::Remove(d, id)),
        1 => Just(Step::Sync),
    ]
}

fn sync(devices: &mut [Document; 2]) {
    let [a, b] = devices;
    a.automerge_mut().merge(b.automerge_mut()).unwrap();
    b.automerge_mut().merge(a.automerge_mut()).unwrap();
}

/// Two devices, the second a copy of the first with its own actor.
fn two_devices() -> [Document; 2] {
    let id = DocumentId::random();
    let first = Document::create(id.clone(), DocKind::Team);
    let mut second = first.clone();
    second
        .automerge_mut()
        .set_actor(automerge::ActorId::random());
    [first, second]
}

fn apply(devices: &mut [Document; 2], step: Step) {
    let meta = ChangeMeta::new("m", Action::TaskEdit, "");
    match step {
        Step::Put(device, id, text) => {
            let note = Note {
                text: format!("text {text}"),
            };
            // Also writes the next note back as it is, as a form
            // saving a record it did not change does.
            let next = format!("n{}", (id + 1) % 6);
            devices[device]
                .change(&meta, 0, |w| {
                    w.put(&format!("n{id}"), &note)?;
                    if let Some(same) = w.get::<Note>(&next)? {
                        w.put(&next, &same)?;
                    }
                    Ok(())
                })
                .unwrap();
        }
        Step::Remove(device, id) => {
            let key = format!("n{id}");
            devices[device]
                .change(&meta, 0, |w| {
                    if w.get::<Note>(&key)?.is_some() {
                        w.remove::<Note>(&key)?;
                    }
                    Ok(())
                })
                .unwrap();
        }
        Step::Sync => sync(devices),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// The records a change lists in its message are exactly those the
    /// change makes differ, as comparing the document before and after it
    /// finds, for concurrent edits on two devices.
    #[test]
    fn listed_records_equal_the_difference_each_change_makes(steps in prop::collection::vec(step(), 1..40)) {
        let mut devices = two_devices();
        for step in steps {
            apply(&mut devices, step);
        }
        sync(&mut devices);
        let doc = &devices[0];
        let changes = doc.automerge().get_changes(&[]);
        for (logged, change) in doc.change_log(&[]).iter().zip(&changes) {
            prop_assert_eq!(logged.hash, change.hash());
            prop_assert_eq!(&logged.records, &doc.touched(change.deps(), &[logged.hash]));
        }
    }

    /// Read a part at a time between edits and syncs (changes arriving late
    /// from the other device among them), the log lists every change once,
    /// each after the changes it depends on: the whole log, in causal order.
    #[test]
    fn reading_the_log_in_parts_lists_every_change_once_in_causal_order(
        steps in prop::collection::vec((step(), any::<bool>()), 1..40),
    ) {
        let mut devices = two_devices();
        let mut cursor = LogCursor::default();
        let mut read = Vec::new();
        for (step, read_now) in steps {
            apply(&mut devices, step);
            if read_now {
                read.extend(devices[0].change_log_from(&mut cursor));
            }
        }
        sync(&mut devices);
        read.extend(devices[0].change_log_from(&mut cursor));
        let deps: BTreeMap<ChangeHash, Vec<ChangeHash>> = devices[0]
            .automerge()
            .get_changes(&[])
            .iter()
            .map(|change| (change.hash(), change.deps().to_vec()))
            .collect();
        let mut seen = BTreeSet::new();
        for logged in &read {
            prop_assert!(deps[&logged.hash].iter().all(|dep| seen.contains(dep)));
            prop_assert!(seen.insert(logged.hash));
        }
        prop_assert_eq!(seen, deps.into_keys().collect::<BTreeSet<_>>());
        prop_assert!(devices[0].change_log_from(&mut cursor).is_empty());
    }
}
