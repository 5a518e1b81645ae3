// What a first visit downloads: every wasm, js and css file of the build, gzip -9.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export function bundleSize(dist) {
  const files = readdirSync(dist, { recursive: true })
    .filter((file) => /\.(wasm|js|css)$/.test(file))
    .sort()
    .map((file) => {
      const bytes = readFileSync(path.join(dist, file));
      return { file, bytes: bytes.length, gzip_bytes: gzipSync(bytes, { level: 9 }).length };
    });
  const sum = (key) => files.reduce((total, f) => total + f[key], 0);
  return { gzip_bytes: sum('gzip_bytes'), bytes: sum('bytes'), files };
}
