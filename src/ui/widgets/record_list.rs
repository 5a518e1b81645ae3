//! The body of a list screen: how many records match, the rows a page at a
//! time, and what to say when there are none — "nothing here yet" when the
//! collection is empty, "nothing matches" when the filters hide everything.
//! A desk gives it the ids to show (read from an index, filtered and in
//! order) and a row component; each row reads only its own record.

use leptos::prelude::*;

use super::ShowMore;
use crate::ui::i18n::use_i18n;

/// How many rows a list shows at first, and how many more each "Show more"
/// adds: a year of records never becomes tens of thousands of nodes.
pub const LIST_PAGE: usize = 100;

/// Rows built in one task: a page of rows appears over a few tasks, each
/// short enough to leave the page answering input, instead of one long one.
const ROWS_PER_TASK: usize = 25;

/// What a list says, as i18n ids.
#[derive(Clone, Copy)]
pub struct ListText {
    /// Takes `$count`: "12 tasks". Without it the list shows no count.
    pub count: Option<&'static str>,
    /// Shown while the collection holds nothing.
    pub empty: &'static str,
    /// Shown while the filters hide every record.
    pub no_match: &'static str,
}

impl ListText {
    /// A list without filters or a count: only its "nothing here" message.
    pub const fn plain(empty: &'static str) -> Self {
        Self {
            count: None,
            empty,
            no_match: empty,
        }
    }
}

/// Rows as a table (`head` gives its header cells) or, without `head`, as
/// a list.
#[component]
pub fn RecordList<Row, RowView>(
    /// The ids to show, in order.
    #[prop(into)]
    ids: Signal<Vec<String>>,
    /// Whether the collection holds any record, filters aside; for a list
    /// without filters, whether there are ids to show.
    #[prop(optional, into)]
    any: Option<Signal<bool>>,
    text: ListText,
    /// Names the list for tests: the count's `data-testid` is
    /// `{name}-count`, the table's or list's is `{name}-list`.
    name: &'static str,
    /// The class of the table or list.
    class: &'static str,
    #[prop(optional, into)] head: Option<ViewFn>,
    /// Rows shown at first and added by each "Show more": fewer for big
    /// rows (cards with their own forms) and for history.
    #[prop(default = LIST_PAGE)]
    page: usize,
    row: Row,
) -> impl IntoView
where
    Row: Fn(String) -> RowView + Clone + Send + Sync + 'static,
    RowView: IntoView + 'static,
{
    let i18n = use_i18n();
    let shown = RwSignal::new(page);
    let total = Signal::derive(move || ids.with(Vec::len));
    let any = any.unwrap_or_else(|| Signal::derive(move || total.get() > 0));
    let built = built_in_steps(shown, total);
    let visible = Memo::new(move |_| {
        ids.with(|ids| {
            ids.iter()
                .take(built.get().min(shown.get()))
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    // Busy while rows of the page are still to be built: assistive
    // technology (and a test) waits for the whole page.
    let busy = move || (built.get() < shown.get().min(total.get())).then_some("true");
    let rows = move || {
        let row = row.clone();
        view! { <For each=move || visible.get() key=|id| id.clone() children=row /> }
    };
    let test_id = format!("{name}-list");
    let body = move || match head.clone() {
        Some(head) => view! {
            <table class=class data-testid=test_id.clone() aria-busy=busy>
                <thead><tr>{head.run()}</tr></thead>
                <tbody>{rows()}</tbody>
            </table>
        }
        .into_any(),
        None => view! { <ul class=class data-testid=test_id.clone() aria-busy=busy>{rows()}</ul> }
            .into_any(),
    };
    let empty_text = move || {
        let id = if any.get() { text.no_match } else { text.empty };
        i18n.t(id)
    };
    view! {
        {text.count.map(|count| view! {
            <p class="count" data-testid=format!("{name}-count")>
                {move || i18n.t_args(count, &[("count", total.get().into())])}
            </p>
        })}
        <Show when=move || { total.get() > 0 } fallback=move || view! { <p class="empty">{empty_text}</p> }>
            {body.clone()}
            <ShowMore shown=shown total=total page=page />
        </Show>
    }
}

/// How many rows to build: it follows `shown` (capped at `total`) up to
/// [`ROWS_PER_TASK`] more at a time, each step in a task of its own after
/// the last has rendered.
fn built_in_steps(shown: RwSignal<usize>, total: Signal<usize>) -> RwSignal<usize> {
    let built = RwSignal::new(ROWS_PER_TASK);
    Effect::new(move |_| {
        let wanted = shown.get().min(total.get());
        if built.get() < wanted {
            set_timeout(
                move || {
                    built.try_update(|built| *built = (*built + ROWS_PER_TASK).min(wanted));
                },
                std::time::Duration::ZERO,
            );
        }
    });
    built
}
