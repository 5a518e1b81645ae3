// Handover's service worker: keeps the app shell on the device so that,
// after one visit, the app opens and works with the network off.
//
// - Trunk names the wasm, JS and CSS files after a hash of their content, so
//   a cached copy of such a file is never stale: they are served from the
//   cache first, and cached as they are fetched.
// - Pages (navigations) come from the network when it answers, so a new
//   version is picked up on the next visit without asking; offline, any path
//   gets the cached index.html (the app is a single-page app and routes
//   itself).
// - Installing fetches index.html and caches every file it refers to, and
//   the compaction worker's files, which the app starts by name.
// - A new version's worker waits while an older one serves open pages: the
//   page says "A new version is ready" (public/register-sw.js) and, on the
//   user's click, sends SKIP_WAITING; the page reloads once it takes over.
//   Nothing swaps under a page the user is working in.
// - Activating deletes the caches of older versions of this worker.

// The build writes its own name here (a Trunk hook, see Trunk.toml), so every
// deploy changes this file: that is how the browser learns of a new version.
const VERSION = 'handover-shell-build';
const SHELL = '/';
const HASHED = /-[0-9a-f]{16}(?:_bg)?\.(?:js|wasm|css)$/;
// Trunk names a worker's files after its binary, not their content: the
// version above changes with them (Trunk.toml), and they come from the
// network first like any file without a hash.
const WORKER_FILES = ['/compactor_loader.js', '/compactor.js', '/compactor_bg.wasm'];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(VERSION)
      .then(async (cache) => {
        const response = await fetch(SHELL, { cache: 'no-store' });
        if (!response.ok) return;
        await cache.put(SHELL, response.clone());
        const files = [...referencedFiles(await response.text()), ...WORKER_FILES];
        await Promise.all(
          files.map((path) =>
            fetch(path, { cache: 'no-store' })
              .then((file) => (file.ok ? cache.put(path, file) : undefined))
              .catch(() => undefined),
          ),
        );
      })
      .catch(() => undefined),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith('handover-shell-') && name !== VERSION)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(page(request));
  } else if (HASHED.test(url.pathname)) {
    event.respondWith(hashedFile(request));
  } else {
    event.respondWith(otherFile(request));
  }
});

/** Same-origin paths that index.html refers to (scripts, styles, wasm, icons). */
function referencedFiles(html) {
  const paths = new Set();
  for (const match of html.matchAll(/["'](\/(?!\/)[^"'\s]*\.[a-z0-9]+)["']/gi)) {
    paths.add(match[1]);
  }
  return [...paths];
}

/** The network's page, remembered as the shell; the cached shell offline. */
async function page(request) {
  const cache = await caches.open(VERSION);
  try {
    const response = await fetch(request);
    const type = response.headers.get('Content-Type') || '';
    if (response.ok && type.includes('text/html')) {
      const html = await response.clone().text();
      await cache.put(SHELL, response.clone());
      await forgetOldFiles(cache, referencedFiles(html));
    }
    return response;
  } catch (offline) {
    const shell = await cache.match(SHELL);
    if (shell) return shell;
    throw offline;
  }
}

/** Drops hashed files the current index.html no longer refers to. */
async function forgetOldFiles(cache, current) {
  const keep = new Set(current);
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname;
    if (HASHED.test(path) && !keep.has(path)) await cache.delete(request);
  }
}

/** A content-hashed file: from the cache, else fetched and cached. */
async function hashedFile(request) {
  const cache = await caches.open(VERSION);
  const cached = await cache.match(request, { ignoreSearch: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(new URL(request.url).pathname, response.clone());
  return response;
}

/** Any other file (manifest, icon, scripts in public/): the network's copy,
 *  kept for offline use; the kept copy when offline. */
async function otherFile(request) {
  const cache = await caches.open(VERSION);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(new URL(request.url).pathname, response.clone());
    return response;
  } catch (offline) {
    const cached = await cache.match(request, { ignoreSearch: true });
    if (cached) return cached;
    throw offline;
  }
}
