//! Named moments of a page's life in the browser's performance timeline,
//! where the benchmark (bench/) and the browser's own tools read them.

use leptos::prelude::*;

/// The documents are loaded and their records are in the keyed sets.
pub const DOCUMENTS_OPEN: &str = "handover:documents-open";
/// The workspace has rendered with its records and answers input.
pub const INTERACTIVE: &str = "handover:interactive";

/// Marks `name` now.
pub fn mark(name: &str) {
    if let Some(performance) = window().performance() {
        // A mark that cannot be written only costs a figure, never the app.
        let _ = performance.mark(name);
    }
}

/// Marks `name` once what is being rendered now is on the screen: the
/// next animation frame runs after this render's DOM is in place.
pub fn mark_after_render(name: &'static str) {
    request_animation_frame(move || mark(name));
}
