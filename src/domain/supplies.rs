//! Supplies: what the office keeps in stock, who sells it, and the orders
//! that restock it (draft → sent → received).
//!
//! Stock on hand is two parts, both safe when devices change them at once:
//! - [`Stock`], an Automerge counter that taking from and adding to stock
//!   increment, so two devices each taking 3 of 10 at once leave 4;
//! - the item's receipts, one entry per received order (keyed by the
//!   order), so an order received on two devices at once adds its quantity
//!   once: both write the same entry.
//!
//! Reordering: an item is *to reorder* when its stock is at or below its
//! reorder level. Drafting orders makes one draft per preferred vendor with
//! every such item of that vendor, each for enough to bring its stock up to
//! twice its reorder level (and always above it: a level of 0 orders 1).
//! Items without a (known) vendor, and items already on an open order
//! (draft or sent), are left out and listed as such.

use std::collections::BTreeMap;

use autosurgeon::reconcile::NoKey;
use autosurgeon::{Counter, Hydrate, HydrateError, Reconcile, Reconciler};

use super::coded::coded_enum;
use super::edit::take_change;
use super::ids::{new_id, Id};
use super::validation::{Checker, FieldError, Invalid, Problem};
use super::Millis;

pub const NAME_MAX: usize = 120;
pub const UNIT_MAX: usize = 40;
pub const CONTACT_MAX: usize = 200;
/// The largest stock, reorder level or quantity a form takes.
pub const QUANTITY_MAX: i64 = 100_000;
/// The longest lead time a vendor can have, in days.
pub const LEAD_DAYS_MAX: i64 = 365;

/// An item's stock counter. Reads and compares by value (records derive
/// `PartialEq`); writes only the increments made since it was read, and
/// nothing at all when there were none, so saving an item's name does not
/// touch its stock.
#[derive(Clone, Default)]
pub struct Stock {
    counter: Counter,
    /// The value read from the document; `None` for a new item's stock,
    /// which is written whole.
    read: Option<i64>,
}

impl Stock {
    /// A new item's opening stock.
    pub fn opening(value: i64) -> Self {
        Self {
            counter: Counter::with_value(value),
            read: None,
        }
    }

    pub fn value(&self) -> i64 {
        self.counter.value()
    }

    /// Adds `by` (negative to take).
    fn add(&mut self, by: i64) {
        self.counter.increment(by);
    }
}

impl PartialEq for Stock {
    fn eq(&self, other: &Self) -> bool {
        self.value() == other.value()
    }
}

impl std::fmt::Debug for Stock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Stock({})", self.value())
    }
}

impl Reconcile for Stock {
    type Key<'a> = NoKey;

    fn reconcile<R: Reconciler>(&self, reconciler: R) -> Result<(), R::Error> {
        // autosurgeon's counter writes an increment of 0 when nothing
        // changed: an operation, and a "change" to the record in history.
        if self.read == Some(self.value()) {
            return Ok(());
        }
        self.counter.reconcile(reconciler)
    }
}

impl Hydrate for Stock {
    fn hydrate_counter(value: i64) -> Result<Self, HydrateError> {
        Ok(Self {
            counter: Counter::hydrate_counter(value)?,
            read: Some(value),
        })
    }
}

/// Something the office keeps in stock.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct SupplyItem {
    pub id: Id,
    pub name: String,
    /// What stock is counted in ("box", "pack of 500").
    pub unit: String,
    /// The opening stock plus what was added and minus what was taken by
    /// hand; received orders are in `receipts`.
    pub stock: Stock,
    /// Order id → how much that order brought in.
    pub receipts: BTreeMap<Id, i64>,
    pub reorder_level: i64,
    /// The vendor it is ordered from, if chosen.
    pub vendor: Option<Id>,
    pub added_at: Millis,
    pub added_by: Id,
}

/// Someone the office buys from.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct Vendor {
    pub id: Id,
    pub name: String,
    /// A person, phone number, e-mail address or web shop: free text.
    pub contact: String,
    /// Working days from ordering to delivery, as the office expects.
    pub lead_days: i64,
    pub added_at: Millis,
    pub added_by: Id,
}

coded_enum! {
    /// Where an order is, derived from its steps.
    pub enum OrderStatus ("order-status") {
        #[default]
        Draft = "draft",
        Sent = "sent",
        Received = "received",
    }
}

/// When a step of an order was taken, and by whom.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct Step {
    pub at: Millis,
    pub by: Id,
}

/// An order to one vendor. Its status is read from which steps were taken,
/// so a device marking it sent while another marks it received agree.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate)]
pub struct Order {
    pub id: Id,
    pub vendor: Id,
    /// Item id → quantity: an item is on an order once.
    pub lines: BTreeMap<Id, i64>,
    pub drafted: Step,
    pub sent: Option<Step>,
    pub received: Option<Step>,
}

impl SupplyItem {
    /// What is in stock now.
    pub fn on_hand(&self) -> i64 {
        self.stock.value() + self.receipts.values().sum::<i64>()
    }

    /// At or below the reorder level.
    pub fn needs_reorder(&self) -> bool {
        self.on_hand() <= self.reorder_level
    }

    /// Takes `quantity` (a form's text) from stock; returns how many.
    /// Taking more than is in stock is refused.
    pub fn take(&mut self, quantity: &str) -> Result<i64, Invalid> {
        let mut check = Checker::new();
        let taken = count(&mut check, "quantity", quantity, 1);
        if taken > self.on_hand() {
            check.fail("quantity", Problem::MoreThanInStock);
        }
        check.finish(())?;
        self.stock.add(-taken);
        Ok(taken)
    }

    /// Adds `quantity` (a form's text) to stock by hand (a delivery without
    /// an order, things found); returns how many.
    pub fn add_stock(&mut self, quantity: &str) -> Result<i64, Invalid> {
        let mut check = Checker::new();
        let added = count(&mut check, "quantity", quantity, 1);
        check.finish(())?;
        self.stock.add(added);
        Ok(added)
    }
}

/// Reads a whole number from `min` to [`QUANTITY_MAX`] from a form's text.
fn count(check: &mut Checker, field: &'static str, text: &str, min: i64) -> i64 {
    match text.trim().parse::<i64>() {
        Ok(n) if (min..=QUANTITY_MAX).contains(&n) => n,
        _ => {
            check.fail(
                field,
                Problem::NumberOutOfRange {
                    min: min as usize,
                    max: QUANTITY_MAX as usize,
                },
            );
            min
        }
    }
}

/// What the item form edits. Numbers are the text of their fields.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ItemInput {
    pub name: String,
    pub unit: String,
    pub reorder_level: String,
    pub vendor: Option<Id>,
}

struct ValidItem {
    name: String,
    unit: String,
    reorder_level: i64,
    vendor: Option<Id>,
}

impl ItemInput {
    /// The form's starting values for an existing item.
    pub fn from_item(item: &SupplyItem) -> Self {
        Self {
            name: item.name.clone(),
            unit: item.unit.clone(),
            reorder_level: item.reorder_level.to_string(),
            vendor: item.vendor.clone(),
        }
    }

    fn check(&self, check: &mut Checker, is_vendor: impl Fn(&str) -> bool) -> ValidItem {
        let name = check.required("name", &self.name, NAME_MAX);
        let unit = check.required("unit", &self.unit, UNIT_MAX);
        let reorder_level = count(check, "reorder_level", &self.reorder_level, 0);
        if self.vendor.as_deref().is_some_and(|v| !is_vendor(v)) {
            check.fail("vendor", Problem::Unknown);
        }
        ValidItem {
            name,
            unit,
            reorder_level,
            vendor: self.vendor.clone(),
        }
    }
}

/// Validates `input` and an opening `stock` (a form's text) and makes an
/// item.
pub fn add_item(
    input: &ItemInput,
    stock: &str,
    is_vendor: impl Fn(&str) -> bool,
    by: &str,
    now: Millis,
) -> Result<SupplyItem, Invalid> {
    let mut check = Checker::new();
    let valid = input.check(&mut check, is_vendor);
    let stock = count(&mut check, "stock", stock, 0);
    check.finish(SupplyItem {
        id: new_id(),
        name: valid.name,
        unit: valid.unit,
        stock: Stock::opening(stock),
        receipts: BTreeMap::new(),
        reorder_level: valid.reorder_level,
        vendor: valid.vendor,
        added_at: now,
        added_by: by.to_string(),
    })
}

/// Applies an item form edit: only the fields the user changed (`edited`
/// differs from `original`) are written. Stock is not a form field: it
/// changes by taking, adding and receiving.
pub fn edit_item(
    item: &mut SupplyItem,
    original: &ItemInput,
    edited: &ItemInput,
    is_vendor: impl Fn(&str) -> bool,
) -> Result<(), Invalid> {
    let mut check = Checker::new();
    let edited = edited.check(&mut check, is_vendor);
    check.finish(())?;
    let original_level = original.reorder_level.trim().parse().ok();
    take_change(&mut item.name, &original.name, edited.name);
    take_change(&mut item.unit, &original.unit, edited.unit);
    if original_level != Some(edited.reorder_level) {
        item.reorder_level = edited.reorder_level;
    }
    take_change(&mut item.vendor, &original.vendor, edited.vendor);
    Ok(())
}

/// What the vendor form edits.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct VendorInput {
    pub name: String,
    pub contact: String,
    pub lead_days: String,
}

impl VendorInput {
    pub fn from_vendor(vendor: &Vendor) -> Self {
        Self {
            name: vendor.name.clone(),
            contact: vendor.contact.clone(),
            lead_days: vendor.lead_days.to_string(),
        }
    }

    fn check(&self, check: &mut Checker) -> (String, String, i64) {
        let name = check.required("name", &self.name, NAME_MAX);
        let contact = check.optional("contact", &self.contact, CONTACT_MAX);
        let lead_days = match self.lead_days.trim() {
            "" => 0,
            text => match text.parse::<i64>() {
                Ok(days) if (0..=LEAD_DAYS_MAX).contains(&days) => days,
                _ => {
                    check.fail("lead_days", Problem::DaysOutOfRange);
                    0
                }
            },
        };
        (name, contact, lead_days)
    }
}

/// Validates `input` and makes a vendor. An empty lead time is 0 days.
pub fn add_vendor(input: &VendorInput, by: &str, now: Millis) -> Result<Vendor, Invalid> {
    let mut check = Checker::new();
    let (name, contact, lead_days) = input.check(&mut check);
    check.finish(Vendor {
        id: new_id(),
        name,
        contact,
        lead_days,
        added_at: now,
        added_by: by.to_string(),
    })
}

/// Applies a vendor form edit: only the fields the user changed.
pub fn edit_vendor(
    vendor: &mut Vendor,
    original: &VendorInput,
    edited: &VendorInput,
) -> Result<(), Invalid> {
    let mut check = Checker::new();
    let (name, contact, lead_days) = edited.check(&mut check);
    check.finish(())?;
    take_change(&mut vendor.name, &original.name, name);
    take_change(&mut vendor.contact, &original.contact, contact);
    if original.lead_days.trim() != edited.lead_days.trim() {
        vendor.lead_days = lead_days;
    }
    Ok(())
}

impl Order {
    pub fn status(&self) -> OrderStatus {
        match (&self.sent, &self.received) {
            (_, Some(_)) => OrderStatus::Received,
            (Some(_), None) => OrderStatus::Sent,
            (None, None) => OrderStatus::Draft,
        }
    }

    /// Drafted or sent: its items are on their way, not to be ordered again.
    pub fn is_open(&self) -> bool {
        self.received.is_none()
    }

    fn editable(&self, field: &'static str) -> Result<(), Invalid> {
        match self.status() {
            OrderStatus::Draft => Ok(()),
            _ => Err(invalid(field, Problem::Closed)),
        }
    }

    /// Puts `item` on a draft with `quantity` (a form's text), or changes
    /// its quantity.
    pub fn set_line(
        &mut self,
        item: &str,
        quantity: &str,
        is_item: impl Fn(&str) -> bool,
    ) -> Result<(), Invalid> {
        self.editable("quantity")?;
        let mut check = Checker::new();
        if !is_item(item) {
            check.fail("item", Problem::Unknown);
        }
        let quantity = count(&mut check, "quantity", quantity, 1);
        check.finish(())?;
        self.lines.insert(item.to_string(), quantity);
        Ok(())
    }

    /// Takes `item` off a draft.
    pub fn remove_line(&mut self, item: &str) -> Result<(), Invalid> {
        self.editable("item")?;
        self.lines.remove(item);
        Ok(())
    }

    /// Marks a draft sent to its vendor. An order without lines cannot be
    /// sent; one already sent (perhaps on another device) is refused.
    pub fn mark_sent(&mut self, by: &str, now: Millis) -> Result<(), Invalid> {
        if self.status() != OrderStatus::Draft {
            return Err(already_done());
        }
        if self.lines.is_empty() {
            return Err(invalid("item", Problem::Required));
        }
        self.sent = Some(step(by, now));
        Ok(())
    }

    /// Marks the order received. A draft delivered before anyone marked it
    /// sent is sent and received at once. Receiving twice is refused. The
    /// stock it brings is written into its items' receipts by
    /// `workspace::supplies::receive_order`, in the same change.
    pub fn mark_received(&mut self, by: &str, now: Millis) -> Result<(), Invalid> {
        if self.received.is_some() {
            return Err(already_done());
        }
        if self.lines.is_empty() {
            return Err(invalid("item", Problem::Required));
        }
        self.sent.get_or_insert_with(|| step(by, now));
        self.received = Some(step(by, now));
        Ok(())
    }
}

fn step(by: &str, now: Millis) -> Step {
    Step {
        at: now,
        by: by.to_string(),
    }
}

fn already_done() -> Invalid {
    invalid("status", Problem::AlreadyDone)
}

fn invalid(field: &'static str, problem: Problem) -> Invalid {
    Invalid(vec![FieldError { field, problem }])
}

/// Starts an empty draft to `vendor`.
pub fn draft_order(
    vendor: &str,
    is_vendor: impl Fn(&str) -> bool,
    by: &str,
    now: Millis,
) -> Result<Order, Invalid> {
    let mut check = Checker::new();
    if vendor.is_empty() {
        check.fail("vendor", Problem::Required);
    } else if !is_vendor(vendor) {
        check.fail("vendor", Problem::Unknown);
    }
    check.finish(new_order(vendor, BTreeMap::new(), by, now))
}

fn new_order(vendor: &str, lines: BTreeMap<Id, i64>, by: &str, now: Millis) -> Order {
    Order {
        id: new_id(),
        vendor: vendor.to_string(),
        lines,
        drafted: step(by, now),
        sent: None,
        received: None,
    }
}

/// Only a draft can be removed: a sent order is on its way.
pub fn may_remove(order: &Order) -> Result<(), Invalid> {
    order.editable("status")
}

/// How much to order of an item to reorder: enough to bring its stock up
/// to twice its reorder level, and at least to one above it.
pub fn reorder_quantity(item: &SupplyItem) -> i64 {
    let target = (2 * item.reorder_level).max(item.reorder_level + 1);
    (target - item.on_hand()).clamp(1, QUANTITY_MAX)
}

/// What "Draft orders" would do now.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReorderPlan {
    /// Per vendor, the items to order and how many, by item name.
    pub orders: Vec<(Id, Vec<(Id, i64)>)>,
    /// Items to reorder that have no known vendor: someone must choose one.
    pub without_vendor: Vec<Id>,
    /// Items to reorder already on an open order.
    pub on_order: Vec<Id>,
}

impl ReorderPlan {
    /// Whether drafting would make any order.
    pub fn has_orders(&self) -> bool {
        !self.orders.is_empty()
    }
}

/// Plans the drafts for the items among `items` that need reordering,
/// given every open order (drafted or sent; others are ignored) and which
/// vendors exist. Items are taken in name order, so the plan does not
/// depend on the order they come in.
pub fn plan_reorder<'a>(
    items: impl IntoIterator<Item = &'a SupplyItem>,
    orders: impl IntoIterator<Item = &'a Order>,
    is_vendor: impl Fn(&str) -> bool,
) -> ReorderPlan {
    let ordered: std::collections::BTreeSet<&str> = orders
        .into_iter()
        .filter(|o| o.is_open())
        .flat_map(|o| o.lines.keys().map(String::as_str))
        .collect();
    let mut items: Vec<&SupplyItem> = items.into_iter().filter(|i| i.needs_reorder()).collect();
    items.sort_by_key(|item| name_order(item));
    let mut plan = ReorderPlan::default();
    let mut by_vendor: BTreeMap<&str, Vec<(Id, i64)>> = BTreeMap::new();
    for item in items {
        if ordered.contains(item.id.as_str()) {
            plan.on_order.push(item.id.clone());
            continue;
        }
        match item.vendor.as_deref().filter(|v| is_vendor(v)) {
            Some(vendor) => by_vendor
                .entry(vendor)
                .or_default()
                .push((item.id.clone(), reorder_quantity(item))),
            None => plan.without_vendor.push(item.id.clone()),
        }
    }
    plan.orders = by_vendor
        .into_iter()
        .map(|(vendor, lines)| (vendor.to_string(), lines))
        .collect();
    plan
}

/// The drafts of `plan`: one per vendor.
pub fn draft_orders(plan: &ReorderPlan, by: &str, now: Millis) -> Vec<Order> {
    plan.orders
        .iter()
        .map(|(vendor, lines)| new_order(vendor, lines.iter().cloned().collect(), by, now))
        .collect()
}

/// Where an item sorts by name: case-insensitive, then by id (as the
/// indexes sort a bucket).
pub fn name_order(item: &SupplyItem) -> (String, String) {
    (item.name.to_lowercase(), item.id.clone())
}

/// Where a vendor sorts by name (see [`name_order`]).
pub fn vendor_order(vendor: &Vendor) -> (String, String) {
    (vendor.name.to_lowercase(), vendor.id.clone())
}

/// Where an order sorts in its status list: the latest drafted first.
pub fn order_order(order: &Order) -> std::cmp::Reverse<Millis> {
    std::cmp::Reverse(order.drafted.at)
}

#[cfg(test)]
mod tests;
