//! Registering a document and changing an entry. Nothing is written unless
//! every field is valid; "confidential" is offered only on a device that
//! holds the leadership document, where such entries are kept.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use super::{confidentiality_options, entry_path};
use crate::domain::register::{Confidentiality, DocumentKind, EntryInput};
use crate::ui::i18n::tr;
use crate::ui::session::Session;
use crate::ui::widgets::{
    code_options, member_choices, CodeSelect, FormErrors, FormMessage, RecordPicker, SaveError,
    TextField,
};

#[component]
pub fn DocumentNew() -> impl IntoView {
    let session = expect_context::<Session>();
    let navigate = use_navigate();
    let save = Callback::new(move |input: EntryInput| Ok(session.register_document(&input)?.id));
    let to_register = navigate.clone();
    let saved = Callback::new(move |id: String| navigate(&entry_path(&id), Default::default()));
    let cancel = Callback::new(move |_| to_register("/documents", Default::default()));
    let initial = EntryInput {
        owner: session.me(),
        ..Default::default()
    };
    view! {
        <section class="desk documents-desk narrow">
            <header class="desk-header">
                <h1>{tr("document-new-title")}</h1>
                <A href="/documents">{tr("document-back")}</A>
            </header>
            <EntryForm initial=initial save=save saved=saved cancel=cancel />
        </section>
    }
}

/// The register form. `save` writes the entry and returns its id; `saved`
/// runs after a successful save.
#[component]
pub(super) fn EntryForm(
    initial: EntryInput,
    save: Callback<EntryInput, Result<String, SaveError>>,
    saved: Callback<String>,
    cancel: Callback<()>,
) -> impl IntoView {
    let session = expect_context::<Session>();
    let title = RwSignal::new(initial.title);
    let kind = RwSignal::new(initial.kind.code().to_string());
    let owner = RwSignal::new(initial.owner);
    let location = RwSignal::new(initial.location);
    let level = RwSignal::new(initial.confidentiality.code().to_string());
    let review_on = RwSignal::new(initial.review_on);
    let notes = RwSignal::new(initial.notes);
    let errors = FormErrors::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let input = EntryInput {
            title: title.get_untracked(),
            kind: DocumentKind::from_code(&kind.get_untracked()).unwrap_or_default(),
            owner: owner.get_untracked(),
            location: location.get_untracked(),
            confidentiality: Confidentiality::from_code(&level.get_untracked()).unwrap_or_default(),
            review_on: review_on.get_untracked(),
            notes: notes.get_untracked(),
        };
        if let Some(id) = errors.show(save.run(input)) {
            saved.run(id);
        }
    };
    let leadership = session.holds_leadership();
    view! {
        <form class="card document-form" on:submit=submit novalidate>
            <TextField msg="document-field-title" name="title" value=title error=errors.field("title") />
            <div class="row">
                <CodeSelect msg="document-field-kind" name="kind" value=kind options=code_options(DocumentKind::ALL) />
                <RecordPicker msg="document-field-owner" name="owner" value=owner choices=member_choices(owner)
                    none="document-choose-owner" error=errors.field("owner") />
            </div>
            <TextField msg="document-field-location" name="location" value=location
                error=errors.field("location") placeholder="document-location-hint" />
            <div class="row">
                <CodeSelect msg="document-field-confidentiality" name="confidentiality" value=level
                    options=confidentiality_options(session) error=errors.field("confidentiality") />
                <TextField msg="document-field-review" name="review_on" kind="date" value=review_on
                    error=errors.field("review_on") />
            </div>
            <p class="hint">
                {if leadership { tr("document-confidential-hint") } else { tr("document-confidential-elsewhere") }}
            </p>
            <TextField msg="document-field-notes" name="notes" value=notes multiline=true error=errors.field("notes") />
            <FormMessage errors=errors />
            <div class="actions">
                <button type="button" class="button" on:click=move |_| cancel.run(())>
                    {tr("action-cancel")}
                </button>
                <button type="submit" class="button primary">{tr("action-save")}</button>
            </div>
        </form>
    }
}
