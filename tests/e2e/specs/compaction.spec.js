// Compaction in the worker: a document whose saves have grown enough is
// compacted by the compaction worker (its own wasm, src/store/compaction),
// with the page free meanwhile; what it wrote loads again, with the snapshot
// of the records it writes beside it (src/doc/snapshot) read for every
// record but those saved since, and the worker starts with the network off
// too, from the service worker's cache.
import { test, expect } from '@playwright/test';
import { allSaved, chooseTaskCsv, serviceWorkerInControl, startWorkspace, watchErrors } from './helpers.js';

test.describe.configure({ timeout: 120_000 });

const COMPACTED = 'handover:compacted-in-worker';

/** A task export of `count` rows with some text each: one import, one big save. */
function tasksFile(prefix, count) {
  const rows = Array.from({ length: count }, (_, n) =>
    `"${prefix} task ${n}","Notes for ${prefix} task ${n}: call the client back, check the invoice and file the report."`);
  return ['"Task Name","Task Content"', ...rows].join('\r\n');
}

/** Chooses the task file of `prefix` on the import page. */
const chooseTasks = (page, prefix, count) => chooseTaskCsv(page, tasksFile(prefix, count));

async function importTasks(page, prefix, count) {
  await chooseTasks(page, prefix, count);
  await expect(page.getByTestId('import-counts')).toHaveAttribute('data-new', String(count));
  await page.getByTestId('import-run').click();
  await expect(page.getByTestId('import-done')).toContainText(`Imported ${count} tasks.`);
  await allSaved(page);
}

/** How many compactions the worker did for this page. */
const compactions = (page) => page.evaluate((name) => performance.getEntriesByName(name).length, COMPACTED);

/** The team document's stored entries, by kind (the profile names the document). */
async function storedChunks(page) {
  return page.evaluate(async () => {
    const request = (r) => new Promise((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
    const db = await request(indexedDB.open('handover'));
    const profile = JSON.parse(await request(db.transaction('settings').objectStore('settings').get('device-profile')));
    const keys = await request(db.transaction('documents').objectStore('documents').getAllKeys());
    db.close();
    const count = (kind) => keys.filter(([doc, k]) => doc === profile.team_doc && k === kind).length;
    return { incremental: count('incremental'), snapshot: count('snapshot'), records: count('records') };
  });
}

test('the worker compacts a grown document, online and offline, and loses nothing', async ({ page, context }) => {
  const errors = watchErrors(page);
  const warnings = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  await startWorkspace(page);
  await serviceWorkerInControl(page);

  // Offline before any compaction: the service worker has the worker's
  // files from its install, not from a first use.
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
  await importTasks(page, 'Offline', 300);
  await expect.poll(() => compactions(page)).toBe(1);
  // One snapshot holds everything; the saves it replaced are gone.
  await expect.poll(() => storedChunks(page)).toEqual({ incremental: 0, snapshot: 1, records: 1 });

  await context.setOffline(false);
  await importTasks(page, 'Online', 300);
  await expect.poll(() => compactions(page)).toBe(2);
  await expect.poll(() => storedChunks(page)).toEqual({ incremental: 0, snapshot: 1, records: 1 });
  // Saved after the compaction, so not in the snapshot of the records.
  await importTasks(page, 'Later', 5);
  expect(await compactions(page)).toBe(2);

  // Loaded from the snapshot, every task is there, those saved since too:
  // the three files again have nothing left to import.
  await page.reload();
  for (const [prefix, count] of [['Online', 300], ['Offline', 300], ['Later', 5]]) {
    await chooseTasks(page, prefix, count);
    await expect(page.getByTestId('import-counts')).toHaveAttribute('data-skipped', String(count));
    await expect(page.getByTestId('import-counts')).toHaveAttribute('data-new', '0');
  }
  // The desks read them through the snapshot of the records, those saved
  // since it from the document.
  await page.goto('/team/tasks');
  await expect(page.getByTestId('task-count')).toHaveText('605 tasks');
  expect(warnings.filter((text) => text.includes('compacting in this tab'))).toEqual([]);
  expect(errors).toEqual([]);
});
