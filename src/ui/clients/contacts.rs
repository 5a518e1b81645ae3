//! A client's contacts: list, add, edit in place, remove.

use leptos::prelude::*;

use crate::domain::action::Action;
use crate::domain::clients::{
    add_contact, edit_contact, remove_contact, Client, Contact, ContactInput,
};
use crate::domain::validation::Invalid;
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::{confirmed, FormErrors, FormMessage, SaveError, TextField};

/// Applies `edit` to the current state of the client in one change.
fn change_client(
    session: Session,
    client_id: &str,
    action: Action,
    edit: impl FnOnce(&mut Client) -> Result<(), Invalid>,
) -> Result<(), SaveError> {
    let label = session.records.clients.get_untracked_signal(client_id);
    let label = label
        .map(|c| c.with_untracked(|c| c.name.clone()))
        .unwrap_or_default();
    session.update(client_id, "name", (action, &label), edit)?;
    Ok(())
}

#[component]
pub fn Contacts(client: RwSignal<Client>) -> impl IntoView {
    let adding = RwSignal::new(false);
    let editing = RwSignal::new(None::<String>);
    let session = expect_context::<Session>();
    let client_id = client.with_untracked(|c| c.id.clone());
    let contacts = move || {
        let mut contacts: Vec<Contact> = client.with(|c| c.contacts.values().cloned().collect());
        contacts.sort_by_key(|c| c.name.to_lowercase());
        contacts
    };
    let add_id = client_id.clone();
    let row_client_id = StoredValue::new(client_id);
    let add = Callback::new(move |input: ContactInput| {
        change_client(session, &add_id, Action::ContactAdd, |c| {
            add_contact(c, &input).map(drop)
        })?;
        adding.set(false);
        Ok(())
    });
    view! {
        <section class="panel contacts">
            <header class="panel-header">
                <h2>{tr("contacts-title")}</h2>
                <button class="button small" on:click=move |_| adding.set(true) disabled=move || adding.get()>
                    {tr("contacts-add")}
                </button>
            </header>
            <Show when=move || adding.get()>
                <ContactForm initial=ContactInput::default() save=add cancel=Callback::new(move |_| adding.set(false)) />
            </Show>
            <Show when=move || !contacts().is_empty() fallback=|| view! { <p class="empty">{tr("contacts-empty")}</p> }>
                <ul class="contact-list">
                    <For each=contacts key=|c| (c.id.clone(), c.name.clone(), c.role.clone(), c.email.clone(), c.phone.clone()) let:contact>
                        <ContactRow contact=contact client_id=row_client_id.get_value() editing=editing />
                    </For>
                </ul>
            </Show>
        </section>
    }
}

#[component]
fn ContactRow(
    contact: Contact,
    client_id: String,
    editing: RwSignal<Option<String>>,
) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let contact_id = contact.id.clone();
    let is_editing = {
        let id = contact_id.clone();
        move || editing.get().as_deref() == Some(id.as_str())
    };
    let original = ContactInput::from_contact(&contact);
    let save = {
        let (client_id, contact_id, original) =
            (client_id.clone(), contact_id.clone(), original.clone());
        Callback::new(move |input: ContactInput| {
            change_client(session, &client_id, Action::ContactEdit, |c| {
                edit_contact(c, &contact_id, &original, &input)
            })?;
            editing.set(None);
            Ok(())
        })
    };
    let remove = {
        let (client_id, contact_id, name) =
            (client_id.clone(), contact_id.clone(), contact.name.clone());
        move |_| {
            let question = i18n.t_args("contacts-remove-confirm", &[("name", name.clone().into())]);
            if confirmed(&question) {
                session.notices.report(change_client(
                    session,
                    &client_id,
                    Action::ContactRemove,
                    |c| {
                        remove_contact(c, &contact_id);
                        Ok(())
                    },
                ));
            }
        }
    };
    let edit_id = contact_id.clone();
    let view_contact = contact.clone();
    view! {
        <li class="contact">
            <Show
                when=is_editing.clone()
                fallback=move || {
                    let c = view_contact.clone();
                    let edit_id = edit_id.clone();
                    view! {
                        <div class="contact-details">
                            <strong>{c.name.clone()}</strong>
                            <span class="muted">{c.role.clone()}</span>
                            {(!c.email.is_empty()).then(|| view! { <a href=format!("mailto:{}", c.email)>{c.email.clone()}</a> })}
                            {(!c.phone.is_empty()).then(|| view! { <a href=format!("tel:{}", c.phone)>{c.phone.clone()}</a> })}
                        </div>
                        <div class="row-actions">
                            <button class="button small" on:click=move |_| editing.set(Some(edit_id.clone()))>{tr("action-edit")}</button>
                            <button class="button small danger" on:click=remove.clone()>{tr("action-remove")}</button>
                        </div>
                    }
                }
            >
                <ContactForm initial=original.clone() save=save cancel=Callback::new(move |_| editing.set(None)) />
            </Show>
        </li>
    }
}

#[component]
fn ContactForm(
    initial: ContactInput,
    save: Callback<ContactInput, Result<(), SaveError>>,
    cancel: Callback<()>,
) -> impl IntoView {
    let name = RwSignal::new(initial.name);
    let role = RwSignal::new(initial.role);
    let email = RwSignal::new(initial.email);
    let phone = RwSignal::new(initial.phone);
    let errors = FormErrors::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let input = ContactInput {
            name: name.get_untracked(),
            role: role.get_untracked(),
            email: email.get_untracked(),
            phone: phone.get_untracked(),
        };
        errors.show(save.run(input));
    };
    view! {
        <form class="inline-form contact-form" on:submit=submit novalidate>
            <TextField msg="field-name" name="contact-name" value=name error=errors.field("name") />
            <TextField msg="field-contact-role" name="contact-role" value=role error=errors.field("role") />
            <TextField msg="field-email" name="contact-email" kind="email" value=email error=errors.field("email") />
            <TextField msg="field-phone" name="contact-phone" kind="tel" value=phone error=errors.field("phone") />
            <FormMessage errors=errors />
            <div class="actions">
                <button type="button" class="button" on:click=move |_| cancel.run(())>{tr("action-cancel")}</button>
                <button type="submit" class="button primary">{tr("action-save")}</button>
            </div>
        </form>
    }
}
