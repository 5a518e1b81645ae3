//! Adding people and departments on a leadership device: a person added
//! here can be assigned tasks, invited to meetings and sent messages at
//! once, with or without a device of their own.

use leptos::prelude::*;

use crate::domain::people::{MemberInput, Role};
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::{
    chosen, code_options, department_choices, CodeSelect, FormErrors, FormMessage, RecordPicker,
    TextField,
};

/// The "add a person" form; `done` runs after adding and on cancel.
#[component]
pub fn AddPerson(done: Callback<()>) -> impl IntoView {
    let session = expect_context::<Session>();
    let name = RwSignal::new(String::new());
    let role = RwSignal::new(Role::TeamMember.code().to_string());
    let department = RwSignal::new(String::new());
    let email = RwSignal::new(String::new());
    let phone = RwSignal::new(String::new());
    let errors = FormErrors::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let input = MemberInput {
            name: name.get_untracked(),
            role: Role::from_code(&role.get_untracked()).unwrap_or_default(),
            department: chosen(department.get_untracked()),
            email: email.get_untracked(),
            phone: phone.get_untracked(),
        };
        if errors.show(session.add_member(&input)).is_some() {
            done.run(());
        }
    };
    view! {
        <section class="panel compose">
            <h2>{tr("person-add-title")}</h2>
            <p class="muted">{tr("person-add-help")}</p>
            <form class="inline-form" on:submit=submit novalidate>
                <div class="row">
                    <TextField msg="field-name" name="person-name" value=name error=errors.field("name") />
                    <CodeSelect msg="field-role" name="person-role" value=role options=code_options(Role::ALL) />
                    <RecordPicker msg="field-department" name="person-department" value=department
                        choices=department_choices() none="department-none" error=errors.field("department") />
                </div>
                <div class="row">
                    <TextField msg="field-email" name="person-email" value=email error=errors.field("email") />
                    <TextField msg="field-phone" name="person-phone" value=phone error=errors.field("phone") />
                </div>
                <FormMessage errors=errors />
                <div class="actions">
                    <button type="button" class="button" on:click=move |_| done.run(())>{tr("action-cancel")}</button>
                    <button type="submit" class="button primary">{tr("person-add")}</button>
                </div>
            </form>
        </section>
    }
}

/// The departments with how many active people each has, and (on a
/// leadership device) a form to add one.
#[component]
pub fn Departments() -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let rows = Memo::new(move |_| {
        let members = session.records.members.values();
        department_choices()
            .get()
            .into_iter()
            .map(|(id, name)| {
                let count = members
                    .iter()
                    .filter(|m| m.active && m.department.as_deref() == Some(id.as_str()))
                    .count();
                (id, name, count)
            })
            .collect::<Vec<_>>()
    });
    let name = RwSignal::new(String::new());
    let errors = FormErrors::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if errors
            .show(session.add_department(&name.get_untracked()))
            .is_some()
        {
            name.set(String::new());
        }
    };
    let may_add = move || session.my_role().is_some_and(Role::is_leadership);
    view! {
        <section class="panel departments">
            <header class="panel-header">
                <h2>{tr("departments-title")}</h2>
            </header>
            <Show when=move || !rows.get().is_empty() fallback=|| view! { <p class="empty">{tr("departments-empty")}</p> }>
                <ul class="plain" data-testid="departments-list">
                    <For each=move || rows.get() key=|row| row.clone() let((_, name, count))>
                        <li>
                            <strong>{name}</strong>
                            " "
                            <span class="meta">{i18n.t_args("departments-people", &[("count", count.into())])}</span>
                        </li>
                    </For>
                </ul>
            </Show>
            <Show when=may_add>
                <form class="inline-form" on:submit=submit novalidate>
                    <div class="row">
                        <TextField msg="department-name" name="department-name" value=name error=errors.field("name") />
                    </div>
                    <FormMessage errors=errors />
                    <div class="actions">
                        <button type="submit" class="button">{tr("department-add")}</button>
                    </div>
                </form>
            </Show>
        </section>
    }
}
