//! Shared pieces of the desks: form fields, errors, badges, time.

mod confirm;
mod download;
mod forms;
mod members;
mod show_more;
mod time;

pub use confirm::confirmed;
pub use download::download_text;
pub use forms::{
    code_options, problem_text, CodeSelect, FormErrors, FormMessage, SaveError, TextField,
};
pub use members::{member_or_none, MemberOptions, MemberSelect};
pub use show_more::ShowMore;
pub use time::{
    device_zone, format_datetime, format_day, format_time, from_datetime_local, now_ms,
    to_datetime_local,
};
