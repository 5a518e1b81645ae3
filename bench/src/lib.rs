//! Handover's busy-year benchmark: a deterministic generator of a year of
//! operations written through the app's own domain commands, the native load
//! floor, and a load client for the relay.

pub mod busy_year;
pub mod device;
pub mod relay_load;
