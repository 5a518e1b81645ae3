// The document register: on the CEO's device an internal and a confidential
// entry (a web address must be http or https), the entries due for review
// listed on top, the filters kept in the address, and an entry made
// confidential and back; then, with a team member's device through a relay,
// the member sees the internal entry but never a confidential one, and an
// entry made confidential leaves their device.
import { test, expect } from '@playwright/test';
import { allSaved, startWorkspace, watchErrors } from './helpers.js';
import { ceoWithRelay, invite, joinIn, synced } from './devices.js';

test.describe.configure({ timeout: 120_000 });

const main = (page) => page.getByRole('navigation', { name: 'Main navigation' });
const rows = (page) => page.getByTestId('document-row');
const row = (page, title) => rows(page).filter({ hasText: title });

/** The day `days` from today in this machine's zone (the browser's too). */
function dayFromToday(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const two = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

async function openDocuments(page) {
  await main(page).getByRole('link', { name: 'Documents' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Documents' })).toBeVisible();
}

/**
 * Expects the command palette to list exactly `titles` (records and
 * commands) for `query`, then closes it. An empty list proves something
 * only once the index is built: check a query that finds something first.
 */
async function paletteLists(page, query, titles) {
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Search and commands' });
  await palette.getByRole('combobox').fill(query);
  await expect.poll(() => palette.locator('.palette-title').allTextContents()).toEqual(titles);
  await page.keyboard.press('Escape');
  await expect(palette).toHaveCount(0);
}

/** Registers an entry through the form and waits for its page. */
async function register(page, { title, kind, location, level, review, notes }) {
  await page.getByRole('link', { name: 'Register a document' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Register a document' })).toBeVisible();
  await page.getByLabel('Title').fill(title);
  if (kind) await page.getByLabel('Kind').selectOption({ label: kind });
  await page.getByLabel('Where it is kept').fill(location);
  if (level) await page.getByLabel('Confidentiality').selectOption({ label: level });
  if (review) await page.getByLabel('Review date').fill(review);
  if (notes) await page.getByLabel('Notes').fill(notes);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await allSaved(page);
}

test('the register on the CEO device: validation, review due, filters, a move to confidential and back', async ({ page }) => {
  const errors = watchErrors(page);
  await startWorkspace(page, 'Alex Morgan', 'CEO');
  await openDocuments(page);
  await expect(page.locator('main')).toContainText('No documents registered yet. Choose “Register a document”');
  await expect(page.getByTestId('review-due')).toHaveCount(0);

  // Bad input is refused field by field; the owner starts as the user.
  await page.getByRole('link', { name: 'Register a document' }).click();
  await expect(page.getByLabel('Owner')).toHaveValue(/.+/);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert').first()).toContainText('Nothing was saved');
  await expect(page.locator('.field.invalid')).toHaveCount(2);
  await expect(page.locator('.field.invalid').filter({ hasText: 'Title' })).toContainText('Please fill this in.');
  await page.getByLabel('Title').fill('Cleaning contract');
  await page.getByLabel('Where it is kept').fill('javascript:alert(1)');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('.field.invalid')).toHaveCount(1);
  await expect(page.locator('.field.invalid').filter({ hasText: 'Where it is kept' }))
    .toContainText('must start with http:// or https://');
  await page.getByRole('link', { name: 'Back to the register' }).click();

  await register(page, {
    title: 'Cleaning contract',
    kind: 'Contract',
    location: 'https://intranet.example.com/contracts/cleaning.pdf',
    level: 'Internal',
    review: dayFromToday(10),
  });
  const link = page.getByTestId('document-link');
  await expect(link).toHaveAttribute('href', 'https://intranet.example.com/contracts/cleaning.pdf');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(page.getByTestId('review-badge')).toHaveText('Review soon');
  await page.getByRole('link', { name: 'Back to the register' }).click();

  await register(page, {
    title: 'Salary scales',
    kind: 'Policy',
    location: 'Safe in the CEO’s office',
    level: 'Confidential',
    review: dayFromToday(-1),
    notes: 'Agreed with the works council.',
  });
  await expect(page.getByTestId('document-level')).toHaveText('Confidential');
  await expect(page.getByTestId('document-link')).toHaveCount(0);
  await expect(page.getByTestId('review-badge')).toHaveText('Review due');
  await page.getByRole('link', { name: 'Back to the register' }).click();

  await register(page, {
    title: 'Fire safety certificate',
    kind: 'Certificate',
    location: 'Cabinet B, shelf 2',
    level: 'Public',
    review: dayFromToday(90),
  });
  await openDocuments(page);
  await expect(page.getByTestId('document-count')).toHaveText('3 documents');

  // Due (yesterday) first, then due soon (in ten days); the one in three
  // months is not listed.
  const due = page.getByTestId('review-item');
  await expect(due).toHaveCount(2);
  await expect(due.nth(0)).toContainText('Salary scales');
  await expect(due.nth(0)).toContainText('Review due');
  await expect(due.nth(1)).toContainText('Cleaning contract');
  await expect(due.nth(1)).toContainText('Review soon');

  // The filters are kept in the address.
  await page.getByLabel('Kind').selectOption({ label: 'Contract' });
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page)).toContainText('Cleaning contract');
  await expect(page).toHaveURL(/kind=contract/);
  await page.getByLabel('Kind').selectOption({ label: 'All kinds' });
  await page.getByLabel('Confidentiality').selectOption({ label: 'Confidential' });
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page)).toContainText('Salary scales');
  // The router writes the address on the next frame: reloading before it
  // would reload the address without the filter.
  await expect(page).toHaveURL(/level=confidential/);
  await page.reload();
  await expect(page.getByLabel('Confidentiality')).toHaveValue('confidential');
  await expect(rows(page)).toHaveCount(1);
  await page.getByLabel('Confidentiality').selectOption({ label: 'Any confidentiality' });
  await page.getByLabel('Search titles').fill('FIRE cert');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page)).toContainText('Fire safety certificate');
  await expect(page).toHaveURL(/search=FIRE/);
  await page.getByLabel('Search titles').fill('lease');
  await expect(page.locator('main')).toContainText('No document matches these filters.');
  await page.getByLabel('Search titles').fill('');
  await page.getByLabel('Owner').selectOption({ label: 'Alex Morgan' });
  await expect(rows(page)).toHaveCount(3);

  // Made confidential, the entry moves to the leadership document; the
  // page follows it, and back again.
  await row(page, 'Cleaning contract').getByRole('link', { name: 'Cleaning contract' }).click();
  await page.getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel('Confidentiality').selectOption({ label: 'Confidential' });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('document-level')).toHaveText('Confidential');
  await allSaved(page);
  await page.getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel('Confidentiality').selectOption({ label: 'Internal' });
  await page.getByLabel('Title').fill('Cleaning contract 2027');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('document-level')).toHaveText('Internal');
  await expect(page.getByRole('heading', { level: 1, name: 'Cleaning contract 2027' })).toBeVisible();
  await openDocuments(page);
  await expect(rows(page)).toHaveCount(3);
  await expect(row(page, 'Cleaning contract 2027')).toContainText('Internal');
  await allSaved(page);
  expect(errors).toEqual([]);
});

test('a team member sees the internal entries and never a confidential one', async ({ browser }) => {
  const { ceo, close } = await ceoWithRelay(browser);
  try {
    const link = await invite(ceo, 'Sam Jansen', 'Team member');
    const sam = await joinIn(await browser.newContext(), link, 'Sam Jansen');

    await openDocuments(ceo);
    await register(ceo, {
      title: 'Visitor policy',
      kind: 'Policy',
      location: 'Reception desk, blue folder',
      level: 'Internal',
      review: dayFromToday(5),
    });
    await ceo.getByRole('link', { name: 'Back to the register' }).click();
    await register(ceo, {
      title: 'Board minutes',
      kind: 'Report',
      location: 'https://board.example.com/minutes',
      level: 'Confidential',
      review: dayFromToday(0),
    });
    const secretAddress = new URL(ceo.url()).pathname;
    await synced(ceo);

    await openDocuments(sam);
    await expect(row(sam, 'Visitor policy')).toBeVisible({ timeout: 30_000 });
    await synced(sam);
    await expect(rows(sam)).toHaveCount(1);
    await expect(sam.getByTestId('review-item')).toHaveCount(1);
    await expect(sam.getByTestId('review-due')).not.toContainText('Board minutes');
    // "Confidential" is neither a filter nor a choice here.
    await expect(sam.getByLabel('Confidentiality').locator('option')).toHaveText(['Any confidentiality', 'Public', 'Internal']);
    await sam.getByRole('link', { name: 'Register a document' }).click();
    await expect(sam.getByLabel('Confidentiality').locator('option')).toHaveText(['Public', 'Internal']);
    await expect(sam.locator('.document-form')).toContainText('Only the CEO or the Operations Assistant can register a confidential document.');
    await sam.goto(secretAddress);
    await expect(sam.locator('main')).toContainText('This document is not in the register.');

    // Sam's search finds the internal entry and never the confidential one,
    // and offers no leadership command; the CEO's finds both.
    await paletteLists(sam, 'visitor', ['Visitor policy']);
    await paletteLists(sam, 'board', []);
    await paletteLists(sam, 'declare crisis', []);
    await paletteLists(ceo, 'board', ['Board minutes']);

    // Made confidential on the CEO's device, the policy leaves Sam's.
    await openDocuments(ceo);
    await row(ceo, 'Visitor policy').getByRole('link', { name: 'Visitor policy' }).click();
    await ceo.getByRole('button', { name: 'Edit' }).click();
    await ceo.getByLabel('Confidentiality').selectOption({ label: 'Confidential' });
    await ceo.getByRole('button', { name: 'Save' }).click();
    await expect(ceo.getByTestId('document-level')).toHaveText('Confidential');
    await synced(ceo);
    await openDocuments(sam);
    await expect(rows(sam)).toHaveCount(0, { timeout: 30_000 });
    await expect(sam.locator('main')).toContainText('No documents registered yet.');
    await expect(sam.getByTestId('review-due')).toHaveCount(0);
    await paletteLists(sam, 'visitor', []);
    await openDocuments(ceo);
    await expect(rows(ceo)).toHaveCount(2);
  } finally {
    await close();
  }
});
