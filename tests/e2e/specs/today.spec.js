// Today, the home screen: what is due across desks (urgent first, overdue
// with how late, each linking to its desk), the kind filter kept in the
// address, the leadership panel, and the success metrics with charts a
// screen reader can read.
import { test, expect } from '@playwright/test';
import { addClient, allSaved, startWorkspace, watchErrors } from './helpers.js';

test.describe.configure({ timeout: 120_000 });

/** The local calendar day `offset` days from now, as a date input wants it. */
function localDay(offset) {
  const day = new Date();
  day.setDate(day.getDate() + offset);
  const pad = (n) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

const mainNav = (page) => page.getByRole('navigation', { name: 'Main navigation' });

async function openToday(page) {
  await mainNav(page).getByRole('link', { name: 'Today', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
}

async function addTask(page, title, due) {
  await mainNav(page).getByRole('link', { name: 'Team', exact: true }).click();
  await page.getByRole('navigation', { name: 'Team desk' }).getByRole('link', { name: 'New task' }).click();
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Due date').fill(due);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

test('Today gathers what is due across desks and the metrics of the role', async ({ page }) => {
  const errors = watchErrors(page);
  await startWorkspace(page);

  // A new workspace: nothing due, and metrics that say so.
  await openToday(page);
  await expect(page.getByText('Nothing is due today.')).toBeVisible();
  await expect(page.getByTestId('metric-satisfaction-figure')).toHaveText('No scores recorded in these weeks.');
  await expect(page.getByTestId('today-escalations')).toContainText('No open escalations');
  await expect(page.getByTestId('today-handover')).toContainText('No handover is running');

  // Leadership sets the business's goals and values from Today.
  await expect(page.getByText('Leadership has not set goals yet.')).toBeVisible();
  await page.locator('.goals-today').getByRole('link', { name: 'Goals and values' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Goals and values' })).toBeVisible();
  const goalForm = page.locator('form.goal-form');
  await goalForm.getByLabel('Title').fill('Win five hotel clients');
  await goalForm.getByRole('button', { name: 'Add' }).click();
  await goalForm.getByLabel('Title').fill(' win five HOTEL clients ');
  await goalForm.getByRole('button', { name: 'Add' }).click();
  await expect(goalForm.locator('.field.invalid')).toBeVisible();
  await goalForm.getByLabel('Kind').selectOption({ label: 'Value' });
  await goalForm.getByLabel('Title').fill('Clients first');
  await goalForm.getByRole('button', { name: 'Add' }).click();
  await expect(page.getByTestId('goal-item')).toHaveCount(2);

  // Work on three desks; one task names the goal it serves.
  await addTask(page, 'Send the March invoices', localDay(-2));
  await mainNav(page).getByRole('link', { name: 'Team', exact: true }).click();
  await page.getByRole('navigation', { name: 'Team desk' }).getByRole('link', { name: 'New task' }).click();
  await page.getByLabel('Title').fill('Book the team lunch');
  await page.getByLabel('Due date').fill(localDay(0));
  await page.getByLabel('Serves goal').selectOption({ label: 'Win five hotel clients' });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Book the team lunch' })).toBeVisible();
  await addTask(page, 'Plan the summer outing', localDay(5));
  await mainNav(page).getByRole('link', { name: 'Messages' }).click();
  await page.getByRole('button', { name: 'Take a message' }).click();
  await page.getByLabel('From').fill('Ana Ruiz');
  await page.getByLabel('For', { exact: true }).selectOption({ label: 'Alex Morgan' });
  await page.getByLabel('Urgency').selectOption({ label: 'Urgent' });
  await page.getByLabel('Message', { exact: true }).fill('The delivery is stuck at the gate.');
  await page.getByRole('button', { name: 'Save message' }).click();
  await allSaved(page);

  await openToday(page);
  const items = page.getByTestId('due-item');
  await expect(items).toHaveCount(3);
  // Urgent first, then the longest overdue, then today's.
  await expect(items.nth(0)).toContainText('Ana Ruiz');
  await expect(items.nth(0)).toContainText('Urgent');
  await expect(items.nth(1)).toContainText('Send the March invoices');
  await expect(items.nth(1)).toContainText('2 days overdue');
  await expect(items.nth(2)).toContainText('Book the team lunch');
  await expect(page.getByTestId('overdue-count')).toHaveText('1 overdue');
  await expect(page.getByText('Plan the summer outing')).toHaveCount(0);
  const goal = page.getByTestId('today-goal');
  await expect(goal).toContainText('Win five hotel clients');
  await expect(goal.getByTestId('goal-work')).toHaveText('1 open, 0 done');
  await expect(page.locator('.goals-today .value-items')).toContainText('Clients first');

  // The filter lives in the address and survives a reload.
  await page.getByLabel('Show').selectOption({ label: 'Task' });
  await expect(page).toHaveURL(/[?&]kind=task/);
  await expect(items).toHaveCount(2);
  await page.reload();
  await expect(page.getByLabel('Show').locator('option:checked')).toHaveText('Task');
  await expect(items).toHaveCount(2);

  // Each item leads to where it is handled; finishing it takes it off.
  await items.filter({ hasText: 'Send the March invoices' }).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Send the March invoices' })).toBeVisible();
  await page.getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel('Status').selectOption({ label: 'Done' });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('button', { name: 'Edit' })).toBeVisible();
  await allSaved(page);
  await openToday(page);
  await page.getByLabel('Show').selectOption({ label: 'Everything' });
  await expect(items).toHaveCount(2);
  await expect(page.getByTestId('overdue-count')).toHaveCount(0);

  // Finished late: the on-time metric counts it, week by week.
  await expect(page.getByTestId('metric-tasks-figure')).toHaveText('0% of 1');

  // A satisfaction score shows in the metric, and its chart reads as a table.
  await mainNav(page).getByRole('link', { name: 'Clients', exact: true }).click();
  await addClient(page, 'Hotel Noord');
  const satisfaction = page.getByTestId('satisfaction');
  await satisfaction.getByLabel('Score (1–5)').fill('4');
  await satisfaction.getByLabel('Comment').fill('Happy with the new rota');
  await satisfaction.getByRole('button', { name: 'Record score' }).click();
  await allSaved(page);
  // Every score is listed on the client's page: when, score, comment, who.
  await satisfaction.getByText('Every score recorded').click();
  const scoreRow = satisfaction.getByTestId('score-list').locator('tbody tr');
  await expect(scoreRow).toHaveCount(1);
  await expect(scoreRow).toContainText('Happy with the new rota');
  await expect(scoreRow).toContainText('Alex Morgan');
  await openToday(page);
  const metric = page.getByTestId('metric-satisfaction');
  await expect(metric.getByTestId('metric-satisfaction-figure')).toContainText('4.0 on average from 1 score');
  const table = metric.getByRole('table', { name: 'Client satisfaction' });
  await expect(table.getByRole('row')).toHaveCount(13);
  await expect(table.getByRole('row').last()).toContainText('4.0');

  // The same screen in Dutch.
  await page.getByRole('combobox', { name: 'Language' }).selectOption('nl');
  await expect(page.getByRole('heading', { level: 1, name: 'Vandaag' })).toBeVisible();
  await expect(page.getByTestId('due-item').first()).toContainText('Dringend');
  expect(errors).toEqual([]);
});

test('reminders: the overdue count on the tab and a notification for what falls due', async ({ browser }) => {
  const context = await browser.newContext();
  await context.grantPermissions(['notifications']);
  const page = await context.newPage();
  // Record each notification the app shows (the browser's own stays in use).
  await page.addInitScript(() => {
    window.__notified = [];
    const Real = window.Notification;
    class Recorded extends Real {
      constructor(title, options) {
        // Recorded first: a headless browser may refuse to show it.
        window.__notified.push(title);
        super(title, options);
      }
    }
    Object.defineProperty(Recorded, 'permission', { get: () => Real.permission });
    Recorded.requestPermission = (...args) => Real.requestPermission(...args);
    window.Notification = Recorded;
  });
  const errors = watchErrors(page);
  await startWorkspace(page);
  await openToday(page);
  await expect(page.getByTestId('reminders-state')).toHaveText('Reminders are on while the app is open.');
  await expect(page).toHaveTitle('Handover');
  // Reminders start three seconds after the workspace opens; what is on the
  // list by then is not news.
  await page.waitForTimeout(3_500);

  await addTask(page, 'Renew the insurance', localDay(-1));
  await expect(page).toHaveTitle('(1) Handover', { timeout: 10_000 });
  await mainNav(page).getByRole('link', { name: 'Messages' }).click();
  await page.getByRole('button', { name: 'Take a message' }).click();
  await page.getByLabel('From').fill('Ana Ruiz');
  await page.getByLabel('For', { exact: true }).selectOption({ label: 'Alex Morgan' });
  await page.getByLabel('Urgency').selectOption({ label: 'Urgent' });
  await page.getByLabel('Message', { exact: true }).fill('Call back about the lease.');
  await page.getByRole('button', { name: 'Save message' }).click();
  await expect.poll(() => page.evaluate(() => window.__notified)).toContain('Urgent message from Ana Ruiz');
  expect(await page.evaluate(() => window.__notified)).toContain('Task due: Renew the insurance');
  // Each once.
  await page.waitForTimeout(500);
  const notified = await page.evaluate(() => window.__notified);
  expect(notified.filter((t) => t === 'Urgent message from Ana Ruiz')).toHaveLength(1);
  expect(errors).toEqual([]);
  await context.close();
});
