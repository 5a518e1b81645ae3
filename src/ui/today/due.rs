//! Today's list: what is due or overdue across the desks (see
//! [`super::agenda`]), each linking to where it is handled, filtered by
//! desk through the address.

use leptos::prelude::*;
use leptos_router::components::A;

use super::agenda::Agenda;
use crate::domain::calendar::Day;
use crate::domain::today::{self, DueItem, DueKind};
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::widgets::{code_options, format_time, url_filter, CodeSelect, ListText, RecordList};

/// The list, filtered by desk through the address (`?kind=task`).
#[component]
pub fn DueToday() -> impl IntoView {
    let all = expect_context::<Agenda>();
    let today = all.today;
    let kind = url_filter::<String>("kind");
    let agenda = Memo::new(move |_| {
        let only = DueKind::from_code(&kind.get());
        all.items.with(|items| {
            items
                .iter()
                .filter(|item| only.is_none_or(|k| item.kind == k))
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let overdue = Memo::new(move |_| agenda.with(|items| today::overdue_count(items, today.get())));
    let ids = Signal::derive(move || agenda.with(|items| items.iter().map(DueItem::key).collect()));
    let row = move |key: String| {
        let item = agenda.with_untracked(|items| items.iter().find(|i| i.key() == key).cloned());
        item.map(|item| view! { <DueRow item=item today=today /> })
    };
    view! {
        <section class="panel due-today" aria-labelledby="due-today-title">
            <header class="panel-header">
                <h2 id="due-today-title">{tr("today-due-title")}</h2>
                <OverdueCount overdue=overdue />
            </header>
            <div class="filters">
                <CodeSelect msg="today-filter-kind" name="kind" value=kind
                    options=code_options(DueKind::ALL) empty="today-filter-all" />
            </div>
            <RecordList
                ids=ids
                text=ListText {
                    count: Some("today-due-count"),
                    empty: "today-due-empty",
                    no_match: "today-due-no-match",
                }
                name="due"
                class="due-list"
                row=row
            />
        </section>
    }
}

#[component]
fn OverdueCount(overdue: Memo<usize>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Show when=move || { overdue.get() > 0 }>
            <span class="badge overdue" data-testid="overdue-count">
                {move || i18n.t_args("today-overdue-count", &[("count", overdue.get().into())])}
            </span>
        </Show>
    }
}

#[component]
fn DueRow(item: DueItem, today: Memo<Day>) -> impl IntoView {
    let i18n = use_i18n();
    let late = item.days_late(today.get_untracked());
    let when = move || match (late, item.at) {
        (0, Some(at)) => format_time(at, i18n.locale()),
        (0, None) => i18n.t("today-due-today"),
        (days, _) => i18n.t_args(
            "today-overdue",
            &[("days", usize::try_from(days).unwrap_or_default().into())],
        ),
    };
    view! {
        <li class="due-item" class:urgent=item.urgent class:late={late > 0}
            data-testid="due-item" data-kind=item.kind.code()>
            <span class="due-kind">{move || i18n.t(item.kind.message_id())}</span>
            <A href=item.href.clone()>{item.title.clone()}</A>
            {item.urgent.then(|| view! { <span class="badge urgent">{tr("today-urgent")}</span> })}
            <span class="due-when" class:overdue={late > 0}>{when}</span>
        </li>
    }
}
