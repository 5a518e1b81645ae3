//! Onboarding and offboarding: the desk of checklists in progress, the
//! editable templates, and a client's checklists. A client's status is
//! derived from its checklists when read (see
//! [`crate::domain::checklists::effective_status`]).

mod client;
mod desk;
mod templates;

pub use client::ClientChecklists;
use desk::OnboardingPage;
use templates::TemplatesPage;

use leptos::prelude::*;
use leptos_router::components::{Outlet, ParentRoute, Route};
use leptos_router::path;

use crate::domain::action::Action;
use crate::domain::checklists::{effective_status, Checklist, Progress};
use crate::domain::clients::{Client, ClientStatus};
use crate::domain::validation::Invalid;
use crate::ui::i18n::use_i18n;
use crate::ui::session::Session;
use crate::ui::widgets::SaveError;

/// The latest checklist of client `client_id`: the first of its bucket in
/// the checklists-by-client index (tracking the bucket).
pub fn latest_of(session: Session, client_id: &str) -> Option<RwSignal<Checklist>> {
    let latest = session
        .indexes
        .checklists_by_client
        .first(&client_id.to_string(), 1);
    latest
        .first()
        .and_then(|id| session.records.checklists.get_untracked_signal(id))
}

/// The status client `c` shows given its `latest` checklist (tracking it).
pub fn status_with(c: &Client, latest: Option<RwSignal<Checklist>>) -> ClientStatus {
    match latest {
        Some(latest) => latest.with(|l| effective_status(c, [l])),
        None => effective_status(c, []),
    }
}

/// The status `client` shows: derived from its latest checklist, tracking
/// both.
pub fn client_status(client: RwSignal<Client>) -> Signal<ClientStatus> {
    let session = expect_context::<Session>();
    Signal::derive(move || {
        let latest = latest_of(session, &client.with(|c| c.id.clone()));
        client.with(|c| status_with(c, latest))
    })
}

/// The progress of the client's latest checklist while it is in progress,
/// for the client list.
#[component]
pub fn ClientProgress(client_id: String) -> impl IntoView {
    let session = expect_context::<Session>();
    let progress =
        move || latest_of(session, &client_id)?.with(|c| (!c.is_complete()).then(|| c.progress()));
    move || progress().map(|p| view! { <ProgressBar progress=p /> })
}

/// "3 of 6 done" with a bar.
#[component]
fn ProgressBar(progress: Progress) -> impl IntoView {
    let i18n = use_i18n();
    let text = move || {
        i18n.t_args(
            "checklist-progress",
            &[
                ("done", progress.done.into()),
                ("total", progress.total.into()),
            ],
        )
    };
    view! {
        <span class="checklist-progress" data-testid="checklist-progress">
            <progress max=progress.total value=progress.done aria-label=text></progress>
            <span class="progress-text">{text}</span>
        </span>
    }
}

/// Applies `edit` to the current state of checklist `id` in one change, so
/// that ticks of other steps on other devices merge.
fn change_checklist(
    session: Session,
    id: &str,
    action: Action,
    label: &str,
    edit: impl FnOnce(&mut Checklist) -> Result<(), Invalid>,
) -> Result<(), SaveError> {
    session.update(id, "step", (action, label), edit)?;
    Ok(())
}

/// The desk's screens and their addresses.
#[component(transparent)]
pub fn ChecklistRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    view! {
        <ParentRoute path=path!("/onboarding") view=Outlet>
            <Route path=path!("") view=OnboardingPage />
            <Route path=path!("templates") view=TemplatesPage />
        </ParentRoute>
    }
    .into_inner()
}
