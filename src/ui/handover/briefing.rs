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
use crate::domain::calendar::{day_text, Day};
use crate::domain::clients::{Client, Interaction};
use crate::domain::crisis::{Crisis, CrisisEntry};
use crate::domain::escalations::Escalation;
use crate::domain::handover::{Decision, Handover};
use crate::domain::tasks::{Clock, Task};
use crate::timing::Slices;
use crate::trust::authorship::Authors;
use crate::ui::i18n::{tr, use_i18n, I18n};
use crate::ui::keyed::{read_ahead, Keyed, ReadAhead};
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

/// The records a briefing names, looked up in the session's collections
/// by id, untracked: the briefing follows every change instead (see
/// [`Session::changed`]).
struct Held(Session);

fn copy_of<T>(records: Keyed<T>, id: &str) -> Option<T>
where
    T: autosurgeon::Hydrate + Clone + PartialEq + Send + Sync + 'static,
{
    records.get_untracked_signal(id).map(|r| r.get_untracked())
}

impl Current for Held {
    fn client(&self, id: &str) -> Option<Client> {
        copy_of(self.0.records.clients, id)
    }
    fn interaction(&self, id: &str) -> Option<Interaction> {
        copy_of(self.0.records.interactions, id)
    }
    fn escalation(&self, id: &str) -> Option<Escalation> {
        copy_of(self.0.leadership_records.escalations, id)
    }
    fn task(&self, id: &str) -> Option<Task> {
        copy_of(self.0.records.tasks, id)
    }
    fn crisis(&self, id: &str) -> Option<Crisis> {
        copy_of(self.0.leadership_records.crises, id)
    }
    fn crisis_entry(&self, id: &str) -> Option<CrisisEntry> {
        copy_of(self.0.leadership_records.crisis_entries, id)
    }
    fn decision(&self, id: &str) -> Option<Decision> {
        copy_of(self.0.leadership_records.decisions, id)
    }
    fn open_tasks_due_before(&self, day: Day) -> Vec<Task> {
        self.0
            .indexes
            .tasks_open_by_due
            .window(&(), &String::new(), &day_text(day))
            .iter()
            .filter_map(|id| copy_of(self.0.records.tasks, id))
            .collect()
    }
}

/// The collections a briefing looks records up in, read ahead a slice at
/// a time before it is computed: read whole in one go, the busy year's
/// held the tab for 900 ms on the first visit.
fn named_desks(session: Session) -> Vec<Box<dyn ReadAhead>> {
    let (team, lead) = (session.records, session.leadership_records);
    vec![
        Box::new(team.clients),
        Box::new(team.interactions),
        Box::new(team.tasks),
        Box::new(lead.escalations),
        Box::new(lead.crises),
        Box::new(lead.crisis_entries),
        Box::new(lead.decisions),
    ]
}

/// Prepares the briefing of `handover` with the tab free between slices:
/// the desks it names read ahead, each document's history since the
/// handover's heads read and its changes converted a slice at a time, then
/// the briefing itself, each in a task of its own. With the busy year, all
/// of it in one task held the tab for 280 ms, and 900 ms on the first
/// visit. `None` as soon as `wanted` says a newer preparation has begun (a
/// change arrived).
async fn prepare(
    session: Session,
    handover: Handover,
    wanted: impl Fn() -> bool,
) -> Option<Briefing> {
    read_ahead(named_desks(session)).await;
    let authors = untrack(|| session.authors());
    let mut changes = Vec::new();
    let mut slices = Slices::new();
    for (kind, heads) in [
        (DocKind::Team, &handover.team_heads),
        (DocKind::Leadership, &handover.leadership_heads),
    ] {
        slices.give_way().await;
        wanted().then_some(())?;
        for change in session.change_log(kind, heads) {
            changes.push(plain(change, &authors));
            if slices.give_way_if_due().await {
                wanted().then_some(())?;
            }
        }
    }
    slices.give_way().await;
    wanted().then_some(())?;
    let stalled_days = untrack(|| session.preferences().stalled_days);
    let clock = Clock::new(now_ms(), &device_zone(), stalled_days);
    let prepared = briefing(&changes, &Held(session), &clock);
    drop(changes);
    // Shown in a task of its own: rendering it is as long again.
    slices.give_way().await;
    wanted().then_some(prepared)
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

/// The page's heading, shown while the briefing is prepared too.
fn heading() -> impl IntoView {
    view! {
        <div>
            <h1>{tr("briefing-title")}</h1>
            <p class="subtitle">{tr("briefing-intro")}</p>
        </div>
    }
}

#[component]
fn BriefingView(handover: RwSignal<Handover>) -> impl IntoView {
    let session = expect_context::<Session>();
    let result = RwSignal::new(Briefing::default());
    let ready = RwSignal::new(false);
    // Prepared again whenever either document takes a change, on any
    // device; the briefing shown stays until the new one is ready.
    let preparing = StoredValue::new(0_u64);
    Effect::new(move |_| {
        session.changed.track();
        let handover = handover.get();
        let this = preparing.get_value() + 1;
        preparing.set_value(this);
        let wanted = move || preparing.try_get_value() == Some(this);
        leptos::task::spawn_local(async move {
            if let Some(briefing) = prepare(session, handover, wanted).await {
                if result.try_with_untracked(|shown| *shown != briefing) == Some(true) {
                    _ = result.try_set(briefing);
                }
                _ = ready.try_set(true);
            }
        });
    });
    view! {
        <article class="desk briefing">
            <A href="/handover" attr:class="back">{tr("briefing-back")}</A>
            <Show
                when=move || ready.get()
                fallback=|| view! {
                    <header class="desk-header">{heading()}</header>
                    <p class="empty" role="status">{tr("briefing-preparing")}</p>
                }
            >
                <BriefingBody handover=handover result=result />
            </Show>
        </article>
    }
}

/// The briefing itself, once prepared.
#[component]
fn BriefingBody(handover: RwSignal<Handover>, result: RwSignal<Briefing>) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
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
        <header class="desk-header">
            {heading()}
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
fn OverdueTasks(result: RwSignal<Briefing>) -> impl IntoView {
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
