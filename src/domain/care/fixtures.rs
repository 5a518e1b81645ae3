//! Shared test data of the care modules.

use super::*;
use crate::domain::calendar::{day_text, zone};
use crate::domain::clients::{log_interaction, InteractionInput};

pub(super) fn amsterdam() -> Zone {
    zone("Europe/Amsterdam")
}

/// The instant of a local wall-clock time ("2026-03-30T00:30") in `tz`.
pub(super) fn local(text: &str, tz: &Zone) -> Millis {
    tz.to_timestamp(text.parse::<jiff::civil::DateTime>().unwrap())
        .unwrap()
        .as_millisecond()
}

pub(super) fn plan(cadence: Cadence, every_days: i64, starts_on: &str) -> FollowUpPlan {
    FollowUpPlan {
        client_id: "c1".into(),
        cadence,
        every_days,
        channel: InteractionKind::Call,
        responsible: None,
        starts_on: starts_on.into(),
        set_at: 0,
        set_by: "m1".into(),
    }
}

pub(super) fn contact(kind: InteractionKind, at: Millis) -> Interaction {
    log_interaction(
        "c1",
        &InteractionInput {
            kind,
            at: Some(at),
            summary: "Touched base".into(),
            outcome: String::new(),
        },
        "m1",
        at,
    )
    .unwrap()
}

pub(super) fn next(plan: &FollowUpPlan, log: &[Interaction], now: &str) -> (String, DueState) {
    let tz = amsterdam();
    let next = next_follow_up(plan, log, local(now, &tz), &tz).unwrap();
    (day_text(next.due), next.state)
}
