//! The device key in a real browser (headless Chromium through
//! wasm-bindgen-test): made once and kept across reopening, its signatures
//! verify with the trust crate, and its private key cannot be read out.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use handover::store::{open_database, Settings};
use handover::trust::device_key::DeviceKey;
use handover_invite::{device_statement, KeyPair};
use js_sys::Reflect;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::SubtleCrypto;

wasm_bindgen_test_configure!(run_in_browser);

async fn fresh_db() -> Rc<indexed_db_futures::database::Database> {
    let name = format!("trust-{}", uuid::Uuid::new_v4());
    Rc::new(open_database(&name).await.expect("database opens"))
}

#[wasm_bindgen_test]
async fn the_device_key_is_made_once_and_kept() {
    let db = fresh_db().await;
    let first = DeviceKey::load_or_create(db.clone()).await.unwrap();
    let again = DeviceKey::load_or_create(db.clone()).await.unwrap();
    assert_eq!(first.public(), again.public());
    let other = DeviceKey::load_or_create(fresh_db().await).await.unwrap();
    assert_ne!(first.public(), other.public());
}

#[wasm_bindgen_test]
async fn its_signatures_verify_for_what_was_signed_only() {
    let key = DeviceKey::load_or_create(fresh_db().await).await.unwrap();
    let relay = KeyPair::from_seed([9; 32]).public().to_string();
    let statement = device_statement("challenge", &relay, "hov2.token", "tab");
    let signature = key.sign(&statement).await.unwrap();
    assert_eq!(key.public().verify_bytes(&statement, &signature), Ok(()));
    let other = device_statement("another challenge", &relay, "hov2.token", "tab");
    assert!(key.public().verify_bytes(&other, &signature).is_err());
}

/// What a script injected into the page could try: read the private key
/// out of IndexedDB and export it. The browser refuses.
#[wasm_bindgen_test]
async fn the_private_key_cannot_be_exported() {
    let db = fresh_db().await;
    DeviceKey::load_or_create(db.clone()).await.unwrap();
    let pair = Settings::new(db).device_key_pair().await.unwrap().unwrap();
    let crypto = web_sys::window().unwrap().crypto().unwrap();
    let subtle: SubtleCrypto = Reflect::get(&crypto, &"subtle".into())
        .unwrap()
        .dyn_into()
        .unwrap();
    for format in ["pkcs8", "jwk"] {
        let exported = match subtle.export_key(format, &pair.get_private_key()) {
            Ok(promise) => JsFuture::from(promise).await,
            Err(err) => Err(err),
        };
        assert!(exported.is_err(), "the private key exported as {format}");
    }
}
