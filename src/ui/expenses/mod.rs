//! Petty cash and expenses: record what was paid, approve it (leadership),
//! see a month's totals per currency and category, and export the month as
//! CSV for the accountant. The month is in the address.

mod form;
mod row;

use leptos::prelude::*;
use leptos_router::components::Route;
use leptos_router::path;

use crate::domain::expenses::{current_month, is_month, monthly_totals, to_csv, Expense};
use crate::domain::money::{format_amount, Currency};
use crate::i18n::Locale;
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::{
    device_zone, download_text, now_ms, url_filter, ListText, RecordList, TextField,
};
pub(crate) use form::RecordExpense;
pub(crate) use row::ExpenseRow;

/// What `locale` writes between units and decimals.
pub fn decimal_separator(locale: Locale) -> char {
    if locale == Locale::En {
        '.'
    } else {
        ','
    }
}

/// `minor` units of `currency` as `locale` writes amounts: "12.50 EUR",
/// "12,50 EUR".
pub fn amount_text(minor: i64, currency: Currency, locale: Locale) -> String {
    format!(
        "{} {}",
        format_amount(minor, currency, decimal_separator(locale)),
        currency.code()
    )
}

#[component]
pub fn ExpensesPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let chosen = url_filter::<String>("month");
    let month = Memo::new(move |_| {
        let chosen = chosen.get();
        if is_month(&chosen) {
            chosen
        } else {
            current_month(now_ms(), &device_zone())
        }
    });
    let field = RwSignal::new(month.get_untracked());
    Effect::new(move |_| {
        let typed = field.get();
        if is_month(&typed) {
            chosen.set(typed);
        }
    });
    let adding = RwSignal::new(false);
    let failed = RwSignal::new(false);
    let index = session.indexes.expenses_by_month;
    let ids = Memo::new(move |_| index.first(&month.get(), usize::MAX));
    let records = move || month.with(|m| index.records(m, usize::MAX, session.records.expenses));
    let any = Signal::derive(move || session.records.expenses.len() > 0);
    let totals = Memo::new(move |_| {
        let expenses: Vec<Expense> = records();
        monthly_totals(&expenses, &month.get())
            .into_iter()
            .collect::<Vec<_>>()
    });
    let export = move |_| {
        let name_of = |id: &str| session.member_name(id).unwrap_or_default();
        let text = to_csv(&records(), name_of);
        let name = format!("expenses-{}.csv", month.get_untracked());
        failed.set(download_text(&name, "text/csv;charset=utf-8", &text).is_err());
    };
    view! {
        <section class="desk expenses">
            <header class="desk-header">
                <div>
                    <h1>{tr("expenses-title")}</h1>
                    <p class="subtitle">{tr("expenses-intro")}</p>
                </div>
                <button class="button primary" on:click=move |_| adding.set(true) disabled=move || adding.get()>
                    {tr("expenses-add")}
                </button>
            </header>
            <Show when=move || adding.get()>
                <RecordExpense done=Callback::new(move |_| adding.set(false)) />
            </Show>
            <div class="filters">
                <TextField msg="expenses-month" name="expenses-month" kind="month" value=field />
                <button class="button" data-testid="expenses-export" on:click=export
                    disabled=move || ids.with(Vec::is_empty)>
                    {tr("expenses-export")}
                </button>
            </div>
            <Show when=move || failed.get()>
                <p class="form-message" role="alert">{tr("expenses-download-failed")}</p>
            </Show>
            <section class="panel expense-totals">
                <h2>{tr("expenses-totals")}</h2>
                <Show when=move || !totals.with(Vec::is_empty)
                    fallback=|| view! { <p class="empty">{tr("expenses-no-totals")}</p> }>
                    <table data-testid="expense-totals">
                        <thead>
                            <tr>
                                <th>{tr("expenses-field-category")}</th>
                                <th>{tr("expenses-field-currency")}</th>
                                <th class="amount">{tr("expenses-total")}</th>
                            </tr>
                        </thead>
                        <tbody>
                            <For each=move || totals.get() key=|row| *row let(((currency, category), total))>
                                <tr data-testid="expense-total" data-category=category.code() data-currency=currency.code()>
                                    <td>{move || i18n.t(category.message_id())}</td>
                                    <td>{currency.code()}</td>
                                    <td class="amount">{move || amount_text(total, currency, i18n.locale())}</td>
                                </tr>
                            </For>
                        </tbody>
                    </table>
                </Show>
            </section>
            <RecordList
                ids=ids
                any=any
                text=ListText { count: Some("expenses-count"), empty: "expenses-empty", no_match: "expenses-none-in-month" }
                name="expenses"
                class="expense-list"
                row=|id| view! { <ExpenseRow id=id /> }
            />
        </section>
    }
}

/// The desk's screen and its address.
#[component(transparent)]
pub fn ExpenseRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    view! { <Route path=path!("/expenses") view=ExpensesPage /> }.into_inner()
}
