//! `handover-relay`: see `--help`, and README.md for how to run it.

use std::io::IsTerminal;

use clap::Parser;
use handover_relay::{logging, relay_key, serve, Config};
use tracing_subscriber::EnvFilter;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let config = Config::parse();
    if config.print_key {
        // Only the key on standard output, for scripts.
        println!("{}", relay_key::load_or_create(&config.data_dir)?.public());
        return Ok(());
    }
    tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::try_new(logging::filter(
            std::env::var("RUST_LOG").ok().as_deref(),
        ))?)
        // Plain text when logging to a file or another program.
        .with_ansi(std::io::stdout().is_terminal())
        .init();
    let listener = tokio::net::TcpListener::bind(config.listen).await?;
    serve(config, listener, shutdown_signal()).await
}

/// Ctrl-C or SIGTERM.
async fn shutdown_signal() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = interrupt => {},
        _ = terminate => {},
    }
}
