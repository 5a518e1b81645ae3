// The JavaScript reference: @automerge/automerge-repo 2.x with its IndexedDB storage
// adapter loading the same bytes in the same browser, cold, a fresh page per run.
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { median } from '../lib/stats.mjs';
import { newContext } from '../lib/chromium.mjs';
import { seedReference } from '../lib/workspace.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const DATABASE = 'automerge-bench';

/** Bundles the reference page into `out` (served as its own origin). */
export async function buildReference(out) {
  mkdirSync(out, { recursive: true });
  await esbuild.build({
    entryPoints: [path.join(here, '../reference/page.js')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    minify: true,
    outfile: path.join(out, 'page.js'),
    logLevel: 'warning',
  });
  copyFileSync(path.join(here, '../reference/index.html'), path.join(out, 'index.html'));
  copyFileSync(path.join(here, '../node_modules/@automerge/automerge/dist/automerge.wasm'), path.join(out, 'automerge.wasm'));
}

/** `runs` cold finds of both documents of `workspace` from the reference's origin `base`. */
export async function referenceOpens(browser, base, workspace, runs) {
  const context = await newContext(browser, base);
  await seedReference(context, workspace, DATABASE);
  const hash = [DATABASE, ...workspace.documents.map((d) => d.id)].join(',');
  const each = [];
  for (let run = 0; run < runs; run++) {
    const page = await context.newPage();
    await page.goto(`/#${hash}`);
    const figures = await page.waitForFunction(() => window.__benchReference, null, { polling: 50, timeout: 300_000 });
    each.push(await figures.jsonValue());
    await page.close();
  }
  await context.close();
  const middle = (key) => Math.round(median(each.map((f) => f[key])) * 10) / 10;
  return { find_ms: middle('find_ms'), ready_ms: middle('ready_ms'), runs: each };
}
