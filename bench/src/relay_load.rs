//! The relay under load: N WebSocket peers on one team document, one of them
//! writing. Each round the writer makes one small change and every other
//! peer's latency is measured from just before the writer's commit to the
//! moment that peer has applied the change (both clocks are this process's).
//!
//! The client is one tokio runtime with one task per peer; a peer does no
//! more than the app's sync session needs (decode, merge, acknowledge), so
//! the time measured is mostly the relay's fan-out.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::Context;
use futures::{stream, StreamExt};
use handover::doc::{ChangeHash, DocKind, Document, DocumentId};
use handover_invite::KeyPair;
use serde::Serialize;
use tokio::sync::mpsc;

use crate::device::{invite, Credential, Device, RelayProcess};

/// Peers connecting at the same time (the rest queue behind them).
const CONNECTING_AT_ONCE: usize = 64;
/// How long one round may take before the peers still waiting count as missed.
const ROUND_LIMIT: Duration = Duration::from_secs(120);
/// How long a connected peer waits for frames before it counts as dropped.
const IDLE_LIMIT: Duration = Duration::from_secs(600);
/// The member writing (and the workspace key's seed): fixed, so every run
/// signs the same invites.
const WRITER: &str = "writer";
const KEY_SEED: [u8; 32] = [42; 32];

/// One line of the `relay_load` table (the JSON names are read by
/// `scripts/bench`).
#[derive(Debug, Clone, Serialize)]
pub struct Figures {
    pub peers: usize,
    pub rounds: usize,
    pub p50_ms: f64,
    pub p95_ms: f64,
    pub p99_ms: f64,
    pub max_ms: f64,
    /// From the first connection until every peer had the document.
    pub connect_seconds: f64,
    /// Every peer stayed connected and got every round's change.
    pub held: bool,
    /// Changes some peer never got within the round limit.
    pub missed: usize,
    /// Wall time of the measured rounds, and the CPU time this client and
    /// the relay used in it (from /proc; null elsewhere).
    pub rounds_seconds: f64,
    pub client_cpu_seconds: Option<f64>,
    pub relay_cpu_seconds: Option<f64>,
}

/// What a peer tells the measurement.
enum Report {
    /// The peer's document changed to `heads` at `at`.
    Arrived { heads: Vec<ChangeHash>, at: Instant },
    /// The peer lost its connection.
    Dropped,
}

/// Starts `relay_binary`, connects `peers` peers (one of them the writer)
/// and measures `rounds` changes.
pub async fn measure(relay_binary: &Path, peers: usize, rounds: usize) -> anyhow::Result<Figures> {
    anyhow::ensure!(peers >= 2, "a writer and at least one reader");
    let data_dir = scratch_dir(peers)?;
    let key = KeyPair::from_seed(KEY_SEED);
    // Every reader is a tab of one device: one invite, one device key, so
    // the relay's cap on one device's connections is raised to match.
    let per_device = format!("--max-connections-per-device={peers}");
    let relay = RelayProcess::start_with_args(
        relay_binary,
        &data_dir,
        key.public(),
        peers + 16,
        &[&per_device],
    )
    .await?;
    let team = DocumentId::random();
    let readers_credential =
        Credential::fresh(invite(&key, "load", "load", &relay.key(), &[&team]));
    let writer_credential = Credential::fresh(invite(&key, WRITER, WRITER, &relay.key(), &[&team]));

    let started = Instant::now();
    let mut writer = Device::connect(
        relay.addr(),
        &writer_credential,
        "w",
        vec![Document::create(team.clone(), DocKind::Team)],
    )
    .await
    .map_err(|refused| anyhow::anyhow!("the writer was refused: {refused:?}"))?;
    writer.set_patience(IDLE_LIMIT);
    writer.add_client(&team, WRITER, "Load test", 0).await?;
    writer
        .synced(&team)
        .await
        .map_err(|stopped| anyhow::anyhow!("the writer stopped: {stopped:?}"))?;

    let readers: Vec<Device> = stream::iter(0..peers - 1)
        .map(|i| connect_reader(&relay, &readers_credential, &team, i))
        .buffer_unordered(CONNECTING_AT_ONCE)
        .collect::<Vec<_>>()
        .await
        .into_iter()
        .collect::<anyhow::Result<_>>()?;
    let connect_seconds = started.elapsed().as_secs_f64();
    eprintln!("  {peers} peers connected in {connect_seconds:.1} s");

    let (reports, mut heard) = mpsc::unbounded_channel();
    let tasks: Vec<_> = readers
        .into_iter()
        .map(|reader| tokio::spawn(follow(reader, team.clone(), reports.clone())))
        .collect();

    let client_cpu = cpu_seconds("self");
    let relay_cpu = relay.pid().and_then(|pid| cpu_seconds(&pid.to_string()));
    let rounds_started = Instant::now();
    let mut latencies = Vec::with_capacity(rounds * (peers - 1));
    let mut missed = 0;
    let mut dropped = 0;
    for round in 0..rounds {
        let committed = Instant::now();
        writer
            .add_task(&team, WRITER, &format!("Round {round}"), 0)
            .await?;
        let change = writer.heads(&team)[0];
        let waiting = peers - 1 - dropped;
        let (writer_done, arrivals) = tokio::join!(
            writer.synced(&team),
            arrivals_of(&mut heard, change, waiting)
        );
        writer_done.map_err(|stopped| anyhow::anyhow!("the writer stopped: {stopped:?}"))?;
        dropped += arrivals.dropped;
        missed += waiting.saturating_sub(arrivals.dropped + arrivals.at.len());
        latencies.extend(arrivals.at.iter().map(|at| ms(*at - committed)));
        eprint!(
            "\r  round {}/{rounds}: {:.0} ms",
            round + 1,
            ms(committed.elapsed())
        );
    }
    let rounds_seconds = rounds_started.elapsed().as_secs_f64();
    eprintln!();
    let client_cpu_seconds = difference(client_cpu, cpu_seconds("self"));
    let relay_cpu_seconds = difference(
        relay_cpu,
        relay.pid().and_then(|pid| cpu_seconds(&pid.to_string())),
    );

    for task in tasks {
        task.abort();
    }
    drop(relay);
    std::fs::remove_dir_all(&data_dir).ok();

    latencies.sort_by(f64::total_cmp);
    Ok(Figures {
        peers,
        rounds,
        p50_ms: percentile(&latencies, 0.50),
        p95_ms: percentile(&latencies, 0.95),
        p99_ms: percentile(&latencies, 0.99),
        max_ms: latencies.last().copied().unwrap_or(f64::NAN),
        connect_seconds,
        held: dropped == 0 && missed == 0,
        missed,
        rounds_seconds,
        client_cpu_seconds,
        relay_cpu_seconds,
    })
}

/// Connects reader `i` and waits until it has the document.
async fn connect_reader(
    relay: &RelayProcess,
    credential: &Credential,
    team: &DocumentId,
    i: usize,
) -> anyhow::Result<Device> {
    let docs = vec![Document::create(team.clone(), DocKind::Team)];
    let mut reader = Device::connect(relay.addr(), credential, &format!("p{i}"), docs)
        .await
        .map_err(|refused| anyhow::anyhow!("peer {i} was refused: {refused:?}"))?;
    reader
        .synced(team)
        .await
        .map_err(|stopped| anyhow::anyhow!("peer {i} stopped while syncing: {stopped:?}"))?;
    reader.set_patience(IDLE_LIMIT);
    Ok(reader)
}

/// A reader's task: reports every change of the document as it applies it.
async fn follow(mut reader: Device, team: DocumentId, reports: mpsc::UnboundedSender<Report>) {
    let mut heads = reader.heads(&team);
    loop {
        if reader.run_until(|d| d.heads(&team) != heads).await.is_err() {
            reports.send(Report::Dropped).ok();
            return;
        }
        let at = Instant::now();
        heads = reader.heads(&team);
        if reports
            .send(Report::Arrived {
                heads: heads.clone(),
                at,
            })
            .is_err()
        {
            return;
        }
    }
}

/// When each of `waiting` readers applied `change`, and how many dropped.
struct Arrivals {
    at: Vec<Instant>,
    dropped: usize,
}

async fn arrivals_of(
    heard: &mut mpsc::UnboundedReceiver<Report>,
    change: ChangeHash,
    waiting: usize,
) -> Arrivals {
    let mut arrivals = Arrivals {
        at: Vec::with_capacity(waiting),
        dropped: 0,
    };
    let deadline = tokio::time::Instant::now() + ROUND_LIMIT;
    while arrivals.at.len() + arrivals.dropped < waiting {
        match tokio::time::timeout_at(deadline, heard.recv()).await {
            Ok(Some(Report::Arrived { heads, at })) if heads.contains(&change) => {
                arrivals.at.push(at)
            }
            Ok(Some(Report::Arrived { .. })) => {}
            Ok(Some(Report::Dropped)) => arrivals.dropped += 1,
            Ok(None) | Err(_) => break,
        }
    }
    arrivals
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

/// The value below which `q` of the sorted `values` fall (nearest rank).
fn percentile(sorted: &[f64], q: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let rank = (q * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

fn difference(before: Option<f64>, after: Option<f64>) -> Option<f64> {
    Some(after? - before?)
}

/// User plus system CPU seconds of process `pid` (`self` for this one), from
/// Linux's /proc (clock ticks of 1/100 s, as on every Linux the bench runs on).
fn cpu_seconds(pid: &str) -> Option<f64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    Some(ticks as f64 / 100.0)
}

/// A fresh data directory for one relay run.
fn scratch_dir(peers: usize) -> anyhow::Result<PathBuf> {
    let dir = std::env::temp_dir().join(format!(
        "handover-relay-load-{}-{peers}",
        std::process::id()
    ));
    std::fs::remove_dir_all(&dir).ok();
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    Ok(dir)
}

/// The human table, for standard error.
pub fn table(figures: &[Figures]) -> String {
    let mut out = String::from(
        "relay under load (fan-out: writer's commit → each other peer applied it)\n\
         peers  rounds   p50 ms   p95 ms   p99 ms   max ms  connect s  held  client cpu  relay cpu\n",
    );
    for f in figures {
        let share = |cpu: Option<f64>| {
            cpu.map(|s| format!("{:.0}%", 100.0 * s / f.rounds_seconds))
                .unwrap_or_else(|| "-".into())
        };
        out.push_str(&format!(
            "{:>5}  {:>6}  {:>7.1}  {:>7.1}  {:>7.1}  {:>7.1}  {:>9.2}  {:>4}  {:>10}  {:>9}\n",
            f.peers,
            f.rounds,
            f.p50_ms,
            f.p95_ms,
            f.p99_ms,
            f.max_ms,
            f.connect_seconds,
            if f.held { "yes" } else { "NO" },
            share(f.client_cpu_seconds),
            share(f.relay_cpu_seconds),
        ));
    }
    out.push_str("target: p99 ≤ 50 ms with 100 peers, ≤ 250 ms with 1,000; every peer held\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_are_nearest_rank() {
        let values: Vec<f64> = (1..=100).map(f64::from).collect();
        assert_eq!(percentile(&values, 0.50), 50.0);
        assert_eq!(percentile(&values, 0.99), 99.0);
        assert_eq!(percentile(&values, 1.0), 100.0);
        assert_eq!(percentile(&[7.0], 0.95), 7.0);
        assert!(percentile(&[], 0.5).is_nan());
    }
}
