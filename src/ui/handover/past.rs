//! Handovers that ended: the review, the decisions and the way to each
//! one's return briefing.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::domain::handover::{decisions_of, newest_first, Handover};
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::format_datetime;

use super::decisions::DecisionList;
use super::name_of;
use super::running::{HandoverDetails, HandoverSummary};

#[component]
pub fn PastHandovers() -> impl IntoView {
    let session = expect_context::<Session>();
    let ids = Memo::new(move |_| {
        let mut ended: Vec<Handover> = session
            .leadership_records
            .handovers
            .values()
            .into_iter()
            .filter(|h| h.ended.is_some())
            .collect();
        ended.sort_by(newest_first);
        ended.into_iter().map(|h| h.id).collect::<Vec<_>>()
    });
    view! {
        <section class="past-handovers">
            <h2>{tr("handover-past-title")}</h2>
            <Show when=move || !ids.with(Vec::is_empty) fallback=|| view! { <p class="empty">{tr("handover-past-empty")}</p> }>
                <For each=move || ids.get() key=|id| id.clone() let:id>
                    <PastHandover id=id />
                </For>
            </Show>
        </section>
    }
}

#[component]
fn PastHandover(id: String) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let Some(handover) = session
        .leadership_records
        .handovers
        .get_untracked_signal(&id)
    else {
        return ().into_any();
    };
    let decisions = Memo::new(move |_| {
        let all = session.leadership_records.decisions.values();
        handover.with(|h| {
            decisions_of(&h.id, &all)
                .into_iter()
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let review = move || {
        handover.with(|h| {
            h.ended.clone().map(|review| {
                let byline = i18n.t_args(
                    "handover-review-by",
                    &[
                        ("name", name_of(session, i18n, &review.by).into()),
                        ("time", format_datetime(review.at, i18n.locale()).into()),
                    ],
                );
                view! {
                    <h3>{tr("handover-review-title")}</h3>
                    <p class="meta">{byline}</p>
                    <dl class="review">
                        <dt>{tr("handover-field-went-well")}</dt>
                        <dd class="multiline">{review.went_well}</dd>
                        <dt>{tr("handover-field-to-change")}</dt>
                        <dd class="multiline">{review.to_change}</dd>
                    </dl>
                }
            })
        })
    };
    view! {
        <article class="panel past-handover" data-testid="past-handover">
            <HandoverSummary handover=handover />
            <p>
                <A href=format!("/handover/{id}/briefing") attr:class="button">{tr("handover-read-briefing")}</A>
            </p>
            {review}
            <details>
                <summary>{tr("handover-what-was-left")}</summary>
                <HandoverDetails handover=handover />
            </details>
            <h3>{move || i18n.t_args("handover-decisions-count", &[("count", decisions.with(Vec::len).into())])}</h3>
            <DecisionList decisions=decisions />
        </article>
    }
    .into_any()
}
