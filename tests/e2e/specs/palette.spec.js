// The command palette (Ctrl+K): finds records of several desks by the
// beginnings of their words, accents and case aside, and jumps to them;
// follows records added after it first opened; runs commands (take a
// message, log an interaction with a chosen client); is used by keyboard
// alone. A list's filter lives in the address and survives going back.
import { test, expect } from '@playwright/test';
import { addClient, allSaved, startWorkspace, watchErrors } from './helpers.js';

test.describe.configure({ timeout: 120_000 });

const mainNav = (page) => page.getByRole('navigation', { name: 'Main navigation' });
const palette = (page) => page.getByRole('dialog', { name: 'Search and commands' });
const field = (page) => palette(page).getByRole('combobox');
const options = (page) => palette(page).getByRole('option');

async function openPalette(page) {
  await page.keyboard.press('Control+k');
  await expect(palette(page)).toBeVisible();
  await expect(field(page)).toBeFocused();
}

async function addTask(page, title) {
  await mainNav(page).getByRole('link', { name: 'Team', exact: true }).click();
  await page.getByRole('navigation', { name: 'Team desk' }).getByRole('link', { name: 'New task' }).click();
  await page.getByLabel('Title').fill(title);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await allSaved(page);
}

test('Ctrl+K finds records across desks, follows new ones and runs commands', async ({ page }) => {
  const errors = watchErrors(page);
  await startWorkspace(page);
  await addClient(page, 'Hotel Marítimo', 'Costa Group');
  await addTask(page, 'Send the March invoices');

  // Closed, the palette is not in the page; the shortcut opens it with
  // the commands listed and the field focused.
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await openPalette(page);
  await expect(options(page).first()).toContainText('New client');
  await expect(options(page).filter({ hasText: 'Declare a crisis' })).toHaveCount(1);

  // Words are matched by their beginnings, in any order, accents aside.
  await field(page).fill('maritimo');
  await expect(options(page)).toHaveCount(1);
  await expect(options(page).first()).toContainText('Client');
  await expect(options(page).first()).toContainText('Hotel Marítimo');
  await expect(options(page).first()).toContainText('Costa Group');
  await page.keyboard.press('Enter');
  await expect(palette(page)).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Hotel Marítimo' })).toBeVisible();

  await openPalette(page);
  await field(page).fill('INV mar');
  await expect(options(page)).toHaveCount(1);
  await options(page).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Send the March invoices' })).toBeVisible();

  // A record added after the index was built is found: the index follows
  // each change instead of being built again.
  await addTask(page, 'Renew the parking permits');
  await openPalette(page);
  await field(page).fill('parking');
  await expect(options(page)).toHaveCount(1);
  await expect(options(page).first()).toContainText('Renew the parking permits');
  await field(page).fill('zzzz');
  await expect(palette(page).getByRole('status')).toHaveText('Nothing matches. Try fewer or shorter words.');

  // Closed and opened again at once, before the browser has told the page
  // it closed: it opens empty and stays open.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+k');
  await expect(palette(page)).toBeVisible();
  await expect(field(page)).toHaveValue('');
  await page.waitForTimeout(300);
  await expect(palette(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(palette(page)).toHaveCount(0);

  // "Take a message" opens the message form; the message taken is found by
  // a word of its body and opens alone in the log.
  await openPalette(page);
  await field(page).fill('take mess');
  await expect(options(page).first()).toContainText('Take a message');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/messages\?new=true/);
  await page.getByLabel('From').fill('Ana Ruiz');
  await page.getByLabel('For', { exact: true }).selectOption({ label: 'Alex Morgan' });
  await page.getByLabel('Message', { exact: true }).fill('The delivery of toner is stuck at the gate.');
  await page.getByRole('button', { name: 'Save message' }).click();
  await allSaved(page);
  await mainNav(page).getByRole('link', { name: 'Today', exact: true }).click();
  await openPalette(page);
  await field(page).fill('toner');
  await expect(options(page)).toHaveCount(1);
  await expect(options(page).first()).toContainText('Ana Ruiz');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/messages\?message=/);
  await expect(page.getByTestId('message')).toHaveCount(1);
  await expect(page.getByTestId('message')).toContainText('stuck at the gate');

  // "Log an interaction" asks which client, by keyboard alone, then opens
  // the client's page ready to type.
  await openPalette(page);
  await field(page).fill('log inter');
  await page.keyboard.press('Enter');
  await expect(field(page)).toHaveAttribute('placeholder', 'Which client? Type a name');
  await field(page).fill('hot');
  await expect(options(page)).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await expect(options(page).first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Hotel Marítimo' })).toBeVisible();
  const summary = page.locator('.log-form').getByLabel('Summary');
  await expect(summary).toBeFocused();
  await page.keyboard.type('Asked for a quote for the spring season.');
  await page.locator('.log-form').getByRole('button', { name: 'Log interaction' }).click();
  await expect(page.locator('.timeline')).toContainText('quote for the spring season');

  // The Search button opens the same palette; a click outside closes it.
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(palette(page)).toBeVisible();
  await page.mouse.click(5, 5);
  await expect(palette(page)).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a list filter lives in the address: bookmarked, kept on going back, never pulling the address back', async ({ page }) => {
  const errors = watchErrors(page);
  await startWorkspace(page);
  await addClient(page, 'Bakery Jansen');
  await mainNav(page).getByRole('link', { name: 'Clients', exact: true }).click();
  await addClient(page, 'Hotel Sol');
  await mainNav(page).getByRole('link', { name: 'Clients', exact: true }).click();

  await page.getByLabel('Search').fill('bakery');
  await expect(page).toHaveURL(/search=bakery/);
  const rows = page.locator('main table.records tbody tr');
  await expect(rows).toHaveCount(1);
  await rows.first().getByRole('link', { name: 'Bakery Jansen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bakery Jansen' })).toBeVisible();
  await page.goBack();
  await expect(page.getByLabel('Search')).toHaveValue('bakery');
  await expect(rows).toHaveCount(1);

  // The address alone brings the filtered list back.
  const address = page.url();
  await page.goto(address);
  await expect(page.getByLabel('Search')).toHaveValue('bakery');
  await expect(rows).toHaveCount(1);

  // A filter that closes as the user leaves the screen does not pull the
  // address back: "Take a message" (open while the address says new=true)
  // closes on saving, and a link followed before the next frame still goes
  // where it leads. (The page's effects run as microtasks, so the leaving
  // happens after them and before any frame.)
  await mainNav(page).getByRole('link', { name: 'Messages' }).click();
  await page.getByRole('button', { name: 'Take a message' }).click();
  await expect(page).toHaveURL(/new=true/);
  await page.getByLabel('From').fill('Ana Ruiz');
  await page.getByLabel('For', { exact: true }).selectOption({ index: 1 });
  await page.getByLabel('Message', { exact: true }).fill('Please call back.');
  const landed = await page.evaluate(async () => {
    document.querySelector('main form').requestSubmit();
    for (let turn = 0; turn < 50 && location.search.includes('new=true'); turn += 1) {
      await Promise.resolve();
    }
    history.pushState(null, '', '/meetings');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame)));
    return location.pathname;
  });
  expect(landed).toBe('/meetings');
  await expect(page.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible();
  await expect(mainNav(page).getByRole('link', { name: 'Messages' })).toContainText('1');
  expect(errors).toEqual([]);
});
