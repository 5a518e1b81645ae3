//! Settings: this device's user, the documents it holds, the language and
//! stored data that was set aside.

use leptos::prelude::*;

use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;

#[component]
pub fn SettingsPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let user = move || session.describe_me(i18n, "settings-device-user");
    let (team, leadership) = session.document_ids();
    let quarantine = LocalResource::new(move || async move { session.quarantined_entries().await });
    view! {
        <section class="desk narrow">
            <h1>{tr("settings-title")}</h1>
            <div class="card">
                <h2>{tr("settings-device")}</h2>
                <p>{user}</p>
                <p class="muted">{tr("settings-sync-later")}</p>
            </div>
            <div class="card">
                <h2>{tr("settings-documents")}</h2>
                <dl class="documents">
                    <dt>{tr("settings-document-team")}</dt>
                    <dd><code>{team}</code></dd>
                    {leadership.map(|id| view! {
                        <dt>{tr("settings-document-leadership")}</dt>
                        <dd><code>{id}</code></dd>
                    })}
                </dl>
            </div>
            <div class="card">
                <h2>{tr("settings-storage")}</h2>
                <Suspense fallback=|| view! { <p>{tr("loading")}</p> }>
                    {move || quarantine.get().map(|entries| match entries {
                        Ok(entries) if entries.is_empty() => view! { <p>{tr("settings-quarantine-empty")}</p> }.into_any(),
                        Ok(entries) => view! {
                            <h3>{tr("settings-quarantine-title")}</h3>
                            <p>{tr("settings-quarantine-help")}</p>
                            <ul class="quarantine">
                                {entries.into_iter().map(|e| view! {
                                    <li><code>{e.key.join(" / ")}</code>" — "{e.reason}</li>
                                }).collect_view()}
                            </ul>
                        }.into_any(),
                        Err(err) => view! { <p role="alert">{err.0}</p> }.into_any(),
                    })}
                </Suspense>
            </div>
        </section>
    }
}
