//! Bottlenecks and proposals: raise one, and — for leadership — approve,
//! drop or mark it implemented, with who decided and when on each.

use leptos::prelude::*;

use super::hints::Hints;
use super::{my_role, name_of, step_error, when_text};
use crate::domain::action::Action;
use crate::domain::goals::GoalKind;
use crate::domain::improvements::{
    by_status, decide, raise_improvement, Improvement, ImprovementInput, ProposalStatus,
};
use crate::ui::goals::GoalPicker;
use crate::ui::i18n::{tr, use_i18n, I18n};
use crate::ui::session::Session;
use crate::ui::widgets::{
    chosen, now_ms, FormErrors, FormMessage, ListText, RecordList, SaveError, TextField,
};

/// Bottlenecks and proposals, with hints computed from the records.
#[component]
pub fn ImprovementsPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let ids = Memo::new(move |_| {
        let mut list = session.records.improvements.values();
        list.sort_by(by_status);
        list.into_iter().map(|i| i.id).collect::<Vec<_>>()
    });
    view! {
        <section class="desk improvements">
            <header class="desk-header">
                <div>
                    <h1>{tr("improvements-title")}</h1>
                    <p class="subtitle">{tr("improvements-intro")}</p>
                </div>
            </header>
            <div class="columns">
                <div>
                    <section class="panel">
                        <h2>{tr("improvements-raise-title")}</h2>
                        <RaiseForm />
                    </section>
                    <Hints />
                </div>
                <section class="panel">
                    <h2>{tr("improvements-list-title")}</h2>
                    <RecordList
                        ids=ids
                        text=ListText::plain("improvements-empty")
                        name="improvements"
                        class="improvement-list"
                        row=|id| view! { <ImprovementCard id=id /> }
                    />
                </section>
            </div>
        </section>
    }
}

#[component]
fn RaiseForm() -> impl IntoView {
    let session = expect_context::<Session>();
    let problem = RwSignal::new(String::new());
    let proposal = RwSignal::new(String::new());
    let effect = RwSignal::new(String::new());
    let goal = RwSignal::new(String::new());
    let errors = FormErrors::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let input = ImprovementInput {
            problem: problem.get_untracked(),
            proposal: proposal.get_untracked(),
            expected_effect: effect.get_untracked(),
            goal: chosen(goal.get_untracked()),
        };
        let saved = raise_improvement(&input, &session.me(), now_ms())
            .map_err(SaveError::from)
            .and_then(|improvement| {
                session
                    .change_team(Action::ImprovementRaise, &improvement.problem, |w| {
                        w.put(&improvement.id, &improvement)
                    })
                    .map_err(Into::into)
            });
        if errors.show(saved).is_some() {
            for field in [problem, proposal, effect, goal] {
                field.set(String::new());
            }
        }
    };
    view! {
        <form class="inline-form" on:submit=submit novalidate>
            <TextField msg="improvement-field-problem" name="problem" value=problem multiline=true error=errors.field("problem") />
            <TextField msg="improvement-field-proposal" name="proposal" value=proposal multiline=true error=errors.field("proposal") />
            <TextField msg="improvement-field-effect" name="expected_effect" value=effect error=errors.field("expected_effect") />
            <GoalPicker value=goal kinds=&[GoalKind::Goal] msg="goals-field-serves" />
            <FormMessage errors=errors />
            <div class="actions">
                <button type="submit" class="button primary">{tr("improvements-raise")}</button>
            </div>
        </form>
    }
}

/// The label of the button that moves a proposal to `status`.
fn action_text(i18n: I18n, status: ProposalStatus) -> String {
    match status {
        ProposalStatus::Approved => i18n.t("improvement-approve"),
        ProposalStatus::Implemented => i18n.t("improvement-implement"),
        ProposalStatus::Dropped => i18n.t("improvement-drop"),
        ProposalStatus::Proposed => i18n.t(status.message_id()),
    }
}

#[component]
fn ImprovementCard(id: String) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let Some(improvement) = session.records.improvements.get(&id) else {
        return ().into_any();
    };
    let failure = RwSignal::new(None::<String>);
    let status = move || improvement.with(|i| i.status);
    let raised = move || {
        improvement.with(|i| {
            i18n.t_args(
                "improvement-raised",
                &[
                    ("name", name_of(session, i18n, &i.raised_by).into()),
                    ("when", when_text(i18n, i.raised_at).into()),
                ],
            )
        })
    };
    let decided = move || {
        improvement.with(|i| {
            i.decided.as_ref().map(|d| {
                i18n.t_args(
                    "improvement-decided",
                    &[
                        ("status", i18n.t(i.status.message_id()).into()),
                        ("name", name_of(session, i18n, &d.by).into()),
                        ("when", when_text(i18n, d.at).into()),
                    ],
                )
            })
        })
    };
    let effect = move || improvement.with(|i| i.expected_effect.clone());
    let may_decide = move || my_role(session).is_leadership();
    let id = StoredValue::new(id);
    let move_to = move |to: ProposalStatus| {
        let label = improvement.with_untracked(|i| i.problem.clone());
        let result = session.update(
            &id.get_value(),
            "status",
            (Action::ImprovementDecide, &label),
            |current: &mut Improvement| {
                decide(current, to, my_role(session), &session.me(), now_ms())
            },
        );
        failure.set(result.err().map(|err| step_error(i18n, err.into())));
    };
    view! {
        <li class="improvement" data-testid="improvement">
            <div class="improvement-head">
                <span class=move || format!("badge proposal-{}", status().code())>
                    {move || i18n.t(status().message_id())}
                </span>
                <h3>{move || improvement.with(|i| i.problem.clone())}</h3>
            </div>
            <dl class="improvement-body">
                <dt>{tr("improvement-field-proposal")}</dt>
                <dd>{move || improvement.with(|i| i.proposal.clone())}</dd>
                <Show when=move || !effect().is_empty()>
                    <dt>{tr("improvement-field-effect")}</dt>
                    <dd>{effect}</dd>
                </Show>
            </dl>
            <p class="meta">{raised}</p>
            {move || decided().map(|text| view! { <p class="meta decided" data-testid="decided">{text}</p> })}
            <Show
                when=may_decide
                fallback=move || {
                    (!status().next().is_empty())
                        .then(|| view! { <p class="meta">{tr("improvement-leadership-decides")}</p> })
                }
            >
                <div class="row-actions">
                    {move || {
                        status()
                            .next()
                            .iter()
                            .map(|to| {
                                let to = *to;
                                view! {
                                    <button type="button" class="button small" on:click=move |_| move_to(to)>
                                        {move || action_text(i18n, to)}
                                    </button>
                                }
                            })
                            .collect_view()
                    }}
                </div>
            </Show>
            {move || failure.get().map(|text| view! { <p class="field-error" role="alert">{text}</p> })}
        </li>
    }
    .into_any()
}
