//! The team document's year: clients with contacts, follow-up plans and
//! onboarding (see `onboarding`), interactions with answers and scores, tasks moving across the board with
//! comments, and announcements the other leader acknowledges.

use handover::doc::DocKind;
use handover::domain::action::Action;
use handover::domain::announcements::{
    acknowledge, post_announcement, Announcement, AnnouncementInput,
};
use handover::domain::care::{
    answer, needs_answer, record_score, set_follow_up, AnswerInput, Cadence, FollowUpInput,
    ScoreInput, CHANNELS,
};
use handover::domain::clients::{
    add_contact, create_client, log_interaction, Client, ClientInput, ClientStatus, ContactInput,
    Interaction, InteractionInput, InteractionKind,
};
use handover::domain::tasks::{
    add_comment, create_task, move_task, Known, Priority, Task, TaskInput, TaskStatus,
};
use rand::seq::IndexedRandom;
use rand::Rng;

use super::ids::rekey;
use super::plan::{share, WORKING_DAYS};
use super::text;
use super::year::{Later, Leader, Named, Year};

/// The client base is entered over the first twelve weeks.
const CLIENT_INTAKE_DAYS: usize = 60;

/// The status paths tasks take across the board, with their weights: most
/// are done, some are blocked on the way, some are still open at year end.
const TASK_PATHS: &[(&[TaskStatus], u32)] = {
    use TaskStatus::*;
    &[
        (&[InProgress, Done], 55),
        (&[InProgress, Blocked, InProgress, Done], 20),
        (&[Done], 10),
        (&[InProgress], 10),
        (&[], 5),
    ]
};

const INTERACTION_KINDS: &[(InteractionKind, u32)] = {
    use InteractionKind::*;
    &[
        (Call, 25),
        (Email, 25),
        (Meeting, 10),
        (Message, 15),
        (Question, 15),
        (Complaint, 10),
    ]
};

impl Year {
    /// The day's new clients, interactions, tasks and announcements.
    pub(super) fn team_day(&mut self, day: usize) {
        if day < CLIENT_INTAKE_DAYS {
            for _ in 0..share(self.plan.clients, day, CLIENT_INTAKE_DAYS) {
                self.create_client(day);
            }
        }
        for _ in 0..share(self.plan.interactions, day, WORKING_DAYS) {
            self.log_interaction(day);
        }
        for _ in 0..share(self.plan.tasks, day, WORKING_DAYS) {
            self.create_task(day);
        }
        for _ in 0..share(self.plan.announcements, day, WORKING_DAYS) {
            self.post_announcement(day);
        }
    }

    fn create_client(&mut self, day: usize) {
        let author = self.leader(day);
        let (name, company) = text::client(&mut self.rng);
        let input = ClientInput {
            name,
            company,
            status: if self.rng.random_bool(0.7) {
                ClientStatus::Active
            } else {
                ClientStatus::Onboarding
            },
            owner: Some(self.anyone()),
            notes: text::note(&mut self.rng),
        };
        let now = self.now();
        let members = &self.member_ids;
        let mut client = create_client(&input, |id| members.contains(id), author.id(), now)
            .expect("generated clients are valid");
        client.id = self.new_id();
        self.desk.change(
            DocKind::Team,
            &author,
            (Action::ClientCreate, &client.name),
            now,
            |w| w.put(&client.id, &client),
        );
        self.count("clients");
        let at = self.clients.len();
        self.clients.push(Named {
            id: client.id,
            name: client.name,
        });
        for _ in 0..self.rng.random_range(1..=3) {
            self.later(day, Later::AddContact { client: at });
        }
        self.welcome(day, at);
        let plan_day = day + self.rng.random_range(1..=3);
        self.later(plan_day, Later::SetFollowUp { client: at });
    }

    pub(super) fn add_contact(&mut self, day: usize, client: usize) {
        let author = self.leader(day);
        let [name, role, email, phone] = text::contact(&mut self.rng, &self.clients[client].name);
        let input = ContactInput {
            name,
            role,
            email,
            phone,
        };
        let id = self.new_id();
        let now = self.now();
        let Named {
            id: client_id,
            name,
        } = &self.clients[client];
        self.desk.update(
            client_id,
            &author,
            (Action::ContactAdd, name),
            now,
            |c: &mut Client| {
                let random = add_contact(c, &input)?;
                rekey(&mut c.contacts, &random, id, |contact, id| contact.id = id);
                Ok(())
            },
        );
        self.count("contacts");
    }

    pub(super) fn set_follow_up(&mut self, day: usize, client: usize) {
        let author = self.leader(day);
        let cadence = *[
            Cadence::DailyUpdate,
            Cadence::WeeklyUpdate,
            Cadence::MondayMessage,
            Cadence::Custom,
        ]
        .choose(&mut self.rng)
        .expect("cadences");
        let input = FollowUpInput {
            cadence,
            every_days: if cadence == Cadence::Custom {
                "14".to_string()
            } else {
                String::new()
            },
            channel: *CHANNELS.choose(&mut self.rng).expect("channels"),
            responsible: Some(self.anyone()),
            starts_on: self.clock.day_text(day),
        };
        let now = self.now();
        let Named { id, name } = &self.clients[client];
        let members = &self.member_ids;
        let plan = set_follow_up(id, &input, |m| members.contains(m), author.id(), now)
            .expect("generated plans are valid");
        self.desk.change(
            DocKind::Team,
            &author,
            (Action::FollowUpSet, name),
            now,
            |w| w.put(id, &plan),
        );
        self.count("follow_ups");
    }

    fn log_interaction(&mut self, day: usize) {
        let author = self.leader(day);
        let client = self.rng.random_range(0..self.clients.len());
        let kind = weighted(&mut self.rng, INTERACTION_KINDS);
        let (summary, outcome) = text::interaction(&mut self.rng);
        let now = self.now();
        let input = InteractionInput {
            kind,
            at: Some(now - self.rng.random_range(0..3_600_000)),
            summary,
            outcome,
        };
        let mut interaction = log_interaction(&self.clients[client].id, &input, author.id(), now)
            .expect("generated interactions are valid");
        interaction.id = self.new_id();
        self.desk.change(
            DocKind::Team,
            &author,
            (Action::InteractionLog, &interaction.summary),
            now,
            |w| w.put(&interaction.id, &interaction),
        );
        self.count("interactions");
        if needs_answer(kind) && self.rng.random_bool(0.9) {
            let answer_day = day + self.rng.random_range(0..=2);
            self.later(
                answer_day,
                Later::Answer {
                    interaction: interaction.id.clone(),
                },
            );
        }
        if self.rng.random_bool(0.2) {
            let score_day = day + self.rng.random_range(0..=1);
            let touchpoint = interaction.id;
            self.later(score_day, Later::Score { client, touchpoint });
        }
    }

    pub(super) fn answer(&mut self, day: usize, interaction: &str) {
        let author = self.leader(day);
        let input = AnswerInput {
            note: text::reply(&mut self.rng),
            at: Some(self.now()),
        };
        self.desk.update(
            interaction,
            &author,
            (Action::InteractionAnswer, &input.note),
            self.clock.now(),
            |i: &mut Interaction| answer(i, &input, author.id()),
        );
        self.count("answers");
    }

    pub(super) fn score(&mut self, day: usize, client: usize, touchpoint: String) {
        let author = self.leader(day);
        let input = ScoreInput {
            score: weighted(&mut self.rng, &[(2, 1), (3, 2), (4, 5), (5, 4), (1, 1)]).to_string(),
            comment: if self.rng.random_bool(0.5) {
                text::reply(&mut self.rng)
            } else {
                String::new()
            },
            touchpoint: Some(touchpoint),
        };
        let now = self.now();
        let mut score = record_score(&self.clients[client].id, &input, |_| true, author.id(), now)
            .expect("generated scores are valid");
        score.id = self.new_id();
        self.desk.change(
            DocKind::Team,
            &author,
            (Action::ScoreRecord, &score.score.to_string()),
            now,
            |w| w.put(&score.id, &score),
        );
        self.count("scores");
    }

    /// A new task and the year of it: its moves across the board and its
    /// comments, each a few working days after the one before.
    fn create_task(&mut self, day: usize) {
        let author = self.leader(day);
        let client = if self.rng.random_bool(0.5) {
            Some(self.rng.random_range(0..self.clients.len()))
        } else {
            None
        };
        let (title, description) =
            text::task(&mut self.rng, client.map(|c| self.clients[c].name.as_str()));
        let input = TaskInput {
            title,
            description,
            assignee: Some(self.anyone()),
            due_on: self.clock.day_text(day + self.rng.random_range(2..=15)),
            priority: *Priority::ALL.choose(&mut self.rng).expect("priorities"),
            status: TaskStatus::Todo,
            blocked_reason: String::new(),
            client_id: client.map(|c| self.clients[c].id.clone()),
            goal: self.serving_goal(),
        };
        let now = self.now();
        let members = &self.member_ids;
        let known = Known {
            assignee: |id: &str| members.contains(id),
            client: |_: &str| true,
        };
        let mut task =
            create_task(&input, &known, author.id(), now).expect("generated tasks are valid");
        task.id = self.new_id();
        self.desk.change(
            DocKind::Team,
            &author,
            (Action::TaskCreate, &task.title),
            now,
            |w| w.put(&task.id, &task),
        );
        self.count("tasks");
        let at = self.tasks.len();
        self.tasks.push(Named {
            id: task.id,
            name: task.title,
        });
        let mut move_day = day;
        for &status in weighted(&mut self.rng, TASK_PATHS) {
            move_day += self.rng.random_range(0..=4);
            self.later(move_day, Later::MoveTask { task: at, status });
        }
        for _ in 0..self.rng.random_range(0..=2) {
            let comment_day = day + self.rng.random_range(0..=6);
            self.later(comment_day, Later::Comment { task: at });
        }
    }

    pub(super) fn move_task(&mut self, day: usize, task: usize, status: TaskStatus) {
        let author = self.leader(day);
        let reason = text::note(&mut self.rng);
        let now = self.now();
        let Named { id, name } = &self.tasks[task];
        self.desk.update(
            id,
            &author,
            (Action::TaskMove, name),
            now,
            |t: &mut Task| move_task(t, status, &reason, author.id(), now),
        );
        self.count("task_moves");
    }

    pub(super) fn comment(&mut self, day: usize, task: usize) {
        let author = self.leader(day);
        let text = text::note(&mut self.rng);
        let id = self.new_id();
        let now = self.now();
        let Named { id: task_id, name } = &self.tasks[task];
        self.desk.update(
            task_id,
            &author,
            (Action::TaskComment, name),
            now,
            |t: &mut Task| {
                let random = add_comment(t, &text, author.id(), now)?;
                rekey(&mut t.comments, &random, id, |comment, id| comment.id = id);
                Ok(())
            },
        );
        self.count("comments");
    }

    /// Mostly the CEO posts; the other leader acknowledges within three
    /// working days, or on the CEO's return.
    fn post_announcement(&mut self, day: usize) {
        let poster = if self.away.contains(&day) || self.rng.random_bool(0.2) {
            Leader::Assistant
        } else {
            Leader::Ceo
        };
        let author = self.author(poster);
        let (title, body) = text::announcement(&mut self.rng);
        let now = self.now();
        let mut announcement =
            post_announcement(&AnnouncementInput { title, body }, &author.member, now)
                .expect("leaders may announce");
        announcement.id = self.new_id();
        self.desk.change(
            DocKind::Team,
            &author,
            (Action::AnnouncementPost, &announcement.title),
            now,
            |w| w.put(&announcement.id, &announcement),
        );
        self.count("announcements");
        let at = self.announcements.len();
        self.announcements.push(Named {
            id: announcement.id,
            name: announcement.title,
        });
        let reader = match poster {
            Leader::Ceo => Leader::Assistant,
            Leader::Assistant => Leader::Ceo,
        };
        let mut read_day = day + self.rng.random_range(0..=3);
        if reader == Leader::Ceo && self.away.contains(&read_day) {
            read_day = self.away.end;
        }
        self.later(
            read_day,
            Later::Acknowledge {
                announcement: at,
                by: reader,
            },
        );
    }

    pub(super) fn acknowledge(&mut self, announcement: usize, by: Leader) {
        let author = self.author(by);
        let now = self.now();
        let Named { id, name } = &self.announcements[announcement];
        self.desk.update(
            id,
            &author,
            (Action::AnnouncementAck, name),
            now,
            |a: &mut Announcement| {
                acknowledge(a, author.id(), now);
                Ok(())
            },
        );
        self.count("acknowledgments");
    }
}

/// One of `choices`, drawn by weight.
pub(super) fn weighted<T: Copy>(rng: &mut impl Rng, choices: &[(T, u32)]) -> T {
    choices
        .choose_weighted(rng, |(_, weight)| *weight)
        .expect("weights are positive")
        .0
}
