//! Upcoming meetings as a list, a day or a week. The view and the day are
//! kept in the address (`?view=day&date=2026-03-30`); each view reads only
//! its window of the by-start index, never the whole year.

use leptos::prelude::*;
use leptos_router::components::A;

use super::MeetingsNav;
use crate::domain::calendar::{add_days, day_of, day_text, parse_day, start_of, Day};
use crate::domain::meetings::{days_window, week_start};
use crate::domain::Millis;
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::{
    device_zone, format_datetime, format_time, format_weekday, now_ms, url_filter, ListText,
    RecordList,
};

/// The views, as the address names them ("" is the list of upcoming ones).
const DAY: &str = "day";
const WEEK: &str = "week";

#[component]
pub fn MeetingsPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let view_kind = url_filter::<String>("view");
    let date = url_filter::<String>("date");
    let zone = device_zone();
    let today = day_of(now_ms(), &zone);
    let day = Memo::new(move |_| parse_day(&date.get()).unwrap_or(today));
    let any = Signal::derive(move || session.indexes.meetings_by_start.len(&()) > 0);
    let step = move |days: i64| {
        let days = if view_kind.get_untracked() == WEEK {
            days * 7
        } else {
            days
        };
        date.set(day_text(add_days(day.get_untracked(), days)));
    };
    let tab = move |kind: &'static str, msg: &'static str| {
        view! {
            <button
                type="button"
                class="button small"
                class:active=move || view_kind.get() == kind
                aria-pressed=move || (view_kind.get() == kind).to_string()
                on:click=move |_| view_kind.set(kind.to_string())
            >
                {tr(msg)}
            </button>
        }
    };
    let body = move || match view_kind.get().as_str() {
        DAY => view! { <DayView day=day.get() /> }.into_any(),
        WEEK => view! { <WeekView day=day.get() /> }.into_any(),
        _ => view! { <Upcoming from=start_of(today, &device_zone()) any=any /> }.into_any(),
    };
    view! {
        <section class="desk meetings-desk">
            <header class="desk-header">
                <h1>{tr("meetings-title")}</h1>
            </header>
            <MeetingsNav />
            <div class="toolbar meetings-toolbar" role="group" aria-label=tr("meetings-views")>
                {tab("", "meetings-view-upcoming")}
                {tab(DAY, "meetings-view-day")}
                {tab(WEEK, "meetings-view-week")}
                <Show when=move || !view_kind.with(String::is_empty)>
                    <button type="button" class="button small" on:click=move |_| step(-1)>{tr("meetings-previous")}</button>
                    <button type="button" class="button small" on:click=move |_| date.set(String::new())>{tr("meetings-today")}</button>
                    <button type="button" class="button small" on:click=move |_| step(1)>{tr("meetings-next")}</button>
                </Show>
            </div>
            <Show when=move || any.get() fallback=move || view! { <p class="empty">{move || i18n.t("meetings-empty")}</p> }>
                {body}
            </Show>
        </section>
    }
}

/// Every meeting from `from` on, soonest first, a page at a time.
#[component]
fn Upcoming(from: Millis, any: Signal<bool>) -> impl IntoView {
    let session = expect_context::<Session>();
    let ids = Memo::new(move |_| {
        session
            .indexes
            .meetings_by_start
            .window(&(), &from, &Millis::MAX)
    });
    let text = ListText {
        count: Some("meetings-upcoming-count"),
        empty: "meetings-empty",
        no_match: "meetings-none-upcoming",
    };
    view! {
        <RecordList ids=ids any=any text=text name="meeting" class="meeting-list"
            row=|id| view! { <MeetingRow id=id with_day=true /> } />
    }
}

/// The meetings of one day.
#[component]
fn DayView(day: Day) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h2 class="meetings-day" data-testid="meetings-day">{format_weekday(&day_text(day), i18n.locale())}</h2>
        <DayMeetings day=day />
    }
}

/// The seven days of the week of `day`, Monday first, each with its
/// meetings.
#[component]
fn WeekView(day: Day) -> impl IntoView {
    let i18n = use_i18n();
    let monday = week_start(day);
    (0..7)
        .map(|offset| {
            let day = add_days(monday, offset);
            view! {
                <section class="meetings-week-day">
                    <h2>{format_weekday(&day_text(day), i18n.locale())}</h2>
                    <DayMeetings day=day />
                </section>
            }
        })
        .collect_view()
}

/// The meetings starting on `day`, in the device's time zone.
#[component]
fn DayMeetings(day: Day) -> impl IntoView {
    let session = expect_context::<Session>();
    let (from, to) = days_window(day, day, &device_zone());
    let ids = Memo::new(move |_| session.indexes.meetings_by_start.window(&(), &from, &to));
    view! {
        <RecordList ids=ids text=ListText::plain("meetings-none-this-day") name="meeting" class="meeting-list"
            row=|id| view! { <MeetingRow id=id with_day=false /> } />
    }
}

/// One meeting: when, what, where and how many come.
#[component]
fn MeetingRow(id: String, with_day: bool) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let Some(meeting) = session.records.meetings.get_untracked_signal(&id) else {
        return ().into_any();
    };
    let when = move || {
        let (start, end) = meeting.with(|m| m.interval()).unwrap_or_default();
        let locale = i18n.locale();
        let from = if with_day {
            format_datetime(start, locale)
        } else {
            format_time(start, locale)
        };
        format!("{from} – {}", format_time(end, locale))
    };
    let attendees = move || {
        let count = meeting.with(|m| m.attendees.len());
        i18n.t_args("meeting-attendee-count", &[("count", count.into())])
    };
    view! {
        <li class="meeting-row" data-testid="meeting-row">
            <span class="meeting-when">{when}</span>
            <A href=format!("/meetings/{id}") attr:class="meeting-title">{move || meeting.with(|m| m.title.clone())}</A>
            <span class="meeting-place">{move || meeting.with(|m| m.place.clone())}</span>
            <span class="meeting-attendees">{attendees}</span>
        </li>
    }
    .into_any()
}
