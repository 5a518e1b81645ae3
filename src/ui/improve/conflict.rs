//! One conflict case: its parties and description, the mediation notes
//! (added, never edited), escalation to the CEO and the resolution.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use super::conflicts::{party_name, CaseBadges};
use super::{name_of, step_error, when_text};
use crate::domain::action::Action;
use crate::domain::conflicts::{add_note, escalate, resolve, ConflictCase, PartyKind};
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::{now_ms, FormErrors, FormMessage, TextField};

/// One conflict case.
#[component]
pub fn ConflictPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").unwrap_or_default());
    move || match session.leadership_records.conflicts.get(&id()) {
        Some(case) => view! { <CaseDetails id=id() case=case /> }.into_any(),
        None => view! {
            <section class="desk">
                <p class="empty">{tr("conflict-not-found")}</p>
                <A href="/conflicts">{tr("conflicts-back")}</A>
            </section>
        }
        .into_any(),
    }
}

#[component]
fn CaseDetails(id: String, case: RwSignal<ConflictCase>) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let failure = RwSignal::new(None::<String>);
    let resolved = Signal::derive(move || case.with(|c| c.resolved.is_some()));
    let escalated = Signal::derive(move || case.with(|c| c.escalated.is_some()));
    let stamp = move |message: &'static str, by: &str, at| {
        i18n.t_args(
            message,
            &[
                ("name", name_of(session, i18n, by).into()),
                ("when", when_text(i18n, at).into()),
            ],
        )
    };
    let parties = move || {
        case.with(|c| {
            c.parties
                .iter()
                .map(|party| {
                    let name = party_name(session, i18n, party);
                    let shown = match party.kind {
                        PartyKind::Client => {
                            view! { <A href=format!("/clients/{}", party.id)>{name}</A> }.into_any()
                        }
                        PartyKind::Member => name.into_any(),
                    };
                    view! {
                        <li>
                            {shown}
                            " "
                            <span class="meta">{i18n.t(party.kind.message_id())}</span>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let (note_id, resolve_id) = (id.clone(), id.clone());
    let escalate_case = move |_| {
        let result = session.update(
            &id,
            "escalate",
            (
                Action::ConflictEscalate,
                &case.with_untracked(|c| c.description.clone()),
            ),
            |current: &mut ConflictCase| escalate(current, &session.me(), now_ms()),
        );
        failure.set(result.err().map(|err| step_error(i18n, err.into())));
    };
    view! {
        <section class="desk conflict">
            <A href="/conflicts">{tr("conflicts-back")}</A>
            <header class="desk-header">
                <div>
                    <h1>{tr("conflict-title")}</h1>
                    <p class="subtitle">
                        <CaseBadges escalated=escalated resolved=resolved />
                        <span class="meta">{move || case.with(|c| stamp("conflict-opened", &c.opened_by, c.opened_at))}</span>
                    </p>
                </div>
                <Show when=move || !escalated.get() && !resolved.get()>
                    <button type="button" class="button" on:click=escalate_case.clone()>{tr("conflict-escalate")}</button>
                </Show>
            </header>
            {move || failure.get().map(|text| view! { <p class="field-error" role="alert">{text}</p> })}
            <section class="panel">
                <h2>{tr("conflict-field-parties")}</h2>
                <ul class="case-parties">{parties}</ul>
                <h2>{tr("conflict-field-description")}</h2>
                <p class="case-description">{move || case.with(|c| c.description.clone())}</p>
                {move || case.with(|c| c.escalated.as_ref().map(|e| stamp("conflict-escalated-by", &e.by, e.at))).map(|text| view! {
                    <p class="meta escalation" data-testid="escalated">{text}</p>
                })}
            </section>
            <section class="panel">
                <h2>{tr("conflict-notes-title")}</h2>
                {move || {
                    let notes: Vec<_> = case.with(|c| c.notes_oldest_first().into_iter().cloned().collect());
                    if notes.is_empty() {
                        view! { <p class="empty">{tr("conflict-notes-empty")}</p> }.into_any()
                    } else {
                        let notes = notes
                            .into_iter()
                            .map(|note| view! {
                                <li class="note">
                                    <p class="note-text">{note.text.clone()}</p>
                                    <p class="meta">{stamp("conflict-note-by", &note.by, note.at)}</p>
                                </li>
                            })
                            .collect_view();
                        view! { <ol class="timeline mediation-notes" data-testid="notes">{notes}</ol> }.into_any()
                    }
                }}
                <Show when=move || !resolved.get()>
                    <NoteForm id=note_id.clone() />
                </Show>
            </section>
            <section class="panel">
                <h2>{tr("conflict-resolution-title")}</h2>
                {move || case.with(|c| c.resolved.clone()).map(|r| view! {
                    <div class="resolution" data-testid="resolution">
                        <p>{r.text.clone()}</p>
                        <p class="meta">{stamp("conflict-resolved-by", &r.by, r.at)}</p>
                    </div>
                })}
                <Show when=move || !resolved.get()>
                    <ResolveForm id=resolve_id.clone() />
                </Show>
            </section>
        </section>
    }
}

/// Adds a mediation note.
#[component]
fn NoteForm(id: String) -> impl IntoView {
    let session = expect_context::<Session>();
    let text = RwSignal::new(String::new());
    let errors = FormErrors::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let note = text.get_untracked();
        let saved = session.update(
            &id,
            "note",
            (Action::ConflictNote, &note),
            |current: &mut ConflictCase| {
                add_note(current, &note, &session.me(), now_ms()).map(|_| ())
            },
        );
        if errors.show(saved.map_err(Into::into)).is_some() {
            text.set(String::new());
        }
    };
    view! {
        <form class="inline-form" on:submit=submit novalidate>
            <TextField msg="conflict-field-note" name="note" value=text multiline=true error=errors.field("note") />
            <FormMessage errors=errors />
            <div class="actions">
                <button type="submit" class="button primary">{tr("conflict-add-note")}</button>
            </div>
        </form>
    }
}

/// Resolves the case with a resolution.
#[component]
fn ResolveForm(id: String) -> impl IntoView {
    let session = expect_context::<Session>();
    let text = RwSignal::new(String::new());
    let errors = FormErrors::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let resolution = text.get_untracked();
        let saved = session.update(
            &id,
            "resolution",
            (Action::ConflictResolve, &resolution),
            |current: &mut ConflictCase| resolve(current, &resolution, &session.me(), now_ms()),
        );
        errors.show(saved.map_err(Into::into));
    };
    view! {
        <form class="inline-form" on:submit=submit novalidate>
            <TextField msg="conflict-field-resolution" name="resolution" value=text multiline=true error=errors.field("resolution") />
            <FormMessage errors=errors />
            <div class="actions">
                <button type="submit" class="button primary">{tr("conflict-resolve")}</button>
            </div>
        </form>
    }
}
