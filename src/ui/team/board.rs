//! The board: a column per status. Cards move by dragging them to another
//! column or, from the keyboard, with each card's "Move to" select; moving to
//! Blocked first asks for the reason on the card itself.

use leptos::prelude::*;
use leptos_router::components::A;
use wasm_bindgen::JsCast;

use super::{assignee_name, change_task, client_name, due_text, Markers, PriorityBadge, TeamNav};
use crate::domain::action::Action;
use crate::domain::tasks::{move_task, TaskStatus};
use crate::ui::i18n::{tr, use_i18n, I18n};
use crate::ui::session::Session;
use crate::ui::widgets::{now_ms, FormErrors, FormMessage, SaveError, ShowMore, TextField};

/// What the board's columns and cards share: the card being dragged, the
/// card waiting for a blocked reason, and the last move for screen readers.
#[derive(Clone, Copy)]
struct Board {
    session: Session,
    i18n: I18n,
    dragging: RwSignal<Option<String>>,
    asking_reason: RwSignal<Option<String>>,
    announcement: RwSignal<String>,
}

impl Board {
    /// Moves task `id` to `status`; for Blocked, asks for the reason first.
    fn request_move(&self, id: &str, status: TaskStatus) {
        if status == TaskStatus::Blocked {
            self.asking_reason.set(Some(id.to_string()));
        } else {
            let outcome = self.apply(id, status, "");
            self.announce(id, status, outcome);
        }
    }

    fn apply(&self, id: &str, status: TaskStatus, reason: &str) -> Result<(), SaveError> {
        let (me, now) = (self.session.me(), now_ms());
        change_task(self.session, id, Action::TaskMove, |task| {
            move_task(task, status, reason, &me, now)
        })
    }

    /// Tells screen readers where the task went, or why it did not.
    fn announce(&self, id: &str, status: TaskStatus, outcome: Result<(), SaveError>) {
        let i18n = self.i18n;
        let text = match outcome {
            Ok(()) => {
                let title = self
                    .session
                    .records
                    .tasks
                    .get_untracked_signal(id)
                    .map(|t| t.with_untracked(|t| t.title.clone()))
                    .unwrap_or_default();
                i18n.t_args(
                    "board-moved",
                    &[
                        ("title", title.into()),
                        ("status", i18n.t(status.message_id()).into()),
                    ],
                )
            }
            Err(SaveError::Failed(reason)) => {
                i18n.t_args("error-save", &[("reason", reason.into())])
            }
            Err(SaveError::Invalid(_)) => i18n.t("error-form"),
        };
        self.announcement.set(text);
    }
}

#[component]
pub fn BoardPage() -> impl IntoView {
    let board = Board {
        session: expect_context::<Session>(),
        i18n: use_i18n(),
        dragging: RwSignal::new(None),
        asking_reason: RwSignal::new(None),
        announcement: RwSignal::new(String::new()),
    };
    let columns = TaskStatus::ALL
        .iter()
        .map(|status| view! { <Column status=*status board=board /> })
        .collect_view();
    view! {
        <section class="desk team-desk">
            <header class="desk-header">
                <h1>{tr("team-title")}</h1>
            </header>
            <TeamNav />
            <p class="board-help meta">{tr("board-help")}</p>
            <p class="visually-hidden" aria-live="polite" data-testid="board-announcement">
                {move || board.announcement.get()}
            </p>
            <div class="board">{columns}</div>
        </section>
    }
}

/// How many cards a column shows at first, and how many more each "Show
/// more" adds: a year of Done tasks is thousands of cards. Every move
/// repaints the cards below the one that moved: with 50 a column, a move
/// with the busy year open spent about 40 ms styling and painting 170
/// cards (`scripts/bench-profile --edit board_move`).
const COLUMN_PAGE: usize = 20;

#[component]
fn Column(status: TaskStatus, board: Board) -> impl IntoView {
    let index = board.session.indexes.tasks_by_status;
    let shown = RwSignal::new(COLUMN_PAGE);
    // The column's bucket of the status index, already in due order: a
    // task edited in place or moved between other columns touches nothing
    // here.
    let ids = Memo::new(move |_| index.first(&status, shown.get()));
    let total = Memo::new(move |_| index.len(&status));
    let over = RwSignal::new(false);
    let heading = format!("board-column-{}", status.code());
    let heading_id = heading.clone();
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        over.set(false);
        if let Some(id) = board.dragging.get_untracked() {
            board.dragging.set(None);
            board.request_move(&id, status);
        }
    };
    view! {
        <section
            class="board-column"
            class:drop-over=move || over.get()
            aria-labelledby=heading_id
            data-status=status.code()
            on:dragover=move |ev| {
                ev.prevent_default();
                over.set(true);
            }
            on:dragleave=move |_| over.set(false)
            on:drop=on_drop
        >
            <h2 id=heading>
                <span>{move || board.i18n.t(status.message_id())}</span>
                <span class="count">{move || total.get()}</span>
            </h2>
            <Show
                when=move || { total.get() > 0 }
                fallback=|| view! { <p class="empty">{tr("board-column-empty")}</p> }
            >
                <ul class="cards">
                    <For each=move || ids.get() key=|id| id.clone() let:id>
                        <Card id=id board=board />
                    </For>
                </ul>
            </Show>
            <ShowMore shown=shown total=total page=COLUMN_PAGE />
        </section>
    }
}

/// One task on the board; it reads only its own task's signal.
#[component]
fn Card(id: String, board: Board) -> impl IntoView {
    let (session, i18n) = (board.session, board.i18n);
    let Some(task) = session.records.tasks.get_untracked_signal(&id) else {
        return ().into_any();
    };
    let select_id = format!("move-{id}");
    let drag_id = id.clone();
    let move_id = id.clone();
    let reason_id = id.clone();
    let on_dragstart = move |ev: leptos::ev::DragEvent| {
        offer_for_moving(&ev, &drag_id);
        board.dragging.set(Some(drag_id.clone()));
    };
    let on_move = move |ev: leptos::ev::Event| {
        let select: web_sys::HtmlSelectElement = event_target(&ev);
        if let Some(status) = TaskStatus::from_code(&select.value()) {
            board.request_move(&move_id, status);
        }
        select.set_value("");
    };
    let status = move || task.with(|t| t.status);
    let move_options = move || {
        TaskStatus::ALL
            .iter()
            .filter(|s| **s != status())
            .map(|s| view! { <option value=s.code()>{i18n.t(s.message_id())}</option> })
            .collect_view()
    };
    let asking = move || board.asking_reason.get().as_deref() == Some(reason_id.as_str());
    let title = move || task.with(|t| t.title.clone());
    view! {
        <li
            class="task-card"
            draggable="true"
            data-testid="task-card"
            on:dragstart=on_dragstart
            on:dragend=move |_| board.dragging.set(None)
        >
            <A href=format!("/team/tasks/{id}") attr:class="task-title">{title}</A>
            <p class="meta">
                <span class="assignee">{move || task.with(|t| assignee_name(session, i18n, t))}</span>
                {move || task.with(|t| due_text(i18n, t)).map(|due| view! { <span class="due">{due}</span> })}
            </p>
            <p class="badges">
                <PriorityBadge priority=Signal::derive(move || task.with(|t| t.priority)) />
                <Markers task=task />
                {move || {
                    task.with(|t| client_name(session, i18n, t))
                        .map(|name| view! { <span class="badge client">{name}</span> })
                }}
            </p>
            <Show when=move || status() == TaskStatus::Blocked>
                <p class="blocked-reason">{move || task.with(|t| t.blocked_reason.clone())}</p>
            </Show>
            <div class="move">
                <label for=select_id.clone()>{tr("board-move-to")}</label>
                <select id=select_id on:change=on_move>
                    <option value="" selected=true>{tr("board-move-choose")}</option>
                    {move_options}
                </select>
            </div>
            <Show when=asking>
                <ReasonForm id=id.clone() board=board />
            </Show>
        </li>
    }
    .into_any()
}

/// Asks why a task is blocked before moving it there; nothing moves without
/// a reason.
#[component]
fn ReasonForm(id: String, board: Board) -> impl IntoView {
    let reason = RwSignal::new(String::new());
    let errors = FormErrors::new();
    let form = NodeRef::<leptos::html::Form>::new();
    // Keyboard users land in the reason field straight away.
    Effect::new(move || {
        let field = form
            .get()
            .and_then(|f| f.query_selector("input").ok().flatten());
        if let Some(field) = field.and_then(|f| f.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = field.focus();
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let outcome = board.apply(&id, TaskStatus::Blocked, &reason.get_untracked());
        if errors.show(outcome).is_some() {
            board.asking_reason.set(None);
            board.announce(&id, TaskStatus::Blocked, Ok(()));
        }
    };
    view! {
        <form class="inline-form reason-form" node_ref=form on:submit=submit novalidate>
            <TextField
                msg="task-field-blocked-reason"
                name="blocked_reason"
                value=reason
                error=errors.field("blocked_reason")
            />
            <FormMessage errors=errors />
            <div class="actions">
                <button type="button" class="button small" on:click=move |_| board.asking_reason.set(None)>
                    {tr("action-cancel")}
                </button>
                <button type="submit" class="button primary small">{tr("board-block")}</button>
            </div>
        </form>
    }
}

/// Marks the drag as a move of `id`. Some browsers start a drag only when
/// it carries data; `web-sys` is built without `DataTransfer`, so it is
/// reached through JavaScript properties.
fn offer_for_moving(ev: &leptos::ev::DragEvent, id: &str) {
    let Ok(transfer) = js_sys::Reflect::get(ev, &"dataTransfer".into()) else {
        return;
    };
    if transfer.is_null() || transfer.is_undefined() {
        return;
    }
    let _ = js_sys::Reflect::set(&transfer, &"effectAllowed".into(), &"move".into());
    if let Ok(set_data) = js_sys::Reflect::get(&transfer, &"setData".into()) {
        if let Ok(set_data) = set_data.dyn_into::<js_sys::Function>() {
            let _ = set_data.call2(&transfer, &"text/plain".into(), &id.into());
        }
    }
}
