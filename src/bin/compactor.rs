//! The compaction worker: Trunk builds this binary as a web worker beside the
//! app (`index.html`), and the app starts one whenever a document is due for
//! compaction (`handover::store::compaction`).

#[cfg(target_arch = "wasm32")]
fn main() {
    handover::store::compaction::worker::run();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The compaction worker runs in the browser, started by the app.");
}
