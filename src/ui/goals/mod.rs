//! Goals and values: the short list leadership keeps (`/goals`), the panel
//! on Today showing each goal with its open and finished work, and the
//! picker with which tasks, proposals and decisions name what they serve.

mod form;

use leptos::prelude::*;
use leptos_router::components::{Route, A};
use leptos_router::path;

use crate::domain::goals::{self, Goal, GoalKind};
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::{Choice, RecordPicker};
use form::GoalForm;

#[component(transparent)]
pub fn GoalRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    view! { <Route path=path!("/goals") view=GoalsPage /> }.into_inner()
}

/// Every goal and value, ordered as they were set.
fn sorted(session: Session) -> Vec<Goal> {
    let mut all = session.records.goals.values();
    all.sort_by(|a, b| {
        a.created_at
            .cmp(&b.created_at)
            .then_with(|| a.id.cmp(&b.id))
    });
    all
}

#[component]
fn GoalsPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let all = Memo::new(move |_| sorted(session));
    let of_kind = move |kind: GoalKind, archived: bool| {
        Signal::derive(move || {
            all.get()
                .into_iter()
                .filter(|g| g.kind == kind && g.archived == archived)
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section class="desk goals">
            <header class="desk-header">
                <div>
                    <h1>{tr("goals-title")}</h1>
                    <p class="subtitle">{tr("goals-intro")}</p>
                </div>
            </header>
            <Show when=move || session.keeps_goals()>
                <GoalForm />
            </Show>
            <div class="columns">
                <GoalList title="goals-goals" empty="goals-goals-empty" goals=of_kind(GoalKind::Goal, false) />
                <GoalList title="goals-values" empty="goals-values-empty" goals=of_kind(GoalKind::Value, false) />
            </div>
            <Show when=move || all.with(|a| a.iter().any(|g| g.archived))>
                <GoalList title="goals-archived" empty="goals-goals-empty" goals=Signal::derive(move || {
                    all.get().into_iter().filter(|g| g.archived).collect::<Vec<_>>()
                }) />
            </Show>
        </section>
    }
}

#[component]
fn GoalList(
    title: &'static str,
    empty: &'static str,
    #[prop(into)] goals: Signal<Vec<Goal>>,
) -> impl IntoView {
    view! {
        <section class="panel goal-list">
            <h2>{tr(title)}</h2>
            <Show when=move || goals.with(|g| !g.is_empty()) fallback=move || view! { <p class="empty">{tr(empty)}</p> }>
                <ul class="goal-items">
                    <For each=move || goals.get() key=|g| g.id.clone() let(goal)>
                        <GoalRow goal=goal />
                    </For>
                </ul>
            </Show>
        </section>
    }
}

#[component]
fn GoalRow(goal: Goal) -> impl IntoView {
    let session = expect_context::<Session>();
    let editing = RwSignal::new(false);
    let id = goal.id.clone();
    let archived = goal.archived;
    let archive = move |_| {
        session.notices.report(session.archive_goal(&id, !archived));
    };
    let shown = goal.clone();
    view! {
        <li class="goal-item" data-testid="goal-item">
            <Show when=move || editing.get() fallback=move || {
                let goal = shown.clone();
                view! {
                    <strong>{goal.title.clone()}</strong>
                    <p class="meta">{goal.description.clone()}</p>
                    {(goal.kind == GoalKind::Goal).then(|| view! { <GoalWork id=goal.id.clone() /> })}
                }
            }>
                <GoalForm editing=goal.clone() done=Callback::new(move |()| editing.set(false)) />
            </Show>
            <Show when=move || session.keeps_goals() && !editing.get()>
                <div class="actions">
                    <button type="button" class="button small" on:click=move |_| editing.set(true)>
                        {tr("action-edit")}
                    </button>
                    <button type="button" class="button small" on:click=archive.clone()>
                        {if archived { tr("goals-restore") } else { tr("goals-archive") }}
                    </button>
                </div>
            </Show>
        </li>
    }
}

/// A goal's work: open and finished tasks and proposals that name it, read
/// from the by-goal indexes (counts of four buckets).
#[component]
fn GoalWork(id: String) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let indexes = session.indexes;
    let count = move |finished: bool| {
        let key = (id.clone(), finished);
        indexes.tasks_by_goal.len(&key) + indexes.improvements_by_goal.len(&key)
    };
    let text = move || {
        i18n.t_args(
            "goals-work",
            &[("open", count(false).into()), ("done", count(true).into())],
        )
    };
    view! { <p class="goal-work" data-testid="goal-work">{text}</p> }
}

/// Each active goal with its work, and the values, on Today.
#[component]
pub fn GoalsPanel() -> impl IntoView {
    let session = expect_context::<Session>();
    let all = Memo::new(move |_| sorted(session));
    let active = move |kind: GoalKind| {
        all.get()
            .into_iter()
            .filter(move |g| g.kind == kind && !g.archived)
    };
    let goal_items = move || {
        active(GoalKind::Goal)
            .map(|goal| {
                view! {
                    <li data-testid="today-goal">
                        <strong>{goal.title.clone()}</strong>
                        <GoalWork id=goal.id.clone() />
                    </li>
                }
            })
            .collect_view()
    };
    let values = move || {
        active(GoalKind::Value)
            .map(|value| view! { <li>{value.title}</li> })
            .collect_view()
    };
    view! {
        <section class="panel goals-today" aria-labelledby="goals-today-title">
            <header class="panel-header">
                <h2 id="goals-today-title">{tr("goals-title")}</h2>
                <A href="/goals">{tr("goals-open")}</A>
            </header>
            <Show when=move || all.with(|a| !a.is_empty()) fallback=move || view! { <p class="empty">{tr("goals-empty-today")}</p> }>
                <ul class="goal-items">{goal_items}</ul>
                <Show when=move || active(GoalKind::Value).next().is_some()>
                    <h3>{tr("goals-values")}</h3>
                    <ul class="value-items">{values}</ul>
                </Show>
            </Show>
        </section>
    }
}

/// The goals of `kinds` a record may name, and the one it names now even
/// when set aside since.
fn goal_choices(
    session: Session,
    kinds: &'static [GoalKind],
    current: RwSignal<String>,
) -> Signal<Vec<Choice>> {
    Signal::derive(move || {
        let all = sorted(session);
        let now = current.get();
        let mut choices: Vec<Choice> = goals::active(&all, kinds)
            .into_iter()
            .map(|g| (g.id.clone(), g.title.clone()))
            .collect();
        if let Some(kept) = all.iter().find(|g| g.id == now && g.archived) {
            choices.push((kept.id.clone(), kept.title.clone()));
        }
        choices
    })
}

/// The "Serves goal" select of a task, proposal or decision; shown only
/// once the business has goals.
#[component]
pub fn GoalPicker(
    value: RwSignal<String>,
    /// `GoalKind::ALL` for a decision, which may be taken by a value too.
    kinds: &'static [GoalKind],
    msg: &'static str,
) -> impl IntoView {
    let session = expect_context::<Session>();
    let choices = goal_choices(session, kinds, value);
    view! {
        <Show when=move || choices.with(|c| !c.is_empty())>
            <RecordPicker msg=msg name="goal" value=value choices=choices none="goals-none" />
        </Show>
    }
}
