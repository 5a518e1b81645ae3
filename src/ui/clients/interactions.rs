//! A client's interaction log: newest first, and a form to log one. A
//! question or complaint shows as open until it is answered here.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use wasm_bindgen::JsCast;

use super::save_interaction;
use crate::domain::action::Action;
use crate::domain::care::{answer, needs_answer, response_time, AnswerInput};
use crate::domain::clients::{Interaction, InteractionInput, InteractionKind};
use crate::ui::care::span_text;
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::{
    code_options, format_datetime, from_datetime_local, now_ms, to_datetime_local, CodeSelect,
    FormErrors, FormMessage, ListText, RecordList, TextField,
};

#[component]
pub fn Interactions(client_id: String) -> impl IntoView {
    let session = expect_context::<Session>();
    let bucket = client_id.clone();
    // The client's bucket of the index, a page at a time: a long-standing
    // client's years of calls do not all render, and a call logged with
    // another client changes nothing here.
    let ids = Memo::new(move |_| {
        session
            .indexes
            .interactions_by_client
            .first(&bucket, usize::MAX)
    });
    view! {
        <section class="panel interactions">
            <header class="panel-header">
                <h2>{tr("interactions-title")}</h2>
            </header>
            <LogForm client_id=client_id />
            <RecordList
                ids=ids
                text=ListText::plain("interactions-empty")
                name="interactions"
                class="timeline"
                row=|id| view! { <InteractionRow id=id /> }
            />
        </section>
    }
}

/// One interaction of the log; it reads only its own record, and only its
/// answer part follows an answer given on any device.
#[component]
fn InteractionRow(id: String) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let Some(record) = session.records.interactions.get_untracked_signal(&id) else {
        return ().into_any();
    };
    let item = record.get_untracked();
    let by = session
        .member_name(&item.by)
        .unwrap_or_else(|| i18n.t("member-unknown"));
    let at = item.at;
    let kind = item.kind;
    let answer = move || {
        let current = record.get();
        needs_answer(current.kind).then(|| view! { <AnswerState interaction=current /> })
    };
    view! {
        <li class="interaction">
            <span class=format!("badge kind-{}", kind.code())>
                {move || i18n.t(kind.message_id())}
            </span>
            <p class="summary">{move || record.with(|i| i.summary.clone())}</p>
            {move || record.with(|i| (!i.outcome.is_empty()).then(|| view! { <p class="outcome">{i.outcome.clone()}</p> }))}
            <p class="meta">
                {move || i18n.t_args("interaction-by", &[
                    ("name", by.clone().into()),
                    ("when", format_datetime(at, i18n.locale()).into()),
                ])}
            </p>
            {answer}
        </li>
    }
    .into_any()
}

#[component]
fn LogForm(client_id: String) -> impl IntoView {
    let session = expect_context::<Session>();
    let kind = RwSignal::new(InteractionKind::Call.code().to_string());
    let at = RwSignal::new(to_datetime_local(now_ms()));
    let summary = RwSignal::new(String::new());
    let outcome = RwSignal::new(String::new());
    let errors = FormErrors::new();
    let form = NodeRef::<leptos::html::Form>::new();
    // Arriving from the palette's "Log an interaction" (`?log=true`), the
    // typing starts in the summary.
    let asked = use_query_map().with_untracked(|query| query.get("log").is_some());
    Effect::new(move |_| {
        let Some(form) = form.get().filter(|_| asked) else {
            return;
        };
        if let Ok(Some(summary)) = form.query_selector("textarea") {
            if let Ok(summary) = summary.dyn_into::<web_sys::HtmlElement>() {
                let _ = summary.focus();
            }
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let input = InteractionInput {
            kind: InteractionKind::from_code(&kind.get_untracked()).unwrap_or_default(),
            at: from_datetime_local(&at.get_untracked()),
            summary: summary.get_untracked(),
            outcome: outcome.get_untracked(),
        };
        let saved = save_interaction(session, &client_id, &input);
        if errors.show(saved).is_some() {
            summary.set(String::new());
            outcome.set(String::new());
            at.set(to_datetime_local(now_ms()));
        }
    };
    let kinds = code_options(InteractionKind::ALL);
    view! {
        <form node_ref=form class="inline-form log-form" on:submit=submit novalidate>
            <div class="row">
                <CodeSelect msg="field-kind" name="kind" value=kind options=kinds />
                <TextField msg="field-when" name="at" kind="datetime-local" value=at error=errors.field("at") />
            </div>
            <TextField msg="field-summary" name="summary" value=summary multiline=true error=errors.field("summary") />
            <TextField msg="field-outcome" name="outcome" value=outcome error=errors.field("outcome") />
            <FormMessage errors=errors />
            <div class="actions">
                <button type="submit" class="button primary">{tr("interactions-log")}</button>
            </div>
        </form>
    }
}

/// Whether a question or complaint is answered (with the answer and how long
/// it took) or still open (with the action to answer it).
#[component]
fn AnswerState(interaction: Interaction) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let answering = RwSignal::new(false);
    match (&interaction.answer, response_time(&interaction)) {
        (Some(given), Some(took)) => {
            let by = session
                .member_name(&given.by)
                .unwrap_or_else(|| i18n.t("member-unknown"));
            let note = given.note.clone();
            view! {
                <div class="answer" data-testid="answer">
                    <p class="answer-note">{note}</p>
                    <p class="meta">
                        {move || i18n.t_args("care-answered", &[
                            ("name", by.clone().into()),
                            ("time", span_text(i18n, took).into()),
                        ])}
                    </p>
                </div>
            }
            .into_any()
        }
        _ => view! {
            <div class="answer-open">
                <span class="badge open">{tr("care-open")}</span>
                <button
                    type="button"
                    class="button small"
                    aria-expanded=move || answering.get().to_string()
                    on:click=move |_| answering.update(|open| *open = !*open)
                >
                    {tr("care-answer")}
                </button>
                <Show when=move || answering.get()>
                    <AnswerForm id=interaction.id.clone() done=Callback::new(move |_| answering.set(false)) />
                </Show>
            </div>
        }
        .into_any(),
    }
}

/// Records the answer to a question or complaint; nothing is written unless
/// the note is there and the time is not before the question.
#[component]
fn AnswerForm(id: String, done: Callback<()>) -> impl IntoView {
    let session = expect_context::<Session>();
    let note = RwSignal::new(String::new());
    let at = RwSignal::new(to_datetime_local(now_ms()));
    let errors = FormErrors::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let input = AnswerInput {
            note: note.get_untracked(),
            at: from_datetime_local(&at.get_untracked()),
        };
        let saved = session.update(
            &id,
            "note",
            (Action::InteractionAnswer, &input.note),
            |current: &mut Interaction| answer(current, &input, &session.me()),
        );
        if errors.show(saved.map_err(Into::into)).is_some() {
            done.run(());
        }
    };
    view! {
        <form class="inline-form answer-form" on:submit=submit novalidate>
            <TextField msg="care-field-answer" name="answer" value=note multiline=true error=errors.field("note") />
            <TextField msg="care-field-answered-at" name="answered_at" kind="datetime-local" value=at error=errors.field("at") />
            <FormMessage errors=errors />
            <div class="actions">
                <button type="button" class="button" on:click=move |_| done.run(())>{tr("action-cancel")}</button>
                <button type="submit" class="button primary">{tr("care-answer-save")}</button>
            </div>
        </form>
    }
}
