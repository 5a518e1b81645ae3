//! Marking a moment (see `crate::timing`) once a render is on the screen.

use leptos::prelude::*;

use crate::timing::mark;

/// Marks `name` once what is being rendered now is on the screen: the
/// next animation frame runs after this render's DOM is in place.
pub fn mark_after_render(name: &'static str) {
    request_animation_frame(move || mark(name));
}
