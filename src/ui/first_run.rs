//! The first visit on a device: start a workspace, or learn how to join one.

use std::rc::Rc;

use indexed_db_futures::database::Database;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::people::{MemberInput, Role};
use crate::ui::i18n::tr;
use crate::ui::session::{Session, SessionError};
use crate::ui::widgets::{CodeSelect, FormErrors, FormMessage, SaveError, TextField};

#[derive(Clone, Copy, PartialEq)]
enum Step {
    Choose,
    Start,
    Join,
}

#[component]
pub fn FirstRun(db: Rc<Database>, owner: Owner, on_ready: Callback<Session>) -> impl IntoView {
    let step = RwSignal::new(Step::Choose);
    let db = StoredValue::new_local(db);
    view! {
        <div class="first-run">
            <h1>{tr("first-run-title")}</h1>
            <p class="lead">{tr("first-run-intro")}</p>
            {move || match step.get() {
                Step::Choose => view! { <Choose step=step /> }.into_any(),
                Step::Start => {
                    view! { <Start db=db.get_value() owner=owner.clone() on_ready=on_ready step=step /> }
                        .into_any()
                }
                Step::Join => view! { <Join step=step /> }.into_any(),
            }}
            <crate::app::LanguageSwitch />
        </div>
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
        };
        busy.set(true);
        let db = db.get_value();
        let owner = owner.clone();
        spawn_local(async move {
            let result = Session::start(db, &input, owner)
                .await
                .map_err(|err| match err {
                    SessionError::Invalid(invalid) => SaveError::Invalid(invalid),
                    SessionError::TooNew => SaveError::Failed("schema".into()),
                    SessionError::Other(reason) => SaveError::Failed(reason),
                });
            busy.set(false);
            if let Some(session) = errors.show(result) {
                on_ready.run(session);
            }
        });
    };
    let roles = Role::ALL
        .iter()
        .map(|r| (r.code(), r.message_id()))
        .collect();
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

#[component]
fn Join(step: RwSignal<Step>) -> impl IntoView {
    view! {
        <div class="card">
            <h2>{tr("first-run-join")}</h2>
            <p>{tr("first-run-join-help")}</p>
            <div class="actions">
                <button type="button" class="button" on:click=move |_| step.set(Step::Choose)>
                    {tr("first-run-back")}
                </button>
            </div>
        </div>
    }
}
