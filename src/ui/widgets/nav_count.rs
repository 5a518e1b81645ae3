//! A count beside a desk's link in the navigation (unread announcements,
//! messages and visitors waiting for this user), hidden at zero, and
//! counted once the screen is painted.

use leptos::prelude::*;

use crate::ui::i18n::use_i18n;
use crate::ui::timing::painted;

/// `count` beside a link; `title` (an i18n id taking `$count`) says what
/// it counts, and `name` is its `data-testid`.
#[component]
pub fn NavCount(
    #[prop(into)] count: Signal<usize>,
    title: &'static str,
    name: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let painted = painted();
    move || {
        let count = if painted.get() { count.get() } else { 0 };
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
