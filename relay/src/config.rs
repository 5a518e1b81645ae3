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

    /// Where documents are stored (the automerge-repo file layout).
    #[arg(long, env = "HANDOVER_RELAY_DATA", default_value = "relay-data")]
    pub data_dir: PathBuf,

    /// The workspace's public key (Settings → Sync on the CEO's device).
    #[arg(long, env = "HANDOVER_WORKSPACE_KEY")]
    pub workspace_key: PublicKey,

    /// A file of revoked invite ids, one per line (`#` starts a comment).
    /// Read at every connection, so revoking needs no restart. Defaults to
    /// `revoked.txt` in the data directory.
    #[arg(long, env = "HANDOVER_RELAY_REVOKED")]
    pub revoked: Option<PathBuf>,

    /// Also serve the built app (a `dist/` folder) at `/`.
    #[arg(long, env = "HANDOVER_RELAY_DIST")]
    pub dist: Option<PathBuf>,

    /// Connections held at once; more are refused with 503.
    #[arg(long, env = "HANDOVER_RELAY_MAX_CONNECTIONS", default_value_t = 1_000)]
    pub max_connections: usize,

    /// The largest WebSocket frame accepted, in bytes.
    #[arg(long, env = "HANDOVER_RELAY_MAX_FRAME_BYTES", default_value_t = 32 * 1024 * 1024)]
    pub max_frame_bytes: usize,
}

impl Config {
    pub fn revoked_file(&self) -> PathBuf {
        self.revoked
            .clone()
            .unwrap_or_else(|| self.data_dir.join("revoked.txt"))
    }
}
