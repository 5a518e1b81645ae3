//! The palette's search index, kept from the records as they change: each
//! searchable collection tells it of every record it reads, changes or
//! removes (the same path the desks' indexes follow from the Automerge
//! patches), so a keystroke only reads the index.

use autosurgeon::Hydrate;
use leptos::prelude::*;

use crate::domain::search::{self, Kind, SearchIndex, Searchable};
use crate::ui::keyed::Keyed;
use crate::ui::session::Session;

/// The record an entry comes from: its kind and id.
type Source = (Kind, String);

#[derive(Clone, Copy)]
pub struct Search {
    index: StoredValue<SearchIndex<Source>, LocalStorage>,
    /// Notified whenever the index changes, so open results follow.
    changed: Trigger,
    started: StoredValue<bool>,
}

impl Search {
    /// An empty index; it fills on [`Search::start`].
    pub fn new() -> Self {
        Search {
            index: StoredValue::new_local(SearchIndex::default()),
            changed: Trigger::new(),
            started: StoredValue::new(false),
        }
    }

    /// Fills the index from every searchable collection and follows their
    /// changes from then on. Only the first call does anything: the index
    /// is built when someone first searches, not when the workspace opens.
    /// Crises and confidential documents exist only in the leadership
    /// document, which a device opens only with a verified leadership grant;
    /// elsewhere those collections are empty and so is their share here.
    pub fn start(self, session: Session) {
        if self.started.get_value() {
            return;
        }
        self.started.set_value(true);
        let team = session.records;
        let leadership = session.leadership_records;
        self.follow(team.clients, Kind::Client, search::of_client);
        self.follow(team.tasks, Kind::Task, search::of_task);
        self.follow(team.messages, Kind::Message, search::of_message);
        self.follow(team.meetings, Kind::Meeting, search::of_meeting);
        self.follow(team.register, Kind::Document, search::of_document);
        self.follow(team.events, Kind::Event, search::of_event);
        self.follow(leadership.crises, Kind::Crisis, search::of_crisis);
        self.follow(
            leadership.confidential_register,
            Kind::Document,
            search::of_document,
        );
        self.changed.notify();
    }

    fn follow<T>(self, records: Keyed<T>, kind: Kind, entries: fn(&T) -> Vec<Searchable>)
    where
        T: Hydrate + Clone + PartialEq + Send + Sync + 'static,
    {
        records.observe(Box::new(move |id, record| {
            let source = (kind, id.to_string());
            let items = record.map(entries).unwrap_or_default();
            self.index.update_value(|index| index.put(&source, items));
            self.changed.notify();
        }));
        // Reads the collection if no desk has yet: the observer then sees
        // every record.
        untrack(|| records.len());
    }

    /// The best `limit` entries for `query` that `keep` keeps, tracking
    /// changes to the index.
    pub fn find(
        &self,
        query: &str,
        limit: usize,
        keep: impl Fn(&Searchable) -> bool,
    ) -> Vec<Searchable> {
        self.changed.track();
        self.index.with_value(|index| {
            index
                .find_where(query, limit, keep)
                .into_iter()
                .map(|hit| hit.item.clone())
                .collect()
        })
    }
}
