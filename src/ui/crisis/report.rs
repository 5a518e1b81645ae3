//! The crisis report: a clean page for printing (see the print styles in
//! main.css) and the same content as Markdown to download.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::domain::crisis::{report_file_name, report_markdown, Crisis, Phrase};
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::download_text;

use super::entries::Timeline;
use super::history::{say, CrisisLog};
use super::page::{Integrity, Resolution, WithCrisis};

/// The crisis report, for printing and as Markdown.
#[component]
pub fn CrisisReport() -> impl IntoView {
    view! {
        <WithCrisis let:crisis>
            <Report crisis=crisis />
        </WithCrisis>
    }
}

#[component]
fn Report(crisis: RwSignal<Crisis>) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let id = crisis.with_untracked(|c| c.id.clone());
    let log = CrisisLog::new(session, id.clone());
    let failed = RwSignal::new(false);
    let print = move |_| {
        if let Some(window) = web_sys::window() {
            failed.set(window.print().is_err());
        }
    };
    let download = move |_| {
        let (name, markdown) = crisis.with_untracked(|c| {
            let markdown = log.items.with_untracked(|items| {
                log.provenance.with_untracked(|found| {
                    report_markdown(c, items, found, |phrase| say(i18n, session, phrase))
                })
            });
            (report_file_name(&c.title), markdown)
        });
        failed.set(download_text(&name, "text/markdown;charset=utf-8", &markdown).is_err());
    };
    let line = move |phrase: fn(&Crisis) -> Phrase<'_>| {
        move || crisis.with(|c| say(i18n, session, phrase(c)))
    };
    view! {
        <article class="desk crisis-report">
            <div class="report-actions">
                <A href=format!("/crisis/{id}") attr:class="back">{tr("crisis-back-to-crisis")}</A>
                <div class="actions">
                    <button type="button" class="button" on:click=print>{tr("crisis-print")}</button>
                    <button type="button" class="button primary" on:click=download>{tr("crisis-download")}</button>
                </div>
                <Show when=move || failed.get()>
                    <p class="form-message" role="alert">{tr("crisis-report-failed")}</p>
                </Show>
            </div>
            <h1>{move || crisis.with(|c| c.title.clone())}</h1>
            <ul class="report-facts">
                <li>{line(|c| Phrase::Severity(c.severity))}</li>
                <li>{line(|c| Phrase::Status { open: c.is_open() })}</li>
                <li>{line(|c| Phrase::Declared { by: &c.declared_by, at: c.declared_at })}</li>
            </ul>
            <h2>{tr("crisis-report-summary")}</h2>
            <p class="notes">{move || crisis.with(|c| c.summary.clone())}</p>
            <h2>{tr("crisis-timeline")}</h2>
            <Timeline crisis_id=id.clone() log=log open=false />
            <h2>{tr("crisis-integrity")}</h2>
            <Integrity log=log />
            <h2>{tr("crisis-resolution")}</h2>
            <Resolution crisis=crisis />
        </article>
    }
}
