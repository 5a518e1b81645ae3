//! Satisfaction scores, their trend per client, and at-risk detection.

use super::*;

/// What the score form asks.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ScoreInput {
    /// The score as typed.
    pub score: String,
    pub comment: String,
    pub touchpoint: Option<Id>,
}

/// Validates `input` and makes a score for `client_id`; `is_touchpoint` says
/// whether an interaction id is one of that client's interactions.
pub fn record_score(
    client_id: &str,
    input: &ScoreInput,
    is_touchpoint: impl Fn(&str) -> bool,
    by: &str,
    now: Millis,
) -> Result<Score, Invalid> {
    let mut check = Checker::new();
    let score = match input.score.trim().parse::<i64>() {
        Ok(score) if SCORE_RANGE.contains(&score) => score,
        _ => {
            check.fail("score", Problem::ScoreOutOfRange);
            0
        }
    };
    let comment = check.optional("comment", &input.comment, COMMENT_MAX);
    if input
        .touchpoint
        .as_deref()
        .is_some_and(|id| !is_touchpoint(id))
    {
        check.fail("touchpoint", Problem::Unknown);
    }
    check.finish(Score {
        id: new_id(),
        client_id: client_id.to_string(),
        score,
        comment,
        touchpoint: input.touchpoint.clone(),
        at: now,
        by: by.to_string(),
    })
}

/// The scores of `client_id`, oldest first: its trend.
pub fn score_trend<'a>(client_id: &str, scores: &'a [Score]) -> Vec<&'a Score> {
    let mut trend: Vec<_> = scores.iter().filter(|s| s.client_id == client_id).collect();
    trend.sort_by(|a, b| a.at.cmp(&b.at).then_with(|| a.id.cmp(&b.id)));
    trend
}

/// The average of `scores` in tenths of a point, rounded; `None` when there
/// are none.
pub fn average_tenths<'a>(scores: impl IntoIterator<Item = &'a Score>) -> Option<i64> {
    let (sum, count) = scores
        .into_iter()
        .fold((0, 0), |(sum, count), s| (sum + s.score, count + 1));
    (count > 0).then(|| (sum * 10 + count / 2) / count)
}

/// Tenths of a point as people write them: 10 → "1.0".
pub fn tenths_text(tenths: i64) -> String {
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// Why a client is at risk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RiskReason {
    /// The average of the last scores fell from `before` to `recent` (both
    /// in tenths).
    ScoreDrop { before: i64, recent: i64 },
    /// The client complained `days_ago` days ago.
    RecentComplaint { days_ago: i64 },
}

/// Why `client_id` is at risk under `prefs`: its recent scores dropped, or
/// it complained recently. Empty when it is not at risk.
pub fn risk_reasons(
    client_id: &str,
    scores: &[Score],
    interactions: &[Interaction],
    prefs: &Preferences,
    now: Millis,
    zone: &Zone,
) -> Vec<RiskReason> {
    let mut reasons = Vec::new();
    let trend = score_trend(client_id, scores);
    let window = usize::try_from(prefs.risk_window.max(1)).unwrap_or(1);
    if trend.len() >= 2 * window {
        let recent = &trend[trend.len() - window..];
        let before = &trend[trend.len() - 2 * window..trend.len() - window];
        let sum = |s: &[&Score]| s.iter().map(|s| s.score).sum::<i64>();
        // Compared in whole numbers: (before − recent) / window ≥ drop / 10.
        if 10 * (sum(before) - sum(recent)) >= prefs.risk_drop_tenths * prefs.risk_window.max(1) {
            reasons.push(RiskReason::ScoreDrop {
                before: average_tenths(before.iter().copied()).unwrap_or_default(),
                recent: average_tenths(recent.iter().copied()).unwrap_or_default(),
            });
        }
    }
    let today = day_of(now, zone);
    let last_complaint = interactions
        .iter()
        .filter(|i| i.client_id == client_id && i.kind == InteractionKind::Complaint)
        .map(|i| days_between(day_of(i.at, zone), today).max(0))
        .min();
    if let Some(days_ago) = last_complaint.filter(|d| *d <= prefs.complaint_days) {
        reasons.push(RiskReason::RecentComplaint { days_ago });
    }
    reasons
}

#[cfg(test)]
mod tests;
