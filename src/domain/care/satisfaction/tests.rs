use super::*;
use crate::domain::care::fixtures::*;

fn scores(values: &[i64]) -> Vec<Score> {
    values
        .iter()
        .enumerate()
        .map(|(n, value)| {
            let input = ScoreInput {
                score: value.to_string(),
                ..Default::default()
            };
            record_score("c1", &input, |_| true, "m1", n as Millis).unwrap()
        })
        .collect()
}

fn reasons(values: &[i64], log: &[Interaction], prefs: &Preferences) -> Vec<RiskReason> {
    let tz = amsterdam();
    let now = local("2026-05-01T12:00", &tz);
    risk_reasons("c1", &scores(values), log, prefs, now, &tz)
}

#[test]
fn scores_are_validated() {
    for bad in ["0", "6", "", "four", "4.5"] {
        let input = ScoreInput {
            score: bad.into(),
            ..Default::default()
        };
        let err = record_score("c1", &input, |_| true, "m1", 0).unwrap_err();
        assert_eq!(
            err.for_field("score"),
            Some(&Problem::ScoreOutOfRange),
            "{bad}"
        );
    }
    let elsewhere = ScoreInput {
        score: "4".into(),
        touchpoint: Some("i-of-another-client".into()),
        ..Default::default()
    };
    let err = record_score("c1", &elsewhere, |_| false, "m1", 0).unwrap_err();
    assert_eq!(err.for_field("touchpoint"), Some(&Problem::Unknown));
}

#[test]
fn the_trend_runs_oldest_first_with_its_average() {
    let mut all = scores(&[4, 2, 5]);
    all.reverse();
    let trend: Vec<_> = score_trend("c1", &all).iter().map(|s| s.score).collect();
    assert_eq!(trend, [4, 2, 5]);
    assert_eq!(average_tenths(&all), Some(37));
    assert_eq!(tenths_text(37), "3.7");
    assert_eq!(average_tenths(&[]), None);
}

#[test]
fn a_drop_of_exactly_the_threshold_flags_the_client() {
    let prefs = Preferences::default();
    assert_eq!(
        reasons(&[5, 5, 5, 4, 4, 4], &[], &prefs),
        [RiskReason::ScoreDrop {
            before: 50,
            recent: 40
        }]
    );
    assert!(reasons(&[5, 5, 5, 4, 4, 5], &[], &prefs).is_empty());
    // Older scores outside the two windows do not count.
    assert!(reasons(&[1, 1, 1, 4, 4, 4, 4, 4, 4], &[], &prefs).is_empty());
}

#[test]
fn fewer_than_two_windows_of_scores_never_flag_a_drop() {
    let prefs = Preferences::default();
    assert!(reasons(&[5, 5, 1, 1, 1], &[], &prefs).is_empty());
    let wider = Preferences {
        risk_window: 2,
        ..Preferences::default()
    };
    assert_eq!(reasons(&[5, 5, 1, 1], &[], &wider).len(), 1);
}

#[test]
fn a_complaint_flags_for_the_configured_number_of_days() {
    let tz = amsterdam();
    let prefs = Preferences::default();
    let complaint = |day: &str| [contact(InteractionKind::Complaint, local(day, &tz))];
    assert_eq!(
        reasons(&[], &complaint("2026-04-01T18:00"), &prefs),
        [RiskReason::RecentComplaint { days_ago: 30 }]
    );
    assert!(reasons(&[], &complaint("2026-03-31T09:00"), &prefs).is_empty());
    let both = reasons(&[5, 5, 5, 2, 2, 2], &complaint("2026-04-30T09:00"), &prefs);
    assert_eq!(
        both,
        [
            RiskReason::ScoreDrop {
                before: 50,
                recent: 20
            },
            RiskReason::RecentComplaint { days_ago: 1 }
        ]
    );
}
