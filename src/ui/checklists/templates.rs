//! The checklist templates: create, rename and delete templates, and add,
//! edit, reorder and remove their steps. Every change reads the template's
//! current state first, so edits from another device merge.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::domain::action::Action;
use crate::domain::checklists::{
    create_template, default_template, ChecklistKind, ChecklistTemplate, StepInput, TemplateStep,
};
use crate::domain::validation::Invalid;
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::confirmed;
use crate::ui::widgets::{chosen, code_options, member_choices, RecordPicker};
use crate::ui::widgets::{now_ms, CodeSelect, FormErrors, FormMessage, SaveError, TextField};

/// Applies `edit` to the current state of template `id` and records who
/// changed it, in one change.
fn change_template(
    session: Session,
    id: &str,
    action: Action,
    edit: impl FnOnce(&mut ChecklistTemplate) -> Result<(), Invalid>,
) -> Result<(), SaveError> {
    let label = session.records.checklist_templates.get_untracked_signal(id);
    let label = label
        .map(|t| t.with_untracked(|t| t.name.clone()))
        .unwrap_or_default();
    session.update(
        id,
        "name",
        (action, &label),
        |current: &mut ChecklistTemplate| {
            edit(current)?;
            current.touch(&session.me(), now_ms());
            Ok(())
        },
    )?;
    Ok(())
}

#[component]
pub fn TemplatesPage() -> impl IntoView {
    view! {
        <section class="desk templates-desk">
            <A href="/onboarding" attr:class="back">{tr("templates-back")}</A>
            <header class="desk-header">
                <h1>{tr("templates-title")}</h1>
            </header>
            <NewTemplate />
            {ChecklistKind::ALL.iter().map(|kind| view! { <KindTemplates kind=*kind /> }).collect_view()}
        </section>
    }
}

/// The form that creates an empty template.
#[component]
fn NewTemplate() -> impl IntoView {
    let session = expect_context::<Session>();
    let name = RwSignal::new(String::new());
    let kind = RwSignal::new(ChecklistKind::Onboarding.code().to_string());
    let errors = FormErrors::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let kind = ChecklistKind::from_code(&kind.get_untracked()).unwrap_or_default();
        let saved = create_template(kind, &name.get_untracked(), &session.me(), now_ms())
            .map_err(SaveError::from)
            .and_then(|t| {
                session
                    .change_team(Action::TemplateCreate, &t.name, |w| w.put(&t.id, &t))
                    .map_err(SaveError::from)
            });
        if errors.show(saved).is_some() {
            name.set(String::new());
        }
    };
    let kinds = code_options(ChecklistKind::ALL);
    view! {
        <form class="card new-template" on:submit=submit novalidate>
            <h2>{tr("templates-new")}</h2>
            <div class="row">
                <TextField msg="field-template-name" name="template-name" value=name error=errors.field("name") />
                <CodeSelect msg="field-kind" name="template-kind" value=kind options=kinds />
            </div>
            <FormMessage errors=errors />
            <div class="actions">
                <button type="submit" class="button primary">{tr("templates-create")}</button>
            </div>
        </form>
    }
}

/// The templates of one kind; the default template on offer when there are
/// none.
#[component]
fn KindTemplates(kind: ChecklistKind) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let ids = Memo::new(move |_| {
        let mut templates: Vec<_> = session
            .records
            .checklist_templates
            .values()
            .into_iter()
            .filter(|t| t.kind == kind)
            .collect();
        templates.sort_by(|a, b| {
            a.name
                .to_lowercase()
                .cmp(&b.name.to_lowercase())
                .then_with(|| a.id.cmp(&b.id))
        });
        templates.into_iter().map(|t| t.id).collect::<Vec<_>>()
    });
    let add_default = move |_| {
        let template = default_template(kind, |id| i18n.t(id), &session.me(), now_ms());
        session.notices.report(
            session.change_team(Action::TemplateCreate, &template.name, |w| {
                w.put(&template.id, &template)
            }),
        );
    };
    let heading = match kind {
        ChecklistKind::Onboarding => "templates-onboarding",
        ChecklistKind::Offboarding => "templates-offboarding",
    };
    view! {
        <section class="template-kind">
            <h2>{tr(heading)}</h2>
            <Show
                when=move || !ids.get().is_empty()
                fallback=move || view! {
                    <div class="empty">
                        <p>{tr("templates-none")}</p>
                        <button class="button primary" on:click=add_default>{tr("templates-add-defaults")}</button>
                    </div>
                }
            >
                <For each=move || ids.get() key=|id| id.clone() let:id>
                    <TemplateCard id=id />
                </For>
            </Show>
        </section>
    }
}

/// One template: its name (renamed in place), steps and delete.
#[component]
fn TemplateCard(id: String) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let Some(template) = session
        .records
        .checklist_templates
        .get_untracked_signal(&id)
    else {
        return ().into_any();
    };
    let id = StoredValue::new(id);
    let renaming = RwSignal::new(false);
    let adding = RwSignal::new(false);
    let editing = RwSignal::new(None::<String>);
    let remove = move |_| {
        let name = template.with_untracked(|t| t.name.clone());
        if confirmed(&i18n.t_args("templates-delete-confirm", &[("name", name.clone().into())])) {
            session
                .notices
                .report(session.change_team(Action::TemplateDelete, &name, |w| {
                    w.remove::<ChecklistTemplate>(&id.get_value())
                }));
        }
    };
    let steps = move || template.with(|t| t.steps.clone());
    // Keyed by content and place: a row (and a step form open in it) is
    // rebuilt only when its own step changes, not when another one does.
    let placed_steps = move || {
        let steps = steps();
        let last = steps.len().saturating_sub(1);
        steps
            .into_iter()
            .enumerate()
            .map(|(index, step)| PlacedStep {
                step,
                first: index == 0,
                last: index == last,
            })
            .collect::<Vec<_>>()
    };
    let updated = move || {
        let (by, at) = template.with(|t| (t.updated_by.clone(), t.updated_at));
        let name = session
            .member_name(&by)
            .unwrap_or_else(|| i18n.t("member-unknown"));
        i18n.t_args(
            "templates-updated",
            &[
                ("name", name.into()),
                (
                    "when",
                    crate::ui::widgets::format_datetime(at, i18n.locale()).into(),
                ),
            ],
        )
    };
    let add_step = Callback::new(move |input: StepInput| {
        let is_member = session.is_member();
        change_template(session, &id.get_value(), Action::TemplateStepAdd, |t| {
            t.add_step(&input, is_member).map(drop)
        })?;
        adding.set(false);
        Ok(())
    });
    view! {
        <article class="panel template" data-testid="template">
            <header class="panel-header">
                <Show
                    when=move || renaming.get()
                    fallback=move || view! { <h3 class="template-name">{move || template.with(|t| t.name.clone())}</h3> }
                >
                    <RenameForm template=template done=Callback::new(move |_| renaming.set(false)) />
                </Show>
                <div class="row-actions">
                    <button class="button small" on:click=move |_| renaming.set(true) disabled=move || renaming.get()>{tr("templates-rename")}</button>
                    <button class="button small danger" on:click=remove>{tr("templates-delete")}</button>
                </div>
            </header>
            <p class="meta">{updated}</p>
            <Show when=move || !steps().is_empty() fallback=|| view! { <p class="empty">{tr("templates-steps-empty")}</p> }>
                <ol class="template-steps">
                    <For each=placed_steps key=PlacedStep::key let:placed>
                        <TemplateStepRow template=template step=placed.step first=placed.first last=placed.last editing=editing />
                    </For>
                </ol>
            </Show>
            <Show
                when=move || adding.get()
                fallback=move || view! { <button class="button small" on:click=move |_| adding.set(true)>{tr("templates-add-step")}</button> }
            >
                <StepForm initial=StepInput::default() save=add_step cancel=Callback::new(move |_| adding.set(false)) />
            </Show>
        </article>
    }
    .into_any()
}

/// A template step and whether it is first or last, for the move buttons.
#[derive(Clone)]
struct PlacedStep {
    step: TemplateStep,
    first: bool,
    last: bool,
}

impl PlacedStep {
    fn key(&self) -> (String, String, Option<i64>, Option<String>, bool, bool) {
        let s = &self.step;
        (
            s.id.clone(),
            s.title.clone(),
            s.offset_days,
            s.owner.clone(),
            self.first,
            self.last,
        )
    }
}

/// Renames a template in place.
#[component]
fn RenameForm(template: RwSignal<ChecklistTemplate>, done: Callback<()>) -> impl IntoView {
    let session = expect_context::<Session>();
    let name = RwSignal::new(template.with_untracked(|t| t.name.clone()));
    let errors = FormErrors::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let id = template.with_untracked(|t| t.id.clone());
        let saved = change_template(session, &id, Action::TemplateRename, |t| {
            t.rename(&name.get_untracked())
        });
        if errors.show(saved).is_some() {
            done.run(());
        }
    };
    view! {
        <form class="inline-form rename-form" on:submit=submit novalidate>
            <TextField msg="field-template-name" name="template-rename" value=name error=errors.field("name") />
            <FormMessage errors=errors />
            <div class="actions">
                <button type="button" class="button" on:click=move |_| done.run(())>{tr("action-cancel")}</button>
                <button type="submit" class="button primary">{tr("action-save")}</button>
            </div>
        </form>
    }
}

/// One template step, with move, edit and remove.
#[component]
fn TemplateStepRow(
    template: RwSignal<ChecklistTemplate>,
    step: TemplateStep,
    first: bool,
    last: bool,
    editing: RwSignal<Option<String>>,
) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let template_id = StoredValue::new(template.with_untracked(|t| t.id.clone()));
    let step_id = StoredValue::new(step.id.clone());
    let is_editing = move || step_id.with_value(|id| editing.get().as_deref() == Some(id.as_str()));
    let change = move |action: Action, edit: &dyn Fn(&mut ChecklistTemplate, &str)| {
        session.notices.report(change_template(
            session,
            &template_id.get_value(),
            action,
            |t| {
                edit(t, &step_id.get_value());
                Ok(())
            },
        ));
    };
    let original = StepInput::from_step(&step);
    let save = {
        let original = original.clone();
        Callback::new(move |input: StepInput| {
            let is_member = session.is_member();
            change_template(
                session,
                &template_id.get_value(),
                Action::TemplateStepEdit,
                |t| t.edit_step(&step_id.get_value(), &original, &input, is_member),
            )?;
            editing.set(None);
            Ok(())
        })
    };
    let due = match step.offset_days {
        Some(days) => i18n.t_args("templates-step-day", &[("days", (days as usize).into())]),
        None => i18n.t("templates-step-no-day"),
    };
    let owner = step.owner.as_deref().map(|o| {
        session
            .member_name(o)
            .unwrap_or_else(|| i18n.t("member-unknown"))
    });
    let title = step.title.clone();
    view! {
        <li class="template-step" data-testid="template-step">
            <Show
                when=is_editing
                fallback=move || {
                    let (title, due, owner) = (title.clone(), due.clone(), owner.clone());
                    view! {
                        <div class="step-text">
                            <span class="step-title">{title}</span>
                            <span class="meta">{due}</span>
                            {owner.map(|o| view! { <span class="meta">{o}</span> })}
                        </div>
                        <div class="row-actions">
                            <button class="button small" aria-label=tr("templates-move-up") title=tr("templates-move-up") disabled=first
                                on:click=move |_| change(Action::TemplateStepMove, &|t, id| { t.move_step(id, -1); })>"↑"</button>
                            <button class="button small" aria-label=tr("templates-move-down") title=tr("templates-move-down") disabled=last
                                on:click=move |_| change(Action::TemplateStepMove, &|t, id| { t.move_step(id, 1); })>"↓"</button>
                            <button class="button small" on:click=move |_| editing.set(Some(step_id.get_value()))>{tr("action-edit")}</button>
                            <button class="button small danger" on:click=move |_| change(Action::TemplateStepRemove, &|t, id| { t.remove_step(id); })>{tr("action-remove")}</button>
                        </div>
                    }
                }
            >
                <StepForm initial=original.clone() save=save cancel=Callback::new(move |_| editing.set(None)) />
            </Show>
        </li>
    }
}

/// Adds or edits a template step.
#[component]
fn StepForm(
    initial: StepInput,
    save: Callback<StepInput, Result<(), SaveError>>,
    cancel: Callback<()>,
) -> impl IntoView {
    let title = RwSignal::new(initial.title);
    let offset = RwSignal::new(initial.offset_days);
    let owner = RwSignal::new(initial.owner.unwrap_or_default());
    let errors = FormErrors::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let input = StepInput {
            title: title.get_untracked(),
            offset_days: offset.get_untracked(),
            owner: chosen(owner.get_untracked()),
        };
        errors.show(save.run(input));
    };
    view! {
        <form class="inline-form step-form" on:submit=submit novalidate>
            <TextField msg="field-step-title" name="step-title" value=title error=errors.field("title") />
            <div class="row">
                <TextField msg="field-step-offset" name="step-offset" kind="number" value=offset
                    placeholder="field-step-offset-placeholder" error=errors.field("offset") />
                <RecordPicker msg="field-step-owner" name="step-owner" value=owner choices=member_choices(owner) none="field-owner-none" error=errors.field("owner") />
            </div>
            <FormMessage errors=errors />
            <div class="actions">
                <button type="button" class="button" on:click=move |_| cancel.run(())>{tr("action-cancel")}</button>
                <button type="submit" class="button primary">{tr("action-save")}</button>
            </div>
        </form>
    }
}
