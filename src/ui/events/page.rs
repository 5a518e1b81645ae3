//! One event: when and where, the catering and notes; changing it; its
//! budget with the expenses booked against it and "Add expense"; who is
//! coming; the checklist.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use super::budget::{budget_memo, BudgetPanel};
use super::checklist::EventChecklist;
use super::form::EventForm;
use super::guests::Guests;
use super::{when_text, EventsNav};
use crate::domain::action::Action;
use crate::domain::events::{edit_event, Event, EventInput};
use crate::ui::expenses::{decimal_separator, ExpenseRow, RecordExpense};
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::{ListText, RecordList};

#[component]
pub fn EventPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").unwrap_or_default());
    // Only the event's coming or going re-renders the page.
    let event = Memo::new(move |_| session.records.events.get(&id()));
    move || match event.get() {
        Some(event) => view! { <EventDetails id=id() event=event /> }.into_any(),
        None => view! {
            <section class="desk events-desk">
                <EventsNav />
                <p class="empty">{tr("event-not-found")}</p>
                <A href="/events">{tr("event-back")}</A>
            </section>
        }
        .into_any(),
    }
}

#[component]
fn EventDetails(id: String, event: RwSignal<Event>) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let editing = RwSignal::new(false);
    let budget = budget_memo(session, id.clone(), event);
    let edit_id = id.clone();
    let fact = move |value: String, none: &'static str| {
        let missing = value.is_empty();
        let text = if missing { i18n.t(none) } else { value };
        view! { <dd class:muted=missing>{text}</dd> }
    };
    let facts = move || {
        event.with(|e| {
            view! {
                <dl class="task-facts event-facts">
                    <dt>{tr("event-field-venue")}</dt>
                    {fact(e.venue.clone(), "event-no-venue")}
                    <dt>{tr("event-field-catering")}</dt>
                    {fact(e.catering.clone(), "event-no-catering")}
                </dl>
                {(!e.notes.is_empty()).then(|| view! { <p class="notes">{e.notes.clone()}</p> })}
            }
        })
    };
    view! {
        <section class="desk events-desk event-page">
            <EventsNav />
            <header class="desk-header">
                <div>
                    <h1>{move || event.with(|e| e.name.clone())}</h1>
                    <p class="subtitle" data-testid="event-when">{move || event.with(|e| when_text(e, i18n.locale()))}</p>
                </div>
                <div class="row-actions">
                    <button class="button" on:click=move |_| editing.set(true) disabled=move || editing.get()>
                        {tr("action-edit")}
                    </button>
                </div>
            </header>
            <Show when=move || editing.get() fallback=facts>
                <EditEvent id=edit_id.clone() event=event done=Callback::new(move |_| editing.set(false)) />
            </Show>
            <div class="event-columns">
                <div>
                    <BudgetPanel budget=budget />
                    <EventExpenses id=id.clone() />
                </div>
                <div>
                    <Guests id=id.clone() event=event />
                    <EventChecklist id=id.clone() event=event />
                </div>
            </div>
        </section>
    }
}

/// The form on the event's page: it writes only what the user changed.
#[component]
fn EditEvent(id: String, event: RwSignal<Event>, done: Callback<()>) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let original =
        event.with_untracked(|e| EventInput::from_event(e, decimal_separator(i18n.locale())));
    let initial = original.clone();
    let save = Callback::new(move |input: EventInput| {
        let label = event.with_untracked(|e| e.name.clone());
        session.update(
            &id,
            "name",
            (Action::EventEdit, &label),
            |current: &mut Event| edit_event(current, &original, &input),
        )?;
        Ok(id.clone())
    });
    view! { <EventForm initial=initial save=save saved=Callback::new(move |_| done.run(())) cancel=done /> }
}

/// The expenses booked against the event, and "Add expense" with the event
/// (and its currency) filled in.
#[component]
fn EventExpenses(id: String) -> impl IntoView {
    let session = expect_context::<Session>();
    let adding = RwSignal::new(false);
    let ids = {
        let id = id.clone();
        Memo::new(move |_| session.indexes.expenses_by_event.first(&id, usize::MAX))
    };
    view! {
        <section class="panel event-expenses">
            <div class="panel-header">
                <h2>{tr("event-expenses")}</h2>
                <button class="button" on:click=move |_| adding.set(true) disabled=move || adding.get()>
                    {tr("event-add-expense")}
                </button>
            </div>
            <Show when=move || adding.get()>
                <RecordExpense done=Callback::new(move |_| adding.set(false)) event=id.clone() />
            </Show>
            <RecordList ids=ids text=ListText::plain("event-no-expenses") name="event-expenses" class="expense-list"
                row=|id| view! { <ExpenseRow id=id in_event=true /> } />
        </section>
    }
}
