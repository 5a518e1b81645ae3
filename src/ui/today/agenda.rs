//! The agenda: everything due or overdue today across the desks, kept for
//! the whole session (Today lists it, the tab title counts what is overdue,
//! reminders watch it). Every desk's candidates come from its own index (a
//! window up to the end of today), each in a memo of its own, so a change
//! on one desk recomputes that desk's items and the sort, nothing else.
//! Memos compute when first read: nothing here runs until something shows
//! or counts the agenda.

use leptos::prelude::*;

use crate::domain::calendar::{add_days, day_of, day_text, start_of, Day};
use crate::domain::care::due_follow_ups;
use crate::domain::today::{self, DueItem};
use crate::ui::care::last_contacts;
use crate::ui::keyed::{read_ahead, ReadAhead};
use crate::ui::messages::mine;
use crate::ui::session::Session;
use crate::ui::widgets::{device_zone, now_ms};

/// How often the agenda looks at the clock: "overdue" follows the day
/// turning over while the app stays open, not only a record changing.
const CLOCK_MS: u64 = 60_000;

#[derive(Clone, Copy)]
pub struct Agenda {
    /// The current time, ticking each minute.
    pub now: ReadSignal<i64>,
    pub today: Memo<Day>,
    /// Today's list, in its order.
    pub items: Memo<Vec<DueItem>>,
    pub overdue: Memo<usize>,
    session: Session,
}

impl Agenda {
    pub fn new(session: Session) -> Self {
        let now = ticking_clock();
        let today = Memo::new(move |_| day_of(now.get(), &device_zone()));
        let desks = desk_items(session, today);
        let items = Memo::new(move |_| {
            let items = desks.iter().flat_map(|desk| desk.get()).collect();
            today::agenda(items, today.get())
        });
        let overdue =
            Memo::new(move |_| items.with(|items| today::overdue_count(items, today.get())));
        Self {
            now,
            today,
            items,
            overdue,
            session,
        }
    }

    /// Reads the collections the agenda reads, in slices, so that its
    /// first computation does not read them all in one long task.
    pub async fn read_ahead(&self) {
        read_ahead(self.collections()).await;
    }

    /// The collections the agenda reads, directly or through an index.
    pub fn collections(&self) -> Vec<Box<dyn ReadAhead>> {
        desk_collections(self.session)
    }
}

/// The current time, ticking each minute while the session lasts.
fn ticking_clock() -> ReadSignal<i64> {
    let (now, set_now) = signal(now_ms());
    let handle = set_interval_with_handle(
        move || set_now.set(now_ms()),
        std::time::Duration::from_millis(CLOCK_MS),
    );
    if let Ok(handle) = handle {
        on_cleanup(move || handle.clear());
    }
    now
}

/// The collections `desk_items` reads, directly or through an index.
fn desk_collections(session: Session) -> Vec<Box<dyn ReadAhead>> {
    let records = session.records;
    vec![
        Box::new(records.tasks),
        Box::new(records.checklists),
        Box::new(records.follow_ups),
        Box::new(records.clients),
        Box::new(records.interactions),
        Box::new(records.messages),
        Box::new(records.meetings),
        Box::new(records.visits),
        Box::new(records.register),
        Box::new(session.leadership_records.confidential_register),
        Box::new(records.supply_items),
    ]
}

/// Each desk's items for `today`, as one memo per desk.
fn desk_items(session: Session, today: Memo<Day>) -> Vec<Memo<Vec<DueItem>>> {
    let records = session.records;
    let indexes = session.indexes;
    let read = move |ids: Vec<String>, keep: &dyn Fn(&str) -> Option<DueItem>| {
        ids.iter().filter_map(|id| keep(id)).collect::<Vec<_>>()
    };
    vec![
        Memo::new(move |_| {
            let day = today.get();
            let to = day_text(add_days(day, 1));
            let ids = indexes.tasks_open_by_due.window(&(), &String::new(), &to);
            read(ids, &|id| {
                let task = records.tasks.get_untracked_signal(id)?;
                task.with(|t| today::task(t, day))
            })
        }),
        Memo::new(move |_| {
            let day = today.get();
            let ids = indexes.checklists_by_completion.first(&false, usize::MAX);
            ids.iter()
                .filter_map(|id| records.checklists.get_untracked_signal(id))
                .flat_map(|c| c.with(|c| today::checklist_steps(c, day)))
                .collect()
        }),
        Memo::new(move |_| {
            let day = today.get();
            let zone = device_zone();
            let plans = records.follow_ups.values();
            let contacts = last_contacts(session, &plans);
            let now = start_of(day, &zone);
            due_follow_ups(&plans, &contacts, now, &zone)
                .into_iter()
                .filter_map(|(plan, next)| {
                    let name = records
                        .clients
                        .get_untracked_signal(&plan.client_id)?
                        .with(|c| c.name.clone());
                    today::follow_up(&plan.client_id, &name, next)
                })
                .collect()
        }),
        Memo::new(move |_| {
            let day = today.get();
            read(mine(session), &|id| {
                let message = records.messages.get_untracked_signal(id)?;
                message.with(|m| today::message(m, day))
            })
        }),
        Memo::new(move |_| {
            let day = today.get();
            let zone = device_zone();
            let window = (start_of(day, &zone), start_of(add_days(day, 1), &zone));
            let ids = indexes.meetings_by_start.window(&(), &window.0, &window.1);
            read(ids, &|id| {
                let meeting = records.meetings.get_untracked_signal(id)?;
                meeting.with(|m| today::meeting(m, day, &zone))
            })
        }),
        Memo::new(move |_| {
            let day = today.get();
            let to = (day_text(add_days(day, 1)), String::new());
            let ids = indexes
                .visits_expected
                .window(&(), &(String::new(), String::new()), &to);
            read(ids, &|id| {
                let visit = records.visits.get_untracked_signal(id)?;
                visit.with(|v| today::visitor(v, day))
            })
        }),
        Memo::new(move |_| {
            let day = today.get();
            let to = add_days(day, 1);
            let team = indexes.register_by_review.window(&(), &Day::MIN, &to);
            let mut items = read(team, &|id| {
                let entry = records.register.get_untracked_signal(id)?;
                entry.with(|e| today::document_review(e, day))
            });
            let leadership = session.leadership_indexes.confidential_by_review;
            let confidential = leadership.window(&(), &Day::MIN, &to);
            let register = session.leadership_records.confidential_register;
            items.extend(read(confidential, &|id| {
                let entry = register.get_untracked_signal(id)?;
                entry.with(|e| today::document_review(e, day))
            }));
            items
        }),
        Memo::new(move |_| {
            let day = today.get();
            let ids = indexes.supplies_to_reorder.first(&(), usize::MAX);
            read(ids, &|id| {
                let item = records.supply_items.get_untracked_signal(id)?;
                item.with(|i| today::reorder(i, day))
            })
        }),
    ]
}
