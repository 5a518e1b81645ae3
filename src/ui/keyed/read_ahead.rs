//! Reading collections ahead of the views that will need them, a slice at a
//! time between other work: the first view to need them then finds them
//! read instead of blocking the tab while it reads them whole (the agenda's
//! desks of the busy year took 700 ms in one task).

use autosurgeon::Hydrate;
use leptos::prelude::*;

use super::Keyed;
use crate::timing::{ReadingAhead, Slices};

/// Records read between looks at the clock: a page of the most expensive
/// records (meetings, with their minutes) takes about 4 ms in the browser.
const PAGE: usize = 16;

/// A collection that can be read ahead: any [`Keyed`].
pub trait ReadAhead {
    /// Reads up to `limit` more records; `true` once all of them are read.
    fn read_more(&self, limit: usize) -> bool;

    /// Whether every record has been read.
    fn is_read(&self) -> bool;

    /// Tells the views that read the collection before that it was read
    /// again (see [`Keyed::wake`]).
    fn wake(&self);
}

impl<T> ReadAhead for Keyed<T>
where
    T: Hydrate + Clone + PartialEq + Send + Sync + 'static,
{
    fn read_more(&self, limit: usize) -> bool {
        Keyed::read_more(self, limit)
    }

    fn is_read(&self) -> bool {
        Keyed::is_read(self)
    }

    fn wake(&self) {
        Keyed::wake(self)
    }
}

/// Reads each of `collections` whole, in slices (see [`Slices`]) with the
/// browser free between them for anything else it has to do (a sync under
/// way goes first), then wakes them all at
/// once: a view that reads several (Today) re-reads them once, all read. A
/// collection a view reads meanwhile is read whole at once, as it would
/// have been.
pub async fn read_ahead(collections: Vec<Box<dyn ReadAhead>>) {
    let _reading = ReadingAhead::begin();
    let mut slices = Slices::new();
    for collection in &collections {
        slices
            .until_done(|| collection.read_more(PAGE).then_some(()))
            .await;
    }
    collections.iter().for_each(|collection| collection.wake());
}

/// Becomes true once each of `collections` is read whole: at once when
/// they are, else after reading them ahead (see [`read_ahead`]). A screen
/// that needs them all shows itself first and what reads them after, so
/// opening it never blocks the tab while they are read whole.
pub fn read_first(collections: Vec<Box<dyn ReadAhead>>) -> Signal<bool> {
    read_after(Signal::stored(true), collections)
}

/// [`read_first`], reading only once `start` holds (say, once the screen
/// is painted: see `ui::timing::painted`).
pub fn read_after(start: Signal<bool>, collections: Vec<Box<dyn ReadAhead>>) -> Signal<bool> {
    let read = RwSignal::new(collections.iter().all(|collection| collection.is_read()));
    let waiting = StoredValue::new_local((!read.get_untracked()).then_some(collections));
    Effect::new(move |_| {
        if !start.get() {
            return;
        }
        if let Some(collections) = waiting.try_update_value(Option::take).flatten() {
            leptos::task::spawn_local(async move {
                read_ahead(collections).await;
                // Gone with its screen when that was left first.
                _ = read.try_set(true);
            });
        }
    });
    read.into()
}
