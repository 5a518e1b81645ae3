// Events and outings: an event planned with a budget, a refused budget and
// expense amount named on their field, guests invited and one's reply, a
// checklist item ticked, and expenses booked against the event from its page
// until it is over budget, which the page and the list say in words; an
// expense in another currency is listed apart and never added.
import { test, expect } from '@playwright/test';
import { allSaved, startWorkspace, watchErrors } from './helpers.js';

test.describe.configure({ timeout: 120_000 });

const main = (page) => page.getByRole('navigation', { name: 'Main navigation' });

/** A day a month from now, as a date input takes it. */
function inAMonth() {
  return new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString().slice(0, 10);
}

async function addPersonWithoutDevice(page, name) {
  await page.goto('/team/members');
  await page.getByRole('button', { name: 'Add a person' }).click();
  const form = page.locator('.compose form');
  await form.getByLabel('Name').fill(name);
  await form.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByTestId('member-row').filter({ hasText: name })).toBeVisible();
}

test('an event with a budget, guests and a checklist goes over budget', async ({ page }) => {
  const errors = watchErrors(page);
  await startWorkspace(page, 'Alex Morgan', 'CEO');
  await addPersonWithoutDevice(page, 'Ines Visser');

  await main(page).getByRole('link', { name: 'Events' }).click();
  await expect(page.getByText('No events yet.')).toBeVisible();
  await page.getByRole('link', { name: 'New event' }).click();
  const form = page.locator('form.event-form');
  await form.getByLabel('Name').fill('Summer party');
  await form.getByLabel('Date').fill(inAMonth());
  await form.getByLabel('Start time (optional)').fill('18:30');
  await form.getByLabel('Venue').fill('De Kas, Amsterdam');
  await form.getByLabel('Catering').fill('Dinner for 30, vegetarian option');

  // A budget with three decimals is refused on its field, and nothing is saved.
  await form.getByLabel('Budget (optional)').fill('100.505');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.locator('.field.invalid')).toHaveCount(1);
  await expect(form.locator('.field.invalid')).toContainText('at most 2 decimals');
  await form.getByLabel('Budget (optional)').fill('100');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Summer party' })).toBeVisible();
  await expect(page.getByTestId('event-when')).toContainText('18:30');

  const budget = page.getByTestId('event-budget');
  await expect(budget.getByTestId('budget-total')).toHaveText('100.00 EUR');
  await expect(budget.getByTestId('budget-spent')).toHaveText('0.00 EUR');
  await expect(budget.getByTestId('budget-remaining')).toHaveText('100.00 EUR');

  // Two guests; Ines says yes.
  const guests = page.locator('.event-guests');
  await expect(guests).toContainText('Nobody invited yet.');
  for (const name of ['Ines Visser', 'Alex Morgan']) {
    await guests.getByLabel('Invite').selectOption({ label: name });
    await guests.getByRole('button', { name: 'Invite' }).click();
    await expect(guests.getByTestId('guest').filter({ hasText: name })).toBeVisible();
  }
  await guests.getByRole('combobox', { name: 'Reply from Ines Visser' }).selectOption({ label: 'Coming' });
  await expect(guests.getByTestId('guest').filter({ hasText: 'Ines Visser' })).toHaveAttribute('data-reply', 'yes');
  await expect(guests.getByTestId('event-replies-summary')).toHaveText(
    '1 coming · 0 maybe · 0 not coming · 1 not answered yet',
  );

  // The checklist: two items, one ticked.
  const checklist = page.locator('.event-checklist');
  for (const title of ['Book the boat', 'Order the cake']) {
    await checklist.getByLabel('To do').fill(title);
    await checklist.getByRole('button', { name: 'Add to checklist' }).click();
    await expect(checklist.getByTestId('checklist-item').filter({ hasText: title })).toBeVisible();
  }
  const boat = checklist.getByTestId('checklist-item').filter({ hasText: 'Book the boat' });
  await boat.getByRole('checkbox').check();
  await expect(checklist.getByTestId('event-checklist-progress')).toHaveText('1 of 2 done');
  await expect(boat).toContainText('done by Alex Morgan');

  // Expenses from the event's page, booked against it; a bad amount first.
  const expenses = page.locator('.event-expenses');
  const addExpense = async (amount, description, currency) => {
    await expenses.getByRole('button', { name: 'Add expense' }).click();
    const expense = expenses.locator('.compose form');
    await expect(expense.getByLabel('Event (optional)')).toHaveValue(/.+/);
    await expense.getByLabel('Amount').fill(amount);
    if (currency) await expense.getByLabel('Currency').selectOption({ label: currency });
    await expense.getByLabel('Description').fill(description);
    await expense.getByRole('button', { name: 'Save expense' }).click();
  };
  await addExpense('sixty', 'Boat deposit');
  const invalid = expenses.locator('.compose .field.invalid');
  await expect(invalid).toHaveCount(1);
  await expect(invalid).toContainText('Enter an amount such as 12.50');
  await expenses.locator('.compose form').getByLabel('Amount').fill('60');
  await expenses.locator('.compose form').getByRole('button', { name: 'Save expense' }).click();
  await expect(expenses.getByTestId('expense')).toHaveCount(1);
  await expect(budget.getByTestId('budget-spent')).toHaveText('60.00 EUR');
  await expect(budget.getByTestId('budget-remaining')).toHaveText('40.00 EUR');
  await expect(budget.getByTestId('over-budget')).toHaveCount(0);

  await addExpense('45,50', 'Cake');
  await expect(expenses.getByTestId('expense')).toHaveCount(2);
  await expect(budget.getByTestId('budget-spent')).toHaveText('105.50 EUR');
  await expect(budget.getByTestId('over-budget')).toHaveText('Over budget by 5.50 EUR');
  await expect(budget).toHaveClass(/over-budget/);
  await expect(budget.getByTestId('budget-remaining')).toHaveCount(0);

  // Dollars are listed apart, never added to the euros.
  await addExpense('20', 'Balloons from abroad', 'USD – US dollar');
  await expect(expenses.getByTestId('expense')).toHaveCount(3);
  await expect(budget.getByTestId('budget-other')).toContainText('20.00 USD');
  await expect(budget.getByTestId('budget-spent')).toHaveText('105.50 EUR');
  await allSaved(page);

  // The list says it too.
  await page.getByRole('link', { name: 'All events' }).click();
  const row = page.getByTestId('events-upcoming-list').getByTestId('event-row');
  await expect(row).toContainText('Summer party');
  await expect(row.getByTestId('event-replies')).toHaveText('1 of 2 coming');
  await expect(row.getByTestId('budget-badge')).toHaveText('Over budget by 5.50 EUR');
  await expect(page.getByTestId('events-past-list')).toHaveCount(0);

  // And the expenses desk names the event of each of its expenses.
  await main(page).getByRole('link', { name: 'Expenses' }).click();
  await expect(page.getByTestId('expense').filter({ hasText: 'Cake' })).toContainText('For the event “Summer party”');
  expect(errors).toEqual([]);
});
