//! Petty cash through the year: every working day a few expenses, mostly in
//! euros and a few in dollars, paid by anyone, with a receipt number; the
//! CEO approves most of them the same day.

use handover::doc::DocKind;
use handover::domain::action::Action;
use handover::domain::expenses::{approve, record_expense, Expense, ExpenseCategory, ExpenseInput};
use handover::domain::ids::Id;
use handover::domain::money::{format_amount, Currency};
use handover::domain::people::Role;
use handover::domain::Millis;
use rand::seq::IndexedRandom;
use rand::Rng;

use super::desk::Author;
use super::plan::{share, WORKING_DAYS};
use super::year::{Leader, Year};

const IN_DOLLARS: f64 = 0.05;
const APPROVED: f64 = 0.7;
const WHAT: [&str; 8] = [
    "Printer paper",
    "Train tickets",
    "Lunch with a client",
    "Stamps and parcels",
    "Window cleaning",
    "Team outing drinks",
    "Coffee beans",
    "Taxi to the airport",
];

impl Year {
    /// The day's share of the year's expenses.
    pub(super) fn expenses_day(&mut self, day: usize) {
        for _ in 0..share(self.plan.expenses, day, WORKING_DAYS) {
            self.expense(day);
        }
    }

    fn expense(&mut self, day: usize) {
        let author = self.leader(day);
        let currency = if self.rng.random_bool(IN_DOLLARS) {
            Currency::Usd
        } else {
            Currency::Eur
        };
        // Typed as people type amounts: through the form's text.
        let minor = self.rng.random_range(150..25_000);
        let input = ExpenseInput {
            day: self.clock.day_text(day),
            amount: format_amount(minor, currency, ','),
            currency,
            category: *ExpenseCategory::ALL
                .choose(&mut self.rng)
                .expect("categories exist"),
            paid_by: self.anyone(),
            receipt: format!("R-{:05}", self.counted("expenses") + 1),
            description: WHAT
                .choose(&mut self.rng)
                .expect("descriptions exist")
                .to_string(),
            event: String::new(),
        };
        let now = self.now();
        let id = self.new_id();
        let expense = self.put_expense(&author, &input, id, now);
        self.count("expenses");
        if self.rng.random_bool(APPROVED) {
            let ceo = self.author(Leader::Ceo);
            let at = self.now();
            let by = ceo.id().to_string();
            self.desk.update(
                &expense.id,
                &ceo,
                (Action::ExpenseApprove, &expense.description),
                at,
                |e: &mut Expense| approve(e, Some(Role::Ceo), &by, at),
            );
            self.count("expenses_approved");
        }
    }

    /// Records the expense `input` describes as `author`, under `id`.
    pub(super) fn put_expense(
        &mut self,
        author: &Author,
        input: &ExpenseInput,
        id: Id,
        now: Millis,
    ) -> Expense {
        let mut expense = record_expense(input, |_| true, |_| true, author.id(), now)
            .expect("generated expenses are valid");
        expense.id = id;
        self.desk.change(
            DocKind::Team,
            author,
            (Action::ExpenseRecord, &expense.description),
            now,
            |w| w.put(&expense.id, &expense),
        );
        expense
    }
}
