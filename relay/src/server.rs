//! The HTTP server: `/auth/challenge` and `/auth/session` (how a device
//! gets a ticket), `/sync?ticket=` (WebSocket, automerge-repo protocol),
//! `/revoke`, `/health`, and optionally the built app.

use std::future::Future;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use axum::body::Bytes;
use axum::extract::ws::rejection::WebSocketUpgradeRejection;
use axum::extract::ws::WebSocketUpgrade;
use axum::extract::{DefaultBodyLimit, Query, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::serve::ListenerExt;
use axum::{Json, Router};
use handover_invite::Proof;
use samod::{AcceptorHandle, PeerId, Repo};
use serde::Deserialize;
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;
use tower_http::cors::{Any, CorsLayer};
use tower_http::services::{ServeDir, ServeFile};
use tracing::{info, warn};

use crate::access::{Access, Refusal};
use crate::ledger::Ledger;
use crate::limits::{ConnectionLimits, Limits};
use crate::screen::{screened, Screening};
use crate::storage::{follow_other_relays, Quota, Store};
use crate::{relay_key, Config};

/// The relay's own peer id.
pub const RELAY_PEER_ID: &str = "handover-relay";

/// How often revocations in `revoked.txt` and expired grants are looked for
/// among open connections.
pub const SWEEP_EVERY: Duration = Duration::from_secs(1);

/// The largest body `/auth/*` and `/revoke` read.
const MAX_BODY_BYTES: usize = 64 * 1024;
/// How much a connection reads from its socket at once. tungstenite zeroes
/// this much on every read, even one that finds nothing: at its default of
/// 128 KiB that was about 6% of the relay's CPU with a thousand connections
/// (`relay-load --teams 100x10`). A large sync message still arrives whole,
/// in more reads.
const READ_BUFFER_BYTES: usize = 16 * 1024;

/// Sent with every file of the built app: the policy of the `<meta>` tag in
/// index.html (no inline script, wasm may compile), plus `frame-ancestors`,
/// which only a header can carry.
pub const CONTENT_SECURITY_POLICY: &str =
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
style-src 'self'; img-src 'self' data: blob:; connect-src 'self' ws: wss: http: https:; \
object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

#[derive(Clone)]
struct Relay {
    acceptor: AcceptorHandle,
    access: Access,
    limits: Limits,
    connection_limits: ConnectionLimits,
    quota: Quota,
    max_frame_bytes: usize,
    /// Cancelled when the relay stops: every connection closes.
    stopping: CancellationToken,
}

#[derive(Deserialize)]
struct SyncQuery {
    ticket: Option<String>,
}

#[derive(Deserialize)]
struct NonceBody {
    nonce: String,
}

#[derive(Deserialize)]
struct RevokeBody {
    token: String,
}

/// Serves on `listener` until `shutdown` completes, then closes every
/// connection and waits for every document to be written to disk.
pub async fn serve(
    config: Config,
    listener: TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let limits = Limits::new(config.max_connections, config.max_connections_per_device);
    serve_with(config, listener, shutdown, limits).await
}

/// [`serve`], counting connections in `limits` (which tests read).
pub async fn serve_with(
    config: Config,
    listener: TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
    limits: Limits,
) -> anyhow::Result<()> {
    let workspace_key = config
        .workspace_key
        .ok_or_else(|| anyhow::anyhow!("no workspace key (--workspace-key)"))?;
    let relay_key = relay_key::load_or_create(&config.data_dir)?;
    let relay_public = relay_key.public();
    let store = Store::open(
        config.storage.as_deref(),
        &config.data_dir,
        Duration::from_millis(config.slow_storage_ms),
    )
    .await?;
    // Relays sharing a database share their redeemed invites and
    // revocations too.
    let ledger = match &store {
        Store::Postgres(postgres) => Ledger::postgres(postgres).await?,
        Store::Files(_) => Ledger::files(&config.data_dir)?,
    };
    let (revoked_file, ticket_ttl) = (
        config.revoked_file(),
        Duration::from_millis(config.ticket_ttl_ms),
    );
    let access = tokio::task::spawn_blocking(move || {
        Access::new(workspace_key, relay_key, ledger, revoked_file, ticket_ttl)
    })
    .await??;
    let policy = access.clone();
    let repo = Repo::build_tokio()
        .with_storage(store.clone())
        .with_peer_id(PeerId::from(RELAY_PEER_ID))
        .with_share_policy(move |document, peer| {
            futures::stream::iter([policy.share(&document, &peer, unix_now())])
        })
        .load()
        .await;
    let acceptor = repo.make_acceptor(url::Url::parse("ws://handover-relay/sync")?)?;
    let follower = match &store {
        Store::Postgres(postgres) => Some(tokio::spawn(follow_other_relays(
            postgres.clone(),
            repo.clone(),
        ))),
        Store::Files(_) => None,
    };
    let relay = Relay {
        acceptor: acceptor.clone(),
        access: access.clone(),
        limits,
        connection_limits: ConnectionLimits {
            ping_every: Duration::from_millis(config.ping_ms.max(1)),
            idle_timeout: Duration::from_millis(config.idle_timeout_ms.max(1)),
            ephemeral_rate: config.ephemeral_rate,
            ephemeral_burst: config.ephemeral_burst,
        },
        quota: Quota::new(store, config.max_document_bytes),
        max_frame_bytes: config.max_frame_bytes,
        stopping: CancellationToken::new(),
    };
    let stopping = relay.stopping.clone();
    // The app is served from another origin: these answer any origin, and
    // carry no cookies or credentials of any kind.
    let cors = CorsLayer::new()
        .allow_origin(Any)
        .allow_methods([Method::POST])
        .allow_headers([header::CONTENT_TYPE])
        .max_age(Duration::from_secs(600));
    let auth = Router::new()
        .route("/auth/challenge", post(challenge))
        .route("/auth/session", post(session))
        .route("/revoke", post(revoke))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(cors);
    let mut app = Router::new()
        .route("/sync", get(sync))
        .route("/health", get(|| async { "ok" }))
        .merge(auth)
        .with_state(relay);
    if let Some(dist) = &config.dist {
        let index = ServeFile::new(dist.join("index.html"));
        let files = Router::new()
            // A release build keeps a gzip -9 copy beside each file of code
            // (Trunk.toml): 2.6 MB to download instead of 7.4, compressed once.
            .fallback_service(ServeDir::new(dist).precompressed_gzip().fallback(index))
            .layer(axum::middleware::map_response(with_content_security_policy));
        app = app.fallback_service(files);
    }
    let sweeper = tokio::spawn(async move {
        let mut every = tokio::time::interval(SWEEP_EVERY);
        loop {
            every.tick().await;
            let access = access.clone();
            let _ = tokio::task::spawn_blocking(move || access.sweep(unix_now())).await;
        }
    });
    info!(
        address = %listener.local_addr()?,
        key = %relay_public,
        data = %config.data_dir.display(),
        documents = if config.storage.is_some() { "in PostgreSQL" } else { "in the data directory" },
        "relay listening"
    );
    axum::serve(without_nagle(listener), app)
        .with_graceful_shutdown(shutdown)
        .await?;
    info!("shutting down: closing connections and writing documents");
    sweeper.abort();
    if let Some(follower) = follower {
        follower.abort();
    }
    stopping.cancel();
    acceptor.close();
    repo.stop().await;
    info!("stopped; every document is stored");
    Ok(())
}

/// `listener`, its connections sending each frame at once. With Nagle's
/// algorithm on (the default), a second small frame waits for the peer to
/// acknowledge the first, and a peer delaying its acknowledgement held a
/// change up to 40 ms: the slowest of 60 changes between two devices took
/// 41-43 ms instead of 7-15 (`relay-load`), as did the slowest of 6,000
/// deliveries to 100 devices. Browsers already send without delay.
fn without_nagle(
    listener: TcpListener,
) -> impl axum::serve::Listener<Io = tokio::net::TcpStream, Addr = std::net::SocketAddr> {
    listener.tap_io(|tcp| {
        if let Err(err) = tcp.set_nodelay(true) {
            warn!("could not turn off Nagle's algorithm on a connection: {err}");
        }
    })
}

/// A refusal as HTTP: its status and `Refused` JSON.
fn refuse(refusal: Refusal) -> Response {
    let status = StatusCode::from_u16(refusal.status()).expect("refusal statuses are valid");
    (status, Json(refusal.refused())).into_response()
}

/// `POST /auth/challenge` `{"nonce"}` → `Challenge`.
async fn challenge(State(relay): State<Relay>, body: Bytes) -> Response {
    let Ok(NonceBody { nonce }) = serde_json::from_slice(&body) else {
        return refuse(Refusal::Malformed);
    };
    match relay.access.challenge(&nonce, Instant::now()) {
        Ok(challenge) => Json(challenge).into_response(),
        Err(refusal) => refuse(refusal),
    }
}

/// `POST /auth/session` `Proof` → `Ticket`.
async fn session(State(relay): State<Relay>, body: Bytes) -> Response {
    let Ok(proof) = serde_json::from_slice::<Proof>(&body) else {
        info!(code = Refusal::Malformed.code(), "refused a session");
        return refuse(Refusal::Malformed);
    };
    let access = relay.access.clone();
    // Checking signatures and redeeming an invite (a file written and
    // flushed) block: off the async workers.
    let checked =
        tokio::task::spawn_blocking(move || access.session(&proof, unix_now(), Instant::now()))
            .await;
    match checked {
        Ok(Ok(ticket)) => Json(ticket).into_response(),
        Ok(Err(refusal)) => refuse(refusal),
        Err(_) => refuse(Refusal::Storage),
    }
}

/// `POST /revoke` `{"token": "hor1..."}`.
async fn revoke(State(relay): State<Relay>, body: Bytes) -> Response {
    let Ok(RevokeBody { token }) = serde_json::from_slice(&body) else {
        return refuse(Refusal::Malformed);
    };
    let access = relay.access.clone();
    match tokio::task::spawn_blocking(move || access.revoke(&token, unix_now())).await {
        Ok(Ok(revocation)) => {
            Json(serde_json::json!({ "revoked": revocation.grant })).into_response()
        }
        Ok(Err(refusal)) => {
            info!(code = refusal.code(), "refused a revocation");
            refuse(refusal)
        }
        Err(_) => refuse(Refusal::Storage),
    }
}

async fn with_content_security_policy(mut response: Response) -> Response {
    response.headers_mut().insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CONTENT_SECURITY_POLICY),
    );
    response
}

/// `GET /sync?ticket=` (WebSocket).
async fn sync(
    State(relay): State<Relay>,
    Query(query): Query<SyncQuery>,
    upgrade: Result<WebSocketUpgrade, WebSocketUpgradeRejection>,
) -> Response {
    let taken = query
        .ticket
        .as_deref()
        .map(|ticket| relay.access.take_ticket(ticket, Instant::now()));
    let Some(Ok(admitted)) = taken else {
        info!(code = Refusal::UnknownTicket.code(), "refused a connection");
        return refuse(Refusal::UnknownTicket);
    };
    let upgrade = match upgrade {
        Ok(upgrade) => upgrade,
        Err(rejection) => return rejection.into_response(),
    };
    // The slot is taken before the upgrade and travels with the connection:
    // dropped (and released) however it ends, an upgrade that fails or a
    // client that vanishes mid-upgrade included.
    let slot = match relay.limits.acquire(&admitted.device) {
        Ok(slot) => slot,
        Err(refusal) => {
            info!(code = refusal.code(), peer = %admitted.peer_id, "refused a connection");
            return refuse(refusal);
        }
    };
    let connection = match relay.access.open(admitted, unix_now()) {
        Ok(connection) => connection,
        Err(refusal) => {
            info!(code = refusal.code(), "refused a connection");
            return refuse(refusal);
        }
    };
    let max_frame = relay.max_frame_bytes;
    upgrade
        .max_message_size(max_frame)
        .max_frame_size(max_frame)
        .read_buffer_size(READ_BUFFER_BYTES)
        .on_upgrade(move |socket| async move {
            let admitted = connection.admitted();
            let peer = admitted.peer_id.clone();
            let grant = &admitted.grant;
            info!(%peer, grant = %grant.id, member = %grant.member, name = %grant.name, role = %grant.role, "peer connected");
            let access = relay.access.clone();
            let writer = peer.clone();
            let (transport, closer) = screened(
                socket,
                Screening {
                    peer: PeerId::from(peer.as_str()),
                    cancel: connection.cancelled(),
                    limits: relay.connection_limits.clone(),
                    quota: relay.quota.clone(),
                    may_write: std::sync::Arc::new(move |document| {
                        access.may_write(document, &writer, unix_now())
                    }),
                },
            );
            match relay.acceptor.accept(transport) {
                Ok(accepted) => {
                    // Not the acceptor's events: a connection refused at its
                    // first frame can end before they are listened to, and
                    // its socket was then never closed.
                    let disconnected = accepted.finished();
                    tokio::select! {
                        reason = disconnected => {
                            let reason = format!("{reason:?}");
                            if reason.contains("too long") || reason.contains("Space limit") {
                                warn!(%peer, limit = max_frame, "a frame exceeded the size limit; connection closed");
                            } else {
                                info!(%peer, %reason, "peer disconnected");
                            }
                        }
                        _ = relay.stopping.cancelled() => info!(%peer, "relay is stopping; connection closed"),
                    }
                }
                Err(_) => info!(%peer, "relay is stopping; connection dropped"),
            }
            closer.close().await;
            drop(connection);
            drop(slot);
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
    use axum::serve::Listener;

    use super::*;

    #[tokio::test]
    async fn connections_send_without_waiting_for_acknowledgements() {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let mut listener = without_nagle(listener);
        let (_client, (accepted, _)) =
            tokio::join!(tokio::net::TcpStream::connect(addr), listener.accept());
        assert!(accepted.nodelay().unwrap());
    }

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
