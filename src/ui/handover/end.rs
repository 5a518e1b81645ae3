//! The CEO ends the handover on return, with a short review of the acting
//! period; the acting banner then disappears on every device.

use leptos::prelude::*;

use crate::doc::DocError;
use crate::domain::action::Action;
use crate::domain::handover::{
    acting_record, end_acting, end_handover, Acting, Handover, ReviewInput,
};
use crate::domain::validation::Invalid;
use crate::ui::i18n::tr;
use crate::ui::session::Session;
use crate::ui::widgets::{now_ms, FormErrors, FormMessage, SaveError, TextField};

use super::HandoverProblem;

/// Ends `handover` in the leadership document (with the review) and its
/// acting record in the team document.
fn end(session: Session, id: &str, input: &ReviewInput) -> Result<(), SaveError> {
    let now = now_ms();
    let ended = session.change_leadership(Action::HandoverEnd, "", |w| {
        let mut current: Handover = w
            .get::<Handover>(id)?
            .ok_or_else(|| Invalid::unknown("handover"))?;
        end_handover(&mut current, input, &session.me(), now)?;
        w.put(id, &current)?;
        Ok::<_, DocError>(current)
    })?;
    session.change_team(Action::HandoverEnd, "", |w| {
        let mut acting: Acting = w
            .get::<Acting>(id)?
            .unwrap_or_else(|| acting_record(&ended));
        end_acting(&mut acting, now);
        w.put(id, &acting)
    })?;
    Ok(())
}

#[component]
pub fn EndForm(handover: RwSignal<Handover>, on_ended: Callback<String>) -> impl IntoView {
    let session = expect_context::<Session>();
    let went_well = RwSignal::new(String::new());
    let to_change = RwSignal::new(String::new());
    let errors = FormErrors::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let id = handover.with_untracked(|h| h.id.clone());
        let input = ReviewInput {
            went_well: went_well.get_untracked(),
            to_change: to_change.get_untracked(),
        };
        if errors.show(end(session, &id, &input)).is_some() {
            on_ended.run(id);
        }
    };
    view! {
        <section class="panel handover-end">
            <h2>{tr("handover-end-title")}</h2>
            <p class="meta">{tr("handover-end-intro")}</p>
            <form class="inline-form" on:submit=submit novalidate>
                <TextField msg="handover-field-went-well" name="went-well" value=went_well multiline=true error=errors.field("went_well") />
                <TextField msg="handover-field-to-change" name="to-change" value=to_change multiline=true error=errors.field("to_change") />
                <HandoverProblem errors=errors />
                <FormMessage errors=errors />
                <div class="actions">
                    <button type="submit" class="button primary">{tr("handover-end-submit")}</button>
                </div>
            </form>
        </section>
    }
}
