//! `relay-load`: the relay under load. Starts the relay binary, connects N
//! WebSocket peers to one team document and measures how long one peer's
//! change takes to reach all the others. JSON on standard output (read by
//! `scripts/bench`), a table on standard error.

use std::path::PathBuf;

use clap::Parser;
use handover_bench::relay_load::{measure, table};
use serde_json::json;

#[derive(Parser)]
#[command(about = "Fan-out latency of handover-relay with N concurrent peers")]
struct Args {
    /// The relay binary to measure.
    #[arg(long, default_value = "target/release/handover-relay")]
    relay: PathBuf,
    /// Peer counts to measure, one relay run each (the writer is one of them).
    #[arg(long, value_delimiter = ',', default_value = "100,1000")]
    peers: Vec<usize>,
    /// Changes per run.
    #[arg(long, default_value_t = 30)]
    rounds: usize,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let mut figures = Vec::new();
    for &peers in &args.peers {
        eprintln!("relay-load: {peers} peers, {} rounds…", args.rounds);
        figures.push(measure(&args.relay, peers, args.rounds).await?);
    }
    eprint!("{}", table(&figures));
    println!(
        "{}",
        serde_json::to_string_pretty(&json!({ "relay_load": figures }))?
    );
    Ok(())
}
