//! Members: everyone's role, whether they are active and their workload
//! (open and overdue tasks, as bars with the numbers written out); one
//! member's page with their details, open tasks and, on leadership devices,
//! the private observations.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use super::people::{AddPerson, Departments};
use super::{clock, due_text, Markers, StatusBadge, TeamNav};
use crate::domain::action::Action;
use crate::domain::people::{edit_member, Member, MemberEdit, Role};
use crate::domain::tasks::{is_open, Workload};
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::observations::Observations;
use crate::ui::session::Session;
use crate::ui::widgets::{
    chosen, code_options, department_choices, Checkbox, CodeSelect, FormErrors, FormMessage,
    RecordPicker, SaveError, TextField,
};

#[component]
pub fn MembersPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let rows = Memo::new(move |_| {
        let clock = clock(session);
        let tasks = session.records.tasks;
        // Each member's bucket of the assignee index, each task read in
        // place: no copy of every task.
        let load_of = |member: &str| {
            let mut load = Workload::default();
            session
                .indexes
                .tasks_by_assignee
                .for_each(&member.to_string(), |id| {
                    if let Some(task) = tasks.get_untracked_signal(id) {
                        task.with(|t| load.add(t, &clock));
                    }
                });
            load
        };
        let mut members = session.records.members.values();
        members.sort_by(|a, b| {
            b.active
                .cmp(&a.active)
                .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
        });
        members
            .into_iter()
            .map(|m| {
                let load = load_of(&m.id);
                (m, load)
            })
            .collect::<Vec<_>>()
    });
    // Bars are drawn against the busiest member (at least one task wide).
    let scale = Memo::new(move |_| {
        rows.get()
            .iter()
            .map(|(_, load)| load.open)
            .max()
            .unwrap_or(0)
            .max(1)
    });
    let adding = RwSignal::new(false);
    let may_add = move || session.my_role().is_some_and(Role::is_leadership);
    view! {
        <section class="desk team-desk">
            <header class="desk-header">
                <h1>{tr("members-title")}</h1>
                <Show when=may_add>
                    <button class="button primary" on:click=move |_| adding.set(true) disabled=move || adding.get()>
                        {tr("person-add-title")}
                    </button>
                </Show>
            </header>
            <TeamNav />
            <Show when=move || adding.get()>
                <AddPerson done=Callback::new(move |_| adding.set(false)) />
            </Show>
            <table class="records members">
                <thead>
                    <tr>
                        <th>{tr("field-name")}</th>
                        <th>{tr("field-role")}</th>
                        <th>{tr("field-department")}</th>
                        <th>{tr("member-field-active")}</th>
                        <th>{tr("members-workload")}</th>
                    </tr>
                </thead>
                <tbody>
                    <For each=move || rows.get() key=|(m, load)| (m.clone(), *load) let:row>
                        <MemberRow member=row.0 load=row.1 scale=scale />
                    </For>
                </tbody>
            </table>
            <p class="meta">{tr("members-workload-help")}</p>
            <Departments />
        </section>
    }
}

#[component]
fn MemberRow(member: Member, load: Workload, scale: Memo<usize>) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let department = member
        .department
        .as_deref()
        .and_then(|id| session.department_name(id))
        .unwrap_or_default();
    // A CSS property, not a `style` attribute: the Content-Security-Policy refuses
    // inline style attributes but not styles set through the CSSOM.
    let width = move |count: usize| format!("{}%", count * 100 / scale.get());
    let summary = i18n.t_args(
        "members-load",
        &[("open", load.open.into()), ("overdue", load.overdue.into())],
    );
    view! {
        <tr data-testid="member-row">
            <td>
                <A href=format!("/team/members/{}", member.id)>{member.name.clone()}</A>
            </td>
            <td>{i18n.t(member.role.message_id())}</td>
            <td>{department}</td>
            <td>
                <ActiveBadge active=member.active />
            </td>
            <td class="workload">
                <div class="bars" aria-hidden="true">
                    <span class="bar open" style:width=move || width(load.open)></span>
                    <span class="bar overdue" style:width=move || width(load.overdue)></span>
                </div>
                <span class="load-text" data-testid="workload">{summary}</span>
            </td>
        </tr>
    }
}

#[component]
fn ActiveBadge(active: bool) -> impl IntoView {
    if active {
        view! { <span class="badge member-active">{tr("member-active")}</span> }
    } else {
        view! { <span class="badge member-inactive">{tr("member-inactive")}</span> }
    }
}

#[component]
pub fn MemberPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").unwrap_or_default());
    // Only the member's coming or going re-renders the page (see TaskPage).
    let member = Memo::new(move |_| session.records.members.get(&id()));
    move || match member.get() {
        Some(member) => view! { <MemberDetails id=id() member=member /> }.into_any(),
        None => view! {
            <section class="desk team-desk">
                <TeamNav />
                <p class="empty">{tr("member-not-found")}</p>
                <A href="/team/members">{tr("members-back")}</A>
            </section>
        }
        .into_any(),
    }
}

#[component]
fn MemberDetails(id: String, member: RwSignal<Member>) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let editing = RwSignal::new(false);
    let observed = id.clone();
    let edited = id.clone();
    view! {
        <section class="desk team-desk member-page">
            <TeamNav />
            <A href="/team/members" attr:class="back">{tr("members-back")}</A>
            <header class="desk-header">
                <div>
                    <h1>{move || member.with(|m| m.name.clone())}</h1>
                    <p class="subtitle">
                        <span>{move || i18n.t(member.with(|m| m.role.message_id()))}</span>
                        {move || view! { <ActiveBadge active=member.with(|m| m.active) /> }}
                    </p>
                    <Contact member=member />
                </div>
                <button class="button" on:click=move |_| editing.set(true) disabled=move || editing.get()>
                    {tr("action-edit")}
                </button>
            </header>
            <Show when=move || editing.get()>
                <EditMember id=edited.clone() member=member done=Callback::new(move |_| editing.set(false)) />
            </Show>
            <OpenTasks member_id=id.clone() />
            <Show when=move || session.holds_leadership()>
                <Observations member_id=observed.clone() />
            </Show>
        </section>
    }
}

/// The member's department, how to reach them, and whether they use a
/// device yet.
#[component]
fn Contact(member: RwSignal<Member>) -> impl IntoView {
    let session = expect_context::<Session>();
    let department = move || {
        member
            .with(|m| m.department.clone())
            .and_then(|id| session.department_name(&id))
    };
    let email = move || Some(member.with(|m| m.email.clone())).filter(|e| !e.is_empty());
    let phone = move || Some(member.with(|m| m.phone.clone())).filter(|p| !p.is_empty());
    let id = member.with_untracked(|m| m.id.clone());
    let has_device = move || {
        session
            .records
            .devices
            .values()
            .iter()
            .any(|device| device.member == id)
    };
    view! {
        <p class="meta contact" data-testid="member-contact">
            {move || department().map(|name| view! { <span class="department">{name}</span> " " })}
            {move || email().map(|email| view! { <a href=format!("mailto:{email}")>{email.clone()}</a> " " })}
            {move || phone().map(|phone| view! { <a href=format!("tel:{phone}")>{phone.clone()}</a> })}
        </p>
        <Show when=move || !has_device()>
            <p class="meta" data-testid="no-device">{tr("member-no-device")}</p>
        </Show>
    }
}

/// The member's open tasks, by due day.
#[component]
fn OpenTasks(member_id: String) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let tasks = Memo::new(move |_| {
        let records = session.records.tasks;
        session.indexes.tasks_by_assignee.filter(&member_id, |id| {
            records
                .get_untracked_signal(id)
                .is_some_and(|task| task.with(is_open))
        })
    });
    view! {
        <section class="panel">
            <header class="panel-header">
                <h2>{tr("member-open-tasks")}</h2>
            </header>
            <Show when=move || !tasks.get().is_empty() fallback=|| view! { <p class="empty">{tr("member-no-tasks")}</p> }>
                <ul class="member-tasks">
                    <For each=move || tasks.get() key=|id| id.clone() let:id>
                        {session.records.tasks.get_untracked_signal(&id).map(|task| view! {
                            <li>
                                <A href=format!("/team/tasks/{id}")>{move || task.with(|t| t.title.clone())}</A>
                                " "
                                <StatusBadge status=Signal::derive(move || task.with(|t| t.status)) />
                                " "
                                <span class="meta">{move || task.with(|t| due_text(i18n, t)).unwrap_or_default()}</span>
                                " "
                                <Markers task=task />
                            </li>
                        })}
                    </For>
                </ul>
            </Show>
        </section>
    }
}

/// Name, role and active flag. Roles decide who receives the leadership
/// records, so a team device shows the role with the reason it is locked.
#[component]
fn EditMember(id: String, member: RwSignal<Member>, done: Callback<()>) -> impl IntoView {
    let session = expect_context::<Session>();
    let original = member.with_untracked(MemberEdit::from_member);
    let name = RwSignal::new(original.name.clone());
    let role = RwSignal::new(original.role.code().to_string());
    let active = RwSignal::new(original.active);
    let department = RwSignal::new(original.department.clone().unwrap_or_default());
    let email = RwSignal::new(original.email.clone());
    let phone = RwSignal::new(original.phone.clone());
    let may_change_roles = session.holds_leadership();
    let i18n = use_i18n();
    let fixed_role = i18n.t(original.role.message_id());
    let errors = FormErrors::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let edited = MemberEdit {
            name: name.get_untracked(),
            role: Role::from_code(&role.get_untracked()).unwrap_or(original.role),
            active: active.get_untracked(),
            department: chosen(department.get_untracked()),
            email: email.get_untracked(),
            phone: phone.get_untracked(),
        };
        let is_department = session.is_department();
        let saved: Result<Member, SaveError> = session
            .update(
                &id,
                "name",
                (Action::MemberEdit, &edited.name),
                |current: &mut Member| {
                    edit_member(current, &original, &edited, may_change_roles, is_department)
                },
            )
            .map_err(Into::into);
        if errors.show(saved).is_some() {
            done.run(());
        }
    };
    let roles = code_options(Role::ALL);
    view! {
        <form class="inline-form member-form" on:submit=submit novalidate>
            <TextField msg="field-name" name="name" value=name error=errors.field("name") />
            {if may_change_roles {
                view! { <CodeSelect msg="field-role" name="role" value=role options=roles error=errors.field("role") /> }.into_any()
            } else {
                view! {
                    <div class="field">
                        <span class="label">{tr("field-role")}</span>
                        <p>{fixed_role}</p>
                        <p class="meta" data-testid="role-locked">{tr("member-role-locked")}</p>
                    </div>
                }
                .into_any()
            }}
            <RecordPicker msg="field-department" name="department" value=department
                choices=department_choices() none="department-none" error=errors.field("department") />
            <TextField msg="field-email" name="email" value=email error=errors.field("email") />
            <TextField msg="field-phone" name="phone" value=phone error=errors.field("phone") />
            <Checkbox msg="member-active-label" name="active" value=active />
            <FormMessage errors=errors />
            <div class="actions">
                <button type="button" class="button" on:click=move |_| done.run(())>{tr("action-cancel")}</button>
                <button type="submit" class="button primary">{tr("action-save")}</button>
            </div>
        </form>
    }
}
