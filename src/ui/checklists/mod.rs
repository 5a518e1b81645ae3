//! Onboarding and offboarding: checklists in progress, the templates, and a
//! client's checklists.

use leptos::prelude::*;

use crate::ui::i18n::tr;

/// Every checklist in progress.
#[component]
pub fn OnboardingPage() -> impl IntoView {
    view! {
        <section class="desk">
            <h1>{tr("onboarding-title")}</h1>
        </section>
    }
}

/// The checklist templates, editable.
#[component]
pub fn TemplatesPage() -> impl IntoView {
    view! {
        <section class="desk">
            <h1>{tr("templates-title")}</h1>
        </section>
    }
}

/// A client's checklists, and starting one.
#[component]
pub fn ClientChecklists(client_id: String) -> impl IntoView {
    let _ = client_id;
}
