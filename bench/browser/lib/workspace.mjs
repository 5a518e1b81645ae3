// A generated busy year (bench/data/<name>: team.automerge, leadership.automerge,
// manifest.json) and how to put it into a browser's IndexedDB: the app's own
// layout, or automerge-repo's, which is the same layout in another database.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as Automerge from '@automerge/automerge';
import { crc32 } from './crc32.mjs';

/** Reads a generated data set; the snapshot keys hash each document's heads. */
export function readWorkspace(dir) {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  const document = (id, file) => {
    const bytes = readFileSync(path.join(dir, file));
    return { id, bytes, key: [id, 'snapshot', headsHash(bytes)] };
  };
  return {
    dir,
    manifest,
    documents: [document(manifest.team_doc, 'team.automerge'), document(manifest.leadership_doc, 'leadership.automerge')],
    ceo: memberId(manifest.ceo),
  };
}

/** automerge-repo's `headsHash`, which the app's snapshot keys follow too (src/store/keys.rs). */
function headsHash(bytes) {
  const heads = Automerge.getHeads(Automerge.load(bytes));
  const hash = createHash('sha256');
  for (const head of heads) hash.update(head);
  return hash.digest('hex');
}

const memberId = (member) => (typeof member === 'object' ? member.id : member);

/**
 * Serves the workspace's bytes and a blank page to `context` under /__bench/, so
 * pages of the app's origin can seed IndexedDB without running the app first.
 */
export async function serveWorkspace(context, workspace) {
  await context.route('**/__bench/blank', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>seeding</title>' }),
  );
  await context.route('**/__bench/data/*', (route) => {
    const id = decodeURIComponent(new URL(route.request().url()).pathname.split('/').pop());
    const document = workspace.documents.find((d) => d.id === id);
    return route.fulfill({ contentType: 'application/octet-stream', body: document.bytes });
  });
}

/**
 * Writes the workspace into the app's database "handover" of `context`, as the app
 * itself stores it (src/store/: `documents` holds `{ key, binary, crc32 }` under
 * `[documentId, "snapshot", headsHash]`; `settings` holds the device profile as JSON
 * text), for the CEO's device. The profile is one from before device keys, beside a
 * workspace key: the app signs the CEO's device its grant on the first open, as it
 * does for a CEO's device that upgrades.
 */
export async function seedApp(context, workspace) {
  const profile = {
    member_id: workspace.ceo,
    team_doc: workspace.manifest.team_doc,
    leadership_doc: workspace.manifest.leadership_doc,
  };
  await seed(context, workspace, {
    database: 'handover',
    stores: ['documents', 'quarantine', 'settings'],
    withCrc32: true,
    settings: {
      'device-profile': JSON.stringify(profile),
      'workspace-key': BENCH_WORKSPACE_SEED,
    },
  });
}

/** The bench workspace's signing key seed (hex): fixed, like the rest of its data. */
const BENCH_WORKSPACE_SEED = '42'.repeat(32);

/** Writes the workspace into automerge-repo's IndexedDB adapter database `database`. */
export async function seedReference(context, workspace, database) {
  await seed(context, workspace, { database, stores: ['documents'], settings: {} });
}

async function seed(context, workspace, { database, stores, settings, withCrc32 = false }) {
  await serveWorkspace(context, workspace);
  const page = await context.newPage();
  await page.goto('/__bench/blank');
  const chunks = workspace.documents.map((d) => ({
    id: d.id,
    key: d.key,
    ...(withCrc32 ? { crc32: crc32(d.bytes) } : {}),
  }));
  await page.evaluate(
    async ({ database, stores, settings, chunks }) => {
      const request = (r) => new Promise((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const binaries = await Promise.all(
        chunks.map(async (c) => new Uint8Array(await (await fetch(`/__bench/data/${encodeURIComponent(c.id)}`)).arrayBuffer())),
      );
      const open = indexedDB.open(database, 1);
      open.onupgradeneeded = () => stores.forEach((s) => open.result.createObjectStore(s));
      const db = await request(open);
      const tx = db.transaction(db.objectStoreNames, 'readwrite');
      chunks.forEach(({ id, ...entry }, i) => tx.objectStore('documents').put({ ...entry, binary: binaries[i] }, entry.key));
      for (const [key, text] of Object.entries(settings)) tx.objectStore('settings').put(text, key);
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { database, stores, settings, chunks },
  );
  await page.close();
}
