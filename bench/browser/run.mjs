// The browser half of scripts/bench, which builds everything first: measures the
// busy year in headless Chromium and natively, prints the table and writes the JSON.
//
//   node run.mjs --dist ../../dist --data ../data/busy-year --data-2x ../data/busy-year-2x \
//                --bin ../../target/release --out ../results
//
// A step that fails is reported in the table and the JSON and the others still run.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { launch, newContext } from './lib/chromium.mjs';
import { freePort, jsonOf, startUntil, stop } from './lib/processes.mjs';
import { table } from './lib/report.mjs';
import { readWorkspace, seedApp } from './lib/workspace.mjs';
import { bundleSize } from './measure/bundle.mjs';
import { edits, someTaskPath } from './measure/edits.mjs';
import { coldOpens, memoryOf, openOnce, watchLoading } from './measure/open.mjs';
import { buildReference, referenceOpens } from './measure/reference.mjs';
import { relayFigures } from './measure/relay.mjs';

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
    port: { type: 'string' },
  },
});
const runs = Number(options.runs);
const bin = (name) => path.join(path.resolve(options.bin), name);
const say = (text) => console.error(`bench: ${text}`);

const results = { started_at: new Date().toISOString(), errors: {} };
/** Runs one step, keeping its figures or its error. */
async function step(name, measure) {
  say(name);
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
const referencePort = await freePort();
const referenceDir = path.join(root, 'target/bench-reference');
await buildReference(referenceDir);
const app = await serve(options.dist, appPort);
const reference = await serve(referenceDir, referencePort);
const appBase = `http://127.0.0.1:${appPort}`;
const referenceBase = `http://127.0.0.1:${referencePort}`;
const browser = await launch();
try {
  const year = readWorkspace(options.data);
  const year2 = readWorkspace(options['data-2x']);
  results.data = { '1x': year.manifest, '2x': year2.manifest };

  await step('bundle', async () => bundleSize(options.dist));
  await step('native_1x', () => jsonOf(bin('native-load'), [year.dir]));
  await step('native_2x', () => jsonOf(bin('native-load'), [year2.dir]));

  const seeded = async (workspace) => {
    const context = await newContext(browser, appBase);
    await context.addInitScript(watchLoading);
    await seedApp(context, workspace);
    return context;
  };
  const context1 = await seeded(year);
  await step('open_1x', () => coldOpens(context1, '/clients', runs));
  await step('memory', async () => {
    const { page } = await openOnce(context1, '/clients');
    await page.waitForTimeout(1000);
    const memory = await memoryOf(page);
    await page.close();
    return memory;
  });
  let taskPath;
  await step('edits', async () => {
    taskPath = await someTaskPath(context1);
    return { task: taskPath, ...(await edits(context1, taskPath, Number(options.edits))) };
  });
  await context1.close();
  await step('reference_1x', () => referenceOpens(browser, referenceBase, year, runs));

  const context2 = await seeded(year2);
  await step('open_2x', () => coldOpens(context2, '/clients', runs));
  await context2.close();
  await step('reference_2x', () => referenceOpens(browser, referenceBase, year2, runs));

  await step('relay', () => relayFigures(browser, appBase, year, { relayBin: bin('handover-relay'), taskPath, hops: Number(options.hops) }));
  await step('relay_load', () => jsonOf(bin('relay-load'), ['--relay', bin('handover-relay'), '--peers', options.peers]));
} finally {
  await browser.close();
  await stop(app);
  await stop(reference);
}

results.finished_at = new Date().toISOString();
const out = path.resolve(options.out);
mkdirSync(out, { recursive: true });
const text = JSON.stringify(results, null, 2);
writeFileSync(path.join(out, 'latest.json'), text);
writeFileSync(path.join(out, `${results.started_at.replace(/[:.]/g, '-')}.json`), text);
console.log(table(results));
for (const [name, err] of Object.entries(results.errors)) console.log(`\n${name} failed: ${err.split('\n')[0]}`);
console.log(`\nfigures: ${path.relative(process.cwd(), path.join(out, 'latest.json'))}`);
