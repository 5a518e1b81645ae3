//! A relay served in this test process, on loopback.
#![allow(dead_code)]

use std::net::SocketAddr;
use std::path::Path;
use std::time::Duration;

use handover_invite::{KeyPair, PublicKey};
use handover_relay::{relay_key, serve_with, Config, Limits};
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

pub const WAIT: Duration = Duration::from_secs(10);

pub struct RunningRelay {
    pub addr: SocketAddr,
    /// The relay's own key, which grants for it name.
    pub key: PublicKey,
    /// The relay's connection counts.
    pub limits: Limits,
    stop: oneshot::Sender<()>,
    task: JoinHandle<anyhow::Result<()>>,
}

impl RunningRelay {
    pub async fn start(
        data: &Path,
        key: &KeyPair,
        max_connections: usize,
        max_frame_bytes: usize,
    ) -> Self {
        Self::start_with(data, key, |config| {
            config.max_connections = max_connections;
            config.max_frame_bytes = max_frame_bytes;
        })
        .await
    }

    /// A relay for workspace `key` on `data`, configured by `configure`.
    pub async fn start_with(
        data: &Path,
        key: &KeyPair,
        configure: impl FnOnce(&mut Config),
    ) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let mut config = Config {
            listen: addr,
            data_dir: data.to_path_buf(),
            storage: None,
            workspace_key: Some(key.public()),
            print_key: false,
            revoked: None,
            dist: None,
            max_connections: 10,
            max_connections_per_device: 16,
            max_document_bytes: 256 * 1024 * 1024,
            ephemeral_rate: 20.0,
            ephemeral_burst: 40.0,
            ping_ms: 20_000,
            idle_timeout_ms: 60_000,
            max_frame_bytes: 1 << 20,
            ticket_ttl_ms: 15_000,
            slow_storage_ms: 0,
        };
        configure(&mut config);
        let relay_key = relay_key::load_or_create(data).unwrap().public();
        let limits = Limits::new(config.max_connections, config.max_connections_per_device);
        let (stop, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(serve_with(
            config,
            listener,
            async {
                let _ = stopped.await;
            },
            limits.clone(),
        ));
        Self {
            addr,
            key: relay_key,
            limits,
            stop,
            task,
        }
    }

    pub async fn shut_down(self) {
        self.stop.send(()).unwrap();
        tokio::time::timeout(WAIT, self.task)
            .await
            .unwrap()
            .unwrap()
            .unwrap();
    }
}
