//! Syncing directly with a device nearby: the settings card (one device shows
//! an offer code as text and QR, the other answers with its own code; or,
//! with a relay, one click and an accept on the other device), the banner
//! that shows an offer arriving through the relay, and the link's chip in the
//! storage bar.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::sync::direct_link::{LinkError, LinkStatus};
use crate::sync::link_code::qr_svg;
use crate::ui::i18n::{tr, use_i18n, I18n};
use crate::ui::session::Session;
use crate::ui::widgets::{format_time, members_where, RecordPicker};

/// Where this device is in the exchange of codes.
#[derive(Debug, Clone, PartialEq)]
enum Step {
    Idle,
    /// Working on it (the browser is listing its network candidates).
    Busy,
    /// Showing our offer code, waiting for the answer code.
    Offered(String),
    /// Waiting for the other device's offer code.
    Answering,
    /// Showing our answer code for the offering device.
    Answered(String),
    /// Offered through the relay to a member; waiting for their device.
    Invited(String),
}

#[component]
pub fn DirectSyncCard() -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let step = RwSignal::new(Step::Idle);
    let pasted = RwSignal::new(String::new());
    let error = RwSignal::new(None::<LinkError>);
    let run = move |work: StepWork| {
        error.set(None);
        let code = pasted.get_untracked();
        // On a failure the card goes back to where it was, keeping what was
        // pasted so the user can correct it.
        let before = step.get_untracked();
        step.set(Step::Busy);
        spawn_local(async move {
            let next = match work {
                StepWork::Offer => session.offer_direct().await.map(Step::Offered),
                StepWork::Invite(member) => session
                    .offer_direct_via_relay(&member)
                    .await
                    .map(|()| Step::Invited(member)),
                StepWork::Answer => session.answer_direct(&code, None).await.map(Step::Answered),
                StepWork::Accept(offer) => session.accept_direct(&code, None).await.map(|()| {
                    pasted.set(String::new());
                    Step::Offered(offer)
                }),
            };
            match next {
                Ok(next) => step.set(next),
                Err(err) => {
                    error.set(Some(err));
                    step.set(before);
                }
            }
        });
    };
    let stop = move |_| {
        session.close_direct();
        pasted.set(String::new());
        error.set(None);
        step.set(Step::Idle);
    };
    view! {
        <div class="card direct-sync">
            <h2>{tr("direct-title")}</h2>
            <p class="help">{tr("direct-help")}</p>
            <LinkState />
            {move || match step.get() {
                Step::Idle => view! {
                    <div class="actions">
                        <button type="button" class="button primary" on:click=move |_| run(StepWork::Offer)>
                            {tr("direct-offer")}
                        </button>
                        <button type="button" class="button" on:click=move |_| step.set(Step::Answering)>
                            {tr("direct-answer")}
                        </button>
                    </div>
                    <Show when=move || session.relay_address().is_some()>
                        <ThroughRelay on_invite=Callback::new(move |member| run(StepWork::Invite(member))) />
                    </Show>
                }.into_any(),
                Step::Invited(member) => {
                    let name = session.member_name(&member).unwrap_or_else(|| i18n.t("member-unknown"));
                    view! {
                        <p role="status">{move || i18n.t_args("direct-invited", &[("name", name.clone().into())])}</p>
                    }.into_any()
                }
                Step::Busy => view! { <p role="status">{tr("direct-busy")}</p> }.into_any(),
                Step::Offered(code) => {
                    let accept = code.clone();
                    view! {
                        <ol class="steps">
                            <li>
                                <p>{tr("direct-offer-show")}</p>
                                <CodeView code=code testid="offer-code" />
                            </li>
                            <li>
                                <PastedCode value=pasted msg="direct-answer-paste" />
                                <button type="button" class="button primary"
                                    on:click=move |_| run(StepWork::Accept(accept.clone()))>
                                    {tr("direct-connect")}
                                </button>
                            </li>
                        </ol>
                    }.into_any()
                }
                Step::Answering => view! {
                    <PastedCode value=pasted msg="direct-offer-paste" />
                    <div class="actions">
                        <button type="button" class="button primary" on:click=move |_| run(StepWork::Answer)>
                            {tr("direct-make-answer")}
                        </button>
                        <button type="button" class="button" on:click=stop>{tr("action-cancel")}</button>
                    </div>
                }.into_any(),
                Step::Answered(code) => view! {
                    <p>{tr("direct-answer-show")}</p>
                    <CodeView code=code testid="answer-code" />
                }.into_any(),
            }}
            {move || error.get().or_else(|| session.direct_failure()).map(|err| view! {
                <p class="form-message error" role="alert" data-testid="direct-error">
                    {link_error_text(i18n, &err)}
                </p>
            })}
            <Show when=move || step.get() != Step::Idle || session.direct_status().is_some()>
                <button type="button" class="button" on:click=stop>{tr("direct-stop")}</button>
            </Show>
        </div>
    }
}

/// What a button asks for.
#[derive(Clone)]
enum StepWork {
    Offer,
    Answer,
    /// Accept the pasted answer to our offer (whose code stays on screen).
    Accept(String),
    /// Offer a link to a member's device through the relay.
    Invite(String),
}

/// Offering a link through the relay to another member's device.
#[component]
fn ThroughRelay(on_invite: Callback<String>) -> impl IntoView {
    let session = expect_context::<Session>();
    let me = session.me();
    let others = Signal::derive(move || members_where(session, |m| m.active && m.id != me));
    let chosen = RwSignal::new(String::new());
    view! {
        <div class="through-relay">
            <p class="help">{tr("direct-relay-help")}</p>
            <div class="row">
                <RecordPicker msg="direct-relay-member" name="relay-member" value=chosen choices=others none="direct-relay-choose" />
                <button type="button" class="button primary"
                    disabled=move || chosen.get().is_empty()
                    on:click=move |_| on_invite.run(chosen.get_untracked())>
                    {tr("direct-relay-offer")}
                </button>
            </div>
        </div>
    }
}

/// An offer of a direct link that arrived through the relay, on any page.
#[component]
pub fn DirectOfferBanner() -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    move || {
        let offer = session.incoming_offer()?;
        let name = session
            .member_name(&offer.from)
            .unwrap_or_else(|| i18n.t("member-unknown"));
        let accept = move |_| spawn_local(async move { session.accept_offer().await });
        Some(view! {
            <div class="banner info" role="alert" data-testid="direct-offer">
                <p>{i18n.t_args("direct-offer-arrived", &[("name", name.into())])}</p>
                <div class="actions">
                    <button type="button" class="button primary" on:click=accept>{tr("direct-accept")}</button>
                    <button type="button" class="button" on:click=move |_| session.decline_offer()>{tr("direct-decline")}</button>
                </div>
            </div>
        })
    }
}

fn link_error_text(i18n: I18n, err: &LinkError) -> String {
    match err {
        LinkError::Browser(reason) => {
            i18n.t_args("direct-error-browser", &[("reason", reason.clone().into())])
        }
        other => i18n.t(other.message_id()),
    }
}

/// A code to hand to the other device: as a QR code and as text to copy.
#[component]
fn CodeView(code: String, testid: &'static str) -> impl IntoView {
    let qr = qr_svg(&code).unwrap_or_default();
    view! {
        <div class="link-code">
            <div class="qr" inner_html=qr role="img" aria-label=tr("direct-qr-label")></div>
            <textarea readonly rows="4" data-testid=testid aria-label=tr("direct-code-label")
                on:focus=move |ev| {
                    use wasm_bindgen::JsCast;
                    if let Some(area) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok()) {
                        area.select();
                    }
                }>
                {code}
            </textarea>
        </div>
    }
}

/// A box to paste (or type) the other device's code into.
#[component]
fn PastedCode(value: RwSignal<String>, msg: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <label class="field">
            <span>{move || i18n.t(msg)}</span>
            <textarea rows="4" prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))></textarea>
        </label>
    }
}

/// The link's state in words: `(code, text)`.
fn link_state(session: Session, i18n: I18n, status: LinkStatus) -> (&'static str, String) {
    let name = |peer: &str| {
        session
            .member_name(peer)
            .unwrap_or_else(|| i18n.t("member-unknown"))
    };
    match status {
        LinkStatus::Connecting => ("connecting", i18n.t("direct-connecting")),
        LinkStatus::Syncing { peer } => (
            "syncing",
            i18n.t_args("direct-syncing", &[("name", name(&peer).into())]),
        ),
        LinkStatus::Synced { peer, at } => (
            "synced",
            i18n.t_args(
                "direct-synced",
                &[
                    ("name", name(&peer).into()),
                    ("time", format_time(at as i64, i18n.locale()).into()),
                ],
            ),
        ),
        LinkStatus::Closed => ("closed", i18n.t("direct-closed")),
        LinkStatus::Refused(reason) => (
            "refused",
            i18n.t(match reason.as_str() {
                "someone-else" => "direct-refused-someone-else",
                _ => "direct-refused-unverified",
            }),
        ),
    }
}

/// The link's state on the settings card.
#[component]
fn LinkState() -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    move || {
        session.direct_status().map(|status| {
            let (code, text) = link_state(session, i18n, status);
            view! {
                <p class="link-state" data-testid="direct-status" data-link=code role="status" aria-live="polite">
                    {text}
                </p>
            }
        })
    }
}

/// The link's state (or why setting it up failed) beside the sync indicator,
/// on every page.
#[component]
pub fn DirectLinkChip() -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    move || {
        let (code, text) = match (session.direct_status(), session.direct_failure()) {
            (Some(status), _) => link_state(session, i18n, status),
            (None, Some(err)) => ("failed", link_error_text(i18n, &err)),
            (None, None) => return None,
        };
        Some(view! {
            <span class="direct-chip" data-testid="direct-chip" data-link=code role="status">
                "⇄ "{text}
            </span>
        })
    }
}
