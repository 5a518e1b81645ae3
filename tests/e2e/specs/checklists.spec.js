// Onboarding and offboarding: a checklist started from the default template
// runs to completion and the client becomes active; templates are edited
// (with a bad input refused) and used for the next start; two devices tick
// different steps of one checklist at once and both see both ticks.
import { test, expect } from '@playwright/test';
import { addClient, allSaved, startWorkspace, watchErrors } from './helpers.js';
import { ceoWithRelay, invite, join } from './devices.js';

test.describe.configure({ timeout: 120_000 });

const ONBOARDING = [
  'Welcome call with the client',
  'Contract signed and filed',
  'Access and accounts set up',
  'Kick-off meeting',
  'First check-in after two weeks',
  'Ask how satisfied the client is after the first month',
];

function panel(page) {
  return page.locator('.client-checklists');
}

function step(page, title) {
  return panel(page).getByTestId('checklist-step').filter({ hasText: title });
}

async function tick(page, title) {
  await panel(page).getByRole('checkbox', { name: title, exact: true }).check();
}

function statusBadge(page) {
  return page.locator('.subtitle .badge');
}

test('an onboarding runs to completion and the client becomes active', async ({ page }) => {
  const errors = watchErrors(page);
  await startWorkspace(page);
  await addClient(page, 'Acme Logistics');
  await expect(statusBadge(page)).toHaveText('Prospect');
  await expect(panel(page).getByText('No onboarding or offboarding for this client yet.')).toBeVisible();

  // A new workspace has no template: the default one is used at once.
  await panel(page).getByRole('button', { name: 'Start onboarding' }).click();
  await expect(panel(page).getByTestId('checklist-step')).toHaveCount(ONBOARDING.length);
  await expect(statusBadge(page)).toHaveText('Onboarding');
  await expect(panel(page).getByRole('button', { name: 'Start onboarding' })).toHaveCount(0);
  await expect(step(page, ONBOARDING[0])).toContainText('Due ');

  await tick(page, ONBOARDING[0]);
  await tick(page, ONBOARDING[1]);
  await expect(panel(page).getByTestId('checklist-progress')).toContainText('2 of 6 done');
  await expect(step(page, ONBOARDING[0])).toContainText('Done by Alex Morgan on');
  await allSaved(page);

  // Unticking takes the step back.
  await panel(page).getByRole('checkbox', { name: ONBOARDING[1], exact: true }).uncheck();
  await expect(panel(page).getByTestId('checklist-progress')).toContainText('1 of 6 done');
  await tick(page, ONBOARDING[1]);

  // The onboarding desk and the client list show the progress.
  await page.getByRole('navigation').getByRole('link', { name: 'Onboarding' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Onboarding and offboarding' })).toBeVisible();
  const row = page.getByTestId('checklist-row').filter({ hasText: 'Acme Logistics' });
  await expect(row).toContainText('2 of 6 done');
  await expect(row).toContainText(ONBOARDING[2]);
  await page.getByRole('navigation').getByRole('link', { name: 'Clients' }).click();
  await page.getByLabel('Status').selectOption({ label: 'Onboarding' });
  await expect(page.getByTestId('client-count')).toHaveText('1 client');
  await expect(page.getByRole('row', { name: /Acme Logistics/ })).toContainText('2 of 6 done');
  // Opened cold, the list shows first, and each client's status and progress
  // once the year's checklists are read.
  await page.goto('/clients');
  const acme = page.getByRole('row', { name: /Acme Logistics/ });
  await expect(acme.locator('.badge')).toHaveText('Onboarding');
  await expect(acme).toContainText('2 of 6 done');

  // Finishing every step makes the client active.
  await page.getByRole('link', { name: 'Acme Logistics' }).click();
  for (const title of ONBOARDING.slice(2)) await tick(page, title);
  await expect(statusBadge(page)).toHaveText('Active');
  await expect(panel(page).getByRole('button', { name: 'Start onboarding' })).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Onboarding' }).click();
  await expect(page.getByText('No checklists in progress.')).toBeVisible();
  await page.getByText('One completed checklist').click();
  await expect(page.getByTestId('checklist-row').filter({ hasText: 'Acme Logistics' })).toContainText('6 of 6 done');
  expect(errors).toEqual([]);
});

test('templates are edited, checked and used for the next start', async ({ page }) => {
  const errors = watchErrors(page);
  await startWorkspace(page);
  await page.goto('/onboarding/templates');
  await expect(page.getByText('There is no template of this kind yet.')).toHaveCount(2);
  await page.getByRole('button', { name: 'Add the default template' }).first().click();
  // The only template yet; it keeps its place (first by name) when renamed.
  const standard = page.getByTestId('template').first();
  await expect(standard).toContainText('Standard onboarding');
  await expect(standard.getByTestId('template-step')).toHaveCount(ONBOARDING.length);
  await expect(standard.getByTestId('template-step').first()).toContainText('Due on the first day');

  // Bad input is refused with a message next to the field; nothing is saved.
  await standard.getByRole('button', { name: 'Add step' }).click();
  await standard.getByLabel('Due after (days from the start)').fill('400');
  await standard.getByRole('button', { name: 'Save' }).click();
  await expect(standard.getByText('Please fill this in.')).toBeVisible();
  await expect(standard.getByText('Enter a whole number of days from 0 to 365.')).toBeVisible();
  await expect(standard.getByTestId('template-step')).toHaveCount(ONBOARDING.length);

  await standard.getByLabel('Step', { exact: true }).fill('Send a welcome gift');
  await standard.getByLabel('Due after (days from the start)').fill('3');
  await standard.getByLabel('Done by default by').selectOption({ label: 'Alex Morgan' });
  await standard.getByRole('button', { name: 'Save' }).click();
  await expect(standard.getByTestId('template-step')).toHaveCount(ONBOARDING.length + 1);
  const gift = standard.getByTestId('template-step').last();
  await expect(gift).toContainText('Send a welcome gift');
  await expect(gift).toContainText('Due on day 3');
  await gift.getByRole('button', { name: 'Move up' }).click();
  await expect(standard.getByTestId('template-step').nth(ONBOARDING.length - 1)).toContainText('Send a welcome gift');

  // Rename, and a second onboarding template to choose from.
  await standard.getByRole('button', { name: 'Rename' }).click();
  await standard.getByLabel('Template name').fill('Onboarding with gift');
  await standard.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: 'Onboarding with gift' })).toBeVisible();
  const form = page.locator('form.new-template');
  await form.getByLabel('Template name').fill('Quick onboarding');
  await form.getByRole('button', { name: 'Create template' }).click();
  const quick = page.getByTestId('template').filter({ hasText: 'Quick onboarding' });
  await expect(quick.getByText('This template has no steps yet.')).toBeVisible();
  await quick.getByRole('button', { name: 'Add step' }).click();
  await quick.getByLabel('Step', { exact: true }).fill('Call the client');
  await quick.getByRole('button', { name: 'Save' }).click();
  await expect(quick.getByTestId('template-step')).toHaveCount(1);

  await page.getByRole('navigation').getByRole('link', { name: 'Clients' }).click();
  await addClient(page, 'Bakery Jansen');
  await panel(page).getByRole('button', { name: 'Start onboarding' }).click();
  await panel(page).getByLabel('Which template?').selectOption({ label: 'Onboarding with gift' });
  await panel(page).getByRole('button', { name: 'Start', exact: true }).click();
  await expect(panel(page).getByTestId('checklist-step')).toHaveCount(ONBOARDING.length + 1);
  const giftStep = step(page, 'Send a welcome gift');
  await expect(giftStep.getByRole('combobox')).toHaveValue(/.+/);
  await expect(giftStep.getByRole('combobox').locator('option:checked')).toHaveText('Alex Morgan');
  await expect(panel(page).getByTestId('checklist-progress')).toContainText('0 of 7 done');
  expect(errors).toEqual([]);
});

test('two devices tick different steps of one checklist at once', async ({ browser }) => {
  const { ceo, close } = await ceoWithRelay(browser, 'Alex Morgan');
  try {
    const link = await invite(ceo, 'Sam Jansen', 'Operations Assistant');
    const assistant = await join(browser, link, 'Sam Jansen');

    await ceo.getByRole('navigation').getByRole('link', { name: 'Clients' }).click();
    await addClient(ceo, 'Acme Logistics');
    await panel(ceo).getByRole('button', { name: 'Start onboarding' }).click();
    await expect(panel(ceo).getByTestId('checklist-step')).toHaveCount(ONBOARDING.length);

    await assistant.getByRole('link', { name: 'Acme Logistics' }).click({ timeout: 30_000 });
    await expect(panel(assistant).getByTestId('checklist-step')).toHaveCount(ONBOARDING.length, { timeout: 30_000 });

    // Both tick a different step at the same moment.
    await Promise.all([tick(ceo, ONBOARDING[0]), tick(assistant, ONBOARDING[1])]);
    for (const page of [ceo, assistant]) {
      await expect(step(page, ONBOARDING[0])).toContainText('Done by Alex Morgan', { timeout: 30_000 });
      await expect(step(page, ONBOARDING[1])).toContainText('Done by Sam Jansen', { timeout: 30_000 });
      await expect(panel(page).getByTestId('checklist-progress')).toContainText('2 of 6 done');
    }

    // Each finishes part of the rest at once: both see the client active.
    await Promise.all([
      (async () => { for (const t of ONBOARDING.slice(2, 4)) await tick(ceo, t); })(),
      (async () => { for (const t of ONBOARDING.slice(4)) await tick(assistant, t); })(),
    ]);
    for (const page of [ceo, assistant]) {
      await expect(statusBadge(page)).toHaveText('Active', { timeout: 30_000 });
      await expect(step(page, ONBOARDING[3])).toContainText('Done by Alex Morgan');
      await expect(step(page, ONBOARDING[5])).toContainText('Done by Sam Jansen');
    }
  } finally {
    await close();
  }
});
