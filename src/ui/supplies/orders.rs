//! Orders by status (the filter kept in the address): a draft's lines can
//! be changed and the draft removed; "Mark sent" and "Mark received" take
//! it on, each with its date. Receiving adds its quantities to stock.

use leptos::prelude::*;

use super::{date_text, is_vendor, item_choices, item_name, vendor_choices, vendor_name};
use crate::domain::action::Action;
use crate::domain::supplies::{draft_order, may_remove, Order, OrderStatus, Step};
use crate::domain::validation::Invalid;
use crate::ui::i18n::{tr, use_i18n, I18n};
use crate::ui::session::Session;
use crate::ui::widgets::{
    chosen, code_options, confirmed, now_ms, step_error, url_filter, CodeSelect, FormErrors,
    FormMessage, ListText, RecordList, RecordPicker, SaveError, TextField,
};
use crate::workspace::supplies::receive_order;

/// Orders shown at first: each is a card with its lines and actions.
const ORDERS_PAGE: usize = 20;

#[component]
pub fn OrdersPanel() -> impl IntoView {
    let session = expect_context::<Session>();
    let status = url_filter::<String>("status");
    let indexes = session.indexes;
    let ids = Memo::new(move |_| {
        let wanted = OrderStatus::from_code(&status.get());
        OrderStatus::ALL
            .iter()
            .filter(|s| wanted.is_none_or(|wanted| wanted == **s))
            .flat_map(|s| indexes.orders_by_status.first(s, usize::MAX))
            .collect::<Vec<_>>()
    });
    let text = ListText {
        count: Some("supplies-orders-count"),
        empty: "supplies-orders-empty",
        no_match: "supplies-orders-no-match",
    };
    view! {
        <section class="panel orders">
            <div class="panel-header">
                <h2>{tr("supplies-orders-title")}</h2>
            </div>
            <div class="toolbar">
                <CodeSelect msg="field-status" name="order-status-filter" value=status
                    options=code_options(OrderStatus::ALL) empty="supplies-orders-all" />
                <NewOrderForm />
            </div>
            <RecordList
                ids=ids
                any=Signal::derive(move || session.records.orders.len() > 0)
                text=text
                name="order"
                class="order-list"
                page=ORDERS_PAGE
                row=|id| view! { <OrderCard id=id /> }
            />
        </section>
    }
}

/// Starts an empty draft to a chosen vendor.
#[component]
fn NewOrderForm() -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let vendor = RwSignal::new(String::new());
    let errors = FormErrors::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let saved = draft_order(
            &vendor.get_untracked(),
            is_vendor(session),
            &session.me(),
            now_ms(),
        )
        .map_err(SaveError::from)
        .and_then(|order| {
            let label = untrack(|| vendor_name(session, i18n, &order.vendor));
            session
                .change_team(Action::OrderDraft, &label, |w| w.put(&order.id, &order))
                .map_err(Into::into)
        });
        if errors.show(saved).is_some() {
            vendor.set(String::new());
        }
    };
    view! {
        <form class="new-order" on:submit=submit novalidate>
            <RecordPicker msg="supplies-field-vendor" name="order-vendor" value=vendor
                choices=vendor_choices(session) none="supplies-choose-vendor" error=errors.field("vendor") />
            <button type="submit" class="button">{tr("supplies-new-order")}</button>
            <FormMessage errors=errors />
        </form>
    }
}

/// "Drafted on 3 March 2026 by Ana" and the like, for one step.
fn step_text(session: Session, i18n: I18n, message: &str, step: &Step) -> String {
    let name = session
        .member_name(&step.by)
        .unwrap_or_else(|| i18n.t("member-unknown"));
    i18n.t_args(
        message,
        &[
            ("date", date_text(i18n, step.at).into()),
            ("name", name.into()),
        ],
    )
}

#[component]
fn OrderCard(id: String) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let Some(order) = session.records.orders.get_untracked_signal(&id) else {
        return ().into_any();
    };
    let failure = RwSignal::new(None::<String>);
    let id = StoredValue::new(id);
    let status = move || order.with(Order::status);
    let is_draft = move || status() == OrderStatus::Draft;
    let vendor = move || order.with(|o| vendor_name(session, i18n, &o.vendor));
    let steps = move || {
        order.with(|o| {
            [
                Some(step_text(
                    session,
                    i18n,
                    "supplies-order-drafted",
                    &o.drafted,
                )),
                o.sent
                    .as_ref()
                    .map(|s| step_text(session, i18n, "supplies-order-sent", s)),
                o.received
                    .as_ref()
                    .map(|s| step_text(session, i18n, "supplies-order-received", s)),
            ]
            .into_iter()
            .flatten()
            .map(|text| view! { <li>{text}</li> })
            .collect_view()
        })
    };
    let report = move |result: Result<(), SaveError>| {
        failure.set(result.err().map(|err| step_error(i18n, err)));
    };
    let send = move |_| {
        let result = session.update(
            &id.get_value(),
            "status",
            (Action::OrderSend, &untrack(vendor)),
            |o: &mut Order| o.mark_sent(&session.me(), now_ms()),
        );
        report(result.map(drop).map_err(Into::into));
    };
    let receive = move |_| {
        let result = session.change_team(Action::OrderReceive, &untrack(vendor), |w| {
            receive_order(w, &id.get_value(), &session.me(), now_ms())
        });
        report(result.map(drop).map_err(Into::into));
    };
    let remove = move |_| {
        if !confirmed(&i18n.t("supplies-remove-draft-confirm")) {
            return;
        }
        let id = id.get_value();
        let result = session.change_team(Action::OrderRemove, &untrack(vendor), |w| {
            let current: Order = w.get(&id)?.ok_or_else(|| Invalid::unknown("status"))?;
            may_remove(&current)?;
            w.remove::<Order>(&id)
        });
        report(result.map_err(Into::into));
    };
    view! {
        <li class="order" data-testid="order" data-status=move || status().code()>
            <div class="order-head">
                <h3>{vendor}</h3>
                <span class=move || format!("badge order-{}", status().code()) data-testid="order-status">
                    {move || i18n.t(status().message_id())}
                </span>
            </div>
            <ul class="order-steps meta">{steps}</ul>
            <OrderLines order=order id=id.get_value() editable=Signal::derive(is_draft) report=Callback::new(report) />
            <div class="row-actions">
                {move || match status() {
                    OrderStatus::Draft => view! {
                        <button type="button" class="button small primary" on:click=send>{tr("supplies-mark-sent")}</button>
                        <button type="button" class="button small danger" on:click=remove>{tr("supplies-remove-draft")}</button>
                    }
                    .into_any(),
                    OrderStatus::Sent => view! {
                        <button type="button" class="button small primary" on:click=receive>{tr("supplies-mark-received")}</button>
                    }
                    .into_any(),
                    OrderStatus::Received => ().into_any(),
                }}
            </div>
            {move || failure.get().map(|text| view! { <p class="field-error" role="alert">{text}</p> })}
        </li>
    }
    .into_any()
}

/// A change to a draft's lines, made on its current state.
type LineEdit = Box<dyn FnOnce(&mut Order) -> Result<(), Invalid>>;

/// An order's lines; on a draft each quantity can be changed, a line
/// removed and an item added.
#[component]
fn OrderLines(
    order: RwSignal<Order>,
    id: String,
    #[prop(into)] editable: Signal<bool>,
    report: Callback<Result<(), SaveError>>,
) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let id = StoredValue::new(id);
    let items = session.records.supply_items;
    let edit = move |change: LineEdit| {
        let label = untrack(|| order.with(|o| vendor_name(session, i18n, &o.vendor)));
        let result = session.update(
            &id.get_value(),
            "quantity",
            (Action::OrderEdit, &label),
            change,
        );
        report.run(result.map(drop).map_err(Into::into));
    };
    let lines = move || order.with(|o| o.lines.clone().into_iter().collect::<Vec<_>>());
    let new_item = RwSignal::new(String::new());
    let new_quantity = RwSignal::new("1".to_string());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(item) = chosen(new_item.get_untracked()) else {
            return;
        };
        let quantity = new_quantity.get_untracked();
        edit(Box::new(move |o| {
            o.set_line(&item, &quantity, |i| items.contains_untracked(i))
        }));
    };
    view! {
        <table class="order-lines">
            <tbody>
                <For each=lines key=|line| line.clone() let((item, quantity))>
                    {
                        let name = item_name(session, i18n, &item);
                        let unit = items
                            .get_untracked_signal(&item)
                            .map(|i| i.with_untracked(|i| i.unit.clone()))
                            .unwrap_or_default();
                        let line_item = StoredValue::new(item);
                        let set = move |ev| {
                            let text = event_target_value(&ev);
                            let item = line_item.get_value();
                            edit(Box::new(move |o| o.set_line(&item, &text, |i| items.contains_untracked(i))));
                        };
                        let remove = move |_| {
                            let item = line_item.get_value();
                            edit(Box::new(move |o| o.remove_line(&item)));
                        };
                        view! {
                            <tr data-testid="order-line">
                                <td>{name}</td>
                                <td class="numeric">
                                    <Show when=move || editable.get() fallback=move || quantity.to_string()>
                                        <input class="quantity" type="number" min="1" name="line-quantity"
                                            aria-label=move || i18n.t("supplies-field-quantity")
                                            prop:value=quantity.to_string() on:change=set />
                                    </Show>
                                </td>
                                <td>{unit}</td>
                                <td>
                                    <Show when=move || editable.get()>
                                        <button type="button" class="button small" on:click=remove>{tr("action-remove")}</button>
                                    </Show>
                                </td>
                            </tr>
                        }
                    }
                </For>
            </tbody>
        </table>
        <Show when=move || editable.get()>
            <form class="add-line" on:submit=add novalidate>
                <RecordPicker msg="supplies-field-item" name="line-item" value=new_item choices=item_choices(session) none="supplies-choose-item" />
                <TextField msg="supplies-field-quantity" name="new-line-quantity" kind="number" value=new_quantity />
                <button type="submit" class="button small" disabled=move || new_item.with(String::is_empty)>
                    {tr("supplies-add-line")}
                </button>
            </form>
        </Show>
    }
}
