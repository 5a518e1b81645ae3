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
use crate::ui::goals::GoalsPanel;
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::{device_zone, format_weekday};
pub use agenda::Agenda;
use due::DueToday;
use leadership::{HandoverState, LeadershipPanel};
use metrics::Metrics;
pub use reminders::Reminders;
use reminders::RemindersToggle;

#[component]
pub fn TodayPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let agenda = expect_context::<Agenda>();
    let today = agenda.today;
    let weeks = Memo::new(move |_| Weeks::ending(agenda.now.get(), &device_zone()));
    let date = move || format_weekday(&day_text(today.get()), i18n.locale());
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
        </section>
    }
}
