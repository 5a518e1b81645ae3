//! One message in the list: who it is from and for, what they said, how
//! to call back, and "Done" while it is open.

use leptos::prelude::*;

use super::recipient_name;
use crate::domain::action::Action;
use crate::domain::messages::{mark_done, Message};
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::{format_datetime, now_ms, FormErrors, FormMessage, SaveError};

#[component]
pub fn MessageRow(id: String) -> impl IntoView {
    let session = expect_context::<Session>();
    session
        .records
        .messages
        .get_untracked_signal(&id)
        .map(|message| view! { <MessageItem id=id message=message /> })
}

#[component]
fn MessageItem(id: String, message: RwSignal<Message>) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let errors = FormErrors::new();
    let id = StoredValue::new(id);
    let done = move |_| {
        let label = message.with_untracked(|m| m.from.clone());
        let me = session.me();
        let saved: Result<Message, SaveError> = session
            .update(
                &id.get_value(),
                "done",
                (Action::MessageDone, &label),
                |m: &mut Message| mark_done(m, &me, now_ms()),
            )
            .map_err(Into::into);
        errors.show(saved);
    };
    let from = move || {
        message.with(|m| {
            if m.organisation.is_empty() {
                m.from.clone()
            } else {
                format!("{} ({})", m.from, m.organisation)
            }
        })
    };
    let recipient = move || {
        let key = message.with(|m| m.recipient.key());
        i18n.t_args(
            "messages-for",
            &[("name", recipient_name(session, i18n, &key).into())],
        )
    };
    let taken = move || {
        message.with(|m| {
            let by = session
                .member_name(&m.taken_by)
                .unwrap_or_else(|| i18n.t("member-unknown"));
            i18n.t_args(
                "messages-taken",
                &[
                    ("when", format_datetime(m.taken_at, i18n.locale()).into()),
                    ("by", by.into()),
                    ("channel", i18n.t(m.channel.message_id()).into()),
                ],
            )
        })
    };
    let call_back = move || Some(message.with(|m| m.call_back.clone())).filter(|n| !n.is_empty());
    let closed = move || {
        message.with(|m| {
            m.done.as_ref().map(|done| {
                let by = session
                    .member_name(&done.by)
                    .unwrap_or_else(|| i18n.t("member-unknown"));
                i18n.t_args(
                    "messages-done-by",
                    &[
                        ("by", by.into()),
                        ("when", format_datetime(done.at, i18n.locale()).into()),
                    ],
                )
            })
        })
    };
    let urgent = move || message.with(Message::is_urgent);
    view! {
        <li class=move || if urgent() { "message urgent" } else { "message" } data-testid="message">
            <header>
                <Show when=urgent>
                    <span class="badge urgent">{tr("message-urgency-urgent")}</span>
                    " "
                </Show>
                <strong class="from">{from}</strong>
                " "
                <span class="meta">{recipient}</span>
            </header>
            <p class="body">{move || message.with(|m| m.body.clone())}</p>
            <p class="meta">
                {taken}
                {move || call_back().map(|number| view! {
                    " · " {tr("messages-call-back")} " "
                    <a href=format!("tel:{number}")>{number.clone()}</a>
                })}
            </p>
            {move || match closed() {
                Some(text) => view! { <p class="meta done" data-testid="message-done">{text}</p> }.into_any(),
                None => view! {
                    <div class="actions">
                        <button class="button small" on:click=done>{tr("messages-mark-done")}</button>
                    </div>
                }
                .into_any(),
            }}
            <FormMessage errors=errors />
        </li>
    }
}
