//! How much happens in a busy year at a given scale: the record counts the
//! issue names at scale 1, multiplied by the scale.

/// Working days in the simulated year: 52 weeks, Monday to Friday.
pub const WORKING_DAYS: usize = 260;

/// The records a year creates. Everything else (contacts, answers, scores,
/// status moves, comments, acknowledgments, corrections) follows from these
/// through per-record odds, so it scales with them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Plan {
    pub clients: usize,
    pub interactions: usize,
    pub tasks: usize,
    pub announcements: usize,
    pub crises: usize,
    /// Crisis timeline entries, corrections included.
    pub crisis_entries: usize,
    /// Decisions logged during the year's one handover.
    pub decisions: usize,
    /// Phone and other messages taken for someone.
    pub messages: usize,
    pub meetings: usize,
    pub vendors: usize,
    pub supply_items: usize,
    /// Supply orders drafted (most are sent and received).
    pub orders: usize,
    /// Times someone takes from (or adds to) stock by hand.
    pub stock_takes: usize,
    /// Document register entries, a tenth of them confidential.
    pub documents: usize,
    pub visits: usize,
    pub expenses: usize,
    /// Events and outings (with their guests, checklists and expenses).
    pub events: usize,
}

/// The year of the issue: 300 clients, 3,000 interactions, 10,000 tasks,
/// 500 announcements, 2,000 crisis and decision entries, 1,500 meetings,
/// 400 register entries, 150 supply items from 20 vendors with 600 orders
/// (and a dozen stock takes a day), 2,000 visits, 3,000 expenses and 40
/// events.
const SCALE_ONE: Plan = Plan {
    clients: 300,
    interactions: 3_000,
    tasks: 10_000,
    announcements: 500,
    crises: 36,
    crisis_entries: 1_800,
    decisions: 200,
    messages: 5_000,
    meetings: 1_500,
    vendors: 20,
    supply_items: 150,
    orders: 600,
    stock_takes: 3_000,
    documents: 400,
    visits: 2_000,
    expenses: 3_000,
    events: 40,
};

impl Plan {
    /// Every count of the scale-1 year times `scale`, at least one of each so
    /// that a tiny year still exercises every desk. The team (12 members) and
    /// the one handover do not grow with the business's workload.
    pub fn at(scale: f64) -> Plan {
        let scaled = |count: usize| ((count as f64 * scale).round() as usize).max(1);
        Plan {
            clients: scaled(SCALE_ONE.clients),
            interactions: scaled(SCALE_ONE.interactions),
            tasks: scaled(SCALE_ONE.tasks),
            announcements: scaled(SCALE_ONE.announcements),
            crises: scaled(SCALE_ONE.crises),
            crisis_entries: scaled(SCALE_ONE.crisis_entries),
            decisions: scaled(SCALE_ONE.decisions),
            messages: scaled(SCALE_ONE.messages),
            meetings: scaled(SCALE_ONE.meetings),
            vendors: scaled(SCALE_ONE.vendors),
            supply_items: scaled(SCALE_ONE.supply_items),
            orders: scaled(SCALE_ONE.orders),
            stock_takes: scaled(SCALE_ONE.stock_takes),
            documents: scaled(SCALE_ONE.documents),
            visits: scaled(SCALE_ONE.visits),
            expenses: scaled(SCALE_ONE.expenses),
            events: scaled(SCALE_ONE.events),
        }
    }

    /// The crisis timeline entries and handover decisions together: the
    /// leadership document's "crisis/decision entries".
    pub fn crisis_and_decision_entries(&self) -> usize {
        self.crisis_entries + self.decisions
    }
}

/// The part of `total` that falls on `step` of `steps` when spread evenly,
/// rounding up so that the first step already gets one: the parts add up to
/// `total` exactly.
pub fn share(total: usize, step: usize, steps: usize) -> usize {
    (total * (step + 1)).div_ceil(steps) - (total * step).div_ceil(steps)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scale_one_is_the_year_of_the_issue() {
        let plan = Plan::at(1.0);
        assert_eq!(plan.clients, 300);
        assert_eq!(plan.interactions, 3_000);
        assert_eq!(plan.tasks, 10_000);
        assert_eq!(plan.announcements, 500);
        assert_eq!(plan.crisis_and_decision_entries(), 2_000);
        assert_eq!(plan.meetings, 1_500);
        assert_eq!(
            (plan.supply_items, plan.vendors, plan.orders),
            (150, 20, 600)
        );
        assert_eq!(plan.documents, 400);
        assert_eq!((plan.visits, plan.expenses), (2_000, 3_000));
        assert_eq!(plan.events, 40);
    }

    #[test]
    fn scale_two_doubles_every_count_and_a_tiny_scale_keeps_one_of_each() {
        let (one, two) = (Plan::at(1.0), Plan::at(2.0));
        assert_eq!(two.tasks, 2 * one.tasks);
        assert_eq!(two.crises, 2 * one.crises);
        assert_eq!(
            two.crisis_and_decision_entries(),
            2 * one.crisis_and_decision_entries()
        );
        let tiny = Plan::at(0.001);
        assert_eq!((tiny.clients, tiny.crises, tiny.decisions), (1, 1, 1));
    }

    #[test]
    fn shares_add_up_and_start_at_once() {
        for total in [1, 3, 299, 10_000] {
            let parts: Vec<usize> = (0..WORKING_DAYS)
                .map(|d| share(total, d, WORKING_DAYS))
                .collect();
            assert_eq!(parts.iter().sum::<usize>(), total);
            assert!(parts[0] >= 1);
        }
    }
}
