// Faults as a user could meet them: the page killed in the middle of a burst
// of writes, and damaged data in IndexedDB. Whatever the storage bar called
// saved must be there after reopening, and damage is reported, not hidden.
import { test, expect } from '@playwright/test';
import { addClient, allSaved, startWorkspace, watchErrors } from './helpers.js';

const TRIALS = 20;

// The service worker would serve the reopened page; after a renderer crash
// Chromium has to start it again before that navigation can go on, the
// likeliest step in the reopen that has hung these trials in clean-clone
// runs. The trials are about what IndexedDB kept, not about the offline
// shell (crisis.spec.js and compaction.spec.js cover that), so this file
// runs without it.
test.use({ serviceWorkers: 'block' });
const SEED = 0x20261125;

/** A small seeded generator (mulberry32): every run makes the same choices. */
function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The interaction summaries the open client page shows. */
async function summaries(page) {
  return page.locator('.timeline .summary').allTextContents();
}

/**
 * Calls `report(summaries)` with the interactions on screen each time the
 * storage bar turns to "saved": everything shown then must be durable.
 */
async function reportSavedWrites(page, report) {
  await page.exposeBinding('reportSaved', (_source, shown) => report(shown));
  await page.evaluate(() => {
    const bar = document.querySelector('.save-state');
    new MutationObserver(() => {
      if (bar.dataset.state === 'saved') {
        window.reportSaved([...document.querySelectorAll('.timeline .summary')].map((e) => e.textContent));
      }
    }).observe(bar, { attributes: true, attributeFilter: ['data-state'] });
  });
}

/**
 * Logs interactions through the client page's form, one after another with
 * the given pauses (ms) between them, without waiting for anything: the
 * burst runs in the page until the page dies.
 */
async function startBurst(page, prefix, pauses) {
  await page.evaluate(
    ({ prefix, pauses }) => {
      const form = document.querySelector('.log-form');
      const summary = form.querySelector('textarea[name="summary"]');
      const submit = form.querySelector('button[type="submit"]');
      (async () => {
        for (const [n, pause] of pauses.entries()) {
          summary.value = `${prefix}-${n}`;
          summary.dispatchEvent(new Event('input', { bubbles: true }));
          submit.click();
          await new Promise((resolve) => setTimeout(resolve, pause));
        }
      })();
    },
    { prefix, pauses },
  );
}

/** Kills the page's renderer, as a crash or the OS killing the tab would. */
async function crash(page) {
  const cdp = await page.context().newCDPSession(page);
  const crashed = page.waitForEvent('crash');
  cdp.send('Page.crash').catch(() => {});
  await crashed;
  await page.close();
}

/**
 * Opens the app at `path` in a new page of `context`; collects page errors.
 * A navigation after a renderer crash has hung in clean-clone runs (twice in
 * ~40 crash trials × sessions, never locally): each try gets 30 s, and a
 * hung one is closed and tried again in a fresh page after a pause.
 */
async function reopen(context, path) {
  const tries = 3;
  for (let attempt = 1; ; attempt++) {
    const page = await context.newPage();
    const errors = watchErrors(page);
    try {
      await page.goto(path, { timeout: 30_000 });
      return { page, errors };
    } catch (err) {
      await page.close();
      if (attempt === tries) throw err;
      await new Promise((resolve) => setTimeout(resolve, 1_000 * attempt));
    }
  }
}

/** Fails unless the client page at `path` shows every summary in `saved`. */
async function expectKept(page, name, saved) {
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  // The timeline shows a page at a time, each built a screenful at a time:
  // read it whole.
  const building = page.locator('.timeline[aria-busy="true"]');
  const more = page.locator('.interactions .show-more button');
  await expect(building).toHaveCount(0);
  while ((await more.count()) > 0) {
    await more.click();
    await expect(building).toHaveCount(0);
  }
  const kept = new Set(await summaries(page));
  expect([...saved].filter((s) => !kept.has(s)), `${name}: writes shown as saved, then lost`).toEqual([]);
  return kept;
}

test('the page killed during a burst of writes keeps every write it called saved', async ({ context, page }) => {
  test.setTimeout(360_000);
  const random = seeded(SEED);
  await startWorkspace(page);
  const trials = [];
  for (let trial = 0; trial < TRIALS; trial++) {
    const name = `Crash trial ${trial}`;
    await page.getByRole('link', { name: 'Clients', exact: true }).click();
    await addClient(page, name);
    const saved = new Set();
    trials.push({ name, saved });
    await reportSavedWrites(page, (shown) => shown.forEach((s) => saved.add(s)));
    // Mostly back to back, now and then a pause long enough to finish a save.
    const pauses = Array.from({ length: 400 }, () => (random() < 0.8 ? 0 : Math.floor(random() * 40)));
    const killAfter = 100 + Math.floor(random() * 1400);
    const clientPath = new URL(page.url()).pathname;
    await startBurst(page, `t${trial}`, pauses);
    await page.waitForTimeout(killAfter);
    await crash(page);

    const reopened = await reopen(context, clientPath);
    page = reopened.page;
    const kept = await expectKept(page, name, saved);
    expect([...kept].every((s) => s.startsWith(`t${trial}-`))).toBe(true);
    await expect(page.getByTestId('quarantine-banner')).toHaveCount(0);
    expect(reopened.errors).toEqual([]);
    await allSaved(page);
  }
  // Later trials (and the compactions they cause) kept the earlier ones.
  let total = { saved: 0, kept: 0 };
  for (const { name, saved } of trials) {
    await page.getByRole('link', { name: 'All clients' }).click();
    await page.getByRole('link', { name, exact: true }).click();
    const kept = await expectKept(page, name, saved);
    total = { saved: total.saved + saved.size, kept: total.kept + kept.size };
  }
  console.log(`${TRIALS} crash trials: ${total.saved} writes shown as saved, ${total.kept} found after reopening`);
  expect(total.saved).toBeGreaterThan(0);
});

test('damaged entries are reported while every other record still shows', async ({ page }) => {
  await startWorkspace(page);
  const names = ['Acme Logistics', 'Bakery Jansen', 'Café Noord'];
  for (const name of names) {
    await page.getByRole('link', { name: 'Clients', exact: true }).click();
    await addClient(page, name);
  }
  await allSaved(page);
  // A chunk of garbage, an entry without bytes and an entry under a malformed
  // key, written beside the real chunks.
  await page.evaluate(async () => {
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open('handover');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const read = db.transaction('settings').objectStore('settings').get('device-profile');
    const profile = await new Promise((resolve) => { read.onsuccess = () => resolve(JSON.parse(read.result)); });
    const doc = profile.team_doc;
    const tx = db.transaction('documents', 'readwrite');
    const store = tx.objectStore('documents');
    const garbage = [doc, 'incremental', 'garbage'];
    store.put({ key: garbage, binary: new TextEncoder().encode('not automerge') }, garbage);
    const noBytes = [doc, 'snapshot', 'no-bytes'];
    store.put({ key: noBytes, binary: 'not bytes' }, noBytes);
    const malformed = [doc, 'incremental'];
    store.put({ key: malformed, binary: new Uint8Array([1, 2, 3]) }, malformed);
    await new Promise((resolve) => { tx.oncomplete = resolve; });
    db.close();
  });
  const errors = watchErrors(page);
  await page.goto('/clients');
  const banner = page.getByRole('alert').filter({ has: page.getByRole('link', { name: 'Settings' }) });
  await expect(banner).toHaveAttribute('data-testid', 'quarantine-banner');
  await expect(banner).toContainText('3 pieces of stored data were damaged');
  await expect(page.getByTestId('client-count')).toHaveText('3 clients');
  for (const name of names) await expect(page.getByRole('link', { name })).toBeVisible();
  await banner.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Data set aside' })).toBeVisible();
  await expect(page.locator('.quarantine li')).toHaveCount(3);
  // Set aside once: the next start is clean.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Data set aside' })).toBeVisible();
  await expect(page.getByTestId('quarantine-banner')).toHaveCount(0);
  expect(errors).toEqual([]);
});
