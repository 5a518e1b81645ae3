// Trust, tried as an attacker would: every test here fails if its attack
// works. Roles and the leadership records come only from grants the
// workspace key signed; an invite is redeemed by one device only; a revoked
// device stops receiving within seconds; a server that is not the relay an
// invite names gets nothing.
import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { addClient, allSaved } from './helpers.js';
import { ceoWithRelay, invite, join, synced, storedDocumentIds } from './devices.js';
import { startStandardSyncServer, stopRelay, tempDir } from './relay.js';

test.describe.configure({ timeout: 180_000 });

const LONG = { timeout: 30_000 };

function nav(page, name) {
  return page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
}

async function leadershipIdOf(ceo) {
  await ceo.goto('/settings');
  return (await ceo.locator('.documents dd code').nth(1).textContent()).trim();
}

/** The link with its token's payload edited and its signature kept. */
function edited(link, edit) {
  const [origin, token] = link.split('#');
  const [kind, payload, signature] = token.split('.');
  const grant = JSON.parse(Buffer.from(payload, 'base64url').toString());
  edit(grant);
  return `${origin}#${kind}.${Buffer.from(JSON.stringify(grant)).toString('base64url')}.${signature}`;
}

/** Every file under `dir`, as paths relative to it. */
function filesUnder(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true }).filter((f) => fs.statSync(path.join(dir, f)).isFile());
}

test('an edited invite is refused before joining', async ({ browser }) => {
  const { ceo, close } = await ceoWithRelay(browser);
  try {
    const leadershipId = await leadershipIdOf(ceo);
    const link = await invite(ceo, 'Terry Lee', 'Team member');
    const forged = edited(link, (grant) => {
      grant.role = 'ceo';
      grant.leadership = leadershipId;
    });
    const page = await (await browser.newContext()).newPage();
    await page.goto(forged);
    await expect(page.getByText('This invite was changed after it was made')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Join workspace' })).toBeDisabled();
    expect(await storedDocumentIds(page)).toEqual([]);
  } finally {
    await close();
  }
});

test('a member record that says CEO gives a team device no leadership', async ({ browser }) => {
  const { ceo, close } = await ceoWithRelay(browser);
  try {
    const leadershipId = await leadershipIdOf(ceo);
    const member = await join(browser, await invite(ceo, 'Terry Lee', 'Team member'), 'Terry Lee');
    // Anyone can write the team document; here the member record of the team
    // member is changed to CEO (as their own device could do).
    await ceo.goto('/team/members');
    await ceo.getByRole('link', { name: 'Terry Lee' }).click();
    await ceo.getByRole('button', { name: 'Edit' }).click();
    await ceo.getByLabel('Role').selectOption({ label: 'CEO' });
    await ceo.getByRole('button', { name: 'Save' }).click();
    await allSaved(ceo);
    await expect(member.getByTestId('current-user')).toContainText('Terry Lee · CEO', LONG);

    await member.reload();
    await synced(member);
    await expect(member.getByRole('navigation').getByRole('link', { name: 'Escalations' })).toHaveCount(0);
    await member.goto('/handover');
    await expect(member.getByText('Handovers are kept on the devices of the CEO and the Operations Assistant.')).toBeVisible();
    await member.goto('/settings');
    await expect(member.locator('.invites')).toHaveCount(0);
    expect(await storedDocumentIds(member)).not.toContain(leadershipId);
  } finally {
    await close();
  }
});

test('a revoked device stops receiving within seconds and says why', async ({ browser }) => {
  const { ceo, close } = await ceoWithRelay(browser);
  try {
    const member = await join(browser, await invite(ceo, 'Terry Lee', 'Team member'), 'Terry Lee');
    await ceo.goto('/settings');
    ceo.once('dialog', (dialog) => dialog.accept());
    const row = ceo.getByTestId('issued-invites').locator('li').filter({ hasText: 'Terry Lee' });
    const revokedAt = Date.now();
    await row.getByRole('button', { name: 'Revoke' }).click();
    await expect(row.getByTestId('revoked')).toBeVisible();

    const state = member.getByTestId('sync-state');
    await expect(state).toHaveAttribute('data-sync', 'refused', { timeout: 15_000 });
    // The relay closes the connection within 5 s; the device then learns why.
    expect(Date.now() - revokedAt).toBeLessThan(15_000);
    await expect(state).toContainText('revoked');
    // After a reload too it says so, and Settings offers the way back.
    await member.goto('/settings');
    await expect(member.getByTestId('sync-state')).toContainText('revoked', LONG);
    await expect(member.getByTestId('reverify')).toBeVisible();

    await nav(ceo, 'Clients');
    await addClient(ceo, 'Made after the revocation');
    await synced(ceo);
    await member.goto('/clients');
    await member.waitForTimeout(3_000);
    await expect(member.getByRole('link', { name: 'Made after the revocation' })).toHaveCount(0);
  } finally {
    await close();
  }
});

test('an invite is redeemed once: a second device with the same link gets nothing', async ({ browser }) => {
  const { ceo, close } = await ceoWithRelay(browser);
  try {
    await nav(ceo, 'Clients');
    await addClient(ceo, 'Acme Logistics');
    await synced(ceo);
    const link = await invite(ceo, 'Terry Lee', 'Team member');
    const terry = await join(browser, link, 'Terry Lee');
    await expect(terry.getByRole('link', { name: 'Acme Logistics' })).toBeVisible(LONG);

    const thief = await (await browser.newContext()).newPage();
    await thief.goto(link);
    await thief.getByRole('button', { name: 'Join workspace' }).click();
    const state = thief.getByTestId('sync-state');
    await expect(state).toHaveAttribute('data-sync', 'refused', LONG);
    await expect(state).toContainText('already used on another device');
    await thief.goto('/clients');
    await expect(thief.getByRole('link', { name: 'Acme Logistics' })).toHaveCount(0);
  } finally {
    await close();
  }
});

test('a server that is not the relay the grant names is sent nothing', async ({ browser }) => {
  const { ceo, relay, port } = await ceoWithRelay(browser);
  const leadershipId = await leadershipIdOf(ceo);
  const teamId = (await ceo.locator('.documents dd code').nth(0).textContent()).trim();
  await stopRelay(relay);
  // Someone else's server now answers at the relay's address.
  const data = tempDir();
  const server = await startStandardSyncServer(port, data);
  try {
    await nav(ceo, 'Clients');
    await addClient(ceo, 'Written while an impostor listens');
    await ceo.waitForTimeout(5_000);
    await expect(ceo.getByTestId('sync-state')).not.toHaveAttribute('data-sync', 'synced');
    const stored = filesUnder(data).join('\n');
    for (const id of [leadershipId, teamId]) {
      expect(stored).not.toContain(id.slice(2));
    }
  } finally {
    await stopRelay(server);
  }
});

/** Turns `page`'s stored profile into one from before device keys (syncing through the
 *  relay on `port` with an old token), then reloads. */
async function makeLegacy(page, leadershipId, port) {
  await page.evaluate(async ({ leadership, port }) => {
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open('handover');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const store = () => db.transaction('settings', 'readwrite').objectStore('settings');
    const text = await new Promise((resolve) => {
      const get = store().get('device-profile');
      get.onsuccess = () => resolve(get.result);
    });
    const profile = JSON.parse(text);
    delete profile.grant;
    delete profile.workspace;
    profile.leadership_doc = leadership;
    profile.sync = { relay: `ws://127.0.0.1:${port}`, token: 'hov1.old.token' };
    await new Promise((resolve) => {
      const put = store().put(JSON.stringify(profile), 'device-profile');
      put.onsuccess = resolve;
    });
    db.close();
  }, { leadership: leadershipId, port });
  await page.reload();
}

test('devices from before device keys: the CEO’s re-signs itself, the others re-verify and lose nothing', async ({ browser }) => {
  const { ceo, port, close } = await ceoWithRelay(browser);
  try {
    const leadershipId = await leadershipIdOf(ceo);
    const assistant = await join(browser, await invite(ceo, 'Sam Jansen', 'Operations Assistant'), 'Sam Jansen');
    await nav(assistant, 'Clients');
    await addClient(assistant, 'Kept through the upgrade');
    await synced(assistant);

    // The CEO's device holds the workspace key: it signs itself a grant and goes on.
    await makeLegacy(ceo, leadershipId, port);
    await synced(ceo);
    await expect(ceo.getByRole('navigation').getByRole('link', { name: 'Escalations' })).toBeVisible();

    // The assistant's device asks to be verified again, and keeps its records meanwhile.
    await makeLegacy(assistant, leadershipId, port);
    await expect(assistant.getByRole('navigation').getByRole('link', { name: 'Escalations' })).toHaveCount(0);
    await assistant.goto('/settings');
    await expect(assistant.getByTestId('reverify')).toContainText('before devices had keys of their own');
    expect(await storedDocumentIds(assistant)).toContain(leadershipId);

    await ceo.goto('/settings');
    const row = ceo.getByTestId('issued-invites').locator('li').filter({ hasText: 'Sam Jansen' });
    await row.getByRole('button', { name: 'New invite for this person' }).click();
    const code = await ceo.getByTestId('invite-code').inputValue();
    await assistant.getByTestId('reverify').getByLabel('Invite code or link').fill(code);
    await assistant.getByRole('button', { name: 'Verify this device' }).click();
    await synced(assistant);
    await expect(assistant.getByRole('navigation').getByRole('link', { name: 'Escalations' })).toBeVisible();
    await assistant.getByRole('navigation').getByRole('link', { name: 'Clients', exact: true }).click();
    await expect(assistant.getByRole('link', { name: 'Kept through the upgrade' })).toBeVisible();
  } finally {
    await close();
  }
});
