//! Entry point: Trunk builds this binary for the browser and it mounts the app.

#[cfg(target_arch = "wasm32")]
fn main() {
    handover::app::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Handover runs in the browser: start it with `scripts/serve` (see README.md).");
}
