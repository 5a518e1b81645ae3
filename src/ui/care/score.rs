//! A client's satisfaction: the trend of its scores, their average, whether
//! it is at risk and why, and a form to record a score.

use leptos::prelude::*;

use super::sparkline::Sparkline;
use super::{client_risk, client_scores, decimal, risk_text};
use crate::domain::action::Action;
use crate::domain::care::{average_tenths, record_score, Score, ScoreInput};
use crate::ui::clients::client_interactions;
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::{
    chosen, format_datetime, now_ms, FormErrors, FormMessage, RecordPicker, SaveError, TextField,
};

#[component]
pub fn Satisfaction(client_id: String) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let id = client_id.clone();
    let trend = Memo::new(move |_| client_scores(session, &id));
    let id = client_id.clone();
    let reasons = Memo::new(move |_| client_risk(session, &id));
    let chart = move || {
        let values: Vec<i64> = trend.with(|t| t.iter().map(|s| s.score).collect());
        (!values.is_empty()).then(|| {
            let list = values
                .iter()
                .map(i64::to_string)
                .collect::<Vec<_>>()
                .join(", ");
            let label = i18n.t_args("care-trend-label", &[("scores", list.into())]);
            view! { <Sparkline scores=values label=label /> }
        })
    };
    let average = move || {
        trend.with(|t| match average_tenths(t) {
            Some(average) => i18n.t_args(
                "care-score-average",
                &[
                    ("average", decimal(i18n, average).into()),
                    ("count", t.len().into()),
                ],
            ),
            None => i18n.t("care-scores-none"),
        })
    };
    view! {
        <section class="panel satisfaction" data-testid="satisfaction">
            <header class="panel-header">
                <h2>{tr("care-satisfaction-title")}</h2>
                <Show when=move || reasons.with(|r| !r.is_empty())>
                    <span class="badge at-risk">{tr("care-at-risk")}</span>
                </Show>
            </header>
            <div class="trend">
                {chart}
                <p class="score-average">{average}</p>
            </div>
            <ul class="risk-reasons">
                {move || {
                    reasons
                        .get()
                        .into_iter()
                        .map(|reason| view! { <li>{move || risk_text(i18n, reason)}</li> })
                        .collect_view()
                }}
            </ul>
            <ScoreList trend=trend />
            <ScoreForm client_id=client_id />
        </section>
    }
}

/// Every score recorded for the client, the newest first: when, the score,
/// the contact it was about, the comment and who recorded it.
#[component]
fn ScoreList(trend: Memo<Vec<Score>>) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let touchpoint = move |id: &Option<String>| {
        id.as_deref()
            .and_then(|id| session.records.interactions.get_untracked_signal(id))
            .map(|i| i.with(|i| i.summary.clone()))
            .unwrap_or_default()
    };
    let rows = move || {
        trend
            .get()
            .into_iter()
            .rev()
            .map(|score| {
                let who = session
                    .member_name(&score.by)
                    .unwrap_or_else(|| i18n.t("member-unknown"));
                view! {
                    <tr>
                        <td>{format_datetime(score.at, i18n.locale())}</td>
                        <td>{score.score}</td>
                        <td>{touchpoint(&score.touchpoint)}</td>
                        <td>{score.comment.clone()}</td>
                        <td>{who}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <Show when=move || trend.with(|t| !t.is_empty())>
            <details class="score-list">
                <summary>{tr("care-scores-all")}</summary>
                <table class="records scores" data-testid="score-list">
                    <thead>
                        <tr>
                            <th scope="col">{tr("care-score-when")}</th>
                            <th scope="col">{tr("care-score-value")}</th>
                            <th scope="col">{tr("care-field-touchpoint")}</th>
                            <th scope="col">{tr("care-field-comment")}</th>
                            <th scope="col">{tr("care-score-by")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </details>
        </Show>
    }
}

#[component]
fn ScoreForm(client_id: String) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let score = RwSignal::new(String::new());
    let comment = RwSignal::new(String::new());
    let touchpoint = RwSignal::new(String::new());
    let errors = FormErrors::new();
    let id = client_id.clone();
    let touchpoints = Memo::new(move |_| client_interactions(session, &id));
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let input = ScoreInput {
            score: score.get_untracked(),
            comment: comment.get_untracked(),
            touchpoint: chosen(touchpoint.get_untracked()),
        };
        let is_touchpoint =
            |id: &str| touchpoints.with_untracked(|log| log.iter().any(|i| i.id == id));
        let saved = record_score(&client_id, &input, is_touchpoint, &session.me(), now_ms())
            .map_err(SaveError::from)
            .and_then(|recorded| {
                session
                    .change_team(Action::ScoreRecord, &recorded.score.to_string(), |w| {
                        w.put(&recorded.id, &recorded)
                    })
                    .map_err(SaveError::from)
            });
        if errors.show(saved).is_some() {
            score.set(String::new());
            comment.set(String::new());
            touchpoint.set(String::new());
        }
    };
    let touchpoint_choices = Signal::derive(move || {
        touchpoints.with(|log| {
            log.iter()
                .map(|i| {
                    let text = i18n.t_args(
                        "care-touchpoint",
                        &[
                            ("kind", i18n.t(i.kind.message_id()).into()),
                            ("when", format_datetime(i.at, i18n.locale()).into()),
                            ("summary", i.summary.clone().into()),
                        ],
                    );
                    (i.id.clone(), text)
                })
                .collect()
        })
    });
    view! {
        <form class="inline-form score-form" on:submit=submit novalidate>
            <div class="row">
                <TextField msg="care-field-score" name="score" kind="number" value=score error=errors.field("score") />
                <RecordPicker
                    msg="care-field-touchpoint"
                    name="touchpoint"
                    value=touchpoint
                    choices=touchpoint_choices
                    none="care-touchpoint-none"
                    error=errors.field("touchpoint")
                />
            </div>
            <TextField msg="care-field-comment" name="comment" value=comment error=errors.field("comment") />
            <FormMessage errors=errors />
            <div class="actions">
                <button type="submit" class="button primary">{tr("care-score-record")}</button>
            </div>
        </form>
    }
}
