// Where a screen's time goes: opens the busy year at Clients, settles, then clicks the
// sidebar link to each route given and records a CPU profile (Chrome DevTools protocol)
// from the click to the settled screen; prints each route's settled time and the
// functions with the most self time. With --open, first profiles a cold open of Clients
// (or of the route --open-at names: a new page, from navigation to the interactive mark;
// for Today, `/`, until its panels show, their desks read a slice at a time),
// as the benchmark's second and later opens see it. For finding a slow screen's cause, not a figure of the benchmark
// (scripts/bench measures those).
//
//   node profile.mjs --dist <dir> [--data ../data/busy-year] [--top 25] [--save <dir>] [--open [--open-at /]] /supplies /documents
//
// Function names need a wasm with its name section: wasm-opt drops it, so profile a
// build made without wasm-opt (scripts/bench-profile makes one and runs this).
//
// With --join, profiles an empty device joining the busy year through handover-relay
// (--bin names the folder holding it), from the press on Join to in step with the relay:
// the benchmark's initial sync.
//
// With --edit <kind> (comment, board_move, crisis_entry, checklist_tick: the
// benchmark's edits), profiles --count edits of that kind instead of routes, from
// the first action to the last edit saved.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { launch, newContext } from './lib/chromium.mjs';
import { freePort, startUntil, stop } from './lib/processes.mjs';
import { readWorkspace, seedApp } from './lib/workspace.mjs';
import { TODAY_SHOWN, openOnce, watchLoading } from './measure/open.mjs';
import { EDITS, openForEditing } from './measure/edits.mjs';
import { ceoOnRelay, inviteAssistant, openInvite, timeJoin } from './measure/relay.mjs';
import { spread } from './lib/stats.mjs';
import { arm, settleQuietly, waitSettled, watchSettling } from './measure/settle.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const { values: options, positionals: routes } = parseArgs({
  allowPositionals: true,
  options: {
    dist: { type: 'string', default: path.join(root, 'dist') },
    data: { type: 'string', default: path.join(root, 'bench/data/busy-year') },
    top: { type: 'string', default: '25' },
    open: { type: 'boolean', default: false },
    'open-at': { type: 'string', default: '/clients' },
    edit: { type: 'string' },
    join: { type: 'boolean', default: false },
    bin: { type: 'string', default: path.join(root, 'target/release') },
    count: { type: 'string', default: '30' },
    save: { type: 'string' },
  },
});

/** A CPU profiler on `page`, sampling every 200 µs, not yet started. */
async function profilerOn(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  return cdp;
}

/**
 * Self and total (inclusive) time per function, each heaviest first: a sample counts
 * once for its innermost function's self time and once for every function on its stack.
 */
function times(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const name = (id) => {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    return `${functionName || '(anonymous)'}  ${url ? path.basename(url) : ''}:${lineNumber}`;
  };
  const self = new Map();
  const total = new Map();
  const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    add(self, name(id), ms);
    const onStack = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) onStack.add(name(at));
    for (const key of onStack) add(total, key, ms);
  });
  const heaviest = (map) => [...map].sort((a, b) => b[1] - a[1]);
  return { self: heaviest(self), total: heaviest(total) };
}

/**
 * Prints the functions with the most self and total time; with --save <dir>, also
 * writes the whole profile there as `<label>.cpuprofile` (DevTools' Performance
 * panel opens it).
 */
function report(profile, label) {
  if (options.save) {
    fs.mkdirSync(options.save, { recursive: true });
    const file = path.join(options.save, `${label.replace(/[^\w-]+/g, '_')}.cpuprofile`);
    fs.writeFileSync(file, JSON.stringify(profile));
    console.log(`  saved ${file}`);
  }
  const { self, total } = times(profile);
  for (const [title, list] of [['self', self], ['total', total]]) {
    console.log(`  by ${title} time:`);
    for (const [name, ms] of list.slice(0, Number(options.top))) console.log(`${ms.toFixed(1).padStart(10)} ms  ${name}`);
  }
}

/**
 * Profiles a cold open of `route` in a new page: from before navigation to the
 * interactive mark, and for Today to its panels shown. The first open of a seeded workspace writes what opening adds, so
 * one open runs before the profiled one.
 */
async function profileOpen(context, route) {
  await (await openOnce(context, route)).page.close();
  const page = await context.newPage();
  const cdp = await profilerOn(context, page);
  await cdp.send('Profiler.start');
  await page.goto(route);
  await page.waitForFunction(() => performance.getEntriesByName('handover:interactive').length > 0, null, { polling: 50, timeout: 300_000 });
  // Today's panels show after the page, once their desks are read: what they cost is part of its open.
  if (route === '/') await page.waitForFunction((shown) => performance.getEntriesByName(shown).length > 0, TODAY_SHOWN, { polling: 50, timeout: 300_000 });
  const { profile } = await cdp.send('Profiler.stop');
  const interactive = await page.evaluate(() => performance.getEntriesByName('handover:interactive')[0].startTime);
  console.log(`\ncold open of ${route}: interactive at ${interactive.toFixed(0)} ms`);
  report(profile, 'open');
  await page.close();
}

/** Profiles `count` edits of the benchmark's kind `name` (see measure/edits.mjs). */
async function profileEdits(context, name, count) {
  const kind = EDITS[name];
  if (!kind) throw new Error(`--edit: one of ${Object.keys(EDITS).join(', ')}`);
  const page = await openForEditing(context, await kind.path(context), kind.ready);
  await settleQuietly(page, { timeoutMs: 120_000 });
  const cdp = await profilerOn(context, page);
  await cdp.send('Profiler.start');
  const rendered = [];
  const durable = [];
  for (let n = 0; n < count; n++) {
    const timing = await kind.edit(page, n);
    rendered.push(timing.rendered_ms);
    if (timing.durable_ms !== null) durable.push(timing.durable_ms);
  }
  const { profile } = await cdp.send('Profiler.stop');
  const [r, d] = [spread(rendered), spread(durable)];
  console.log(`\n${count} edits (${name}): rendered p50 ${r.p50_ms} ms, p95 ${r.p95_ms} ms; durable p50 ${d.p50_ms} ms, p95 ${d.p95_ms} ms`);
  report(profile, `edit-${name}`);
  await page.close();
}

/**
 * Profiles an empty device joining: the seeded device (`context`) connects to a fresh
 * relay and invites the Operations Assistant, whose new page is profiled from the press
 * on Join to in step with the relay.
 */
async function profileJoin(browser, base, context) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'handover-profile-relay-'));
  const { ceo, relay } = await ceoOnRelay(context, path.join(options.bin, 'handover-relay'), dataDir);
  const joining = await newContext(browser, base);
  try {
    await joining.addInitScript(watchLoading);
    const page = await openInvite(joining, await inviteAssistant(ceo));
    const cdp = await profilerOn(joining, page);
    await cdp.send('Profiler.start');
    const joined = await timeJoin(page);
    const { profile } = await cdp.send('Profiler.stop');
    console.log(`\ninitial sync: in step after ${joined.initial_sync_ms} ms, longest task ${joined.longest_task_ms} ms`);
    report(profile, 'join');
  } finally {
    await joining.close();
    await ceo.close();
    await stop(relay);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * Profiles each of `routes` from the click on its sidebar link to the settled
 * screen, coming from Clients each time.
 */
async function profileRoutes(context, routes) {
  if (routes.length === 0) return;
  const { page } = await openOnce(context, '/clients');
  await settleQuietly(page, { timeoutMs: 120_000 });
  const cdp = await profilerOn(context, page);
  for (const route of routes) {
    for (const target of ['/clients', route]) {
      const link = page.locator(`nav.sidebar a[href="${target}"]`).first();
      const profiling = target === route;
      if (profiling) await cdp.send('Profiler.start');
      await arm(page, { input: 'click', path: target, heading: true });
      await link.click();
      const settled = await waitSettled(page, { quietMs: 100, timeoutMs: 60_000 });
      if (!profiling) continue;
      const { profile } = await cdp.send('Profiler.stop');
      console.log(`\n${route}: settled in ${settled.settled_ms} ms, longest task ${settled.longest_task_ms} ms`);
      report(profile, `route${route}`);
    }
  }
}

const port = await freePort();
const server = await startUntil('node', [path.join(root, 'tests/e2e/server.js')], 'serving', {
  env: { ...process.env, DIST: path.resolve(options.dist), PORT: String(port), HOST: '127.0.0.1' },
});
const browser = await launch();
try {
  const base = `http://127.0.0.1:${port}`;
  const context = await newContext(browser, base);
  await context.addInitScript(watchLoading);
  await context.addInitScript(watchSettling);
  await seedApp(context, readWorkspace(options.data));
  if (options.open) await profileOpen(context, options['open-at']);
  if (options.edit) await profileEdits(context, options.edit, Number(options.count));
  if (options.join) await profileJoin(browser, base, context);
  await profileRoutes(context, routes);
} finally {
  await browser.close();
  await stop(server);
}
