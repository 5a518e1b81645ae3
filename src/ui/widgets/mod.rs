//! Shared pieces of the desks: form fields, errors, badges, time.

mod forms;
mod time;

pub use forms::{problem_text, CodeSelect, FormErrors, FormMessage, SaveError, TextField};
pub use time::{
    device_zone, format_datetime, format_day, format_time, from_datetime_local, now_ms,
    to_datetime_local,
};
