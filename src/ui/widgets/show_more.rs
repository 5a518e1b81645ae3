//! The end of a paged list: how many of how many are shown, and a button
//! for the next page. Long lists render a page at a time so a year of
//! records never becomes tens of thousands of nodes at once.

use leptos::prelude::*;

use crate::ui::i18n::use_i18n;

/// Shows nothing while the whole list is shown.
#[component]
pub fn ShowMore(
    /// How many items the list shows; the button adds `page`.
    shown: RwSignal<usize>,
    #[prop(into)] total: Signal<usize>,
    page: usize,
) -> impl IntoView {
    let i18n = use_i18n();
    let remaining = move || total.get().saturating_sub(shown.get());
    view! {
        <Show when=move || { remaining() > 0 }>
            <p class="show-more">
                <span class="meta">
                    {move || i18n.t_args("list-shown", &[
                        ("shown", shown.get().min(total.get()).into()),
                        ("total", total.get().into()),
                    ])}
                </span>" "
                <button type="button" class="button small" on:click=move |_| shown.update(|n| *n += page)>
                    {move || i18n.t_args("list-show-more", &[("count", remaining().min(page).into())])}
                </button>
            </p>
        </Show>
    }
}
