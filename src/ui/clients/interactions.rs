//! A client's interaction log: newest first, and a form to log one.

use leptos::prelude::*;

use crate::doc::Collection;
use crate::domain::clients::{log_interaction, newest_first, InteractionInput, InteractionKind};
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::{
    format_datetime, from_datetime_local, now_ms, to_datetime_local, CodeSelect, FormErrors,
    FormMessage, TextField,
};

#[component]
pub fn Interactions(client_id: String) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let id = client_id.clone();
    let log = Memo::new(move |_| {
        let mut log: Vec<_> = session
            .records
            .interactions
            .values()
            .into_iter()
            .filter(|i| i.client_id == id)
            .collect();
        log.sort_by(newest_first);
        log
    });
    view! {
        <section class="panel interactions">
            <header class="panel-header">
                <h2>{tr("interactions-title")}</h2>
            </header>
            <LogForm client_id=client_id />
            <Show when=move || !log.get().is_empty() fallback=|| view! { <p class="empty">{tr("interactions-empty")}</p> }>
                <ol class="timeline">
                    <For each=move || log.get() key=|i| i.id.clone() let:item>
                        {
                            let by = session
                                .member_name(&item.by)
                                .unwrap_or_else(|| i18n.t("member-unknown"));
                            let at = item.at;
                            view! {
                                <li class="interaction">
                                    <span class=format!("badge kind-{}", item.kind.code())>
                                        {move || i18n.t(item.kind.message_id())}
                                    </span>
                                    <p class="summary">{item.summary.clone()}</p>
                                    {(!item.outcome.is_empty()).then(|| view! { <p class="outcome">{item.outcome.clone()}</p> })}
                                    <p class="meta">
                                        {move || i18n.t_args("interaction-by", &[
                                            ("name", by.clone().into()),
                                            ("when", format_datetime(at, i18n.locale()).into()),
                                        ])}
                                    </p>
                                </li>
                            }
                        }
                    </For>
                </ol>
            </Show>
        </section>
    }
}

#[component]
fn LogForm(client_id: String) -> impl IntoView {
    let session = expect_context::<Session>();
    let kind = RwSignal::new(InteractionKind::Call.code().to_string());
    let at = RwSignal::new(to_datetime_local(now_ms()));
    let summary = RwSignal::new(String::new());
    let outcome = RwSignal::new(String::new());
    let errors = FormErrors::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let input = InteractionInput {
            kind: InteractionKind::from_code(&kind.get_untracked()).unwrap_or_default(),
            at: from_datetime_local(&at.get_untracked()),
            summary: summary.get_untracked(),
            outcome: outcome.get_untracked(),
        };
        let saved = log_interaction(&client_id, &input, &session.me(), now_ms())
            .map_err(Into::into)
            .and_then(|interaction| {
                session
                    .change_team("interaction.log", &interaction.summary, |w| {
                        w.put(Collection::Interactions, &interaction.id, &interaction)
                    })
                    .map_err(Into::into)
            });
        if errors.show(saved).is_some() {
            summary.set(String::new());
            outcome.set(String::new());
            at.set(to_datetime_local(now_ms()));
        }
    };
    let kinds = InteractionKind::ALL
        .iter()
        .map(|k| (k.code(), k.message_id()))
        .collect();
    view! {
        <form class="inline-form log-form" on:submit=submit novalidate>
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
