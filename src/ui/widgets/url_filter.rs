//! List filters kept in the page's address, so a filter survives going to a
//! record and back, a reload, and a link someone shares.

use std::str::FromStr;

use leptos::prelude::*;
use leptos_router::hooks::query_signal_with_options;
use leptos_router::NavigateOptions;

/// A filter kept in the address's query parameter `key`, absent while it
/// holds its default (no filter). The screen reads and writes a signal of
/// its own, so a keystroke filters at once; the address follows it,
/// replacing the history entry (filtering is not a step Back should undo).
/// An address changed from elsewhere — a link to this screen with another
/// filter — sets the signal.
pub fn url_filter<T>(key: &'static str) -> RwSignal<T>
where
    T: FromStr + ToString + Default + PartialEq + Clone + Send + Sync + 'static,
{
    let parse =
        |text: Option<String>| -> T { text.and_then(|t| t.parse().ok()).unwrap_or_default() };
    let (in_address, write_address) = query_signal_with_options::<String>(
        key,
        NavigateOptions {
            replace: true,
            scroll: false,
            ..Default::default()
        },
    );
    let value = RwSignal::new(parse(in_address.get_untracked()));
    // The value last sent to the address, until the address shows it:
    // addresses seen in between are this filter's own older values.
    let sent: StoredValue<Option<T>> = StoredValue::new(None);
    Effect::new(move |_| {
        let wanted = value.get();
        if in_address.with_untracked(|now| parse(now.clone()) != wanted) {
            sent.set_value(Some(wanted.clone()));
            let text = (wanted != T::default()).then(|| wanted.to_string());
            write_address.set(text);
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
