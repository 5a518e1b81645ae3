//! Escalations to leadership: the desk grouped by status, and a client's
//! escalations on the client page. Leadership devices only: escalations live
//! in the leadership document.

mod card;
mod raise;

use leptos::prelude::*;
use leptos_router::components::Route;
use leptos_router::path;

use crate::domain::escalations::{most_urgent_first, EscalationStatus};
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::{ListText, RecordList};

use card::EscalationCard;
use raise::RaiseForm;

#[component]
pub fn EscalationsPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let raising = RwSignal::new(false);
    let close = Callback::new(move |_| raising.set(false));
    view! {
        <section class="desk escalations">
            <header class="desk-header">
                <div>
                    <h1>{tr("escalations-title")}</h1>
                    <p class="subtitle">{tr("escalations-intro")}</p>
                </div>
                <Show when=move || session.holds_leadership()>
                    <button class="button primary" on:click=move |_| raising.set(true) disabled=move || raising.get()>
                        {tr("escalations-raise-title")}
                    </button>
                </Show>
            </header>
            <Show
                when=move || session.holds_leadership()
                fallback=|| view! { <p class="empty">{tr("escalations-leadership-only")}</p> }
            >
                <Show when=move || raising.get()>
                    <section class="panel">
                        <h2>{tr("escalations-raise-title")}</h2>
                        <RaiseForm client_id=None on_raised=close on_cancel=close />
                    </section>
                </Show>
                {EscalationStatus::ALL
                    .iter()
                    .map(|status| view! { <StatusGroup status=*status /> })
                    .collect_view()}
            </Show>
        </section>
    }
}

/// The escalations with one status, most urgent and newest first.
#[component]
fn StatusGroup(status: EscalationStatus) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let ids = Memo::new(move |_| {
        let mut group: Vec<_> = session
            .leadership_records
            .escalations
            .values()
            .into_iter()
            .filter(|e| e.status() == status)
            .collect();
        group.sort_by(most_urgent_first);
        group.into_iter().map(|e| e.id).collect::<Vec<_>>()
    });
    let heading = move || {
        i18n.t_args(
            "escalations-group",
            &[
                ("status", i18n.t(status.message_id()).into()),
                ("count", ids.get().len().into()),
            ],
        )
    };
    // Only the open group says how escalations begin; the later ones fill
    // from it.
    let empty = if status == EscalationStatus::Open {
        "escalations-open-empty"
    } else {
        "escalations-group-empty"
    };
    view! {
        <section class="panel escalation-group" data-testid=format!("escalations-{}", status.code())>
            <h2>{heading}</h2>
            <RecordList
                ids=ids
                text=ListText::plain(empty)
                name="escalation-group"
                class="escalation-list"
                row=|id| view! { <EscalationCard id=id show_client=true /> }
            />
        </section>
    }
}

/// A client's escalations and a quick way to raise one about the client
/// (shown on leadership devices only).
#[component]
pub fn ClientEscalations(client_id: String) -> impl IntoView {
    let session = expect_context::<Session>();
    let raising = RwSignal::new(false);
    let id = client_id.clone();
    let ids = Memo::new(move |_| {
        let mut mine: Vec<_> = session
            .leadership_records
            .escalations
            .values()
            .into_iter()
            .filter(|e| e.client_id.as_deref() == Some(id.as_str()))
            .collect();
        mine.sort_by(|a, b| b.raised.at.cmp(&a.raised.at).then_with(|| a.id.cmp(&b.id)));
        mine.into_iter().map(|e| e.id).collect::<Vec<_>>()
    });
    let on_raised = Callback::new(move |_| raising.set(false));
    view! {
        <section class="panel client-escalations">
            <header class="panel-header">
                <h2>{tr("escalations-title")}</h2>
                <button class="button small" on:click=move |_| raising.set(true) disabled=move || raising.get()>
                    {tr("escalations-escalate")}
                </button>
            </header>
            <Show when=move || raising.get()>
                <RaiseForm
                    client_id=Some(client_id.clone())
                    on_raised=on_raised
                    on_cancel=Callback::new(move |_| raising.set(false))
                />
            </Show>
            <RecordList
                ids=ids
                text=ListText::plain("escalations-client-empty")
                name="client-escalations"
                class="escalation-list"
                row=|id| view! { <EscalationCard id=id show_client=false /> }
            />
        </section>
    }
}

/// The desk's screen and its address.
#[component(transparent)]
pub fn EscalationRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    view! { <Route path=path!("/escalations") view=EscalationsPage /> }.into_inner()
}
