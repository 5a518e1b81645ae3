//! The `handover-relay` binary as a child process, so that a test can kill it
//! the hard way (SIGKILL, no chance to write anything) and start it again on
//! the same data directory and port, and a benchmark measures the real binary.

use std::net::{SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use anyhow::{bail, Context};
use handover_invite::PublicKey;
use tokio::net::TcpStream;
use tokio::process::{Child, Command};

/// How long a relay may take to start listening.
const STARTUP: Duration = Duration::from_secs(30);

/// A running relay binary. Dropping it kills the process.
pub struct RelayProcess {
    binary: PathBuf,
    data_dir: PathBuf,
    workspace_key: PublicKey,
    relay_key: PublicKey,
    max_connections: usize,
    log: Option<PathBuf>,
    /// More flags, passed at every start.
    args: Vec<String>,
    addr: SocketAddr,
    child: Child,
}

impl RelayProcess {
    /// Starts `binary` on a free loopback port, storing documents in
    /// `data_dir` and admitting invites signed for `workspace_key`; returns
    /// once it accepts connections.
    pub async fn start(
        binary: &Path,
        data_dir: &Path,
        workspace_key: PublicKey,
        max_connections: usize,
    ) -> anyhow::Result<Self> {
        Self::start_logging(binary, data_dir, workspace_key, max_connections, None).await
    }

    /// [`RelayProcess::start`] with more flags (`--max-document-bytes=...`).
    pub async fn start_with_args(
        binary: &Path,
        data_dir: &Path,
        workspace_key: PublicKey,
        max_connections: usize,
        args: &[&str],
    ) -> anyhow::Result<Self> {
        Self::launch(
            binary,
            data_dir,
            workspace_key,
            max_connections,
            None,
            args.iter().map(|arg| arg.to_string()).collect(),
        )
        .await
    }

    /// [`RelayProcess::start`], writing the relay's log (at debug level) to
    /// `log` if given.
    pub async fn start_logging(
        binary: &Path,
        data_dir: &Path,
        workspace_key: PublicKey,
        max_connections: usize,
        log: Option<PathBuf>,
    ) -> anyhow::Result<Self> {
        Self::launch(
            binary,
            data_dir,
            workspace_key,
            max_connections,
            log,
            Vec::new(),
        )
        .await
    }

    async fn launch(
        binary: &Path,
        data_dir: &Path,
        workspace_key: PublicKey,
        max_connections: usize,
        log: Option<PathBuf>,
        args: Vec<String>,
    ) -> anyhow::Result<Self> {
        let relay_key = print_key(binary, data_dir).await?;
        let addr = free_loopback_port()?;
        let child = spawn(
            binary,
            data_dir,
            &workspace_key,
            max_connections,
            addr,
            log.as_deref(),
            &args,
        )?;
        let mut relay = Self {
            binary: binary.to_path_buf(),
            data_dir: data_dir.to_path_buf(),
            workspace_key,
            relay_key,
            max_connections,
            log,
            args,
            addr,
            child,
        };
        relay.wait_until_listening().await?;
        Ok(relay)
    }

    /// The relay's own public key (what grants for it name).
    pub fn key(&self) -> PublicKey {
        self.relay_key
    }

    /// Where devices connect.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The process id, while it runs.
    pub fn pid(&self) -> Option<u32> {
        self.child.id()
    }

    /// SIGKILL: the relay stops at once, whatever it was writing.
    pub async fn kill(&mut self) -> anyhow::Result<()> {
        self.child.kill().await.context("killing the relay")
    }

    /// Starts the binary again on the same data directory and port.
    pub async fn restart(&mut self) -> anyhow::Result<()> {
        self.kill().await?;
        self.child = spawn(
            &self.binary,
            &self.data_dir,
            &self.workspace_key,
            self.max_connections,
            self.addr,
            self.log.as_deref(),
            &self.args,
        )?;
        self.wait_until_listening().await
    }

    async fn wait_until_listening(&mut self) -> anyhow::Result<()> {
        let deadline = tokio::time::Instant::now() + STARTUP;
        loop {
            if TcpStream::connect(self.addr).await.is_ok() {
                return Ok(());
            }
            if let Some(status) = self.child.try_wait()? {
                bail!(
                    "the relay exited before listening on {}: {status}",
                    self.addr
                );
            }
            if tokio::time::Instant::now() > deadline {
                bail!(
                    "the relay did not listen on {} within {STARTUP:?}",
                    self.addr
                );
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

/// The relay key of `data_dir`, by `--print-key` (which creates it if need be).
pub async fn print_key(binary: &Path, data_dir: &Path) -> anyhow::Result<PublicKey> {
    let output = Command::new(binary)
        .arg("--print-key")
        .arg("--data-dir")
        .arg(data_dir)
        .output()
        .await
        .with_context(|| format!("running {} --print-key", binary.display()))?;
    anyhow::ensure!(
        output.status.success(),
        "--print-key failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout)?
        .trim()
        .parse()
        .map_err(|err| anyhow::anyhow!("--print-key printed no key: {err}"))
}

fn spawn(
    binary: &Path,
    data_dir: &Path,
    workspace_key: &PublicKey,
    max_connections: usize,
    addr: SocketAddr,
    log: Option<&Path>,
    args: &[String],
) -> anyhow::Result<Child> {
    let (filter, stdout) = match log {
        Some(log) => {
            let file = std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(log)
                .with_context(|| format!("opening {}", log.display()))?;
            ("debug", Stdio::from(file))
        }
        // The relay logs to standard output, a line per connection: that
        // would drown a benchmark's own output. A panic still shows.
        None => ("warn", Stdio::null()),
    };
    Command::new(binary)
        // After `=`: a key can start with `-`.
        .arg(format!("--workspace-key={workspace_key}"))
        .arg("--data-dir")
        .arg(data_dir)
        .arg("--listen")
        .arg(addr.to_string())
        .arg("--max-connections")
        .arg(max_connections.to_string())
        .args(args)
        .env("RUST_LOG", filter)
        .stdout(stdout)
        .stderr(Stdio::inherit())
        .kill_on_drop(true)
        .spawn()
        .with_context(|| {
            format!(
                "starting {} (build it with `cargo build --release -p handover-relay`)",
                binary.display()
            )
        })
}

/// A loopback port nothing listens on right now.
fn free_loopback_port() -> anyhow::Result<SocketAddr> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?)
}
