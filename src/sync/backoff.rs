//! How long to wait before reconnecting: doubling from half a second up to
//! thirty, with jitter, so that many devices coming back at once (the relay
//! restarted, the office Wi-Fi returned) do not all knock at the same moment.

use std::time::Duration;

/// The first wait.
const FIRST: Duration = Duration::from_millis(500);
/// The longest wait.
pub const LONGEST: Duration = Duration::from_secs(30);
/// Attempts after which the wait stops doubling (and only the cap applies).
const DOUBLINGS: u32 = 10;

/// Failed attempts since the connection last worked.
#[derive(Debug, Default, Clone)]
pub struct Backoff {
    attempts: u32,
}

impl Backoff {
    /// The wait before the next attempt, counting this one as failed.
    /// `random` is uniform in `[0, 1)` from the caller's source (the core has
    /// none): the wait is the doubled delay, capped, times 0.75 to 1.25.
    pub fn next_delay(&mut self, random: f64) -> Duration {
        let attempt = self.attempts.min(DOUBLINGS);
        self.attempts = self.attempts.saturating_add(1);
        let base = (FIRST * 2u32.pow(attempt)).min(LONGEST);
        base.mul_f64(0.75 + 0.5 * random.clamp(0.0, 1.0))
    }

    /// The connection works again: the next failure waits the first delay.
    pub fn reset(&mut self) {
        self.attempts = 0;
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
