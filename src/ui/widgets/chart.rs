//! A weekly bar chart drawn as SVG by the app: one bar per week, oldest on
//! the left. Screen readers get the same figures as a table (the SVG is
//! hidden from them), and every label comes from the caller, already in
//! the reader's language.

use leptos::prelude::*;

const WIDTH: i64 = 240;
const HEIGHT: i64 = 64;
/// Room above the tallest bar.
const HEADROOM: i64 = 4;

/// One week of the chart: its label ("12 Jan"), its value on the chart's
/// scale (`None` for a week without data) and the value in words.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub week: String,
    pub value: Option<i64>,
    pub text: String,
}

/// The height of a bar of `value` on a scale up to `max`, in the SVG's
/// units; at least 1 so a zero still shows as a line.
fn height(value: i64, max: i64) -> i64 {
    let room = HEIGHT - HEADROOM;
    (value.clamp(0, max) * room / max.max(1)).max(1)
}

#[component]
pub fn WeeklyChart(
    /// What the chart shows, as a caption for the table.
    #[prop(into)]
    caption: Signal<String>,
    #[prop(into)] bars: Signal<Vec<Bar>>,
    /// The top of the scale.
    #[prop(into)]
    max: Signal<i64>,
    /// Header of the table's value column.
    #[prop(into)]
    value_header: Signal<String>,
    #[prop(into)] week_header: Signal<String>,
    testid: &'static str,
) -> impl IntoView {
    let slot = move || WIDTH / bars.with(|b| b.len().max(1) as i64);
    let rects = move || {
        let slot = slot();
        let max = max.get();
        bars.get()
            .into_iter()
            .enumerate()
            .map(|(n, bar)| {
                let x = n as i64 * slot + 2;
                let h = bar.value.map(|v| height(v, max));
                view! {
                    <rect
                        class=if h.is_some() { "chart-bar" } else { "chart-gap" }
                        x=x
                        y=HEIGHT - h.unwrap_or(1)
                        width=slot - 4
                        height=h.unwrap_or(1)
                    />
                }
            })
            .collect_view()
    };
    let rows = move || {
        bars.get()
            .into_iter()
            .map(|bar| view! { <tr><th scope="row">{bar.week}</th><td>{bar.text}</td></tr> })
            .collect_view()
    };
    view! {
        <figure class="chart" data-testid=testid>
            <svg
                class="weekly-chart"
                viewBox=format!("0 0 {WIDTH} {HEIGHT}")
                preserveAspectRatio="none"
                aria-hidden="true"
                focusable="false"
            >
                {rects}
            </svg>
            <table class="visually-hidden">
                <caption>{caption}</caption>
                <thead>
                    <tr><th scope="col">{week_header}</th><th scope="col">{value_header}</th></tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </figure>
    }
}
