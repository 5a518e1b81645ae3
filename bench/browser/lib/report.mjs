// The table: each figure beside its target from issues 6 and 12 and how far off it is.

const ms = (v) => (v == null ? '—' : `${Math.round(v)} ms`);
const times = (v) => (v == null ? '—' : `${v.toFixed(2)}×`);
const kb = (v) => (v == null ? '—' : `${Math.round(v / 1000)} KB`);
const mb = (v) => (v == null ? '—' : `${(v / 1e6).toFixed(1)} MB`);
const ratio = (a, b) => (a == null || b == null || b === 0 ? null : a / b);

/** A row whose figure must stay at or below `limit`. */
const atMost = (name, value, limit, format) => ({ name, value, format, target: `≤ ${format(limit)}`, off: under(value, limit) });
/** A row whose figure must reach at least `limit`. */
const atLeast = (name, value, limit, format) => ({ name, value, format, target: `≥ ${format(limit)}`, off: above(value, limit) });
/** A figure without a target of its own. */
const shown = (name, value, format) => ({ name, value, format, target: '', off: '' });

function under(value, limit) {
  if (value == null) return 'not measured';
  return value <= limit ? `met (${times(value / limit)} of it)` : `${times(value / limit)} the target`;
}

function above(value, limit) {
  if (value == null) return 'not measured';
  return value >= limit ? `met (${times(value / limit)} of it)` : `${times(limit / value)} short`;
}

/** A line that names the rows below it. */
const heading = (name) => ({ name, value: null, format: () => '', target: '', off: '' });

/**
 * A time that must stay at or below `limit`; null with `over` set: it did not settle
 * within `over` ms, shown as ">over ms".
 */
function settledAtMost(name, value, limit, over) {
  if (value == null && over) return { name, value, format: () => `>${over} ms`, target: `≤ ${ms(limit)}`, off: `not settled within ${over / 1000} s` };
  return atMost(name, value, limit, ms);
}

/** The rows of issue 12's figures: each screen of the navigation, key presses in filters. */
export function routeRows(r) {
  const out = [];
  const tour = r.routes;
  if (tour) {
    out.push(heading(`screens, click → settled (median of ${tour.runs} visits); longest task between`));
    for (const x of tour.routes) {
      const from = x.from === '/clients' ? '' : ` from ${x.from}`;
      const name = `  ${x.route} (${x.label})${from}`;
      if (x.runs.length && x.runs.every((v) => v.missing)) {
        out.push({ name, value: null, format: () => 'no link', target: `≤ ${ms(150)}`, off: `not measured: no link on ${x.from}` });
        continue;
      }
      const over = x.settled_ms == null && x.not_settled > 0 ? tour.timeout_ms : null;
      out.push(settledAtMost(name, x.settled_ms, 150, over));
      const held = x.longest_task_over_ms;
      out.push(held ? { name: '      longest task', value: null, format: () => `>${held} ms`, target: `≤ ${ms(50)}`, off: 'the page did not answer' } : atMost('      longest task', x.longest_task_ms, 50, ms));
      // A first visit far slower than the others is a figure of its own.
      if (x.runs.length > 1 && x.first_visit_ms > 150 && x.first_visit_ms > 2 * (x.settled_ms ?? Infinity)) {
        out.push(settledAtMost('      first visit', x.first_visit_ms, 150, null));
      }
    }
  }
  const keys = r.keystrokes;
  if (keys) {
    const key = (what, k, target = 16) => {
      if (!k || k.error) return [atMost(`key press in ${what} → next frame p95`, null, target, ms)];
      const over = k.p95_ms == null && k.not_settled > 0 ? r.routes?.timeout_ms ?? 60_000 : null;
      return [
        shown(`key press in ${what} → next frame p50 (${k.pressed} keys)`, k.p50_ms, ms),
        settledAtMost(`key press in ${what} → next frame p95`, k.p95_ms, target, over),
        atMost(`  longest task over those keys`, k.longest_task_ms, 50, ms),
      ];
    };
    out.push(...key('the client search', keys.client_search));
    const field = keys.task_filter?.field?.startsWith('select') ? 'the task filter (assignee select, arrows)' : 'the task filter';
    out.push(...key(field, keys.task_filter));
    // Issue 14: a result list within 50 ms of a keystroke, the index kept, not rebuilt.
    const palette = keys.palette;
    if (palette && !palette.error) {
      out.push(settledAtMost('palette (Ctrl+K) first opening, index built → settled', palette.first_open_ms, 150, null));
    }
    out.push(...key('the palette search (results listed)', palette, 50));
  }
  return out;
}

/** What each edit is called in the table. */
const EDIT_NAMES = {
  comment: 'a comment on a task',
  board_move: 'a move on the board',
  crisis_entry: 'a crisis timeline entry',
  checklist_tick: 'a checklist step ticked',
};

/** Each edit's figures: rendered and durable, p50 beside p95 and its target. */
function editRows(edits = {}) {
  return Object.entries(EDIT_NAMES).flatMap(([key, name]) => {
    const e = edits[key];
    if (e?.error) return [atMost(`edit: ${name} → rendered p95`, null, 16, ms)];
    return [
      shown(`edit: ${name} → rendered p50 (${e?.rendered?.n ?? 0} edits)`, e?.rendered?.p50_ms, ms),
      atMost(`  → rendered p95`, e?.rendered?.p95_ms, 16, ms),
      shown(`  → durable in IndexedDB p50`, e?.durable?.p50_ms, ms),
      atMost(`  → durable in IndexedDB p95`, e?.durable?.p95_ms, 25, ms),
    ];
  });
}

/**
 * The fan-out targets: p99 of a change reaching every other peer of its team,
 * by teams × peers per team (one relay holds them all).
 */
const FAN_OUT_P99_MS = { '1x100': 50, '1x1000': 250, '100x10': 100 };

/** What a cold open's documents-open time is made of (see measure/open.mjs), in order. */
function madeOf(open) {
  return [
    shown('  the wasm downloaded, compiled and running', open.wasm_started_ms, ms),
    shown('  then IndexedDB opened and the team document read from it', open.reading_ms, ms),
    shown('  then Automerge loading the documents, and the session', open.loading_ms, ms),
  ];
}

/** The rows of the table for the results of one run. */
export function rows(r) {
  const one = r.open_1x ?? {};
  const two = r.open_2x ?? {};
  const floor1 = r.native_1x?.load_ms?.total;
  const floor2 = r.native_2x?.load_ms?.total;
  const reference1 = r.reference_1x?.find_ms;
  const reference2 = r.reference_2x?.find_ms;
  const load = (r.relay_load?.relay_load ?? []).map((row) => {
    const teams = row.teams ?? 1;
    const shape = teams === 1 ? `${row.peers} peers` : `${teams} teams × ${row.peers / teams} peers`;
    const label = `relay fan-out p99, ${shape} (held ${row.held})`;
    const target = FAN_OUT_P99_MS[`${teams}x${row.peers / teams}`];
    return target ? atMost(label, row.p99_ms, target, ms) : shown(label, row.p99_ms, ms);
  });
  return [
    atMost('1× cold open → interactive (median of 5)', one.interactive_ms, 300, ms),
    shown('1× cold open → documents open (full document ready)', one.documents_open_ms, ms),
    ...madeOf(one),
    shown('1× native Automerge::load, both documents (the floor)', floor1, ms),
    atMost('1× documents open / native floor', ratio(one.documents_open_ms, floor1), 2, times),
    shown('1× automerge-repo find from IndexedDB (the reference)', reference1, ms),
    atLeast('1× reference / ours (to interactive)', ratio(reference1, one.interactive_ms), 2.5, times),
    atMost('1× longest main-thread task while loading (median)', one.longest_task_ms, 200, ms),
    atMost('1× cold open of Today (/), the home screen → interactive', r.open_today?.interactive_ms, 300, ms),
    shown('  → its panels shown, their desks read a slice at a time', r.open_today?.shown_ms, ms),
    atMost('  longest main-thread task until they show (median)', r.open_today?.longest_task_ms, 200, ms),
    atMost('2× cold open → interactive', two.interactive_ms, 300, ms),
    shown('2× cold open → documents open', two.documents_open_ms, ms),
    ...madeOf(two),
    shown('2× native floor', floor2, ms),
    atMost('2× documents open / native floor', ratio(two.documents_open_ms, floor2), 2, times),
    shown('2× automerge-repo reference', reference2, ms),
    atLeast('2× reference / ours (to interactive)', ratio(reference2, two.interactive_ms), 2.5, times),
    atMost('2× longest main-thread task while loading', two.longest_task_ms, 200, ms),
    atMost('growth 2×/1×, documents open', ratio(two.documents_open_ms, one.documents_open_ms), 2.2, times),
    atMost('growth 2×/1×, interactive', ratio(two.interactive_ms, one.interactive_ms), 2.2, times),
    ...editRows(r.edits),
    shown(`compaction of the busy year in the worker, from a save of ${r.compaction?.rows ?? '—'} imported tasks`, r.compaction?.compaction_ms, ms),
    atMost('  longest main-thread task meanwhile', r.compaction?.longest_task_ms, 200, ms),
    shown('relay hop p50 (100 changes, loopback)', r.relay?.hop?.p50_ms, ms),
    atMost('relay hop p95', r.relay?.hop?.p95_ms, 50, ms),
    atMost('initial sync of the busy year to an empty page', r.relay?.initial_sync_ms, 2000, ms),
    atMost('  longest main-thread task meanwhile', r.relay?.initial_sync_longest_task_ms, 200, ms),
    atMost('first download: wasm + js + css, gzip -9', r.bundle?.gzip_bytes, 750_000, kb),
    atMost('whole app, with the compaction worker, gzip -9', r.bundle?.whole_app_gzip_bytes, 1_200_000, kb),
    atMost('wasm memory + JS heap, busy year loaded', r.memory?.total_bytes, 200e6, mb),
    shown('  of which wasm memory', r.memory?.wasm_memory_bytes, mb),
    ...load,
    ...routeRows(r),
  ];
}

/** The table as text; for a run of some steps (`only`), of issue 12's rows alone if those were all. */
export function table(results, { only } = {}) {
  const routesOnly = only && only.every((name) => name === 'routes' || name === 'keystrokes');
  const lines = (routesOnly ? routeRows(results) : rows(results)).map((row) => [row.name, row.format(row.value), row.target, row.off]);
  const header = ['measure', 'figure', 'target', 'how far'];
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...lines.map(line)].join('\n');
}
