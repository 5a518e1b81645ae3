//! The relay under load: teams of WebSocket peers, each team on its own team
//! document with its own grants, all on one relay; one peer of each team
//! writing. Each round every writer makes one small change at once, and each
//! other peer's latency is measured from just before its writer's commit to
//! the moment that peer has applied the change (both clocks are this
//! process's). One team of N peers is the fan-out of one document; many
//! small teams are one relay serving many companies' documents at once.
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
    /// Teams, each on its own document.
    pub teams: usize,
    /// Peers in all, writers included.
    pub peers: usize,
    pub rounds: usize,
    pub p50_ms: f64,
    pub p95_ms: f64,
    pub p99_ms: f64,
    pub max_ms: f64,
    /// From the first connection until every peer had its document.
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
    /// Team `team`'s document changed to `heads` at `at` on one peer.
    Arrived {
        team: usize,
        heads: Vec<ChangeHash>,
        at: Instant,
    },
    /// The peer lost its connection.
    Dropped,
}

/// One team: its document and its writer.
struct Team {
    doc: DocumentId,
    writer: Device,
}

/// Starts `relay_binary`, connects `teams` teams of `team_size` peers (one
/// of each the writer) and measures `rounds` rounds of changes.
pub async fn measure(
    relay_binary: &Path,
    relay_flags: &[String],
    teams: usize,
    team_size: usize,
    rounds: usize,
) -> anyhow::Result<Figures> {
    anyhow::ensure!(
        teams >= 1 && team_size >= 2,
        "at least one team of a writer and a reader"
    );
    let peers = teams * team_size;
    let data_dir = scratch_dir(teams, team_size)?;
    let key = KeyPair::from_seed(KEY_SEED);
    // A team's readers are tabs of one device: one invite, one device key,
    // so the relay's cap on one device's connections is raised to match.
    let per_device = format!("--max-connections-per-device={team_size}");
    let flags: Vec<&str> = std::iter::once(per_device.as_str())
        .chain(relay_flags.iter().map(String::as_str))
        .collect();
    let relay =
        RelayProcess::start_with_args(relay_binary, &data_dir, key.public(), peers + 16, &flags)
            .await?;

    let started = Instant::now();
    let mut crews = Vec::with_capacity(teams);
    let mut reader_jobs = Vec::with_capacity(peers - teams);
    for team in 0..teams {
        let doc = DocumentId::random();
        let writer = connect_writer(&relay, &key, &doc, team).await?;
        // Each invite is redeemed by one device: every team has its own,
        // named after its new document, as a database the relay keeps
        // redeemed invites in may have served an earlier run.
        let id = format!("load-{}", doc.as_str());
        let readers = Credential::fresh(invite(&key, &id, "load", &relay.key(), &[&doc]));
        reader_jobs.extend((1..team_size).map(|i| (team, doc.clone(), readers.clone(), i)));
        crews.push(Team { doc, writer });
    }
    let relay_ref = &relay;
    let readers: Vec<(usize, DocumentId, Device)> = stream::iter(reader_jobs)
        .map(|(team, doc, credential, i)| async move {
            let reader = connect_reader(relay_ref, &credential, &doc, team, i).await?;
            anyhow::Ok((team, doc, reader))
        })
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
        .map(|(team, doc, reader)| tokio::spawn(follow(reader, team, doc, reports.clone())))
        .collect();

    let client_cpu = cpu_seconds("self");
    let relay_cpu = relay.pid().and_then(|pid| cpu_seconds(&pid.to_string()));
    let rounds_started = Instant::now();
    let mut latencies = Vec::with_capacity(rounds * (peers - teams));
    let mut missed = 0;
    let mut dropped = 0;
    for round in 0..rounds {
        let mut changes = Vec::with_capacity(teams);
        for crew in &mut crews {
            let committed = Instant::now();
            crew.writer
                .add_task(&crew.doc, WRITER, &format!("Round {round}"), 0)
                .await?;
            changes.push((crew.writer.heads(&crew.doc)[0], committed));
        }
        let waiting = peers - teams - dropped;
        let (writers_done, arrivals) = tokio::join!(
            all_synced(&mut crews),
            arrivals_of(&mut heard, &changes, waiting)
        );
        writers_done?;
        dropped += arrivals.dropped;
        missed += waiting.saturating_sub(arrivals.dropped + arrivals.latencies.len());
        latencies.extend(arrivals.latencies.iter().map(|at| ms(*at)));
        eprint!(
            "\r  round {}/{rounds}: {:.0} ms",
            round + 1,
            ms(changes[0].1.elapsed())
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
        teams,
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

/// Connects team `team`'s writer, which creates the team's document.
async fn connect_writer(
    relay: &RelayProcess,
    key: &KeyPair,
    doc: &DocumentId,
    team: usize,
) -> anyhow::Result<Device> {
    let id = format!("{WRITER}-{}", doc.as_str());
    let credential = Credential::fresh(invite(key, &id, WRITER, &relay.key(), &[doc]));
    let mut writer = Device::connect(
        relay.addr(),
        &credential,
        "w",
        vec![Document::create(doc.clone(), DocKind::Team)],
    )
    .await
    .map_err(|refused| anyhow::anyhow!("writer {team} was refused: {refused:?}"))?;
    writer.set_patience(IDLE_LIMIT);
    writer.add_client(doc, WRITER, "Load test", 0).await?;
    writer
        .synced(doc)
        .await
        .map_err(|stopped| anyhow::anyhow!("writer {team} stopped: {stopped:?}"))?;
    Ok(writer)
}

/// Waits until every writer's change is on the relay.
async fn all_synced(crews: &mut [Team]) -> anyhow::Result<()> {
    for crew in crews {
        crew.writer
            .synced(&crew.doc)
            .await
            .map_err(|stopped| anyhow::anyhow!("a writer stopped: {stopped:?}"))?;
    }
    Ok(())
}

/// Connects reader `i` of team `team` and waits until it has the document.
async fn connect_reader(
    relay: &RelayProcess,
    credential: &Credential,
    doc: &DocumentId,
    team: usize,
    i: usize,
) -> anyhow::Result<Device> {
    let docs = vec![Document::create(doc.clone(), DocKind::Team)];
    let name = format!("t{team}p{i}");
    let mut reader = Device::connect(relay.addr(), credential, &name, docs)
        .await
        .map_err(|refused| anyhow::anyhow!("peer {name} was refused: {refused:?}"))?;
    reader
        .synced(doc)
        .await
        .map_err(|stopped| anyhow::anyhow!("peer {name} stopped while syncing: {stopped:?}"))?;
    reader.set_patience(IDLE_LIMIT);
    Ok(reader)
}

/// A reader's task: reports every change of its team's document as it
/// applies it.
async fn follow(
    mut reader: Device,
    team: usize,
    doc: DocumentId,
    reports: mpsc::UnboundedSender<Report>,
) {
    let mut heads = reader.heads(&doc);
    loop {
        if reader.run_until(|d| d.heads(&doc) != heads).await.is_err() {
            reports.send(Report::Dropped).ok();
            return;
        }
        let at = Instant::now();
        heads = reader.heads(&doc);
        if reports
            .send(Report::Arrived {
                team,
                heads: heads.clone(),
                at,
            })
            .is_err()
        {
            return;
        }
    }
}

/// How long each of `waiting` readers took to apply its team's change, and
/// how many dropped.
struct Arrivals {
    latencies: Vec<Duration>,
    dropped: usize,
}

/// `changes[team]` is that team's change and when its writer committed it.
async fn arrivals_of(
    heard: &mut mpsc::UnboundedReceiver<Report>,
    changes: &[(ChangeHash, Instant)],
    waiting: usize,
) -> Arrivals {
    let mut arrivals = Arrivals {
        latencies: Vec::with_capacity(waiting),
        dropped: 0,
    };
    let deadline = tokio::time::Instant::now() + ROUND_LIMIT;
    while arrivals.latencies.len() + arrivals.dropped < waiting {
        match tokio::time::timeout_at(deadline, heard.recv()).await {
            Ok(Some(Report::Arrived { team, heads, at })) => {
                let (change, committed) = changes[team];
                if heads.contains(&change) {
                    arrivals.latencies.push(at - committed);
                }
            }
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
fn scratch_dir(teams: usize, team_size: usize) -> anyhow::Result<PathBuf> {
    let dir = std::env::temp_dir().join(format!(
        "handover-relay-load-{}-{teams}x{team_size}",
        std::process::id()
    ));
    std::fs::remove_dir_all(&dir).ok();
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    Ok(dir)
}

/// The human table, for standard error.
pub fn table(figures: &[Figures]) -> String {
    let mut out = String::from(
        "relay under load (fan-out: writer's commit → each other peer of its team applied it)\n\
         teams × peers  rounds   p50 ms   p95 ms   p99 ms   max ms  connect s  held  client cpu  relay cpu\n",
    );
    for f in figures {
        let share = |cpu: Option<f64>| {
            cpu.map(|s| format!("{:.0}%", 100.0 * s / f.rounds_seconds))
                .unwrap_or_else(|| "-".into())
        };
        out.push_str(&format!(
            "{:>13}  {:>6}  {:>7.1}  {:>7.1}  {:>7.1}  {:>7.1}  {:>9.2}  {:>4}  {:>10}  {:>9}\n",
            format!("{} × {}", f.teams, f.peers / f.teams),
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
    out.push_str(
        "target: p99 ≤ 50 ms for 1 × 100, ≤ 250 ms for 1 × 1,000, ≤ 100 ms for 100 × 10; every peer held\n",
    );
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
