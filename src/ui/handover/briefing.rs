//! The return briefing of a handover: every change in both documents since
//! the handover began, read from their history, grouped by desk.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use crate::doc::{DocKind, LoggedChange};
use crate::domain::action::Action;
use crate::domain::briefing::{
    briefing, briefing_file_name, briefing_markdown, Briefing, Current, Group, HistoryChange, Item,
    Phrase,
};
use crate::domain::handover::Handover;
use crate::domain::tasks::Clock;
use crate::trust::authorship::Authors;
use crate::ui::i18n::{tr, use_i18n, I18n};
use crate::ui::session::Session;
use crate::ui::widgets::{
    device_zone, download_text, format_datetime, format_day, now_ms, ShowMore,
};

use super::name_of;
use super::running::HandoverSummary;

/// A change of the history as the briefing reads it, with whether its
/// author is the member whose device wrote it.
fn plain(change: LoggedChange, authors: &Authors) -> HistoryChange {
    let (author, action, label) = match change.meta {
        Some(meta) => (Some(meta.author), meta.action, meta.label),
        None => (None, Action::Unknown, String::new()),
    };
    HistoryChange {
        hash: change.hash.to_string(),
        attribution: authors.attribute(&change.actor, author.as_deref()),
        author,
        action,
        label,
        at: change.time * 1000,
        records: change
            .records
            .into_iter()
            .map(|r| (r.collection.key().to_string(), r.id))
            .collect(),
    }
}

/// The briefing of `handover`, recomputed whenever a record it names changes
/// on any device (each change arrives with a record update).
fn compute(session: Session, handover: &Handover) -> Briefing {
    let team = &session.records;
    let lead = &session.leadership_records;
    let (clients, interactions, tasks) = (
        team.clients.values(),
        team.interactions.values(),
        team.tasks.values(),
    );
    let (escalations, crises, crisis_entries, decisions) = (
        lead.escalations.values(),
        lead.crises.values(),
        lead.crisis_entries.values(),
        lead.decisions.values(),
    );
    // Tracked so that any other change (a member, a handover) refreshes too.
    team.members.len();
    team.acting.len();
    let authors = session.authors();
    let changes: Vec<HistoryChange> = session
        .change_log(DocKind::Team, &handover.team_heads)
        .into_iter()
        .chain(session.change_log(DocKind::Leadership, &handover.leadership_heads))
        .map(|change| plain(change, &authors))
        .collect();
    let current = Current {
        clients: &clients,
        interactions: &interactions,
        escalations: &escalations,
        tasks: &tasks,
        crises: &crises,
        crisis_entries: &crisis_entries,
        decisions: &decisions,
    };
    let clock = Clock::new(now_ms(), &device_zone(), session.preferences().stalled_days);
    briefing(&changes, current, &clock)
}

/// The sentence for `phrase` in the current language.
fn say(i18n: I18n, session: Session, phrase: Phrase<'_>) -> String {
    match phrase {
        Phrase::Title => i18n.t("briefing-title"),
        Phrase::Period { handover } => i18n.t_args(
            "briefing-period",
            &[
                ("acting", name_of(session, i18n, &handover.acting).into()),
                (
                    "from",
                    format_day(&handover.away_from, i18n.locale()).into(),
                ),
                (
                    "back",
                    format_day(&handover.expected_back, i18n.locale()).into(),
                ),
            ],
        ),
        Phrase::Group { group, count } => group_heading(i18n, group, count),
        Phrase::Empty => i18n.t("briefing-group-empty"),
        Phrase::Attribution { by, at } => attribution(i18n, session, by, at),
        Phrase::Kind(kind) => i18n.t(kind.message_id()),
        Phrase::Subject(subject) => i18n.t(subject.message_id()),
        Phrase::Unverified(attribution) => attribution
            .warning_id()
            .map(|id| i18n.t(id))
            .unwrap_or_default(),
        Phrase::OverdueHeading { count } => {
            i18n.t_args("briefing-overdue", &[("count", count.into())])
        }
        Phrase::Overdue { task } => i18n.t_args(
            "briefing-overdue-task",
            &[
                ("title", task.title.clone().into()),
                (
                    "due",
                    format_day(task.due_on.as_deref().unwrap_or_default(), i18n.locale()).into(),
                ),
            ],
        ),
    }
}

fn group_heading(i18n: I18n, group: Group, count: usize) -> String {
    i18n.t_args(
        "briefing-group",
        &[
            ("group", i18n.t(group.message_id()).into()),
            ("count", count.into()),
        ],
    )
}

fn attribution(i18n: I18n, session: Session, by: Option<&str>, at: i64) -> String {
    let name = by
        .map(|id| name_of(session, i18n, id))
        .unwrap_or_else(|| i18n.t("briefing-someone"));
    i18n.t_args(
        "briefing-by",
        &[
            ("name", name.into()),
            ("time", format_datetime(at, i18n.locale()).into()),
        ],
    )
}

/// The return briefing of handover `:id`.
#[component]
pub fn BriefingPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").unwrap_or_default());
    move || match session.leadership_records.handovers.get(&id()) {
        Some(handover) => view! { <BriefingView handover=handover /> }.into_any(),
        None => view! {
            <section class="desk">
                <p class="empty">{tr("briefing-not-found")}</p>
                <A href="/handover">{tr("briefing-back")}</A>
            </section>
        }
        .into_any(),
    }
}

#[component]
fn BriefingView(handover: RwSignal<Handover>) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let result = Memo::new(move |_| handover.with(|h| compute(session, h)));
    let failed = RwSignal::new(false);
    let download = move |_| {
        let markdown = handover.with_untracked(|h| {
            result.with_untracked(|b| briefing_markdown(h, b, |p| say(i18n, session, p)))
        });
        let name = handover.with_untracked(briefing_file_name);
        failed.set(download_text(&name, "text/markdown;charset=utf-8", &markdown).is_err());
    };
    let total = move || {
        i18n.t_args(
            "briefing-total",
            &[("count", result.with(Briefing::change_count).into())],
        )
    };
    view! {
        <article class="desk briefing">
            <A href="/handover" attr:class="back">{tr("briefing-back")}</A>
            <header class="desk-header">
                <div>
                    <h1>{tr("briefing-title")}</h1>
                    <p class="subtitle">{tr("briefing-intro")}</p>
                </div>
                <button type="button" class="button primary" on:click=download>{tr("briefing-download")}</button>
            </header>
            <p class="form-message" role="alert" hidden=move || !failed.get()>{tr("briefing-download-failed")}</p>
            <section class="panel">
                <HandoverSummary handover=handover />
                <p data-testid="briefing-total">{total}</p>
                <ul class="briefing-counts">
                    {move || result.with(|b| b.groups.iter().map(|(group, items)| {
                        let text = group_heading(i18n, *group, items.len());
                        view! { <li><a href=format!("#briefing-{}", group.code())>{text}</a></li> }
                    }).collect_view())}
                </ul>
            </section>
            {move || result.with(|b| b.groups.iter().map(|(group, items)| {
                view! { <GroupSection group=*group items=items.clone() /> }
            }).collect_view())}
            <OverdueTasks result=result />
        </article>
    }
}

/// How many changes a group shows at first, and adds with each "Show
/// more": a busy month away is thousands of changes, and rendering them all
/// at once held the tab for seconds.
const GROUP_PAGE: usize = 50;

#[component]
fn GroupSection(group: Group, items: Vec<Item>) -> impl IntoView {
    let count = items.len();
    let items = StoredValue::new(items);
    let shown = RwSignal::new(GROUP_PAGE);
    let list = (count > 0).then(|| {
        view! {
            <ul class="timeline">
                <For each=move || 0..shown.get().min(count) key=|at| *at let:at>
                    <GroupItem item=items.with_value(|items| items[at].clone()) />
                </For>
            </ul>
            <ShowMore shown=shown total=count page=GROUP_PAGE />
        }
    });
    let i18n = use_i18n();
    view! {
        <section class="panel briefing-group" id=format!("briefing-{}", group.code()) data-testid=format!("briefing-{}", group.code())>
            <h2>{move || group_heading(i18n, group, count)}</h2>
            {match list {
                Some(list) => list.into_any(),
                None => view! { <p class="empty">{tr("briefing-group-empty")}</p> }.into_any(),
            }}
        </section>
    }
}

/// One change of a group: what kind, about what, by whom and when.
#[component]
fn GroupItem(item: Item) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let by = attribution(i18n, session, item.author.as_deref(), item.at);
    let unverified = item.attribution.warning_id().map(|id| {
        view! { " " <strong class="unverified" role="alert" data-testid="unverified-author">{i18n.t(id)}</strong> }
    });
    view! {
        <li class="briefing-item" data-testid="briefing-item">
            <span class="badge">{move || i18n.t(item.kind.message_id())}</span>
            {item.subject.map(|s| view! { " " <span class="subject">{move || i18n.t(s.message_id())}</span> })}
            " " <strong>{item.title.clone()}</strong>
            {(!item.detail.is_empty()).then(|| view! { <p class="detail">{item.detail.clone()}</p> })}
            <p class="meta">{by}{unverified}</p>
        </li>
    }
}

/// The tasks overdue now: what the CEO returns to, a page at a time.
#[component]
fn OverdueTasks(result: Memo<Briefing>) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let count = Signal::derive(move || result.with(|b| b.overdue.len()));
    let shown = RwSignal::new(GROUP_PAGE);
    let line = move |at: usize| {
        let task = result.with(|b| b.overdue.get(at).cloned())?;
        let assignee = task
            .assignee
            .as_deref()
            .map(|id| name_of(session, i18n, id));
        let line = i18n.t_args(
            "briefing-overdue-task",
            &[
                ("title", task.title.clone().into()),
                (
                    "due",
                    format_day(task.due_on.as_deref().unwrap_or_default(), i18n.locale()).into(),
                ),
            ],
        );
        Some(view! {
            <li>
                <A href=format!("/team/tasks/{}", task.id)>{line}</A>
                {assignee.map(|name| view! { " · " {name} })}
            </li>
        })
    };
    view! {
        <section class="panel briefing-group" data-testid="briefing-overdue">
            <h2>{move || i18n.t_args("briefing-overdue", &[("count", count.get().into())])}</h2>
            <Show when=move || { count.get() > 0 } fallback=|| view! { <p class="empty">{tr("briefing-group-empty")}</p> }>
                <ul class="timeline">
                    // Rows by place, each reading its task: an overdue task
                    // edited meanwhile shows its new title and due day.
                    <For each=move || 0..shown.get().min(count.get()) key=|at| *at let:at>
                        {move || line(at)}
                    </For>
                </ul>
                <ShowMore shown=shown total=count page=GROUP_PAGE />
            </Show>
        </section>
    }
}
