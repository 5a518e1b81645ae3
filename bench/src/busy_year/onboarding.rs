//! Onboarding and offboarding through the year: the assistant sets up the
//! default templates on the first morning, every new client starts an
//! onboarding checklist, about one client in ten is offboarded later in the
//! year, and each step is ticked off a few days either side of its due day.
//! Most checklists finish; those started late are still open at year end.

use handover::doc::DocKind;
use handover::domain::action::Action;
use handover::domain::calendar::zone;
use handover::domain::checklists::{
    default_template, start_checklist, Checklist, ChecklistKind, ChecklistTemplate,
};
use handover::domain::ids::Id;
use handover::i18n::{Locale, Translator};
use rand::Rng;

use super::year::{Later, Named, Year};

/// The share of clients offboarded during the year.
const OFFBOARDED: f64 = 0.1;
/// How late (in working days) a step is ticked after its due day, at most.
const LATE_DAYS: usize = 4;

impl Year {
    /// The default onboarding and offboarding templates, in English, as a
    /// new workspace offers them.
    pub(super) fn create_templates(&mut self) {
        let english = Translator::for_locale(Locale::En);
        for kind in ChecklistKind::ALL {
            let author = self.leader(0);
            let now = self.now();
            let mut template = default_template(*kind, |id| english.t(id), author.id(), now);
            template.id = self.new_id();
            for step in &mut template.steps {
                step.id = self.new_id();
            }
            self.desk.change(
                DocKind::Team,
                &author,
                (Action::TemplateCreate, &template.name),
                now,
                |w| w.put(&template.id, &template),
            );
            self.count("checklist_templates");
            self.templates.push(template);
        }
    }

    /// A new client's onboarding, and for some their offboarding later on.
    pub(super) fn welcome(&mut self, day: usize, client: usize) {
        self.start_checklist(day, client, ChecklistKind::Onboarding);
        if self.rng.random_bool(OFFBOARDED) {
            let leave_day = day + self.rng.random_range(40..200);
            self.later(leave_day, Later::Offboard { client });
        }
    }

    /// Starts the template of `kind` for `client` and schedules its steps.
    pub(super) fn start_checklist(&mut self, day: usize, client: usize, kind: ChecklistKind) {
        let author = self.leader(day);
        let now = self.now();
        let template: &ChecklistTemplate = self
            .templates
            .iter()
            .find(|t| t.kind == kind)
            .expect("the templates exist from the first morning");
        let client_id = &self.clients[client].id;
        let mut checklist = start_checklist(template, client_id, author.id(), now, &zone("UTC"));
        checklist.id = self.new_id();
        // In the template's order, so that the seeded ids follow the seed
        // (the command's own ids are random).
        let mut placed: Vec<_> = std::mem::take(&mut checklist.steps).into_values().collect();
        placed.sort_by_key(|step| step.position);
        let mut steps = Vec::new();
        for mut step in placed {
            step.id = self.new_id();
            steps.push(step.id.clone());
            checklist.steps.insert(step.id.clone(), step);
        }
        let label = self.clients[client].name.clone();
        self.desk.change(
            DocKind::Team,
            &author,
            (Action::ChecklistStart, &label),
            now,
            |w| w.put(&checklist.id, &checklist),
        );
        self.count("checklists");
        let at = self.checklists.len();
        for (order, step) in steps.into_iter().enumerate() {
            let due = day + order * 2 + self.rng.random_range(0..=LATE_DAYS);
            self.later(
                due,
                Later::TickStep {
                    checklist: at,
                    step,
                },
            );
        }
        self.checklists.push(Named {
            id: checklist.id,
            name: label,
        });
    }

    /// Someone ticks step `step` of checklist `checklist` as done.
    pub(super) fn tick_step(&mut self, day: usize, checklist: usize, step: Id) {
        let author = self.leader(day);
        let now = self.now();
        let Named { id, name } = &self.checklists[checklist];
        let by = author.id().to_string();
        self.desk.update(
            id,
            &author,
            (Action::ChecklistStepDone, name),
            now,
            |c: &mut Checklist| c.complete_step(&step, &by, now),
        );
        self.count("checklist_steps_done");
    }
}
