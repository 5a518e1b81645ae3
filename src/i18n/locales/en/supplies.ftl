# Supplies: items in stock, vendors, orders and reordering.
nav-supplies = Supplies
supplies-title = Supplies
supplies-intro = What the office keeps in stock, what is running low, and the orders that restock it.
supplies-unknown-vendor = Unknown vendor
supplies-unknown-item = Unknown item
briefing-subject-supply = Supplies

supplies-items-title = Items in stock
supplies-items-count = { $count ->
    [one] 1 item
   *[other] { $count } items
}
supplies-items-empty = No supplies yet. Add the vendors you order from first, then add each item you keep in stock with its reorder level.
supplies-add-item = Add item
supplies-field-name = Item
supplies-field-unit = Unit
supplies-unit-placeholder = box, pack of 500, litre
supplies-field-stock = In stock
supplies-field-reorder-level = Reorder level
supplies-field-vendor = Vendor
supplies-field-quantity = Quantity
supplies-field-item = Item
supplies-no-vendor = No vendor
supplies-stock = { $stock } { $unit }
supplies-stock-change = Take or add
supplies-reorder-badge = Reorder
supplies-take = Take
supplies-add-stock = Add

supplies-vendors-title = Vendors
supplies-vendors-empty = No vendors yet. Add the shops and suppliers you order from, so that items can name their vendor and orders can be drafted.
supplies-add-vendor = Add vendor
supplies-field-vendor-name = Vendor
supplies-field-contact = Contact
supplies-contact-placeholder = name, phone, e-mail or web shop
supplies-field-lead-days = Lead time (days)
supplies-lead-days = { $days ->
    [one] 1 day
   *[other] { $days } days
}

supplies-reorder-title = To reorder
supplies-reorder-rule = Items at or below their reorder level. Drafting makes one order per vendor, for enough of each item to bring its stock up to twice its reorder level. Items without a vendor, or already on an open order, are not drafted.
supplies-reorder-empty = Nothing to reorder: every item is above its reorder level.
supplies-draft-orders = Draft orders
supplies-drafted = { $count ->
    [one] 1 order drafted. Check it below, then mark it sent.
   *[other] { $count } orders drafted. Check them below, then mark them sent.
}
supplies-reorder-levels = { $stock } { $unit } in stock, reorder level { $level }
supplies-reorder-will-order = will order { $quantity } from { $vendor }
supplies-reorder-on-order = already on an open order
supplies-reorder-needs-vendor = needs a vendor: edit the item to choose one

supplies-orders-title = Orders
supplies-orders-count = { $count ->
    [one] 1 order
   *[other] { $count } orders
}
supplies-orders-empty = No orders yet. Use “Draft orders” when items run low, or start an order for a vendor here.
supplies-orders-no-match = No orders with this status.
supplies-orders-all = All orders
supplies-choose-vendor = Choose a vendor
supplies-choose-item = Choose an item
supplies-new-order = New order
supplies-add-line = Add to order
supplies-order-drafted = Drafted on { $date } by { $name }
supplies-order-sent = Sent on { $date } by { $name }
supplies-order-received = Received on { $date } by { $name }
supplies-mark-sent = Mark sent
supplies-mark-received = Mark received
supplies-remove-draft = Remove draft
supplies-remove-draft-confirm = Remove this draft order?
order-status-draft = Draft
order-status-sent = Sent
order-status-received = Received
