//! One meeting as an iCalendar file (RFC 5545), so that anyone can add it to
//! their own calendar. Written by hand: one event with a dozen properties
//! needs only the text escaping (3.3.11), the line folding at 75 octets
//! (3.1) and CRLF line ends, which a calendar library would bring along with
//! much that this file never uses. Times are written in UTC, which every
//! calendar reads without a VTIMEZONE block.

use jiff::tz::TimeZone;
use jiff::Timestamp;

use super::Meeting;
use crate::domain::Millis;

/// An attendee as the file names them.
#[derive(Debug, Clone, PartialEq)]
pub struct IcsAttendee {
    /// The attendee's record id (a member's or a contact's).
    pub id: String,
    pub name: String,
    /// Empty when unknown.
    pub email: String,
}

/// The longest content line, in octets, before it folds.
const LINE_OCTETS: usize = 75;

/// The iCalendar file of `meeting` with `attendees`, stamped `now`. The
/// description is the agenda, one numbered item per line.
pub fn ics(meeting: &Meeting, attendees: &[IcsAttendee], now: Millis) -> String {
    let (start, end) = meeting.interval().unwrap_or((0, 0));
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//Handover//Meetings//EN".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
        "BEGIN:VEVENT".to_string(),
        format!("UID:{}@handover", meeting.id),
        format!("DTSTAMP:{}", utc(now)),
        format!("DTSTART:{}", utc(start)),
        format!("DTEND:{}", utc(end)),
        format!("SUMMARY:{}", escape(&meeting.title)),
    ];
    if !meeting.place.is_empty() {
        lines.push(format!("LOCATION:{}", escape(&meeting.place)));
    }
    if !meeting.agenda.is_empty() {
        let agenda: Vec<String> = meeting
            .agenda
            .iter()
            .enumerate()
            .map(|(n, item)| format!("{}. {item}", n + 1))
            .collect();
        lines.push(format!("DESCRIPTION:{}", escape(&agenda.join("\n"))));
    }
    for attendee in attendees {
        let address = if attendee.email.is_empty() {
            format!("urn:handover:{}", attendee.id)
        } else {
            format!("mailto:{}", attendee.email)
        };
        lines.push(format!(
            "ATTENDEE;CN=\"{}\":{address}",
            parameter(&attendee.name)
        ));
    }
    lines.extend(["END:VEVENT".to_string(), "END:VCALENDAR".to_string()]);
    lines.iter().map(|line| fold(line)).collect()
}

/// An instant as an iCalendar UTC date-time ("20260330T073000Z").
fn utc(at: Millis) -> String {
    Timestamp::from_millisecond(at)
        .unwrap_or(Timestamp::UNIX_EPOCH)
        .to_zoned_datetime(TimeZone::UTC)
        .strftime("%Y%m%dT%H%M%SZ")
        .to_string()
}

/// A TEXT value: backslashes, semicolons and commas escaped, every line
/// break written as `\n`.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A quoted parameter value: it cannot hold a double quote or a control
/// character, and has no escapes, so those are left out.
fn parameter(text: &str) -> String {
    text.chars()
        .filter(|c| *c != '"' && !c.is_control())
        .collect()
}

/// `line` folded into pieces of at most 75 octets, each continuation
/// starting with a space, never splitting a character, each piece ending
/// with CRLF.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / LINE_OCTETS * 3 + 2);
    let mut room = LINE_OCTETS;
    for c in line.chars() {
        if c.len_utf8() > room {
            out.push_str("\r\n ");
            room = LINE_OCTETS - 1;
        }
        out.push(c);
        room -= c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
