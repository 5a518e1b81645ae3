//! Editing the workspace's thresholds.

use super::*;

/// What the thresholds form edits, as typed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PreferencesInput {
    pub risk_window: String,
    /// The drop in points, such as "1.0" (or "1,0").
    pub risk_drop: String,
    pub complaint_days: String,
    pub stalled_days: String,
}

impl PreferencesInput {
    pub fn from_preferences(prefs: &Preferences) -> Self {
        Self {
            risk_window: prefs.risk_window.to_string(),
            risk_drop: tenths_text(prefs.risk_drop_tenths),
            complaint_days: prefs.complaint_days.to_string(),
            stalled_days: prefs.stalled_days.to_string(),
        }
    }

    fn validated(&self) -> Result<Preferences, Invalid> {
        let mut check = Checker::new();
        let risk_window = positive_count(&mut check, "risk_window", &self.risk_window);
        let risk_drop_tenths = parse_tenths(&self.risk_drop)
            .filter(|t| DROP_TENTHS.contains(t))
            .unwrap_or_else(|| {
                check.fail("risk_drop", Problem::DropOutOfRange);
                0
            });
        let complaint_days = positive_count(&mut check, "complaint_days", &self.complaint_days);
        let stalled_days = positive_count(&mut check, "stalled_days", &self.stalled_days);
        check.finish(Preferences {
            risk_window,
            risk_drop_tenths,
            complaint_days,
            stalled_days,
        })
    }
}

/// "1.0", "1,5" or "2" in tenths; `None` for anything else, including more
/// than one decimal.
fn parse_tenths(text: &str) -> Option<i64> {
    let text = text.trim().replace(',', ".");
    let (whole, tenth) = text.split_once('.').unwrap_or((&text, "0"));
    let all_digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    if !all_digits(whole) || !all_digits(tenth) || tenth.len() > 1 {
        return None;
    }
    Some(whole.parse::<i64>().ok()?.checked_mul(10)? + tenth.parse::<i64>().ok()?)
}

/// Applies a thresholds form edit to the current preferences: only the
/// thresholds the user changed are written, so someone else's change to
/// another threshold meanwhile is kept.
pub fn edit_preferences(
    current: &mut Preferences,
    original: &PreferencesInput,
    edited: &PreferencesInput,
) -> Result<(), Invalid> {
    let edited = edited.validated()?;
    let original = original.validated().unwrap_or_else(|_| current.clone());
    take_change(
        &mut current.risk_window,
        &original.risk_window,
        edited.risk_window,
    );
    take_change(
        &mut current.risk_drop_tenths,
        &original.risk_drop_tenths,
        edited.risk_drop_tenths,
    );
    take_change(
        &mut current.complaint_days,
        &original.complaint_days,
        edited.complaint_days,
    );
    take_change(
        &mut current.stalled_days,
        &original.stalled_days,
        edited.stalled_days,
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thresholds_are_validated_and_edited_field_by_field() {
        let mut current = Preferences::default();
        let original = PreferencesInput::from_preferences(&current);
        assert_eq!(original.risk_drop, "1.0");
        // Meanwhile another device changed the stalled days.
        current.stalled_days = 14;
        let edited = PreferencesInput {
            risk_drop: "2,5".into(),
            ..original.clone()
        };
        edit_preferences(&mut current, &original, &edited).unwrap();
        assert_eq!(current.risk_drop_tenths, 25);
        assert_eq!(current.stalled_days, 14);

        let bad = PreferencesInput {
            risk_window: "0".into(),
            risk_drop: "4.1".into(),
            complaint_days: "1.5".into(),
            stalled_days: "-3".into(),
        };
        let before = current.clone();
        let err = edit_preferences(&mut current, &original, &bad).unwrap_err();
        assert_eq!(err.0.len(), 4);
        assert_eq!(err.for_field("risk_drop"), Some(&Problem::DropOutOfRange));
        assert_eq!(current, before);
        for (text, tenths) in [
            ("1", Some(10)),
            ("0.1", Some(1)),
            ("1.25", None),
            (".5", None),
        ] {
            assert_eq!(parse_tenths(text), tenths, "{text}");
        }
    }
}
