//! The conflicts list (leadership devices): open a case with its parties,
//! and every case — on the CEO's list, those escalated to them first.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use super::{my_role, name_of, when_text};
use crate::domain::action::Action;
use crate::domain::conflicts::{list_order, open_case, CaseInput, Party, PartyKind};
use crate::domain::people::Role;
use crate::ui::i18n::{tr, use_i18n, I18n};
use crate::ui::session::Session;
use crate::ui::widgets::{
    client_choices, members_where, now_ms, problem_text, Choice, ChoiceOptions, FormErrors,
    FormMessage, ListText, RecordList, SaveError, TextField,
};

/// Conflict cases (leadership devices).
#[component]
pub fn ConflictsPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let opening = RwSignal::new(false);
    let ids = Memo::new(move |_| {
        let for_ceo = my_role(session) == Role::Ceo;
        let mut cases = session.leadership_records.conflicts.values();
        cases.sort_by(|a, b| list_order(a, b, for_ceo));
        cases.into_iter().map(|c| c.id).collect::<Vec<_>>()
    });
    view! {
        <section class="desk conflicts">
            <header class="desk-header">
                <div>
                    <h1>{tr("conflicts-title")}</h1>
                    <p class="subtitle">{tr("conflicts-intro")}</p>
                </div>
                <Show when=move || session.holds_leadership()>
                    <button class="button primary" on:click=move |_| opening.set(true) disabled=move || opening.get()>
                        {tr("conflicts-open")}
                    </button>
                </Show>
            </header>
            <Show
                when=move || session.holds_leadership()
                fallback=|| view! { <p class="empty">{tr("conflicts-leadership-only")}</p> }
            >
                <Show when=move || opening.get()>
                    <section class="panel">
                        <h2>{tr("conflicts-open")}</h2>
                        <OpenCaseForm cancel=Callback::new(move |_| opening.set(false)) />
                    </section>
                </Show>
                <RecordList
                    ids=ids
                    text=ListText::plain("conflicts-empty")
                    name="conflicts"
                    class="case-list"
                    row=|id| view! { <CaseRow id=id /> }
                />
            </Show>
        </section>
    }
}

/// A party's name: the member's or the client's.
pub(super) fn party_name(session: Session, i18n: I18n, party: &Party) -> String {
    match party.kind {
        PartyKind::Member => name_of(session, i18n, &party.id),
        PartyKind::Client => session
            .records
            .clients
            .get(&party.id)
            .map(|c| c.with(|c| c.name.clone()))
            .unwrap_or_else(|| i18n.t("hints-unknown-client")),
    }
}

/// The badges of a case: escalated to the CEO, and open or resolved.
#[component]
pub(super) fn CaseBadges(escalated: Signal<bool>, resolved: Signal<bool>) -> impl IntoView {
    view! {
        <Show when=move || escalated.get()>
            <span class="badge escalated-to-ceo">{tr("conflict-escalated")}</span>
        </Show>
        <Show when=move || resolved.get() fallback=|| view! { <span class="badge open">{tr("conflict-open")}</span> }>
            <span class="badge resolved">{tr("conflict-resolved")}</span>
        </Show>
    }
}

#[component]
fn CaseRow(id: String) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let Some(case) = session.leadership_records.conflicts.get(&id) else {
        return ().into_any();
    };
    let parties = move || {
        case.with(|c| {
            c.parties
                .iter()
                .map(|p| party_name(session, i18n, p))
                .collect::<Vec<_>>()
                .join(", ")
        })
    };
    let opened = move || {
        case.with(|c| {
            i18n.t_args(
                "conflict-opened",
                &[
                    ("name", name_of(session, i18n, &c.opened_by).into()),
                    ("when", when_text(i18n, c.opened_at).into()),
                ],
            )
        })
    };
    view! {
        <li class="case" data-testid="conflict-case">
            <div class="case-head">
                <A href=format!("/conflicts/{id}")>{move || case.with(|c| c.description.clone())}</A>
                <CaseBadges
                    escalated=Signal::derive(move || case.with(|c| c.escalated.is_some()))
                    resolved=Signal::derive(move || case.with(|c| c.resolved.is_some()))
                />
            </div>
            <p class="meta">{move || i18n.t_args("conflict-parties", &[("names", parties().into())])}</p>
            <p class="meta">
                {opened} " · "
                {move || i18n.t_args("conflict-note-count", &[("count", case.with(|c| c.notes.len()).into())])}
            </p>
        </li>
    }
    .into_any()
}

/// Opens a case: parties chosen one by one from the members and clients,
/// and a description. Opens the new case's page when saved.
#[component]
fn OpenCaseForm(cancel: Callback<()>) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let navigate = use_navigate();
    let parties = RwSignal::new(Vec::<Party>::new());
    let choice = RwSignal::new(String::new());
    let description = RwSignal::new(String::new());
    let errors = FormErrors::new();
    let add = move |_| {
        let chosen = choice.get_untracked();
        let party = match chosen.split_once(':') {
            Some(("member", id)) => Some((PartyKind::Member, id)),
            Some(("client", id)) => Some((PartyKind::Client, id)),
            _ => None,
        };
        if let Some((kind, id)) = party {
            let party = Party {
                kind,
                id: id.to_string(),
            };
            parties.update(|list| {
                if !list.contains(&party) {
                    list.push(party);
                }
            });
            choice.set(String::new());
        }
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let input = CaseInput {
            parties: parties.get_untracked(),
            description: description.get_untracked(),
        };
        let members = session.records.members;
        let clients = session.records.clients;
        let is_known = |p: &Party| match p.kind {
            PartyKind::Member => members.contains_untracked(&p.id),
            PartyKind::Client => clients.contains_untracked(&p.id),
        };
        let saved = open_case(&input, is_known, &session.me(), now_ms())
            .map_err(SaveError::from)
            .and_then(|case| {
                session
                    .change_leadership(Action::ConflictOpen, &case.description, |w| {
                        w.put(&case.id, &case)
                    })
                    .map(|_| case.id)
                    .map_err(Into::into)
            });
        if let Some(id) = errors.show(saved) {
            navigate(&format!("/conflicts/{id}"), Default::default());
        }
    };
    let parties_error = errors.field("parties");
    // A party is chosen as "member:<id>" or "client:<id>".
    let members =
        Signal::derive(move || party_choices(PartyKind::Member, members_where(session, |_| true)));
    let clients = client_choices();
    let clients = Signal::derive(move || party_choices(PartyKind::Client, clients.get()));
    view! {
        <form class="inline-form case-form" on:submit=submit novalidate>
            <fieldset class="field parties" class:invalid=move || parties_error.get().is_some()>
                <legend>{tr("conflict-field-parties")}</legend>
                <ul class="chips" aria-live="polite">
                    <For each=move || parties.get() key=|p| (p.kind, p.id.clone()) let:party>
                        {
                            let name = party_name(session, i18n, &party);
                            let remove_label = i18n.t_args("conflict-party-remove", &[("name", name.clone().into())]);
                            view! {
                                <li class="chip">
                                    {name}
                                    <button
                                        type="button"
                                        class="chip-remove"
                                        aria-label=remove_label
                                        on:click=move |_| parties.update(|list| list.retain(|p| *p != party))
                                    >
                                        "×"
                                    </button>
                                </li>
                            }
                        }
                    </For>
                </ul>
                <div class="party-picker">
                    <label for="conflict-party-choice" class="visually-hidden">{tr("conflict-party-choose")}</label>
                    <select
                        id="conflict-party-choice"
                        name="party"
                        prop:value=move || choice.get()
                        on:change=move |ev| choice.set(event_target_value(&ev))
                    >
                        <option value="">{tr("conflict-party-choose")}</option>
                        <optgroup label=tr("conflict-party-members")>
                            <ChoiceOptions selected=choice choices=members none=None />
                        </optgroup>
                        <optgroup label=tr("conflict-party-clients")>
                            <ChoiceOptions selected=choice choices=clients none=None />
                        </optgroup>
                    </select>
                    <button type="button" class="button small" on:click=add>{tr("conflict-party-add")}</button>
                </div>
                <p class="field-error">{move || parties_error.get().map(|p| problem_text(i18n, &p))}</p>
            </fieldset>
            <TextField msg="conflict-field-description" name="description" value=description multiline=true error=errors.field("description") />
            <FormMessage errors=errors />
            <div class="actions">
                <button type="button" class="button" on:click=move |_| cancel.run(())>{tr("action-cancel")}</button>
                <button type="submit" class="button primary">{tr("conflicts-open-save")}</button>
            </div>
        </form>
    }
}

/// `choices` with each id prefixed by its kind of party.
fn party_choices(kind: PartyKind, choices: Vec<Choice>) -> Vec<Choice> {
    choices
        .into_iter()
        .map(|(id, name)| (format!("{}:{id}", kind.code()), name))
        .collect()
}
