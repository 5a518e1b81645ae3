//! Dates and times as the browser's locale and time zone show them.

use std::cell::RefCell;
use std::collections::HashMap;

use js_sys::{Array, Date, Function, Intl::DateTimeFormat, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::domain::calendar::{parse_day, zone, Zone};
use crate::i18n::Locale;

/// How a date is shown; each style is one `Intl.DateTimeFormat` per locale.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Style {
    /// A calendar day, "30 Mar 2026".
    Day,
    /// A calendar day with its weekday, "Monday, 30 March 2026".
    Weekday,
    /// An instant in the device's zone, "30 Mar 2026, 14:05".
    DateTime,
    /// An instant's time of day in the device's zone, "14:05".
    Time,
}

impl Style {
    fn options(self) -> Object {
        let options = Object::new();
        let set = |key: &str, value: &str| {
            let _ = Reflect::set(&options, &key.into(), &value.into());
        };
        match self {
            // A day is formatted from its midnight in UTC, so that no zone
            // (nor a change of zone) can move it to another day.
            Style::Day | Style::Weekday => {
                set(
                    "dateStyle",
                    if self == Style::Day { "medium" } else { "full" },
                );
                set("timeZone", "UTC");
            }
            Style::DateTime => {
                set("dateStyle", "medium");
                set("timeStyle", "short");
            }
            Style::Time => set("timeStyle", "short"),
        }
        options
    }
}

/// How long the device's zone, and the formatters made in it, are used
/// before the zone is read again: a device that travels shows its new zone
/// within a minute.
const ZONE_KEPT_MS: f64 = 60_000.0;

const DAY_MS: f64 = 86_400_000.0;

/// The device's zone and the formatters made so far. Making an
/// `Intl.DateTimeFormat` costs as much as formatting hundreds of dates with
/// one, and a list formats a date or two on every row.
struct Clock {
    read_at: f64,
    zone: Zone,
    formatters: HashMap<(Locale, Style), Function>,
}

impl Clock {
    fn read(now: f64) -> Self {
        let options = DateTimeFormat::new(&Array::new(), &Object::new()).resolved_options();
        let zone = Reflect::get(&options, &"timeZone".into())
            .ok()
            .and_then(|name| name.as_string())
            .map(|name| zone(&name))
            .unwrap_or(Zone::UTC);
        Self {
            read_at: now,
            zone,
            formatters: HashMap::new(),
        }
    }
}

thread_local! {
    static CLOCK: RefCell<Option<Clock>> = const { RefCell::new(None) };
}

/// Runs `f` with the clock, read again when it is older than a minute.
fn with_clock<R>(f: impl FnOnce(&mut Clock) -> R) -> R {
    CLOCK.with_borrow_mut(|kept| {
        let now = Date::now();
        let clock = kept
            .take()
            .filter(|clock| now - clock.read_at < ZONE_KEPT_MS)
            .unwrap_or_else(|| Clock::read(now));
        f(kept.insert(clock))
    })
}

/// `date` as `style` shows it in `locale`.
fn format(date: &Date, locale: Locale, style: Style) -> String {
    with_clock(|clock| {
        let formatter = clock.formatters.entry((locale, style)).or_insert_with(|| {
            let locales = Array::of1(&locale.code().into());
            DateTimeFormat::new(&locales, &style.options()).format()
        });
        formatter
            .call1(&JsValue::UNDEFINED, date)
            .ok()
            .and_then(|text| text.as_string())
            .unwrap_or_default()
    })
}

/// The current time in milliseconds since the Unix epoch.
pub fn now_ms() -> i64 {
    Date::now() as i64
}

/// A date and time, formatted for `locale` in the device's time zone.
pub fn format_datetime(ms: i64, locale: Locale) -> String {
    format(
        &Date::new(&JsValue::from_f64(ms as f64)),
        locale,
        Style::DateTime,
    )
}

/// A time of day, formatted for `locale` in the device's time zone.
pub fn format_time(ms: i64, locale: Locale) -> String {
    format(
        &Date::new(&JsValue::from_f64(ms as f64)),
        locale,
        Style::Time,
    )
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
    with_clock(|clock| clock.zone.clone())
}

/// A calendar day ("2026-03-30"), formatted for `locale` as a date.
pub fn format_day(day: &str, locale: Locale) -> String {
    format_day_as(day, locale, Style::Day)
}

/// A calendar day with its weekday ("Monday, 30 March 2026"), for the
/// headings of a calendar.
pub fn format_weekday(day: &str, locale: Locale) -> String {
    format_day_as(day, locale, Style::Weekday)
}

fn format_day_as(day: &str, locale: Locale, style: Style) -> String {
    let Some(parsed) = parse_day(day) else {
        return day.to_string();
    };
    let first_of_month = Date::utc(f64::from(parsed.year()), f64::from(parsed.month() - 1));
    let midnight = first_of_month + f64::from(parsed.day() - 1) * DAY_MS;
    format(&Date::new(&midnight.into()), locale, style)
}
