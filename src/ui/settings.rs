//! Settings: this device's user, sync with other devices (relay and invites),
//! the documents it holds, and stored data that was set aside.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::people::Role;
use crate::ui::direct_sync::DirectSyncCard;
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::{CodeSelect, FormErrors, FormMessage, TextField};

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
            </div>
            <SyncCard session=session />
            <DirectSyncCard />
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

/// The relay this device syncs through; on the CEO's device also the relay
/// set-up, the workspace key and invites.
#[component]
fn SyncCard(session: Session) -> impl IntoView {
    let relay = RwSignal::new(session.relay_address().unwrap_or_default());
    let connected = RwSignal::new(session.relay_address().is_some());
    let open = RwSignal::new(session.syncs_with_open_server());
    let errors = FormErrors::new();
    let connect = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        spawn_local(async move {
            let result = session
                .connect_relay(&relay.get_untracked(), open.get_untracked())
                .await;
            if errors.show(result).is_some() {
                relay.set(session.relay_address().unwrap_or_default());
                connected.set(true);
            }
        });
    };
    view! {
        <div class="card sync">
            <h2>{tr("sync-title")}</h2>
            <p class="muted">{tr("sync-help")}</p>
            <Show
                when=move || session.can_invite()
                fallback=move || view! {
                    <p>
                        {move || session.relay_address().map(|address| view! { <code data-testid="relay-address">{address}</code> })}
                    </p>
                }
            >
                <form class="inline-form" on:submit=connect novalidate>
                    <TextField msg="sync-relay" name="relay" value=relay error=errors.field("relay") placeholder="sync-relay-placeholder" />
                    <label class="check">
                        <input
                            type="checkbox"
                            name="open-server"
                            prop:checked=move || open.get()
                            on:change=move |ev| open.set(event_target_checked(&ev))
                        />
                        {tr("sync-open-server")}
                    </label>
                    <Show when=move || open.get()>
                        <p class="banner warning" role="alert" data-testid="open-server-warning">
                            {tr("sync-open-server-warning")}
                        </p>
                    </Show>
                    <FormMessage errors=errors />
                    <div class="actions">
                        <button type="submit" class="button primary">{tr("sync-connect")}</button>
                    </div>
                </form>
                <Show when=move || connected.get()>
                    <Show when=move || !session.syncs_with_open_server()>
                        <PublicKey session=session />
                    </Show>
                    <Invites session=session />
                </Show>
            </Show>
        </div>
    }
}

/// The key to start the relay with.
#[component]
fn PublicKey(session: Session) -> impl IntoView {
    let key = LocalResource::new(move || async move { session.public_key().await });
    view! {
        <div class="public-key">
            <h3>{tr("sync-key-title")}</h3>
            <p class="muted">{tr("sync-key-help")}</p>
            <Suspense fallback=|| ()>
                {move || key.get().map(|key| match key {
                    Ok(key) => view! { <code class="key" data-testid="workspace-key">{key}</code> }.into_any(),
                    Err(_) => view! { <p role="alert">{tr("sync-key-failed")}</p> }.into_any(),
                })}
            </Suspense>
        </div>
    }
}

/// Making an invite for the Operations Assistant or a team member.
#[component]
fn Invites(session: Session) -> impl IntoView {
    let i18n = use_i18n();
    let name = RwSignal::new(String::new());
    let role = RwSignal::new(Role::OperationsAssistant.code().to_string());
    let errors = FormErrors::new();
    let made = RwSignal::new(None::<(String, String)>);
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let role = Role::from_code(&role.get_untracked()).unwrap_or_default();
        spawn_local(async move {
            let result = session.create_invite(role, &name.get_untracked()).await;
            if let Some(invite) = errors.show(result) {
                let origin = web_sys::window()
                    .and_then(|w| w.location().origin().ok())
                    .unwrap_or_default();
                made.set(Some((invite.to_code(), invite.link(&origin))));
                name.set(String::new());
            }
        });
    };
    let roles = [Role::OperationsAssistant, Role::TeamMember]
        .iter()
        .map(|r| (r.code(), r.message_id()))
        .collect();
    view! {
        <div class="invites">
            <h3>{tr("invite-title")}</h3>
            <p class="muted">{tr("invite-help")}</p>
            <form class="inline-form" on:submit=create novalidate>
                <div class="row">
                    <TextField msg="field-name" name="invite-name" value=name error=errors.field("name") />
                    <CodeSelect msg="field-role" name="invite-role" value=role options=roles />
                </div>
                <FormMessage errors=errors />
                <div class="actions">
                    <button type="submit" class="button primary">{tr("invite-create")}</button>
                </div>
            </form>
            {move || made.get().map(|(code, link)| view! {
                <div class="invite-made">
                    <label for="invite-code">{i18n.t("invite-code")}</label>
                    <textarea id="invite-code" data-testid="invite-code" readonly rows="4" prop:value=code></textarea>
                    <p><a data-testid="invite-link" href=link.clone()>{i18n.t("invite-link")}</a></p>
                </div>
            })}
        </div>
    }
}
