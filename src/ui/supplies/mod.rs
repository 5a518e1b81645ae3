//! Supplies: the items the office keeps in stock (take, add, reorder
//! level), what is to reorder with the one action that drafts the orders,
//! the orders from draft to received, and the vendors.

mod items;
mod orders;
mod reorder;
mod vendors;

use autosurgeon::Hydrate;
use leptos::prelude::*;
use leptos_router::components::Route;
use leptos_router::path;

use crate::domain::calendar::{day_of, day_text};
use crate::domain::Millis;
use crate::ui::i18n::{tr, I18n};
use crate::ui::keyed::{Index, Keyed};
use crate::ui::session::Session;
use crate::ui::widgets::{device_zone, format_day, Choice};

use items::ItemsPanel;
use orders::OrdersPanel;
use reorder::ReorderPanel;
use vendors::VendorsPanel;

#[component]
pub fn SuppliesPage() -> impl IntoView {
    view! {
        <section class="desk supplies">
            <header class="desk-header">
                <div>
                    <h1>{tr("supplies-title")}</h1>
                    <p class="subtitle">{tr("supplies-intro")}</p>
                </div>
            </header>
            <ReorderPanel />
            <ItemsPanel />
            <OrdersPanel />
            <VendorsPanel />
        </section>
    }
}

/// The desk's screen and its address.
#[component(transparent)]
pub fn SupplyRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    view! { <Route path=path!("/supplies") view=SuppliesPage /> }.into_inner()
}

/// Every record of one bucket of `index` (kept from `records`) by name,
/// for pickers.
fn choices<T>(
    index: Index<(), (String, String)>,
    records: Keyed<T>,
    choice: fn(T) -> Choice,
) -> Signal<Vec<Choice>>
where
    T: Hydrate + Clone + PartialEq + Send + Sync + 'static,
{
    Signal::derive(move || {
        index
            .records(&(), usize::MAX, records)
            .into_iter()
            .map(choice)
            .collect()
    })
}

fn vendor_choices(session: Session) -> Signal<Vec<Choice>> {
    choices(
        session.indexes.vendors_by_name,
        session.records.vendors,
        |v| (v.id, v.name),
    )
}

fn item_choices(session: Session) -> Signal<Vec<Choice>> {
    choices(
        session.indexes.supplies_by_name,
        session.records.supply_items,
        |i| (i.id, i.name),
    )
}

/// Whether `id` names a vendor (for validating choices).
fn is_vendor(session: Session) -> impl Fn(&str) -> bool + Copy {
    let vendors = session.records.vendors;
    move |id| vendors.contains_untracked(id)
}

/// The name of vendor `id`, or "Unknown vendor" (tracking it).
fn vendor_name(session: Session, i18n: I18n, id: &str) -> String {
    session
        .records
        .vendors
        .get_untracked_signal(id)
        .map(|v| v.with(|v| v.name.clone()))
        .unwrap_or_else(|| i18n.t("supplies-unknown-vendor"))
}

/// The name of item `id`, or "Unknown item" (tracking it).
fn item_name(session: Session, i18n: I18n, id: &str) -> String {
    session
        .records
        .supply_items
        .get_untracked_signal(id)
        .map(|i| i.with(|i| i.name.clone()))
        .unwrap_or_else(|| i18n.t("supplies-unknown-item"))
}

/// The day of `at` on this device, as the lists show dates.
fn date_text(i18n: I18n, at: Millis) -> String {
    format_day(&day_text(day_of(at, &device_zone())), i18n.locale())
}
