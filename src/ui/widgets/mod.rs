//! Shared pieces of the desks: form fields, record pickers, list bodies,
//! filters kept in the address, errors, badges, time.

mod chart;
mod confirm;
mod download;
mod file_bytes;
mod forms;
mod nav_count;
mod picker;
mod record_list;
mod show_more;
mod time;
mod url_filter;

pub use chart::{Bar, WeeklyChart};
pub use confirm::confirmed;
pub use download::download_text;
pub use file_bytes::file_bytes;
pub use forms::{
    code_options, problem_text, step_error, Checkbox, CodeSelect, FormErrors, FormMessage,
    SaveError, TextField,
};
pub use nav_count::NavCount;
pub use picker::{
    chosen, client_choices, department_choices, department_targets, member_choices, members_where,
    Choice, ChoiceOptions, RecordPicker,
};
pub use record_list::{ListText, RecordList, LIST_PAGE};
pub use show_more::ShowMore;
pub use time::{
    device_zone, format_datetime, format_day, format_time, format_weekday, from_datetime_local,
    now_ms, to_datetime_local,
};
pub use url_filter::url_filter;
