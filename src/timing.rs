//! Named moments of a page's life in the browser's performance timeline,
//! where the benchmark (bench/), the end-to-end tests and the browser's own
//! tools read them. Any layer may mark one; `ui::timing` marks after a render.

/// The documents are loaded and their records are in the keyed sets.
pub const DOCUMENTS_OPEN: &str = "handover:documents-open";
/// The workspace has rendered with its records and answers input.
pub const INTERACTIVE: &str = "handover:interactive";
/// Today's panels are on the screen, their desks read (`ui::today`).
pub const TODAY_SHOWN: &str = "handover:today-shown";
/// The compaction worker compacted a document (`store::compaction`).
pub const COMPACTED_IN_WORKER: &str = "handover:compacted-in-worker";

/// Marks `name` now.
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|window| window.performance()) {
        // A mark that cannot be written only costs a figure, never the app.
        let _ = performance.mark(name);
    }
}
