//! Dates and times as the browser's locale and time zone show them.

use js_sys::Date;
use wasm_bindgen::JsValue;

use crate::domain::calendar::{parse_day, zone, Zone};
use crate::i18n::Locale;

/// The current time in milliseconds since the Unix epoch.
pub fn now_ms() -> i64 {
    Date::now() as i64
}

/// A date and time, formatted for `locale` in the device's time zone.
pub fn format_datetime(ms: i64, locale: Locale) -> String {
    let date = Date::new(&JsValue::from_f64(ms as f64));
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"medium".into());
    let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
    date.to_locale_string(locale.code(), &options).into()
}

/// A time of day, formatted for `locale` in the device's time zone.
pub fn format_time(ms: i64, locale: Locale) -> String {
    let date = Date::new(&JsValue::from_f64(ms as f64));
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
    date.to_locale_time_string_with_options(locale.code(), &options)
        .into()
}

/// The value of an `<input type="datetime-local">` for `ms`, in local time.
pub fn to_datetime_local(ms: i64) -> String {
    let d = Date::new(&JsValue::from_f64(ms as f64));
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date(),
        d.get_hours(),
        d.get_minutes()
    )
}

/// Reads an `<input type="datetime-local">` value as local time; `None` when
/// empty or not a date.
pub fn from_datetime_local(value: &str) -> Option<i64> {
    if value.trim().is_empty() {
        return None;
    }
    let ms = Date::new(&JsValue::from_str(value)).get_time();
    (!ms.is_nan()).then_some(ms as i64)
}

/// The device's time zone (from the browser's `Intl` settings), for the
/// domain's day computations; UTC when the browser names none Handover knows.
pub fn device_zone() -> Zone {
    let options = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new())
        .resolved_options();
    js_sys::Reflect::get(&options, &"timeZone".into())
        .ok()
        .and_then(|name| name.as_string())
        .map(|name| zone(&name))
        .unwrap_or(Zone::UTC)
}

/// A calendar day ("2026-03-30"), formatted for `locale` as a date.
pub fn format_day(day: &str, locale: Locale) -> String {
    format_day_as(day, locale, "medium")
}

/// A calendar day with its weekday ("Monday, 30 March 2026"), for the
/// headings of a calendar.
pub fn format_weekday(day: &str, locale: Locale) -> String {
    format_day_as(day, locale, "full")
}

/// A calendar day in the `Intl` date style `style`.
fn format_day_as(day: &str, locale: Locale, style: &str) -> String {
    let Some(parsed) = parse_day(day) else {
        return day.to_string();
    };
    let date = Date::new_with_year_month_day(
        u32::try_from(parsed.year()).unwrap_or_default(),
        i32::from(parsed.month()) - 1,
        i32::from(parsed.day()),
    );
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &style.into());
    date.to_locale_date_string(locale.code(), &options).into()
}
