//! The "expect a visitor" form: who, from where, for whom, when, and notes
//! for whoever greets them.

use leptos::prelude::*;

use crate::domain::action::Action;
use crate::domain::calendar::{day_of, day_text};
use crate::domain::visitors::{register_visit, VisitInput};
use crate::ui::i18n::tr;
use crate::ui::session::Session;
use crate::ui::widgets::{
    device_zone, member_choices, now_ms, FormErrors, FormMessage, RecordPicker, SaveError,
    TextField,
};

/// `done` runs after saving and on cancel.
#[component]
pub fn ExpectVisitor(done: Callback<()>) -> impl IntoView {
    let session = expect_context::<Session>();
    let name = RwSignal::new(String::new());
    let organisation = RwSignal::new(String::new());
    let host = RwSignal::new(String::new());
    let day = RwSignal::new(day_text(day_of(now_ms(), &device_zone())));
    let time = RwSignal::new(String::new());
    let notes = RwSignal::new(String::new());
    let errors = FormErrors::new();
    let host_exists = move |id: &str| {
        session
            .records
            .members
            .get_untracked_signal(id)
            .is_some_and(|m| m.with_untracked(|m| m.active))
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let input = VisitInput {
            name: name.get_untracked(),
            organisation: organisation.get_untracked(),
            host: host.get_untracked(),
            expected_day: day.get_untracked(),
            expected_time: time.get_untracked(),
            notes: notes.get_untracked(),
        };
        let saved: Result<(), SaveError> =
            register_visit(&input, host_exists, &session.me(), now_ms())
                .map_err(SaveError::from)
                .and_then(|visit| {
                    session
                        .change_team(Action::VisitExpect, &visit.name, |w| {
                            w.put(&visit.id, &visit)
                        })
                        .map_err(Into::into)
                });
        if errors.show(saved).is_some() {
            done.run(());
        }
    };
    view! {
        <section class="panel compose">
            <h2>{tr("visitors-expect")}</h2>
            <form class="inline-form" on:submit=submit novalidate>
                <div class="row">
                    <TextField msg="visitors-field-name" name="visit-name" value=name error=errors.field("name") />
                    <TextField msg="visitors-field-organisation" name="visit-organisation" value=organisation error=errors.field("organisation") />
                </div>
                <div class="row">
                    <RecordPicker msg="visitors-field-host" name="visit-host" value=host choices=member_choices(String::new())
                        none="visitors-choose-host" error=errors.field("host") />
                    <TextField msg="visitors-field-day" name="visit-day" kind="date" value=day error=errors.field("expected_day") />
                    <TextField msg="visitors-field-time" name="visit-time" kind="time" value=time error=errors.field("expected_time") />
                </div>
                <TextField msg="visitors-field-notes" name="visit-notes" value=notes multiline=true error=errors.field("notes") />
                <FormMessage errors=errors />
                <div class="actions">
                    <button type="button" class="button" on:click=move |_| done.run(())>{tr("action-cancel")}</button>
                    <button type="submit" class="button primary">{tr("visitors-save")}</button>
                </div>
            </form>
        </section>
    }
}
