//! `relay-load`: the relay under load. Starts the relay binary, connects
//! teams of WebSocket peers, each team to its own team document, and
//! measures how long each writer's change takes to reach the rest of its
//! team. JSON on standard output (read by `scripts/bench`), a table on
//! standard error.

use std::path::PathBuf;

use clap::Parser;
use handover_bench::relay_load::{measure, table};
use serde_json::json;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(about = "Fan-out latency of handover-relay with N concurrent peers")]
struct Args {
    /// The relay binary to measure.
    #[arg(long, default_value = "target/release/handover-relay")]
    relay: PathBuf,
    /// Peer counts of one team (one document) to measure, one relay run
    /// each (the writer is one of them).
    #[arg(long, value_delimiter = ',', default_value = "100,1000")]
    peers: Vec<usize>,
    /// Many teams on one relay, as TEAMSxPEERS (`100x10`: a hundred
    /// documents, ten peers on each), one relay run each.
    #[arg(long, value_delimiter = ',', default_value = "100x10", value_parser = teams)]
    teams: Vec<(usize, usize)>,
    /// Changes per run.
    #[arg(long, default_value_t = 30)]
    rounds: usize,
    /// More flags for the relay, as in `--relay-flag=--storage=postgres://…`.
    #[arg(long = "relay-flag", allow_hyphen_values = true)]
    relay_flags: Vec<String>,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let runs = args.peers.iter().map(|&peers| (1, peers)).chain(args.teams);
    let mut figures = Vec::new();
    for (teams, peers) in runs {
        eprintln!(
            "relay-load: {teams} × {peers} peers, {} rounds…",
            args.rounds
        );
        figures.push(measure(&args.relay, &args.relay_flags, teams, peers, args.rounds).await?);
    }
    eprint!("{}", table(&figures));
    println!(
        "{}",
        serde_json::to_string_pretty(&json!({ "relay_load": figures }))?
    );
    Ok(())
}

/// `100x10` → (100, 10).
fn teams(text: &str) -> Result<(usize, usize), String> {
    let parse = |n: &str| n.trim().parse::<usize>().map_err(|e| format!("{n:?}: {e}"));
    let (teams, peers) = text
        .split_once('x')
        .ok_or_else(|| format!("{text:?}: expected TEAMSxPEERS, as in 100x10"))?;
    Ok((parse(teams)?, parse(peers)?))
}
