// The table: each figure beside its target from issue 6 and how far off it is.

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

/** The rows of the table for the results of one run. */
export function rows(r) {
  const one = r.open_1x ?? {};
  const two = r.open_2x ?? {};
  const floor1 = r.native_1x?.load_ms?.total;
  const floor2 = r.native_2x?.load_ms?.total;
  const reference1 = r.reference_1x?.find_ms;
  const reference2 = r.reference_2x?.find_ms;
  const load = (r.relay_load?.relay_load ?? []).map((row) =>
    row.peers === 100 ? atMost(`relay fan-out p99, ${row.peers} peers (held ${row.held})`, row.p99_ms, 50, ms) : shown(`relay fan-out p99, ${row.peers} peers (held ${row.held})`, row.p99_ms, ms),
  );
  return [
    atMost('1× cold open → interactive (median of 5)', one.interactive_ms, 300, ms),
    shown('1× cold open → documents open (full document ready)', one.documents_open_ms, ms),
    shown('1× native Automerge::load, both documents (the floor)', floor1, ms),
    atMost('1× documents open / native floor', ratio(one.documents_open_ms, floor1), 2, times),
    shown('1× automerge-repo find from IndexedDB (the reference)', reference1, ms),
    atLeast('1× reference / ours (to interactive)', ratio(reference1, one.interactive_ms), 2.5, times),
    atMost('1× longest main-thread task while loading (median)', one.longest_task_ms, 200, ms),
    atMost('2× cold open → interactive', two.interactive_ms, 300, ms),
    shown('2× cold open → documents open', two.documents_open_ms, ms),
    shown('2× native floor', floor2, ms),
    atMost('2× documents open / native floor', ratio(two.documents_open_ms, floor2), 2, times),
    shown('2× automerge-repo reference', reference2, ms),
    atLeast('2× reference / ours (to interactive)', ratio(reference2, two.interactive_ms), 2.5, times),
    atMost('2× longest main-thread task while loading', two.longest_task_ms, 200, ms),
    atMost('growth 2×/1×, documents open', ratio(two.documents_open_ms, one.documents_open_ms), 2.2, times),
    atMost('growth 2×/1×, interactive', ratio(two.interactive_ms, one.interactive_ms), 2.2, times),
    shown('edit → rendered p50 (200 edits)', r.edits?.rendered?.p50_ms, ms),
    atMost('edit → rendered p95', r.edits?.rendered?.p95_ms, 16, ms),
    shown('edit → durable in IndexedDB p50', r.edits?.durable?.p50_ms, ms),
    atMost('edit → durable in IndexedDB p95', r.edits?.durable?.p95_ms, 25, ms),
    shown('relay hop p50 (100 changes, loopback)', r.relay?.hop?.p50_ms, ms),
    atMost('relay hop p95', r.relay?.hop?.p95_ms, 50, ms),
    atMost('initial sync of the busy year to an empty page', r.relay?.initial_sync_ms, 2000, ms),
    atMost('bundle: wasm + js + css in dist/, gzip -9', r.bundle?.gzip_bytes, 750_000, kb),
    atMost('wasm memory + JS heap, busy year loaded', r.memory?.total_bytes, 200e6, mb),
    shown('  of which wasm memory', r.memory?.wasm_memory_bytes, mb),
    ...load,
  ];
}

/** The table as text. */
export function table(results) {
  const lines = rows(results).map((row) => [row.name, row.format(row.value), row.target, row.off]);
  const header = ['measure', 'figure', 'target', 'how far'];
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...lines.map(line)].join('\n');
}
