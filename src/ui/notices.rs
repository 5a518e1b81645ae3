//! Failures of writes that have no form beside them to show the reason (a
//! removal, a template step moved, this device's own record): each reaches
//! the user as a notice at the top of the workspace, in their language,
//! until they dismiss it. A failed write changes nothing, so the record
//! simply stays as it was; the notice says so and why.

use leptos::prelude::*;

use crate::ui::i18n::{tr, use_i18n, I18n};
use crate::ui::widgets::{problem_text, SaveError};

/// The notices on screen, oldest first, each with its own number.
#[derive(Clone, Copy)]
pub struct Notices {
    shown: RwSignal<Vec<(u64, SaveError)>>,
    next: StoredValue<u64>,
}

impl Notices {
    pub fn new() -> Self {
        Self {
            shown: RwSignal::new(Vec::new()),
            next: StoredValue::new(0),
        }
    }

    /// The value of `result`; or, when it failed, `None` with a notice of why.
    pub fn report<T, E: Into<SaveError>>(&self, result: Result<T, E>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(err) => {
                let number = self.next.get_value();
                self.next.set_value(number + 1);
                self.shown.update(|shown| shown.push((number, err.into())));
                None
            }
        }
    }

    fn dismiss(&self, number: u64) {
        self.shown
            .update(|shown| shown.retain(|(n, _)| *n != number));
    }
}

/// What went wrong, in a sentence: the first problem of bad input (a record
/// removed on another device meanwhile, a step not allowed), or the reason
/// storage gave.
fn notice_text(i18n: I18n, err: &SaveError) -> String {
    match err {
        SaveError::Invalid(invalid) => match invalid.0.first() {
            Some(first) => problem_text(i18n, &first.problem),
            None => i18n.t("error-form"),
        },
        SaveError::Failed(reason) => {
            i18n.t_args("error-save", &[("reason", reason.clone().into())])
        }
    }
}

/// The notices, above the desk on every page.
#[component]
pub fn NoticeList(notices: Notices) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="notices" role="alert" aria-live="assertive">
            <For each=move || notices.shown.get() key=|(number, _)| *number let:notice>
                <p class="notice" data-testid="notice">
                    <span>{move || notice_text(i18n, &notice.1)}</span>
                    <button type="button" class="button small" on:click=move |_| notices.dismiss(notice.0)>
                        {tr("action-dismiss")}
                    </button>
                </p>
            </For>
        </div>
    }
}
