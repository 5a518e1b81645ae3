//! The simulated clock: working days from Monday 5 January 2026, each
//! starting at 08:00 UTC, with the time moving on a little at every action.

use handover::domain::calendar::{add_days, day_text, parse_day, start_of, zone, Day};
use handover::domain::Millis;
use rand::Rng;

/// The first working day of the year.
const FIRST_DAY: &str = "2026-01-05";
const OPENING_MS: Millis = 8 * 3_600_000;

pub struct Clock {
    first: Day,
    now: Millis,
    /// The mean time between two actions.
    mean_gap: Millis,
}

impl Clock {
    /// A clock whose actions are `mean_gap` apart on average.
    pub fn new(mean_gap: Millis) -> Self {
        let first = parse_day(FIRST_DAY).expect("the first day is a valid day");
        Self {
            first,
            now: 0,
            mean_gap: mean_gap.max(2),
        }
    }

    /// The calendar day of `working_day` (0 is the first Monday); weekends
    /// are skipped.
    pub fn day(&self, working_day: usize) -> Day {
        let (weeks, weekday) = (working_day / 5, working_day % 5);
        add_days(self.first, (weeks * 7 + weekday) as i64)
    }

    /// The stored form of `working_day` ("2026-01-05").
    pub fn day_text(&self, working_day: usize) -> String {
        day_text(self.day(working_day))
    }

    /// Sets the time to the opening of `working_day`.
    pub fn open(&mut self, working_day: usize) {
        self.now = start_of(self.day(working_day), &zone("UTC")) + OPENING_MS;
    }

    /// Moves the time on by a random gap around the mean and returns it.
    pub fn tick(&mut self, rng: &mut impl Rng) -> Millis {
        self.now += rng.random_range(self.mean_gap / 2..=self.mean_gap * 3 / 2);
        self.now
    }

    pub fn now(&self) -> Millis {
        self.now
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn working_days_skip_weekends_and_open_at_eight() {
        let mut clock = Clock::new(60_000);
        assert_eq!(clock.day_text(0), "2026-01-05");
        assert_eq!(clock.day_text(4), "2026-01-09");
        assert_eq!(clock.day_text(5), "2026-01-12");
        clock.open(0);
        // 2026-01-05T08:00:00Z
        assert_eq!(clock.now(), 1_767_600_000_000);
    }
}
