// Several devices of one workspace, each a browser context, meeting through
// handover-relay: the CEO connects to the relay and invites the others.
import { expect } from '@playwright/test';
import { decodeChange, decodeSyncMessage, getAllChanges, load } from '@automerge/automerge';
import { decode } from 'cbor-x';
import { openClientsFromToday, startWorkspace } from './helpers.js';
import { freePort, startRelay, stopRelay, tempDir } from './relay.js';

export async function synced(page) {
  await expect(page.getByTestId('sync-state')).toHaveAttribute('data-sync', 'synced', { timeout: 30_000 });
}

export async function invite(ceo, name, role) {
  await ceo.goto('/settings');
  const form = ceo.locator('.invites form');
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Role').selectOption({ label: role });
  await form.getByRole('button', { name: 'Create invite' }).click();
  return ceo.getByTestId('invite-link').getAttribute('href');
}

export async function join(browser, link, name) {
  const context = await browser.newContext();
  return joinIn(context, link, name);
}

export async function joinIn(context, link, name) {
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.getByLabel('Your name')).toHaveValue(name);
  await page.getByRole('button', { name: 'Join workspace' }).click();
  await openClientsFromToday(page);
  await synced(page);
  return page;
}

/**
 * Connects the CEO's device (on /settings or anywhere) to a relay started
 * for it on `port` with `dataDir`: the relay is started with the workspace
 * key shown in Settings, then the device learns the relay's key by connecting.
 * Returns `{ relay, key }` (the workspace key, to restart the relay with).
 */
export async function connectRelay(ceo, port, dataDir = tempDir()) {
  await ceo.goto('/settings');
  const key = (await ceo.getByTestId('workspace-key').textContent()).trim();
  const relay = await startRelay(port, key, dataDir);
  await ceo.getByLabel('Relay address').fill(`127.0.0.1:${port}`);
  await ceo.getByRole('button', { name: 'Save and connect' }).click();
  await synced(ceo);
  return { relay, key };
}

/**
 * A CEO device connected to a fresh relay. Returns `{ ceo, relay, close }`;
 * call `close()` at the end (stops the relay).
 */
export async function ceoWithRelay(browser, name = 'Alex Morgan') {
  const port = await freePort();
  const context = await browser.newContext();
  const ceo = await context.newPage();
  await startWorkspace(ceo, name, 'CEO');
  const { relay } = await connectRelay(ceo, port);
  return { ceo, relay, port, close: () => stopRelay(relay) };
}

/** The ids of the documents this device keeps in IndexedDB. */
export async function storedDocumentIds(page) {
  return page.evaluate(async () => {
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open('handover');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const request = db.transaction('documents').objectStore('documents').getAllKeys();
    const keys = await new Promise((resolve) => { request.onsuccess = () => resolve(request.result); });
    db.close();
    return [...new Set(keys.map((key) => key[0]))];
  });
}

/**
 * The changes in `chunk` (one change, or a whole document), and those they
 * depend on: the hashes of a history the sender holds.
 */
function historyIn(chunk) {
  let changes;
  try {
    changes = [decodeChange(chunk)];
  } catch {
    changes = getAllChanges(load(chunk)).map(decodeChange);
  }
  return changes.flatMap((change) => [change.hash, ...change.deps]);
}

/**
 * Passes the sync sockets of `context` through unchanged and keeps, for each
 * document, the heads its pages named before they were sent any change of
 * it (`named`), and the hashes of every change they were sent and of those
 * these depend on (`sent`).
 */
export async function recordSync(context) {
  const documents = new Map();
  const of = (id) => documents.get(id) ?? documents.set(id, { named: new Set(), sent: new Set() }).get(id);
  const syncOf = (message) => {
    const frame = decode(Buffer.from(message));
    return frame.type === 'request' || frame.type === 'sync' ? [of(frame.documentId), decodeSyncMessage(frame.data)] : [];
  };
  await context.routeWebSocket(/\/sync/, (page) => {
    const relay = page.connectToServer();
    page.onMessage((message) => {
      const [document, sync] = syncOf(message);
      if (document && document.sent.size === 0) sync.heads.forEach((head) => document.named.add(head));
      relay.send(message);
    });
    relay.onMessage((message) => {
      const [document, sync] = syncOf(message);
      for (const chunk of sync?.changes ?? []) historyIn(chunk).forEach((hash) => document.sent.add(hash));
      page.send(message);
    });
  });
  return documents;
}
