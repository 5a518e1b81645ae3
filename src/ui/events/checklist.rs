//! What to see to before an event: items with who does them and by when,
//! ticked off as they are done. Each item is its own entry of the event, so
//! two devices ticking different items at once both keep their tick.

use leptos::prelude::*;

use crate::domain::action::Action;
use crate::domain::events::{checklist_in_order, new_item, ChecklistItem, Event, ItemInput};
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::{
    format_day, member_choices, now_ms, FormErrors, FormMessage, RecordPicker, SaveError, TextField,
};
use crate::workspace::events::{add_item, tick};

#[component]
pub(super) fn EventChecklist(id: String, event: RwSignal<Event>) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let id = StoredValue::new(id);
    let title = RwSignal::new(String::new());
    let who = RwSignal::new(String::new());
    let due_on = RwSignal::new(String::new());
    let errors = FormErrors::new();
    let items = move || {
        event.with(|e| {
            checklist_in_order(e)
                .into_iter()
                .cloned()
                .collect::<Vec<_>>()
        })
    };
    let progress = move || {
        let (done, total) = event.with(|e| {
            let done = e.checklist.values().filter(|i| i.done.is_some()).count();
            (done, e.checklist.len())
        });
        i18n.t_args(
            "event-checklist-progress",
            &[("done", done.into()), ("total", total.into())],
        )
    };
    let label = move || event.with_untracked(|e| e.name.clone());
    let set = Callback::new(move |(item, done): (String, bool)| {
        let action = if done {
            Action::EventItemDone
        } else {
            Action::EventItemReopen
        };
        let me = session.me();
        session
            .notices
            .report(session.change_team(action, &label(), |w| {
                tick(w, &id.get_value(), &item, done, (&me, now_ms()))
            }));
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let input = ItemInput {
            title: title.get_untracked(),
            who: who.get_untracked(),
            due_on: due_on.get_untracked(),
        };
        let members = session.records.members;
        let active = move |id: &str| {
            members
                .get_untracked_signal(id)
                .is_some_and(|m| m.with_untracked(|m| m.active))
        };
        let result: Result<(), SaveError> = new_item(&input, active, now_ms())
            .map_err(SaveError::from)
            .and_then(|item| {
                session.change_team(Action::EventItemAdd, &item.title, |w| {
                    add_item(w, &id.get_value(), &item)
                })?;
                Ok(())
            });
        if errors.show(result).is_some() {
            title.set(String::new());
            due_on.set(String::new());
        }
    };
    view! {
        <section class="panel event-checklist">
            <h2>{tr("event-checklist")}</h2>
            <Show when=move || event.with(|e| !e.checklist.is_empty())
                fallback=move || view! { <p class="empty">{tr("event-checklist-empty")}</p> }>
                <p class="meta" data-testid="event-checklist-progress">{progress}</p>
                <ul class="event-check-list">
                    <For each=items key=|item| (item.id.clone(), item.done.clone().map(|d| (d.at, d.by)))
                        children=move |item| view! { <ItemRow item=item set=set /> } />
                </ul>
            </Show>
            <form class="event-item-form" on:submit=submit novalidate>
                <TextField msg="event-item-title" name="event-item-title" value=title error=errors.field("title") />
                <div class="row">
                    <RecordPicker msg="event-item-who" name="event-item-who" value=who choices=member_choices(who)
                        none="event-item-anyone" error=errors.field("who") />
                    <TextField msg="event-item-due" name="event-item-due" kind="date" value=due_on error=errors.field("due_on") />
                </div>
                <FormMessage errors=errors />
                <div class="actions">
                    <button type="submit" class="button">{tr("event-item-add")}</button>
                </div>
            </form>
        </section>
    }
}

/// One item: its box to tick, who does it and by when, and who ticked it.
#[component]
fn ItemRow(item: ChecklistItem, set: Callback<(String, bool)>) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let name = move |id: &str| {
        session
            .member_name(id)
            .unwrap_or_else(|| i18n.t("member-unknown"))
    };
    let mut details = Vec::new();
    if let Some(who) = &item.who {
        details.push(name(who));
    }
    if let Some(day) = &item.due_on {
        let day = format_day(day, i18n.locale());
        details.push(i18n.t_args("event-item-by", &[("day", day.into())]));
    }
    if let Some(done) = &item.done {
        details.push(i18n.t_args("event-item-done-by", &[("name", name(&done.by).into())]));
    }
    let id = item.id.clone();
    view! {
        <li class="event-check-item" class:done=item.done.is_some() data-testid="checklist-item">
            <label class="check">
                <input type="checkbox" prop:checked=item.done.is_some()
                    on:change=move |ev| set.run((id.clone(), event_target_checked(&ev))) />
                <span class="title">{item.title}</span>
            </label>
            {(!details.is_empty()).then(|| view! { <span class="meta">{details.join(" · ")}</span> })}
        </li>
    }
}
