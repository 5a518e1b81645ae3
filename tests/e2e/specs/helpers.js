// Shared steps of the end-to-end specs.
import { expect } from '@playwright/test';

/** First run on a fresh device: start a workspace as `name` with `role`. */
export async function startWorkspace(page, name = 'Alex Morgan', role = 'CEO') {
  await page.goto('/');
  await page.getByRole('button', { name: /Start a workspace/ }).click();
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Role').selectOption({ label: role });
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await openClientsFromToday(page);
  await expect(page.getByTestId('current-user')).toContainText(name);
  await allSaved(page);
}

/**
 * The app opens on Today; most specs begin on the client list, so they go
 * there the way a user would.
 */
export async function openClientsFromToday(page) {
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Clients', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
}

/** Adds a client through the form and waits for its page. */
export async function addClient(page, name, company = '') {
  await page.getByRole('link', { name: 'New client' }).click();
  await page.getByLabel('Name').fill(name);
  if (company) await page.getByLabel('Company').fill(company);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await allSaved(page);
}

/** Waits until the storage bar says everything is saved. */
export async function allSaved(page) {
  await expect(page.locator('.save-state')).toHaveAttribute('data-state', 'saved');
}

/** Fails the test on any uncaught page error. */
export function watchErrors(page) {
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Waits until the service worker controls the page (reloading once). */
export async function serviceWorkerInControl(page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  const controlled = () => page.evaluate(() => Boolean(navigator.serviceWorker.controller));
  if (!(await controlled())) await page.reload();
  await expect.poll(controlled).toBe(true);
}

/** A task export of `count` rows named "Task 000" on, all to do. */
export function numberedTasksCsv(count) {
  const rows = Array.from({ length: count }, (_, i) => `"t${i}","Task ${String(i).padStart(3, '0')}","to do"`);
  return ['"Task ID","Task Name","Status"', ...rows].join('\r\n');
}

/** Opens Import from the main navigation and chooses `csv` as a file of tasks. */
export async function chooseTaskCsv(page, csv) {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import from CSV' })).toBeVisible();
  await expect(page.getByLabel('Import as')).toHaveValue('tasks');
  await page.getByLabel('CSV file').setInputFiles({
    name: 'clickup-tasks.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
}
