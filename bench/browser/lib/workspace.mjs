// A generated busy year (bench/data/<name>: team.automerge, leadership.automerge,
// the hashes of their changes, the snapshots of their records, manifest.json) and how
// to put it into a browser's IndexedDB: the app's own layout, or automerge-repo's,
// which is the same layout in another database.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as Automerge from '@automerge/automerge';
import { crc32 } from './crc32.mjs';

/** Reads a generated data set; the snapshot keys hash each document's heads. */
export function readWorkspace(dir) {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  const document = (id, name) => {
    const bytes = readFileSync(path.join(dir, `${name}.automerge`));
    const changeHashes = readFileSync(path.join(dir, `${name}.change-hashes`));
    const records = readFileSync(path.join(dir, `${name}.records`));
    const hash = headsHash(bytes);
    return { id, bytes, changeHashes, records, key: [id, 'snapshot', hash], recordsKey: [id, 'records', hash] };
  };
  return {
    dir,
    manifest,
    documents: [document(manifest.team_doc, 'team'), document(manifest.leadership_doc, 'leadership')],
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
  await context.route('**/__bench/change-hashes/*', (route) => {
    const id = decodeURIComponent(new URL(route.request().url()).pathname.split('/').pop());
    const document = workspace.documents.find((d) => d.id === id);
    return route.fulfill({ contentType: 'application/octet-stream', body: document.changeHashes });
  });
  await context.route('**/__bench/records/*', (route) => {
    const id = decodeURIComponent(new URL(route.request().url()).pathname.split('/').pop());
    const document = workspace.documents.find((d) => d.id === id);
    return route.fulfill({ contentType: 'application/octet-stream', body: document.records });
  });
}

/**
 * Writes the workspace into the app's database "handover" of `context`, as the app
 * itself stores it after a compaction (src/store/: `documents` holds `{ key, binary,
 * changeHashes, crc32 }` under `[documentId, "snapshot", headsHash]`, and the snapshot of
 * the records, `{ key, binary, crc32 }`, under `[documentId, "records", headsHash]`;
 * `settings` holds the device profile as JSON
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
    asTheAppStores: true,
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

/**
 * `asTheAppStores`: each snapshot with the hashes of its changes and the CRC-32 of
 * both, as the app writes a snapshot (src/store/doc_store.rs), and the snapshot of its
 * records beside it; automerge-repo's entries hold only `key` and `binary`.
 */
async function seed(context, workspace, { database, stores, settings, asTheAppStores = false }) {
  await serveWorkspace(context, workspace);
  const page = await context.newPage();
  await page.goto('/__bench/blank');
  const chunks = workspace.documents.map((d) => ({
    id: d.id,
    key: d.key,
    ...(asTheAppStores ? { withChangeHashes: true, crc32: crc32(Buffer.concat([d.bytes, d.changeHashes])) } : {}),
  }));
  const records = asTheAppStores
    ? workspace.documents.map((d) => ({ id: d.id, key: d.recordsKey, crc32: crc32(d.records) }))
    : [];
  await page.evaluate(
    async ({ database, stores, settings, chunks, records }) => {
      const request = (r) => new Promise((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const fetched = (kind, id) => fetch(`/__bench/${kind}/${encodeURIComponent(id)}`).then((r) => r.arrayBuffer()).then((b) => new Uint8Array(b));
      const binaries = await Promise.all(chunks.map((c) => fetched('data', c.id)));
      const hashes = await Promise.all(chunks.map((c) => (c.withChangeHashes ? fetched('change-hashes', c.id) : null)));
      const recordBinaries = await Promise.all(records.map((r) => fetched('records', r.id)));
      const open = indexedDB.open(database, 1);
      open.onupgradeneeded = () => stores.forEach((s) => open.result.createObjectStore(s));
      const db = await request(open);
      const tx = db.transaction(db.objectStoreNames, 'readwrite');
      chunks.forEach(({ id, withChangeHashes, ...entry }, i) => {
        const changeHashes = withChangeHashes ? { changeHashes: hashes[i] } : {};
        tx.objectStore('documents').put({ ...entry, ...changeHashes, binary: binaries[i] }, entry.key);
      });
      records.forEach(({ id, ...entry }, i) => {
        tx.objectStore('documents').put({ ...entry, binary: recordBinaries[i] }, entry.key);
      });
      for (const [key, text] of Object.entries(settings)) tx.objectStore('settings').put(text, key);
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { database, stores, settings, chunks, records },
  );
  await page.close();
}
