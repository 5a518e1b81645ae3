//! One register entry: what it is, who owns it, where it is kept, how
//! confidential it is and when it is due for review, with the form to change
//! it in place. Made confidential, it moves to the leadership document and
//! the page follows it there.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use super::form::EntryForm;
use super::list::today;
use super::{LevelBadge, Location, ReviewBadge};
use crate::domain::register::{EntryInput, RegisterEntry};
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::{format_datetime, format_day};

#[component]
pub fn DocumentPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").unwrap_or_default());
    // Whether the entry is held, and in the leadership document (`true`)
    // or the team one: the page re-renders when the entry comes, goes or
    // moves, not when it is edited in place.
    let held = Memo::new(move |_| {
        let id = id();
        let confidential = session.leadership_records.confidential_register;
        if confidential.get(&id).is_some() {
            return Some(true);
        }
        session.records.register.get(&id).map(|_| false)
    });
    move || match held.get().and_then(|_| session.register_entry(&id())) {
        Some(entry) => view! { <EntryDetails id=id() entry=entry /> }.into_any(),
        None => view! {
            <section class="desk documents-desk">
                <p class="empty">{tr("document-not-found")}</p>
                <A href="/documents">{tr("document-back")}</A>
            </section>
        }
        .into_any(),
    }
}

#[component]
fn EntryDetails(id: String, entry: Signal<RegisterEntry>) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let editing = RwSignal::new(false);
    let today = today();
    let owner = move || {
        let owner = entry.with(|e| e.owner.clone());
        session
            .member_name(&owner)
            .unwrap_or_else(|| i18n.t("member-unknown"))
    };
    let review = move || match entry.with(|e| e.review_on.clone()) {
        Some(day) => format_day(&day, i18n.locale()),
        None => i18n.t("document-no-review"),
    };
    let registered = move || {
        entry.with(|e| {
            let by = session
                .member_name(&e.created_by)
                .unwrap_or_else(|| i18n.t("member-unknown"));
            i18n.t_args(
                "document-registered-by",
                &[
                    ("name", by.into()),
                    ("when", format_datetime(e.created_at, i18n.locale()).into()),
                ],
            )
        })
    };
    let notes = move || entry.with(|e| e.notes.clone());
    let edit = move || {
        let original = entry.with_untracked(EntryInput::from_entry);
        let initial = original.clone();
        let id = id.clone();
        let save = Callback::new(move |input: EntryInput| {
            Ok(session.edit_document(&id, &original, &input)?.id)
        });
        let done = Callback::new(move |_| editing.set(false));
        view! { <EntryForm initial=initial save=save saved=Callback::new(move |_| editing.set(false)) cancel=done /> }
    };
    view! {
        <section class="desk documents-desk document-page">
            <header class="desk-header">
                <div>
                    <h1>{move || entry.with(|e| e.title.clone())}</h1>
                    <p class="subtitle">{registered}</p>
                </div>
                <div class="row-actions">
                    <A href="/documents">{tr("document-back")}</A>
                    <button class="button" on:click=move |_| editing.set(true) disabled=move || editing.get()>
                        {tr("action-edit")}
                    </button>
                </div>
            </header>
            <Show
                when=move || editing.get()
                fallback=move || view! {
                    <dl class="task-facts document-facts">
                        <dt>{tr("document-field-kind")}</dt>
                        <dd>{move || i18n.t(entry.with(|e| e.kind.message_id()))}</dd>
                        <dt>{tr("document-field-owner")}</dt>
                        <dd>{owner}</dd>
                        <dt>{tr("document-field-location")}</dt>
                        <dd><Location entry=entry /></dd>
                        <dt>{tr("document-field-confidentiality")}</dt>
                        <dd data-testid="document-level"><LevelBadge entry=entry /></dd>
                        <dt>{tr("document-field-review")}</dt>
                        <dd>{review} " " <ReviewBadge entry=entry today=today /></dd>
                    </dl>
                    <Show when=move || !notes().is_empty()>
                        <h2>{tr("document-field-notes")}</h2>
                        <p class="notes">{notes}</p>
                    </Show>
                }
            >
                {edit.clone()}
            </Show>
        </section>
    }
}
