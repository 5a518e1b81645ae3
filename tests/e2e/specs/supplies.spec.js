// Supplies on one CEO device: the empty desk says what to do first; a vendor
// and an item at its reorder level are added (bad input is refused field by
// field and nothing is saved); stock is taken; "Draft orders" drafts one order
// for the vendor with enough to bring the stock to twice its reorder level and
// drafts nothing more while that order is open; the draft's quantity is
// changed, the order marked sent and received (each step dated), filtered by
// status in the address, and the stock rises by what was received.
import { test, expect } from '@playwright/test';
import { allSaved, startWorkspace, watchErrors } from './helpers.js';

function nav(page, name) {
  return page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name, exact: true });
}

test('an item at its reorder level is ordered from its vendor, sent, received and restocked', async ({ page }) => {
  const errors = watchErrors(page);
  await startWorkspace(page);
  await nav(page, 'Supplies').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Supplies' })).toBeVisible();
  await expect(page.getByText('No supplies yet. Add the vendors you order from first')).toBeVisible();
  await expect(page.getByText('No vendors yet.')).toBeVisible();
  await expect(page.getByText('No orders yet.')).toBeVisible();
  await expect(page.getByText('Nothing to reorder')).toBeVisible();

  // A vendor: a missing name and a lead time of 400 days are refused.
  await page.getByRole('button', { name: 'Add vendor' }).click();
  const vendorForm = page.locator('form.vendor-form');
  await vendorForm.getByLabel('Lead time (days)').fill('400');
  await vendorForm.getByRole('button', { name: 'Add vendor' }).click();
  await expect(vendorForm.locator('.field.invalid')).toHaveCount(2);
  await expect(vendorForm).toContainText('Please fill this in.');
  await expect(vendorForm).toContainText('Enter a whole number of days from 0 to 365.');
  await expect(vendorForm.getByRole('alert')).toContainText('Nothing was saved');
  await expect(page.getByTestId('vendor-row')).toHaveCount(0);
  await vendorForm.getByLabel('Vendor').fill('Office Depot');
  await vendorForm.getByLabel('Contact').fill('orders@depot.example');
  await vendorForm.getByLabel('Lead time (days)').fill('3');
  await vendorForm.getByRole('button', { name: 'Add vendor' }).click();
  await expect(page.getByTestId('vendor-row')).toContainText('Office Depot');
  await expect(page.getByTestId('vendor-row')).toContainText('3 days');
  await allSaved(page);

  // An item below its reorder level, after a refused first try.
  await page.getByRole('button', { name: 'Add item' }).click();
  const itemForm = page.locator('form.supply-form');
  await itemForm.getByLabel('Reorder level').fill('-1');
  await itemForm.getByRole('button', { name: 'Add item' }).click();
  await expect(itemForm).toContainText('Please fill this in.');
  await expect(itemForm).toContainText('Enter a whole number from 0 to');
  await expect(page.getByTestId('supply-row')).toHaveCount(0);
  await itemForm.getByLabel('Item').fill('Printer paper');
  await itemForm.getByLabel('Unit').fill('box');
  await itemForm.getByLabel('In stock').fill('3');
  await itemForm.getByLabel('Reorder level').fill('5');
  await itemForm.getByLabel('Vendor').selectOption({ label: 'Office Depot' });
  await itemForm.getByRole('button', { name: 'Add item' }).click();
  const row = page.getByTestId('supply-row').filter({ hasText: 'Printer paper' });
  await expect(row.getByTestId('stock')).toHaveText('3 box');
  await expect(row.getByTestId('reorder-badge')).toBeVisible();
  await allSaved(page);

  // Taking: 2 leaves 1; taking 5 of 1 is refused.
  await row.getByLabel('Quantity').fill('2');
  await row.getByRole('button', { name: 'Take' }).click();
  await expect(row.getByTestId('stock')).toHaveText('1 box');
  await row.getByLabel('Quantity').fill('5');
  await row.getByRole('button', { name: 'Take' }).click();
  await expect(row.getByRole('alert')).toHaveText('There are not that many in stock.');
  await expect(row.getByTestId('stock')).toHaveText('1 box');

  // The reorder panel: twice the level of 5 is 10, so 9 are ordered.
  const reorder = page.getByTestId('reorder-panel');
  await expect(reorder.getByTestId('reorder-item')).toContainText('will order 9 from Office Depot');
  await reorder.getByRole('button', { name: 'Draft orders' }).click();
  await expect(reorder).toContainText('1 order drafted');
  await expect(reorder.getByTestId('reorder-item')).toContainText('already on an open order');
  await expect(reorder.getByRole('button', { name: 'Draft orders' })).toBeDisabled();
  const order = page.getByTestId('order');
  await expect(order).toHaveCount(1);
  await expect(order.getByTestId('order-status')).toHaveText('Draft');
  await expect(order).toContainText('Drafted on');
  await expect(order.getByTestId('order-line')).toContainText('Printer paper');
  await allSaved(page);

  // The status filter lives in the address.
  const status = page.getByLabel('Status');
  await status.selectOption({ label: 'Sent' });
  await expect(page).toHaveURL(/status=sent/);
  await expect(page.getByText('No orders with this status.')).toBeVisible();
  await status.selectOption({ label: 'Draft' });
  await expect(page).toHaveURL(/status=draft/);
  await expect(order).toHaveCount(1);

  // The draft's quantity changes to 10; then it is sent.
  const line = order.getByTestId('order-line');
  await line.getByLabel('Quantity').fill('10');
  await line.getByLabel('Quantity').press('Tab');
  await allSaved(page);
  await order.getByRole('button', { name: 'Mark sent' }).click();
  await expect(order).toHaveCount(0);
  await status.selectOption({ label: 'Sent' });
  await expect(order.getByTestId('order-status')).toHaveText('Sent');
  await expect(order).toContainText('Sent on');
  await expect(order.getByTestId('order-line')).toContainText('10');
  await expect(order.getByRole('button', { name: 'Remove draft' })).toHaveCount(0);
  await allSaved(page);

  // Received: the stock rises by 10 and the item is no longer to reorder.
  await order.getByRole('button', { name: 'Mark received' }).click();
  await expect(order).toHaveCount(0);
  await status.selectOption({ label: 'Received' });
  await expect(order.getByTestId('order-status')).toHaveText('Received');
  await expect(order).toContainText('Received on');
  await expect(order.getByRole('button', { name: 'Mark received' })).toHaveCount(0);
  await expect(row.getByTestId('stock')).toHaveText('11 box');
  await expect(row.getByTestId('reorder-badge')).toHaveCount(0);
  await expect(reorder).toContainText('Nothing to reorder');
  await allSaved(page);

  // Everything is still there after a reload, with the filter from the address.
  await page.reload();
  await expect(page.getByTestId('supply-row').getByTestId('stock')).toHaveText('11 box');
  await expect(page.getByTestId('order').getByTestId('order-status')).toHaveText('Received');
  await expect(page.getByLabel('Status')).toHaveValue('received');
  expect(errors).toEqual([]);
});
