//! Who is invited to an event and what each replied: members and client
//! contacts, each with a reply anyone may record for them ("Anna said yes
//! on the phone"). Each reply is its own entry of the event, so replies
//! recorded at once on two devices for different people are all kept.

use std::collections::BTreeSet;

use leptos::prelude::*;

use crate::domain::action::Action;
use crate::domain::events::{Event, Replies, Reply};
use crate::domain::meetings::Attendee;
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::meetings::{attendee_choices, attendee_name, is_known};
use crate::ui::session::Session;
use crate::ui::widgets::{FormErrors, FormMessage, RecordPicker};
use crate::workspace::events::{invite, reply};

#[component]
pub(super) fn Guests(id: String, event: RwSignal<Event>) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let id = StoredValue::new(id);
    let chosen = RwSignal::new(String::new());
    let errors = FormErrors::new();
    let everyone = attendee_choices(session);
    let remaining = Signal::derive(move || {
        let invited: BTreeSet<String> = event.with(|e| e.attendees.keys().cloned().collect());
        everyone
            .get()
            .into_iter()
            .filter(|(code, _)| !invited.contains(code))
            .collect::<Vec<_>>()
    });
    // Who is on the list, by name.
    let guests = move || {
        let mut guests: Vec<(String, String, Reply)> = event.with(|e| {
            e.attendees
                .iter()
                .map(|(code, reply)| {
                    let name = Attendee::from_code(code)
                        .map(|a| attendee_name(session, i18n, &a))
                        .unwrap_or_else(|| i18n.t("meeting-attendee-gone"));
                    (name, code.clone(), *reply)
                })
                .collect()
        });
        guests.sort_by_key(|(name, code, _)| (name.to_lowercase(), code.clone()));
        guests
    };
    let summary = move || {
        let replies = event.with(Replies::of);
        i18n.t_args(
            "event-replies-summary",
            &[
                ("yes", replies.yes.into()),
                ("maybe", replies.maybe.into()),
                ("no", replies.no.into()),
                ("invited", replies.invited.into()),
            ],
        )
    };
    let label = move || event.with_untracked(|e| e.name.clone());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(attendee) = Attendee::from_code(&chosen.get_untracked()) else {
            return;
        };
        let result = session.change_team(Action::EventInvite, &label(), |w| {
            invite(w, &id.get_value(), &attendee, is_known(session))
        });
        if errors.show(result.map_err(Into::into)).is_some() {
            chosen.set(String::new());
        }
    };
    let answer = move |code: &str, answer: Reply| {
        session
            .notices
            .report(session.change_team(Action::EventReply, &label(), |w| {
                reply(w, &id.get_value(), code, answer)
            }));
    };
    view! {
        <section class="panel event-guests">
            <h2>{tr("event-guests")}</h2>
            <Show when=move || event.with(|e| !e.attendees.is_empty())
                fallback=move || view! { <p class="empty">{tr("event-no-guests")}</p> }>
                <p class="meta" data-testid="event-replies-summary">{summary}</p>
                <ul class="guest-list">
                    <For each=guests key=|guest| guest.clone() let((name, code, current))>
                        {
                            let label = i18n.t_args("event-reply-of", &[("name", name.clone().into())]);
                            view! {
                                <li class="guest" data-testid="guest" data-reply=current.code()>
                                    <span class="guest-name">{name}</span>
                                    <select aria-label=label on:change=move |ev| {
                                        if let Some(chosen) = Reply::from_code(&event_target_value(&ev)) {
                                            answer(&code, chosen);
                                        }
                                    }>
                                        {Reply::ALL.iter().map(|r| view! {
                                            <option value=r.code() selected=*r == current>{move || i18n.t(r.message_id())}</option>
                                        }).collect_view()}
                                    </select>
                                </li>
                            }
                        }
                    </For>
                </ul>
            </Show>
            <form class="guest-form" on:submit=add novalidate>
                <RecordPicker msg="event-invite-who" name="event-guest" value=chosen choices=remaining
                    none="meeting-choose-attendee" error=errors.field("attendees") />
                <button type="submit" class="button" disabled=move || chosen.with(String::is_empty)>
                    {tr("event-invite")}
                </button>
            </form>
            <FormMessage errors=errors />
        </section>
    }
}
