//! Command-line flags and environment variables.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::Parser;
use handover_invite::PublicKey;

/// A relay for Handover workspaces.
#[derive(Debug, Clone, Parser)]
#[command(name = "handover-relay", version, about)]
pub struct Config {
    /// Address to listen on. Keep the default (this machine only) unless a
    /// reverse proxy with TLS sits in front.
    #[arg(long, env = "HANDOVER_RELAY_LISTEN", default_value = "127.0.0.1:3030")]
    pub listen: SocketAddr,

    /// The relay's data directory: its key, redeemed invites and
    /// revocations, and documents unless `--storage` names a database.
    #[arg(long, env = "HANDOVER_RELAY_DATA", default_value = "relay-data")]
    pub data_dir: PathBuf,

    /// Keep documents in PostgreSQL (`postgres://user@host:port/database`)
    /// instead of the data directory. Relays given the same database (and
    /// the same relay key) serve one workspace together: each sees the
    /// others' changes as they are stored.
    #[arg(long, env = "HANDOVER_RELAY_STORAGE")]
    pub storage: Option<String>,

    /// The workspace's public key (Settings → Sync on the CEO's device).
    #[arg(
        long,
        env = "HANDOVER_WORKSPACE_KEY",
        required_unless_present = "print_key"
    )]
    pub workspace_key: Option<PublicKey>,

    /// Print the relay's own public key (creating `relay.key` in the data
    /// directory if there is none yet) and exit.
    #[arg(long)]
    pub print_key: bool,

    /// A file of revoked grant ids, one per line (`#` starts a comment).
    /// Read at every session and every 2 seconds, so revoking needs no
    /// restart and ends open connections. Defaults to `revoked.txt` in the
    /// data directory.
    #[arg(long, env = "HANDOVER_RELAY_REVOKED")]
    pub revoked: Option<PathBuf>,

    /// Also serve the built app (a `dist/` folder) at `/`.
    #[arg(long, env = "HANDOVER_RELAY_DIST")]
    pub dist: Option<PathBuf>,

    /// Connections held at once; more are refused with 503.
    #[arg(long, env = "HANDOVER_RELAY_MAX_CONNECTIONS", default_value_t = 1_000)]
    pub max_connections: usize,

    /// Connections one device key holds at once (all its tabs); more are
    /// refused with 503 `too-many-connections`.
    #[arg(
        long,
        env = "HANDOVER_RELAY_MAX_CONNECTIONS_PER_DEVICE",
        default_value_t = 16
    )]
    pub max_connections_per_device: usize,

    /// The bytes one document may hold on the relay; a device whose changes
    /// would take it past is told so and disconnected.
    #[arg(long, env = "HANDOVER_RELAY_MAX_DOCUMENT_BYTES", default_value_t = 256 * 1024 * 1024)]
    pub max_document_bytes: u64,

    /// Ephemeral messages (presence) one connection may send a second, and
    /// at once; the excess is dropped, and a connection that keeps flooding
    /// is closed.
    #[arg(long, env = "HANDOVER_RELAY_EPHEMERAL_RATE", default_value_t = 20.0)]
    pub ephemeral_rate: f64,

    #[arg(long, env = "HANDOVER_RELAY_EPHEMERAL_BURST", default_value_t = 40.0)]
    pub ephemeral_burst: f64,

    /// How often the relay pings each connection, in milliseconds.
    #[arg(long, env = "HANDOVER_RELAY_PING_MS", default_value_t = 20_000)]
    pub ping_ms: u64,

    /// A connection that sends nothing (no frame, no pong) this long, or
    /// takes no frame this long, is closed; in milliseconds.
    #[arg(long, env = "HANDOVER_RELAY_IDLE_TIMEOUT_MS", default_value_t = 60_000)]
    pub idle_timeout_ms: u64,

    /// The largest WebSocket frame accepted, in bytes.
    #[arg(long, env = "HANDOVER_RELAY_MAX_FRAME_BYTES", default_value_t = 32 * 1024 * 1024)]
    pub max_frame_bytes: usize,

    /// How long a ticket may take to open its WebSocket, in milliseconds
    /// (shorter in tests).
    #[arg(
        long,
        env = "HANDOVER_RELAY_TICKET_TTL_MS",
        default_value_t = 15_000,
        hide = true
    )]
    pub ticket_ttl_ms: u64,

    /// Waits this long before each document write: a slow disk, for tests
    /// of what the relay acknowledges before it is stored.
    #[arg(
        long,
        env = "HANDOVER_RELAY_SLOW_STORAGE_MS",
        default_value_t = 0,
        hide = true
    )]
    pub slow_storage_ms: u64,
}

impl Config {
    pub fn revoked_file(&self) -> PathBuf {
        self.revoked
            .clone()
            .unwrap_or_else(|| self.data_dir.join("revoked.txt"))
    }
}
