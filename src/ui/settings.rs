//! Settings: this device's user, sync with other devices (relay and invites),
//! the documents it holds, stored data that was set aside, and backups.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::Route;
use leptos_router::path;

use crate::domain::access::IssuedInvite;
use crate::domain::people::Role;
use crate::ui::backup::BackupCard;
use crate::ui::direct_sync::DirectSyncCard;
use crate::ui::handover::EmergencyDelegation;
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::{
    chosen, code_options, members_where, Checkbox, CodeSelect, FormErrors, FormMessage,
    RecordPicker, TextField,
};

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
            <ReverifyCard session=session />
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
            <BackupCard />
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
                when=move || session.holds_workspace_key()
                fallback=move || view! {
                    <p>
                        {move || session.relay_address().map(|address| view! { <code data-testid="relay-address">{address}</code> })}
                    </p>
                }
            >
                <Show when=move || !open.get()>
                    <PublicKey session=session />
                </Show>
                <form class="inline-form" on:submit=connect novalidate>
                    <TextField msg="sync-relay" name="relay" value=relay error=errors.field("relay") placeholder="sync-relay-placeholder" />
                    <Checkbox msg="sync-open-server" name="open-server" value=open />
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
                    {move || session.relay_key().map(|key| view! {
                        <p class="muted">{tr("sync-relay-key")}" "<code class="key" data-testid="relay-key">{key}</code></p>
                    })}
                </Show>
            </Show>
            <Show when=move || connected.get() && session.can_invite()>
                <Invites session=session />
            </Show>
        </div>
        <Show when=move || session.holds_workspace_key() && session.holds_leadership()>
            <EmergencyDelegation />
        </Show>
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

/// Making an invite for the Operations Assistant or a team member: for a
/// new person, or for someone already listed (perhaps added without a
/// device), whose device then links to their record.
#[component]
fn Invites(session: Session) -> impl IntoView {
    let i18n = use_i18n();
    let person = RwSignal::new(String::new());
    let name = RwSignal::new(String::new());
    let role = RwSignal::new(Role::OperationsAssistant.code().to_string());
    let errors = FormErrors::new();
    let made = RwSignal::new(None::<(String, String)>);
    let issued = RwSignal::new(0u32);
    let me = session.me();
    let people = Signal::derive(move || members_where(session, |m| m.active && m.id != me));
    // Choosing a listed person offers the role they are listed with.
    Effect::new(move |_| {
        let id = person.get();
        if let Some(member) = session.records.members.get_untracked_signal(&id) {
            let listed = member.with_untracked(|m| m.role);
            if listed != Role::Ceo {
                role.set(listed.code().to_string());
            }
        }
    });
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let role = Role::from_code(&role.get_untracked()).unwrap_or_default();
        let member = chosen(person.get_untracked());
        let name = match &member {
            Some(id) => session.member_name(id).unwrap_or_default(),
            None => name.get_untracked(),
        };
        spawn_local(async move {
            let result = session.create_invite(i18n, member, role, &name).await;
            if let Some(invite) = errors.show(result) {
                made.set(Some((invite.to_code().to_string(), invite.link(&origin()))));
                person.set(String::new());
                issued.update(|n| *n += 1);
            }
        });
    };
    let roles = code_options(&[Role::OperationsAssistant, Role::TeamMember]);
    view! {
        <div class="invites">
            <h3>{tr("invite-title")}</h3>
            <p class="muted">{tr("invite-help")}</p>
            <Show when=move || !session.holds_workspace_key()>
                <p class="banner" data-testid="acting-invite-note">{tr("invite-acting-note")}</p>
            </Show>
            <form class="inline-form" on:submit=create novalidate>
                <div class="row">
                    <RecordPicker msg="invite-person" name="invite-person" value=person choices=people none="invite-new-person" />
                    <Show when=move || person.with(String::is_empty)>
                        <TextField msg="field-name" name="invite-name" value=name error=errors.field("name") />
                    </Show>
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
            <IssuedInvites session=session changed=issued made=made />
        </div>
    }
}

/// The invites this device made, with who redeemed them, and Revoke: the
/// relay closes a revoked device's connections within seconds.
#[component]
fn IssuedInvites(
    session: Session,
    changed: RwSignal<u32>,
    made: RwSignal<Option<(String, String)>>,
) -> impl IntoView {
    let i18n = use_i18n();
    // Tracks the leadership document's list too, so an invite the acting
    // CEO made shows up here as it syncs.
    let invites = LocalResource::new(move || {
        changed.track();
        let listed = session.listed_invites();
        async move {
            match listed {
                Some(listed) => Ok(listed),
                None => session.issued_invites().await,
            }
        }
    });
    let errors = FormErrors::new();
    let revoke = move |id: String, name: String| {
        if !crate::ui::widgets::confirmed(
            &i18n.t_args("invite-revoke-confirm", &[("name", name.clone().into())]),
        ) {
            return;
        }
        spawn_local(async move {
            if errors
                .show(session.revoke(i18n, &id, &name).await)
                .is_some()
            {
                changed.update(|n| *n += 1);
            }
        });
    };
    let renew = move |invite: IssuedInvite| {
        let role = Role::from_code(&invite.role).unwrap_or_default();
        spawn_local(async move {
            let result = session
                .create_invite(i18n, Some(invite.member), role, &invite.name)
                .await;
            if let Some(invite) = errors.show(result) {
                made.set(Some((invite.to_code().to_string(), invite.link(&origin()))));
                changed.update(|n| *n += 1);
            }
        });
    };
    view! {
        <div class="issued-invites">
            <h3>{tr("invite-list-title")}</h3>
            <FormMessage errors=errors />
            <Suspense fallback=|| ()>
                {move || invites.get().map(|list| match list {
                    Ok(list) if list.is_empty() => view! { <p class="muted">{tr("invite-list-empty")}</p> }.into_any(),
                    Ok(list) => view! {
                        <ul class="plain" data-testid="issued-invites">
                            {list.into_iter().map(|invite| {
                                let role = Role::from_code(&invite.role).unwrap_or_default();
                                let (id, name) = (invite.id.clone(), invite.name.clone());
                                let again = invite.clone();
                                view! {
                                    <li data-invite=invite.id.clone()>
                                        <strong>{invite.name.clone()}</strong>" · "{i18n.t(role.message_id())}" "
                                        {invite.delegation.is_some().then(|| view! {
                                            <span class="badge" data-testid="delegated">{i18n.t("invite-delegated")}</span>" "
                                        })}
                                        {match invite.revoked_at {
                                            Some(_) => view! { <span class="badge" data-testid="revoked">{i18n.t("invite-revoked")}</span> }.into_any(),
                                            // The acting CEO cannot revoke the CEO's devices.
                                            None if role == Role::Ceo && !session.holds_workspace_key() => ().into_any(),
                                            None => view! {
                                                <button type="button" class="button small danger" on:click=move |_| revoke(id.clone(), name.clone())>
                                                    {i18n.t("invite-revoke")}
                                                </button>
                                            }.into_any(),
                                        }}
                                        " "
                                        <button type="button" class="button small" on:click=move |_| renew(again.clone())>
                                            {i18n.t("invite-renew")}
                                        </button>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any(),
                    Err(_) => view! { <p role="alert">{tr("invite-list-failed")}</p> }.into_any(),
                })}
            </Suspense>
        </div>
    }
}

/// This page's origin, for invite links.
fn origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

/// On a device whose grant is missing (from before grants), expired or
/// refused by the relay: take a new invite made for the same person, keeping
/// everything stored here.
#[component]
fn ReverifyCard(session: Session) -> impl IntoView {
    let i18n = use_i18n();
    let refused = move || {
        matches!(
            session.sync.get().status,
            Some(crate::sync::relay_connection::SyncStatus::Refused(_))
        )
    };
    let code = RwSignal::new(String::new());
    let errors = FormErrors::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        spawn_local(async move {
            errors.show(session.reverify(&code.get_untracked()).await);
        });
    };
    view! {
        <Show when=move || session.unverified().is_some() || refused()>
            <div class="card reverify" role="alert" data-testid="reverify">
                <h2>{tr("trust-reverify-title")}</h2>
                <p>{move || i18n.t(session.unverified().map_or("trust-refused", |u| u.message_id()))}</p>
                <p class="muted">{tr("trust-reverify-help")}</p>
                <form class="inline-form" on:submit=submit novalidate>
                    <TextField msg="join-code" name="reverify" value=code multiline=true />
                    <FormMessage errors=errors />
                    <div class="actions">
                        <button type="submit" class="button primary">{tr("trust-reverify-submit")}</button>
                    </div>
                </form>
            </div>
        </Show>
    }
}

/// The settings screen and its address.
#[component(transparent)]
pub fn SettingsRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    view! { <Route path=path!("/settings") view=SettingsPage /> }.into_inner()
}
