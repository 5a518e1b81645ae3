//! The register: the entries due for review first (a window of the
//! by-review indexes), then every entry by title, filtered by kind, owner,
//! confidentiality and words of the title (kept in the address).

use leptos::prelude::*;
use leptos_router::components::A;

use super::{confidentiality_options, entry_path, LevelBadge, Location, ReviewBadge};
use crate::domain::calendar::{day_of, Day};
use crate::domain::register::{
    review_window, title_order, Confidentiality, DocumentKind, EntryFilter, RegisterEntry,
};
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::{
    chosen, code_options, device_zone, format_day, member_choices, now_ms, url_filter, CodeSelect,
    ListText, RecordList, RecordPicker,
};

/// Today in the device's zone: what "due for review" is measured from.
pub(super) fn today() -> Day {
    day_of(now_ms(), &device_zone())
}

/// The ids of both documents' entries that `keep` keeps, in `order`. An
/// entry in both documents at once (moved both ways on two devices) is
/// listed once, as its confidential copy.
fn both<K: Ord>(
    session: Session,
    team: Vec<String>,
    confidential: Vec<String>,
    order: impl Fn(&RegisterEntry) -> K,
) -> Vec<String> {
    let secret = session.leadership_records.confidential_register;
    let mut ids: Vec<(K, String)> = team
        .into_iter()
        .filter(|id| !secret.contains_untracked(id))
        .chain(confidential)
        .filter_map(|id| {
            let key = session.with_register_entry(&id, &order)?;
            Some((key, id))
        })
        .collect();
    ids.sort();
    ids.into_iter().map(|(_, id)| id).collect()
}

/// Entries shown at first: the register is searched and filtered more than
/// read end to end.
const DOCUMENTS_PAGE: usize = 50;

#[component]
pub fn DocumentsPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let query = url_filter::<String>("search");
    let kind = url_filter::<String>("kind");
    let owner = url_filter::<String>("owner");
    let level = url_filter::<String>("level");
    let visible = Memo::new(move |_| {
        let filter = EntryFilter {
            query: query.get(),
            kind: DocumentKind::from_code(&kind.get()),
            owner: chosen(owner.get()),
            confidentiality: Confidentiality::from_code(&level.get()),
        };
        let keep = |entry: &RegisterEntry| filter.matches(entry);
        let secret = match filter.confidentiality {
            Some(Confidentiality::Public | Confidentiality::Internal) => Vec::new(),
            _ => session.leadership_indexes.confidential_by_title.matching(
                &(),
                session.leadership_records.confidential_register,
                |e| keep(e),
            ),
        };
        let team = match filter.confidentiality {
            Some(Confidentiality::Confidential) => Vec::new(),
            _ => session
                .indexes
                .register_by_title
                .matching(&(), session.records.register, |e| keep(e)),
        };
        both(session, team, secret, title_order)
    });
    let any = Signal::derive(move || {
        session.records.register.len() + session.leadership_records.confidential_register.len() > 0
    });
    let text = ListText {
        count: Some("documents-count"),
        empty: "documents-empty",
        no_match: "documents-no-match",
    };
    let today = today();
    let head = || {
        view! {
            <th>{tr("document-field-title")}</th>
            <th>{tr("document-field-kind")}</th>
            <th>{tr("document-field-owner")}</th>
            <th>{tr("document-field-location")}</th>
            <th>{tr("document-field-confidentiality")}</th>
            <th>{tr("document-field-review")}</th>
        }
    };
    view! {
        <section class="desk documents-desk">
            <header class="desk-header">
                <div>
                    <h1>{tr("documents-title")}</h1>
                    <p class="subtitle">{tr("documents-intro")}</p>
                </div>
                <A href="/documents/new" attr:class="button primary">{tr("documents-new")}</A>
            </header>
            <DueForReview today=today />
            <div class="toolbar" role="group" aria-label=tr("documents-filters")>
                <div class="field search">
                    <label for="document-search">{tr("documents-search")}</label>
                    <input
                        id="document-search"
                        type="search"
                        name="search"
                        prop:value=move || query.get()
                        on:input=move |ev| query.set(event_target_value(&ev))
                    />
                </div>
                <CodeSelect msg="document-field-kind" name="kind-filter" value=kind
                    options=code_options(DocumentKind::ALL) empty="documents-filter-all-kinds" />
                <RecordPicker msg="document-field-owner" name="owner-filter" value=owner
                    choices=member_choices(owner) none="documents-filter-anyone" />
                <CodeSelect msg="document-field-confidentiality" name="level-filter" value=level
                    options=confidentiality_options(session) empty="documents-filter-any-level" />
            </div>
            <RecordList
                ids=visible
                any=any
                text=text
                name="document"
                class="records documents"
                head=head
                page=DOCUMENTS_PAGE
                row=move |id| view! { <DocumentRow id=id today=today /> }
            />
        </section>
    }
}

/// The entries whose review is due or due soon, the earliest first: read
/// from the window of the by-review indexes up to 30 days ahead, never the
/// whole register. Nothing shows while none is.
#[component]
fn DueForReview(today: Day) -> impl IntoView {
    let session = expect_context::<Session>();
    let ids = Memo::new(move |_| {
        let (from, to) = review_window(today);
        let team = session.indexes.register_by_review.window(&(), &from, &to);
        let secret = session
            .leadership_indexes
            .confidential_by_review
            .window(&(), &from, &to);
        both(session, team, secret, |e| (e.review_day(), title_order(e)))
    });
    view! {
        <Show when=move || ids.with(|ids| !ids.is_empty())>
            <section class="panel review-due" data-testid="review-due">
                <h2>{tr("documents-review-title")}</h2>
                <ul class="plain">
                    <For each=move || ids.get() key=|id| id.clone() let(id)>
                        <ReviewItem id=id today=today />
                    </For>
                </ul>
            </section>
        </Show>
    }
}

#[component]
fn ReviewItem(id: String, today: Day) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let entry = session.register_entry(&id)?;
    let day = move || {
        let day = entry.with(|e| e.review_on.clone().unwrap_or_default());
        i18n.t_args(
            "documents-review-on",
            &[("day", format_day(&day, i18n.locale()).into())],
        )
    };
    Some(view! {
        <li data-testid="review-item">
            <A href=entry_path(&id)>{move || entry.with(|e| e.title.clone())}</A>
            " "
            <ReviewBadge entry=entry today=today />
            " "
            <span class="meta">{day}</span>
        </li>
    })
}

/// One row of the register; it reads only its own entry.
#[component]
fn DocumentRow(id: String, today: Day) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let entry = session.register_entry(&id)?;
    let owner = move || {
        let owner = entry.with(|e| e.owner.clone());
        session
            .member_name(&owner)
            .unwrap_or_else(|| i18n.t("member-unknown"))
    };
    let review = move || {
        entry
            .with(|e| e.review_on.clone())
            .map(|day| format_day(&day, i18n.locale()))
    };
    Some(view! {
        <tr data-testid="document-row">
            <td><A href=entry_path(&id)>{move || entry.with(|e| e.title.clone())}</A></td>
            <td>{move || i18n.t(entry.with(|e| e.kind.message_id()))}</td>
            <td>{owner}</td>
            <td class="location"><Location entry=entry /></td>
            <td><LevelBadge entry=entry /></td>
            <td>{review} " " <ReviewBadge entry=entry today=today /></td>
        </tr>
    })
}
