//! The expense form: when, how much in which currency, what for, who paid,
//! where the receipt is, and the event whose budget it is booked against.

use leptos::prelude::*;

use crate::domain::action::Action;
use crate::domain::calendar::{day_of, day_text};
use crate::domain::expenses::{record_expense, ExpenseCategory, ExpenseInput};
use crate::domain::money::Currency;
use crate::ui::events::event_choices;
use crate::ui::i18n::tr;
use crate::ui::session::Session;
use crate::ui::widgets::{
    code_options, device_zone, member_choices, now_ms, CodeSelect, FormErrors, FormMessage,
    RecordPicker, SaveError, TextField,
};

/// `done` runs after saving and on cancel. Opened for `event` (an event
/// id), the expense starts booked against it, in its budget's currency.
#[component]
pub fn RecordExpense(
    done: Callback<()>,
    #[prop(optional, into)] event: Option<String>,
) -> impl IntoView {
    let session = expect_context::<Session>();
    let events = session.records.events;
    let for_event = event
        .as_deref()
        .and_then(|id| events.get_untracked_signal(id))
        .map(|e| e.with_untracked(|e| e.currency));
    let day = RwSignal::new(day_text(day_of(now_ms(), &device_zone())));
    let amount = RwSignal::new(String::new());
    let currency = RwSignal::new(for_event.unwrap_or_default().code().to_string());
    let category = match for_event {
        Some(_) => ExpenseCategory::Events,
        None => ExpenseCategory::default(),
    };
    let category = RwSignal::new(category.code().to_string());
    let event = RwSignal::new(event.unwrap_or_default());
    let paid_by = RwSignal::new(session.me());
    let receipt = RwSignal::new(String::new());
    let description = RwSignal::new(String::new());
    let errors = FormErrors::new();
    let member_exists = move |id: &str| session.records.members.contains_untracked(id);
    let event_exists = move |id: &str| events.contains_untracked(id);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let input = ExpenseInput {
            day: day.get_untracked(),
            amount: amount.get_untracked(),
            currency: Currency::from_code(&currency.get_untracked()).unwrap_or_default(),
            category: ExpenseCategory::from_code(&category.get_untracked()).unwrap_or_default(),
            paid_by: paid_by.get_untracked(),
            receipt: receipt.get_untracked(),
            description: description.get_untracked(),
            event: event.get_untracked(),
        };
        let saved: Result<(), SaveError> =
            record_expense(&input, member_exists, event_exists, &session.me(), now_ms())
                .map_err(SaveError::from)
                .and_then(|expense| {
                    session
                        .change_team(Action::ExpenseRecord, &expense.description, |w| {
                            w.put(&expense.id, &expense)
                        })
                        .map_err(Into::into)
                });
        if errors.show(saved).is_some() {
            done.run(());
        }
    };
    view! {
        <section class="panel compose">
            <h2>{tr("expenses-add")}</h2>
            <form class="inline-form" on:submit=submit novalidate>
                <div class="row">
                    <TextField msg="expenses-field-day" name="expense-day" kind="date" value=day error=errors.field("day") />
                    <TextField msg="expenses-field-amount" name="expense-amount" value=amount
                        placeholder="expenses-amount-example" error=errors.field("amount") />
                    <CodeSelect msg="expenses-field-currency" name="expense-currency" value=currency options=code_options(Currency::ALL) />
                    <CodeSelect msg="expenses-field-category" name="expense-category" value=category options=code_options(ExpenseCategory::ALL) />
                </div>
                <div class="row">
                    <RecordPicker msg="expenses-field-paid-by" name="expense-paid-by" value=paid_by choices=member_choices(paid_by)
                        none="expenses-choose-member" error=errors.field("paid_by") />
                    <TextField msg="expenses-field-receipt" name="expense-receipt" value=receipt error=errors.field("receipt") />
                </div>
                <RecordPicker msg="expenses-field-event" name="expense-event" value=event choices=event_choices()
                    none="expenses-no-event" error=errors.field("event") />
                <TextField msg="expenses-field-description" name="expense-description" value=description error=errors.field("description") />
                <FormMessage errors=errors />
                <div class="actions">
                    <button type="button" class="button" on:click=move |_| done.run(())>{tr("action-cancel")}</button>
                    <button type="submit" class="button primary">{tr("expenses-save")}</button>
                </div>
            </form>
        </section>
    }
}
