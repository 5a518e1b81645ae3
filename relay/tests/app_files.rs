//! The built app, as the relay serves it (`--dist`).

mod common;

use common::RunningRelay;
use handover_invite::KeyPair;

/// A release build keeps a gzip copy beside each file of code (Trunk.toml):
/// a browser that accepts gzip gets that copy, one that does not gets the
/// file itself, both as the same type.
#[tokio::test]
async fn a_file_with_a_gzip_copy_reaches_browsers_that_accept_gzip_compressed() {
    let data = tempfile::tempdir().unwrap();
    let dist = tempfile::tempdir().unwrap();
    let wasm = vec![7_u8; 4096];
    let gzipped = b"the gzip copy, served as it is".to_vec();
    std::fs::write(dist.path().join("index.html"), "<!DOCTYPE html>").unwrap();
    std::fs::write(dist.path().join("app.wasm"), &wasm).unwrap();
    std::fs::write(dist.path().join("app.wasm.gz"), &gzipped).unwrap();
    let key = KeyPair::from_seed([3; 32]);
    let relay = RunningRelay::start_with(data.path(), &key, |config| {
        config.dist = Some(dist.path().to_path_buf());
    })
    .await;
    let url = format!("http://{}/app.wasm", relay.addr);
    let client = reqwest::Client::new();

    let compressed = client
        .get(&url)
        .header("accept-encoding", "gzip, deflate, br")
        .send()
        .await
        .unwrap();
    assert_eq!(compressed.headers()["content-encoding"], "gzip");
    assert_eq!(compressed.headers()["content-type"], "application/wasm");
    assert!(compressed.headers().contains_key("content-security-policy"));
    assert_eq!(compressed.bytes().await.unwrap(), gzipped);

    let plain = client.get(&url).send().await.unwrap();
    assert!(!plain.headers().contains_key("content-encoding"));
    assert_eq!(plain.headers()["content-type"], "application/wasm");
    assert_eq!(plain.bytes().await.unwrap(), wasm);

    relay.shut_down().await;
}
