//! One crisis: its header, the tamper check's summary, the timeline with
//! the entry form, and closing it with a resolution.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use crate::domain::crisis::{removals, tamper_count, Crisis, Phrase};
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;

use super::entries::{CloseForm, EntryForm, Timeline};
use super::history::{say, CrisisLog};
use super::{SeverityBadge, StatusBadge};

/// One crisis and its timeline.
#[component]
pub fn CrisisPage() -> impl IntoView {
    view! {
        <WithCrisis let:crisis>
            <CrisisDetails crisis=crisis />
        </WithCrisis>
    }
}

/// Shows `children` with the crisis named in the address, or says why it
/// cannot be shown. The children are rebuilt only when the address names
/// another crisis or the crisis appears or goes, not on every record.
#[component]
pub(super) fn WithCrisis<C, V>(children: C) -> impl IntoView
where
    C: Fn(RwSignal<Crisis>) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let session = expect_context::<Session>();
    let params = use_params_map();
    let found = Memo::new(move |_| {
        let id = params.with(|p| p.get("id").unwrap_or_default());
        session
            .leadership_records
            .crises
            .get(&id)
            .map(|crisis| (id, crisis))
    });
    move || match found.get() {
        Some((_, crisis)) => children(crisis).into_any(),
        None => view! {
            <section class="desk">
                <p class="empty">
                    {move || if session.holds_leadership() {
                        tr("crisis-not-found")()
                    } else {
                        tr("crisis-leadership-only")()
                    }}
                </p>
                <A href="/crisis">{tr("crisis-back")}</A>
            </section>
        }
        .into_any(),
    }
}

#[component]
fn CrisisDetails(crisis: RwSignal<Crisis>) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let id = crisis.with_untracked(|c| c.id.clone());
    let log = CrisisLog::new(session, id.clone());
    let open = Signal::derive(move || crisis.with(Crisis::is_open));
    let (entry_id, close_id) = (id.clone(), id.clone());
    let declared = move || {
        crisis.with(|c| {
            say(
                i18n,
                session,
                Phrase::Declared {
                    by: &c.declared_by,
                    at: c.declared_at,
                },
            )
        })
    };
    view! {
        <section class="desk crisis-page">
            <A href="/crisis" attr:class="back">{tr("crisis-back")}</A>
            <header class="desk-header">
                <div>
                    <h1>{move || crisis.with(|c| c.title.clone())}</h1>
                    <p class="subtitle">
                        <SeverityBadge severity=Signal::derive(move || crisis.with(|c| c.severity)) />
                        <StatusBadge crisis=crisis />
                        <span class="declared">{declared}</span>
                    </p>
                </div>
                <A href=format!("/crisis/{id}/report") attr:class="button">{tr("crisis-report")}</A>
            </header>
            <p class="notes">{move || crisis.with(|c| c.summary.clone())}</p>
            <Integrity log=log />
            <section class="panel">
                <h2>{tr("crisis-timeline")}</h2>
                <Timeline crisis_id=id.clone() log=log open=open />
                <Show when=move || open.get()>
                    <h3>{tr("crisis-add-entry")}</h3>
                    <EntryForm crisis_id=entry_id.clone() />
                </Show>
            </section>
            <section class="panel">
                <h2>{tr("crisis-resolution")}</h2>
                <Show
                    when=move || open.get()
                    fallback=move || view! { <Resolution crisis=crisis /> }
                >
                    <p class="meta">{tr("crisis-close-intro")}</p>
                    <CloseForm crisis_id=close_id.clone() />
                </Show>
            </section>
        </section>
    }
}

/// The tamper check in one line: all entries as written, or how many were
/// changed afterwards.
#[component]
pub(super) fn Integrity(log: CrisisLog) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let counts = Memo::new(move |_| log.provenance.with(tamper_count));
    let broken = move || counts.get().1 > 0;
    let removed = move || {
        log.provenance.with(|found| {
            log.items.with(|items| {
                removals(found, items)
                    .into_iter()
                    .map(|phrase| view! { <li>{say(i18n, session, phrase)}</li> })
                    .collect_view()
            })
        })
    };
    view! {
        <p
            class="integrity"
            class:integrity-broken=broken
            role="status"
            data-testid="integrity"
        >
            {move || {
                let (total, changed) = counts.get();
                say(i18n, session, Phrase::Integrity { total, changed })
            }}
        </p>
        <ul class="removed-entries" role="alert" data-testid="removed-entries">{removed}</ul>
    }
}

/// How a closed crisis was resolved, by whom and when.
#[component]
pub(super) fn Resolution(crisis: RwSignal<Crisis>) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    move || {
        crisis.with(|c| match &c.closed {
            Some(closure) => {
                let by = say(
                    i18n,
                    session,
                    Phrase::Closed {
                        by: &closure.by,
                        at: closure.at,
                    },
                );
                view! {
                    <div class="resolution" data-testid="resolution">
                        <p class="notes">{closure.resolution.clone()}</p>
                        <p class="meta">{by}</p>
                    </div>
                }
                .into_any()
            }
            None => view! { <p class="meta">{move || say(i18n, session, Phrase::StillOpen)}</p> }
                .into_any(),
        })
    }
}
