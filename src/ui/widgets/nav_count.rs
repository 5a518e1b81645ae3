//! A count beside a desk's link in the navigation (unread announcements,
//! messages and visitors waiting for this user), hidden at zero, and
//! counted once the screen is painted and the collections it counts are
//! read, a slice at a time: the busy year's 5,000 messages, read whole
//! at once, held the tab for over 100 ms just after it opened.

use leptos::prelude::*;

use crate::ui::i18n::use_i18n;
use crate::ui::keyed::{read_after, ReadAhead};
use crate::ui::timing::painted;

/// `count` beside a link; `title` (an i18n id taking `$count`) says what
/// it counts, `name` is its `data-testid`, and `reads` the collections
/// `count` reads.
#[component]
pub fn NavCount(
    #[prop(into)] count: Signal<usize>,
    title: &'static str,
    name: &'static str,
    reads: Vec<Box<dyn ReadAhead>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let read = read_after(painted(), reads);
    move || {
        let count = if read.get() { count.get() } else { 0 };
        (count > 0).then(|| {
            view! {
                <span class="nav-badge" data-testid=name aria-hidden="true"
                    title=move || i18n.t_args(title, &[("count", count.into())])>
                    {count}
                </span>
            }
        })
    }
}
