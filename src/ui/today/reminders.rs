//! Reminders while the app is open: the count of overdue items on the tab's
//! title, and, with the user's permission, a browser notification when
//! something falls due: a task or follow-up on its day, a new message, a
//! meeting ten minutes before it starts (`domain::today::to_remind`).

use std::collections::HashSet;
use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;
use wasm_bindgen::prelude::*;
use web_sys::{Notification, NotificationOptions, NotificationPermission};

use super::agenda::Agenda;
use crate::domain::today::{already_seen, to_remind, DueItem, DueKind};
use crate::ui::i18n::{tr, use_i18n, I18n};

/// How long after the workspace opens the reminders start: the agenda reads
/// several desks, which the first screen should not wait for. They are read
/// in slices first (`Agenda::read_ahead`), so that the agenda's first
/// computation does not hold the tab for the busy year's 700 ms.
const START_DELAY: Duration = Duration::from_secs(3);

/// Whether this browser has notifications at all.
fn supported() -> bool {
    js_sys::Reflect::has(&window(), &JsValue::from_str("Notification")).unwrap_or(false)
}

fn permission() -> NotificationPermission {
    if supported() {
        Notification::permission()
    } else {
        NotificationPermission::Denied
    }
}

/// Keeps the tab's title and the notifications; mounted once per session.
#[component]
pub fn Reminders() -> impl IntoView {
    let agenda = expect_context::<Agenda>();
    let i18n = use_i18n();
    let navigate = use_navigate();
    let started = RwSignal::new(false);
    spawn_local(async move {
        gloo_timers::future::sleep(START_DELAY).await;
        agenda.read_ahead().await;
        started.try_set(true);
    });
    Effect::new(move |_| {
        if !started.get() {
            return;
        }
        let overdue = agenda.overdue.get();
        let name = i18n.t("app-name");
        let title = if overdue > 0 {
            i18n.t_args(
                "reminders-tab-title",
                &[("count", overdue.into()), ("name", name.into())],
            )
        } else {
            name
        };
        document().set_title(&title);
    });
    // What was on the list already; `None` until the reminders start.
    let seen: StoredValue<Option<HashSet<String>>> = StoredValue::new(None);
    Effect::new(move |_| {
        if !started.get() {
            return;
        }
        let now = agenda.now.get();
        agenda.items.with(|items| {
            let Some(mut known) = seen.get_value() else {
                seen.set_value(Some(already_seen(items, now)));
                return;
            };
            let due = to_remind(items, &known, now);
            if permission() == NotificationPermission::Granted {
                for item in &due {
                    notify(i18n, item, navigate.clone());
                }
            }
            known.extend(due.iter().map(|item| item.key()));
            seen.set_value(Some(known));
        });
    });
}

/// One notification; clicking it brings the app forward where the item is
/// handled.
fn notify(i18n: I18n, item: &DueItem, navigate: impl Fn(&str, NavigateOptions) + 'static) {
    let message = match item.kind {
        DueKind::Meeting => "reminders-meeting",
        DueKind::Message if item.urgent => "reminders-urgent-message",
        DueKind::Message => "reminders-message",
        _ => "reminders-due",
    };
    let title = i18n.t_args(
        message,
        &[
            ("kind", i18n.t(item.kind.message_id()).into()),
            ("title", item.title.clone().into()),
        ],
    );
    let options = NotificationOptions::new();
    options.set_body(&i18n.t("reminders-body"));
    options.set_tag(&item.key());
    let Ok(notification) = Notification::new_with_options(&title, &options) else {
        return;
    };
    let href = item.href.clone();
    let open = Closure::once_into_js(move || {
        let _ = window().focus();
        navigate(&href, NavigateOptions::default());
    });
    notification.set_onclick(Some(open.unchecked_ref()));
}

/// Asks for permission to notify; says where reminders stand.
#[component]
pub fn RemindersToggle() -> impl IntoView {
    let state = RwSignal::new(permission());
    let ask = move |_| {
        let Ok(promise) = Notification::request_permission() else {
            return;
        };
        leptos::task::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
            state.set(permission());
        });
    };
    view! {
        <p class="reminders-state" data-testid="reminders-state">
            {move || match state.get() {
                NotificationPermission::Granted => tr("reminders-on").into_any(),
                NotificationPermission::Default => view! {
                    <button type="button" class="button small" on:click=ask>{tr("reminders-turn-on")}</button>
                }
                .into_any(),
                _ => tr("reminders-blocked").into_any(),
            }}
        </p>
    }
}
