//! What is to reorder, and the one action that drafts its orders: one per
//! preferred vendor (see `domain::supplies` for how much is ordered).

use leptos::prelude::*;

use super::{is_vendor, vendor_name};
use crate::domain::action::Action;
use crate::domain::supplies::{draft_orders, plan_reorder, OrderStatus, ReorderPlan};
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::{now_ms, step_error};

#[component]
pub fn ReorderPanel() -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let items = session.records.supply_items;
    let orders = session.records.orders;
    let indexes = session.indexes;
    let plan = Memo::new(move |_| {
        let to_reorder = indexes.supplies_to_reorder.records(&(), usize::MAX, items);
        let open: Vec<_> = [OrderStatus::Draft, OrderStatus::Sent]
            .iter()
            .flat_map(|status| indexes.orders_by_status.records(status, usize::MAX, orders))
            .collect();
        plan_reorder(&to_reorder, &open, is_vendor(session))
    });
    let ids = Memo::new(move |_| indexes.supplies_to_reorder.first(&(), usize::MAX));
    let failure = RwSignal::new(None::<String>);
    let drafted = RwSignal::new(None::<usize>);
    let draft = move |_| {
        let plan = plan.get_untracked();
        let drafts = draft_orders(&plan, &session.me(), now_ms());
        let label = untrack(|| {
            drafts
                .iter()
                .map(|o| vendor_name(session, i18n, &o.vendor))
                .collect::<Vec<_>>()
                .join(", ")
        });
        let result = session.change_team(Action::OrderDraft, &label, |w| {
            drafts.iter().try_for_each(|o| w.put(&o.id, o))
        });
        drafted.set(result.is_ok().then_some(drafts.len()));
        failure.set(result.err().map(|err| step_error(i18n, err.into())));
    };
    view! {
        <section class="panel reorder" data-testid="reorder-panel">
            <div class="panel-header">
                <h2>{tr("supplies-reorder-title")}</h2>
                <button
                    class="button primary"
                    data-testid="draft-orders"
                    on:click=draft
                    disabled=move || !plan.with(ReorderPlan::has_orders)
                >
                    {tr("supplies-draft-orders")}
                </button>
            </div>
            <p class="meta">{tr("supplies-reorder-rule")}</p>
            {move || drafted.get().map(|count| view! {
                <p class="meta drafted" role="status">{i18n.t_args("supplies-drafted", &[("count", count.into())])}</p>
            })}
            {move || failure.get().map(|text| view! { <p class="field-error" role="alert">{text}</p> })}
            <Show when=move || ids.with(|ids| !ids.is_empty()) fallback=|| view! { <p class="empty">{tr("supplies-reorder-empty")}</p> }>
                <ul class="reorder-list">
                    <For each=move || ids.get() key=|id| id.clone() let:id>
                        <ReorderRow id=id plan=plan />
                    </For>
                </ul>
            </Show>
        </section>
    }
}

/// One item to reorder: its stock and level, and what drafting does with it.
#[component]
fn ReorderRow(id: String, plan: Memo<ReorderPlan>) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let Some(item) = session.records.supply_items.get_untracked_signal(&id) else {
        return ().into_any();
    };
    let note = move || {
        plan.with(|plan| {
            if plan.on_order.contains(&id) {
                i18n.t("supplies-reorder-on-order")
            } else if plan.without_vendor.contains(&id) {
                i18n.t("supplies-reorder-needs-vendor")
            } else {
                let (vendor, quantity) = plan
                    .orders
                    .iter()
                    .find_map(|(vendor, lines)| {
                        lines
                            .iter()
                            .find(|(i, _)| *i == id)
                            .map(|(_, q)| (vendor, *q))
                    })
                    .map(|(vendor, q)| (vendor_name(session, i18n, vendor), q))
                    .unwrap_or_default();
                i18n.t_args(
                    "supplies-reorder-will-order",
                    &[
                        ("quantity", quantity.to_string().into()),
                        ("vendor", vendor.into()),
                    ],
                )
            }
        })
    };
    let levels = move || {
        item.with(|i| {
            i18n.t_args(
                "supplies-reorder-levels",
                &[
                    ("stock", i.on_hand().to_string().into()),
                    ("unit", i.unit.clone().into()),
                    ("level", i.reorder_level.to_string().into()),
                ],
            )
        })
    };
    view! {
        <li class="reorder-item" data-testid="reorder-item">
            <strong>{move || item.with(|i| i.name.clone())}</strong>
            " "
            <span class="meta">{levels}</span>
            " "
            <span class="reorder-note">{note}</span>
        </li>
    }
    .into_any()
}
