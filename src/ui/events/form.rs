//! Planning and changing an event: name, day and time, venue, catering, the
//! budget in its currency, and notes. Nothing is written unless every field
//! is valid; each field says what is wrong with it.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use super::EventsNav;
use crate::domain::action::Action;
use crate::domain::calendar::{day_of, day_text};
use crate::domain::events::{create_event, event_path, EventInput};
use crate::domain::money::Currency;
use crate::ui::i18n::tr;
use crate::ui::session::Session;
use crate::ui::widgets::{
    code_options, device_zone, now_ms, CodeSelect, FormErrors, FormMessage, SaveError, TextField,
};

#[component]
pub fn EventNew() -> impl IntoView {
    let session = expect_context::<Session>();
    let navigate = use_navigate();
    let save = Callback::new(move |input: EventInput| {
        let event = create_event(&input, &session.me(), now_ms())?;
        session.change_team(Action::EventCreate, &event.name, |w| {
            w.put(&event.id, &event)
        })?;
        Ok(event.id)
    });
    let to_list = navigate.clone();
    let saved = Callback::new(move |id: String| navigate(&event_path(&id), Default::default()));
    let cancel = Callback::new(move |_| to_list("/events", Default::default()));
    let initial = EventInput {
        day: day_text(day_of(now_ms(), &device_zone())),
        ..Default::default()
    };
    view! {
        <section class="desk events-desk narrow">
            <header class="desk-header">
                <h1>{tr("event-new-title")}</h1>
            </header>
            <EventsNav />
            <EventForm initial=initial save=save saved=saved cancel=cancel />
        </section>
    }
}

/// The event form. `save` writes the input and returns the event's id;
/// `saved` runs after a successful save.
#[component]
pub(super) fn EventForm(
    initial: EventInput,
    save: Callback<EventInput, Result<String, SaveError>>,
    saved: Callback<String>,
    cancel: Callback<()>,
) -> impl IntoView {
    let name = RwSignal::new(initial.name);
    let day = RwSignal::new(initial.day);
    let time = RwSignal::new(initial.time);
    let venue = RwSignal::new(initial.venue);
    let catering = RwSignal::new(initial.catering);
    let budget = RwSignal::new(initial.budget);
    let currency = RwSignal::new(initial.currency.code().to_string());
    let notes = RwSignal::new(initial.notes);
    let errors = FormErrors::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let input = EventInput {
            name: name.get_untracked(),
            day: day.get_untracked(),
            time: time.get_untracked(),
            venue: venue.get_untracked(),
            catering: catering.get_untracked(),
            budget: budget.get_untracked(),
            currency: Currency::from_code(&currency.get_untracked()).unwrap_or_default(),
            notes: notes.get_untracked(),
        };
        if let Some(id) = errors.show(save.run(input)) {
            saved.run(id);
        }
    };
    view! {
        <form class="card event-form" on:submit=submit novalidate>
            <TextField msg="event-field-name" name="event-name" value=name error=errors.field("name") />
            <div class="row">
                <TextField msg="event-field-day" name="event-day" kind="date" value=day error=errors.field("day") />
                <TextField msg="event-field-time" name="event-time" kind="time" value=time error=errors.field("time") />
            </div>
            <TextField msg="event-field-venue" name="event-venue" value=venue error=errors.field("venue") />
            <TextField msg="event-field-catering" name="event-catering" value=catering
                placeholder="event-catering-hint" error=errors.field("catering") />
            <div class="row">
                <TextField msg="event-field-budget" name="event-budget" value=budget
                    placeholder="expenses-amount-example" error=errors.field("budget") />
                <CodeSelect msg="expenses-field-currency" name="event-currency" value=currency options=code_options(Currency::ALL) />
            </div>
            <TextField msg="event-field-notes" name="event-notes" value=notes multiline=true error=errors.field("notes") />
            <FormMessage errors=errors />
            <div class="actions">
                <button type="button" class="button" on:click=move |_| cancel.run(())>
                    {tr("action-cancel")}
                </button>
                <button type="submit" class="button primary">{tr("action-save")}</button>
            </div>
        </form>
    }
}
