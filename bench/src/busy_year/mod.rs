//! The busy year: a deterministic year of operations of a small service
//! business, written through the app's own domain commands with one
//! attributed change per user action from the CEO's and the assistant's
//! devices, saved as compacted Automerge bytes with a manifest.

mod clock;
mod desk;
mod documents;
mod events;
mod expenses;
mod goals;
mod ids;
mod leadership;
mod manifest;
mod meetings;
mod office;
mod onboarding;
mod plan;
mod read;
mod supplies;
mod team;
mod text;
mod visitors;
mod year;

use std::time::Instant;

pub use manifest::{Manifest, PerDocument};
pub use plan::Plan;
pub use read::Contents;

/// The seed of every busy year: the same scale gives the same bytes.
pub const SEED: u64 = 20_260_105;

/// The saved documents of one year and what they hold.
pub struct BusyYear {
    /// `Automerge::save()` of the team document.
    pub team: Vec<u8>,
    /// `Automerge::save()` of the leadership document.
    pub leadership: Vec<u8>,
    /// The hashes of each document's changes in the order its save holds
    /// them, 32 bytes each: what the app stores beside a snapshot it writes
    /// (`src/store/doc_store.rs`), so the benchmark's seed stores them too.
    pub team_change_hashes: Vec<u8>,
    pub leadership_change_hashes: Vec<u8>,
    /// The snapshot of each document's records (`handover::doc::Snapshot`),
    /// as a compaction stores it beside the document: a workspace in use
    /// has one, so the benchmark's seed stores it too.
    pub team_records: Vec<u8>,
    pub leadership_records: Vec<u8>,
    pub manifest: Manifest,
}

/// Generates the year of `scale` (1 is the issue's busy year, 2 the "2×
/// year"; every count is multiplied by it).
pub fn generate(scale: f64) -> BusyYear {
    let started = Instant::now();
    let written = year::Year::new(SEED, Plan::at(scale)).run();
    let team = written.team.automerge().save();
    let leadership = written.leadership.automerge().save();
    let hash_bytes = |doc: &automerge::Automerge| -> Vec<u8> {
        doc.change_hashes_as_saved()
            .iter()
            .flat_map(|hash| hash.0)
            .collect()
    };
    let records = |doc: &automerge::Automerge| {
        handover::doc::Snapshot::of(doc)
            .expect("the year's documents say their kind")
            .encoded()
            .to_vec()
    };
    let team_records = records(written.team.automerge());
    let leadership_records = records(written.leadership.automerge());
    let team_change_hashes = hash_bytes(written.team.automerge());
    let leadership_change_hashes = hash_bytes(written.leadership.automerge());
    let (team_changes, team_ops) = manifest::size(&written.team);
    let (leadership_changes, leadership_ops) = manifest::size(&written.leadership);
    let manifest = Manifest {
        scale,
        seed: SEED,
        team_doc: written.team.id().to_string(),
        leadership_doc: written.leadership.id().to_string(),
        ceo: written.ceo,
        assistant: written.assistant,
        members: written.members,
        counts: written.counts,
        actions: written.actions,
        changes: PerDocument {
            team: team_changes,
            leadership: leadership_changes,
        },
        ops: PerDocument {
            team: team_ops,
            leadership: leadership_ops,
        },
        bytes: PerDocument {
            team: team.len() as u64,
            leadership: leadership.len() as u64,
        },
        generate_seconds: started.elapsed().as_secs_f64(),
    };
    BusyYear {
        team,
        leadership,
        team_change_hashes,
        leadership_change_hashes,
        team_records,
        leadership_records,
        manifest,
    }
}
