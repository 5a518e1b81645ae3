//! Domain logic of every desk: plain Rust records, the commands that create and
//! change them (validating input first) and the queries the desks show.
//! Nothing here knows about Automerge, IndexedDB or the browser.

pub mod access;
pub mod action;
pub mod announcements;
pub mod backup;
pub mod briefing;
pub mod calendar;
pub mod care;
pub mod checklists;
pub mod clients;
pub mod coded;
pub mod conflicts;
pub mod crisis;
pub mod departments;
pub mod devices;
mod edit;
pub mod escalations;
pub mod events;
pub mod expenses;
pub mod export;
pub mod goals;
pub mod handover;
pub mod hints;
pub mod ids;
pub mod import;
pub mod improvements;
pub mod index;
pub mod markdown;
pub mod meetings;
pub mod messages;
pub mod metrics;
pub mod money;
pub mod observations;
pub mod people;
pub mod register;
pub mod requests;
pub mod search;
pub mod supplies;
pub mod tasks;
pub mod today;
pub mod validation;
pub mod visitors;

/// Milliseconds since the Unix epoch, UTC. Callers pass `now` in, so that every
/// computation is reproducible in tests.
pub type Millis = i64;
