// Two and three devices through handover-relay: the CEO invites the
// Operations Assistant and a team member; edits travel both ways; the relay is
// restarted mid-session and nothing is lost; the team device never holds the
// leadership document.
import { test, expect } from '@playwright/test';
import { addClient, chooseTaskCsv, numberedTasksCsv, startWorkspace } from './helpers.js';
import { connectRelay, invite, join, joinIn, recordSync, synced, storedDocumentIds } from './devices.js';
import { freePort, startRelay, startStandardSyncServer, stopRelay, tempDir } from './relay.js';

test.describe.configure({ timeout: 120_000 });


test('CEO, assistant and team member share one state through the relay', async ({ browser }) => {
  const port = await freePort();
  const data = tempDir();
  const ceoContext = await browser.newContext();
  const ceo = await ceoContext.newPage();
  await startWorkspace(ceo, 'Alex Morgan', 'CEO');
  await addClient(ceo, 'Acme Logistics');
  await expect(ceo.getByTestId('sync-state')).toHaveAttribute('data-sync', 'local');

  let { relay, key } = await connectRelay(ceo, port, data);
  try {
    const leadershipId = (await ceo.locator('.documents dd code').nth(1).textContent()).trim();

    const assistantLink = await invite(ceo, 'Sam Jansen', 'Operations Assistant');
    const assistant = await join(browser, assistantLink, 'Sam Jansen');
    await expect(assistant.getByRole('link', { name: 'Acme Logistics' })).toBeVisible({ timeout: 30_000 });
    await expect(assistant.getByTestId('current-user')).toContainText('Sam Jansen · Operations Assistant');

    // An edit on one device appears on the other without a reload.
    await addClient(assistant, 'Bakery Jansen');
    await ceo.goto('/clients');
    await expect(ceo.getByRole('link', { name: 'Bakery Jansen' })).toBeVisible({ timeout: 30_000 });

    const teamLink = await invite(ceo, 'Terry Lee', 'Team member');
    const member = await join(browser, teamLink, 'Terry Lee');
    await expect(member.getByRole('link', { name: 'Bakery Jansen' })).toBeVisible({ timeout: 30_000 });
    expect(await storedDocumentIds(member)).not.toContain(leadershipId);
    expect(await storedDocumentIds(assistant)).toContain(leadershipId);

    // The relay goes away mid-session; both sides keep working.
    await stopRelay(relay);
    await expect(ceo.getByTestId('sync-state')).toHaveAttribute('data-sync', /offline|connecting/, { timeout: 30_000 });
    await ceo.getByRole('navigation').getByRole('link', { name: 'Clients' }).click();
    await addClient(ceo, 'Made while the relay was down');
    await assistant.getByRole('navigation').getByRole('link', { name: 'Clients' }).click();
    await addClient(assistant, 'Also made while it was down');
    await expect(assistant.getByTestId('sync-state')).toContainText('not yet on the relay');

    relay = await startRelay(port, key, data);
    for (const page of [ceo, assistant, member]) {
      await synced(page);
      await page.getByRole('navigation').getByRole('link', { name: 'Clients' }).click();
      for (const name of ['Acme Logistics', 'Bakery Jansen', 'Made while the relay was down', 'Also made while it was down']) {
        await expect(page.getByRole('link', { name })).toBeVisible({ timeout: 30_000 });
      }
    }
  } finally {
    await stopRelay(relay);
  }
});

test('a standard automerge-repo sync server gets the team records only, with a plain warning', async ({ browser }) => {
  const port = await freePort();
  const server = await startStandardSyncServer(port, tempDir());
  try {
    const ceo = await (await browser.newContext()).newPage();
    await startWorkspace(ceo, 'Alex Morgan', 'CEO');
    await addClient(ceo, 'Acme Logistics');
    await ceo.goto('/settings');
    await ceo.getByLabel('Relay address').fill(`127.0.0.1:${port}`);
    await ceo.getByLabel(/standard automerge-repo sync server/).check();
    await expect(ceo.getByTestId('open-server-warning')).toContainText('can read every document it is given');
    await ceo.getByRole('button', { name: 'Save and connect' }).click();
    await synced(ceo);
    await expect(ceo.getByTestId('workspace-key')).toHaveCount(0);

    const link = await invite(ceo, 'Sam Jansen', 'Operations Assistant');
    const assistant = await join(browser, link, 'Sam Jansen');
    await expect(assistant.getByRole('link', { name: 'Acme Logistics' })).toBeVisible({ timeout: 30_000 });
    const leadershipId = (await ceo.locator('.documents dd code').nth(1).textContent()).trim();
    expect(await storedDocumentIds(assistant)).not.toContain(leadershipId);
    await addClient(assistant, 'Bakery Jansen');
    await ceo.getByRole('navigation').getByRole('link', { name: 'Clients' }).click();
    await expect(ceo.getByRole('link', { name: 'Bakery Jansen' })).toBeVisible({ timeout: 30_000 });
  } finally {
    await stopRelay(server);
  }
});

test('two devices that were both offline and both edited converge when they reconnect', async ({ browser }) => {
  const port = await freePort();
  const data = tempDir();
  const ceoContext = await browser.newContext();
  const ceo = await ceoContext.newPage();
  await startWorkspace(ceo, 'Alex Morgan', 'CEO');
  const { relay } = await connectRelay(ceo, port, data);
  try {
    const link = await invite(ceo, 'Sam Jansen', 'Operations Assistant');
    const assistantContext = await browser.newContext();
    const assistant = await joinIn(assistantContext, link, 'Sam Jansen');

    await ceoContext.setOffline(true);
    await assistantContext.setOffline(true);
    await ceo.getByRole('navigation').getByRole('link', { name: 'Clients' }).click();
    await addClient(ceo, 'Offline on the CEO laptop');
    await addClient(assistant, 'Offline on the assistant laptop');
    await ceoContext.setOffline(false);
    await assistantContext.setOffline(false);

    for (const page of [ceo, assistant]) {
      await page.getByRole('navigation').getByRole('link', { name: 'Clients' }).click();
      for (const name of ['Offline on the CEO laptop', 'Offline on the assistant laptop']) {
        await expect(page.getByRole('link', { name })).toBeVisible({ timeout: 30_000 });
      }
      await synced(page);
    }
  } finally {
    await stopRelay(relay);
  }
});

// Many records arriving at once on a device that has none of their kind are
// read a slice at a time; the screens open on that device then show them all.
test('a joining device sends nothing of its own before it holds the documents; 130 tasks imported on one device show on the task list open on another', async ({ browser }) => {
  const port = await freePort();
  const ceo = await (await browser.newContext()).newPage();
  await startWorkspace(ceo, 'Alex Morgan', 'CEO');
  const { relay } = await connectRelay(ceo, port, tempDir());
  try {
    const assistantContext = await browser.newContext();
    const documents = await recordSync(assistantContext);
    const assistant = await joinIn(assistantContext, await invite(ceo, 'Sam Jansen', 'Operations Assistant'), 'Sam Jansen');
    // A joining device writes nothing (not even its own listing) until it
    // holds the documents: before it is sent them, it names only heads the
    // relay holds (the schema's first change, the same on every device). A
    // change written into its empty copy would make the relay test its whole
    // history against the device's Bloom filter before sending it anything.
    expect(documents.size).toBe(2);
    for (const [id, { named, sent }] of documents) {
      expect(named.size, id).toBeGreaterThan(0);
      for (const head of named) expect(sent.has(head), `${id}: ${head} is the device's own`).toBe(true);
    }
    await assistant.getByRole('navigation').getByRole('link', { name: 'Team', exact: true }).click();
    await assistant.getByRole('link', { name: 'List' }).click();
    await expect(assistant.getByText('No tasks yet.')).toBeVisible();

    await chooseTaskCsv(ceo, numberedTasksCsv(130));
    await ceo.getByTestId('import-run').click();
    await expect(ceo.getByTestId('import-done')).toContainText('Imported 130 tasks.');

    await expect(assistant.getByTestId('task-count')).toHaveText('130 tasks', { timeout: 30_000 });
    await expect(assistant.getByTestId('task-row')).toHaveCount(100);
    await synced(assistant);
  } finally {
    await stopRelay(relay);
  }
});
