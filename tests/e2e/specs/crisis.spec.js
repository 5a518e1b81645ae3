// The crisis log with the network off: after one visit the service worker
// serves the app, so it opens offline; a crisis is declared, three entries
// are logged (one correcting another), everything is still there after an
// offline reload, the tamper check finds every entry as written, and the
// report downloads as Markdown. Bad input shows a message and saves nothing.
import { readFile } from 'node:fs/promises';
import { test, expect } from '@playwright/test';
import { allSaved, serviceWorkerInControl, startWorkspace, watchErrors } from './helpers.js';

const TITLE = 'Server outage';
const FIRST = 'Called the hosting company';
const SECOND = 'Told Acme the site is back';
const FIX = 'Acme was told at 10:40, not at 10:15';

function entryForm(page) {
  return page.locator('form.entry-form').filter({ has: page.getByLabel('What happened') });
}

async function logEntry(page, kind, text) {
  const form = entryForm(page);
  await form.getByLabel('Kind').selectOption({ label: kind });
  await form.getByLabel('What happened').fill(text);
  await form.getByRole('button', { name: 'Add to the timeline' }).click();
  await expect(page.getByTestId('crisis-entry').filter({ hasText: text })).toBeVisible();
  await allSaved(page);
}

test('the crisis log works offline, corrections and all, and downloads as Markdown', async ({ page, context }) => {
  const errors = watchErrors(page);
  await startWorkspace(page);
  await serviceWorkerInControl(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Clients' })).toBeVisible();

  await page.getByRole('navigation').getByRole('link', { name: 'Crisis', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Crisis log' })).toBeVisible();
  await page.getByRole('button', { name: 'Declare a crisis' }).click();
  const declare = page.locator('form.declare-form');
  await declare.getByRole('button', { name: 'Declare the crisis' }).click();
  await expect(declare.getByText('Please fill this in.')).toHaveCount(2);
  await expect(declare.getByRole('alert')).toHaveText('Please correct the marked fields. Nothing was saved.');
  await expect(page.getByTestId('crisis-row')).toHaveCount(0);

  await declare.getByLabel('Title').fill(TITLE);
  await declare.getByLabel('Severity').selectOption({ label: 'High' });
  await declare.getByLabel('Summary').fill('The booking site is down for every client.');
  await declare.getByRole('button', { name: 'Declare the crisis' }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  const crisisUrl = page.url();

  // An entry needs text; nothing is saved without it.
  await entryForm(page).getByRole('button', { name: 'Add to the timeline' }).click();
  await expect(entryForm(page).getByText('Please fill this in.')).toBeVisible();
  await expect(page.getByTestId('crisis-entry')).toHaveCount(0);

  await logEntry(page, 'Action', FIRST);
  await logEntry(page, 'Communication to a client', SECOND);
  const second = page.getByTestId('crisis-entry').filter({ hasText: SECOND });
  await second.getByRole('button', { name: 'Correct' }).click();
  await second.getByLabel('The correction').fill(FIX);
  await second.getByRole('button', { name: 'Add the correction' }).click();
  await allSaved(page);
  // The page open all along read the history as it grew (a part at a time):
  // each entry has the change that wrote it, and none was changed after.
  await expect(page.getByTestId('change-hash')).toHaveCount(3);
  await expect(page.getByTestId('integrity')).toHaveText('All 3 entries are as they were written.');

  // Closing needs a resolution; the crisis stays open without one.
  const close = page.locator('form.close-form');
  await close.getByRole('button', { name: 'Close the crisis' }).click();
  await expect(close.getByText('Please fill this in.')).toBeVisible();
  await expect(page.locator('.crisis-page .subtitle')).toContainText('Open');
  await expect(entryForm(page)).toBeVisible();

  // Offline again, straight onto the crisis's address.
  await page.goto(crisisUrl);
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  const entries = page.getByTestId('crisis-entry');
  await expect(entries).toHaveCount(3);
  await expect(entries.nth(0)).toContainText(FIRST);
  await expect(entries.nth(1)).toContainText(SECOND);
  await expect(entries.nth(1).getByTestId('corrected-by')).toContainText('Corrected by the entry of');
  await expect(entries.nth(2)).toContainText(FIX);
  await expect(entries.nth(2).getByTestId('corrects')).toContainText('Corrects the entry of');
  await expect(page.getByTestId('integrity')).toHaveText('All 3 entries are as they were written.');
  await expect(page.getByTestId('tampered')).toHaveCount(0);
  const hashes = page.getByTestId('change-hash');
  await expect(hashes).toHaveCount(3);
  const fullHash = await hashes.nth(0).getAttribute('title');
  expect(fullHash).toMatch(/^[0-9a-f]{64}$/);
  await expect(hashes.nth(0)).toHaveText(fullHash.slice(0, 8));

  await page.getByRole('link', { name: 'Report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
  await expect(page.getByTestId('crisis-entry')).toHaveCount(3);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download Markdown' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${TITLE}.md`);
  const markdown = await readFile(await download.path(), 'utf8');
  expect(markdown.startsWith(`# ${TITLE}\n`)).toBe(true);
  expect(markdown).toContain('- Severity: High');
  expect(markdown).toContain('## Timeline');
  const at = (text) => markdown.indexOf(text);
  expect(at(FIRST)).toBeGreaterThan(at('## Timeline'));
  expect(at(SECOND)).toBeGreaterThan(at(FIRST));
  expect(at('Acme was told at 10:40')).toBeGreaterThan(at(SECOND));
  expect(markdown).toContain('*Corrected by the entry of');
  expect(markdown).toContain('*Corrects the entry of');
  expect(markdown).toContain(`Change: \`${fullHash}\``);
  expect(markdown).toContain('All 3 entries are as they were written.');
  expect(markdown).toContain('The crisis is still open.');

  // Closing with a resolution ends the timeline.
  await page.getByRole('link', { name: 'Back to the crisis' }).click();
  await close.getByLabel('How the crisis was resolved').fill('The host restored the site at 11:00.');
  await close.getByRole('button', { name: 'Close the crisis' }).click();
  await expect(page.getByTestId('resolution')).toContainText('The host restored the site at 11:00.');
  await expect(page.locator('.crisis-page .subtitle')).toContainText('Closed');
  await expect(entryForm(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Correct' })).toHaveCount(0);
  await allSaved(page);
  expect(errors).toEqual([]);
});
