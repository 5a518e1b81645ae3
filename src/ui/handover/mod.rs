//! Handover: starting one (or an emergency one), the acting-CEO banner on
//! every device, the decision log, ending it with a review, and the return
//! briefing.

mod banner;
mod briefing;
mod decisions;
mod delegation;
mod end;
mod past;
mod running;
mod start;

use leptos::prelude::*;
use leptos_router::components::{Outlet, ParentRoute, Route, A};
use leptos_router::path;

use crate::domain::handover::{running, Handover};
use crate::domain::people::Role;
use crate::ui::i18n::{tr, use_i18n, I18n};
use crate::ui::session::Session;
use crate::ui::widgets::{problem_text, FormErrors};

pub use banner::ActingBanner;
use briefing::BriefingPage;
pub use delegation::EmergencyDelegation;

use past::PastHandovers;
use running::RunningHandover;
use start::{EmergencyStart, StartForm};

/// The current handover, starting and ending one, and the decision log.
#[component]
pub fn HandoverPage() -> impl IntoView {
    let session = expect_context::<Session>();
    // The handover this device just ended, to offer its briefing.
    let just_ended = RwSignal::new(None::<String>);
    let current = Memo::new(move |_| {
        running(&session.leadership_records.handovers.values()).map(|h| h.id.clone())
    });
    let my_role = move || session.my_role();
    view! {
        <section class="desk handover">
            <header class="desk-header">
                <div>
                    <h1>{tr("handover-title")}</h1>
                    <p class="subtitle">{tr("handover-intro")}</p>
                </div>
            </header>
            <Show
                when=move || session.holds_leadership()
                fallback=|| view! { <p class="empty">{tr("handover-leadership-only")}</p> }
            >
                {move || just_ended.get().map(|id| view! { <EndedNotice id=id /> })}
                {move || match current.get() {
                    Some(id) => view! { <RunningHandover id=id on_ended=Callback::new(move |id| just_ended.set(Some(id))) /> }.into_any(),
                    None => match my_role() {
                        Some(Role::Ceo) => view! { <StartForm /> }.into_any(),
                        Some(Role::OperationsAssistant) => view! { <EmergencyStart /> }.into_any(),
                        _ => view! { <p class="empty">{tr("handover-none")}</p> }.into_any(),
                    },
                }}
                <PastHandovers />
            </Show>
        </section>
    }
}

/// Shown once the CEO has ended a handover: the way to the return briefing.
#[component]
fn EndedNotice(id: String) -> impl IntoView {
    view! {
        <section class="panel handover-ended" role="status">
            <h2>{tr("handover-ended-title")}</h2>
            <p>{tr("handover-ended-text")}</p>
            <A href=format!("/handover/{id}/briefing") attr:class="button primary">
                {tr("handover-read-briefing")}
            </A>
        </section>
    }
}

/// The member's name, or "unknown member".
pub(crate) fn name_of(session: Session, i18n: I18n, id: &str) -> String {
    session
        .member_name(id)
        .unwrap_or_else(|| i18n.t("member-unknown"))
}

/// The problem with the handover itself (ended or taken meanwhile on another
/// device, not this member's to change), which no field of the form shows.
#[component]
fn HandoverProblem(errors: FormErrors) -> impl IntoView {
    let i18n = use_i18n();
    let problem = errors.field("handover");
    view! {
        <p class="form-message" role="alert" hidden=move || problem.get().is_none()>
            {move || problem.get().map(|p| problem_text(i18n, &p))}
        </p>
    }
}

/// The handover `id` as a signal, when this device holds it.
fn handover_signal(session: Session, id: &str) -> Option<RwSignal<Handover>> {
    session
        .leadership_records
        .handovers
        .get_untracked_signal(id)
}

/// The desk's screens and their addresses.
#[component(transparent)]
pub fn HandoverRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    view! {
        <ParentRoute path=path!("/handover") view=Outlet>
            <Route path=path!("") view=HandoverPage />
            <Route path=path!(":id/briefing") view=BriefingPage />
        </ParentRoute>
    }
    .into_inner()
}
