//! The native floor of opening a busy year: `Automerge::load` of the saved
//! bytes, and reading every record the way the app does at open; and the
//! same records read from snapshots of the documents (`doc::Snapshot`),
//! which are what a snapshot would save. Prints JSON on stdout (medians
//! over the runs) and a line on stderr.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::Context;
use automerge::Automerge;
use clap::Parser;
use handover::doc::{DocKind, Document, DocumentId, Snapshot};
use handover_bench::busy_year::Contents;
use serde::Deserialize;
use serde_json::json;

/// Measure native load and hydration of a generated busy year.
#[derive(Parser)]
struct Args {
    /// A directory written by `generate`.
    dir: PathBuf,
    #[arg(long, default_value_t = 5)]
    runs: usize,
}

/// The part of the manifest this needs.
#[derive(Deserialize)]
struct Ids {
    team_doc: String,
    leadership_doc: String,
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    anyhow::ensure!(args.runs > 0, "--runs must be at least 1");
    let read = |name: &str| {
        let path = args.dir.join(name);
        std::fs::read(&path).with_context(|| format!("reading {}", path.display()))
    };
    let ids: Ids = serde_json::from_slice(&read("manifest.json")?)?;
    let team_bytes = read("team.automerge")?;
    let leadership_bytes = read("leadership.automerge")?;
    let team_id: DocumentId = ids.team_doc.parse()?;
    let leadership_id: DocumentId = ids.leadership_doc.parse()?;

    let (mut team_ms, mut leadership_ms, mut total_ms, mut hydrate_ms) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let (mut snapshot_decode_ms, mut snapshot_hydrate_ms) = (Vec::new(), Vec::new());
    let (mut records, mut snapshot_bytes) = (0, 0);
    for _ in 0..args.runs {
        let (team, team_took) = timed(|| Automerge::load(&team_bytes));
        let (leadership, leadership_took) = timed(|| Automerge::load(&leadership_bytes));
        team_ms.push(team_took);
        leadership_ms.push(leadership_took);
        total_ms.push(team_took + leadership_took);
        let (team, _) = Document::open(team_id.clone(), DocKind::Team, team?)?;
        let (leadership, _) =
            Document::open(leadership_id.clone(), DocKind::Leadership, leadership?)?;
        let (contents, took) = timed(|| Contents::read(&team, &leadership));
        hydrate_ms.push(took);
        records = contents?.totals().0;

        let stored = [&team, &leadership]
            .map(|doc| Snapshot::of(doc.automerge()).map(|s| s.encoded().to_vec()));
        let [team_stored, leadership_stored] = stored;
        let (team_stored, leadership_stored) = (team_stored?, leadership_stored?);
        snapshot_bytes = team_stored.len() + leadership_stored.len();
        let (snapshots, took) = timed(|| {
            Ok::<_, handover::doc::SnapshotError>((
                Snapshot::decode(team_stored)?,
                Snapshot::decode(leadership_stored)?,
            ))
        });
        snapshot_decode_ms.push(took);
        let (team_snapshot, leadership_snapshot) = snapshots?;
        let (from_snapshots, took) = timed(|| Contents::read(&team_snapshot, &leadership_snapshot));
        snapshot_hydrate_ms.push(took);
        anyhow::ensure!(
            from_snapshots?.totals().0 == records,
            "the snapshots read other records"
        );
    }
    let report = json!({
        "load_ms": {
            "team": median(&mut team_ms),
            "leadership": median(&mut leadership_ms),
            "total": median(&mut total_ms),
        },
        "hydrate_ms": median(&mut hydrate_ms),
        "records": records,
        // Decoding takes the stored bytes; each collection's tree is
        // decoded when it is first read, within `hydrate_ms`.
        "snapshot": {
            "bytes": snapshot_bytes,
            "decode_ms": median(&mut snapshot_decode_ms),
            "hydrate_ms": median(&mut snapshot_hydrate_ms),
        },
        "runs": args.runs,
    });
    println!("{}", serde_json::to_string_pretty(&report)?);
    eprintln!(
        "native load {:.0} ms (team {:.0}, leadership {:.0}), hydrate {:.0} ms for {records} records, median of {}",
        report["load_ms"]["total"].as_f64().unwrap_or_default(),
        report["load_ms"]["team"].as_f64().unwrap_or_default(),
        report["load_ms"]["leadership"].as_f64().unwrap_or_default(),
        report["hydrate_ms"].as_f64().unwrap_or_default(),
        args.runs,
    );
    eprintln!(
        "snapshots: {} KB, decode {:.0} ms, hydrate (each collection decoded as it is read) {:.0} ms",
        snapshot_bytes / 1024,
        report["snapshot"]["decode_ms"].as_f64().unwrap_or_default(),
        report["snapshot"]["hydrate_ms"]
            .as_f64()
            .unwrap_or_default(),
    );
    Ok(())
}

/// Runs `f` and returns its result with the milliseconds it took.
fn timed<R>(f: impl FnOnce() -> R) -> (R, f64) {
    let started = Instant::now();
    let result = f();
    (result, started.elapsed().as_secs_f64() * 1e3)
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    let mid = values.len() / 2;
    if values.len().is_multiple_of(2) {
        (values[mid - 1] + values[mid]) / 2.0
    } else {
        values[mid]
    }
}
