// The browser half of scripts/bench, which builds everything first: measures the
// busy year in headless Chromium and natively, prints the table and writes the JSON.
//
//   node run.mjs --dist ../../dist --data ../data/busy-year --data-2x ../data/busy-year-2x \
//                --bin ../../target/release --out ../results
//
// A step that fails is reported in the table and the JSON and the others still run.
//
//   --only routes            only some steps (comma-separated: step names, or the groups
//                            routes = routes,keystrokes; open; native; reference; relay);
//                            their figures replace those of latest.json, the rest stay
//   --route-runs 3           visits of each screen (measure/routes.mjs); the median counts
//   --route-timeout 60000    a screen or key press not settled by then shows as ">60000 ms"
//   --keystrokes 20          key presses in the client search, the task filter and the palette
//   --route-match <regexp>   only the groups of screens with a route matching it
//   --peers 100,1000         relay fan-out: peer counts on one document
//   --teams 100x10           relay fan-out: teams × peers, each team its own document
//   --compaction-rows 3000   tasks imported to make the busy year due for compaction
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { launch, newContext } from './lib/chromium.mjs';
import { freePort, jsonOf, startUntil, stop } from './lib/processes.mjs';
import { table } from './lib/report.mjs';
import { readWorkspace, seedApp } from './lib/workspace.mjs';
import { bundleSize } from './measure/bundle.mjs';
import { compaction } from './measure/compaction.mjs';
import { edits, someTaskPath } from './measure/edits.mjs';
import { TODAY_SHOWN, coldOpens, memoryOf, openOnce, watchLoading } from './measure/open.mjs';
import { buildReference, referenceOpens } from './measure/reference.mjs';
import { relayFigures } from './measure/relay.mjs';
import { clientSearch, paletteSearch, routeTimes, taskFilter } from './measure/routes.mjs';
import { watchSettling } from './measure/settle.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const { values: options } = parseArgs({
  options: {
    dist: { type: 'string', default: path.join(root, 'dist') },
    data: { type: 'string', default: path.join(root, 'bench/data/busy-year') },
    'data-2x': { type: 'string', default: path.join(root, 'bench/data/busy-year-2x') },
    bin: { type: 'string', default: path.join(root, 'target/release') },
    out: { type: 'string', default: path.join(root, 'bench/results') },
    runs: { type: 'string', default: '5' },
    edits: { type: 'string', default: '200' },
    hops: { type: 'string', default: '100' },
    peers: { type: 'string', default: '100,1000' },
    teams: { type: 'string', default: '100x10' },
    port: { type: 'string' },
    only: { type: 'string' },
    'route-runs': { type: 'string', default: '3' },
    'route-timeout': { type: 'string', default: '60000' },
    keystrokes: { type: 'string', default: '20' },
    'route-match': { type: 'string' },
    'compaction-rows': { type: 'string', default: '3000' },
  },
});
const runs = Number(options.runs);
const bin = (name) => path.join(path.resolve(options.bin), name);
const say = (text) => console.error(`bench: ${text}`);

const STEPS = ['bundle', 'native_1x', 'native_2x', 'open_1x', 'open_today', 'memory', 'edits', 'compaction', 'reference_1x', 'open_2x', 'reference_2x', 'relay', 'relay_load', 'routes', 'keystrokes'];
const GROUPS = {
  routes: ['routes', 'keystrokes'],
  open: ['open_1x', 'open_today', 'open_2x'],
  native: ['native_1x', 'native_2x'],
  reference: ['reference_1x', 'reference_2x'],
  relay: ['relay', 'relay_load'],
};
/** The steps this run measures: all of them, or those named by --only. */
const only = options.only?.split(',').map((name) => name.trim()).filter(Boolean);
const chosen = new Set(only ? only.flatMap((name) => GROUPS[name] ?? [name]) : STEPS);
const unknown = [...chosen].filter((name) => !STEPS.includes(name));
if (unknown.length) {
  console.error(`run.mjs: unknown --only ${unknown.join(', ')}; steps: ${STEPS.join(', ')}; groups: ${Object.keys(GROUPS).join(', ')}`);
  process.exit(2);
}
const wanted = (...names) => names.some((name) => chosen.has(name));

const results = { started_at: new Date().toISOString(), errors: {}, measured_at: {} };
if (only) results.only = [...chosen];
/** Runs one step, keeping its figures or its error. */
async function step(name, measure) {
  if (!wanted(name)) return;
  say(name);
  results.measured_at[name] = new Date().toISOString();
  const began = Date.now();
  try {
    results[name] = await measure();
  } catch (err) {
    results.errors[name] = String(err?.stack || err);
    say(`${name} failed: ${err?.message || err}`);
  }
  say(`${name}: ${((Date.now() - began) / 1000).toFixed(1)} s`);
}

const serve = async (dir, port) =>
  startUntil('node', [path.join(root, 'tests/e2e/server.js')], 'serving', {
    env: { ...process.env, DIST: path.resolve(dir), PORT: String(port), HOST: '127.0.0.1' },
  });

const appPort = Number(options.port || (await freePort()));
const useReference = wanted('reference_1x', 'reference_2x');
const referencePort = await freePort();
const referenceDir = path.join(root, 'target/bench-reference');
if (useReference) await buildReference(referenceDir);
const app = await serve(options.dist, appPort);
const reference = useReference ? await serve(referenceDir, referencePort) : null;
const appBase = `http://127.0.0.1:${appPort}`;
const referenceBase = `http://127.0.0.1:${referencePort}`;
const browser = await launch();
try {
  const year = readWorkspace(options.data);
  const year2 = wanted('native_2x', 'open_2x', 'reference_2x') ? readWorkspace(options['data-2x']) : null;
  results.data = { '1x': year.manifest, ...(year2 && { '2x': year2.manifest }) };

  await step('bundle', async () => bundleSize(options.dist));
  await step('native_1x', () => jsonOf(bin('native-load'), [year.dir]));
  await step('native_2x', () => jsonOf(bin('native-load'), [year2.dir]));

  const seeded = async (workspace) => {
    const context = await newContext(browser, appBase);
    await context.addInitScript(watchLoading);
    await seedApp(context, workspace);
    return context;
  };
  const context1 = wanted('open_1x', 'open_today', 'memory', 'edits', 'relay') ? await seeded(year) : null;
  await step('open_1x', () => coldOpens(context1, '/clients', runs));
  await step('open_today', () => coldOpens(context1, '/', runs, TODAY_SHOWN));
  await step('memory', async () => {
    const { page } = await openOnce(context1, '/clients');
    await page.waitForTimeout(1000);
    const memory = await memoryOf(page);
    await page.close();
    return memory;
  });
  let taskPath;
  await step('edits', () => edits(context1, Number(options.edits), say));
  if (wanted('relay')) taskPath = await someTaskPath(context1).catch(() => undefined);
  await context1?.close();
  if (wanted('compaction')) {
    // A context of its own: the import stays out of the other steps' workspace.
    const context = await seeded(year);
    await step('compaction', () => compaction(context, Number(options['compaction-rows'])));
    await context.close();
  }
  await step('reference_1x', () => referenceOpens(browser, referenceBase, year, runs));

  if (wanted('open_2x')) {
    const context2 = await seeded(year2);
    await step('open_2x', () => coldOpens(context2, '/clients', runs));
    await context2.close();
  }
  await step('reference_2x', () => referenceOpens(browser, referenceBase, year2, runs));

  await step('relay', () => relayFigures(browser, appBase, year, { relayBin: bin('handover-relay'), taskPath, hops: Number(options.hops) }));
  await step('relay_load', () => jsonOf(bin('relay-load'), ['--relay', bin('handover-relay'), '--peers', options.peers, '--teams', options.teams]));

  // Each screen of the navigation and key presses in the filters (issue 12), in a
  // context of their own: nothing left open by the steps above weighs on them.
  if (wanted('routes', 'keystrokes')) {
    const context3 = await seeded(year);
    await context3.addInitScript(watchSettling);
    const timeoutMs = Number(options['route-timeout']);
    const each = { timeoutMs, count: Number(options.keystrokes), say };
    await step('routes', () => routeTimes(context3, { runs: Number(options['route-runs']), timeoutMs, match: options['route-match'], say }));
    await step('keystrokes', async () => {
      const figures = {};
      for (const [name, measure] of Object.entries({ client_search: clientSearch, task_filter: taskFilter, palette: paletteSearch })) {
        try {
          figures[name] = await measure(context3, each);
        } catch (err) {
          figures[name] = { error: String(err?.stack || err) };
          say(`keystrokes ${name} failed: ${err?.message || err}`);
        }
      }
      return figures;
    });
    await context3.close();
  }
} finally {
  await browser.close();
  await stop(app);
  await stop(reference);
}

results.finished_at = new Date().toISOString();
const out = path.resolve(options.out);
mkdirSync(out, { recursive: true });
const json = (value) => JSON.stringify(value, null, 2);
writeFileSync(path.join(out, `${results.started_at.replace(/[:.]/g, '-')}.json`), json(results));
writeFileSync(path.join(out, 'latest.json'), json(only ? mergedInto(path.join(out, 'latest.json'), results) : results));
console.log(table(results, { only: results.only }));
for (const [name, err] of Object.entries(results.errors)) console.log(`\n${name} failed: ${err.split('\n')[0]}`);
for (const err of results.routes?.errors ?? []) console.log(`\nroutes: ${err}`);
for (const [name, k] of Object.entries(results.keystrokes ?? {})) if (k.error) console.log(`\nkeystrokes ${name} failed: ${k.error.split('\n')[0]}`);
console.log(`\nfigures: ${path.relative(process.cwd(), path.join(out, 'latest.json'))}`);

/**
 * The figures of a run of some steps (--only) over those of the last full run in
 * `file`: the steps measured now replace theirs (and their errors), the others stay
 * with the time each was measured at.
 */
function mergedInto(file, partial) {
  let previous = {};
  try {
    if (existsSync(file)) previous = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    previous = {};
  }
  const merged = { ...previous, errors: { ...(previous.errors ?? {}) }, measured_at: { ...(previous.measured_at ?? {}) } };
  for (const name of partial.only) {
    delete merged[name];
    delete merged.errors[name];
    if (name in partial) merged[name] = partial[name];
    if (name in partial.errors) merged.errors[name] = partial.errors[name];
    if (name in partial.measured_at) merged.measured_at[name] = partial.measured_at[name];
  }
  merged.data = { ...(previous.data ?? {}), ...partial.data };
  merged.last_partial_run = { started_at: partial.started_at, finished_at: partial.finished_at, only: partial.only };
  return merged;
}
