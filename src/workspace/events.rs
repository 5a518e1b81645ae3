//! Writes of the events desk that change one entry of an event: an
//! attendee invited or their reply, a checklist item added or ticked. Each
//! writes that entry alone (`Writer::put_entry`), so two devices answering
//! for different people, or ticking different items, both keep their
//! change when they merge.

use crate::doc::{DocError, Writer};
use crate::domain::events::{
    check_invite, check_reply, set_done, ChecklistItem, Event, Reply, ATTENDEES_FIELD,
    CHECKLIST_FIELD,
};
use crate::domain::meetings::Attendee;
use crate::domain::validation::Invalid;
use crate::domain::Millis;

/// The current state of event `id`; one removed meanwhile is reported on
/// `field`.
fn current(w: &Writer<'_, '_>, id: &str, field: &'static str) -> Result<Event, DocError> {
    Ok(w.get(id)?.ok_or_else(|| Invalid::unknown(field))?)
}

/// Invites `attendee` to event `id`, as "invited" until they reply;
/// `known` says whether they may be invited (see `check_invite`).
pub fn invite(
    w: &mut Writer<'_, '_>,
    id: &str,
    attendee: &Attendee,
    known: impl Fn(&Attendee) -> bool,
) -> Result<(), DocError> {
    check_invite(&current(w, id, ATTENDEES_FIELD)?, attendee, known)?;
    w.put_entry::<Event, _>(id, ATTENDEES_FIELD, &attendee.code(), &Reply::Invited)
}

/// Records `reply` for the attendee whose code is `code` on event `id`.
pub fn reply(w: &mut Writer<'_, '_>, id: &str, code: &str, reply: Reply) -> Result<(), DocError> {
    check_reply(&current(w, id, ATTENDEES_FIELD)?, code)?;
    w.put_entry::<Event, _>(id, ATTENDEES_FIELD, code, &reply)
}

/// Adds `item` to event `id`'s checklist.
pub fn add_item(w: &mut Writer<'_, '_>, id: &str, item: &ChecklistItem) -> Result<(), DocError> {
    w.put_entry::<Event, _>(id, CHECKLIST_FIELD, &item.id, item)
}

/// Ticks item `item` of event `id` done by `by` (or clears it, for `done`
/// false) and returns it as written.
pub fn tick(
    w: &mut Writer<'_, '_>,
    id: &str,
    item: &str,
    done: bool,
    (by, now): (&str, Millis),
) -> Result<ChecklistItem, DocError> {
    let mut ticked = current(w, id, CHECKLIST_FIELD)?
        .checklist
        .remove(item)
        .ok_or_else(|| Invalid::unknown(CHECKLIST_FIELD))?;
    set_done(&mut ticked, done, by, now);
    w.put_entry::<Event, _>(id, CHECKLIST_FIELD, item, &ticked)?;
    Ok(ticked)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
