// Visitors and petty cash. A visitor registered on the CEO's device for a
// colleague who joined on their own device: marking them arrived shows the
// arrival on the host's device (banner and nav count), and leaving clears
// it. Expenses on one device: two amounts totalled per category, a bad
// amount refused with its reason, and the month's CSV for the accountant.
import { test, expect } from '@playwright/test';
import { allSaved, startWorkspace, watchErrors } from './helpers.js';
import { ceoWithRelay, invite, join, synced } from './devices.js';

test.describe.configure({ timeout: 120_000 });

const main = (page) => page.getByRole('navigation', { name: 'Main navigation' });

test('a visitor marked arrived on the desk shows up on the host\'s device', async ({ browser }) => {
  const { ceo, close } = await ceoWithRelay(browser);
  try {
    const terry = await join(browser, await invite(ceo, 'Terry Lee', 'Team member'), 'Terry Lee');
    await expect(terry.getByTestId('current-user')).toContainText('Terry Lee', { timeout: 30_000 });

    await main(ceo).getByRole('link', { name: 'Visitors' }).click();
    await expect(ceo.getByText('No visitors yet.').first()).toBeVisible();
    await ceo.getByRole('button', { name: 'Expect a visitor' }).click();
    const form = ceo.locator('.compose form');
    await form.getByRole('button', { name: 'Save visitor' }).click();
    await expect(form.locator('.field.invalid')).toHaveCount(2);
    await form.getByLabel('Visitor’s name').fill('Ana Ruiz');
    await form.getByLabel('Organisation').fill('Ruiz & Co');
    await form.getByLabel('Visiting').selectOption({ label: 'Terry Lee' });
    await form.getByLabel('At (optional)').fill('09:30');
    await form.getByRole('button', { name: 'Save visitor' }).click();
    const today = ceo.getByTestId('visitors-today-list');
    await expect(today.getByTestId('visit')).toContainText('Ana Ruiz (Ruiz & Co)');
    await expect(today.getByTestId('visit')).toContainText('for Terry Lee');

    // A second visitor wears badge 7 first: Ana cannot be given it too.
    await ceo.getByRole('button', { name: 'Expect a visitor' }).click();
    await form.getByLabel('Visitor’s name').fill('Bo Berg');
    await form.getByLabel('Visiting').selectOption({ label: 'Alex Morgan' });
    await form.getByRole('button', { name: 'Save visitor' }).click();
    const bo = today.getByTestId('visit').filter({ hasText: 'Bo Berg' });
    await bo.getByLabel('Badge').fill('7');
    await bo.getByRole('button', { name: 'Arrived' }).click();
    const onSite = ceo.getByTestId('visitors-on-site-list');
    await expect(onSite.getByTestId('visit')).toContainText('badge 7');
    const ana = today.getByTestId('visit').filter({ hasText: 'Ana Ruiz' });
    await ana.getByLabel('Badge').fill('7');
    await ana.getByRole('button', { name: 'Arrived' }).click();
    await expect(ana.locator('.field.invalid')).toContainText('Another visitor on site is wearing this badge');
    await ana.getByLabel('Badge').fill('8');
    await ana.getByRole('button', { name: 'Arrived' }).click();
    await expect(onSite.getByTestId('visit')).toHaveCount(2);
    await synced(ceo);

    // Terry, elsewhere in the app, sees that Ana is here for them.
    await expect(terry.getByTestId('visitors-for-me')).toContainText('Your visitor has arrived: Ana Ruiz', { timeout: 30_000 });
    await expect(main(terry).getByTestId('nav-visitors')).toHaveText('1');

    // Ana leaves: the banner goes, and the visit is in the past list.
    await onSite.getByTestId('visit').filter({ hasText: 'Ana Ruiz' }).getByRole('button', { name: 'Left' }).click();
    await expect(ceo.getByTestId('visitors-past-list').getByTestId('visit')).toContainText('Ana Ruiz');
    await synced(ceo);
    await expect(terry.getByTestId('visitors-for-me')).toHaveCount(0, { timeout: 30_000 });
    await expect(main(terry).getByTestId('nav-visitors')).toHaveCount(0);
  } finally {
    await close();
  }
});

test('expenses are totalled per category and exported as CSV', async ({ page }) => {
  const errors = watchErrors(page);
  await startWorkspace(page, 'Alex Morgan', 'CEO');
  await main(page).getByRole('link', { name: 'Expenses' }).click();
  await expect(page.getByText('No expenses yet.')).toBeVisible();
  const month = await page.getByLabel('Month').inputValue();
  expect(month).toMatch(/^\d{4}-\d{2}$/);
  const day = `${month}-02`;

  const add = async (amount, category, description, receipt) => {
    await page.getByRole('button', { name: 'Add an expense' }).click();
    const form = page.locator('.compose form');
    await form.getByLabel('Date').fill(day);
    await form.getByLabel('Amount').fill(amount);
    await form.getByLabel('Category').selectOption({ label: category });
    await form.getByLabel('Description').fill(description);
    await form.getByLabel('Receipt reference').fill(receipt);
    await form.getByRole('button', { name: 'Save expense' }).click();
  };

  // Three decimals are refused with the reason, and nothing is saved.
  await add('12.505', 'Office supplies', 'Printer paper', 'R-1');
  const amount = page.locator('.compose .field.invalid');
  await expect(amount).toContainText('at most 2 decimals');
  await page.locator('.compose form').getByLabel('Amount').fill('-3');
  await page.locator('.compose form').getByRole('button', { name: 'Save expense' }).click();
  await expect(amount).toContainText('above zero');
  await page.locator('.compose form').getByLabel('Amount').fill('12,50');
  await page.locator('.compose form').getByRole('button', { name: 'Save expense' }).click();
  await expect(page.getByTestId('expense')).toHaveCount(1);
  await add('0.30', 'Office supplies', 'Pens, blue', 'R-2');
  await add('7', 'Postage', 'Stamps', 'R-3');
  await expect(page.getByTestId('expense')).toHaveCount(3);

  const totals = page.getByTestId('expense-total');
  await expect(totals.filter({ hasText: 'Office supplies' })).toContainText('12.80 EUR');
  await expect(totals.filter({ hasText: 'Postage' })).toContainText('7.00 EUR');

  // The CEO approves one.
  await page.getByTestId('expense').filter({ hasText: 'Stamps' }).getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByTestId('expense').filter({ hasText: 'Stamps' })).toContainText('Approved by Alex Morgan');
  await allSaved(page);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('expenses-export').click(),
  ]);
  expect(download.suggestedFilename()).toBe(`expenses-${month}.csv`);
  const stream = await download.createReadStream();
  let text = '';
  for await (const chunk of stream) text += chunk;
  const lines = text.trim().split(/\r?\n/);
  expect(lines[0]).toBe('date,amount,currency,category,description,paid_by,receipt,approved_by');
  expect(lines).toHaveLength(4);
  expect(lines).toContain(`${day},12.50,EUR,office-supplies,Printer paper,Alex Morgan,R-1,`);
  expect(lines).toContain(`${day},0.30,EUR,office-supplies,"Pens, blue",Alex Morgan,R-2,`);
  expect(lines).toContain(`${day},7.00,EUR,postage,Stamps,Alex Morgan,R-3,Alex Morgan`);

  // The month is in the address: another month has nothing.
  await page.getByLabel('Month').fill('2001-01');
  await expect(page).toHaveURL(/month=2001-01/);
  await expect(page.getByText('No expenses in this month.')).toBeVisible();
  expect(errors).toEqual([]);
});
