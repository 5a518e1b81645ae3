//! Improve, requests and conflicts: improvement proposals with hints from the
//! data, the request intake with its routing rules, and conflict cases.

mod conflict;
mod conflicts;
mod hints;
mod improvements;
mod requests;
mod rules;
mod target;

use crate::domain::calendar::day_of;
use crate::domain::people::Role;
use crate::domain::Millis;
use crate::ui::i18n::I18n;
use crate::ui::session::Session;
use crate::ui::widgets::{device_zone, format_datetime, format_time, now_ms, step_error};
use leptos::prelude::*;
use leptos_router::components::{Outlet, ParentRoute, Route};
use leptos_router::path;

use conflict::ConflictPage;
use conflicts::ConflictsPage;
use improvements::ImprovementsPage;
use requests::RequestsPage;

/// The name of member `id`, or "Unknown member".
fn name_of(session: Session, i18n: I18n, id: &str) -> String {
    session
        .member_name(id)
        .unwrap_or_else(|| i18n.t("member-unknown"))
}

/// A moment as the lists show it: the time alone when it is today, else the
/// date and time.
fn when_text(i18n: I18n, at: Millis) -> String {
    let zone = device_zone();
    if day_of(at, &zone) == day_of(now_ms(), &zone) {
        format_time(at, i18n.locale())
    } else {
        format_datetime(at, i18n.locale())
    }
}

/// The role of this device's user as their grant says (a team member
/// without a verified grant).
fn my_role(session: Session) -> Role {
    session.my_role().unwrap_or_default()
}

/// The desk's screens and their addresses, which have no common prefix.
#[component(transparent)]
pub fn ImproveRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    view! {
        <ParentRoute path=path!("") view=Outlet>
            <Route path=path!("/requests") view=RequestsPage />
            <Route path=path!("/improvements") view=ImprovementsPage />
            <Route path=path!("/conflicts") view=ConflictsPage />
            <Route path=path!("/conflicts/:id") view=ConflictPage />
        </ParentRoute>
    }
    .into_inner()
}
