//! Marking a moment (see `crate::timing`) once a render is on the screen,
//! and holding back what can wait until then.

use std::time::Duration;

use leptos::prelude::*;

use crate::timing::mark;

/// Marks `name` once what is being rendered now is on the screen: the
/// next animation frame runs after this render's DOM is in place.
pub fn mark_after_render(name: &'static str) {
    request_animation_frame(move || mark(name));
}

/// Becomes true once what is being rendered now has been painted: the
/// timeout set in the next animation frame runs after that frame. Whatever
/// reads it first renders in a task of its own, after the screen the user
/// opened is on view: a count beside a link, a banner, each of which reads
/// a whole desk's records (the busy year's 5,000 messages: about 110 ms).
pub fn painted() -> Signal<bool> {
    let painted = RwSignal::new(false);
    request_animation_frame(move || {
        // Gone with its view when that was left before the timeout ran.
        set_timeout(move || _ = painted.try_set(true), Duration::ZERO);
    });
    painted.into()
}
