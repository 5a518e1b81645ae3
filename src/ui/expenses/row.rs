//! One expense: day, what for, how much, who paid, the receipt, the event
//! it is booked against, and who approved it, or "Approve" for leadership.

use leptos::prelude::*;
use leptos_router::components::A;

use super::amount_text;
use crate::domain::action::Action;
use crate::domain::events::event_path;
use crate::domain::expenses::{approve, Expense};
use crate::domain::people::Role;
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::{format_day, now_ms, FormErrors, FormMessage, SaveError};

/// `in_event` leaves out the link to the event, on the event's own page.
#[component]
pub fn ExpenseRow(id: String, #[prop(optional)] in_event: bool) -> impl IntoView {
    let session = expect_context::<Session>();
    session
        .records
        .expenses
        .get_untracked_signal(&id)
        .map(|expense| view! { <ExpenseItem id=id expense=expense in_event=in_event /> })
}

#[component]
fn ExpenseItem(id: String, expense: RwSignal<Expense>, in_event: bool) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let errors = FormErrors::new();
    let id = StoredValue::new(id);
    let may_approve = session.my_role().is_some_and(Role::is_leadership);
    let approve_it = move |_| {
        let label = expense.with_untracked(|e| e.description.clone());
        let me = session.me();
        let saved: Result<Expense, SaveError> = session
            .update(
                &id.get_value(),
                "approved",
                (Action::ExpenseApprove, &label),
                |e: &mut Expense| approve(e, session.my_role(), &me, now_ms()),
            )
            .map_err(Into::into);
        errors.show(saved);
    };
    let name = move |id: &str| {
        session
            .member_name(id)
            .unwrap_or_else(|| i18n.t("member-unknown"))
    };
    let details = move || {
        expense.with(|e| {
            let mut parts = vec![
                format_day(&e.day, i18n.locale()),
                i18n.t(e.category.message_id()),
                i18n.t_args("expenses-paid-by", &[("name", name(&e.paid_by).into())]),
            ];
            if !e.receipt.is_empty() {
                parts.push(
                    i18n.t_args("expenses-receipt", &[("receipt", e.receipt.clone().into())]),
                );
            }
            parts.join(" · ")
        })
    };
    let event = move || {
        let id = expense.with(|e| e.event.clone()).filter(|_| !in_event)?;
        let name = session
            .records
            .events
            .get_untracked_signal(&id)
            .map(|e| e.with(|e| e.name.clone()))?;
        let text = i18n.t_args("expenses-for-event", &[("name", name.into())]);
        Some(view! { <p class="meta"><A href=event_path(&id)>{text}</A></p> })
    };
    let approved = move || {
        expense.with(|e| {
            e.approved
                .as_ref()
                .map(|a| i18n.t_args("expenses-approved-by", &[("name", name(&a.by).into())]))
        })
    };
    view! {
        <li class="expense" data-testid="expense">
            <header>
                <strong class="description">{move || expense.with(|e| e.description.clone())}</strong>
                " "
                <span class="amount">{move || expense.with(|e| amount_text(e.amount, e.currency, i18n.locale()))}</span>
            </header>
            <p class="meta">{details}</p>
            {event}
            {move || match approved() {
                Some(text) => view! { <p class="meta approved">{text}</p> }.into_any(),
                None if may_approve => view! {
                    <div class="actions">
                        <button class="button small" on:click=approve_it>{tr("expenses-approve")}</button>
                    </div>
                }
                .into_any(),
                None => view! { <p class="meta">{tr("expenses-not-approved")}</p> }.into_any(),
            }}
            <FormMessage errors=errors />
        </li>
    }
}
