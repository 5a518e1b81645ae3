// Cold open of a seeded workspace: a fresh page per run, navigation start to the
// app's performance marks (src/ui/timing.rs), and the longest main-thread task
// until both marks are written.
import { median } from '../lib/stats.mjs';

const INTERACTIVE = 'handover:interactive';
const DOCUMENTS_OPEN = 'handover:documents-open';
/** Today's panels are on the screen, their desks read (src/timing.rs). */
export const TODAY_SHOWN = 'handover:today-shown';
// What documents open is made of (src/timing.rs): the wasm running, then IndexedDB
// opened and the team document's chunks read; the rest is Automerge loading the
// documents (the leadership one read and loaded after) and the session's checks.
const WASM_STARTED = 'handover:wasm-started';
const STORED_READ = 'handover:stored-read';

/**
 * Installed before any script of each page: records long tasks, and keeps the
 * wasm exports that the app's loader announces (for its memory).
 */
export function watchLoading() {
  window.__benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__benchLongTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  addEventListener('TrunkApplicationStarted', (event) => {
    window.__benchWasm = event.detail.wasm;
  });
}

/**
 * Opens `route` in a new page of `context` and waits until the app has opened, and
 * until the mark `shown` names when given (a screen that shows its panels after the
 * page: `shown_ms`, and the longest task counts until then too).
 */
export async function openOnce(context, route, shown) {
  const page = await context.newPage();
  await page.goto(route);
  const marks = [INTERACTIVE, DOCUMENTS_OPEN, ...(shown ? [shown] : [])];
  await page.waitForFunction(
    (names) => names.every((name) => performance.getEntriesByName(name).length > 0),
    marks,
    { polling: 50, timeout: 300_000 },
  );
  // A long task is reported once it has ended: let the one holding the last mark finish.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
  const figures = await page.evaluate(
    ([interactive, documentsOpen, shownMark, wasmStarted, storedRead]) => {
      const at = (name) => performance.getEntriesByName(name)[0].startTime;
      const atIfMarked = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
      const [started, read] = [atIfMarked(wasmStarted), atIfMarked(storedRead)];
      const loaded = Math.max(at(interactive), at(documentsOpen), shownMark ? at(shownMark) : 0);
      const during = window.__benchLongTasks.filter((task) => task.start <= loaded);
      return {
        interactive_ms: at(interactive),
        documents_open_ms: at(documentsOpen),
        wasm_started_ms: started,
        // A build without the marks (an older dist) has none of these.
        reading_ms: started !== null && read !== null ? read - started : null,
        loading_ms: read !== null ? at(documentsOpen) - read : null,
        ...(shownMark && { shown_ms: at(shownMark) }),
        longest_task_ms: Math.max(0, ...during.map((task) => task.duration)),
      };
    },
    [INTERACTIVE, DOCUMENTS_OPEN, shown, WASM_STARTED, STORED_READ],
  );
  return { page, figures };
}

/** `runs` cold opens (see `openOnce`); the median of each figure, and every run. */
export async function coldOpens(context, route, runs, shown) {
  const each = [];
  for (let run = 0; run < runs; run++) {
    const { page, figures } = await openOnce(context, route, shown);
    each.push(figures);
    await page.close();
  }
  const middle = (key) => {
    const figures = each.map((f) => f[key]).filter(Number.isFinite);
    return figures.length ? Math.round(median(figures) * 10) / 10 : null;
  };
  return {
    interactive_ms: middle('interactive_ms'),
    documents_open_ms: middle('documents_open_ms'),
    wasm_started_ms: middle('wasm_started_ms'),
    reading_ms: middle('reading_ms'),
    loading_ms: middle('loading_ms'),
    ...(shown && { shown_ms: middle('shown_ms') }),
    longest_task_ms: middle('longest_task_ms'),
    longest_task_max_ms: Math.round(Math.max(...each.map((f) => f.longest_task_ms))),
    runs: each,
  };
}

/** Wasm linear memory and JS heap of an opened page, in bytes. */
export async function memoryOf(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => metrics.find((m) => m.name === name)?.value ?? null;
  const heap = await cdp.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(() => window.__benchWasm?.memory?.buffer.byteLength ?? null);
  await cdp.detach();
  return {
    wasm_memory_bytes: wasm,
    js_heap_used_bytes: heap.usedSize,
    js_heap_total_bytes: heap.totalSize,
    metrics_js_heap_used_bytes: metric('JSHeapUsedSize'),
    total_bytes: (wasm ?? 0) + heap.usedSize,
  };
}
