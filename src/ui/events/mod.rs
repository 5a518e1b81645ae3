//! The Events desk (Office): upcoming and past events, each a window of the
//! by-day index; an event's page with its budget and the expenses booked
//! against it, its attendees and their replies, and its checklist; the form
//! that plans or changes an event.

mod budget;
mod checklist;
mod form;
mod guests;
mod page;

use leptos::prelude::*;
use leptos_router::components::{Outlet, ParentRoute, Route, A};
use leptos_router::path;

use crate::domain::calendar::{day_of, Day};
use crate::domain::events::{day_start, event_path, Event, Replies};
use crate::i18n::Locale;
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::{device_zone, format_day, now_ms, Choice, ListText, RecordList};
use budget::{budget_memo, BudgetBadge};
use form::EventNew;
use page::EventPage;

/// The desk's screens and their addresses.
#[component(transparent)]
pub fn EventRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    view! {
        <ParentRoute path=path!("/events") view=Outlet>
            <Route path=path!("") view=EventsPage />
            <Route path=path!("new") view=EventNew />
            <Route path=path!(":id") view=EventPage />
        </ParentRoute>
    }
    .into_inner()
}

/// The desk's own navigation: the lists and a new event.
#[component]
fn EventsNav() -> impl IntoView {
    view! {
        <nav class="team-nav events-nav" aria-label=tr("events-nav")>
            <A href="/events" exact=true>{tr("events-nav-list")}</A>
            <A href="/events/new" attr:class="button primary small">{tr("events-nav-new")}</A>
        </nav>
    }
}

/// When an event takes place, as `locale` writes days: "12 Jun 2026 ·
/// 18:30", or the day alone.
fn when_text(event: &Event, locale: Locale) -> String {
    let day = format_day(&event.day, locale);
    if event.time.is_empty() {
        day
    } else {
        format!("{day} · {}", event.time)
    }
}

/// Every event, the latest first, as "Summer party (12 Jun 2026)": what an
/// expense may be booked against.
pub(crate) fn event_choices() -> Signal<Vec<Choice>> {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    Signal::derive(move || {
        let mut events =
            session
                .indexes
                .events_by_day
                .records(&(), usize::MAX, session.records.events);
        events.reverse();
        events
            .into_iter()
            .map(|e| {
                let label = format!("{} ({})", e.name, format_day(&e.day, i18n.locale()));
                (e.id, label)
            })
            .collect()
    })
}

#[component]
pub fn EventsPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let index = session.indexes.events_by_day;
    let today = day_start(day_of(now_ms(), &device_zone()));
    let any = Signal::derive(move || index.len(&()) > 0);
    let upcoming = {
        let today = today.clone();
        Memo::new(move |_| index.window(&(), &today, &day_start(Day::MAX)))
    };
    // The latest first: the window before today, turned round.
    let past = Memo::new(move |_| {
        let mut ids = index.window(&(), &day_start(Day::MIN), &today);
        ids.reverse();
        ids
    });
    view! {
        <section class="desk events-desk">
            <header class="desk-header">
                <div>
                    <h1>{tr("events-title")}</h1>
                    <p class="subtitle">{tr("events-intro")}</p>
                </div>
            </header>
            <EventsNav />
            <Show when=move || any.get() fallback=move || view! { <p class="empty">{move || i18n.t("events-empty")}</p> }>
                <h2>{tr("events-upcoming")}</h2>
                <RecordList ids=upcoming
                    text=ListText { count: Some("events-count"), empty: "events-none-upcoming", no_match: "events-none-upcoming" }
                    name="events-upcoming" class="event-list" row=|id| view! { <EventRow id=id /> } />
                <h2>{tr("events-past")}</h2>
                <RecordList ids=past text=ListText::plain("events-none-past")
                    name="events-past" class="event-list" row=|id| view! { <EventRow id=id /> } />
            </Show>
        </section>
    }
}

/// One event: when, what, where, how many are coming, and its budget.
#[component]
fn EventRow(id: String) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let Some(event) = session.records.events.get_untracked_signal(&id) else {
        return ().into_any();
    };
    let budget = budget_memo(session, id.clone(), event);
    let replies = move || {
        let replies = event.with(Replies::of);
        i18n.t_args(
            "events-replies",
            &[
                ("yes", replies.yes.into()),
                ("total", replies.total().into()),
            ],
        )
    };
    view! {
        <li class="event-row" data-testid="event-row">
            <span class="event-when">{move || event.with(|e| when_text(e, i18n.locale()))}</span>
            <A href=event_path(&id) attr:class="event-name">{move || event.with(|e| e.name.clone())}</A>
            <span class="event-venue">{move || event.with(|e| e.venue.clone())}</span>
            <span class="event-replies" data-testid="event-replies">{replies}</span>
            <BudgetBadge budget=budget />
        </li>
    }
    .into_any()
}
