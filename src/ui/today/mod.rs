//! Today, the home screen: what is due or overdue across the desks, the
//! handover's state, what leadership must see, the business's goals and
//! the role's success metrics over the last twelve weeks.

mod agenda;
mod due;
mod leadership;
mod metrics;
mod reminders;

use leptos::prelude::*;

use crate::domain::calendar::day_text;
use crate::domain::metrics::Weeks;
use crate::timing::TODAY_SHOWN;
use crate::ui::goals::GoalsPanel;
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::keyed::{read_first, ReadAhead};
use crate::ui::session::Session;
use crate::ui::timing::mark_after_render;
use crate::ui::widgets::{device_zone, format_weekday};
pub use agenda::Agenda;
use due::DueToday;
use leadership::{HandoverState, LeadershipPanel};
use metrics::Metrics;
pub use reminders::Reminders;
use reminders::RemindersToggle;

/// Every collection Today's panels read, beyond the agenda's: the metrics'
/// and goals' and what leadership sees.
fn panel_collections(session: Session) -> Vec<Box<dyn ReadAhead>> {
    let (team, leadership) = (session.records, session.leadership_records);
    vec![
        Box::new(team.scores),
        Box::new(team.goals),
        Box::new(team.improvements),
        Box::new(leadership.escalations),
        Box::new(leadership.crises),
        Box::new(leadership.conflicts),
    ]
}

#[component]
pub fn TodayPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let agenda = expect_context::<Agenda>();
    let today = agenda.today;
    let weeks = Memo::new(move |_| Weeks::ending(agenda.now.get(), &device_zone()));
    let date = move || format_weekday(&day_text(today.get()), i18n.locale());
    // The busy year's desks take over a second to read whole: the page
    // shows at once and its panels once they are read, a slice at a time.
    let mut collections = agenda.collections();
    collections.extend(panel_collections(session));
    let read = read_first(collections);
    view! {
        <section class="desk today">
            <header class="desk-header">
                <div>
                    <h1>{tr("today-title")}</h1>
                    <p class="subtitle" data-testid="today-date">{date}</p>
                </div>
                <RemindersToggle />
            </header>
            <HandoverState />
            <Show when=move || read.get() fallback=|| view! { <Reading /> }>
                {mark_after_render(TODAY_SHOWN)}
                <div class="today-columns">
                    <DueToday />
                    <div class="today-side">
                        <Show when=move || session.holds_leadership()>
                            <LeadershipPanel />
                        </Show>
                        <GoalsPanel />
                    </div>
                </div>
                <Metrics weeks=weeks />
            </Show>
        </section>
    }
}

/// What Today shows while its desks are read.
#[component]
fn Reading() -> impl IntoView {
    view! {
        <p class="reading" role="status" data-testid="today-reading">{tr("today-reading")}</p>
    }
}
