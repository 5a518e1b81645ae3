//! A crisis's timeline: entries oldest first, each with its corrections, the
//! change that wrote it and the tamper check's finding; and the forms that
//! add an entry (or a correction) and close the crisis.

use leptos::prelude::*;

use crate::domain::action::Action;
use crate::domain::crisis::{
    close_crisis, log_entry, Crisis, CrisisEntry, EntryInput, EntryKind, Phrase, TimelineItem,
};
use crate::domain::validation::Invalid;
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::{code_options, now_ms, CodeSelect, FormErrors, FormMessage, TextField};

use super::history::{say, CrisisLog};

/// The timeline; `open` says whether entries may still be corrected.
#[component]
pub(super) fn Timeline(
    crisis_id: String,
    log: CrisisLog,
    #[prop(into)] open: Signal<bool>,
) -> impl IntoView {
    let items = log.items;
    let crisis_id = StoredValue::new(crisis_id);
    view! {
        <Show when=move || !items.with(Vec::is_empty) fallback=|| view! { <p class="empty">{tr("crisis-timeline-empty")}</p> }>
            <ol class="timeline crisis-timeline">
                <For each=move || items.get() key=item_key let:item>
                    <Entry crisis_id=crisis_id.get_value() item=item log=log open=open />
                </For>
            </ol>
        </Show>
    }
}

/// What an entry shows: a new key redraws it. Entries are never edited
/// in Handover, but a correction or a write by another tool shows at once.
fn item_key(item: &TimelineItem) -> (String, String, EntryKind, Vec<i64>) {
    (
        item.entry.id.clone(),
        item.entry.text.clone(),
        item.entry.kind,
        item.corrected_at.clone(),
    )
}

#[component]
fn Entry(
    crisis_id: String,
    item: TimelineItem,
    log: CrisisLog,
    open: Signal<bool>,
) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let correcting = RwSignal::new(false);
    let TimelineItem {
        entry,
        corrects_at,
        corrected_at,
    } = item;
    let id = entry.id.clone();
    let found = Memo::new(move |_| {
        log.provenance
            .with(|p| p.get(&id).cloned().unwrap_or_default())
    });
    let head = {
        let entry = entry.clone();
        move || {
            say(
                i18n,
                session,
                Phrase::Entry {
                    kind: entry.kind,
                    by: &entry.by,
                    at: entry.at,
                },
            )
        }
    };
    let hash = move || {
        found.get().created.map(|created| {
            let unverified = created.attribution.warning_id().map(|id| {
                view! { " " <strong class="unverified" role="alert" data-testid="unverified-author">{i18n.t(id)}</strong> }
            });
            view! {
                <span class="change-ref">
                    {tr("crisis-change")} " "
                    <code class="change-hash" title=created.hash.clone() data-testid="change-hash">
                        {created.short_hash().to_string()}
                    </code>
                    {unverified}
                </span>
            }
        })
    };
    let rewrites = move || {
        found
            .get()
            .rewritten
            .into_iter()
            .map(|change| {
                let text = say(
                    i18n,
                    session,
                    Phrase::ChangedAfter {
                        by: change.author.as_deref(),
                        at: change.at,
                    },
                );
                view! {
                    <p class="tampered" role="alert" data-testid="tampered">
                        {text} " " <code title=change.hash.clone()>{change.short_hash().to_string()}</code>
                    </p>
                }
            })
            .collect_view()
    };
    let corrects = corrects_at.map(|at| {
        view! { <p class="corrects" data-testid="corrects">{move || say(i18n, session, Phrase::Corrects { at })}</p> }
    });
    let corrected = corrected_at
        .iter()
        .map(|&at| {
            view! {
                <p class="corrected-by" data-testid="corrected-by">
                    {move || say(i18n, session, Phrase::CorrectedBy { at })}
                </p>
            }
        })
        .collect_view();
    let is_corrected = !corrected_at.is_empty();
    let ids = StoredValue::new((crisis_id, entry.id.clone()));
    view! {
        <li
            class=format!("crisis-entry kind-{}", entry.kind.code())
            class:corrected=is_corrected
            class:tampered-entry=move || !found.get().is_as_written()
            data-testid="crisis-entry"
        >
            <div class="entry-head">
                <span class="badge">{move || i18n.t(entry.kind.message_id())}</span>
                <span class="meta">{head}</span>
                {hash}
            </div>
            <p class="entry-text">{entry.text.clone()}</p>
            {corrects}
            {corrected}
            {rewrites}
            <Show when=move || open.get()>
                <div class="entry-actions">
                    <button
                        type="button"
                        class="button small"
                        aria-expanded=move || correcting.get().to_string()
                        on:click=move |_| correcting.update(|c| *c = !*c)
                    >
                        {tr("crisis-correct")}
                    </button>
                </div>
                <Show when=move || correcting.get()>
                    <EntryForm
                        crisis_id=ids.get_value().0
                        corrects=ids.get_value().1
                        done=Callback::new(move |_| correcting.set(false))
                    />
                </Show>
            </Show>
        </li>
    }
}

/// Adds an entry to the timeline, or a correction of entry `corrects`.
/// Nothing is written without text, or once the crisis is closed (perhaps
/// on another device).
#[component]
pub(super) fn EntryForm(
    crisis_id: String,
    #[prop(optional)] corrects: Option<String>,
    #[prop(optional)] done: Option<Callback<()>>,
) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let kind = RwSignal::new(EntryKind::default().code().to_string());
    let text = RwSignal::new(String::new());
    let errors = FormErrors::new();
    let correcting = corrects.is_some();
    let submit = {
        let corrects = corrects.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let input = EntryInput {
                kind: EntryKind::from_code(&kind.get_untracked()).unwrap_or_default(),
                text: text.get_untracked(),
                corrects: corrects.clone(),
            };
            let saved = session.change_leadership(Action::CrisisEntry, &input.text, |w| {
                let crisis: Crisis = w
                    .get::<Crisis>(&crisis_id)?
                    .ok_or_else(|| Invalid::unknown("text"))?;
                let corrected_is_ours = match &input.corrects {
                    Some(id) => w
                        .get::<CrisisEntry>(id)?
                        .is_some_and(|e| e.crisis_id == crisis_id),
                    None => true,
                };
                let entry = log_entry(
                    &crisis,
                    &input,
                    |_| corrected_is_ours,
                    &session.me(),
                    now_ms(),
                )?;
                w.put(&entry.id, &entry)
            });
            if errors.show(saved.map_err(Into::into)).is_some() {
                text.set(String::new());
                if let Some(done) = done {
                    done.run(());
                }
            }
        }
    };
    let kinds = code_options(EntryKind::ALL);
    let label = if correcting {
        "crisis-field-correction"
    } else {
        "crisis-field-text"
    };
    view! {
        <form class="inline-form entry-form" on:submit=submit novalidate>
            <CodeSelect msg="field-kind" name="kind" value=kind options=kinds />
            <TextField msg=label name="text" value=text multiline=true error=errors.field("text") />
            <p class="field-error">{move || errors.field("corrects").get().map(|_| i18n.t("crisis-correct-gone"))}</p>
            <FormMessage errors=errors />
            <div class="actions">
                {done.map(|done| view! {
                    <button type="button" class="button" on:click=move |_| done.run(())>{tr("action-cancel")}</button>
                })}
                <button type="submit" class="button primary">
                    {move || if correcting { i18n.t("crisis-correct-save") } else { i18n.t("crisis-entry-save") }}
                </button>
            </div>
        </form>
    }
}

/// Closes the crisis with a resolution summary (required).
#[component]
pub(super) fn CloseForm(crisis_id: String) -> impl IntoView {
    let session = expect_context::<Session>();
    let resolution = RwSignal::new(String::new());
    let errors = FormErrors::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = resolution.get_untracked();
        let saved = session.change_leadership(Action::CrisisClose, &text, |w| {
            let mut crisis: Crisis = w
                .get::<Crisis>(&crisis_id)?
                .ok_or_else(|| Invalid::unknown("resolution"))?;
            close_crisis(&mut crisis, &text, &session.me(), now_ms())?;
            w.put(&crisis_id, &crisis)
        });
        errors.show(saved.map_err(Into::into));
    };
    view! {
        <form class="inline-form close-form" on:submit=submit novalidate>
            <TextField msg="crisis-field-resolution" name="resolution" value=resolution multiline=true error=errors.field("resolution") />
            <FormMessage errors=errors />
            <div class="actions">
                <button type="submit" class="button primary">{tr("crisis-close")}</button>
            </div>
        </form>
    }
}
