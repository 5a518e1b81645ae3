//! Installing the app and taking a new version, in the user's words. The
//! browser's side is public/register-sw.js, which must listen before the app
//! has loaded: it keeps the browser's install offer and a new version's
//! waiting service worker in `window.handoverPwa`, and says when either
//! changes with a `handover-pwa` event.

use js_sys::{Function, Reflect};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::ui::i18n::tr;

/// `window.handoverPwa`, where the registration script ran.
fn pwa() -> Option<JsValue> {
    let window = web_sys::window()?;
    Reflect::get(&window, &"handoverPwa".into())
        .ok()
        .filter(|pwa| pwa.is_object())
}

/// One of its flags (`installable`, `updateReady`); false without it.
fn flag(name: &str) -> bool {
    pwa()
        .and_then(|pwa| Reflect::get(&pwa, &name.into()).ok())
        .and_then(|value| value.as_bool())
        .unwrap_or(false)
}

/// Calls one of its functions (`install`, `update`).
fn call(name: &str) {
    let Some(pwa) = pwa() else { return };
    if let Some(function) = Reflect::get(&pwa, &name.into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
    {
        // The browser's own install dialog or reload follows; a refusal
        // leaves the page as it is, which is all the user needs to see.
        let _ = function.call0(&pwa);
    }
}

/// A flag as a signal, kept current from the `handover-pwa` event.
fn watched(name: &'static str) -> ReadSignal<bool> {
    let (value, set) = signal(flag(name));
    let listener = window_event_listener_untyped("handover-pwa", move |_| set.set(flag(name)));
    on_cleanup(move || listener.remove());
    value
}

/// "Install app", while the browser offers to install it.
#[component]
pub fn InstallButton() -> impl IntoView {
    let installable = watched("installable");
    view! {
        <Show when=move || installable.get()>
            <button type="button" class="button small install" on:click=|_| call("install")>
                {tr("install-app")}
            </button>
        </Show>
    }
}

/// "A new version is ready — Reload", once a new version waits to take
/// over; the page reloads into it on the click, never by itself.
#[component]
pub fn UpdateNotice() -> impl IntoView {
    let ready = watched("updateReady");
    view! {
        <Show when=move || ready.get()>
            <p class="banner update-ready" role="status" data-testid="update-ready">
                <span>{tr("update-ready")}</span>
                <button type="button" class="button small primary" on:click=|_| call("update")>
                    {tr("update-reload")}
                </button>
            </p>
        </Show>
    }
}
