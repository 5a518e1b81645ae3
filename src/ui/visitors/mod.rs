//! Visitors: expect someone for a colleague, greet them with a badge, sign
//! them out. Each host sees on their own device who arrived for them and
//! has not left: a banner above every desk and a count beside the link.

mod expect;
mod row;

use leptos::prelude::*;
use leptos_router::components::Route;
use leptos_router::path;

use crate::domain::calendar::{add_days, day_of, day_text};
use crate::domain::visitors::ExpectedOrder;
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::keyed::{read_after, ReadAhead};
use crate::ui::session::Session;
use crate::ui::timing::painted;
use crate::ui::widgets::{device_zone, now_ms, ListText, NavCount, RecordList, LIST_PAGE};
use expect::ExpectVisitor;
use row::VisitRow;

/// Where tomorrow's expected visits start in the expected index: before
/// it are today's, the overdue ones and those expected on any day.
fn tomorrow() -> ExpectedOrder {
    let today = day_of(now_ms(), &device_zone());
    (day_text(add_days(today, 1)), String::new())
}

/// Past visits shown at first: the year's history stays one "Show more"
/// away instead of hundreds of rows on every visit to the desk.
const HISTORY_PAGE: usize = 25;

#[component]
pub fn VisitorsPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let indexes = session.indexes;
    let expecting = RwSignal::new(false);
    let any = Signal::derive(move || session.records.visits.len() > 0);
    let today = Memo::new(move |_| {
        indexes
            .visits_expected
            .window(&(), &(String::new(), String::new()), &tomorrow())
    });
    // '~' sorts after every digit: the end of all days.
    let later = Memo::new(move |_| {
        indexes
            .visits_expected
            .window(&(), &tomorrow(), &("~".to_string(), String::new()))
    });
    let on_site = Memo::new(move |_| indexes.visits_on_site_all.first(&(), usize::MAX));
    let past = Memo::new(move |_| indexes.visits_left.first(&(), usize::MAX));
    view! {
        <section class="desk visitors">
            <header class="desk-header">
                <div>
                    <h1>{tr("visitors-title")}</h1>
                    <p class="subtitle">{tr("visitors-intro")}</p>
                </div>
                <button class="button primary" on:click=move |_| expecting.set(true) disabled=move || expecting.get()>
                    {tr("visitors-expect")}
                </button>
            </header>
            <Show when=move || expecting.get()>
                <ExpectVisitor done=Callback::new(move |_| expecting.set(false)) />
            </Show>
            <VisitList title="visitors-on-site" ids=on_site any=any none="visitors-none-on-site" name="visitors-on-site" />
            <VisitList title="visitors-expected-today" ids=today any=any none="visitors-none-today" name="visitors-today" />
            <VisitList title="visitors-expected-later" ids=later any=any none="visitors-none-later" name="visitors-later" />
            <VisitList title="visitors-past" ids=past any=any none="visitors-none-past" name="visitors-past" page=HISTORY_PAGE />
        </section>
    }
}

/// One of the desk's lists under its heading (`title`, an i18n id); `none`
/// says what to show while it is empty but other visits exist.
#[component]
fn VisitList(
    title: &'static str,
    #[prop(into)] ids: Signal<Vec<String>>,
    any: Signal<bool>,
    none: &'static str,
    name: &'static str,
    #[prop(default = LIST_PAGE)] page: usize,
) -> impl IntoView {
    view! {
        <h2>{tr(title)}</h2>
        <RecordList ids=ids any=any page=page
            text=ListText { count: Some("visitors-count"), empty: "visitors-empty", no_match: none }
            name=name class="visit-list" row=|id| view! { <VisitRow id=id /> } />
    }
}

/// The visitors on site for this device's user, by arrival.
fn waiting_for_me(session: Session) -> Memo<Vec<String>> {
    Memo::new(move |_| {
        session
            .indexes
            .visits_on_site
            .first(&session.me(), usize::MAX)
    })
}

/// A banner above every desk while visitors for this device's user are on
/// site: who arrived for them, as it syncs in.
#[component]
pub fn VisitorsForMe() -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let waiting = waiting_for_me(session);
    let read = read_after(painted(), vec![Box::new(session.records.visits)]);
    let names = move || {
        waiting
            .get()
            .iter()
            .filter_map(|id| session.records.visits.get_untracked_signal(id))
            .map(|visit| visit.with(|v| v.name.clone()))
            .collect::<Vec<_>>()
            .join(", ")
    };
    view! {
        <Show when=move || read.get() && !waiting.with(Vec::is_empty)>
            <p class="banner visitors-arrived" role="status" data-testid="visitors-for-me">
                {move || i18n.t_args("visitors-arrived-banner", &[
                    ("count", waiting.with(Vec::len).into()),
                    ("names", names().into()),
                ])}
                " "
                <a href="/visitors">{tr("visitors-see")}</a>
            </p>
        </Show>
    }
}

/// How many visitors are on site for this device's user, beside the
/// desk's link in the navigation.
#[component]
pub fn VisitorsBadge() -> impl IntoView {
    let session = expect_context::<Session>();
    let count = Memo::new(move |_| session.indexes.visits_on_site.len(&session.me()));
    let reads: Vec<Box<dyn ReadAhead>> = vec![Box::new(session.records.visits)];
    view! { <NavCount count=count title="visitors-waiting-for-you" name="nav-visitors" reads=reads /> }
}

/// The desk's screen and its address.
#[component(transparent)]
pub fn VisitorRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    view! { <Route path=path!("/visitors") view=VisitorsPage /> }.into_inner()
}
