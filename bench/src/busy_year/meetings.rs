//! Meetings through the year: about six a working day, planned up to three
//! weeks ahead in Amsterdam office hours, with two to five members, now and
//! then a client's contact, a place and an agenda. On the day of each
//! meeting the year reaches, its minutes are written, and about one meeting
//! in three gets a follow-up task or two on the Team board.

use handover::doc::DocKind;
use handover::domain::action::Action;
use handover::domain::clients::Client;
use handover::domain::meetings::{
    create_meeting, follow_up_task, set_minutes, Attendee, Meeting, MeetingInput, FOLLOW_UPS_FIELD,
};
use handover::domain::tasks::{Known, TaskInput};
use rand::seq::{IndexedRandom, IteratorRandom};
use rand::Rng;

use super::plan::{share, WORKING_DAYS};
use super::text;
use super::year::{Later, Named, Year};

/// Where the office is: meetings start in its local time.
const ZONE: &str = "Europe/Amsterdam";
/// The share of meetings with a client's contact among the attendees.
const WITH_CONTACT: f64 = 0.3;
/// The share of meetings whose minutes lead to follow-up tasks.
const FOLLOWED_UP: f64 = 0.35;
const DURATIONS: &[u32] = &[15, 30, 45, 60, 60, 90, 120];

impl Year {
    /// The day's newly planned meetings.
    pub(super) fn meetings_day(&mut self, day: usize) {
        for _ in 0..share(self.plan.meetings, day, WORKING_DAYS) {
            self.plan_meeting(day);
        }
    }

    fn plan_meeting(&mut self, day: usize) {
        let author = self.leader(day);
        let on = day + self.rng.random_range(0..=15);
        let mut attendees: Vec<Attendee> = (0..self.rng.random_range(2..=5))
            .map(|_| Attendee::Member(self.anyone()))
            .collect();
        let client = self
            .rng
            .random_bool(WITH_CONTACT)
            .then(|| self.rng.random_range(0..self.clients.len()));
        if let Some(contact) = client.and_then(|c| self.a_contact_of(c)) {
            attendees.push(contact);
        }
        let (title, place, agenda) =
            text::meeting(&mut self.rng, client.map(|c| self.clients[c].name.as_str()));
        let input = MeetingInput {
            title,
            day: self.clock.day_text(on),
            time: format!(
                "{:02}:{:02}",
                self.rng.random_range(8..=16),
                15 * self.rng.random_range(0..4)
            ),
            duration: DURATIONS
                .choose(&mut self.rng)
                .expect("durations")
                .to_string(),
            place,
            attendees,
            agenda,
        };
        let now = self.now();
        let mut meeting = create_meeting(&input, ZONE, |_| true, author.id(), now)
            .expect("generated meetings are valid");
        meeting.id = self.new_id();
        self.desk.change(
            DocKind::Team,
            &author,
            (Action::MeetingPlan, &meeting.title),
            now,
            |w| w.put(&meeting.id, &meeting),
        );
        self.count("meetings");
        let at = self.meetings.len();
        self.meetings.push(Named {
            id: meeting.id,
            name: meeting.title,
        });
        self.later(on, Later::Minutes { meeting: at });
    }

    /// One of the contacts client `client` has by now, if any.
    fn a_contact_of(&mut self, client: usize) -> Option<Attendee> {
        let id = &self.clients[client].id;
        let record: Client = self.desk.document(DocKind::Team).get(id).ok()??;
        let contact = record.contacts.keys().choose(&mut self.rng)?.clone();
        Some(Attendee::Contact {
            client: record.id,
            contact,
        })
    }

    /// The minutes of meeting `meeting`, written on its day, and perhaps
    /// its follow-up tasks.
    pub(super) fn write_minutes(&mut self, day: usize, meeting: usize) {
        let author = self.leader(day);
        let minutes = text::minutes(&mut self.rng);
        let now = self.now();
        let Named { id, name } = &self.meetings[meeting];
        self.desk.update(
            id,
            &author,
            (Action::MeetingMinutes, name),
            now,
            |m: &mut Meeting| set_minutes(m, &minutes),
        );
        self.count("meeting_minutes");
        if self.rng.random_bool(FOLLOWED_UP) {
            for _ in 0..self.rng.random_range(1..=2) {
                self.follow_up(day, meeting);
            }
        }
    }

    /// A task made from the minutes of meeting `meeting`.
    fn follow_up(&mut self, day: usize, meeting: usize) {
        let author = self.leader(day);
        let (title, description) = text::task(&mut self.rng, None);
        let input = TaskInput {
            title,
            description,
            assignee: Some(self.anyone()),
            due_on: self.clock.day_text(day + self.rng.random_range(2..=10)),
            ..Default::default()
        };
        let now = self.now();
        let id = self.meetings[meeting].id.clone();
        let planned: Meeting = self
            .desk
            .document(DocKind::Team)
            .get(&id)
            .ok()
            .flatten()
            .expect("the meeting was written");
        let members = &self.member_ids;
        let known = Known {
            assignee: |m: &str| members.contains(m),
            client: |_: &str| true,
        };
        let mut task = follow_up_task(&planned, &input, &known, author.id(), now)
            .expect("generated follow-ups are valid");
        task.id = self.new_id();
        self.desk.change(
            DocKind::Team,
            &author,
            (Action::MeetingFollowUp, &task.title),
            now,
            |w| {
                w.put(&task.id, &task)?;
                w.put_entry::<Meeting, _>(&id, FOLLOW_UPS_FIELD, &task.id, &task.created_at)
            },
        );
        self.count("tasks");
        self.count("meeting_follow_ups");
    }
}
