//! The HTTP server: `/sync` (WebSocket, automerge-repo protocol), `/health`,
//! and optionally the built app.

use std::future::Future;
use std::time::{SystemTime, UNIX_EPOCH};

use axum::extract::ws::WebSocketUpgrade;
use axum::extract::{Query, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use futures::StreamExt;
use samod::storage::TokioFilesystemStorage;
use samod::{AcceptorEvent, AcceptorHandle, PeerId, Repo};
use serde::Deserialize;
use tokio::net::TcpListener;
use tower_http::services::{ServeDir, ServeFile};
use tracing::{info, warn};

use crate::access::Access;
use crate::screen::screened;
use crate::Config;

/// The relay's own peer id.
pub const RELAY_PEER_ID: &str = "handover-relay";

/// Sent with every file of the built app: the policy of the `<meta>` tag in
/// index.html (no inline script, wasm may compile), plus `frame-ancestors`,
/// which only a header can carry.
pub const CONTENT_SECURITY_POLICY: &str =
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
style-src 'self'; img-src 'self' data: blob:; connect-src 'self' ws: wss:; object-src 'none'; \
base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

#[derive(Clone)]
struct Relay {
    acceptor: AcceptorHandle,
    access: Access,
    max_connections: usize,
    max_frame_bytes: usize,
}

#[derive(Deserialize)]
struct SyncQuery {
    token: Option<String>,
    tab: Option<String>,
}

/// Serves on `listener` until `shutdown` completes, then closes every
/// connection and waits for every document to be written to disk.
pub async fn serve(
    config: Config,
    listener: TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    std::fs::create_dir_all(&config.data_dir)?;
    let access = Access::new(config.workspace_key, config.revoked_file());
    let policy = access.clone();
    let repo = Repo::build_tokio()
        .with_storage(TokioFilesystemStorage::new(&config.data_dir))
        .with_peer_id(PeerId::from(RELAY_PEER_ID))
        .with_share_policy(move |document, peer| {
            futures::stream::iter([policy.share(&document, &peer)])
        })
        .load()
        .await;
    let acceptor = repo.make_acceptor(url::Url::parse("ws://handover-relay/sync")?)?;
    let relay = Relay {
        acceptor: acceptor.clone(),
        access,
        max_connections: config.max_connections,
        max_frame_bytes: config.max_frame_bytes,
    };
    let mut app = Router::new()
        .route("/sync", get(sync))
        .route("/health", get(|| async { "ok" }))
        .with_state(relay);
    if let Some(dist) = &config.dist {
        let index = ServeFile::new(dist.join("index.html"));
        let files = Router::new()
            .fallback_service(ServeDir::new(dist).fallback(index))
            .layer(axum::middleware::map_response(with_content_security_policy));
        app = app.fallback_service(files);
    }
    info!(address = %listener.local_addr()?, data = %config.data_dir.display(), "relay listening");
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown)
        .await?;
    info!("shutting down: closing connections and writing documents");
    acceptor.close();
    repo.stop().await;
    info!("stopped; every document is on disk");
    Ok(())
}

async fn with_content_security_policy(mut response: Response) -> Response {
    response.headers_mut().insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CONTENT_SECURITY_POLICY),
    );
    response
}

async fn sync(
    State(relay): State<Relay>,
    Query(query): Query<SyncQuery>,
    upgrade: WebSocketUpgrade,
) -> Response {
    let connections = relay.acceptor.connection_count();
    if connections >= relay.max_connections {
        warn!(
            limit = relay.max_connections,
            "connection limit reached: refusing a connection"
        );
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            "the relay is at its connection limit",
        )
            .into_response();
    }
    let admitted =
        match relay
            .access
            .admit(query.token.as_deref(), query.tab.as_deref(), unix_now())
        {
            Ok(admitted) => admitted,
            Err(refusal) => {
                info!(%refusal, "refused a connection");
                return (StatusCode::UNAUTHORIZED, refusal.to_string()).into_response();
            }
        };
    let max_frame = relay.max_frame_bytes;
    upgrade
        .max_message_size(max_frame)
        .max_frame_size(max_frame)
        .on_upgrade(move |socket| async move {
            let peer = admitted.peer_id.clone();
            info!(%peer, name = %admitted.grant.name, role = %admitted.grant.role, "peer connected");
            match relay
                .acceptor
                .accept(screened(socket, PeerId::from(peer.as_str())))
            {
                Ok(connection) => {
                    let mut events = connection.events();
                    while let Some(event) = events.next().await {
                        if let AcceptorEvent::ClientDisconnected { reason, .. } = event {
                            let reason = format!("{reason:?}");
                            if reason.contains("too long") || reason.contains("Space limit") {
                                warn!(%peer, limit = max_frame, "a frame exceeded the size limit; connection closed");
                            } else {
                                info!(%peer, %reason, "peer disconnected");
                            }
                            break;
                        }
                    }
                }
                Err(_) => info!(%peer, "relay is stopping; connection dropped"),
            }
            relay.access.release(&peer);
        })
}

fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::CONTENT_SECURITY_POLICY;

    /// The header and the app's own `<meta>` policy must not drift apart.
    #[test]
    fn the_header_is_the_policy_of_index_html_plus_frame_ancestors() {
        let index = include_str!("../../index.html");
        let meta = index
            .split(r#"http-equiv="Content-Security-Policy" content=""#)
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .expect("index.html has a Content-Security-Policy meta tag");
        assert_eq!(
            CONTENT_SECURITY_POLICY,
            format!("{meta}; frame-ancestors 'none'")
        );
    }
}
