//! Export and import: everything this device holds as one readable JSON
//! file, each desk as a CSV file, and clients, contacts or tasks brought in
//! from another tool's CSV (`import.rs`). Markdown reports stay on their
//! desks (the crisis report, the return briefing), as does the
//! accountant's expenses file.

mod import;

use leptos::prelude::*;
use leptos_router::components::{Outlet, ParentRoute, Route, A};
use leptos_router::path;

use crate::domain::calendar::day_of;
use crate::domain::export::Desk;
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::{device_zone, download_text, now_ms};
use import::ImportPage;

#[component]
fn ExportPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let failed = RwSignal::new(false);
    // Files carry the day they were made, so exports kept side by side
    // sort by date.
    let save = move |stem: &str, extension: &str, mime: &str, text: String| {
        let today = day_of(now_ms(), &device_zone());
        let name = format!("{stem}-{today}.{extension}");
        failed.set(download_text(&name, mime, &text).is_err());
    };
    let json = move |_| {
        save(
            "handover",
            "json",
            "application/json",
            session.export_json(),
        )
    };
    let holds = if session.holds_leadership() {
        "export-json-leadership"
    } else {
        "export-json-team"
    };
    let desks = Desk::ALL
        .iter()
        .map(|&desk| {
            let csv = move |_| save(desk.code(), "csv", "text/csv;charset=utf-8", session.desk_csv(desk));
            view! {
                <li>
                    <button class="button" data-testid=format!("export-csv-{}", desk.code()) on:click=csv>
                        {move || i18n.t(desk.message_id())}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="desk narrow exchange">
            <header class="desk-header">
                <div>
                    <h1>{tr("export-title")}</h1>
                    <p class="subtitle">{tr("export-intro")}</p>
                </div>
                <A href="/import" attr:class="button">{tr("export-to-import")}</A>
            </header>
            <Show when=move || failed.get()>
                <p class="form-message" role="alert">{tr("export-failed")}</p>
            </Show>
            <div class="card">
                <h2>{tr("export-json-title")}</h2>
                <p>{tr(holds)}</p>
                <button class="button primary" data-testid="export-json" on:click=json>
                    {tr("export-json")}
                </button>
            </div>
            <div class="card">
                <h2>{tr("export-csv-title")}</h2>
                <p>{tr("export-csv-help")}</p>
                <ul class="export-desks">{desks}</ul>
            </div>
        </section>
    }
}

/// The export and import screens and their addresses.
#[component(transparent)]
pub fn ExchangeRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    view! {
        <ParentRoute path=path!("") view=Outlet>
            <Route path=path!("/export") view=ExportPage />
            <Route path=path!("/import") view=ImportPage />
        </ParentRoute>
    }
    .into_inner()
}
