//! The form that adds an observation about a member.

use leptos::prelude::*;

use crate::domain::action::Action;
use crate::domain::calendar::{day_of, day_text};
use crate::domain::observations::{record_observation, ObservationInput, ObservationKind};
use crate::ui::i18n::tr;
use crate::ui::session::Session;
use crate::ui::widgets::{
    code_options, device_zone, now_ms, CodeSelect, FormErrors, FormMessage, TextField,
};

fn today() -> String {
    day_text(day_of(now_ms(), &device_zone()))
}

#[component]
pub fn ObservationForm(member_id: String) -> impl IntoView {
    let session = expect_context::<Session>();
    let on = RwSignal::new(today());
    let kind = RwSignal::new(ObservationKind::default().code().to_string());
    let note = RwSignal::new(String::new());
    let errors = FormErrors::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let input = ObservationInput {
            on: on.get_untracked(),
            kind: ObservationKind::from_code(&kind.get_untracked()).unwrap_or_default(),
            note: note.get_untracked(),
        };
        let about = session.member_name(&member_id).unwrap_or_default();
        let saved = record_observation(&member_id, &input, &session.me(), now_ms())
            .map_err(Into::into)
            .and_then(|observation| {
                session
                    .change_leadership(Action::ObservationAdd, &about, |w| {
                        w.put(&observation.id, &observation)
                    })
                    .map_err(Into::into)
            });
        if errors.show(saved).is_some() {
            note.set(String::new());
            on.set(today());
        }
    };
    let kinds = code_options(ObservationKind::ALL);
    view! {
        <form class="inline-form observation-form" on:submit=submit novalidate>
            <div class="row">
                <TextField msg="observations-field-day" name="observation-day" kind="date" value=on error=errors.field("on") />
                <CodeSelect msg="field-kind" name="observation-kind" value=kind options=kinds />
            </div>
            <TextField msg="observations-field-note" name="observation-note" value=note multiline=true error=errors.field("note") />
            <FormMessage errors=errors />
            <div class="actions">
                <button type="submit" class="button primary">{tr("observations-add")}</button>
            </div>
        </form>
    }
}
