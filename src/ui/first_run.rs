//! The first visit on a device: start a workspace, or learn how to join one.

use std::rc::Rc;

use indexed_db_futures::database::Database;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::people::{MemberInput, Role};
use crate::sync::invite::Invite;
use crate::ui::i18n::{tr, use_i18n, LanguageSwitch};
use crate::ui::session::{Session, SessionError};
use crate::ui::widgets::{code_options, CodeSelect, FormErrors, FormMessage, SaveError, TextField};

#[derive(Clone, Copy, PartialEq)]
enum Step {
    Choose,
    Start,
    Join,
}

#[component]
pub fn FirstRun(db: Rc<Database>, owner: Owner, on_ready: Callback<Session>) -> impl IntoView {
    let step = RwSignal::new(if invite_in_address().is_some() {
        Step::Join
    } else {
        Step::Choose
    });
    let db = StoredValue::new_local(db);
    view! {
        <main class="first-run">
            <h1>{tr("first-run-title")}</h1>
            <p class="lead">{tr("first-run-intro")}</p>
            {move || match step.get() {
                Step::Choose => view! { <Choose step=step /> }.into_any(),
                Step::Start => {
                    view! { <Start db=db.get_value() owner=owner.clone() on_ready=on_ready step=step /> }
                        .into_any()
                }
                Step::Join => {
                    view! { <Join db=db.get_value() owner=owner.clone() on_ready=on_ready step=step /> }
                        .into_any()
                }
            }}
            <LanguageSwitch />
        </main>
    }
}

#[component]
fn Choose(step: RwSignal<Step>) -> impl IntoView {
    view! {
        <div class="choices">
            <button class="choice" on:click=move |_| step.set(Step::Start)>
                <strong>{tr("first-run-start")}</strong>
                <span>{tr("first-run-start-help")}</span>
            </button>
            <button class="choice" on:click=move |_| step.set(Step::Join)>
                <strong>{tr("first-run-join")}</strong>
                <span>{tr("first-run-join-help")}</span>
            </button>
        </div>
    }
}

#[component]
fn Start(
    db: Rc<Database>,
    owner: Owner,
    on_ready: Callback<Session>,
    step: RwSignal<Step>,
) -> impl IntoView {
    let name = RwSignal::new(String::new());
    let role = RwSignal::new(Role::Ceo.code().to_string());
    let errors = FormErrors::new();
    let busy = RwSignal::new(false);
    let db = StoredValue::new_local(db);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let input = MemberInput {
            name: name.get_untracked(),
            role: Role::from_code(&role.get_untracked()).unwrap_or_default(),
            ..MemberInput::default()
        };
        let (db, owner) = (db.get_value(), owner.clone());
        open_session(busy, errors, on_ready, async move {
            Session::start(db, &input, owner).await
        });
    };
    let roles = code_options(Role::ALL);
    view! {
        <form class="card" on:submit=submit novalidate>
            <h2>{tr("first-run-who")}</h2>
            <TextField msg="field-your-name" name="name" value=name error=errors.field("name") />
            <CodeSelect msg="field-role" name="role" value=role options=roles />
            <FormMessage errors=errors />
            <div class="actions">
                <button type="button" class="button" on:click=move |_| step.set(Step::Choose)>
                    {tr("first-run-back")}
                </button>
                <button type="submit" class="button primary" disabled=move || busy.get()>
                    {tr("first-run-create")}
                </button>
            </div>
        </form>
    }
}

/// Joining with an invite: the code comes from the link that opened the app
/// (`/join#<code>`) or is pasted.
#[component]
fn Join(
    db: Rc<Database>,
    owner: Owner,
    on_ready: Callback<Session>,
    step: RwSignal<Step>,
) -> impl IntoView {
    let i18n = use_i18n();
    let code = RwSignal::new(invite_in_address().unwrap_or_default());
    let invite =
        Memo::new(move |_| Invite::from_code(&code.get(), crate::ui::widgets::now_ms() / 1000));
    let name = RwSignal::new(String::new());
    Effect::new(move |_| {
        if let Ok(invite) = invite.get() {
            if name.get_untracked().is_empty() {
                name.set(invite.grant.name.clone());
            }
        }
    });
    let errors = FormErrors::new();
    let busy = RwSignal::new(false);
    let db = StoredValue::new_local(db);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let Ok(invite) = invite.get_untracked() else {
            return;
        };
        let (db, owner, name) = (db.get_value(), owner.clone(), name.get_untracked());
        open_session(busy, errors, on_ready, async move {
            Session::join(db, &invite, &name, owner).await
        });
    };
    let code_error = move || {
        let text = code.get();
        match invite.get() {
            Err(err) if !text.trim().is_empty() => Some(i18n.t(err.message_id())),
            _ => None,
        }
    };
    view! {
        <form class="card" on:submit=submit novalidate>
            <h2>{tr("first-run-join")}</h2>
            <p>{tr("first-run-join-help")}</p>
            <div class="field" class:invalid=move || code_error().is_some()>
                <label for="invite-code-input">{tr("join-code")}</label>
                <textarea
                    id="invite-code-input"
                    name="invite"
                    rows="3"
                    prop:value=move || code.get()
                    on:input=move |ev| code.set(event_target_value(&ev))
                ></textarea>
                <p class="field-error">{code_error}</p>
            </div>
            <TextField msg="field-your-name" name="name" value=name error=errors.field("name") />
            <FormMessage errors=errors />
            <div class="actions">
                <button type="button" class="button" on:click=move |_| step.set(Step::Choose)>
                    {tr("first-run-back")}
                </button>
                <button type="submit" class="button primary" disabled=move || busy.get() || invite.get().is_err()>
                    {tr("join-submit")}
                </button>
            </div>
        </form>
    }
}

/// The invite code of a `/join#<code>` address.
fn invite_in_address() -> Option<String> {
    let location = web_sys::window()?.location();
    let path = location.pathname().ok()?;
    let hash = location.hash().ok()?;
    (path.ends_with("/join") && hash.len() > 1).then(|| hash[1..].to_string())
}

/// Opens the workspace with `opening` (starting or joining), showing what
/// goes wrong on the form and handing the session over when it works.
fn open_session(
    busy: RwSignal<bool>,
    errors: FormErrors,
    on_ready: Callback<Session>,
    opening: impl std::future::Future<Output = Result<Session, SessionError>> + 'static,
) {
    busy.set(true);
    spawn_local(async move {
        let result = opening.await.map_err(into_save_error);
        busy.set(false);
        if let Some(session) = errors.show(result) {
            on_ready.run(session);
        }
    });
}

fn into_save_error(err: SessionError) -> SaveError {
    match err {
        SessionError::Invalid(invalid) => SaveError::Invalid(invalid),
        SessionError::TooNew => SaveError::Failed("schema".into()),
        SessionError::Other(reason) => SaveError::Failed(reason),
    }
}
