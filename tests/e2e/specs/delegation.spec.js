// The acting CEO can act: while a handover runs, the CEO's device lends the
// assistant's device the right to invite and revoke (a delegation the
// workspace key signs); in an emergency, a standing delegation the CEO
// signed ahead works only once the assistant declares the emergency. Every
// invite and revocation made under a delegation lands in the decision log
// and the CEO's review, and withdrawing a delegation cuts off what it made.
import { test, expect } from '@playwright/test';
import { allSaved } from './helpers.js';
import { ceoWithRelay, invite, join, synced } from './devices.js';

test.describe.configure({ timeout: 240_000 });

const SYNC = { timeout: 30_000 };

/** A day `offset` days from today, as the date fields take it. */
function day(offset) {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

async function nav(page, name) {
  await page.getByRole('navigation').getByRole('link', { name }).click();
}

async function revoke(page, name) {
  await page.goto('/settings');
  page.once('dialog', (dialog) => dialog.accept());
  const row = page.getByTestId('issued-invites').locator('li').filter({ hasText: name });
  await row.getByRole('button', { name: 'Revoke' }).click();
  await expect(row.getByTestId('revoked')).toBeVisible();
}

async function refused(page) {
  const state = page.getByTestId('sync-state');
  await expect(state).toHaveAttribute('data-sync', 'refused', { timeout: 15_000 });
  await expect(state).toContainText('revoked');
}

test('the acting CEO invites and revokes during a handover, and the CEO reviews it', async ({ browser }) => {
  const { ceo, close } = await ceoWithRelay(browser, 'Alex Morgan');
  try {
    const assistant = await join(browser, await invite(ceo, 'Sam Jansen', 'Operations Assistant'), 'Sam Jansen');
    const member = await join(browser, await invite(ceo, 'Terry Lee', 'Team member'), 'Terry Lee');
    await synced(ceo);

    // Before the handover the assistant may not invite anyone.
    await assistant.goto('/settings');
    await expect(assistant.getByTestId('relay-address')).toBeVisible();
    await expect(assistant.locator('.invites')).toHaveCount(0);

    await nav(ceo, 'Handover');
    const form = ceo.locator('.handover-form');
    await expect(form.getByLabel('Acting CEO').locator('option:checked')).toHaveText('Sam Jansen', SYNC);
    await form.getByLabel('Away from').fill(day(0));
    await form.getByLabel('Expected back').fill(day(7));
    await form.getByRole('button', { name: 'Start the handover' }).click();
    await expect(ceo.getByTestId('running-handover')).toContainText('Sam Jansen is acting CEO');
    await allSaved(ceo);

    // The acting CEO invites a new team member; no CEO role is on offer.
    await assistant.goto('/settings');
    await expect(assistant.getByTestId('acting-invite-note')).toBeVisible(SYNC);
    const invites = assistant.locator('.invites form');
    await expect(invites.getByLabel('Role').locator('option')).toHaveText(['Operations Assistant', 'Team member']);
    const link = await invite(assistant, 'Robin Hale', 'Team member');
    const robin = await join(browser, link, 'Robin Hale');
    await synced(robin);

    // ...and revokes Terry, whom the CEO invited.
    await revoke(assistant, 'Terry Lee');
    await refused(member);

    await nav(assistant, 'Handover');
    const decisions = assistant.getByTestId('decision');
    await expect(decisions.filter({ hasText: 'Invited Robin Hale as Team member' })).toHaveCount(1);
    await expect(decisions.filter({ hasText: 'Revoked the access of Terry Lee' })).toHaveCount(1);
    await allSaved(assistant);

    // The CEO sees who made the invite, and reviews the decisions.
    await ceo.goto('/settings');
    const robinRow = ceo.getByTestId('issued-invites').locator('li').filter({ hasText: 'Robin Hale' });
    await expect(robinRow.getByTestId('delegated')).toHaveText('Made by the acting CEO', SYNC);
    await nav(ceo, 'Handover');
    const end = ceo.locator('.handover-end');
    await end.getByLabel('What went well').fill('Robin started on time');
    await end.getByLabel('What to change next time').fill('Nothing');
    await end.getByRole('button', { name: 'End the handover' }).click();
    await ceo.getByRole('link', { name: 'Read the return briefing' }).first().click();
    const reviewed = ceo.getByTestId('briefing-decisions');
    await expect(reviewed).toContainText('Invited Robin Hale as Team member', SYNC);
    await expect(reviewed).toContainText('Revoked the access of Terry Lee');
    await expect(reviewed).toContainText('Sam Jansen');

    // The handover is over: the assistant's invite rights went with it.
    await assistant.goto('/settings');
    await expect(assistant.getByTestId('relay-address')).toBeVisible();
    await expect(assistant.locator('.invites')).toHaveCount(0, SYNC);
  } finally {
    await close();
  }
});

test('a standing emergency delegation works only once the emergency is declared, and withdrawing it cuts off what it made', async ({ browser }) => {
  const { ceo, close } = await ceoWithRelay(browser, 'Alex Morgan');
  try {
    const assistant = await join(browser, await invite(ceo, 'Sam Jansen', 'Operations Assistant'), 'Sam Jansen');
    await synced(ceo);

    await ceo.goto('/settings');
    const card = ceo.getByTestId('emergency-delegation');
    await expect(card).toContainText('No emergency delegation is signed.');
    await card.getByRole('button', { name: 'Let Sam Jansen invite and revoke in an emergency' }).click(SYNC);
    await expect(card).toContainText('Sam Jansen may invite and revoke in an emergency until');
    await allSaved(ceo);
    await synced(ceo);

    // Signed, but no emergency declared: nothing to use yet.
    await synced(assistant);
    await assistant.goto('/settings');
    await expect(assistant.getByTestId('relay-address')).toBeVisible();
    await expect(assistant.locator('.invites')).toHaveCount(0);

    // The CEO cannot be reached: the assistant declares the emergency.
    await nav(assistant, 'Handover');
    await assistant.getByRole('button', { name: 'Start an emergency handover' }).click();
    const form = assistant.locator('.handover-form');
    await form.getByLabel('Why the CEO cannot be reached').fill('Alex is in hospital');
    await form.getByLabel('Away from').fill(day(0));
    await form.getByLabel('Expected back').fill(day(7));
    await form.getByRole('button', { name: 'Take over as acting CEO' }).click();
    await expect(assistant.getByTestId('acting-banner')).toContainText('Emergency');
    await allSaved(assistant);

    const robin = await join(browser, await invite(assistant, 'Robin Hale', 'Team member'), 'Robin Hale');
    await synced(robin);
    await nav(assistant, 'Handover');
    await expect(assistant.getByTestId('decision').filter({ hasText: 'Invited Robin Hale as Team member' })).toHaveCount(1);

    // Back, the CEO withdraws the delegation: the relay refuses what it
    // made from then on, and the assistant can no longer use it.
    await ceo.goto('/settings');
    ceo.once('dialog', (dialog) => dialog.accept());
    await card.getByRole('button', { name: 'Withdraw' }).click();
    await expect(card).toContainText('Withdrawn');
    await refused(robin);
    await assistant.goto('/settings');
    await expect(assistant.getByTestId('relay-address')).toBeVisible();
    await expect(assistant.locator('.invites')).toHaveCount(0, SYNC);
  } finally {
    await close();
  }
});
