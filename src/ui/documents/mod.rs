//! The document register (Office): what the office's documents are, who
//! owns each, where it is kept and when it is due for review; the entries
//! due for review first, then the register with its filters, an entry's page
//! with its inline edit, and the form. Confidential entries come from the
//! leadership document and exist only on leadership devices.

mod form;
mod list;
mod page;

use leptos::prelude::*;
use leptos_router::components::{Outlet, ParentRoute, Route};
use leptos_router::path;

use form::DocumentNew;
use list::DocumentsPage;
use page::DocumentPage;

use crate::domain::register::{link, Confidentiality, RegisterEntry, Review};
use crate::ui::i18n::use_i18n;
use crate::ui::session::Session;
use crate::ui::widgets::code_options;

/// The desk's screens and their addresses.
#[component(transparent)]
pub fn DocumentRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    view! {
        <ParentRoute path=path!("/documents") view=Outlet>
            <Route path=path!("") view=DocumentsPage />
            <Route path=path!("new") view=DocumentNew />
            <Route path=path!(":id") view=DocumentPage />
        </ParentRoute>
    }
    .into_inner()
}

/// Where an entry's page is.
fn entry_path(id: &str) -> String {
    format!("/documents/{id}")
}

/// The confidentiality levels this device may choose or filter by:
/// "confidential" only where the leadership document is held.
fn confidentiality_options(session: Session) -> Vec<(&'static str, &'static str)> {
    let leadership = session.holds_leadership();
    code_options(
        &Confidentiality::ALL
            .iter()
            .copied()
            .filter(|level| leadership || *level != Confidentiality::Confidential)
            .collect::<Vec<_>>(),
    )
}

/// Where the entry is kept: a link for an http(s) address, else the place
/// as written.
#[component]
fn Location(#[prop(into)] entry: Signal<RegisterEntry>) -> impl IntoView {
    move || {
        let location = entry.with(|e| e.location.clone());
        match link(&location) {
            Some(href) => view! {
                <a href=href.to_string() target="_blank" rel="noopener noreferrer" data-testid="document-link">
                    {location.clone()}
                </a>
            }
            .into_any(),
            None => view! { <span>{location}</span> }.into_any(),
        }
    }
}

/// The entry's confidentiality as a badge.
#[component]
fn LevelBadge(#[prop(into)] entry: Signal<RegisterEntry>) -> impl IntoView {
    let i18n = use_i18n();
    let level = move || entry.with(|e| e.confidentiality);
    view! {
        <span class=move || format!("badge level-{}", level().code())>
            {move || i18n.t(level().message_id())}
        </span>
    }
}

/// "Review due" or "Review soon", when the review is that close on `today`.
#[component]
fn ReviewBadge(
    #[prop(into)] entry: Signal<RegisterEntry>,
    today: crate::domain::calendar::Day,
) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        entry.with(|e| e.review(today)).map(|review| {
            let (class, text) = match review {
                Review::Due => ("badge overdue", i18n.t("documents-review-due")),
                Review::Soon => ("badge due-today", i18n.t("documents-review-soon")),
            };
            view! { <span class=class data-testid="review-badge">{text}</span> }
        })
    }
}
