//! The Crisis desk: crises, their append-only timelines with corrections and
//! the tamper check, and the printable report. Leadership devices only:
//! crises live in the leadership document.

mod declare;
mod entries;
mod history;
mod page;
mod report;

use page::CrisisPage;
use report::CrisisReport;

use leptos::prelude::*;
use leptos_router::components::{Outlet, ParentRoute, Route, A};
use leptos_router::path;

use crate::domain::crisis::{open_first, Crisis, Severity};
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::{format_datetime, url_filter, ListText, RecordList};

use declare::DeclareForm;

/// Every crisis, open first, and declaring one.
#[component]
pub fn CrisisList() -> impl IntoView {
    let session = expect_context::<Session>();
    // Open while the address says so: the palette's "Declare a crisis" opens it.
    let declaring = url_filter::<bool>("new");
    let close = Callback::new(move |_| declaring.set(false));
    let ids = Memo::new(move |_| {
        let mut crises = session.leadership_records.crises.values();
        crises.sort_by(open_first);
        crises.into_iter().map(|c| c.id).collect::<Vec<_>>()
    });
    view! {
        <section class="desk crisis-desk">
            <header class="desk-header">
                <div>
                    <h1>{tr("crisis-title")}</h1>
                    <p class="subtitle">{tr("crisis-intro")}</p>
                </div>
                <Show when=move || session.holds_leadership()>
                    <button class="button primary" on:click=move |_| declaring.set(true) disabled=move || declaring.get()>
                        {tr("crisis-declare")}
                    </button>
                </Show>
            </header>
            <Show
                when=move || session.holds_leadership()
                fallback=|| view! { <p class="empty">{tr("crisis-leadership-only")}</p> }
            >
                <Show when=move || declaring.get()>
                    <section class="panel">
                        <h2>{tr("crisis-declare")}</h2>
                        <DeclareForm on_cancel=close />
                    </section>
                </Show>
                <RecordList
                    ids=ids
                    text=ListText::plain("crisis-empty")
                    name="crises"
                    class="crisis-list"
                    row=|id| view! { <CrisisRow id=id /> }
                />
            </Show>
        </section>
    }
}

/// One crisis in the list: title, severity, status, who declared it and
/// how many entries its timeline has.
#[component]
fn CrisisRow(id: String) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let Some(crisis) = session.leadership_records.crises.get_untracked_signal(&id) else {
        return ().into_any();
    };
    let entries = {
        let id = id.clone();
        let by_crisis = session.leadership_indexes.entries_by_crisis;
        Memo::new(move |_| by_crisis.len(&id))
    };
    let declared = move || {
        crisis.with(|c| {
            let name = session
                .member_name(&c.declared_by)
                .unwrap_or_else(|| i18n.t("member-unknown"));
            i18n.t_args(
                "crisis-declared",
                &[
                    ("name", name.into()),
                    ("when", format_datetime(c.declared_at, i18n.locale()).into()),
                ],
            )
        })
    };
    view! {
        <li class="crisis-row" class:closed=move || crisis.with(|c| !c.is_open()) data-testid="crisis-row">
            <div class="crisis-row-head">
                <A href=format!("/crisis/{id}")>{move || crisis.with(|c| c.title.clone())}</A>
                <SeverityBadge severity=Signal::derive(move || crisis.with(|c| c.severity)) />
                <StatusBadge crisis=crisis />
            </div>
            <p class="meta">
                {declared}
                " · "
                {move || i18n.t_args("crisis-entry-count", &[("count", entries.get().into())])}
            </p>
        </li>
    }
    .into_any()
}

/// A crisis's severity as a coloured label.
#[component]
fn SeverityBadge(#[prop(into)] severity: Signal<Severity>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <span class=move || format!("badge severity-{}", severity.get().code())>
            {move || i18n.t(severity.get().message_id())}
        </span>
    }
}

/// Whether a crisis is open or closed.
#[component]
fn StatusBadge(crisis: RwSignal<Crisis>) -> impl IntoView {
    let i18n = use_i18n();
    let open = move || crisis.with(Crisis::is_open);
    let text = move || {
        if open() {
            i18n.t("crisis-status-open")
        } else {
            i18n.t("crisis-status-closed")
        }
    };
    view! {
        <span class="badge" class:crisis-open=open class:crisis-closed=move || !open()>
            {text}
        </span>
    }
}

/// The desk's screens and their addresses.
#[component(transparent)]
pub fn CrisisRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    view! {
        <ParentRoute path=path!("/crisis") view=Outlet>
            <Route path=path!("") view=CrisisList />
            <Route path=path!(":id") view=CrisisPage />
            <Route path=path!(":id/report") view=CrisisReport />
        </ParentRoute>
    }
    .into_inner()
}
