//! Writes a busy year into a directory: `team.automerge`,
//! `leadership.automerge`, the hashes of their changes as the app stores
//! them beside a snapshot (`team.change-hashes`, `leadership.change-hashes`),
//! the snapshots of their records as a compaction stores them
//! (`team.records`, `leadership.records`) and `manifest.json`.

use std::path::PathBuf;

use anyhow::Context;
use clap::Parser;
use handover_bench::busy_year::generate;

/// Generate the busy-year documents of the benchmark.
#[derive(Parser)]
struct Args {
    /// 1 is the busy year, 2 the "2× year"; every count scales.
    #[arg(long, default_value_t = 1.0)]
    scale: f64,
    /// The directory to write into (created if missing).
    #[arg(long)]
    out: PathBuf,
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    anyhow::ensure!(args.scale > 0.0, "--scale must be above 0");
    let year = generate(args.scale);
    std::fs::create_dir_all(&args.out)
        .with_context(|| format!("creating {}", args.out.display()))?;
    let write = |name: &str, bytes: &[u8]| {
        let path = args.out.join(name);
        std::fs::write(&path, bytes).with_context(|| format!("writing {}", path.display()))
    };
    write("team.automerge", &year.team)?;
    write("leadership.automerge", &year.leadership)?;
    write("team.change-hashes", &year.team_change_hashes)?;
    write("leadership.change-hashes", &year.leadership_change_hashes)?;
    write("team.records", &year.team_records)?;
    write("leadership.records", &year.leadership_records)?;
    write(
        "manifest.json",
        serde_json::to_string_pretty(&year.manifest)?.as_bytes(),
    )?;
    let m = &year.manifest;
    eprintln!(
        "busy year ×{}: {} changes, {} ops, {:.2} MB compacted (team {} B, leadership {} B) in {:.1} s → {}",
        m.scale,
        m.changes.team + m.changes.leadership,
        m.ops.team + m.ops.leadership,
        (m.bytes.team + m.bytes.leadership) as f64 / 1e6,
        m.bytes.team,
        m.bytes.leadership,
        m.generate_seconds,
        args.out.display(),
    );
    Ok(())
}
