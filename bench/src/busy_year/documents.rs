//! The document register through the year: the assistant or the CEO
//! registers the office's contracts, policies, procedures and certificates
//! as they come in, about a tenth of them confidential (those go to the
//! leadership document), most with a review day somewhere in the year ahead
//! (some already past), through the register's own commands.

use handover::doc::DocKind;
use handover::domain::action::Action;
use handover::domain::calendar::{add_days, day_of, day_text, Zone};
use handover::domain::register::{
    register_entry, Confidentiality, DocumentKind, EntryInput, Filing, Rules,
};
use rand::seq::IndexedRandom;
use rand::Rng;

use super::plan::{share, WORKING_DAYS};
use super::year::Year;

const CONFIDENTIAL: f64 = 0.1;
const PUBLIC: f64 = 0.3;
/// The share of entries with a review day.
const REVIEWED: f64 = 0.85;
const SUBJECTS: [&str; 12] = [
    "Cleaning",
    "Office lease",
    "IT support",
    "Travel",
    "Expenses",
    "Onboarding",
    "Data protection",
    "Fire safety",
    "Insurance",
    "Quarterly results",
    "Vehicle fleet",
    "Reception",
];

impl Year {
    /// The day's share of the year's register entries.
    pub(super) fn documents_day(&mut self, day: usize) {
        for _ in 0..share(self.plan.documents, day, WORKING_DAYS) {
            self.register_document(day);
        }
    }

    fn register_document(&mut self, day: usize) {
        let author = self.leader(day);
        let n = self.count("documents");
        let kind = *DocumentKind::ALL
            .choose(&mut self.rng)
            .expect("kinds exist");
        let subject = SUBJECTS.choose(&mut self.rng).expect("subjects exist");
        let location = if self.rng.random_bool(0.4) {
            format!("https://intranet.example.com/documents/{n}")
        } else {
            let cabinet = *['A', 'B', 'C', 'D', 'E', 'F']
                .choose(&mut self.rng)
                .expect("cabinets exist");
            format!("Cabinet {cabinet}, shelf {}", self.rng.random_range(1..=5))
        };
        let confidentiality = if self.rng.random_bool(CONFIDENTIAL) {
            Confidentiality::Confidential
        } else if self.rng.random_bool(PUBLIC) {
            Confidentiality::Public
        } else {
            Confidentiality::Internal
        };
        let now = self.now();
        let review_on = if self.rng.random_bool(REVIEWED) {
            let today = day_of(now, &Zone::UTC);
            day_text(add_days(today, self.rng.random_range(-30..=365)))
        } else {
            String::new()
        };
        let input = EntryInput {
            title: format!("{subject} {} {n}", kind.code()),
            kind,
            owner: self.anyone(),
            location,
            confidentiality,
            review_on,
            notes: String::new(),
        };
        let rules = Rules {
            is_member: |_: &str| true,
            leadership: true,
        };
        let mut entry =
            register_entry(&input, &rules, author.id(), now).expect("generated entries are valid");
        entry.id = self.new_id();
        let (id, title) = (entry.id.clone(), entry.title.clone());
        let label = (Action::DocumentRegister, title.as_str());
        match Filing::of(entry) {
            Filing::Team(filed) => {
                self.desk
                    .change(DocKind::Team, &author, label, now, |w| w.put(&id, &filed));
            }
            Filing::Leadership(filed) => {
                self.desk
                    .change(DocKind::Leadership, &author, label, now, |w| {
                        w.put(&id, &filed)
                    });
                self.count("documents_confidential");
            }
        }
    }
}
