// What the app downloads, gzip -9: the first visit (every wasm, js and css file of the
// build but the compaction worker's, which the app fetches only when a document is due
// for compaction) and the whole app (every file, as the service worker keeps them).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Trunk names a worker's files after its binary (index.html's data-type="worker"). */
const WORKER = /^compactor(?:_bg|_loader)?\.(?:js|wasm)$/;

export function bundleSize(dist) {
  const files = readdirSync(dist, { recursive: true })
    .filter((file) => /\.(wasm|js|css)$/.test(file))
    .sort()
    .map((file) => {
      const bytes = readFileSync(path.join(dist, file));
      return { file, bytes: bytes.length, gzip_bytes: gzipSync(bytes, { level: 9 }).length, first_visit: !WORKER.test(path.basename(file)) };
    });
  const sum = (list, key) => list.reduce((total, f) => total + f[key], 0);
  const first = files.filter((f) => f.first_visit);
  return { gzip_bytes: sum(first, 'gzip_bytes'), bytes: sum(first, 'bytes'), whole_app_gzip_bytes: sum(files, 'gzip_bytes'), files };
}
