// Tiny dependency-free static server for the Trunk build (../../dist by default).
// SPA fallback: a GET/HEAD for a path without a file extension that does not exist
// gets index.html, so client-side routes load the app. No caching: `Cache-Control: no-store`.
// Every file carries the app's Content-Security-Policy as a header (as the relay's --dist does).
//
//   node server.js            # PORT=4173 HOST=127.0.0.1 DIST=../../dist
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = resolve(here, process.env.DIST || '../../dist');
const port = Number(process.env.PORT || 4173);
const host = process.env.HOST || '127.0.0.1';

/** The policy of index.html's <meta> tag plus frame-ancestors, which only a header can
 *  carry; specs/security.spec.js checks that the two agree. */
const contentSecurityPolicy =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data: blob:; connect-src 'self' ws: wss: http: https:; object-src 'none'; " +
  "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

async function fileAt(path) {
  try {
    const info = await stat(path);
    if (info.isFile()) return { path, size: info.size };
    if (info.isDirectory()) return fileAt(join(path, 'index.html'));
  } catch {
    // missing
  }
  return null;
}

function send(res, status, text) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

const server = createServer(async (req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed\n');

  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
  } catch {
    return send(res, 400, 'bad request\n');
  }
  const target = resolve(root, '.' + pathname);
  if (target !== root && !target.startsWith(root + sep)) return send(res, 403, 'forbidden\n');

  let file = await fileAt(target);
  if (!file && extname(pathname) === '') file = await fileAt(join(root, 'index.html'));
  if (!file) return send(res, 404, 'not found\n');

  res.writeHead(200, {
    'Content-Type': types[extname(file.path).toLowerCase()] || 'application/octet-stream',
    'Content-Length': file.size,
    'Cache-Control': 'no-store',
    'Content-Security-Policy': contentSecurityPolicy,
  });
  if (req.method === 'HEAD') return res.end();
  createReadStream(file.path)
    .on('error', () => res.destroy())
    .pipe(res);
});

server.listen(port, host, () => {
  console.log(`serving ${root} on http://${host}:${port}/`);
});
