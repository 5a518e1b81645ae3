//! Adding and editing a client. Nothing is written unless every field is
//! valid; an edit writes only the fields the user changed.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map};

use crate::domain::action::Action;
use crate::domain::clients::{create_client, edit_client, Client, ClientInput, ClientStatus};
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::{
    chosen, code_options, member_choices, now_ms, CodeSelect, FormErrors, FormMessage,
    RecordPicker, SaveError, TextField,
};

#[component]
pub fn ClientNew() -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let save = Callback::new(move |input: ClientInput| {
        let client = create_client(&input, session.is_member(), &session.me(), now_ms())?;
        session.change_team(Action::ClientCreate, &client.name, |w| {
            w.put(&client.id, &client)
        })?;
        Ok(client.id)
    });
    let initial = ClientInput {
        owner: Some(session.me()),
        ..Default::default()
    };
    view! {
        <ClientForm
            title=Signal::derive(move || i18n.t("client-new-title"))
            initial=initial
            save=save
            cancel_href="/clients".to_string()
        />
    }
}

#[component]
pub fn ClientEdit() -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let id = use_params_map()
        .get_untracked()
        .get("id")
        .unwrap_or_default();
    let Some(client) = session.records.clients.get_untracked_signal(&id) else {
        return view! { <p class="empty">{tr("client-not-found")}</p> }.into_any();
    };
    let initial = ClientInput::from_client(&client.get_untracked());
    let original = initial.clone();
    let client_id = id.clone();
    let save = Callback::new(move |input: ClientInput| {
        session.update(
            &client_id,
            "name",
            (Action::ClientEdit, &input.name),
            |current: &mut Client| edit_client(current, &original, &input, session.is_member()),
        )?;
        Ok(client_id.clone())
    });
    let title = Signal::derive(move || {
        i18n.t_args(
            "client-edit-title",
            &[("name", client.with(|c| c.name.clone()).into())],
        )
    });
    view! { <ClientForm title=title initial=initial save=save cancel_href=format!("/clients/{id}") /> }
        .into_any()
}

#[component]
fn ClientForm(
    title: Signal<String>,
    initial: ClientInput,
    /// Saves the input; returns the client's id.
    save: Callback<ClientInput, Result<String, SaveError>>,
    cancel_href: String,
) -> impl IntoView {
    let name = RwSignal::new(initial.name);
    let company = RwSignal::new(initial.company);
    let status = RwSignal::new(initial.status.code().to_string());
    let owner = RwSignal::new(initial.owner.unwrap_or_default());
    let notes = RwSignal::new(initial.notes);
    let errors = FormErrors::new();
    let navigate = use_navigate();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let input = ClientInput {
            name: name.get_untracked(),
            company: company.get_untracked(),
            status: ClientStatus::from_code(&status.get_untracked()).unwrap_or_default(),
            owner: chosen(owner.get_untracked()),
            notes: notes.get_untracked(),
        };
        if let Some(id) = errors.show(save.run(input)) {
            navigate(&format!("/clients/{id}"), Default::default());
        }
    };
    view! {
        <section class="desk narrow">
            <h1>{move || title.get()}</h1>
            <form class="card" on:submit=submit novalidate>
                <TextField msg="field-name" name="name" value=name error=errors.field("name") />
                <TextField msg="field-company" name="company" value=company error=errors.field("company") />
                <CodeSelect msg="field-status" name="status" value=status options=code_options(ClientStatus::ALL) />
                <RecordPicker msg="field-owner" name="owner" value=owner choices=member_choices(owner) none="field-owner-none" error=errors.field("owner") />
                <TextField msg="field-notes" name="notes" value=notes multiline=true error=errors.field("notes") />
                <FormMessage errors=errors />
                <div class="actions">
                    <A href=cancel_href attr:class="button">{tr("action-cancel")}</A>
                    <button type="submit" class="button primary">{tr("action-save")}</button>
                </div>
            </form>
        </section>
    }
}
