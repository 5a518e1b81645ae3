//! Questions and complaints: open until answered, and how long answering took.

use super::*;

/// What the answer form asks.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AnswerInput {
    pub note: String,
    /// When it was answered; `None` when the field was left empty.
    pub at: Option<Millis>,
}

/// Validates `input` and records it as the answer to `interaction`, a
/// question or complaint. Only the answer is written, so an edit of the
/// interaction elsewhere survives.
pub fn answer(interaction: &mut Interaction, input: &AnswerInput, by: &str) -> Result<(), Invalid> {
    let mut check = Checker::new();
    let note = check.required("note", &input.note, SUMMARY_MAX);
    match input.at {
        None => check.fail("at", Problem::Required),
        Some(at) if at < interaction.at => check.fail("at", Problem::AnswerBeforeQuestion),
        Some(_) => {}
    }
    if !needs_answer(interaction.kind) {
        check.fail("note", Problem::Unknown);
    }
    let answer = check.finish(Answer {
        at: input.at.unwrap_or_default(),
        by: by.to_string(),
        note,
    })?;
    interaction.answer = Some(answer);
    Ok(())
}

/// A question or complaint nobody has answered yet.
pub fn is_open(interaction: &Interaction) -> bool {
    needs_answer(interaction.kind) && interaction.answer.is_none()
}

/// How long the client waited for the answer.
pub fn response_time(interaction: &Interaction) -> Option<Millis> {
    interaction
        .answer
        .as_ref()
        .filter(|_| needs_answer(interaction.kind))
        .map(|answer| answer.at - interaction.at)
}

/// The average response time over the answered questions and complaints
/// among `interactions`; `None` when none is answered.
pub fn average_response_time<'a>(
    interactions: impl IntoIterator<Item = &'a Interaction>,
) -> Option<Millis> {
    let times: Vec<Millis> = interactions.into_iter().filter_map(response_time).collect();
    let count = i64::try_from(times.len()).ok().filter(|n| *n > 0)?;
    Some(times.iter().sum::<Millis>() / count)
}

/// The open questions and complaints among `interactions`, oldest first.
pub fn open_questions(interactions: &[Interaction]) -> Vec<&Interaction> {
    let mut open: Vec<_> = interactions.iter().filter(|i| is_open(i)).collect();
    open.sort_by(|a, b| a.at.cmp(&b.at).then_with(|| a.id.cmp(&b.id)));
    open
}

/// A length of time in whole days, hours and minutes, for display.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub days: i64,
    pub hours: i64,
    pub minutes: i64,
}

impl Span {
    pub fn of(millis: Millis) -> Self {
        let minutes = millis.max(0) / 60_000;
        Self {
            days: minutes / (24 * 60),
            hours: minutes / 60 % 24,
            minutes: minutes % 60,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::care::fixtures::*;

    #[test]
    fn answers_are_validated_and_give_response_times() {
        let mut question = contact(InteractionKind::Question, 1_000_000);
        assert!(is_open(&question));
        let early = AnswerInput {
            note: "Sent the invoice".into(),
            at: Some(999_999),
        };
        let err = answer(&mut question, &early, "m1").unwrap_err();
        assert_eq!(err.for_field("at"), Some(&Problem::AnswerBeforeQuestion));
        let empty = AnswerInput {
            note: "  ".into(),
            at: None,
        };
        let err = answer(&mut question, &empty, "m1").unwrap_err();
        assert_eq!(err.for_field("note"), Some(&Problem::Required));
        assert_eq!(err.for_field("at"), Some(&Problem::Required));
        assert!(is_open(&question), "a rejected answer writes nothing");

        let in_two_hours = AnswerInput {
            note: "Sent the invoice".into(),
            at: Some(1_000_000 + 2 * 3_600_000),
        };
        answer(&mut question, &in_two_hours, "m1").unwrap();
        assert!(!is_open(&question));
        assert_eq!(response_time(&question), Some(2 * 3_600_000));

        let mut call = contact(InteractionKind::Call, 0);
        assert!(answer(&mut call, &in_two_hours, "m1").is_err());
        assert!(!is_open(&call));
    }

    #[test]
    fn averages_and_the_open_list() {
        let answered = |at: Millis, after: Millis| {
            let mut i = contact(InteractionKind::Complaint, at);
            i.answer = Some(Answer {
                at: at + after,
                by: "m1".into(),
                note: "Done".into(),
            });
            i
        };
        let newer_open = contact(InteractionKind::Question, 50);
        let older_open = contact(InteractionKind::Complaint, 10);
        let log = [
            answered(0, 60_000),
            answered(100, 180_000),
            newer_open.clone(),
            older_open.clone(),
            contact(InteractionKind::Call, 5),
        ];
        assert_eq!(average_response_time(&log), Some(120_000));
        assert_eq!(average_response_time(&log[2..]), None);
        let open: Vec<_> = open_questions(&log).iter().map(|i| i.id.clone()).collect();
        assert_eq!(open, [older_open.id, newer_open.id]);
        assert_eq!(
            Span::of(((2 * 24 + 3) * 60 + 4) * 60_000),
            Span {
                days: 2,
                hours: 3,
                minutes: 4
            }
        );
    }
}
