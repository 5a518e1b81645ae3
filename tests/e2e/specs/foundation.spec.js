// The foundation as a user meets it: first run, the Clients desk, validation,
// two tabs editing at once, and the language switch.
import { test, expect } from '@playwright/test';
import { addClient, allSaved, startWorkspace, watchErrors } from './helpers.js';

test('first run, a client with a contact and two interactions survives a reload', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await expect(page.getByRole('button', { name: /Join with an invite/ })).toBeVisible();
  await startWorkspace(page, 'Alex Morgan', 'CEO');
  await expect(page.getByText('No clients yet')).toBeVisible();

  await addClient(page, 'Acme Logistics', 'Acme BV');
  await page.getByRole('button', { name: 'Add contact' }).click();
  const contactForm = page.locator('.contact-form');
  await contactForm.getByLabel('Name').fill('Ann de Vries');
  await contactForm.getByLabel('Job title').fill('Office manager');
  await contactForm.getByLabel('E-mail').fill('ann@acme.example');
  await contactForm.getByLabel('Phone').fill('+31 20 555 0101');
  await contactForm.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('.contact-list')).toContainText('Ann de Vries');

  const log = page.locator('.log-form');
  await log.getByLabel('Kind').selectOption({ label: 'Call' });
  await log.getByLabel('Summary').fill('Introduced the onboarding plan');
  await log.getByLabel('Outcome').fill('Agreed to start Monday');
  await log.getByRole('button', { name: 'Log interaction' }).click();
  await expect(page.locator('.timeline .interaction')).toHaveCount(1);
  await log.getByLabel('Kind').selectOption({ label: 'Question' });
  await log.getByLabel('Summary').fill('Asked about invoicing dates');
  await log.getByRole('button', { name: 'Log interaction' }).click();
  await expect(page.locator('.timeline .interaction')).toHaveCount(2);
  await allSaved(page);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Acme Logistics' })).toBeVisible();
  await expect(page.locator('.contact-list')).toContainText('ann@acme.example');
  await expect(page.locator('.timeline .interaction')).toHaveCount(2);
  await expect(page.locator('.timeline')).toContainText('Alex Morgan');
  // The benchmark splits a cold open by these marks, in this order (src/timing.rs,
  // bench/browser/measure/open.mjs).
  const marks = await page.evaluate(() => ['wasm-started', 'stored-read', 'documents-open']
    .map((name) => performance.getEntriesByName(`handover:${name}`)[0]?.startTime ?? null));
  expect(marks.every(Number.isFinite)).toBe(true);
  expect(marks).toEqual([...marks].sort((a, b) => a - b));

  await page.getByRole('link', { name: 'All clients' }).click();
  await page.getByLabel('Search').fill('ann de vries');
  await expect(page.getByTestId('client-count')).toHaveText('1 client');
  await page.getByLabel('Search').fill('nobody');
  await expect(page.getByText('No clients match your search.')).toBeVisible();
  expect(errors).toEqual([]);
});

test('bad input shows a clear message and saves nothing', async ({ page }) => {
  await startWorkspace(page);
  await page.getByRole('link', { name: 'New client' }).click();
  await page.getByLabel('Company').fill('Nameless Ltd');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert')).toHaveText('Please correct the marked fields. Nothing was saved.');
  await expect(page.locator('.field.invalid')).toContainText('Please fill this in.');
  await expect(page).toHaveURL(/\/clients\/new$/);
  await page.getByLabel('Name').fill('x'.repeat(121));
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('.field.invalid')).toContainText('at most 120 characters');
  await page.getByRole('link', { name: 'Cancel' }).click();
  await expect(page.getByText('No clients yet')).toBeVisible();

  await addClient(page, 'Bakery Jansen');
  await page.getByRole('button', { name: 'Add contact' }).click();
  const contactForm = page.locator('.contact-form');
  await contactForm.getByLabel('Name').fill('Piet');
  await contactForm.getByLabel('E-mail').fill('not-an-address');
  await contactForm.getByRole('button', { name: 'Save' }).click();
  await expect(contactForm).toContainText('This does not look like an e-mail address.');
  await expect(page.getByText('No contacts yet.')).toBeVisible();

  await page.reload();
  await expect(page.getByText('No contacts yet.')).toBeVisible();
  await page.getByRole('link', { name: 'All clients' }).click();
  await expect(page.getByTestId('client-count')).toHaveText('1 client');
});

test('two tabs see each other\'s edits live and keep them all after reloading', async ({ context, page }) => {
  await startWorkspace(page);
  const other = await context.newPage();
  await other.goto('/clients');
  await expect(other.getByRole('heading', { name: 'Clients' })).toBeVisible();

  await addClient(page, 'Made in tab one');
  await expect(other.getByRole('link', { name: 'Made in tab one' })).toBeVisible();
  await addClient(other, 'Made in tab two');
  await page.getByRole('link', { name: 'All clients' }).click();
  await expect(page.getByRole('link', { name: 'Made in tab two' })).toBeVisible();

  // Both tabs edit the same client at once: both edits survive.
  await page.getByRole('link', { name: 'Made in tab two' }).click();
  await page.getByRole('link', { name: 'Edit' }).click();
  await other.getByRole('link', { name: 'Edit' }).click();
  await page.getByLabel('Company').fill('Company from tab one');
  await other.getByLabel('Notes').fill('Notes from tab two');
  await page.getByRole('button', { name: 'Save' }).click();
  await other.getByRole('button', { name: 'Save' }).click();
  await allSaved(page);
  await allSaved(other);

  for (const tab of [page, other]) {
    await tab.goto('/clients');
    await tab.reload();
    await expect(tab.getByTestId('client-count')).toHaveText('2 clients');
    await tab.getByRole('link', { name: 'Made in tab two' }).click();
    await expect(tab.locator('.company')).toHaveText('Company from tab one');
    await expect(tab.locator('.notes')).toHaveText('Notes from tab two');
  }
});

test('the language switch changes the text and is remembered', async ({ page }) => {
  await startWorkspace(page);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('nl');
  await expect(page.getByRole('heading', { name: 'Klanten' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Nieuwe klant' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Klanten' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Taal' }).selectOption('sv');
  await expect(page.getByRole('heading', { name: 'Kunder' })).toBeVisible();
});

test('a damaged stored entry is set aside and reported while everything else loads', async ({ page }) => {
  await startWorkspace(page);
  await addClient(page, 'Still here');
  await allSaved(page);
  // Write a damaged chunk beside the real ones, as a broken disk or tool could.
  await page.evaluate(async () => {
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open('handover');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const read = db.transaction('settings').objectStore('settings').get('device-profile');
    const profile = await new Promise((resolve) => { read.onsuccess = () => resolve(JSON.parse(read.result)); });
    const key = [profile.team_doc, 'incremental', 'damaged'];
    const tx = db.transaction('documents', 'readwrite');
    tx.objectStore('documents').put({ key, binary: new TextEncoder().encode('not automerge') }, key);
    await new Promise((resolve) => { tx.oncomplete = resolve; });
    db.close();
  });
  await page.reload();
  await expect(page.getByTestId('quarantine-banner')).toContainText('One piece of stored data was damaged');
  await expect(page.getByRole('heading', { level: 1, name: 'Still here' })).toBeVisible();
  await page.getByTestId('quarantine-banner').getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Data set aside' })).toBeVisible();
  await expect(page.locator('.quarantine')).toContainText('damaged');
});
