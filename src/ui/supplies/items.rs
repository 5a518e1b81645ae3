//! The items in stock: each with its stock, a "to reorder" badge, taking
//! from and adding to stock, and the item form.

use leptos::prelude::*;

use super::{is_vendor, vendor_choices, vendor_name};
use crate::domain::action::Action;
use crate::domain::supplies::{add_item, edit_item, ItemInput, SupplyItem};
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::{
    chosen, now_ms, step_error, FormErrors, FormMessage, ListText, RecordList, RecordPicker,
    SaveError, TextField,
};

/// Items shown at first: each row carries its own stock controls.
const ITEMS_PAGE: usize = 50;

#[component]
pub fn ItemsPanel() -> impl IntoView {
    let session = expect_context::<Session>();
    let adding = RwSignal::new(false);
    let ids = Memo::new(move |_| session.indexes.supplies_by_name.first(&(), usize::MAX));
    let text = ListText {
        count: Some("supplies-items-count"),
        empty: "supplies-items-empty",
        no_match: "supplies-items-empty",
    };
    let head = || {
        view! {
            <th>{tr("supplies-field-name")}</th>
            <th class="numeric">{tr("supplies-field-stock")}</th>
            <th class="numeric">{tr("supplies-field-reorder-level")}</th>
            <th>{tr("supplies-field-vendor")}</th>
            <th>{tr("supplies-stock-change")}</th>
        }
    };
    view! {
        <section class="panel supply-items">
            <div class="panel-header">
                <h2>{tr("supplies-items-title")}</h2>
                <button class="button primary" on:click=move |_| adding.set(true) disabled=move || adding.get()>
                    {tr("supplies-add-item")}
                </button>
            </div>
            <Show when=move || adding.get()>
                <ItemForm id=None done=Callback::new(move |_| adding.set(false)) />
            </Show>
            <RecordList
                ids=ids
                text=text
                name="supply"
                class="records supply-list"
                head=head
                page=ITEMS_PAGE
                row=|id| view! { <ItemRow id=id /> }
            />
        </section>
    }
}

/// One item; it reads only its own record (and its vendor's name).
#[component]
fn ItemRow(id: String) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let Some(item) = session.records.supply_items.get_untracked_signal(&id) else {
        return ().into_any();
    };
    let editing = RwSignal::new(false);
    let quantity = RwSignal::new("1".to_string());
    let failure = RwSignal::new(None::<String>);
    let id = StoredValue::new(id);
    let stock_text = move || {
        item.with(|i| {
            i18n.t_args(
                "supplies-stock",
                &[
                    ("stock", i.on_hand().to_string().into()),
                    ("unit", i.unit.clone().into()),
                ],
            )
        })
    };
    let vendor = move || {
        item.with(|i| i.vendor.clone())
            .map(|v| vendor_name(session, i18n, &v))
            .unwrap_or_else(|| i18n.t("supplies-no-vendor"))
    };
    let change = move |action: Action| {
        let name = item.with_untracked(|i| i.name.clone());
        let amount = quantity.get_untracked();
        let result = session.update(
            &id.get_value(),
            "quantity",
            (action, &name),
            |current: &mut SupplyItem| {
                match action {
                    Action::SupplyTake => current.take(&amount),
                    _ => current.add_stock(&amount),
                }
                .map(drop)
            },
        );
        failure.set(result.err().map(|err| step_error(i18n, err.into())));
    };
    view! {
        <tr data-testid="supply-row" class:to-reorder=move || item.with(SupplyItem::needs_reorder)>
            <td>{move || item.with(|i| i.name.clone())}</td>
            <td class="numeric">
                <span data-testid="stock">{stock_text}</span>
                <Show when=move || item.with(SupplyItem::needs_reorder)>
                    " "
                    <span class="badge reorder" data-testid="reorder-badge">{tr("supplies-reorder-badge")}</span>
                </Show>
            </td>
            <td class="numeric">{move || item.with(|i| i.reorder_level.to_string())}</td>
            <td>{vendor}</td>
            <td>
                <div class="row-actions stock-change">
                    <input
                        class="quantity"
                        type="number"
                        min="1"
                        name="quantity"
                        aria-label=move || i18n.t("supplies-field-quantity")
                        prop:value=move || quantity.get()
                        on:input=move |ev| quantity.set(event_target_value(&ev))
                    />
                    <button type="button" class="button small" on:click=move |_| change(Action::SupplyTake)>
                        {tr("supplies-take")}
                    </button>
                    <button type="button" class="button small" on:click=move |_| change(Action::SupplyRestock)>
                        {tr("supplies-add-stock")}
                    </button>
                    <button type="button" class="button small" on:click=move |_| editing.set(true) disabled=move || editing.get()>
                        {tr("action-edit")}
                    </button>
                </div>
                {move || failure.get().map(|text| view! { <p class="field-error" role="alert">{text}</p> })}
            </td>
        </tr>
        <Show when=move || editing.get()>
            <tr class="edit-row">
                <td colspan="5">
                    <ItemForm id=Some(id.get_value()) done=Callback::new(move |_| editing.set(false)) />
                </td>
            </tr>
        </Show>
    }
    .into_any()
}

/// Adds an item (`id` none) or edits item `id`; `done` runs after saving
/// and on cancel.
#[component]
fn ItemForm(id: Option<String>, done: Callback<()>) -> impl IntoView {
    let session = expect_context::<Session>();
    let original = id
        .as_deref()
        .and_then(|id| session.records.supply_items.get_untracked_signal(id))
        .map(|item| item.with_untracked(ItemInput::from_item))
        .unwrap_or_else(|| ItemInput {
            reorder_level: "0".into(),
            ..ItemInput::default()
        });
    let name = RwSignal::new(original.name.clone());
    let unit = RwSignal::new(original.unit.clone());
    let reorder_level = RwSignal::new(original.reorder_level.clone());
    let vendor = RwSignal::new(original.vendor.clone().unwrap_or_default());
    let stock = RwSignal::new("0".to_string());
    let errors = FormErrors::new();
    let editing = id.is_some();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let input = ItemInput {
            name: name.get_untracked(),
            unit: unit.get_untracked(),
            reorder_level: reorder_level.get_untracked(),
            vendor: chosen(vendor.get_untracked()),
        };
        let saved: Result<(), SaveError> = match &id {
            Some(id) => session
                .update(
                    id,
                    "name",
                    (Action::SupplyEdit, &input.name),
                    |item: &mut SupplyItem| edit_item(item, &original, &input, is_vendor(session)),
                )
                .map(drop)
                .map_err(Into::into),
            None => add_item(
                &input,
                &stock.get_untracked(),
                is_vendor(session),
                &session.me(),
                now_ms(),
            )
            .map_err(SaveError::from)
            .and_then(|item| {
                session
                    .change_team(Action::SupplyAdd, &item.name, |w| w.put(&item.id, &item))
                    .map_err(Into::into)
            }),
        };
        if errors.show(saved).is_some() {
            done.run(());
        }
    };
    view! {
        <form class="inline-form supply-form" on:submit=submit novalidate>
            <div class="row">
                <TextField msg="supplies-field-name" name="item-name" value=name error=errors.field("name") />
                <TextField msg="supplies-field-unit" name="item-unit" value=unit error=errors.field("unit") placeholder="supplies-unit-placeholder" />
            </div>
            <div class="row">
                <Show when=move || !editing>
                    <TextField msg="supplies-field-stock" name="item-stock" kind="number" value=stock error=errors.field("stock") />
                </Show>
                <TextField msg="supplies-field-reorder-level" name="item-reorder-level" kind="number" value=reorder_level error=errors.field("reorder_level") />
            </div>
            <RecordPicker msg="supplies-field-vendor" name="item-vendor" value=vendor choices=vendor_choices(session) none="supplies-no-vendor" error=errors.field("vendor") />
            <FormMessage errors=errors />
            <div class="actions">
                <button type="button" class="button" on:click=move |_| done.run(())>{tr("action-cancel")}</button>
                <button type="submit" class="button primary">
                    {if editing { tr("action-save") } else { tr("supplies-add-item") }}
                </button>
            </div>
        </form>
    }
}
