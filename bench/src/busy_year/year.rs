//! The simulated year: working day after working day, the leadership
//! devices write the day's new records and whatever earlier records led to
//! that day (a task moving on, an answer to a question).

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use handover::doc::{DocKind, Document};
use handover::domain::action::Action;
use handover::domain::checklists::{ChecklistKind, ChecklistTemplate};
use handover::domain::events::Reply;
use handover::domain::handover::Handover;
use handover::domain::ids::Id;
use handover::domain::people::{create_member, Member, MemberInput, Role};
use handover::domain::tasks::TaskStatus;
use handover::domain::Millis;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::clock::Clock;
use super::desk::{Author, Desk};
use super::events::Outings;
use super::ids::{actor_id, document_id, record_id};
use super::leadership::away;
use super::plan::{Plan, WORKING_DAYS};
use super::supplies::Stockroom;

/// The team: the CEO, the Operations Assistant and ten team members.
const MEMBERS: [(&str, Role); 12] = [
    ("Eva Lindqvist", Role::Ceo),
    ("Tomás Herrera", Role::OperationsAssistant),
    ("Anna de Vries", Role::TeamMember),
    ("Bram Jansen", Role::TeamMember),
    ("Carmen García", Role::TeamMember),
    ("Daan Visser", Role::TeamMember),
    ("Elin Berg", Role::TeamMember),
    ("Farah Mulder", Role::TeamMember),
    ("Gijs Bakker", Role::TeamMember),
    ("Hanna Nilsson", Role::TeamMember),
    ("Karim Dekker", Role::TeamMember),
    ("Lotte Smit", Role::TeamMember),
];

/// Where the leaders stand in [`MEMBERS`].
pub const CEO: usize = 0;
pub const ASSISTANT: usize = 1;

/// Changes per working day at scale 1, to space the actions of a day over
/// its ten office hours.
const CHANGES_PER_DAY: f64 = 190.0;
const OFFICE_HOURS_MS: f64 = 10.0 * 3_600_000.0;

/// A record the generator refers back to: its id and the name people see.
pub struct Named {
    pub id: Id,
    pub name: String,
}

/// Which leader acts on a later day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Leader {
    Ceo,
    Assistant,
}

/// Something that happens on a later day because of a record written
/// earlier; indices point into the year's lists of records.
pub enum Later {
    AddContact {
        client: usize,
    },
    SetFollowUp {
        client: usize,
    },
    Answer {
        interaction: Id,
    },
    Score {
        client: usize,
        touchpoint: Id,
    },
    MoveTask {
        task: usize,
        status: TaskStatus,
    },
    Comment {
        task: usize,
    },
    Acknowledge {
        announcement: usize,
        by: Leader,
    },
    Offboard {
        client: usize,
    },
    TickStep {
        checklist: usize,
        step: Id,
    },
    Minutes {
        meeting: usize,
    },
    CrisisEntry {
        crisis: usize,
        id: Id,
        corrects: Option<Id>,
    },
    CloseCrisis {
        crisis: usize,
    },
    LogDecision,
    EndHandover,
    MessageDone {
        message: usize,
    },
    SendOrder {
        order: Id,
    },
    ReceiveOrder {
        order: Id,
    },
    EventReply {
        event: usize,
        attendee: String,
        reply: Reply,
    },
    EventTick {
        event: usize,
        item: Id,
    },
    EventSpend {
        event: usize,
    },
}

/// What the year wrote.
pub struct Written {
    pub team: Document,
    pub leadership: Document,
    /// Changes per action code.
    pub actions: BTreeMap<String, u64>,
    /// Records (and task status moves) per kind, counted as written.
    pub counts: BTreeMap<String, u64>,
    pub ceo: Id,
    pub assistant: Id,
    pub members: Vec<Id>,
}

pub struct Year {
    pub(super) plan: Plan,
    pub(super) rng: ChaCha8Rng,
    pub(super) clock: Clock,
    pub(super) desk: Desk,
    agenda: BTreeMap<usize, Vec<Later>>,
    /// Everyone ([`CEO`] and [`ASSISTANT`] first); each writes from their
    /// own device.
    pub(super) people: Vec<Author>,
    pub(super) member_ids: BTreeSet<Id>,
    pub(super) clients: Vec<Named>,
    pub(super) tasks: Vec<Named>,
    pub(super) announcements: Vec<Named>,
    /// The default templates, one of each kind.
    pub(super) templates: Vec<ChecklistTemplate>,
    pub(super) checklists: Vec<Named>,
    pub(super) meetings: Vec<Named>,
    pub(super) crises: Vec<Named>,
    pub(super) departments: Vec<Named>,
    pub(super) messages: Vec<Named>,
    /// The goals work may name (not the values).
    pub(super) goals: Vec<Named>,
    pub(super) handover: Option<Handover>,
    /// The working days the CEO is away while the assistant acts.
    pub(super) away: Range<usize>,
    pub(super) stockroom: Stockroom,
    pub(super) outings: Outings,
    counts: BTreeMap<String, u64>,
}

impl Year {
    /// A year of `plan` drawn from `seed`. The document and actor ids come
    /// from a generator of their own, so they stay the same at every scale.
    pub fn new(seed: u64, plan: Plan) -> Self {
        let mut identity = ChaCha8Rng::seed_from_u64(seed);
        let team = document_id(&mut identity);
        let leadership = document_id(&mut identity);
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        rng.set_stream(1);
        let people: Vec<Author> = MEMBERS
            .iter()
            .map(|(name, role)| Author {
                member: Member {
                    id: record_id(&mut rng),
                    ..create_member(
                        &MemberInput {
                            name: name.to_string(),
                            role: *role,
                            ..MemberInput::default()
                        },
                        |_| false,
                        0,
                    )
                    .expect("the team's names are valid")
                },
                actor: actor_id(&mut identity),
            })
            .collect();
        let changes_per_day = CHANGES_PER_DAY * plan.tasks as f64 / 10_000.0;
        let mean_gap = (OFFICE_HOURS_MS / changes_per_day.max(1.0)) as Millis;
        Self {
            plan,
            rng,
            clock: Clock::new(mean_gap.min(600_000)),
            desk: Desk::new(team, leadership),
            agenda: BTreeMap::new(),
            member_ids: people.iter().map(|p| p.member.id.clone()).collect(),
            people,
            clients: Vec::new(),
            tasks: Vec::new(),
            announcements: Vec::new(),
            templates: Vec::new(),
            checklists: Vec::new(),
            departments: Vec::new(),
            messages: Vec::new(),
            goals: Vec::new(),
            meetings: Vec::new(),
            crises: Vec::new(),
            handover: None,
            away: away(),
            stockroom: Stockroom::new(seed),
            outings: Outings::new(seed),
            counts: BTreeMap::new(),
        }
    }

    /// Runs every working day of the year.
    pub fn run(mut self) -> Written {
        for day in 0..WORKING_DAYS {
            self.clock.open(day);
            if day == 0 {
                self.join();
                self.create_templates();
                self.set_goals();
                self.set_up_office();
                self.open_stockroom();
            }
            self.team_day(day);
            self.office_day(day);
            self.meetings_day(day);
            self.supplies_day(day);
            self.documents_day(day);
            self.visitors_day(day);
            self.expenses_day(day);
            self.events_day(day);
            self.leadership_day(day);
            while let Some(due) = self.agenda.remove(&day) {
                for later in due {
                    self.follow(day, later);
                }
            }
        }
        let (team, leadership, actions) = self.desk.finish();
        Written {
            team,
            leadership,
            actions,
            counts: self.counts,
            ceo: self.people[CEO].member.id.clone(),
            assistant: self.people[ASSISTANT].member.id.clone(),
            members: self.people.iter().map(|p| p.member.id.clone()).collect(),
        }
    }

    /// Every member joins on their own device on the first morning, as the
    /// app's first run and invite flow do (`member.join`).
    fn join(&mut self) {
        for at in 0..self.people.len() {
            let now = self.now();
            self.people[at].member.joined_at = now;
            let person = &self.people[at];
            let member = &person.member;
            self.desk.change(
                DocKind::Team,
                person,
                (Action::MemberJoin, &member.name),
                now,
                |w| w.put(&member.id, member),
            );
            self.count("members");
        }
    }

    fn follow(&mut self, day: usize, later: Later) {
        match later {
            Later::AddContact { client } => self.add_contact(day, client),
            Later::SetFollowUp { client } => self.set_follow_up(day, client),
            Later::Answer { interaction } => self.answer(day, &interaction),
            Later::Score { client, touchpoint } => self.score(day, client, touchpoint),
            Later::MoveTask { task, status } => self.move_task(day, task, status),
            Later::Comment { task } => self.comment(day, task),
            Later::Acknowledge { announcement, by } => self.acknowledge(announcement, by),
            Later::Offboard { client } => {
                self.start_checklist(day, client, ChecklistKind::Offboarding)
            }
            Later::TickStep { checklist, step } => self.tick_step(day, checklist, step),
            Later::Minutes { meeting } => self.write_minutes(day, meeting),
            Later::CrisisEntry {
                crisis,
                id,
                corrects,
            } => self.crisis_entry(day, crisis, id, corrects),
            Later::CloseCrisis { crisis } => self.close_crisis(day, crisis),
            Later::LogDecision => self.log_decision(),
            Later::EndHandover => self.end_handover(),
            Later::MessageDone { message } => self.close_message(day, message),
            Later::SendOrder { order } => self.send_order(day, &order),
            Later::ReceiveOrder { order } => self.receive(&order),
            Later::EventReply {
                event,
                attendee,
                reply,
            } => self.event_reply(event, &attendee, reply),
            Later::EventTick { event, item } => self.event_tick(event, &item),
            Later::EventSpend { event } => self.event_spend(event),
        }
    }

    /// Schedules `later` for `day`; what would fall after the year is left
    /// undone (the backlog at the end of December).
    pub(super) fn later(&mut self, day: usize, later: Later) {
        if day < WORKING_DAYS {
            self.agenda.entry(day).or_default().push(later);
        }
    }

    /// Who acts on `day`: mostly the assistant, often the CEO, and only the
    /// assistant while the CEO is away.
    pub(super) fn leader(&mut self, day: usize) -> Author {
        if self.away.contains(&day) || self.rng.random_bool(0.6) {
            self.author(Leader::Assistant)
        } else {
            self.author(Leader::Ceo)
        }
    }

    pub(super) fn author(&self, leader: Leader) -> Author {
        match leader {
            Leader::Ceo => self.people[CEO].clone(),
            Leader::Assistant => self.people[ASSISTANT].clone(),
        }
    }

    /// Any member, for owners and assignees.
    pub(super) fn anyone(&mut self) -> Id {
        let at = self.rng.random_range(0..self.people.len());
        self.people[at].member.id.clone()
    }

    pub(super) fn new_id(&mut self) -> Id {
        record_id(&mut self.rng)
    }

    pub(super) fn now(&mut self) -> Millis {
        self.clock.tick(&mut self.rng)
    }

    /// How many of `kind` were written so far.
    pub(super) fn counted(&self, kind: &str) -> usize {
        self.counts.get(kind).copied().unwrap_or_default() as usize
    }

    /// Counts one more record of `kind`; returns how many there are now.
    pub(super) fn count(&mut self, kind: &str) -> u64 {
        let count = self.counts.entry(kind.to_string()).or_default();
        *count += 1;
        *count
    }
}
