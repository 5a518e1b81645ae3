//! One announcement: the message, this user's "I have read this", and for
//! the sender and leadership who has read it.

use leptos::prelude::*;

use crate::domain::action::Action;
use crate::domain::announcements::{acknowledge, readers, Announcement};
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::{format_datetime, now_ms, FormErrors, FormMessage, SaveError};

#[component]
pub fn AnnouncementItem(id: String) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let Some(announcement) = session.records.announcements.get_untracked_signal(&id) else {
        return ().into_any();
    };
    let me = session.me();
    let read_at = {
        let me = me.clone();
        Memo::new(move |_| announcement.with(|a| a.acks.get(&me).copied()))
    };
    let is_sender = announcement.with_untracked(|a| a.by == me);
    let unread = move || !is_sender && read_at.get().is_none();
    let sees_readers =
        move || is_sender || session.my_role().is_some_and(|role| role.is_leadership());
    let posted = move || {
        announcement.with(|a| {
            let name = session
                .member_name(&a.by)
                .unwrap_or_else(|| i18n.t("member-unknown"));
            i18n.t_args(
                "announcements-posted",
                &[
                    ("name", name.into()),
                    ("when", format_datetime(a.at, i18n.locale()).into()),
                ],
            )
        })
    };
    let errors = FormErrors::new();
    let mark_read = move |_| {
        let title = announcement.with_untracked(|a| a.title.clone());
        let saved: Result<Announcement, SaveError> = session
            .update(
                &id,
                "acks",
                (Action::AnnouncementAck, &title),
                |current: &mut Announcement| {
                    acknowledge(current, &session.me(), now_ms());
                    Ok(())
                },
            )
            .map_err(Into::into);
        errors.show(saved);
    };
    view! {
        <li class="announcement" class:unread=unread data-testid="announcement">
            <article>
                <header>
                    <h2>{move || announcement.with(|a| a.title.clone())}</h2>
                    <p class="meta">{posted}</p>
                </header>
                <p class="body">{move || announcement.with(|a| a.body.clone())}</p>
                <Show
                    when=unread
                    fallback=move || {
                        read_at
                            .get()
                            .map(|at| {
                                view! {
                                    <p class="meta read-note">
                                        {move || i18n.t_args("announcements-you-read", &[("when", format_datetime(at, i18n.locale()).into())])}
                                    </p>
                                }
                            })
                    }
                >
                    <div class="actions">
                        <button class="button primary" on:click=mark_read.clone()>{tr("announcements-ack")}</button>
                    </div>
                </Show>
                <FormMessage errors=errors />
                <Show when=sees_readers>
                    <Readers announcement=announcement />
                </Show>
            </article>
        </li>
    }
    .into_any()
}

/// "3 of 5 have read this", with names and times, and who has not yet.
#[component]
fn Readers(announcement: RwSignal<Announcement>) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let members = session.records.members;
    let readers = Memo::new(move |_| announcement.with(|a| readers(a, &members.values())));
    let name = move |id: &str| {
        session
            .member_name(id)
            .unwrap_or_else(|| i18n.t("member-unknown"))
    };
    let summary = move || {
        let r = readers.get();
        i18n.t_args(
            "announcements-read-count",
            &[("read", r.read.len().into()), ("total", r.total().into())],
        )
    };
    view! {
        <details class="readers" data-testid="readers">
            <summary>{summary}</summary>
            <div class="reader-lists">
                <div>
                    <h3>{tr("announcements-read-by")}</h3>
                    <ul>
                        {move || {
                            let read = readers.get().read;
                            if read.is_empty() {
                                return view! { <li class="muted">{tr("announcements-nobody-yet")}</li> }.into_any();
                            }
                            read.into_iter()
                                .map(|(id, at)| {
                                    let text = i18n.t_args(
                                        "announcements-reader",
                                        &[("name", name(&id).into()), ("when", format_datetime(at, i18n.locale()).into())],
                                    );
                                    view! { <li data-testid="reader" data-state="read">{text}</li> }
                                })
                                .collect_view()
                                .into_any()
                        }}
                    </ul>
                </div>
                <div>
                    <h3>{tr("announcements-not-yet")}</h3>
                    <ul>
                        {move || {
                            let not_yet = readers.get().not_yet;
                            if not_yet.is_empty() {
                                return view! { <li class="muted">{tr("announcements-everyone-read")}</li> }.into_any();
                            }
                            not_yet
                                .into_iter()
                                .map(|id| view! { <li data-testid="reader" data-state="not-yet">{name(&id)}</li> })
                                .collect_view()
                                .into_any()
                        }}
                    </ul>
                </div>
            </div>
        </details>
    }
}
