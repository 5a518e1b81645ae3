//! A client's checklists on the client page: starting onboarding or
//! offboarding, ticking steps, owners and progress.

use leptos::prelude::*;

use super::{change_checklist, ProgressBar};
use crate::domain::action::Action;
use crate::domain::calendar::day_of;
use crate::domain::checklists::{
    default_template, start_checklist, Checklist, ChecklistKind, ChecklistStep, ChecklistTemplate,
};
use crate::domain::validation::Invalid;
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::confirmed;
use crate::ui::widgets::{chosen, member_choices, ChoiceOptions, RecordPicker};
use crate::ui::widgets::{device_zone, format_datetime, format_day, now_ms, SaveError};

/// A client's checklists, newest first, and starting one.
#[component]
pub fn ClientChecklists(client_id: String) -> impl IntoView {
    let session = expect_context::<Session>();
    let id = client_id.clone();
    // The client's bucket of the index only: another client's checklist
    // changes nothing here.
    let checklists =
        Memo::new(move |_| session.indexes.checklists_by_client.first(&id, usize::MAX));
    view! {
        <section class="panel client-checklists" aria-labelledby="checklists-title">
            <header class="panel-header">
                <h2 id="checklists-title">{tr("checklists-title")}</h2>
            </header>
            <StartChecklist client_id=client_id />
            <Show when=move || !checklists.get().is_empty() fallback=|| view! { <p class="empty">{tr("checklists-empty")}</p> }>
                <For each=move || checklists.get() key=|id| id.clone() let:id>
                    <ChecklistCard id=id />
                </For>
            </Show>
        </section>
    }
}

/// The templates of `kind` that have steps, by name.
fn usable_templates(session: Session, kind: ChecklistKind) -> Vec<ChecklistTemplate> {
    let mut templates: Vec<_> = session
        .records
        .checklist_templates
        .values()
        .into_iter()
        .filter(|t| t.kind == kind && !t.steps.is_empty())
        .collect();
    templates.sort_by_key(|t| t.name.to_lowercase());
    templates
}

/// Whether the workspace has any template of `kind`, even an empty one.
fn has_templates(session: Session, kind: ChecklistKind) -> bool {
    session
        .records
        .checklist_templates
        .values()
        .iter()
        .any(|t| t.kind == kind)
}

/// Starts a checklist of `template` (or, with none, of the kind's default
/// template, recorded first so it can be edited later) for the client.
fn start(
    session: Session,
    client_id: &str,
    kind: ChecklistKind,
    template: Option<ChecklistTemplate>,
    translate: impl Fn(&str) -> String,
) -> Result<(), SaveError> {
    let now = now_ms();
    let me = session.me();
    let (template, is_new) = match template {
        Some(t) => (t, false),
        None => (default_template(kind, translate, &me, now), true),
    };
    let checklist = start_checklist(&template, client_id, &me, now, &device_zone());
    session.change_team(Action::ChecklistStart, &checklist.name, |w| {
        if is_new {
            w.put(&template.id, &template)?;
        }
        w.put(&checklist.id, &checklist)
    })?;
    Ok(())
}

/// "Start onboarding" and "Start offboarding", asking which template when a
/// kind has several. A kind already in progress for the client is not
/// offered again.
#[component]
fn StartChecklist(client_id: String) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let choosing = RwSignal::new(None::<ChecklistKind>);
    let template = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<&'static str>);
    let client_id = StoredValue::new(client_id);
    // The client's own checklists, read in place: ticking a step anywhere
    // else, or here, does not copy every checklist of the workspace.
    let in_progress = move |kind: ChecklistKind| {
        client_id.with_value(|id| {
            !session
                .indexes
                .checklists_by_client
                .matching(id, session.records.checklists, |c| {
                    c.kind == kind && !c.is_complete()
                })
                .is_empty()
        })
    };
    let run = move |kind: ChecklistKind, template: Option<ChecklistTemplate>| {
        let result = client_id.with_value(|id| start(session, id, kind, template, |m| i18n.t(m)));
        match result {
            Ok(()) => {
                choosing.set(None);
                problem.set(None);
            }
            Err(SaveError::Invalid(_)) => problem.set(Some("error-unknown-record")),
            Err(SaveError::Failed(_)) => problem.set(Some("checklists-start-failed")),
        }
    };
    let begin = move |kind: ChecklistKind| {
        problem.set(None);
        let usable = usable_templates(session, kind);
        match usable.as_slice() {
            [] if has_templates(session, kind) => problem.set(Some("checklists-no-steps")),
            [] => run(kind, None),
            [only] => run(kind, Some(only.clone())),
            [first, ..] => {
                template.set(first.id.clone());
                choosing.set(Some(kind));
            }
        }
    };
    let confirm_choice = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(kind) = choosing.get_untracked() else {
            return;
        };
        let template = usable_templates(session, kind)
            .into_iter()
            .find(|t| t.id == template.get_untracked());
        match template {
            Some(t) => run(kind, Some(t)),
            None => problem.set(Some("error-unknown-record")),
        }
    };
    let buttons = ChecklistKind::ALL
        .iter()
        .map(|kind| {
            let kind = *kind;
            let label = match kind {
                ChecklistKind::Onboarding => "checklists-start-onboarding",
                ChecklistKind::Offboarding => "checklists-start-offboarding",
            };
            view! {
                <Show when=move || !in_progress(kind)>
                    <button class="button" on:click=move |_| begin(kind) disabled=move || choosing.get().is_some()>
                        {tr(label)}
                    </button>
                </Show>
            }
        })
        .collect_view();
    let templates = Signal::derive(move || {
        choosing
            .get()
            .map(|kind| usable_templates(session, kind))
            .unwrap_or_default()
            .into_iter()
            .map(|t| (t.id, t.name))
            .collect::<Vec<_>>()
    });
    view! {
        <div class="checklist-start">{buttons}</div>
        {move || problem.get().map(|id| view! { <p class="form-message" role="alert">{move || i18n.t(id)}</p> })}
        <Show when=move || choosing.get().is_some()>
            <form class="inline-form" on:submit=confirm_choice>
                <RecordPicker msg="checklists-choose-template" name="template" value=template choices=templates />
                <div class="actions">
                    <button type="button" class="button" on:click=move |_| choosing.set(None)>{tr("action-cancel")}</button>
                    <button type="submit" class="button primary">{tr("checklists-start")}</button>
                </div>
            </form>
        </Show>
    }
}

/// One checklist: its progress and steps, collapsed once complete.
#[component]
fn ChecklistCard(id: String) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let Some(checklist) = session.records.checklists.get_untracked_signal(&id) else {
        return ().into_any();
    };
    let started = move || {
        let (by, at) = checklist.with(|c| (c.started_by.clone(), c.started_at));
        let name = session
            .member_name(&by)
            .unwrap_or_else(|| i18n.t("member-unknown"));
        i18n.t_args(
            "checklist-started",
            &[
                ("name", name.into()),
                ("when", format_datetime(at, i18n.locale()).into()),
            ],
        )
    };
    let steps = move || {
        checklist.with(|c| {
            c.ordered_steps()
                .into_iter()
                .map(|s| s.id.clone())
                .collect::<Vec<_>>()
        })
    };
    let remove = move |_| {
        let (id, name) = checklist.with_untracked(|c| (c.id.clone(), c.name.clone()));
        if confirmed(&i18n.t_args("checklist-remove-confirm", &[("name", name.clone().into())])) {
            session
                .notices
                .report(session.change_team(Action::ChecklistRemove, &name, |w| {
                    w.remove::<Checklist>(&id)
                }));
        }
    };
    let complete = Memo::new(move |_| checklist.with(Checklist::is_complete));
    view! {
        <details class="checklist" open=move || !complete.get() data-testid="checklist">
            <summary>
                <span class=move || format!("badge kind-{}", checklist.with(|c| c.kind.code()))>
                    {move || i18n.t(checklist.with(|c| c.kind.message_id()))}
                </span>
                <strong class="checklist-name">{move || checklist.with(|c| c.name.clone())}</strong>
                {move || view! { <ProgressBar progress=checklist.with(Checklist::progress) /> }}
            </summary>
            <p class="meta">{started}</p>
            <ol class="checklist-steps">
                <For each=steps key=|id| id.clone() let:step_id>
                    <StepRow checklist=checklist step_id=step_id />
                </For>
            </ol>
            <div class="actions">
                <button class="button small danger" on:click=remove>{tr("checklist-remove")}</button>
            </div>
        </details>
    }
    .into_any()
}

/// A change to one step of a checklist's current state.
type StepEdit = Box<dyn FnOnce(&mut Checklist) -> Result<(), Invalid>>;

/// One step: tick, owner, due day (marked when overdue) and who did it.
#[component]
fn StepRow(checklist: RwSignal<Checklist>, step_id: String) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let step_id = StoredValue::new(step_id);
    let step =
        Memo::new(move |_| step_id.with_value(|id| checklist.with(|c| c.steps.get(id).cloned())));
    let read =
        move |f: fn(&ChecklistStep) -> String| step.with(|s| s.as_ref().map(f).unwrap_or_default());
    let checkbox_id = step_id.with_value(|id| format!("step-{id}"));
    let error = RwSignal::new(None::<SaveError>);
    let edit = move |action: Action, apply: StepEdit| {
        let (id, label) = checklist.with_untracked(|c| (c.id.clone(), c.name.clone()));
        error.set(change_checklist(session, &id, action, &label, apply).err());
    };
    let toggle = move |ev: leptos::ev::Event| {
        let done = event_target_checked(&ev);
        let id = step_id.get_value();
        if done {
            let me = session.me();
            edit(
                Action::ChecklistStepDone,
                Box::new(move |c| c.complete_step(&id, &me, now_ms())),
            );
        } else {
            edit(
                Action::ChecklistStepReopen,
                Box::new(move |c| c.reopen_step(&id)),
            );
        }
    };
    let owner = Signal::derive(move || {
        step.with(|s| s.as_ref().and_then(|s| s.owner.clone()).unwrap_or_default())
    });
    let assign = move |ev: leptos::ev::Event| {
        let owner = chosen(event_target_value(&ev));
        let id = step_id.get_value();
        let is_member = session.is_member();
        edit(
            Action::ChecklistStepAssign,
            Box::new(move |c| c.assign_step(&id, owner, is_member)),
        );
    };
    let today = move || day_of(now_ms(), &device_zone());
    let overdue = move || step.with(|s| s.as_ref().is_some_and(|s| s.is_overdue(today())));
    let due = move || {
        step.with(|s| s.as_ref().and_then(|s| s.due_on.clone()))
            .map(|day| {
                let id = if overdue() {
                    "checklist-step-overdue"
                } else {
                    "checklist-step-due"
                };
                i18n.t_args(id, &[("day", format_day(&day, i18n.locale()).into())])
            })
    };
    let done_by = move || {
        step.with(|s| s.as_ref().and_then(|s| s.done.clone()))
            .map(|done| {
                let name = session
                    .member_name(&done.by)
                    .unwrap_or_else(|| i18n.t("member-unknown"));
                i18n.t_args(
                    "checklist-step-done-by",
                    &[
                        ("name", name.into()),
                        ("when", format_datetime(done.at, i18n.locale()).into()),
                    ],
                )
            })
    };
    let is_done = move || step.with(|s| s.as_ref().is_some_and(|s| s.done.is_some()));
    let owner_label = move || {
        i18n.t_args(
            "checklist-step-owner",
            &[("title", read(|s| s.title.clone()).into())],
        )
    };
    view! {
        <li class="checklist-step" class:done=is_done class:overdue=overdue data-testid="checklist-step">
            <div class="step-main">
                <input type="checkbox" id=checkbox_id.clone() prop:checked=is_done on:change=toggle />
                <label for=checkbox_id>{move || read(|s| s.title.clone())}</label>
            </div>
            <div class="step-details">
                {move || due().map(|text| view! { <span class="step-due" class:overdue=overdue>{text}</span> })}
                <select class="step-owner" aria-label=owner_label on:change=assign prop:value=move || owner.get()>
                    <ChoiceOptions selected=owner choices=member_choices(owner) none=Some("field-owner-none") />
                </select>
            </div>
            {move || done_by().map(|text| view! { <p class="meta step-done-by">{text}</p> })}
            {move || error.get().map(|_| view! { <p class="form-message" role="alert">{tr("checklist-step-save-failed")}</p> })}
        </li>
    }
}
