//! The Leptos components, one folder per desk plus shared widgets. Components
//! call domain commands through the [`session::Session`]; they never touch
//! Automerge directly. The shell around them is `crate::app`, which
//! uses them; they never use it.

pub(crate) mod announcements;
pub(crate) mod backup;
pub(crate) mod care;
pub(crate) mod checklists;
pub(crate) mod clients;
pub(crate) mod crisis;
pub(crate) mod direct_sync;
pub(crate) mod documents;
pub(crate) mod escalations;
pub(crate) mod events;
pub(crate) mod exchange;
pub(crate) mod expenses;
pub(crate) mod first_run;
pub(crate) mod goals;
pub(crate) mod handover;
pub(crate) mod i18n;
pub(crate) mod improve;
pub(crate) mod install;
pub(crate) mod keyed;
pub(crate) mod meetings;
pub(crate) mod messages;
pub(crate) mod notices;
pub(crate) mod observations;
pub(crate) mod palette;
pub(crate) mod session;
pub(crate) mod settings;
pub(crate) mod skip_link;
pub(crate) mod supplies;
pub(crate) mod team;
pub(crate) mod timing;
pub(crate) mod today;
pub(crate) mod visitors;
pub(crate) mod widgets;
