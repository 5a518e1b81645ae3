//! The "take a message" form: from whom, for whom (a person or a
//! department), how it came in, how urgent, what they said and the number
//! to call back.

use leptos::prelude::*;

use crate::domain::action::Action;
use crate::domain::messages::{
    take_message, MessageChannel, MessageInput, Recipient, RecipientKind, Urgency,
};
use crate::ui::i18n::tr;
use crate::ui::session::Session;
use crate::ui::widgets::{
    code_options, department_targets, members_where, now_ms, CodeSelect, FormErrors, FormMessage,
    RecordPicker, SaveError, TextField,
};

/// `done` runs after taking the message and on cancel.
#[component]
pub fn TakeMessage(done: Callback<()>) -> impl IntoView {
    let session = expect_context::<Session>();
    let from = RwSignal::new(String::new());
    let organisation = RwSignal::new(String::new());
    let recipient = RwSignal::new(String::new());
    let channel = RwSignal::new(MessageChannel::default().code().to_string());
    let urgency = RwSignal::new(Urgency::default().code().to_string());
    let body = RwSignal::new(String::new());
    let call_back = RwSignal::new(String::new());
    let errors = FormErrors::new();
    // People first, then departments, each key naming its kind.
    let departments = department_targets();
    let recipients = Signal::derive(move || {
        let people = members_where(session, |m| m.active)
            .into_iter()
            .map(|(id, name)| (Recipient::member(&id).key(), name));
        people.chain(departments.get()).collect::<Vec<_>>()
    });
    let exists = move |r: &Recipient| match r.kind {
        RecipientKind::Member => session
            .records
            .members
            .get_untracked_signal(&r.id)
            .is_some_and(|m| m.with_untracked(|m| m.active)),
        RecipientKind::Department => session.is_department()(&r.id),
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let input = MessageInput {
            from: from.get_untracked(),
            organisation: organisation.get_untracked(),
            channel: MessageChannel::from_code(&channel.get_untracked()).unwrap_or_default(),
            urgency: Urgency::from_code(&urgency.get_untracked()).unwrap_or_default(),
            recipient: recipient.get_untracked(),
            body: body.get_untracked(),
            call_back: call_back.get_untracked(),
        };
        let saved: Result<(), SaveError> = take_message(&input, exists, &session.me(), now_ms())
            .map_err(SaveError::from)
            .and_then(|message| {
                session
                    .change_team(Action::MessageTake, &message.from, |w| {
                        w.put(&message.id, &message)
                    })
                    .map_err(Into::into)
            });
        if errors.show(saved).is_some() {
            done.run(());
        }
    };
    view! {
        <section class="panel compose">
            <h2>{tr("messages-take")}</h2>
            <form class="inline-form" on:submit=submit novalidate>
                <div class="row">
                    <TextField msg="messages-field-from" name="message-from" value=from error=errors.field("from") />
                    <TextField msg="messages-field-organisation" name="message-organisation" value=organisation error=errors.field("organisation") />
                </div>
                <div class="row">
                    <RecordPicker msg="messages-field-for" name="message-for" value=recipient choices=recipients
                        none="messages-choose-recipient" error=errors.field("recipient") />
                    <CodeSelect msg="messages-field-channel" name="message-channel" value=channel options=code_options(MessageChannel::ALL) />
                    <CodeSelect msg="messages-field-urgency" name="message-urgency" value=urgency options=code_options(Urgency::ALL) />
                </div>
                <TextField msg="messages-field-body" name="message-body" value=body multiline=true error=errors.field("body") />
                <TextField msg="messages-field-call-back" name="message-call-back" value=call_back error=errors.field("call_back") />
                <FormMessage errors=errors />
                <div class="actions">
                    <button type="button" class="button" on:click=move |_| done.run(())>{tr("action-cancel")}</button>
                    <button type="submit" class="button primary">{tr("messages-save")}</button>
                </div>
            </form>
        </section>
    }
}
