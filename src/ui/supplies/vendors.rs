//! The vendors the office buys from, and the vendor form.

use leptos::prelude::*;

use crate::domain::action::Action;
use crate::domain::supplies::{add_vendor, edit_vendor, Vendor, VendorInput};
use crate::ui::i18n::{tr, use_i18n};
use crate::ui::session::Session;
use crate::ui::widgets::{
    now_ms, FormErrors, FormMessage, ListText, RecordList, SaveError, TextField,
};

#[component]
pub fn VendorsPanel() -> impl IntoView {
    let session = expect_context::<Session>();
    let adding = RwSignal::new(false);
    let ids = Memo::new(move |_| session.indexes.vendors_by_name.first(&(), usize::MAX));
    let head = || {
        view! {
            <th>{tr("supplies-field-vendor-name")}</th>
            <th>{tr("supplies-field-contact")}</th>
            <th class="numeric">{tr("supplies-field-lead-days")}</th>
            <th></th>
        }
    };
    view! {
        <section class="panel vendors">
            <div class="panel-header">
                <h2>{tr("supplies-vendors-title")}</h2>
                <button class="button" on:click=move |_| adding.set(true) disabled=move || adding.get()>
                    {tr("supplies-add-vendor")}
                </button>
            </div>
            <Show when=move || adding.get()>
                <VendorForm id=None done=Callback::new(move |_| adding.set(false)) />
            </Show>
            <RecordList
                ids=ids
                text=ListText::plain("supplies-vendors-empty")
                name="vendor"
                class="records vendor-list"
                head=head
                row=|id| view! { <VendorRow id=id /> }
            />
        </section>
    }
}

#[component]
fn VendorRow(id: String) -> impl IntoView {
    let session = expect_context::<Session>();
    let i18n = use_i18n();
    let Some(vendor) = session.records.vendors.get_untracked_signal(&id) else {
        return ().into_any();
    };
    let editing = RwSignal::new(false);
    let lead = move || {
        vendor.with(|v| {
            i18n.t_args(
                "supplies-lead-days",
                &[("days", (v.lead_days.max(0) as usize).into())],
            )
        })
    };
    view! {
        <tr data-testid="vendor-row">
            <td>{move || vendor.with(|v| v.name.clone())}</td>
            <td>{move || vendor.with(|v| v.contact.clone())}</td>
            <td class="numeric">{lead}</td>
            <td>
                <button type="button" class="button small" on:click=move |_| editing.set(true) disabled=move || editing.get()>
                    {tr("action-edit")}
                </button>
            </td>
        </tr>
        <Show when=move || editing.get()>
            <tr class="edit-row">
                <td colspan="4">
                    <VendorForm id=Some(id.clone()) done=Callback::new(move |_| editing.set(false)) />
                </td>
            </tr>
        </Show>
    }
    .into_any()
}

/// Adds a vendor (`id` none) or edits vendor `id`; `done` runs after
/// saving and on cancel.
#[component]
fn VendorForm(id: Option<String>, done: Callback<()>) -> impl IntoView {
    let session = expect_context::<Session>();
    let original = id
        .as_deref()
        .and_then(|id| session.records.vendors.get_untracked_signal(id))
        .map(|vendor| vendor.with_untracked(VendorInput::from_vendor))
        .unwrap_or_default();
    let name = RwSignal::new(original.name.clone());
    let contact = RwSignal::new(original.contact.clone());
    let lead_days = RwSignal::new(original.lead_days.clone());
    let errors = FormErrors::new();
    let editing = id.is_some();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let input = VendorInput {
            name: name.get_untracked(),
            contact: contact.get_untracked(),
            lead_days: lead_days.get_untracked(),
        };
        let saved: Result<(), SaveError> = match &id {
            Some(id) => session
                .update(
                    id,
                    "name",
                    (Action::VendorEdit, &input.name),
                    |vendor: &mut Vendor| edit_vendor(vendor, &original, &input),
                )
                .map(drop)
                .map_err(Into::into),
            None => add_vendor(&input, &session.me(), now_ms())
                .map_err(SaveError::from)
                .and_then(|vendor| {
                    session
                        .change_team(Action::VendorAdd, &vendor.name, |w| {
                            w.put(&vendor.id, &vendor)
                        })
                        .map_err(Into::into)
                }),
        };
        if errors.show(saved).is_some() {
            done.run(());
        }
    };
    view! {
        <form class="inline-form vendor-form" on:submit=submit novalidate>
            <TextField msg="supplies-field-vendor-name" name="vendor-name" value=name error=errors.field("name") />
            <div class="row">
                <TextField msg="supplies-field-contact" name="vendor-contact" value=contact error=errors.field("contact") placeholder="supplies-contact-placeholder" />
                <TextField msg="supplies-field-lead-days" name="vendor-lead-days" kind="number" value=lead_days error=errors.field("lead_days") />
            </div>
            <FormMessage errors=errors />
            <div class="actions">
                <button type="button" class="button" on:click=move |_| done.run(())>{tr("action-cancel")}</button>
                <button type="submit" class="button primary">
                    {if editing { tr("action-save") } else { tr("supplies-add-vendor") }}
                </button>
            </div>
        </form>
    }
}
