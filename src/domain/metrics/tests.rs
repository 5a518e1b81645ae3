use super::*;
use crate::domain::calendar::zone;
use crate::domain::care::{answer, record_score, AnswerInput, ScoreInput};
use crate::domain::checklists::{default_template, start_checklist, ChecklistKind};
use crate::domain::clients::{log_interaction, InteractionInput, InteractionKind};
use crate::domain::tasks::{create_task, move_task, Known, TaskInput};

fn amsterdam() -> Zone {
    zone("Europe/Amsterdam")
}

fn day(text: &str) -> Day {
    parse_day(text).unwrap()
}

/// Noon on `text` in Amsterdam.
fn noon(text: &str) -> Millis {
    start_of(day(text), &amsterdam()) + 12 * 3_600_000
}

const HOUR: Millis = 3_600_000;

/// Wednesday 1 April 2026: its week is the twelfth.
fn weeks() -> Weeks {
    Weeks::ending(noon("2026-04-01"), &amsterdam())
}

fn score(value: i64, at: Millis) -> Score {
    let input = ScoreInput {
        score: value.to_string(),
        comment: String::new(),
        touchpoint: None,
    };
    record_score("c1", &input, |_| true, "m1", at).unwrap()
}

#[test]
fn the_window_is_twelve_monday_weeks_ending_with_this_one() {
    let weeks = weeks();
    assert_eq!(weeks.mondays().len(), WEEKS);
    assert_eq!(weeks.mondays()[0], day("2026-01-12"));
    assert_eq!(weeks.mondays()[11], day("2026-03-30"));
    assert_eq!(weeks.start(), start_of(day("2026-01-12"), &amsterdam()));
    assert_eq!(weeks.of(weeks.start() - 1), None);
    assert_eq!(weeks.of(weeks.start()), Some(0));
    assert_eq!(
        weeks.of(noon("2026-04-05")),
        Some(11),
        "Sunday ends the week"
    );
    assert_eq!(weeks.of(start_of(day("2026-04-06"), &amsterdam())), None);
}

#[test]
fn satisfaction_averages_per_week_in_tenths_and_finds_the_trend() {
    let weeks = weeks();
    let scores = [
        score(3, noon("2026-01-13")),
        score(4, noon("2026-01-14")),
        score(2, noon("2026-02-10")),
        score(5, noon("2026-03-31")),
        score(4, noon("2026-03-10")),
        // Before the window: left out.
        score(1, noon("2026-01-05")),
    ];
    let result = satisfaction(&weeks, &scores);
    assert_eq!(result.weekly[0], Some(35));
    assert_eq!(result.weekly[1], None);
    assert_eq!(result.weekly[11], Some(50));
    assert_eq!(result.count, 5);
    assert_eq!(result.average, Some(36));
    // Earlier eight weeks 3.0, the last four 4.5.
    assert_eq!(result.trend, Trend::Rising);

    let falling = [score(5, noon("2026-01-13")), score(3, noon("2026-03-31"))];
    assert_eq!(satisfaction(&weeks, &falling).trend, Trend::Falling);
    let steady = [score(4, noon("2026-01-13")), score(4, noon("2026-03-31"))];
    assert_eq!(satisfaction(&weeks, &steady).trend, Trend::Steady);
    let recent_only = [score(4, noon("2026-03-31"))];
    assert_eq!(satisfaction(&weeks, &recent_only).trend, Trend::Unknown);
}

fn question(asked: Millis, answered: Option<Millis>) -> Interaction {
    let input = InteractionInput {
        kind: InteractionKind::Question,
        at: Some(asked),
        summary: "Where is my report?".into(),
        outcome: String::new(),
    };
    let mut interaction = log_interaction("c1", &input, "m1", asked).unwrap();
    if let Some(at) = answered {
        let input = AnswerInput {
            at: Some(at),
            note: "Sent it".into(),
        };
        answer(&mut interaction, &input, "m1").unwrap();
    }
    interaction
}

#[test]
fn responsiveness_counts_answers_in_their_week_with_the_median_wait() {
    let weeks = weeks();
    let asked = noon("2026-03-30");
    let log = [
        question(asked, Some(asked + HOUR)),
        question(asked, Some(asked + 3 * HOUR)),
        question(asked, Some(asked + 10 * HOUR)),
        // Asked before the window, answered in its first week.
        question(noon("2026-01-09"), Some(noon("2026-01-12"))),
        question(asked, None),
    ];
    let result = responsiveness(&weeks, &log);
    assert_eq!(result.answered[11], 3);
    assert_eq!(result.weekly_median[11], Some(3 * HOUR));
    assert_eq!(result.answered[0], 1);
    assert_eq!(result.total_answered, 4);
    assert_eq!(result.median, Some((3 * HOUR + 10 * HOUR) / 2));
    assert_eq!(median(vec![]), None);
    assert_eq!(median(vec![4, 1, 2, 3]), Some(2));
}

fn task_done(due_on: &str, done_at: Millis) -> Task {
    let known = Known {
        assignee: |_: &str| true,
        client: |_: &str| true,
    };
    let input = TaskInput {
        title: "Prepare".into(),
        due_on: due_on.into(),
        ..TaskInput::default()
    };
    let mut task = create_task(&input, &known, "m1", noon("2026-01-01")).unwrap();
    move_task(&mut task, TaskStatus::Done, "", "m1", done_at).unwrap();
    task
}

#[test]
fn tasks_are_on_time_when_finished_by_their_due_day_in_the_zone() {
    let weeks = weeks();
    let zone = amsterdam();
    // 23:30 on the due day in Amsterdam is already the next day in UTC.
    let late_evening = start_of(day("2026-03-31"), &zone) + 23 * HOUR + 30 * 60_000;
    let tasks = [
        task_done("2026-03-31", late_evening),
        task_done("2026-03-30", noon("2026-03-31")),
        task_done("", noon("2026-03-31")),
        task_done("2026-03-01", noon("2026-03-02")),
    ];
    let open = {
        let mut t = task_done("2026-03-31", noon("2026-03-31"));
        t.status = TaskStatus::InProgress;
        t
    };
    let result = tasks_on_time(&weeks, tasks.iter().chain([&open]), &zone);
    assert_eq!(
        result.weekly[11],
        Ratio {
            on_time: 1,
            total: 2
        }
    );
    assert_eq!(result.weekly[11].percent(), Some(50));
    assert_eq!(
        result.overall,
        Ratio {
            on_time: 1,
            total: 3
        }
    );
    assert_eq!(result.overall.percent(), Some(33));
    assert_eq!(Ratio::default().percent(), None);
}

#[test]
fn steps_are_counted_in_the_week_they_were_completed() {
    let weeks = weeks();
    let zone = amsterdam();
    let template = default_template(ChecklistKind::Onboarding, str::to_string, "m1", 0);
    let mut checklist = start_checklist(&template, "c1", "m1", noon("2026-03-23"), &zone);
    let steps: Vec<_> = checklist
        .ordered_steps()
        .iter()
        .map(|s| s.id.clone())
        .collect();
    // Due on the 23rd (day 0) and the 25th (day 2).
    checklist
        .complete_step(&steps[0], "m1", noon("2026-03-23"))
        .unwrap();
    checklist
        .complete_step(&steps[1], "m1", noon("2026-03-30"))
        .unwrap();
    let result = steps_on_time(&weeks, [&checklist], &zone);
    assert_eq!(
        result.weekly[10],
        Ratio {
            on_time: 1,
            total: 1
        }
    );
    assert_eq!(
        result.weekly[11],
        Ratio {
            on_time: 0,
            total: 1
        }
    );
    assert_eq!(result.overall.percent(), Some(50));
    assert_eq!(last_step_done(&checklist), Some(noon("2026-03-30")));
}
