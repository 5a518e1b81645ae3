//! Meetings: when and where, who comes (members and client contacts), the
//! agenda, the minutes and the follow-up tasks made from them. A meeting
//! starts at a local date and time in the zone it was planned in ("09:30 in
//! Amsterdam" stays 09:30 there across daylight-saving changes); clashes and
//! the calendar export compare the absolute instants that start stands for.

use std::collections::BTreeMap;

use autosurgeon::{Hydrate, Reconcile};
use jiff::civil::{DateTime, Time};

use super::calendar::{add_days, parse_day, start_of, zone, Day, Zone};
use super::edit::take_change;
use super::ids::{new_id, Id};
use super::tasks::{create_task, Known, Task, TaskInput};
use super::validation::{Checker, Invalid, Problem};
use super::Millis;

mod ics;

pub use ics::{ics, IcsAttendee};

/// Someone at a meeting: a member of the team or a contact of a client.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Reconcile, Hydrate)]
pub enum Attendee {
    Member(Id),
    Contact { client: Id, contact: Id },
}

impl Attendee {
    /// A stable text form for a form's select ("m:<member>",
    /// "c:<client>:<contact>").
    pub fn code(&self) -> String {
        match self {
            Attendee::Member(id) => format!("m:{id}"),
            Attendee::Contact { client, contact } => format!("c:{client}:{contact}"),
        }
    }

    pub fn from_code(code: &str) -> Option<Attendee> {
        match code.split(':').collect::<Vec<_>>()[..] {
            ["m", id] if !id.is_empty() => Some(Attendee::Member(id.to_string())),
            ["c", client, contact] if !client.is_empty() && !contact.is_empty() => {
                Some(Attendee::Contact {
                    client: client.to_string(),
                    contact: contact.to_string(),
                })
            }
            _ => None,
        }
    }
}

/// A meeting. Follow-up tasks are keyed by task id so that tasks made at
/// once on two devices are both listed.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct Meeting {
    pub id: Id,
    pub title: String,
    /// The local start, "2026-03-30T09:30", in `zone`.
    pub start: String,
    /// The IANA name of the zone the start is in ("Europe/Amsterdam").
    pub zone: String,
    pub duration_minutes: u32,
    /// A room, an address or a video link.
    pub place: String,
    pub attendees: Vec<Attendee>,
    /// The agenda items, in order.
    pub agenda: Vec<String>,
    pub minutes: String,
    /// Task id → when it was made from the minutes.
    pub follow_ups: BTreeMap<Id, Millis>,
    pub created_at: Millis,
    pub created_by: Id,
}

pub const TITLE_MAX: usize = 200;
pub const PLACE_MAX: usize = 300;
/// The whole agenda, every item together.
pub const AGENDA_MAX: usize = 5_000;
pub const MINUTES_MAX: usize = 20_000;
/// The longest meeting, in minutes: a working day and then some. It bounds
/// how far back a clash check looks for meetings still running.
pub const DURATION_MAX: u32 = 999;

const MINUTE_MS: Millis = 60_000;

/// The field of [`Meeting`] that holds its follow-up tasks (for
/// `Writer::put_entry`).
pub const FOLLOW_UPS_FIELD: &str = "follow_ups";

/// Where a meeting's page is, as a follow-up task links to it.
pub fn meeting_path(id: &str) -> String {
    format!("/meetings/{id}")
}

impl Meeting {
    /// When the meeting starts and ends, in milliseconds since the epoch;
    /// `None` for a start that is not a date and time.
    pub fn interval(&self) -> Option<(Millis, Millis)> {
        let start = instant(&self.start, &self.zone)?;
        Some((
            start,
            start + Millis::from(self.duration_minutes) * MINUTE_MS,
        ))
    }

    /// When the meeting starts (see [`Meeting::interval`]).
    pub fn starts_at(&self) -> Option<Millis> {
        self.interval().map(|(start, _)| start)
    }
}

/// The instant of local time `start` ("2026-03-30T09:30") in the zone named
/// `zone_name`. A time the clocks skip (02:30 when they go forward) counts as
/// the same time after the change, as calendars do.
pub fn instant(start: &str, zone_name: &str) -> Option<Millis> {
    let local: DateTime = start.parse().ok()?;
    let zoned = local.to_zoned_datetime(zone(zone_name)).ok()?;
    Some(zoned.timestamp().as_millisecond())
}

/// What the meeting form edits: the date and time inputs' values, the
/// duration as typed, the agenda one item per line.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MeetingInput {
    pub title: String,
    pub day: String,
    pub time: String,
    pub duration: String,
    pub place: String,
    pub attendees: Vec<Attendee>,
    pub agenda: String,
}

/// The checked form of a [`MeetingInput`].
struct Checked {
    title: String,
    start: String,
    duration_minutes: u32,
    place: String,
    attendees: Vec<Attendee>,
    agenda: Vec<String>,
}

impl MeetingInput {
    /// The form's starting values for an existing meeting.
    pub fn from_meeting(meeting: &Meeting) -> Self {
        let (day, time) = meeting.start.split_once('T').unwrap_or_default();
        Self {
            title: meeting.title.clone(),
            day: day.to_string(),
            time: time.to_string(),
            duration: meeting.duration_minutes.to_string(),
            place: meeting.place.clone(),
            attendees: meeting.attendees.clone(),
            agenda: meeting.agenda.join("\n"),
        }
    }

    /// Trims and checks every field; `known` says whether an attendee is an
    /// active member or an existing contact. An attendee listed twice is
    /// kept once.
    fn checked(&self, known: impl Fn(&Attendee) -> bool) -> Result<Checked, Invalid> {
        let mut check = Checker::new();
        let title = check.required("title", &self.title, TITLE_MAX);
        let day = parse_day(&self.day);
        if day.is_none() {
            check.fail("day", Problem::InvalidDay);
        }
        let time: Option<Time> = self.time.trim().parse().ok();
        if time.is_none() {
            check.fail("time", Problem::InvalidTime);
        }
        let duration_minutes = match self.duration.trim().parse::<u32>() {
            Ok(minutes) if (1..=DURATION_MAX).contains(&minutes) => minutes,
            _ => {
                check.fail("duration", Problem::NotAPositiveNumber);
                0
            }
        };
        let place = check.optional("place", &self.place, PLACE_MAX);
        let mut attendees: Vec<Attendee> = Vec::new();
        for attendee in &self.attendees {
            if !known(attendee) {
                check.fail("attendees", Problem::Unknown);
            } else if !attendees.contains(attendee) {
                attendees.push(attendee.clone());
            }
        }
        let agenda = check.optional("agenda", &self.agenda, AGENDA_MAX);
        let agenda = agenda_items(&agenda);
        let start = match (day, time) {
            (Some(day), Some(time)) => local_start(day, time),
            _ => String::new(),
        };
        check.finish(Checked {
            title,
            start,
            duration_minutes,
            place,
            attendees,
            agenda,
        })
    }
}

/// The agenda items of the form's text: one per line, blank lines left out.
fn agenda_items(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .map(str::to_string)
        .collect()
}

/// The stored form of a local start: minutes, no seconds.
fn local_start(day: Day, time: Time) -> String {
    format!("{day}T{:02}:{:02}", time.hour(), time.minute())
}

/// Validates `input` and makes a meeting starting in the zone named
/// `zone_name` (the device's).
pub fn create_meeting(
    input: &MeetingInput,
    zone_name: &str,
    known: impl Fn(&Attendee) -> bool,
    by: &str,
    now: Millis,
) -> Result<Meeting, Invalid> {
    let checked = input.checked(known)?;
    Ok(Meeting {
        id: new_id(),
        title: checked.title,
        start: checked.start,
        zone: zone_name.to_string(),
        duration_minutes: checked.duration_minutes,
        place: checked.place,
        attendees: checked.attendees,
        agenda: checked.agenda,
        minutes: String::new(),
        follow_ups: BTreeMap::new(),
        created_at: now,
        created_by: by.to_string(),
    })
}

/// Applies a form edit to the current state of a meeting, writing only the
/// fields the user changed (`edited` differs from `original`, the values
/// the form opened with). A new date or time is in the zone named
/// `zone_name` (the device's); an unchanged start keeps its zone. Attendees
/// the meeting already had stay acceptable even if they have left since.
pub fn edit_meeting(
    current: &mut Meeting,
    original: &MeetingInput,
    edited: &MeetingInput,
    zone_name: &str,
    known: impl Fn(&Attendee) -> bool,
) -> Result<(), Invalid> {
    let checked = edited.checked(|a| known(a) || original.attendees.contains(a))?;
    let trimmed = |text: &str| text.trim().to_string();
    take_change(&mut current.title, &trimmed(&original.title), checked.title);
    if (edited.day.trim(), edited.time.trim()) != (original.day.trim(), original.time.trim()) {
        current.start = checked.start;
        current.zone = zone_name.to_string();
    }
    let original_duration = original.duration.trim().parse().unwrap_or_default();
    take_change(
        &mut current.duration_minutes,
        &original_duration,
        checked.duration_minutes,
    );
    take_change(&mut current.place, &trimmed(&original.place), checked.place);
    take_change(
        &mut current.attendees,
        &original.attendees,
        checked.attendees,
    );
    take_change(
        &mut current.agenda,
        &agenda_items(&original.agenda),
        checked.agenda,
    );
    Ok(())
}

/// Validates `text` and sets it as the meeting's minutes.
pub fn set_minutes(meeting: &mut Meeting, text: &str) -> Result<(), Invalid> {
    let mut check = Checker::new();
    let minutes = check.optional("minutes", text, MINUTES_MAX);
    check.finish(())?;
    if meeting.minutes != minutes {
        meeting.minutes = minutes;
    }
    Ok(())
}

/// Validates `input` and makes a Team desk task from the meeting's minutes:
/// its description ends with the meeting's address, so the task leads back
/// to the meeting. The caller lists it in the meeting's
/// [`FOLLOW_UPS_FIELD`] under the task's id, at its `created_at`.
pub fn follow_up_task(
    meeting: &Meeting,
    input: &TaskInput,
    known: &Known<impl Fn(&str) -> bool, impl Fn(&str) -> bool>,
    by: &str,
    now: Millis,
) -> Result<Task, Invalid> {
    let link = meeting_path(&meeting.id);
    let description = [input.description.trim(), &link]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n");
    create_task(
        &TaskInput {
            description,
            ..input.clone()
        },
        known,
        by,
        now,
    )
}

/// An attendee of a planned meeting who already has another meeting at an
/// overlapping time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clash {
    pub attendee: Attendee,
    /// The other meeting.
    pub meeting: Id,
}

/// The instants a meeting clashing with `planned` may start between (from,
/// inclusive, to, exclusive): a meeting starting up to the longest duration
/// before it may still be running. Views read only this window.
pub fn clash_window(planned: &Meeting) -> Option<(Millis, Millis)> {
    let (start, end) = planned.interval()?;
    Some((start - Millis::from(DURATION_MAX) * MINUTE_MS, end))
}

/// Every attendee of `planned` who is also at one of `others` at an
/// overlapping time, in the order of `others` then of the attendees. Times
/// compare as instants, whatever zones the meetings were planned in; a
/// meeting ending as the other starts does not clash, and neither does the
/// meeting with itself (its earlier state, while it is being edited).
pub fn clashes<'a>(planned: &Meeting, others: impl IntoIterator<Item = &'a Meeting>) -> Vec<Clash> {
    let Some((start, end)) = planned.interval() else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for other in others {
        if other.id == planned.id {
            continue;
        }
        let Some((other_start, other_end)) = other.interval() else {
            continue;
        };
        if !(start < other_end && other_start < end) {
            continue;
        }
        for attendee in &planned.attendees {
            if other.attendees.contains(attendee) {
                found.push(Clash {
                    attendee: attendee.clone(),
                    meeting: other.id.clone(),
                });
            }
        }
    }
    found
}

/// Where a meeting sorts in the calendar index: by when it starts.
pub fn start_order(meeting: &Meeting) -> Option<Millis> {
    meeting.starts_at()
}

/// The Monday of the week `day` falls in.
pub fn week_start(day: Day) -> Day {
    add_days(day, -i64::from(day.weekday().to_monday_zero_offset()))
}

/// The instants from the start of `first` to the start of the day after
/// `last`, in `zone`: the window a day or week view reads.
pub fn days_window(first: Day, last: Day, zone: &Zone) -> (Millis, Millis) {
    (start_of(first, zone), start_of(add_days(last, 1), zone))
}

#[cfg(test)]
mod tests;
