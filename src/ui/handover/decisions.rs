//! The decision log of a handover: what the acting CEO (or the CEO)
//! decided, why, what else was considered and who was told.

use leptos::prelude::*;

use crate::domain::action::Action;
use crate::domain::goals::GoalKind;
use crate::domain::handover::{decisions_of, log_decision, Decision, DecisionInput, Handover};
use crate::ui::goals::GoalPicker;
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::{
    chosen, format_datetime, now_ms, FormErrors, FormMessage, SaveError, TextField,
};

use super::{name_of, HandoverProblem};

/// The decisions of `handover`, newest first, with the form to log one
/// when `may_decide`.
#[component]
pub fn DecisionLog(
    handover: RwSignal<Handover>,
    #[prop(into)] may_decide: Signal<bool>,
) -> impl IntoView {
    let session = expect_context::<Session>();
    let decisions = Memo::new(move |_| {
        let id = handover.with(|h| h.id.clone());
        let all = session.leadership_records.decisions.values();
        decisions_of(&id, &all)
            .into_iter()
            .cloned()
            .collect::<Vec<_>>()
    });
    view! {
        <section class="panel decision-log">
            <header class="panel-header">
                <h2>{tr("handover-decisions-title")}</h2>
            </header>
            <Show when=move || may_decide.get()>
                <DecisionForm handover=handover />
            </Show>
            <DecisionList decisions=decisions />
        </section>
    }
}

/// A list of decisions, each with who took it and when.
#[component]
pub fn DecisionList(#[prop(into)] decisions: Signal<Vec<Decision>>) -> impl IntoView {
    view! {
        <Show
            when=move || !decisions.with(Vec::is_empty)
            fallback=|| view! { <p class="empty">{tr("handover-decisions-empty")}</p> }
        >
            <ul class="timeline decisions">
                <For each=move || decisions.get() key=|d| d.id.clone() let:decision>
                    <DecisionItem decision=decision />
                </For>
            </ul>
        </Show>
    }
}

#[component]
fn DecisionItem(decision: Decision) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let byline = move || {
        i18n.t_args(
            "handover-decision-by",
            &[
                ("name", name_of(session, i18n, &decision.by).into()),
                ("time", format_datetime(decision.at, i18n.locale()).into()),
            ],
        )
    };
    let optional = move |label: &'static str, text: String| {
        (!text.is_empty()).then(|| {
            view! {
                <dt>{move || i18n.t(label)}</dt>
                <dd class="multiline">{text}</dd>
            }
        })
    };
    view! {
        <li class="decision" data-testid="decision">
            <h3>{decision.decision.clone()}</h3>
            <p class="meta">{byline}</p>
            <dl>
                <dt>{tr("handover-field-decision-reason")}</dt>
                <dd class="multiline">{decision.reason.clone()}</dd>
                {optional("handover-field-alternatives", decision.alternatives.clone())}
                {optional("handover-field-informed", decision.informed.clone())}
            </dl>
        </li>
    }
}

#[component]
fn DecisionForm(handover: RwSignal<Handover>) -> impl IntoView {
    let session = expect_context::<Session>();
    let decision = RwSignal::new(String::new());
    let reason = RwSignal::new(String::new());
    let alternatives = RwSignal::new(String::new());
    let informed = RwSignal::new(String::new());
    let goal = RwSignal::new(String::new());
    let errors = FormErrors::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let input = DecisionInput {
            decision: decision.get_untracked(),
            reason: reason.get_untracked(),
            alternatives: alternatives.get_untracked(),
            informed: informed.get_untracked(),
            goal: chosen(goal.get_untracked()),
        };
        let saved = handover
            .with_untracked(|h| log_decision(h, &input, &session.me(), now_ms()))
            .map_err(SaveError::from)
            .and_then(|logged| {
                session
                    .change_leadership(Action::DecisionLog, &logged.decision, |w| {
                        w.put(&logged.id, &logged)
                    })
                    .map_err(SaveError::from)
            });
        if errors.show(saved).is_some() {
            for field in [decision, reason, alternatives, informed, goal] {
                field.set(String::new());
            }
        }
    };
    view! {
        <form class="inline-form decision-form" on:submit=submit novalidate>
            <TextField msg="handover-field-decision" name="decision" value=decision error=errors.field("decision") />
            <TextField msg="handover-field-decision-reason" name="decision-reason" value=reason multiline=true error=errors.field("reason") />
            <div class="row">
                <TextField msg="handover-field-alternatives" name="alternatives" value=alternatives multiline=true error=errors.field("alternatives") />
                <TextField msg="handover-field-informed" name="informed" value=informed multiline=true error=errors.field("informed") />
            </div>
            <GoalPicker value=goal kinds=GoalKind::ALL msg="goals-field-decided-by" />
            <HandoverProblem errors=errors />
            <FormMessage errors=errors />
            <div class="actions">
                <button type="submit" class="button primary">{tr("handover-decision-submit")}</button>
            </div>
        </form>
    }
}
