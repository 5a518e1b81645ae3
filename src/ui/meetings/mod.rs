//! The Meetings desk (Office): upcoming meetings as a list, a day or a week,
//! a meeting's page with its minutes, follow-up tasks and calendar file, and
//! the form that warns about double-booked attendees before saving.

mod calendar;
mod form;
mod page;

use leptos::prelude::*;
use leptos_router::components::{Outlet, ParentRoute, Route, A};
use leptos_router::path;

use calendar::MeetingsPage;
use form::MeetingNew;
use page::MeetingPage;

use crate::domain::meetings::{Attendee, IcsAttendee};
use crate::ui::i18n::{tr, I18n};
use crate::ui::session::Session;
use crate::ui::widgets::{members_where, Choice};

/// The desk's screens and their addresses.
#[component(transparent)]
pub fn MeetingRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    view! {
        <ParentRoute path=path!("/meetings") view=Outlet>
            <Route path=path!("") view=MeetingsPage />
            <Route path=path!("new") view=MeetingNew />
            <Route path=path!(":id") view=MeetingPage />
        </ParentRoute>
    }
    .into_inner()
}

/// The desk's own navigation: the calendar and a new meeting.
#[component]
fn MeetingsNav() -> impl IntoView {
    view! {
        <nav class="team-nav meetings-nav" aria-label=tr("meetings-nav")>
            <A href="/meetings" exact=true>{tr("meetings-nav-calendar")}</A>
            <A href="/meetings/new" attr:class="button primary small">{tr("meetings-nav-new")}</A>
        </nav>
    }
}

/// Whether `attendee` may be invited: an active member, or a contact of an
/// existing client.
pub(crate) fn is_known(session: Session) -> impl Fn(&Attendee) -> bool + Copy {
    let members = session.records.members;
    let clients = session.records.clients;
    move |attendee| match attendee {
        Attendee::Member(id) => members
            .get_untracked_signal(id)
            .is_some_and(|m| m.with_untracked(|m| m.active)),
        Attendee::Contact { client, contact } => clients
            .get_untracked_signal(client)
            .is_some_and(|c| c.with_untracked(|c| c.contacts.contains_key(contact))),
    }
}

/// An attendee's name, with the client of a contact ("Jo Jansen (Acme)");
/// the name of someone no longer there says so.
pub(crate) fn attendee_name(session: Session, i18n: I18n, attendee: &Attendee) -> String {
    let found = match attendee {
        Attendee::Member(id) => session
            .records
            .members
            .get_untracked_signal(id)
            .map(|m| m.with(|m| m.name.clone())),
        Attendee::Contact { client, contact } => session
            .records
            .clients
            .get_untracked_signal(client)
            .and_then(|c| {
                c.with(|c| {
                    let person = c.contacts.get(contact)?;
                    Some(format!("{} ({})", person.name, c.name))
                })
            }),
    };
    found.unwrap_or_else(|| i18n.t("meeting-attendee-gone"))
}

/// The attendees as the calendar file names them; a contact's e-mail
/// address when there is one.
fn ics_attendees(session: Session, i18n: I18n, attendees: &[Attendee]) -> Vec<IcsAttendee> {
    attendees
        .iter()
        .map(|attendee| {
            let (id, email) = match attendee {
                Attendee::Member(id) => {
                    let email = session
                        .records
                        .members
                        .get_untracked_signal(id)
                        .map(|m| m.with_untracked(|m| m.email.clone()))
                        .unwrap_or_default();
                    (id.clone(), email)
                }
                Attendee::Contact { client, contact } => {
                    let email = session
                        .records
                        .clients
                        .get_untracked_signal(client)
                        .and_then(|c| {
                            c.with_untracked(|c| c.contacts.get(contact).map(|p| p.email.clone()))
                        })
                        .unwrap_or_default();
                    (contact.clone(), email)
                }
            };
            IcsAttendee {
                id,
                name: untrack(|| attendee_name(session, i18n, attendee)),
                email,
            }
        })
        .collect()
}

/// Who may be invited, by name: the active members, then each client's
/// contacts ("Jo Jansen (Acme)"); values are [`Attendee::code`]s.
pub(crate) fn attendee_choices(session: Session) -> Signal<Vec<Choice>> {
    Signal::derive(move || {
        let members = members_where(session, |m| m.active)
            .into_iter()
            .map(|(id, name)| (Attendee::Member(id).code(), name));
        let clients =
            session
                .indexes
                .clients_by_name
                .records(&(), usize::MAX, session.records.clients);
        let contacts = clients.into_iter().flat_map(|client| {
            let mut people: Vec<Choice> = client
                .contacts
                .values()
                .map(|person| {
                    let attendee = Attendee::Contact {
                        client: client.id.clone(),
                        contact: person.id.clone(),
                    };
                    (
                        attendee.code(),
                        format!("{} ({})", person.name, client.name),
                    )
                })
                .collect();
            people.sort_by_key(|(_, name)| name.to_lowercase());
            people
        });
        members.chain(contacts).collect()
    })
}
