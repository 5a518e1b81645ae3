//! "Skip to content": the first thing a keyboard reaches on every page,
//! hidden until focused, so that nobody has to tab through the header and
//! the whole navigation to reach the desk on screen.

use leptos::html::Main;
use leptos::prelude::*;

use crate::ui::i18n::tr;

/// A link that moves focus into `main` (which must take focus from script:
/// `tabindex="-1"`).
#[component]
pub fn SkipLink(main: NodeRef<Main>) -> impl IntoView {
    // Focus is moved here rather than left to the browser's fragment
    // navigation, which the router would turn into a route change with
    // "#main" in the address and no focus moved. `target` keeps the
    // router's click handler out of it whichever handler runs first.
    let skip = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        if let Some(main) = main.get_untracked() {
            let _ = main.focus();
        }
    };
    view! {
        <a class="skip-link" href="#main" target="_self" on:click=skip>{tr("skip-to-content")}</a>
    }
}
