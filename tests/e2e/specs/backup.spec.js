// Nothing is lost with the browser, and the app stays installable and
// current (issue 14, points 2 and 6):
// - a backup made on the CEO's laptop, offline, restored on the assistant's
//   fresh device, merges with what the assistant made meanwhile; a team
//   member's device takes the team records and leaves the leadership ones out;
// - a damaged file, a file that is no backup and another workspace's backup
//   are refused with a clear message and change nothing;
// - Settings says whether the browser keeps the data and how much it uses;
// - the reminder shows for a device with no relay and no backup for seven
//   days, at most once a day;
// - the manifest passes Chromium's installability check, "Install app"
//   follows the browser's offer, and a new service worker shows "A new
//   version is ready — Reload" instead of swapping silently.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, test, expect } from '@playwright/test';
import { addClient, allSaved, startWorkspace, watchErrors } from './helpers.js';
import { connectRelay, invite, joinIn, storedDocumentIds } from './devices.js';
import { freePort, stopRelay, tempDir } from './relay.js';

test.describe.configure({ timeout: 120_000 });

const DAY = 24 * 60 * 60 * 1000;

async function openSettings(page) {
  await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByTestId('backup-card')).toBeVisible();
}

async function openClients(page) {
  await page.getByRole('navigation').getByRole('link', { name: 'Clients' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
}

/** Makes a backup from `button` (Settings' by default): its name and bytes. */
async function backUp(page, button = null) {
  if (!button) {
    await openSettings(page);
    button = page.getByTestId('backup-card').getByRole('button', { name: 'Back up now' });
  }
  const download = page.waitForEvent('download');
  await button.click();
  const file = await download;
  return { name: file.suggestedFilename(), buffer: await readFile(await file.path()) };
}

/** Restores `file` in Settings; returns the message it shows. */
async function restore(page, file) {
  await openSettings(page);
  await page.getByLabel('Backup file').setInputFiles({ mimeType: 'application/json', ...file });
  return page.getByTestId('backup-outcome');
}

test('a backup restored on a fresh device merges with its concurrent edit; a team device leaves leadership out', async ({ browser }) => {
  const port = await freePort();
  const ceoContext = await browser.newContext();
  const ceo = await ceoContext.newPage();
  const errors = watchErrors(ceo);
  await startWorkspace(ceo, 'Alex Morgan', 'CEO');
  await addClient(ceo, 'Acme Logistics');
  const { relay } = await connectRelay(ceo, port, tempDir());
  try {
    const leadershipId = (await ceo.locator('.documents dd code').nth(1).textContent()).trim();
    const assistantContext = await browser.newContext();
    const assistant = await joinIn(assistantContext, await invite(ceo, 'Sam Jansen', 'Operations Assistant'), 'Sam Jansen');
    const memberContext = await browser.newContext();
    const member = await joinIn(memberContext, await invite(ceo, 'Terry Lee', 'Team member'), 'Terry Lee');

    // Offline, each laptop makes its own change; the CEO then backs up.
    for (const context of [ceoContext, assistantContext, memberContext]) await context.setOffline(true);
    await openClients(ceo);
    await addClient(ceo, 'Made on the CEO laptop');
    await openClients(assistant);
    await addClient(assistant, 'Made on the assistant laptop');
    const file = await backUp(ceo);
    expect(file.name).toMatch(/^handover-backup-[1-9A-HJ-NP-Za-km-z]{8}-\d{4}-\d{2}-\d{2}\.json$/);
    const content = JSON.parse(file.buffer.toString('utf8'));
    expect(content).toMatchObject({ format: 'handover-backup', version: 1, device: { language: 'en', relay: expect.stringContaining(String(port)) } });
    expect(content.documents.map((d) => d.kind)).toEqual(['team', 'leadership']);
    expect(Object.keys(content.device).sort()).toEqual(['backups', 'language', 'member', 'relay']);
    await expect(ceo.getByTestId('last-backup')).toContainText('Last backup from this device:');

    const restored = await restore(assistant, file);
    await expect(restored).toContainText("Restored the backup made on");
    await expect(restored).toContainText("by Alex Morgan's device");
    await expect(restored).toContainText('One record was added or brought up to date.');
    await allSaved(assistant);
    await openClients(assistant);
    for (const name of ['Acme Logistics', 'Made on the CEO laptop', 'Made on the assistant laptop']) {
      await expect(assistant.getByRole('link', { name })).toBeVisible();
    }

    // The team member's device takes the team records only.
    const left = await restore(member, file);
    await expect(left).toContainText('It also holds the leadership records, which this device may not keep');
    await allSaved(member);
    expect(await storedDocumentIds(member)).not.toContain(leadershipId);
    await openClients(member);
    await expect(member.getByRole('link', { name: 'Made on the CEO laptop' })).toBeVisible();

    // Restoring is durable: after a reload the assistant still has the
    // CEO's offline client, which no relay ever saw.
    await assistantContext.setOffline(false);
    await assistant.reload();
    await expect(assistant.getByRole('link', { name: 'Made on the CEO laptop' })).toBeVisible();
    expect(errors).toEqual([]);
  } finally {
    await stopRelay(relay);
  }
});

test('a damaged file, a file that is no backup and another workspace backup change nothing', async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  const errors = watchErrors(page);
  await startWorkspace(page);
  await addClient(page, 'Acme Logistics');
  const file = await backUp(page);

  // Settings says what the browser does with the data, in words.
  await expect(page.getByTestId('storage-kept')).toHaveText(
    /keeps Handover's data until you remove it|may clear Handover's data|does not say whether/,
  );
  await expect(page.getByTestId('storage-used')).toHaveText(/^Handover uses [\d.]+ [KMGT]B of the [\d.]+ [KMGT]B this browser allows\.$/);

  const other = await (await browser.newContext()).newPage();
  await startWorkspace(other, 'Robin Vos', 'CEO');
  await addClient(other, 'Someone else entirely');
  const foreign = await backUp(other);

  const text = file.buffer.toString('utf8');
  const cases = [
    [{ name: 'cut.json', buffer: file.buffer.subarray(0, file.buffer.length / 2) }, 'This backup file is damaged'],
    [{ name: 'changed.json', buffer: Buffer.from(text.replace(/"bytes":"(.{40})/, '"bytes":"AAAA$1')) }, 'This backup file is damaged'],
    [{ name: 'clients.csv', mimeType: 'text/csv', buffer: Buffer.from('name,company\nAcme,Acme BV\n') }, 'This file is not a Handover backup'],
    [foreign, 'This backup belongs to another workspace'],
  ];
  for (const [bad, message] of cases) {
    const outcome = await restore(page, bad);
    await expect(outcome).toContainText(message);
    await expect(outcome).toContainText('Nothing was changed');
    await expect(outcome).toHaveAttribute('role', 'alert');
  }
  await openClients(page);
  await expect(page.getByRole('link', { name: 'Acme Logistics' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Someone else entirely' })).toHaveCount(0);
  await expect(page.locator('.save-state')).toHaveAttribute('data-state', 'saved');
  expect(errors).toEqual([]);
});

test('a device with no relay and no backup for seven days is reminded, at most once a day', async ({ page }) => {
  const start = Date.parse('2026-03-02T09:00:00Z');
  await page.clock.setFixedTime(start);
  await startWorkspace(page);
  await expect(page.getByTestId('backup-reminder')).toHaveCount(0);

  await page.clock.setFixedTime(start + 6 * DAY);
  await page.reload();
  await expect(page.getByTestId('current-user')).toBeVisible();
  await expect(page.getByTestId('backup-reminder')).toHaveCount(0);

  await page.clock.setFixedTime(start + 7 * DAY);
  await page.reload();
  const reminder = page.getByTestId('backup-reminder');
  await expect(reminder).toContainText('no backup from the last seven days');
  await reminder.getByRole('button', { name: 'Dismiss' }).click();
  await expect(reminder).toHaveCount(0);

  // Shown today already: not again before tomorrow.
  await page.clock.setFixedTime(start + 7 * DAY + 60 * 60 * 1000);
  await page.reload();
  await expect(page.getByTestId('current-user')).toBeVisible();
  await expect(reminder).toHaveCount(0);

  await page.clock.setFixedTime(start + 8 * DAY);
  await page.reload();
  const file = await backUp(page, reminder.getByRole('button', { name: 'Back up now' }));
  expect(file.name).toMatch(/^handover-backup-\w{8}-2026-03-10\.json$/);
  await expect(reminder).toHaveCount(0);

  await page.clock.setFixedTime(start + 10 * DAY);
  await page.reload();
  await expect(page.getByTestId('current-user')).toBeVisible();
  await expect(reminder).toHaveCount(0);
});

test('the app passes the installability check and offers to install itself', async ({ launchOptions, baseURL }) => {
  // Chromium installs nothing from an incognito profile, which every
  // ordinary Playwright context is: this one keeps a profile on disk.
  const context = await chromium.launchPersistentContext(tempDir(), { ...launchOptions, baseURL });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await startWorkspace(page);
    const cdp = await context.newCDPSession(page);
    const installability = async () => (await cdp.send('Page.getInstallabilityErrors')).installabilityErrors;
    await expect.poll(installability, { timeout: 15_000 }).toEqual([]);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.errors).toEqual([]);
    for (const icon of ['/public/icon-192.png', '/public/icon-512.png', '/public/icon-maskable-512.png']) {
      const response = await page.request.get(icon);
      expect(response.headers()['content-type']).toBe('image/png');
    }

    // The browser's offer, as Chromium makes it, brings the button.
    await page.evaluate(() => {
      const offer = new Event('beforeinstallprompt', { cancelable: true });
      offer.prompt = () => {
        window.installPrompted = true;
        return Promise.resolve({ outcome: 'accepted' });
      };
      window.dispatchEvent(offer);
    });
    const install = page.getByRole('button', { name: 'Install app' });
    await install.click();
    expect(await page.evaluate(() => window.installPrompted)).toBe(true);
    await expect(install).toHaveCount(0);
  } finally {
    await context.close();
  }
});

test('a new version waits for the user: "A new version is ready", then Reload', async ({ page }) => {
  const errors = watchErrors(page);
  await startWorkspace(page);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  const controller = () => page.evaluate(() => Boolean(navigator.serviceWorker.controller));
  if (!(await controller())) await page.reload();
  await expect.poll(controller).toBe(true);
  await expect(page.getByTestId('update-ready')).toHaveCount(0);

  // The next deploy: the build names the worker's cache after itself, so
  // sw.js changes. The browser's routing does not reach a service worker's
  // own script, so the served file is changed (and put back afterwards).
  const served = path.resolve(fileURLToPath(new URL('..', import.meta.url)), process.env.E2E_DIST || '../../dist', 'sw.js');
  const deployed = await readFile(served, 'utf8');
  try {
    await writeFile(served, deployed.replace(/handover-shell-[0-9a-z]+'/, "handover-shell-next'"));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    const notice = page.getByTestId('update-ready');
    await expect(notice).toContainText('A new version of Handover is ready.');
    // It waits: nothing reloads until the user says so.
    await page.waitForTimeout(500);
    await expect(notice).toBeVisible();
    // The running version keeps its cache until the new one takes over.
    const running = deployed.match(/handover-shell-[0-9a-z]+(?=')/)[0];
    expect((await page.evaluate(() => caches.keys())).sort()).toEqual([running, 'handover-shell-next'].sort());

    const reloaded = page.waitForEvent('load');
    await notice.getByRole('button', { name: 'Reload' }).click();
    await reloaded;
    await expect(page.getByTestId('current-user')).toBeVisible();
    await expect.poll(() => page.evaluate(() => caches.keys())).toEqual(['handover-shell-next']);
    await expect(page.getByTestId('update-ready')).toHaveCount(0);
  } finally {
    await writeFile(served, deployed);
  }
  expect(errors).toEqual([]);
});
