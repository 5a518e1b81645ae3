//! What one member with a valid invite may take from the relay: connections
//! (per device key and in total), ephemeral messages per connection, and
//! bytes per document.
//!
//! A connection slot is taken before the WebSocket upgrade and held by a
//! [`Slot`] until the connection ends, whichever way it ends (refused,
//! upgrade failed, client gone mid-upgrade, closed): the slot is released
//! when the guard is dropped, so the counts cannot leak.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use tracing::warn;

use crate::access::Refusal;

/// The limits one relay applies, and its live connection counts.
#[derive(Clone)]
pub struct Limits(Arc<LimitsInner>);

struct LimitsInner {
    max_connections: usize,
    max_per_device: usize,
    counts: Mutex<Counts>,
}

#[derive(Default)]
struct Counts {
    total: usize,
    /// Device key → its connection slots held.
    per_device: HashMap<String, usize>,
}

impl Limits {
    pub fn new(max_connections: usize, max_per_device: usize) -> Self {
        Self(Arc::new(LimitsInner {
            max_connections,
            max_per_device,
            counts: Mutex::new(Counts::default()),
        }))
    }

    fn counts(&self) -> MutexGuard<'_, Counts> {
        self.0.counts.lock().expect("no panics while locked")
    }

    /// Takes a connection slot for `device`, or refuses: `Busy` when the
    /// relay holds its maximum, `TooManyConnections` when the device does.
    pub fn acquire(&self, device: &str) -> Result<Slot, Refusal> {
        let mut counts = self.counts();
        if counts.total >= self.0.max_connections {
            warn!(
                limit = self.0.max_connections,
                "connection limit reached: refusing a connection"
            );
            return Err(Refusal::Busy);
        }
        let held = counts.per_device.entry(device.to_string()).or_default();
        if *held >= self.0.max_per_device {
            warn!(
                %device,
                limit = self.0.max_per_device,
                "a device is at its connection limit: refusing a connection"
            );
            if *held == 0 {
                counts.per_device.remove(device);
            }
            return Err(Refusal::TooManyConnections);
        }
        *held += 1;
        counts.total += 1;
        Ok(Slot {
            limits: self.clone(),
            device: device.to_string(),
        })
    }

    /// Connection slots held now (upgrading or open).
    pub fn connections(&self) -> usize {
        self.counts().total
    }

    /// Connection slots `device` holds now.
    pub fn connections_of(&self, device: &str) -> usize {
        self.counts().per_device.get(device).copied().unwrap_or(0)
    }

    fn release(&self, device: &str) {
        let mut counts = self.counts();
        counts.total -= 1;
        if let Some(held) = counts.per_device.get_mut(device) {
            *held -= 1;
            if *held == 0 {
                counts.per_device.remove(device);
            }
        }
    }
}

/// One connection slot, held from before the upgrade until the connection
/// ends; released when dropped.
pub struct Slot {
    limits: Limits,
    device: String,
}

impl Drop for Slot {
    fn drop(&mut self) {
        self.limits.release(&self.device);
    }
}

/// A token bucket: `rate` tokens a second up to `burst`. A frame takes a
/// token; without one it is dropped, and the bucket goes into debt, down to
/// `-flood`: a connection that reaches that keeps flooding and is closed.
#[derive(Debug, Clone)]
pub struct Bucket {
    rate: f64,
    burst: f64,
    flood: f64,
    tokens: f64,
    at: Instant,
}

/// What a bucket says about one frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Pass,
    Drop,
    Flooding,
}

impl Bucket {
    /// `rate` a second, `burst` at once; closed after `flood` frames beyond
    /// (less whatever the rate allowed meanwhile).
    pub fn new(rate: f64, burst: f64, flood: f64, at: Instant) -> Self {
        Self {
            rate,
            burst,
            flood,
            tokens: burst,
            at,
        }
    }

    pub fn take(&mut self, at: Instant) -> Verdict {
        let elapsed = at.saturating_duration_since(self.at).as_secs_f64();
        self.at = at;
        self.tokens = (self.tokens + elapsed * self.rate).min(self.burst);
        self.tokens -= 1.0;
        if self.tokens >= 0.0 {
            Verdict::Pass
        } else if self.tokens < -self.flood {
            Verdict::Flooding
        } else {
            Verdict::Drop
        }
    }
}

/// How a connection's frames are bounded once it is open.
#[derive(Debug, Clone)]
pub struct ConnectionLimits {
    /// How often the relay pings the device.
    pub ping_every: Duration,
    /// A device that sends nothing (no frame, no pong) this long is closed,
    /// as is one that takes this long to take a frame.
    pub idle_timeout: Duration,
    /// Ephemeral messages a second, and at once.
    pub ephemeral_rate: f64,
    pub ephemeral_burst: f64,
}

impl ConnectionLimits {
    pub fn ephemeral_bucket(&self, at: Instant) -> Bucket {
        Bucket::new(
            self.ephemeral_rate,
            self.ephemeral_burst,
            // A flood: five bursts' worth dropped faster than the rate.
            self.ephemeral_burst * 5.0,
            at,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_are_counted_per_device_and_in_total_and_released_on_drop() {
        let limits = Limits::new(3, 2);
        let a1 = limits.acquire("a").unwrap();
        let a2 = limits.acquire("a").unwrap();
        assert_eq!(limits.acquire("a").err(), Some(Refusal::TooManyConnections));
        let b1 = limits.acquire("b").unwrap();
        assert_eq!(limits.acquire("c").err(), Some(Refusal::Busy));
        assert_eq!(limits.connections(), 3);
        drop(a1);
        assert_eq!(limits.connections_of("a"), 1);
        let _c = limits.acquire("c").unwrap();
        drop((a2, b1));
        assert_eq!(limits.connections(), 1);
        assert_eq!(limits.connections_of("a"), 0);
    }

    #[test]
    fn a_bucket_passes_its_rate_drops_the_rest_and_calls_a_flood() {
        let start = Instant::now();
        let mut bucket = Bucket::new(10.0, 5.0, 10.0, start);
        let verdicts: Vec<_> = (0..20).map(|_| bucket.take(start)).collect();
        assert!(verdicts[..5].iter().all(|v| *v == Verdict::Pass));
        assert!(verdicts[5..15].iter().all(|v| *v == Verdict::Drop));
        assert_eq!(verdicts[15], Verdict::Flooding);
        let mut bucket = Bucket::new(10.0, 5.0, 10.0, start);
        for n in 0..100u64 {
            let at = start + Duration::from_millis(100 * n);
            assert_eq!(bucket.take(at), Verdict::Pass, "within the rate");
        }
    }
}
