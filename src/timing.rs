//! Named moments of a page's life in the browser's performance timeline,
//! where the benchmark (bench/), the end-to-end tests and the browser's own
//! tools read them. Any layer may mark one; `ui::timing` marks after a render.
//! And [`give_way`] and [`Slices`], for work done in slices that must not
//! hold up the tab.

use std::cell::Cell;

use gloo_timers::future::TimeoutFuture;
use js_sys::{Object, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The app's wasm is running: downloaded, compiled and started.
pub const WASM_STARTED: &str = "handover:wasm-started";
/// A document's stored chunks are read from IndexedDB, before Automerge
/// loads them (the team document's first: it is opened first).
pub const STORED_READ: &str = "handover:stored-read";
/// The documents are loaded and their records are in the keyed sets.
pub const DOCUMENTS_OPEN: &str = "handover:documents-open";
/// The workspace has rendered with its records and answers input.
pub const INTERACTIVE: &str = "handover:interactive";
/// Today's panels are on the screen, their desks read (`ui::today`).
pub const TODAY_SHOWN: &str = "handover:today-shown";
/// The compaction worker compacted a document (`store::compaction`).
pub const COMPACTED_IN_WORKER: &str = "handover:compacted-in-worker";

/// Marks `name` now.
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|window| window.performance()) {
        // A mark that cannot be written only costs a figure, never the app.
        let _ = performance.mark(name);
    }
}

/// Waits until the tab has nothing else to do: input, painting, messages
/// from the relay, timers. Work done in slices (reading desks ahead) awaits
/// it between slices, so it never holds any of those up.
///
/// `scheduler.postTask` at background priority, where the browser has it,
/// else a zero timeout (which waits at least 4 ms once nested).
/// `scheduler.yield()` would be quicker when idle, but its continuations
/// run before every other task: a new device reading Today's desks ahead
/// held the relay's sync messages back until it was done, and its first
/// sync of the busy year took 3–3.4 s instead of 1.8.
pub async fn give_way() {
    match background_task() {
        Some(task) => _ = JsFuture::from(task).await,
        None => TimeoutFuture::new(0).await,
    }
}

/// How long one slice of work done in slices may run before the tab gets to
/// handle input and paint: half a frame.
const SLICE_MS: f64 = 8.0;

/// How long a slice of loading a document may run: while the documents
/// load there is nothing on the screen to answer but the tab itself, and
/// each slice given way costs the load a little (with slices of 8 ms, the
/// busy year's documents opened 100–120 ms later).
pub const LOADING_SLICE_MS: f64 = 50.0;

/// Work done in slices of about [`SLICE_MS`] (or another length), with the
/// tab free between them (see [`give_way`]).
pub struct Slices {
    began: f64,
    length_ms: f64,
}

impl Slices {
    /// A first slice, beginning now.
    pub fn new() -> Self {
        Self::lasting(SLICE_MS)
    }

    /// A first slice, beginning now, of slices of `length_ms`.
    pub fn lasting(length_ms: f64) -> Self {
        Self {
            began: js_sys::Date::now(),
            length_ms,
        }
    }

    /// Gives way and begins a new slice.
    pub async fn give_way(&mut self) {
        give_way().await;
        self.began = js_sys::Date::now();
    }

    /// Gives way if this slice has had its time; `true` when it did.
    pub async fn give_way_if_due(&mut self) -> bool {
        let due = js_sys::Date::now() - self.began >= self.length_ms;
        if due {
            self.give_way().await;
        }
        due
    }

    /// Runs `step` until it gives an answer, giving way whenever a slice has
    /// had its time: a load a few thousand ops a step, a desk's records read
    /// ahead a page a step.
    pub async fn until_done<R>(&mut self, mut step: impl FnMut() -> Option<R>) -> R {
        loop {
            self.give_way_if_due().await;
            if let Some(done) = step() {
                return done;
            }
        }
    }
}

impl Default for Slices {
    fn default() -> Self {
        Self::new()
    }
}

thread_local! {
    static READING_AHEAD: Cell<usize> = const { Cell::new(0) };
}

/// A screen reading ahead what it is about to show (`ui::keyed::read_ahead`),
/// until dropped: work that can wait for it does ([`wait_for_reading_ahead`]).
pub struct ReadingAhead(());

impl ReadingAhead {
    pub fn begin() -> Self {
        READING_AHEAD.with(|count| count.set(count.get() + 1));
        Self(())
    }
}

impl Drop for ReadingAhead {
    fn drop(&mut self) {
        READING_AHEAD.with(|count| count.set(count.get() - 1));
    }
}

/// Waits while a screen reads ahead what it is about to show. A document
/// that loads behind records read from their snapshot waits so: Today
/// reads a dozen desks, and sharing the tab with the load, showed its
/// panels about 400 ms later.
pub async fn wait_for_reading_ahead() {
    while READING_AHEAD.with(Cell::get) > 0 {
        TimeoutFuture::new(READING_AHEAD_POLL_MS).await;
    }
}

/// How often [`wait_for_reading_ahead`] looks again: about a frame.
const READING_AHEAD_POLL_MS: u32 = 16;

/// The promise of a task that does nothing, posted at background priority:
/// it settles once everything queued at a higher priority has run.
fn background_task() -> Option<Promise> {
    let scheduler = Reflect::get(&js_sys::global(), &"scheduler".into()).ok()?;
    let post_task: js_sys::Function = Reflect::get(&scheduler, &"postTask".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let options = Object::new();
    Reflect::set(&options, &"priority".into(), &"background".into()).ok()?;
    let nothing = Closure::once_into_js(|| {});
    post_task
        .call2(&scheduler, &nothing, &options)
        .ok()?
        .dyn_into()
        .ok()
}
