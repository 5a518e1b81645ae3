//! Events and outings through the year, organised by the assistant: team
//! lunches and drinks, outings, client events, the summer party and the
//! Christmas dinner. Each is planned two to six weeks ahead with a venue,
//! catering and (mostly) a budget, most in euros and a few in kronor; most
//! of the team is invited, now and then a client's contacts too, and the
//! checklist is written at once. Replies come in over the following days,
//! the checklist is ticked off as the day nears, and on the day the
//! expenses are booked against the event: every fourth event ends over its
//! budget (one in eight has none), and now and then one expense is in
//! dollars, listed apart.
//! Events planned late in the year are still ahead at its end.
//!
//! Its draws come from a generator of its own, so adding the desk left the
//! other desks' records as they were (only their times moved on).

use handover::doc::{DocError, DocKind, Writer};
use handover::domain::action::Action;
use handover::domain::clients::Client;
use handover::domain::events::{
    create_event, new_item, Budget, BudgetStatus, Event, EventInput, ItemInput, Reply,
};
use handover::domain::expenses::{Expense, ExpenseCategory, ExpenseInput};
use handover::domain::meetings::Attendee;
use handover::domain::money::{format_amount, Currency};
use handover::domain::Millis;
use handover::workspace::events::{add_item, invite, reply, tick};
use rand::seq::{IndexedRandom, IteratorRandom, SliceRandom};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::desk::Author;
use super::ids::record_id;
use super::plan::{share, WORKING_DAYS};
use super::year::{Later, Leader, Year};

const KINDS: &[&str] = &[
    "Team lunch",
    "Friday drinks",
    "Team outing: sailing",
    "Client breakfast",
    "Bowling night",
    "Product launch",
    "Summer party",
    "Workshop day",
    "Anniversary dinner",
    "Christmas dinner",
];
const VENUES: &[&str] = &[
    "The office, 3rd floor",
    "De Kas, Amsterdam",
    "Café Brecht",
    "Sailing club Loosdrecht",
    "Bowling Centrum Noord",
    "Hotel Arts, Barcelona",
    "Fotografiska, Stockholm",
];
const CATERING: &[&str] = &[
    "Sandwiches and soup from De Bakker",
    "Drinks and bites from the bar",
    "Three-course dinner, vegetarian option",
    "Breakfast buffet",
    "",
];
const TIMES: &[&str] = &["", "09:00", "12:00", "16:00", "17:30", "19:00"];
const TO_DO: &[&str] = &[
    "Book the venue",
    "Confirm the catering",
    "Send the invitations",
    "Collect dietary wishes",
    "Order drinks",
    "Arrange transport",
    "Buy decorations",
    "Prepare a short speech",
];
const SPENT_ON: &[&str] = &[
    "Venue",
    "Catering",
    "Drinks",
    "Decorations",
    "Taxis",
    "Gifts",
];

/// Whether event number `at` of the year has no budget: one in eight.
fn without_budget(at: usize) -> bool {
    at % 8 == 1
}

/// Whether event number `at` spends more than its budget: every fourth.
fn overspends(at: usize) -> bool {
    at % 4 == 3
}

const IN_KRONOR: f64 = 0.15;
const WITH_CONTACTS: f64 = 0.3;
/// The share of the invited who reply before the day.
const REPLIED: f64 = 0.85;
/// The share of events with one expense in dollars besides the rest.
const WITH_DOLLARS: f64 = 0.15;

/// The events desk's state in the generator.
pub struct Outings {
    rng: ChaCha8Rng,
    /// Every event as planned, with the expenses booked against it so far.
    planned: Vec<(Event, Vec<Expense>)>,
}

impl Outings {
    pub fn new(seed: u64) -> Self {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        rng.set_stream(3);
        Self {
            rng,
            planned: Vec::new(),
        }
    }
}

impl Year {
    /// The assistant organises the events.
    fn organiser(&self) -> Author {
        self.author(Leader::Assistant)
    }

    fn events_now(&mut self) -> Millis {
        self.clock.tick(&mut self.outings.rng)
    }

    /// The day's newly planned events.
    pub(super) fn events_day(&mut self, day: usize) {
        for _ in 0..share(self.plan.events, day, WORKING_DAYS) {
            self.plan_event(day);
        }
    }

    fn plan_event(&mut self, day: usize) {
        let at = self.outings.planned.len();
        let author = self.organiser();
        let rng = &mut self.outings.rng;
        let on = day + rng.random_range(10..=30);
        let currency = if rng.random_bool(IN_KRONOR) {
            Currency::Sek
        } else {
            Currency::Eur
        };
        let budget = if without_budget(at) {
            String::new()
        } else {
            format_amount(rng.random_range(2..=50) * 10_000, currency, ',')
        };
        let input = EventInput {
            name: KINDS[at % KINDS.len()].to_string(),
            day: self.clock.day_text(on),
            time: TIMES.choose(rng).expect("times").to_string(),
            venue: VENUES.choose(rng).expect("venues").to_string(),
            catering: CATERING.choose(rng).expect("catering").to_string(),
            budget,
            currency,
            notes: String::new(),
        };
        let now = self.events_now();
        let mut event = create_event(&input, author.id(), now).expect("generated events are valid");
        event.id = record_id(&mut self.outings.rng);
        self.desk.change(
            DocKind::Team,
            &author,
            (Action::EventCreate, &event.name),
            now,
            |w| w.put(&event.id, &event),
        );
        self.count("events");
        self.outings.planned.push((event, Vec::new()));
        for guest in self.guests() {
            self.invite_guest(at, &guest, day, on);
        }
        for _ in 0..self.outings.rng.random_range(3..=6) {
            self.add_to_do(at, day, on);
        }
        self.later(on, Later::EventSpend { event: at });
    }

    /// Most of the team, and now and then a client's contacts.
    fn guests(&mut self) -> Vec<Attendee> {
        let rng = &mut self.outings.rng;
        let team = rng.random_range(4..=self.people.len());
        let mut guests: Vec<Attendee> = self
            .people
            .choose_multiple(rng, team)
            .map(|p| Attendee::Member(p.member.id.clone()))
            .collect();
        if rng.random_bool(WITH_CONTACTS) && !self.clients.is_empty() {
            let client = &self.clients[rng.random_range(0..self.clients.len())].id;
            let record: Option<Client> =
                self.desk.document(DocKind::Team).get(client).ok().flatten();
            if let Some(client) = record {
                let count = rng.random_range(1..=3);
                guests.extend(
                    client
                        .contacts
                        .keys()
                        .choose_multiple(rng, count)
                        .into_iter()
                        .map(|contact| Attendee::Contact {
                            client: client.id.clone(),
                            contact: contact.clone(),
                        }),
                );
            }
        }
        guests.shuffle(rng);
        guests
    }

    /// One change by the organiser to event `at` (`edit` gets its id and
    /// the time), recorded as `action` on the event's name and counted as
    /// one more `kind`.
    fn change_event(
        &mut self,
        at: usize,
        (action, kind): (Action, &str),
        edit: impl FnOnce(&mut Writer<'_, '_>, &str, Millis) -> Result<(), DocError>,
    ) {
        let author = self.organiser();
        let now = self.events_now();
        let event = &self.outings.planned[at].0;
        let (id, name) = (event.id.clone(), event.name.clone());
        self.desk
            .change(DocKind::Team, &author, (action, &name), now, |w| {
                edit(w, &id, now)
            });
        self.count(kind);
    }

    /// Invites `guest` to event `at` (planned on `day`, held on `on`);
    /// most reply on a day in between.
    fn invite_guest(&mut self, at: usize, guest: &Attendee, day: usize, on: usize) {
        self.change_event(at, (Action::EventInvite, "event_invites"), |w, id, _| {
            invite(w, id, guest, |_| true)
        });
        let rng = &mut self.outings.rng;
        if rng.random_bool(REPLIED) {
            let answer = match rng.random_range(0..10) {
                0..7 => Reply::Yes,
                7 => Reply::Maybe,
                _ => Reply::No,
            };
            let when = rng.random_range(day + 1..=on);
            self.later(
                when,
                Later::EventReply {
                    event: at,
                    attendee: guest.code(),
                    reply: answer,
                },
            );
        }
    }

    /// A checklist item for event `at`, due before the day and ticked off
    /// by then.
    fn add_to_do(&mut self, at: usize, day: usize, on: usize) {
        let rng = &mut self.outings.rng;
        let due = rng.random_range(day + 1..=on);
        let who = self.people.choose(rng).expect("people").member.id.clone();
        let input = ItemInput {
            title: TO_DO.choose(rng).expect("items").to_string(),
            who,
            due_on: self.clock.day_text(due),
        };
        let item = record_id(rng);
        self.change_event(at, (Action::EventItemAdd, "event_items"), |w, id, now| {
            let mut added = new_item(&input, |_| true, now)?;
            added.id = item.clone();
            add_item(w, id, &added)
        });
        let done = self.outings.rng.random_range(day + 1..=due);
        self.later(done, Later::EventTick { event: at, item });
    }

    /// A reply for `attendee` to event `at` comes in.
    pub(super) fn event_reply(&mut self, at: usize, attendee: &str, answer: Reply) {
        self.change_event(at, (Action::EventReply, "event_replies"), |w, id, _| {
            reply(w, id, attendee, answer)
        });
    }

    /// Checklist item `item` of event `at` is done.
    pub(super) fn event_tick(&mut self, at: usize, item: &str) {
        let by = self.organiser().member.id;
        self.change_event(
            at,
            (Action::EventItemDone, "event_items_done"),
            |w, id, now| tick(w, id, item, true, (&by, now)).map(drop),
        );
    }

    /// On the day: the expenses booked against event `at`, together within
    /// its budget or (every fourth) over it, in one to three parts.
    pub(super) fn event_spend(&mut self, at: usize) {
        let (budget, currency) = {
            let event = &self.outings.planned[at].0;
            (event.budget, event.currency)
        };
        let rng = &mut self.outings.rng;
        let base = budget.unwrap_or(rng.random_range(100..=1_000) * 100);
        let percent = if budget.is_some() && overspends(at) {
            rng.random_range(105..=140)
        } else {
            rng.random_range(40..=95)
        };
        let total = (base * percent / 100).max(1);
        let parts = rng.random_range(1..=3).min(total);
        let mut cuts: Vec<i64> = (1..parts).map(|_| rng.random_range(1..total)).collect();
        cuts.sort_unstable();
        cuts.dedup();
        cuts.push(total);
        let mut from = 0;
        for cut in cuts {
            self.book_expense(at, cut - from, currency);
            from = cut;
        }
        if self.outings.rng.random_bool(WITH_DOLLARS) {
            let minor = self.outings.rng.random_range(20..=200) * 100;
            self.book_expense(at, minor, Currency::Usd);
        }
    }

    /// An expense of `minor` units of `currency` booked against event `at`,
    /// typed as people type amounts.
    fn book_expense(&mut self, at: usize, minor: i64, currency: Currency) {
        let author = self.organiser();
        let receipt = format!("EV-{:04}", self.counted("event_expenses") + 1);
        let rng = &mut self.outings.rng;
        let (event, _) = &self.outings.planned[at];
        let input = ExpenseInput {
            day: event.day.clone(),
            amount: format_amount(minor, currency, ','),
            currency,
            category: ExpenseCategory::Events,
            paid_by: self.people.choose(rng).expect("people").member.id.clone(),
            receipt,
            description: SPENT_ON.choose(rng).expect("descriptions").to_string(),
            event: event.id.clone(),
        };
        let now = self.events_now();
        let id = record_id(&mut self.outings.rng);
        let expense = self.put_expense(&author, &input, id, now);
        self.count("event_expenses");
        let (event, booked) = &mut self.outings.planned[at];
        let before = Budget::of(event, booked.iter()).status();
        booked.push(expense);
        let after = Budget::of(event, booked.iter()).status();
        if before != BudgetStatus::Over && after == BudgetStatus::Over {
            self.count("events_over_budget");
        }
    }
}
