//! A PostgreSQL server of its own for a test: Debian's `postgresql`
//! binaries, a temporary data directory and a free loopback port, stopped
//! (immediately) when dropped. Nothing is installed or left behind.
//!
//! PostgreSQL refuses to run as root, so as root it runs as the `postgres`
//! user the Debian package creates.

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::Command;

use anyhow::{bail, Context};

/// Set to `required` (as `scripts/test` does) to fail, rather than skip,
/// when PostgreSQL is not installed.
pub const REQUIRED_VARIABLE: &str = "HANDOVER_TEST_POSTGRES";

/// A running PostgreSQL server.
pub struct PostgresProcess {
    bin: PathBuf,
    data: PathBuf,
    port: u16,
    as_postgres: bool,
    _dir: tempfile::TempDir,
}

impl PostgresProcess {
    /// Starts a server, or says why not: `Ok(None)` when PostgreSQL is not
    /// installed and [`REQUIRED_VARIABLE`] is not `required`.
    pub fn start() -> anyhow::Result<Option<Self>> {
        let Some(bin) = installed_bin() else {
            if std::env::var(REQUIRED_VARIABLE).as_deref() == Ok("required") {
                bail!("PostgreSQL is not installed (scripts/test installs Debian's postgresql package)");
            }
            eprintln!(
                "skipped: PostgreSQL is not installed; scripts/test installs it and runs this test"
            );
            return Ok(None);
        };
        let dir = tempfile::tempdir()?;
        let as_postgres = is_root();
        if as_postgres {
            run(Command::new("chown")
                .arg("-R")
                .arg("postgres")
                .arg(dir.path()))?;
        }
        let data = dir.path().join("data");
        let port = free_port()?;
        let server = Self {
            bin,
            data,
            port,
            as_postgres,
            _dir: dir,
        };
        run(server.command("initdb").arg("-D").arg(&server.data).args([
            "-U",
            "postgres",
            "--auth=trust",
            "--no-sync",
            "-E",
            "UTF8",
            "--locale=C",
        ]))?;
        let socket_dir = server
            .data
            .parent()
            .expect("the data directory has a parent");
        let options = format!(
            "-p {port} -k {} -c listen_addresses=127.0.0.1 -c fsync=off",
            socket_dir.display()
        );
        run(server
            .command("pg_ctl")
            .arg("-D")
            .arg(&server.data)
            .args(["-o", &options, "-l"])
            .arg(socket_dir.join("log"))
            .args(["-w", "start"]))?;
        Ok(Some(server))
    }

    /// What `handover-relay --storage` takes.
    pub fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/postgres", self.port)
    }

    /// The relay's flag that keeps documents here.
    pub fn relay_flag(&self) -> String {
        format!("--storage={}", self.url())
    }

    /// `program` of this installation, run as the user the server runs as.
    fn command(&self, program: &str) -> Command {
        let program = self.bin.join(program);
        if self.as_postgres {
            let mut command = Command::new("runuser");
            command.args(["-u", "postgres", "--"]).arg(program);
            command
        } else {
            Command::new(program)
        }
    }
}

impl Drop for PostgresProcess {
    fn drop(&mut self) {
        let _ = self
            .command("pg_ctl")
            .arg("-D")
            .arg(&self.data)
            .args(["-m", "immediate", "stop"])
            .output();
    }
}

/// The newest `/usr/lib/postgresql/<version>/bin` with `initdb` in it.
fn installed_bin() -> Option<PathBuf> {
    let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .flatten()
        .filter_map(|entry| {
            let version = entry.file_name().to_str()?.parse().ok()?;
            let bin = entry.path().join("bin");
            bin.join("initdb").exists().then_some((version, bin))
        })
        .collect();
    versions.sort();
    versions.pop().map(|(_, bin)| bin)
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|out| String::from_utf8_lossy(&out.stdout).trim() == "0")
}

fn free_port() -> anyhow::Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

fn run(command: &mut Command) -> anyhow::Result<()> {
    let shown = format!("{command:?}");
    let out = command
        .output()
        .with_context(|| format!("running {shown}"))?;
    if !out.status.success() {
        bail!(
            "{shown} failed: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    Ok(())
}
