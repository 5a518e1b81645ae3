//! The role's success metrics on Today, each with its last twelve weeks as
//! a chart: satisfaction, responsiveness, tasks and client checklists done
//! on time. Each reads a window of a by-time index (what happened in the
//! twelve weeks), never a whole collection.

use leptos::prelude::*;

use crate::domain::calendar::day_text;
use crate::domain::metrics::{self, OnTime, Ratio, Trend, Weeks};
use crate::ui::care::{decimal, span_text};
use crate::ui::i18n::{tr, use_i18n, I18n};
use crate::ui::keyed::{Index, Keyed};
use crate::ui::session::Session;
use crate::ui::widgets::{device_zone, format_day, Bar, WeeklyChart};

/// The records of `records` that `index` (by time, one bucket) holds from
/// the start of the window on.
fn in_window<T>(index: Index<(), i64>, records: Keyed<T>, weeks: &Weeks) -> Vec<T>
where
    T: autosurgeon::Hydrate + Clone + PartialEq + Send + Sync + 'static,
{
    index
        .window(&(), &weeks.start(), &i64::MAX)
        .iter()
        .filter_map(|id| records.get_untracked_signal(id))
        .map(|record| record.get())
        .collect()
}

/// The chart's bars: each week's label, its value and the value in words.
fn bars<T: Copy>(
    i18n: I18n,
    weeks: &Weeks,
    weekly: &[T],
    value: impl Fn(T) -> Option<i64>,
    text: impl Fn(T) -> String,
) -> Vec<Bar> {
    weeks
        .mondays()
        .iter()
        .zip(weekly)
        .map(|(monday, week)| Bar {
            week: format_day(&day_text(*monday), i18n.locale()),
            value: value(*week),
            text: text(*week),
        })
        .collect()
}

#[component]
pub fn Metrics(weeks: Memo<Weeks>) -> impl IntoView {
    view! {
        <section class="panel metrics" aria-labelledby="metrics-title">
            <header class="panel-header">
                <h2 id="metrics-title">{tr("metrics-title")}</h2>
                <p class="meta">{tr("metrics-intro")}</p>
            </header>
            <div class="metric-grid">
                <SatisfactionMetric weeks=weeks />
                <ResponsivenessMetric weeks=weeks />
                <OnTimeMetric weeks=weeks which=Which::Tasks />
                <OnTimeMetric weeks=weeks which=Which::Steps />
            </div>
        </section>
    }
}

/// One metric: its name, its figure over the twelve weeks, a line on how
/// it is counted, and the chart.
#[component]
fn MetricCard(
    title: &'static str,
    #[prop(into)] figure: Signal<String>,
    explanation: &'static str,
    #[prop(into)] bars: Signal<Vec<Bar>>,
    #[prop(into)] max: Signal<i64>,
    value_header: &'static str,
    testid: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <article class="metric" data-testid=testid>
            <h3>{tr(title)}</h3>
            <p class="metric-figure" data-testid=format!("{testid}-figure")>{figure}</p>
            <p class="meta">{tr(explanation)}</p>
            <WeeklyChart
                caption=Signal::derive(move || i18n.t(title))
                bars=bars
                max=max
                value_header=Signal::derive(move || i18n.t(value_header))
                week_header=Signal::derive(move || i18n.t("metrics-week"))
                testid="metric-chart"
            />
        </article>
    }
}

#[component]
fn SatisfactionMetric(weeks: Memo<Weeks>) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let result = Memo::new(move |_| {
        weeks.with(|weeks| {
            let scores = in_window(
                session.indexes.scores_by_time,
                session.records.scores,
                weeks,
            );
            metrics::satisfaction(weeks, &scores)
        })
    });
    let figure = move || {
        result.with(|r| match r.average {
            None => i18n.t("metrics-no-scores"),
            Some(average) => {
                let trend = match r.trend {
                    Trend::Rising => "metrics-trend-rising",
                    Trend::Falling => "metrics-trend-falling",
                    Trend::Steady => "metrics-trend-steady",
                    Trend::Unknown => "metrics-trend-unknown",
                };
                i18n.t_args(
                    "metrics-satisfaction-figure",
                    &[
                        ("average", decimal(i18n, average).into()),
                        ("count", r.count.into()),
                        ("trend", i18n.t(trend).into()),
                    ],
                )
            }
        })
    };
    let bars = move || {
        weeks.with(|weeks| {
            result.with(|r| {
                bars(
                    i18n,
                    weeks,
                    &r.weekly,
                    |w| w,
                    |w| match w {
                        Some(tenths) => decimal(i18n, tenths),
                        None => i18n.t("metrics-no-data"),
                    },
                )
            })
        })
    };
    view! {
        <MetricCard
            title="metrics-satisfaction"
            figure=Signal::derive(figure)
            explanation="metrics-satisfaction-explanation"
            bars=Signal::derive(bars)
            max=50
            value_header="metrics-average"
            testid="metric-satisfaction"
        />
    }
}

#[component]
fn ResponsivenessMetric(weeks: Memo<Weeks>) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let result = Memo::new(move |_| {
        weeks.with(|weeks| {
            let answered = in_window(
                session.indexes.answered_by_time,
                session.records.interactions,
                weeks,
            );
            metrics::responsiveness(weeks, &answered)
        })
    });
    let figure = move || {
        result.with(|r| match r.median {
            None => i18n.t("metrics-no-answers"),
            Some(median) => i18n.t_args(
                "metrics-responsiveness-figure",
                &[
                    ("count", r.total_answered.into()),
                    ("median", span_text(i18n, median).into()),
                ],
            ),
        })
    };
    let bars = move || {
        weeks.with(|weeks| {
            result.with(|r| {
                let weekly: Vec<(usize, Option<i64>)> = r
                    .answered
                    .iter()
                    .copied()
                    .zip(r.weekly_median.iter().copied())
                    .collect();
                bars(
                    i18n,
                    weeks,
                    &weekly,
                    |(count, _)| i64::try_from(count).ok(),
                    |(count, median)| match median {
                        Some(median) => i18n.t_args(
                            "metrics-responsiveness-week",
                            &[
                                ("count", count.into()),
                                ("median", span_text(i18n, median).into()),
                            ],
                        ),
                        None => i18n.t("metrics-no-data"),
                    },
                )
            })
        })
    };
    let max =
        Memo::new(move |_| result.with(|r| r.answered.iter().copied().max().unwrap_or_default()));
    let max = Signal::derive(move || i64::try_from(max.get()).unwrap_or(i64::MAX).max(1));
    view! {
        <MetricCard
            title="metrics-responsiveness"
            figure=Signal::derive(figure)
            explanation="metrics-responsiveness-explanation"
            bars=Signal::derive(bars)
            max=max
            value_header="metrics-answered"
            testid="metric-responsiveness"
        />
    }
}

/// The two "on time" metrics, alike but for what they count.
#[derive(Clone, Copy, PartialEq)]
enum Which {
    Tasks,
    Steps,
}

fn on_time(session: Session, which: Which, weeks: &Weeks) -> OnTime {
    let zone = device_zone();
    match which {
        Which::Tasks => {
            let tasks = in_window(
                session.indexes.tasks_done_by_time,
                session.records.tasks,
                weeks,
            );
            metrics::tasks_on_time(weeks, &tasks, &zone)
        }
        Which::Steps => {
            let checklists = in_window(
                session.indexes.checklists_by_last_done,
                session.records.checklists,
                weeks,
            );
            metrics::steps_on_time(weeks, &checklists, &zone)
        }
    }
}

fn ratio_text(i18n: I18n, ratio: Ratio) -> String {
    match ratio.percent() {
        Some(percent) => i18n.t_args(
            "metrics-on-time-week",
            &[
                (
                    "percent",
                    usize::try_from(percent).unwrap_or_default().into(),
                ),
                ("total", ratio.total.into()),
            ],
        ),
        None => i18n.t("metrics-no-data"),
    }
}

#[component]
fn OnTimeMetric(weeks: Memo<Weeks>, which: Which) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let result = Memo::new(move |_| weeks.with(|weeks| on_time(session, which, weeks)));
    let (title, explanation, testid) = match which {
        Which::Tasks => ("metrics-tasks", "metrics-tasks-explanation", "metric-tasks"),
        Which::Steps => ("metrics-steps", "metrics-steps-explanation", "metric-steps"),
    };
    let figure = move || {
        result.with(|r| match r.overall.percent() {
            None => i18n.t("metrics-none-finished"),
            Some(_) => ratio_text(i18n, r.overall),
        })
    };
    let bars = move || {
        weeks.with(|weeks| {
            result.with(|r| {
                bars(i18n, weeks, &r.weekly, Ratio::percent, |w| {
                    ratio_text(i18n, w)
                })
            })
        })
    };
    view! {
        <MetricCard
            title=title
            figure=Signal::derive(figure)
            explanation=explanation
            bars=Signal::derive(bars)
            max=100
            value_header="metrics-on-time"
            testid=testid
        />
    }
}
