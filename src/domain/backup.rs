//! Keeping a workspace safe on one device: when to remind the user to make a
//! backup, what to name the file, and storage sizes in words. The backup
//! file itself is `crate::workspace::backup`; this is what it needs that
//! knows nothing of documents or the browser. `now` is an argument, so the
//! rules are tested to the millisecond.

use serde::{Deserialize, Serialize};

use super::calendar::{day_of, day_text, Zone};
use super::markdown::file_name_with;
use super::Millis;

const HOUR: Millis = 60 * 60 * 1000;
const DAY: Millis = 24 * HOUR;

/// A device without a relay whose last backup is this old is reminded.
pub const REMIND_AFTER: Millis = 7 * DAY;
/// The reminder shows at most once in this long, however often the app opens.
pub const REMIND_AT_MOST_EVERY: Millis = DAY;

/// This device's backups, kept in its settings (never in a document: each
/// device backs up on its own).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct BackupState {
    /// When this device started keeping this state: a device that never
    /// made a backup counts its seven days from here, so a workspace started
    /// a minute ago is not told off at once.
    pub since: Millis,
    #[serde(default)]
    pub last_backup: Option<Millis>,
    #[serde(default)]
    pub last_reminded: Option<Millis>,
}

impl BackupState {
    /// The state of a device that has not backed up yet, from `now`.
    pub fn new(now: Millis) -> Self {
        Self {
            since: now,
            last_backup: None,
            last_reminded: None,
        }
    }

    /// Whether to remind the user now: only on a device with no relay
    /// (a relay keeps a copy of everything), only when the last backup (or,
    /// without one, the start of this state) is [`REMIND_AFTER`] old, and
    /// at most once every [`REMIND_AT_MOST_EVERY`].
    pub fn reminder_due(&self, has_relay: bool, now: Millis) -> bool {
        let backed_up = self.last_backup.unwrap_or(self.since);
        let reminded_lately = self
            .last_reminded
            .is_some_and(|at| now - at < REMIND_AT_MOST_EVERY);
        !has_relay && now - backed_up >= REMIND_AFTER && !reminded_lately
    }

    /// The state once a backup was made at `now`.
    pub fn backed_up(self, now: Millis) -> Self {
        Self {
            last_backup: Some(now),
            ..self
        }
    }

    /// The state once the reminder was shown at `now`.
    pub fn reminded(self, now: Millis) -> Self {
        Self {
            last_reminded: Some(now),
            ..self
        }
    }
}

/// The backup file's name: the workspace and the day it was made in the
/// user's zone ("handover-backup-Acme-2026-03-14.json").
pub fn file_name(workspace: &str, now: Millis, zone: &Zone) -> String {
    let day = day_text(day_of(now, zone));
    let title = format!("handover-backup-{}-{day}", workspace.trim());
    file_name_with(&title.replace(' ', "-"), "handover-backup", "json")
}

/// A storage size for people: tenths of a unit and the unit's message id
/// (1 KB = 1000 bytes, as browsers and disks count).
pub fn size_in_words(bytes: u64) -> (u64, &'static str) {
    const UNITS: [&str; 4] = ["size-kb", "size-mb", "size-gb", "size-tb"];
    // Rounded to the nearest tenth; a unit up once that reads 1000.0.
    let tenths = |scale: u128| (u128::from(bytes) * 10 + scale / 2) / scale;
    let mut unit = 0;
    let mut scale = 1000u128;
    while unit + 1 < UNITS.len() && tenths(scale) >= 10_000 {
        scale *= 1000;
        unit += 1;
    }
    // Anything stored shows as at least 0.1.
    let shown = u64::try_from(tenths(scale)).unwrap_or(u64::MAX);
    (shown.max(u64::from(bytes > 0)), UNITS[unit])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::calendar::zone;

    const NOW: Millis = 1_773_489_600_000; // 2026-03-14 12:00 UTC

    #[test]
    fn a_device_without_a_relay_is_reminded_seven_days_after_its_last_backup() {
        let state = BackupState::new(NOW - 30 * DAY).backed_up(NOW - REMIND_AFTER);
        assert!(state.reminder_due(false, NOW));
        assert!(
            !state.reminder_due(false, NOW - 1),
            "one ms short of 7 days"
        );
        assert!(!state.reminder_due(true, NOW), "a relay keeps a copy");
    }

    #[test]
    fn a_device_that_never_backed_up_counts_from_when_it_started() {
        let state = BackupState::new(NOW);
        assert!(!state.reminder_due(false, NOW));
        assert!(!state.reminder_due(false, NOW + 6 * DAY));
        assert!(state.reminder_due(false, NOW + 7 * DAY));
    }

    #[test]
    fn the_reminder_shows_at_most_once_a_day() {
        let shown = BackupState::new(NOW - 10 * DAY).reminded(NOW);
        assert!(!shown.reminder_due(false, NOW + HOUR));
        assert!(!shown.reminder_due(false, NOW + DAY - 1));
        assert!(shown.reminder_due(false, NOW + DAY));
    }

    #[test]
    fn a_backup_silences_the_reminder_for_seven_days() {
        let state = BackupState::new(NOW - 10 * DAY)
            .reminded(NOW - 2 * DAY)
            .backed_up(NOW);
        assert!(!state.reminder_due(false, NOW + 6 * DAY));
        assert!(state.reminder_due(false, NOW + 7 * DAY));
    }

    #[test]
    fn the_state_reads_back_from_before_any_backup() {
        let state: BackupState = serde_json::from_str(r#"{"since":5}"#).unwrap();
        assert_eq!(state, BackupState::new(5));
        let json = serde_json::to_string(&state.backed_up(9)).unwrap();
        assert_eq!(
            serde_json::from_str::<BackupState>(&json).unwrap(),
            BackupState::new(5).backed_up(9)
        );
    }

    #[test]
    fn the_file_is_named_after_the_workspace_and_the_local_day() {
        let late = NOW + 11 * HOUR + 30 * 60 * 1000; // 23:30 UTC
        assert_eq!(
            file_name("Acme", late, &Zone::UTC),
            "handover-backup-Acme-2026-03-14.json"
        );
        assert_eq!(
            file_name("Acme", late, &zone("Europe/Amsterdam")),
            "handover-backup-Acme-2026-03-15.json"
        );
        assert_eq!(
            file_name("Bakery / Jansen", NOW, &Zone::UTC),
            "handover-backup-Bakery---Jansen-2026-03-14.json"
        );
    }

    #[test]
    fn sizes_read_in_the_largest_whole_unit() {
        assert_eq!(size_in_words(0), (0, "size-kb"));
        assert_eq!(size_in_words(1), (1, "size-kb"));
        assert_eq!(size_in_words(2_340), (23, "size-kb"));
        assert_eq!(size_in_words(999_949), (9_999, "size-kb"));
        assert_eq!(size_in_words(999_950), (10, "size-mb"));
        assert_eq!(size_in_words(1_000_000), (10, "size-mb"));
        assert_eq!(size_in_words(2_345_678), (23, "size-mb"));
        assert_eq!(size_in_words(10_737_418_240), (107, "size-gb"));
        assert_eq!(size_in_words(5_000_000_000_000_000), (50_000, "size-tb"));
    }
}
