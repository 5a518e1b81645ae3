//! Days in the user's time zone. Due dates are calendar days ("2026-03-30"),
//! not instants: a task due on Monday is due all Monday wherever the device
//! is. Functions take `now` and the time zone as arguments so that tests are
//! exact across month ends and daylight-saving changes.

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::Timestamp;

use super::Millis;

pub use jiff::civil::Date as Day;
pub use jiff::tz::TimeZone as Zone;

/// The calendar day `at` falls on in `tz`.
pub fn day_of(at: Millis, tz: &TimeZone) -> Date {
    let at = Timestamp::from_millisecond(at).unwrap_or(Timestamp::UNIX_EPOCH);
    tz.to_datetime(at).date()
}

/// The zone named `name` (an IANA name such as "Europe/Amsterdam"), or UTC
/// when the name is unknown.
pub fn zone(name: &str) -> TimeZone {
    TimeZone::get(name).unwrap_or(TimeZone::UTC)
}

/// Parses a stored day ("2026-03-30"); `None` for anything else.
pub fn parse_day(text: &str) -> Option<Date> {
    text.trim().parse().ok()
}

/// The stored form of a day.
pub fn day_text(day: Date) -> String {
    day.to_string()
}

/// Whole days from `from` to `to` (negative when `to` is earlier).
pub fn days_between(from: Date, to: Date) -> i64 {
    i64::from((to - from).get_days())
}

/// `day` moved by `days` (saturating at the ends of the calendar).
pub fn add_days(day: Date, days: i64) -> Date {
    day.checked_add(jiff::Span::new().days(days.clamp(-7_000_000, 7_000_000)))
        .unwrap_or(day)
}

/// The first instant of `day` in `tz`, in milliseconds.
pub fn start_of(day: Date, tz: &TimeZone) -> Millis {
    day.to_zoned_datetime(tz.clone())
        .map(|z| z.timestamp().as_millisecond())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_follow_the_time_zone() {
        let amsterdam = zone("Europe/Amsterdam");
        // 2026-03-28 23:30 UTC is already Sunday 29 March in Amsterdam.
        let at = Timestamp::from_second(1_774_740_600)
            .unwrap()
            .as_millisecond();
        assert_eq!(day_of(at, &TimeZone::UTC).to_string(), "2026-03-28");
        assert_eq!(day_of(at, &amsterdam).to_string(), "2026-03-29");
        assert_eq!(zone("Not/AZone"), TimeZone::UTC);
    }

    #[test]
    fn day_arithmetic_crosses_month_ends() {
        let jan31 = parse_day("2026-01-31").unwrap();
        assert_eq!(day_text(add_days(jan31, 1)), "2026-02-01");
        assert_eq!(days_between(jan31, parse_day("2026-03-01").unwrap()), 29);
        assert_eq!(parse_day("31/01/2026"), None);
    }

    #[test]
    fn a_day_starts_at_local_midnight_even_on_a_daylight_saving_change() {
        let amsterdam = zone("Europe/Amsterdam");
        let sunday = parse_day("2026-03-29").unwrap();
        let monday = add_days(sunday, 1);
        // The clocks go forward on 29 March: that day is 23 hours long.
        assert_eq!(
            start_of(monday, &amsterdam) - start_of(sunday, &amsterdam),
            23 * 3_600_000
        );
    }
}
