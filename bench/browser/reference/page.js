// The JavaScript reference, bundled by esbuild: @automerge/automerge-repo with its
// IndexedDB storage adapter. Opened with `#<database>,<documentId>,<documentId>`, it
// finds both documents from IndexedDB and records how long that took.
import { Repo, initializeWasm } from '@automerge/automerge-repo/slim';
import { IndexedDBStorageAdapter } from '@automerge/automerge-repo-storage-indexeddb';

const [database, ...documents] = location.hash.slice(1).split(',');
await initializeWasm(fetch('/automerge.wasm'));
const repo = new Repo({ storage: new IndexedDBStorageAdapter(database), network: [] });
const start = performance.now();
const handles = await Promise.all(documents.map((id) => repo.find(`automerge:${id}`)));
const found = performance.now();
const keys = handles.map((handle) => Object.keys(handle.doc()).length);
window.__benchReference = { find_ms: found - start, ready_ms: found, root_keys: keys };
