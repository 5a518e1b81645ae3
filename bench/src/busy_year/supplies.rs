//! Supplies through the year, kept by the Operations Assistant: the
//! vendors and the items in stock are entered on the first morning; every
//! day people take things from stock (now and then someone adds some by
//! hand); the day's orders are drafted from the reorder panel ("Draft
//! orders") while items are to reorder, otherwise by hand for a vendor; each
//! is sent a day or so later and received after its vendor's lead time,
//! which adds its quantities to stock. Orders drafted late in the year are
//! still open at its end.
//!
//! Its draws come from a generator of its own, so adding the desk left the
//! other desks' records as they were (only their times moved on).

use handover::doc::DocKind;
use handover::domain::action::Action;
use handover::domain::ids::Id;
use handover::domain::supplies::{
    add_item, add_vendor, draft_order, draft_orders, plan_reorder, ItemInput, Order, SupplyItem,
    Vendor, VendorInput,
};
use handover::workspace::supplies::receive_order;
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::desk::Author;
use super::ids::record_id;
use super::plan::{share, WORKING_DAYS};
use super::year::{Later, Leader, Year};

const ITEMS: &[(&str, &str)] = &[
    ("Printer paper A4", "box of 5 reams"),
    ("Printer paper A3", "ream"),
    ("Toner", "cartridge"),
    ("Ink", "cartridge"),
    ("Ballpoint pens", "pack of 10"),
    ("Markers", "pack of 4"),
    ("Sticky notes", "pack of 12"),
    ("Envelopes C4", "box of 250"),
    ("Envelopes C5", "box of 500"),
    ("Staples", "box"),
    ("Paper clips", "box"),
    ("Notebooks", "piece"),
    ("Folders", "pack of 25"),
    ("Coffee beans", "kg"),
    ("Tea", "box of 100"),
    ("Milk", "litre"),
    ("Sugar", "kg"),
    ("Paper cups", "sleeve of 50"),
    ("Hand soap", "bottle"),
    ("Paper towels", "pack of 6"),
    ("Toilet paper", "pack of 24"),
    ("Dish soap", "bottle"),
    ("Bin bags", "roll"),
    ("Batteries AA", "pack of 8"),
    ("Batteries AAA", "pack of 8"),
    ("Whiteboard markers", "pack of 4"),
    ("Label tape", "roll"),
    ("Packing tape", "roll"),
    ("Shipping boxes", "bundle of 20"),
    ("Visitor badges", "pack of 50"),
];
const VARIANTS: &[&str] = &[
    "",
    "blue",
    "black",
    "red",
    "green",
    "recycled",
    "large",
    "small",
    "kitchen",
    "reception",
];
const VENDORS: &[&str] = &[
    "Office Depot",
    "Viking Direct",
    "Lyreco",
    "Staples",
    "Bruna Zakelijk",
    "Kontorsvaruhuset",
    "Coffee Company",
    "Clean & Co",
    "PackPoint",
    "Printwise",
];
const CITIES: &[&str] = &["Amsterdam", "Rotterdam", "Madrid", "Stockholm", "Online"];

/// The share of items with a preferred vendor; the others need one chosen.
const WITH_VENDOR: f64 = 0.9;
/// The share of stock changes that add to stock by hand rather than take.
const ADDED_BY_HAND: f64 = 0.05;

/// The supplies desk's state in the generator.
pub struct Stockroom {
    rng: ChaCha8Rng,
    vendors: Vec<Vendor>,
    /// Every item as last written.
    items: Vec<SupplyItem>,
    /// The drafted and sent orders, as last written.
    open: Vec<Order>,
}

impl Stockroom {
    pub fn new(seed: u64) -> Self {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        rng.set_stream(2);
        Self {
            rng,
            vendors: Vec::new(),
            items: Vec::new(),
            open: Vec::new(),
        }
    }
}

impl Year {
    /// The assistant keeps the office stocked.
    fn keeper(&self) -> Author {
        self.author(Leader::Assistant)
    }

    fn supplies_now(&mut self) -> handover::domain::Millis {
        self.clock.tick(&mut self.stockroom.rng)
    }

    /// The vendors, then the items with their opening stock, on the first
    /// morning.
    pub(super) fn open_stockroom(&mut self) {
        let author = self.keeper();
        for n in 0..self.plan.vendors {
            let rng = &mut self.stockroom.rng;
            let input = VendorInput {
                name: format!(
                    "{} {}",
                    VENDORS[n % VENDORS.len()],
                    CITIES.choose(rng).expect("cities")
                ),
                contact: format!("orders{n}@vendor.example"),
                lead_days: rng.random_range(1..=10).to_string(),
            };
            let now = self.supplies_now();
            let mut vendor = add_vendor(&input, author.id(), now).expect("valid vendors");
            vendor.id = record_id(&mut self.stockroom.rng);
            self.desk.change(
                DocKind::Team,
                &author,
                (Action::VendorAdd, &vendor.name),
                now,
                |w| w.put(&vendor.id, &vendor),
            );
            self.count("vendors");
            self.stockroom.vendors.push(vendor);
        }
        for n in 0..self.plan.supply_items {
            let rng = &mut self.stockroom.rng;
            let (name, unit) = ITEMS[n % ITEMS.len()];
            let variant = VARIANTS[(n / ITEMS.len()) % VARIANTS.len()];
            let level: i64 = rng.random_range(2..=20);
            let vendor = rng
                .random_bool(WITH_VENDOR)
                .then(|| self.stockroom.vendors.choose(rng).map(|v| v.id.clone()))
                .flatten();
            let input = ItemInput {
                name: format!("{name} {variant}").trim().to_string(),
                unit: unit.to_string(),
                reorder_level: level.to_string(),
                vendor,
            };
            let stock = rng.random_range(level + 1..=3 * level).to_string();
            let now = self.supplies_now();
            let mut item =
                add_item(&input, &stock, |_| true, author.id(), now).expect("valid items");
            item.id = record_id(&mut self.stockroom.rng);
            self.desk.change(
                DocKind::Team,
                &author,
                (Action::SupplyAdd, &item.name),
                now,
                |w| w.put(&item.id, &item),
            );
            self.count("supply_items");
            self.stockroom.items.push(item);
        }
    }

    /// The day's stock takes and new orders.
    pub(super) fn supplies_day(&mut self, day: usize) {
        for _ in 0..share(self.plan.stock_takes, day, WORKING_DAYS) {
            self.change_stock();
        }
        let mut slots = share(self.plan.orders, day, WORKING_DAYS);
        let is_vendor = |id: &str| self.stockroom.vendors.iter().any(|v| v.id == id);
        let plan = plan_reorder(&self.stockroom.items, &self.stockroom.open, is_vendor);
        let author = self.keeper();
        if plan.has_orders() {
            let now = self.supplies_now();
            let mut drafts = draft_orders(&plan, author.id(), now);
            drafts.truncate(slots);
            for order in &mut drafts {
                order.id = record_id(&mut self.stockroom.rng);
            }
            let label = drafts
                .iter()
                .map(|o| self.vendor_of(o).name)
                .collect::<Vec<_>>()
                .join(", ");
            self.desk.change(
                DocKind::Team,
                &author,
                (Action::OrderDraft, &label),
                now,
                |w| drafts.iter().try_for_each(|o| w.put(&o.id, o)),
            );
            slots -= drafts.len();
            for order in drafts {
                self.drafted(day, order);
            }
        }
        for _ in 0..slots {
            self.order_by_hand(day);
        }
    }

    /// Someone takes one to three of an item (if there are that many), or
    /// now and then adds some by hand.
    fn change_stock(&mut self) {
        let author = self.keeper();
        let rng = &mut self.stockroom.rng;
        let at = rng.random_range(0..self.stockroom.items.len());
        let quantity = rng.random_range(1..=3_i64);
        let by_hand = rng.random_bool(ADDED_BY_HAND);
        let item = &self.stockroom.items[at];
        if !by_hand && item.on_hand() < quantity {
            return;
        }
        let (id, name) = (item.id.clone(), item.name.clone());
        let action = if by_hand {
            Action::SupplyRestock
        } else {
            Action::SupplyTake
        };
        let now = self.supplies_now();
        let text = quantity.to_string();
        self.stockroom.items[at] = self.desk.update(
            &id,
            &author,
            (action, &name),
            now,
            |item: &mut SupplyItem| {
                match action {
                    Action::SupplyTake => item.take(&text),
                    _ => item.add_stock(&text),
                }?;
                Ok(item.clone())
            },
        );
    }

    /// An order for a vendor drafted by hand: the draft, then each line.
    fn order_by_hand(&mut self, day: usize) {
        let author = self.keeper();
        let rng = &mut self.stockroom.rng;
        let Some(vendor) = self.stockroom.vendors.choose(rng).cloned() else {
            return;
        };
        let lines = rng.random_range(1..=3);
        let items: Vec<Id> = self
            .stockroom
            .items
            .choose_multiple(rng, lines)
            .map(|i| i.id.clone())
            .collect();
        let now = self.supplies_now();
        let mut order = draft_order(&vendor.id, |_| true, author.id(), now).expect("a vendor");
        order.id = record_id(&mut self.stockroom.rng);
        self.desk.change(
            DocKind::Team,
            &author,
            (Action::OrderDraft, &vendor.name),
            now,
            |w| w.put(&order.id, &order),
        );
        for item in items {
            let quantity = self.stockroom.rng.random_range(1..=20).to_string();
            let now = self.supplies_now();
            order = self.desk.update(
                &order.id,
                &author,
                (Action::OrderEdit, &vendor.name),
                now,
                |o: &mut Order| {
                    o.set_line(&item, &quantity, |_| true)?;
                    Ok(o.clone())
                },
            );
        }
        self.drafted(day, order);
    }

    /// Schedules sending a new draft a day or so later.
    fn drafted(&mut self, day: usize, order: Order) {
        self.count("orders");
        let send = day + self.stockroom.rng.random_range(0..=1);
        self.later(
            send,
            Later::SendOrder {
                order: order.id.clone(),
            },
        );
        self.stockroom.open.push(order);
    }

    /// Marks order `id` sent and schedules its delivery.
    pub(super) fn send_order(&mut self, day: usize, id: &str) {
        let author = self.keeper();
        let Some(at) = self.stockroom.open.iter().position(|o| o.id == id) else {
            return;
        };
        let vendor = self.vendor_of(&self.stockroom.open[at]);
        let now = self.supplies_now();
        let by = author.id().to_string();
        self.stockroom.open[at] = self.desk.update(
            id,
            &author,
            (Action::OrderSend, &vendor.name),
            now,
            |o: &mut Order| {
                o.mark_sent(&by, now)?;
                Ok(o.clone())
            },
        );
        self.count("orders_sent");
        let lead = usize::try_from(vendor.lead_days).unwrap_or_default();
        self.later(
            day + lead.max(1),
            Later::ReceiveOrder {
                order: id.to_string(),
            },
        );
    }

    /// Receives order `id`: its lines go into stock.
    pub(super) fn receive(&mut self, id: &str) {
        let author = self.keeper();
        let Some(at) = self.stockroom.open.iter().position(|o| o.id == id) else {
            return;
        };
        let order = self.stockroom.open.remove(at);
        let vendor = self.vendor_of(&order);
        let now = self.supplies_now();
        let by = author.id().to_string();
        self.desk.change(
            DocKind::Team,
            &author,
            (Action::OrderReceive, &vendor.name),
            now,
            |w| receive_order(w, id, &by, now),
        );
        self.count("orders_received");
        for item in &mut self.stockroom.items {
            if let Some(quantity) = order.lines.get(&item.id) {
                item.receipts.insert(order.id.clone(), *quantity);
            }
        }
    }

    fn vendor_of(&self, order: &Order) -> Vendor {
        self.stockroom
            .vendors
            .iter()
            .find(|v| v.id == order.vendor)
            .cloned()
            .expect("orders are for the year's vendors")
    }
}
