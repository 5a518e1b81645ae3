//! The workspace's thresholds: when a client counts as at risk, and when a
//! task counts as stalled (used by the Team desk).

use leptos::prelude::*;

use super::decimal;
use crate::domain::action::Action;
use crate::domain::care::{edit_preferences, Preferences, PreferencesInput, PREFERENCES_KEY};
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::{FormErrors, FormMessage, SaveError, TextField};

#[component]
pub fn Thresholds() -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    // What the form opened with: only fields changed from it are written.
    let current = session
        .records
        .preferences
        .get_untracked_signal(PREFERENCES_KEY)
        .map(|p| p.get_untracked())
        .unwrap_or_default();
    let original = StoredValue::new(PreferencesInput::from_preferences(&current));
    let initial = original.get_value();
    let risk_window = RwSignal::new(initial.risk_window);
    let risk_drop = RwSignal::new(untrack(|| decimal(i18n, current.risk_drop_tenths)));
    let complaint_days = RwSignal::new(initial.complaint_days);
    let stalled_days = RwSignal::new(initial.stalled_days);
    let errors = FormErrors::new();
    let saved_note = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let edited = PreferencesInput {
            risk_window: risk_window.get_untracked(),
            risk_drop: risk_drop.get_untracked(),
            complaint_days: complaint_days.get_untracked(),
            stalled_days: stalled_days.get_untracked(),
        };
        let label = untrack(|| i18n.t("care-thresholds-title"));
        let saved = session
            .change_team(Action::PreferencesEdit, &label, |w| {
                let mut current: Preferences =
                    w.get::<Preferences>(PREFERENCES_KEY)?.unwrap_or_default();
                edit_preferences(&mut current, &original.get_value(), &edited)?;
                w.put(PREFERENCES_KEY, &current)?;
                Ok(current)
            })
            .map_err(SaveError::from);
        saved_note.set(saved.is_ok());
        if let Some(current) = errors.show(saved) {
            let now = PreferencesInput::from_preferences(&current);
            risk_window.set(now.risk_window.clone());
            risk_drop.set(untrack(|| decimal(i18n, current.risk_drop_tenths)));
            complaint_days.set(now.complaint_days.clone());
            stalled_days.set(now.stalled_days.clone());
            original.set_value(now);
        }
    };
    view! {
        <section class="panel thresholds" data-testid="thresholds">
            <header class="panel-header">
                <h2>{tr("care-thresholds-title")}</h2>
            </header>
            <p class="meta">{tr("care-thresholds-intro")}</p>
            <form class="thresholds-form" on:submit=submit on:input=move |_| saved_note.set(false) novalidate>
                <div class="row">
                    <TextField msg="care-field-risk-window" name="risk_window" kind="number" value=risk_window error=errors.field("risk_window") />
                    <TextField msg="care-field-risk-drop" name="risk_drop" value=risk_drop error=errors.field("risk_drop") />
                </div>
                <div class="row">
                    <TextField msg="care-field-complaint-days" name="complaint_days" kind="number" value=complaint_days error=errors.field("complaint_days") />
                    <TextField msg="care-field-stalled-days" name="stalled_days" kind="number" value=stalled_days error=errors.field("stalled_days") />
                </div>
                <FormMessage errors=errors />
                <div class="actions">
                    <Show when=move || saved_note.get()>
                        <p class="saved-note" role="status">{tr("care-thresholds-saved")}</p>
                    </Show>
                    <button type="submit" class="button primary">{tr("care-thresholds-save")}</button>
                </div>
            </form>
        </section>
    }
}
