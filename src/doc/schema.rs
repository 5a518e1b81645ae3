//! Schema versions and migrations.
//!
//! Every document starts from the same *schema chain*: changes made by a fixed
//! actor at time zero that create the root collections and record the schema
//! version. The chain is byte-for-byte identical on every device, so documents
//! created independently share it and merge without the classic Automerge trap
//! of two devices each creating their own `clients` map (where one map would
//! win and hide the other's records). Upgrading a document is merging the
//! newer chain into it; each step only adds root keys, so the steps never
//! depend on user data and stay identical everywhere.

use automerge::transaction::{CommitOptions, Transactable};
use automerge::{ActorId, Automerge, ObjType, ReadDoc, ScalarValue, Value, ROOT};

use autosurgeon::reconcile_prop;

use super::{ChangeMeta, Collection, DocError, DocKind};
use crate::domain::action::Action;
use crate::domain::care::Preferences;

/// The schema this version of the app writes.
pub const SCHEMA_VERSION: u64 = 6;

pub(super) const SCHEMA_KEY: &str = "schema";
pub(super) const KIND_KEY: &str = "kind";

/// What opening a document did to its schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Migration {
    Current,
    Upgraded { from: u64, to: u64 },
}

/// The author recorded on schema changes: no member made them.
const SCHEMA_AUTHOR: &str = "handover";

/// The schema chain of `kind` up to [`SCHEMA_VERSION`].
pub(super) fn chain(kind: DocKind) -> Automerge {
    chain_to(kind, SCHEMA_VERSION)
}

/// The schema chain of `kind` up to `last`.
fn chain_to(kind: DocKind, last: u64) -> Automerge {
    let mut doc = Automerge::new().with_actor(ActorId::from(
        format!("handover-schema-{}", kind.code()).into_bytes(),
    ));
    for version in 1..=last {
        let collections: Vec<Collection> = Collection::of(kind)
            .filter(|c| c.since() == version)
            .collect();
        apply_step(&mut doc, kind, version, &collections);
    }
    doc
}

/// Appends schema step `version`, creating `collections` at the root (with
/// the map of a single-record collection's record). Only ever called on a
/// chain document, never on user data.
pub(super) fn apply_step(
    doc: &mut Automerge,
    kind: DocKind,
    version: u64,
    collections: &[Collection],
) {
    let meta = ChangeMeta::new(SCHEMA_AUTHOR, Action::Schema(version), "");
    doc.transact_with::<_, _, automerge::AutomergeError, _>(
        |_| {
            CommitOptions::default()
                .with_message(meta.to_message())
                .with_time(0)
        },
        |tx| {
            if version == 1 {
                tx.put(ROOT, KIND_KEY, kind.code())?;
            }
            for collection in collections {
                let map = tx.put_object(ROOT, collection.key(), ObjType::Map)?;
                seed_singleton(tx, map, *collection);
            }
            tx.put(ROOT, SCHEMA_KEY, version)?;
            Ok(())
        },
    )
    .expect("schema steps only add new maps");
}

/// Writes the record of a single-record collection with its defaults, so that
/// every device edits the same map and a first change writes only the fields
/// it changes: created by each device instead, two first changes made at once
/// would conflict as whole records and one would be lost. The defaults are
/// part of the released step; changing them needs a new step.
fn seed_singleton(
    tx: &mut automerge::transaction::Transaction<'_>,
    map: automerge::ObjId,
    collection: Collection,
) {
    if let Some(record) = collection.singleton() {
        let seeded = match collection {
            Collection::Preferences => reconcile_prop(tx, map, record, Preferences::default()),
            _ => Ok(()),
        };
        seeded.expect("seeding a new map cannot fail");
    }
}

/// The schema version a document records; 0 for a document made by another
/// tool (or before versioning) that has none.
pub(super) fn version_of(doc: &Automerge) -> u64 {
    match doc.get(ROOT, SCHEMA_KEY) {
        Ok(Some((Value::Scalar(s), _))) => match s.as_ref() {
            ScalarValue::Uint(v) => *v,
            ScalarValue::Int(v) => u64::try_from(*v).unwrap_or(0),
            _ => 0,
        },
        _ => 0,
    }
}

pub(super) fn kind_of(doc: &Automerge) -> Option<String> {
    match doc.get(ROOT, KIND_KEY) {
        Ok(Some((Value::Scalar(s), _))) => match s.as_ref() {
            ScalarValue::Str(text) => Some(text.to_string()),
            _ => None,
        },
        _ => None,
    }
}

/// Brings `doc` up to the schema of the chain `chain` makes (whose version is
/// `current`), made only when `doc` is older: opening a current document,
/// as almost every open is, builds no chain. Refuses documents of the other
/// kind and documents newer than this app, so that an old device never
/// writes into a layout it does not understand.
pub(super) fn migrate_to(
    doc: &mut Automerge,
    kind: DocKind,
    chain: impl FnOnce() -> Automerge,
    current: u64,
) -> Result<Migration, DocError> {
    if let Some(found) = kind_of(doc) {
        if found != kind.code() {
            return Err(DocError::WrongKind {
                expected: kind.code(),
                found,
            });
        }
    }
    let found = version_of(doc);
    if found > current {
        return Err(DocError::SchemaTooNew {
            found,
            supported: current,
        });
    }
    if found == current {
        return Ok(Migration::Current);
    }
    doc.apply_changes(chain().get_changes(&[]))?;
    Ok(Migration::Upgraded {
        from: found,
        to: current,
    })
}

/// Brings `doc` up to [`SCHEMA_VERSION`].
pub(super) fn migrate(doc: &mut Automerge, kind: DocKind) -> Result<Migration, DocError> {
    migrate_to(doc, kind, || chain(kind), SCHEMA_VERSION)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_chain_is_identical_on_every_device() {
        for kind in DocKind::ALL {
            assert_eq!(chain(kind).get_heads(), chain(kind).get_heads());
        }
        assert_ne!(
            chain(DocKind::Team).get_heads(),
            chain(DocKind::Leadership).get_heads()
        );
    }

    #[test]
    fn released_steps_never_change() {
        // Released documents start from these changes. Changing a step would
        // give new documents a different `clients` map from old ones, and
        // merging them would hide one side's records: add a step instead.
        let steps = |kind| -> Vec<String> {
            chain(kind)
                .get_changes(&[])
                .iter()
                .map(|c| c.hash().to_string())
                .collect()
        };
        assert_eq!(
            steps(DocKind::Team),
            [
                "0b8cc855db62795c4295ae5c198b9352f2505227193c3c219813b599caabeacb",
                "cb78daa710b28d1ad8b0ff1b1a0524c7acf650f3147872b3c16e9c08e3a2dbab",
                "1953ca9822d20944cfe09791574f785d7c88cd830adb514ad1ca023986bd1c37",
                "f6d8cba3236cc6a404c1444b5d8467a2919aec1728ab47db79793d55581c2fcc",
                "243e06c6a1e0655ef37186ed1bdad32b1bb472a47917fbf16236203615da1db4",
                "4cca0f838d92324bfcd248ab17ac02a92161dd4f231063ad442e0de1df4c0060"
            ]
        );
        assert_eq!(
            steps(DocKind::Leadership),
            [
                "c219c45960695383ac1af75a906f79b3d1f584d8ea1f0cc4a36b3a75071241b7",
                "d63c9ace39600c4a1c79fbb2c968f70b741fea8f7124671e667b1c1d41999fc4",
                "0da0c93c29ff60df8aeb0b67c5ae7a9d7f35ee18d8e70836b61d00f85f24b24a",
                "0196943cb5385fc76143426fd3bd4e8f00117b927fe6f527dbaa8caa672dfad8",
                "56abe359eaab2ba132f5cebfe6b4a4f88b5ede2e1f2fbf8d3f78ea2baf987546",
                "d702be4356857795a88a8b079b228e2df2ef7e3f3dda63f1c4cc6c9b6151ba4e"
            ]
        );
    }

    #[test]
    fn two_devices_changing_different_preferences_at_once_keep_both() {
        use crate::doc::{Document, DocumentId};
        use crate::domain::care::PREFERENCES_KEY;

        assert_eq!(Collection::Preferences.singleton(), Some(PREFERENCES_KEY));
        let id = DocumentId::random();
        let mut a = Document::create(id.clone(), DocKind::Team);
        let mut b = Document::create(id, DocKind::Team);
        let meta = ChangeMeta::new("m", Action::PreferencesEdit, "");
        let set = |doc: &mut Document, edit: fn(&mut Preferences)| {
            doc.change(&meta, 1, |w| {
                let mut prefs: Preferences = w
                    .get::<Preferences>(PREFERENCES_KEY)?
                    .expect("seeded by the schema");
                edit(&mut prefs);
                w.put(PREFERENCES_KEY, &prefs)
            })
            .unwrap();
        };
        set(&mut a, |p| p.risk_window = 5);
        set(&mut b, |p| p.stalled_days = 10);
        a.automerge_mut().merge(b.automerge_mut()).unwrap();
        let merged: Preferences = a.get::<Preferences>(PREFERENCES_KEY).unwrap().unwrap();
        assert_eq!((merged.risk_window, merged.stalled_days), (5, 10));
    }

    #[test]
    fn an_unversioned_document_is_upgraded_and_keeps_its_data() {
        let mut doc = Automerge::new();
        doc.transact::<_, _, automerge::AutomergeError>(|tx| {
            tx.put(ROOT, "note", "made by another tool")?;
            Ok(())
        })
        .unwrap();
        let outcome = migrate(&mut doc, DocKind::Team).unwrap();
        assert_eq!(
            outcome,
            Migration::Upgraded {
                from: 0,
                to: SCHEMA_VERSION
            }
        );
        assert_eq!(version_of(&doc), SCHEMA_VERSION);
        assert!(doc.get(ROOT, "note").unwrap().is_some());
        assert!(doc.get(ROOT, "clients").unwrap().is_some());
        assert_eq!(
            migrate(&mut doc, DocKind::Team).unwrap(),
            Migration::Current
        );
    }

    #[test]
    fn an_older_version_is_upgraded_step_by_step() {
        // Schema 2 added the `tasks` collection, among others.
        let v1 = chain_to(DocKind::Team, 1);

        // Two devices with data on schema 1 both upgrade on their own...
        let mut a = v1.clone().with_actor(ActorId::random());
        let mut b = v1.clone().with_actor(ActorId::random());
        for (doc, client) in [(&mut a, "c-a"), (&mut b, "c-b")] {
            doc.transact::<_, _, automerge::AutomergeError>(|tx| {
                let (_, clients) = tx.get(ROOT, "clients")?.unwrap();
                tx.put(clients, client, "x")?;
                Ok(())
            })
            .unwrap();
            let outcome = migrate_to(doc, DocKind::Team, || chain_to(DocKind::Team, 2), 2).unwrap();
            assert_eq!(outcome, Migration::Upgraded { from: 1, to: 2 });
        }
        // ...and when they merge there is one `tasks` map, not two in conflict.
        a.merge(&mut b).unwrap();
        assert_eq!(version_of(&a), 2);
        assert_eq!(a.get_all(ROOT, "tasks").unwrap().len(), 1);
        let (_, clients) = a.get(ROOT, "clients").unwrap().unwrap();
        assert_eq!(a.keys(&clients).count(), 2);
    }

    #[test]
    fn a_current_document_opens_without_building_the_chain() {
        let mut doc = chain(DocKind::Team);
        let not_needed = || -> Automerge { panic!("the chain was built for a current document") };
        assert_eq!(
            migrate_to(&mut doc, DocKind::Team, not_needed, SCHEMA_VERSION).unwrap(),
            Migration::Current
        );
    }

    #[test]
    fn newer_and_foreign_documents_are_refused() {
        let mut newer = chain(DocKind::Team);
        apply_step(&mut newer, DocKind::Team, SCHEMA_VERSION + 1, &[]);
        assert!(matches!(
            migrate(&mut newer, DocKind::Team),
            Err(DocError::SchemaTooNew { .. })
        ));
        let mut leadership = chain(DocKind::Leadership);
        assert!(matches!(
            migrate(&mut leadership, DocKind::Team),
            Err(DocError::WrongKind { .. })
        ));
    }
}
