//! An event's budget against what was spent: a badge for the lists, and the
//! panel of the event's page. Overspending is said in words ("Over budget
//! by 20.00 EUR") and marked with a style of its own, never by colour
//! alone. What was spent is read from the expenses booked against the
//! event (the by-event index), never from the year's expenses.

use leptos::prelude::*;

use crate::domain::events::{Budget, BudgetStatus, Event};
use crate::ui::expenses::amount_text;
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;

/// Event `id`'s budget against the expenses booked against it, following
/// both.
pub(super) fn budget_memo(session: Session, id: String, event: RwSignal<Event>) -> Memo<Budget> {
    Memo::new(move |_| {
        let expenses =
            session
                .indexes
                .expenses_by_event
                .records(&id, usize::MAX, session.records.expenses);
        event.with(|e| Budget::of(e, &expenses))
    })
}

/// The state of a budget in a few words, for a list row.
#[component]
pub(super) fn BudgetBadge(budget: Memo<Budget>) -> impl IntoView {
    let i18n = use_i18n();
    let text = move || {
        budget.with(|b| {
            let amount = |minor| amount_text(minor, b.currency, i18n.locale());
            match (b.budget, b.over_by()) {
                (None, _) => i18n.t("event-budget-none"),
                (Some(_), Some(over)) => {
                    i18n.t_args("event-over-budget", &[("amount", amount(over).into())])
                }
                (Some(total), None) => i18n.t_args(
                    "event-budget-spent-of",
                    &[
                        ("spent", amount(b.spent).into()),
                        ("budget", amount(total).into()),
                    ],
                ),
            }
        })
    };
    let status = move || budget.with(Budget::status);
    view! {
        <span
            class="badge budget-badge"
            class:over-budget=move || status() == BudgetStatus::Over
            class:no-budget=move || status() == BudgetStatus::None
            data-testid="budget-badge"
        >
            {text}
        </span>
    }
}

/// The budget, what was spent and what is left, or by how much it was
/// overspent; spending in other currencies listed apart.
#[component]
pub(super) fn BudgetPanel(budget: Memo<Budget>) -> impl IntoView {
    let i18n = use_i18n();
    let amount = move |minor: i64| budget.with(|b| amount_text(minor, b.currency, i18n.locale()));
    let over = move || budget.with(Budget::over_by);
    let used = move || budget.with(Budget::used_percent);
    let others = move || {
        budget.with(|b| {
            b.other
                .iter()
                .map(|(currency, minor)| amount_text(*minor, *currency, i18n.locale()))
                .collect::<Vec<_>>()
                .join(", ")
        })
    };
    view! {
        <section class="panel event-budget" class:over-budget=move || over().is_some() data-testid="event-budget">
            <h2>{tr("event-budget")}</h2>
            <dl class="budget-figures">
                <dt>{tr("event-budget-total")}</dt>
                <dd data-testid="budget-total">
                    {move || match budget.with(|b| b.budget) {
                        Some(total) => amount(total),
                        None => i18n.t("event-budget-none"),
                    }}
                </dd>
                <dt>{tr("event-budget-spent")}</dt>
                <dd data-testid="budget-spent">{move || amount(budget.with(|b| b.spent))}</dd>
                <Show when=move || budget.with(|b| b.budget.is_some() && b.over_by().is_none())>
                    <dt>{tr("event-budget-remaining")}</dt>
                    <dd data-testid="budget-remaining">{move || amount(budget.with(Budget::remaining).unwrap_or_default())}</dd>
                </Show>
            </dl>
            {move || used().map(|percent| view! {
                <div class="budget-bar" aria-hidden="true">
                    <span style:width=format!("{}%", percent.min(100))></span>
                </div>
            })}
            {move || over().map(|minor| view! {
                <p class="over-budget-note" role="alert" data-testid="over-budget">
                    <strong>{i18n.t_args("event-over-budget", &[("amount", amount(minor).into())])}</strong>
                </p>
            })}
            <Show when=move || budget.with(|b| !b.other.is_empty())>
                <p class="budget-other" data-testid="budget-other">
                    {move || i18n.t_args("event-budget-other", &[("amounts", others().into())])}
                </p>
            </Show>
        </section>
    }
}
