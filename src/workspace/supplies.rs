//! Writes of the supplies desk that span several records in one change.

use crate::doc::{DocError, Writer};
use crate::domain::supplies::{Order, SupplyItem};
use crate::domain::validation::Invalid;
use crate::domain::Millis;

/// Receives order `id`: marks it received and writes what each line brings
/// into its item's receipts, keyed by the order, so that a delivery
/// received on two devices at once is counted once. Refused (nothing
/// written) when the order was received before or is gone; an item gone
/// meanwhile is reported as `Unknown` on `receipts`.
pub fn receive_order(
    w: &mut Writer<'_, '_>,
    id: &str,
    by: &str,
    now: Millis,
) -> Result<Order, DocError> {
    let mut order: Order = w.get(id)?.ok_or_else(|| Invalid::unknown("status"))?;
    order.mark_received(by, now)?;
    for (item, quantity) in &order.lines {
        w.put_entry::<SupplyItem, _>(item, "receipts", id, quantity)?;
    }
    w.put(id, &order)?;
    Ok(order)
}
