//! List filters kept in the page's address, so a filter survives going to a
//! record and back, a reload, and a link someone shares.

use std::str::FromStr;

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

/// A filter kept in the address's query parameter `key`, absent while it
/// holds its default (no filter). The screen reads and writes a signal of
/// its own, so a keystroke filters at once; the address follows it,
/// replacing the history entry (filtering is not a step Back should undo).
/// An address changed from elsewhere — a link to this screen with another
/// filter — sets the signal.
///
/// The address is written at once, and only while it still names this
/// screen. (Leptos's `query_signal` writes it a frame later, with the path it
/// saw when the filter changed: a filter closed as the user went elsewhere —
/// "Take a message" closing on save, then a link followed in the same frame
/// — pulled the address back to this screen.)
pub fn url_filter<T>(key: &'static str) -> RwSignal<T>
where
    T: FromStr + ToString + Default + PartialEq + Clone + Send + Sync + 'static,
{
    let parse =
        |text: Option<String>| -> T { text.and_then(|t| t.parse().ok()).unwrap_or_default() };
    let location = use_location();
    let navigate = use_navigate();
    let screen = location.pathname.get_untracked();
    let in_address = Memo::new(move |_| location.query.with(|query| query.get(key)));
    let on_screen = {
        let screen = screen.clone();
        move || location.pathname.with_untracked(|now| *now == screen)
    };
    let write_address = move |text: Option<String>| {
        let mut query = location.query.get_untracked();
        match text {
            Some(text) => query.replace(key, text),
            None => {
                query.remove(key);
            }
        }
        let hash = location.hash.get_untracked();
        let to = format!("{screen}{}{hash}", query.to_query_string());
        navigate(
            &to,
            NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    };
    let value = RwSignal::new(parse(in_address.get_untracked()));
    // The value last sent to the address, until the address shows it:
    // addresses seen in between are this filter's own older values.
    let sent: StoredValue<Option<T>> = StoredValue::new(None);
    Effect::new(move |_| {
        let wanted = value.get();
        if on_screen() && in_address.with_untracked(|now| parse(now.clone()) != wanted) {
            sent.set_value(Some(wanted.clone()));
            let text = (wanted != T::default()).then(|| wanted.to_string());
            write_address(text);
        }
    });
    Effect::new(move |_| {
        let now = parse(in_address.get());
        match sent.get_value() {
            Some(pending) if pending == now => sent.set_value(None),
            Some(_) => {}
            None if value.with_untracked(|v| *v != now) => value.set(now),
            None => {}
        }
    });
    value
}
