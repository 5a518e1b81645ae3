//! A small inline chart of a client's scores, oldest to newest.

use leptos::prelude::*;

use crate::domain::care::SCORE_RANGE;

const WIDTH: f64 = 140.0;
const HEIGHT: f64 = 36.0;
const MARGIN: f64 = 4.0;

/// The chart's points for `scores`: evenly spread left to right, the best
/// score at the top.
fn points(scores: &[i64]) -> Vec<(f64, f64)> {
    let (low, high) = (*SCORE_RANGE.start() as f64, *SCORE_RANGE.end() as f64);
    let step = if scores.len() > 1 {
        (WIDTH - 2.0 * MARGIN) / (scores.len() - 1) as f64
    } else {
        0.0
    };
    scores
        .iter()
        .enumerate()
        .map(|(n, score)| {
            let x = MARGIN + step * n as f64;
            let y =
                HEIGHT - MARGIN - (*score as f64 - low) / (high - low) * (HEIGHT - 2.0 * MARGIN);
            (x, y)
        })
        .collect()
}

/// The sparkline, an image whose accessible name is `label` (the scores in
/// words).
#[component]
pub fn Sparkline(scores: Vec<i64>, label: String) -> impl IntoView {
    let points = points(&scores);
    let line = points
        .iter()
        .map(|(x, y)| format!("{x:.1},{y:.1}"))
        .collect::<Vec<_>>()
        .join(" ");
    let last = points.last().copied();
    view! {
        <svg
            class="sparkline"
            role="img"
            aria-label=label
            width=WIDTH
            height=HEIGHT
            viewBox=format!("0 0 {WIDTH} {HEIGHT}")
            data-testid="score-sparkline"
        >
            <polyline points=line fill="none" stroke="currentColor" stroke-width="2" />
            {last.map(|(x, y)| view! { <circle cx=x cy=y r="3" fill="currentColor" /> })}
        </svg>
    }
}
