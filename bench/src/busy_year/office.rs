//! The office through the year: on the first morning the assistant sets up
//! the departments, places everyone in one and adds the people who never use
//! a device (the cleaner, a part-time bookkeeper, a driver); every day
//! messages are taken for a colleague or a department, a tenth of them
//! urgent, and most are marked done by their recipient within a few days.

use handover::doc::DocKind;
use handover::domain::action::Action;
use handover::domain::departments::create_department;
use handover::domain::messages::{
    mark_done, take_message, Message, MessageChannel, MessageInput, Recipient, Urgency,
};
use handover::domain::people::{create_member, Member, MemberInput};
use rand::seq::IndexedRandom;
use rand::Rng;

use super::plan::{share, WORKING_DAYS};
use super::text;
use super::year::{Later, Named, Year};

const DEPARTMENTS: [&str; 4] = ["Reception", "Finance", "Sales", "Operations"];
/// People who work here without a device of their own.
const WITHOUT_DEVICE: [&str; 3] = ["Noor Hendriks", "Pieter Kok", "Saga Lund"];
/// The share of messages left for a whole department.
const FOR_DEPARTMENT: f64 = 0.2;
const URGENT: f64 = 0.1;
/// The share of messages their recipient marks done.
const DONE: f64 = 0.9;

impl Year {
    /// Departments, everyone placed in one, and the people without a device.
    pub(super) fn set_up_office(&mut self) {
        let author = self.leader(0);
        for name in DEPARTMENTS {
            let now = self.now();
            let names: Vec<String> = self.departments.iter().map(|d| d.name.clone()).collect();
            let mut department = create_department(name, names.iter().map(String::as_str), now)
                .expect("the departments' names are distinct");
            department.id = self.new_id();
            self.desk.change(
                DocKind::Team,
                &author,
                (Action::DepartmentCreate, name),
                now,
                |w| w.put(&department.id, &department),
            );
            self.count("departments");
            self.departments.push(Named {
                id: department.id,
                name: name.to_string(),
            });
        }
        for at in 0..self.people.len() {
            let department = self.departments[at % DEPARTMENTS.len()].id.clone();
            let (id, name) = {
                let member = &self.people[at].member;
                (member.id.clone(), member.name.clone())
            };
            let now = self.now();
            self.desk.update(
                &id,
                &author,
                (Action::MemberEdit, &name),
                now,
                |m: &mut Member| {
                    m.department = Some(department);
                    Ok(())
                },
            );
        }
        for name in WITHOUT_DEVICE {
            let now = self.now();
            let department = self.departments[0].id.clone();
            let input = MemberInput {
                name: name.to_string(),
                department: Some(department),
                ..MemberInput::default()
            };
            let mut member = create_member(&input, |_| true, now).expect("valid people");
            member.id = self.new_id();
            self.desk.change(
                DocKind::Team,
                &author,
                (Action::MemberAdd, name),
                now,
                |w| w.put(&member.id, &member),
            );
            self.count("members");
            self.member_ids.insert(member.id);
        }
    }

    /// The day's share of the year's messages.
    pub(super) fn office_day(&mut self, day: usize) {
        for _ in 0..share(self.plan.messages, day, WORKING_DAYS) {
            self.take_message(day);
        }
    }

    fn take_message(&mut self, day: usize) {
        let author = self.leader(day);
        let recipient = if self.rng.random_bool(FOR_DEPARTMENT) {
            let at = self.rng.random_range(0..self.departments.len());
            Recipient::department(&self.departments[at].id).key()
        } else {
            Recipient::member(&self.anyone()).key()
        };
        let input = MessageInput {
            from: text::person(&mut self.rng),
            organisation: text::client(&mut self.rng).0,
            channel: *MessageChannel::ALL
                .choose(&mut self.rng)
                .expect("channels exist"),
            urgency: if self.rng.random_bool(URGENT) {
                Urgency::Urgent
            } else {
                Urgency::Normal
            },
            recipient,
            body: text::note(&mut self.rng),
            call_back: format!(
                "+31 20 {:03} {:04}",
                self.rng.random_range(0..1_000),
                self.rng.random_range(0..10_000)
            ),
        };
        let now = self.now();
        let mut message =
            take_message(&input, |_| true, author.id(), now).expect("generated messages are valid");
        message.id = self.new_id();
        self.desk.change(
            DocKind::Team,
            &author,
            (Action::MessageTake, &message.from),
            now,
            |w| w.put(&message.id, &message),
        );
        self.count("messages");
        if self.rng.random_bool(DONE) {
            let done_day = day + self.rng.random_range(0..=3);
            self.later(
                done_day,
                Later::MessageDone {
                    message: self.messages.len(),
                },
            );
        }
        self.messages.push(Named {
            id: message.id,
            name: message.from,
        });
    }

    /// Someone marks message `message` done.
    pub(super) fn close_message(&mut self, day: usize, message: usize) {
        let author = self.leader(day);
        let now = self.now();
        let Named { id, name } = &self.messages[message];
        let by = author.id().to_string();
        self.desk.update(
            id,
            &author,
            (Action::MessageDone, name),
            now,
            |m: &mut Message| mark_done(m, &by, now),
        );
        self.count("messages_done");
    }
}
