//! The request intake: log a request (routed at once by its kind's rule),
//! the open requests with their referral and filters, and the ones done.

use leptos::prelude::*;

use super::rules::RoutingRules;
use super::target::{target_name, TargetFields, TargetPicker};
use super::{name_of, step_error, when_text};
use crate::domain::action::Action;
use crate::domain::requests::{
    done_requests, log_request, mark_done, open_requests, refer, referral_targets, Request,
    RequestChannel, RequestFilter, RequestInput, RequestKind, TargetFilter,
};
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::{
    code_options, now_ms, url_filter, CodeSelect, FormErrors, FormMessage, ListText, RecordList,
    SaveError, TextField,
};

/// The "unrouted" choice of the target filter.
const UNROUTED: &str = "-";

/// The request intake, the requests and the routing rules.
#[component]
pub fn RequestsPage() -> impl IntoView {
    view! {
        <section class="desk requests">
            <header class="desk-header">
                <div>
                    <h1>{tr("requests-title")}</h1>
                    <p class="subtitle">{tr("requests-intro")}</p>
                </div>
            </header>
            <div class="columns">
                <div>
                    <section class="panel">
                        <h2>{tr("requests-log-title")}</h2>
                        <IntakeForm />
                    </section>
                    <RoutingRules />
                </div>
                <div>
                    <OpenRequests />
                    <DoneRequests />
                </div>
            </div>
        </section>
    }
}

#[component]
fn IntakeForm() -> impl IntoView {
    let session = expect_context::<Session>();
    let from = RwSignal::new(String::new());
    let channel = RwSignal::new(RequestChannel::default().code().to_string());
    let kind = RwSignal::new(RequestKind::default().code().to_string());
    let asked = RwSignal::new(String::new());
    let errors = FormErrors::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let input = RequestInput {
            from: from.get_untracked(),
            channel: RequestChannel::from_code(&channel.get_untracked()).unwrap_or_default(),
            kind: RequestKind::from_code(&kind.get_untracked()).unwrap_or_default(),
            asked: asked.get_untracked(),
        };
        let rules = session.records.routing_rules.values();
        let saved = log_request(&input, &rules, &session.me(), now_ms())
            .map_err(SaveError::from)
            .and_then(|request| {
                session
                    .change_team(Action::RequestLog, &request.from, |w| {
                        w.put(&request.id, &request)
                    })
                    .map_err(Into::into)
            });
        if errors.show(saved).is_some() {
            from.set(String::new());
            asked.set(String::new());
        }
    };
    let channels = code_options(RequestChannel::ALL);
    view! {
        <form class="inline-form intake-form" on:submit=submit novalidate>
            <TextField msg="request-field-from" name="from" value=from error=errors.field("from") />
            <div class="row">
                <CodeSelect msg="request-field-channel" name="channel" value=channel options=channels />
                <CodeSelect msg="request-field-kind" name="kind" value=kind options=code_options(RequestKind::ALL) />
            </div>
            <TextField msg="request-field-asked" name="asked" value=asked multiline=true error=errors.field("asked") />
            <FormMessage errors=errors />
            <div class="actions">
                <button type="submit" class="button primary">{tr("requests-log")}</button>
            </div>
        </form>
    }
}

#[component]
fn OpenRequests() -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let kind = url_filter::<String>("kind");
    let target = url_filter::<String>("to");
    let visible = Memo::new(move |_| {
        let filter = RequestFilter {
            kind: RequestKind::from_code(&kind.get()),
            target: match target.get().as_str() {
                "" => TargetFilter::Any,
                UNROUTED => TargetFilter::Unrouted,
                key => TargetFilter::To(key.to_string()),
            },
        };
        let requests = session.records.requests.values();
        open_requests(&requests, &filter)
            .into_iter()
            .map(|r| r.id.clone())
            .collect::<Vec<_>>()
    });
    let targets = Memo::new(move |_| referral_targets(&session.records.requests.values()));
    let any_open = Signal::derive(move || {
        session
            .records
            .requests
            .values()
            .iter()
            .any(|r| r.done.is_none())
    });
    let text = ListText {
        count: None,
        empty: "requests-empty",
        no_match: "requests-no-match",
    };
    view! {
        <section class="panel">
            <header class="panel-header">
                <h2>{tr("requests-open-title")}</h2>
            </header>
            <div class="toolbar">
                <CodeSelect
                    msg="requests-filter-kind"
                    name="kind-filter"
                    value=kind
                    options=code_options(RequestKind::ALL)
                    empty="requests-filter-all-kinds"
                />
                <div class="field">
                    <label for="request-target-filter">{tr("requests-filter-target")}</label>
                    <select
                        id="request-target-filter"
                        name="target-filter"
                        prop:value=move || target.get()
                        on:change=move |ev| target.set(event_target_value(&ev))
                    >
                        <option value="">{tr("requests-filter-all-targets")}</option>
                        <option value=UNROUTED>{tr("requests-filter-unrouted")}</option>
                        {move || {
                            targets
                                .get()
                                .into_iter()
                                .map(|t| {
                                    let key = t.key();
                                    let selected = key.clone();
                                    view! {
                                        <option value=key selected=move || target.get() == selected>
                                            {target_name(session, i18n, &t)}
                                        </option>
                                    }
                                })
                                .collect_view()
                        }}
                    </select>
                </div>
            </div>
            <RecordList
                ids=visible
                any=any_open
                text=text
                name="open-requests"
                class="request-list"
                row=|id| view! { <RequestItem id=id /> }
            />
        </section>
    }
}

#[component]
fn DoneRequests() -> impl IntoView {
    let session = expect_context::<Session>();
    let done = Memo::new(move |_| {
        done_requests(&session.records.requests.values())
            .into_iter()
            .map(|r| r.id.clone())
            .collect::<Vec<_>>()
    });
    view! {
        <section class="panel">
            <h2>{tr("requests-done-title")}</h2>
            <RecordList
                ids=done
                text=ListText::plain("requests-done-empty")
                name="done-requests"
                class="request-list done"
                row=|id| view! { <RequestItem id=id /> }
            />
        </section>
    }
}

/// One request: what is asked, by whom, its referral and what can be done
/// with it.
#[component]
fn RequestItem(id: String) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let Some(request) = session.records.requests.get(&id) else {
        return ().into_any();
    };
    let referring = RwSignal::new(false);
    let failure = RwSignal::new(None::<String>);
    let logged = move || {
        request.with(|r| {
            i18n.t_args(
                "request-logged",
                &[
                    ("channel", i18n.t(r.channel.message_id()).into()),
                    ("name", name_of(session, i18n, &r.logged_by).into()),
                    ("when", when_text(i18n, r.received_at).into()),
                ],
            )
        })
    };
    let referral = move || {
        request.with(|r| {
            r.referral.as_ref().map(|referral| {
                let to = target_name(session, i18n, &referral.to);
                let when = when_text(i18n, referral.at);
                match referral.rule {
                    Some(_) => i18n.t_args(
                        "request-referred-by-rule",
                        &[("to", to.into()), ("when", when.into())],
                    ),
                    None => i18n.t_args(
                        "request-referred-by",
                        &[
                            ("to", to.into()),
                            ("name", name_of(session, i18n, &referral.by).into()),
                            ("when", when.into()),
                        ],
                    ),
                }
            })
        })
    };
    let done = move || {
        request.with(|r| {
            r.done.as_ref().map(|d| {
                i18n.t_args(
                    "request-done-by",
                    &[
                        ("name", name_of(session, i18n, &d.by).into()),
                        ("when", when_text(i18n, d.at).into()),
                    ],
                )
            })
        })
    };
    let is_open = move || request.with(|r| r.done.is_none());
    let routed = move || request.with(|r| r.referral.is_some());
    let id = StoredValue::new(id);
    let finish = move |_| {
        let result = session.update(
            &id.get_value(),
            "done",
            (
                Action::RequestDone,
                &request.with_untracked(|r| r.from.clone()),
            ),
            |current: &mut Request| mark_done(current, &session.me(), now_ms()),
        );
        failure.set(result.err().map(|err| step_error(i18n, err.into())));
    };
    let close = Callback::new(move |_| referring.set(false));
    view! {
        <li class="request" data-testid="request">
            <div class="request-head">
                <span class=move || format!("badge kind-{}", request.with(|r| r.kind.code()))>
                    {move || i18n.t(request.with(|r| r.kind.message_id()))}
                </span>
                <strong class="request-from">{move || request.with(|r| r.from.clone())}</strong>
            </div>
            <p class="request-asked">{move || request.with(|r| r.asked.clone())}</p>
            <p class="meta">{logged}</p>
            <p class="referral" class:unrouted=move || !routed()>
                {move || referral().unwrap_or_else(|| i18n.t("request-unrouted"))}
            </p>
            {move || done().map(|text| view! { <p class="meta done">{text}</p> })}
            <Show when=is_open>
                <div class="row-actions">
                    <button type="button" class="button small primary" on:click=finish>
                        {tr("request-mark-done")}
                    </button>
                    <button
                        type="button"
                        class="button small"
                        aria-expanded=move || referring.get().to_string()
                        on:click=move |_| referring.update(|open| *open = !*open)
                    >
                        {move || if routed() { i18n.t("request-refer-elsewhere") } else { i18n.t("request-refer") }}
                    </button>
                </div>
                <Show when=move || referring.get()>
                    <ReferForm id=id.get_value() done=close />
                </Show>
            </Show>
            {move || failure.get().map(|text| view! { <p class="field-error" role="alert">{text}</p> })}
        </li>
    }
    .into_any()
}

/// Refers a request by hand to a member or a named person or desk.
#[component]
fn ReferForm(id: String, done: Callback<()>) -> impl IntoView {
    let session = expect_context::<Session>();
    let fields = TargetFields::new();
    let errors = FormErrors::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let to = fields.input();
        let saved = session.update(
            &id,
            "name",
            (Action::RequestRefer, &to.name),
            |current: &mut Request| {
                refer(
                    current,
                    &to,
                    |key: &str| session.recipient_name(key),
                    &session.me(),
                    now_ms(),
                )
            },
        );
        if errors.show(saved.map_err(Into::into)).is_some() {
            done.run(());
        }
    };
    view! {
        <form class="inline-form refer-form" on:submit=submit novalidate>
            <TargetPicker fields=fields errors=errors />
            <FormMessage errors=errors />
            <div class="actions">
                <button type="button" class="button" on:click=move |_| done.run(())>{tr("action-cancel")}</button>
                <button type="submit" class="button primary">{tr("request-refer-save")}</button>
            </div>
        </form>
    }
}
