// When a screen has settled after an input (issue 12): a click on a link or a key press
// is timed in the page from the input event's timestamp to the first frame painted after
// the page stopped being busy, once nothing has been busy for a quiet spell after it.
//
// "Busy" is any of: a DOM mutation, a long task (PerformanceObserver 'longtask'), a gap
// between animation frames longer than 50 ms (the main thread was held, whether or not
// the long task has been reported yet), and the input's own handlers with the microtasks
// they queued. A frame is "painted" when a message posted from its requestAnimationFrame
// callback runs, i.e. after the frame's style, layout and paint. The figure is that time
// minus the input's timestamp; the longest task is the longest 'longtask' entry (and the
// longest 'long-animation-frame' entry, where this Chromium has them) in between.

/** Longer than this between two animation frames means the main thread was held. */
const FRAME_GAP_MS = 50;

/**
 * Installed before any script of each page (context.addInitScript). Keeps the long
 * tasks, long animation frames and the time of the last DOM mutation, and exposes
 * `window.__benchSettle.arm(options)` and `.wait(options)`.
 */
export function watchSettling() {
  const gap = 50; // FRAME_GAP_MS; an init script cannot see the module's constants
  const st = {
    longTasks: [],
    loafs: [],
    lastMutation: 0,
    lastMainMutation: 0,
    armed: null,
  };
  window.__benchSettle = st;
  const observe = (type, keep) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(keep)).observe({ type, buffered: true });
      return true;
    } catch {
      return false;
    }
  };
  observe('longtask', (e) => st.longTasks.push({ start: e.startTime, end: e.startTime + e.duration, duration: e.duration }));
  st.hasLoaf = observe('long-animation-frame', (e) =>
    st.loafs.push({ start: e.startTime, end: e.startTime + e.duration, duration: e.duration, blocking: e.blockingDuration }),
  );
  const describe = (node) => {
    const element = node.nodeType === 1 ? node : node.parentElement;
    if (!element) return node.nodeName;
    const classes = typeof element.className === 'string' && element.className ? `.${element.className.trim().split(/\s+/).join('.')}` : '';
    return `${element.localName}${element.id ? `#${element.id}` : ''}${classes}`;
  };
  const inMain = (node) => !!(node.nodeType === 1 ? node : node.parentElement)?.closest('main');
  new MutationObserver((records) => {
    const now = performance.now();
    st.lastMutation = now;
    st.lastMutated = describe(records[records.length - 1].target);
    if (records.some((r) => inMain(r.target))) st.lastMainMutation = now;
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });

  // The input's timestamp: the first event of the armed kind (capture, before the app's).
  const input = (event) => {
    const a = st.armed;
    if (!a || a.t0 !== null || event.type !== a.input) return;
    const now = performance.now();
    // CDP input carries a platform timestamp in the page's time base; a value that
    // is not plausibly that falls back to the dispatch time.
    const stamp = event.timeStamp;
    a.t0 = stamp > 0 && stamp <= now && now - stamp < 1000 ? stamp : now;
    a.dispatchedAt = now;
  };
  for (const type of ['click', 'keydown']) addEventListener(type, input, { capture: true });

  /**
   * The route's heading, once on screen: the expected path, a `main h1`, and `main`
   * changed since the input (the app may reuse the previous screen's h1 element).
   */
  const headingIn = (a) => {
    if (location.pathname !== a.path) return null;
    if (a.input && !(st.lastMainMutation > a.armedAt)) return null;
    const h1 = document.querySelector('main h1');
    return h1 && h1.isConnected ? h1 : null;
  };

  /**
   * Starts watching for an input of kind `input` ('click' or 'keydown'; null: now is
   * the start), to a screen showing `path` with a new `main h1` when `heading`, and
   * an element matching `shown` when given.
   */
  st.arm = ({ input: kind, path, heading, shown }) => {
    const now = performance.now();
    const a = {
      input: kind,
      path: path ?? location.pathname,
      heading: !!heading,
      shown: shown ?? null,
      armedAt: now,
      t0: kind ? null : now,
      handled: 0,
      gapEnd: 0,
      frames: [],
      done: false,
    };
    st.armed = a;
    // After the app's own listeners (added earlier, bubbling to window) and the
    // microtasks they queued: the input has been handled.
    const handled = () => queueMicrotask(() => (a.handled = Math.max(a.handled, performance.now())));
    a.listeners = ['click', 'keydown', 'keypress', 'input', 'change'].map((type) => {
      addEventListener(type, handled);
      return [type, handled];
    });
    // Frames from now on: each one's requestAnimationFrame time, and when it was painted.
    const channel = (a.channel = new MessageChannel());
    const unpainted = [];
    channel.port1.onmessage = () => {
      unpainted.shift().painted = performance.now();
      a.onPainted?.();
    };
    let last = null;
    const frame = () => {
      if (a.done) return;
      const now = performance.now();
      if (last !== null && now - last > gap) a.gapEnd = Math.max(a.gapEnd, now - 0.001);
      last = now;
      const showing = !a.shown || document.querySelector(a.shown) !== null;
      const f = { raf: now, painted: null, ready: showing && (!a.heading || headingIn(a) !== null) };
      a.frames.push(f);
      unpainted.push(f);
      channel.port2.postMessage(null);
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    return true;
  };

  /**
   * Resolves once the armed input's screen has settled: the first painted frame that
   * began after the last busy moment (and showed the heading, if asked), followed by
   * `quietMs` with nothing busy. After `timeoutMs` from the input: not settled.
   */
  st.wait = ({ quietMs, timeoutMs }) =>
    new Promise((resolve) => {
      const a = st.armed;
      const finish = (figures) => {
        a.done = true;
        a.onPainted = null;
        a.channel.port1.close();
        for (const [type, listener] of a.listeners) removeEventListener(type, listener);
        const from = a.t0 ?? a.armedAt;
        const to = figures.settledAt ?? performance.now();
        const within = (list) => list.filter((t) => t.end > from && t.start < to);
        const longest = (list, key = 'duration') => Math.max(0, ...list.map((t) => t[key]));
        const tasks = within(st.longTasks);
        const loafs = within(st.loafs);
        resolve({
          ...figures,
          longest_task_ms: Math.round(longest(tasks)),
          long_tasks: tasks.length,
          longest_frame_ms: st.hasLoaf ? Math.round(longest(loafs)) : null,
          longest_frame_blocking_ms: st.hasLoaf ? Math.round(longest(loafs, 'blocking')) : null,
          input_to_dispatch_ms: a.dispatchedAt != null ? Math.round((a.dispatchedAt - a.t0) * 10) / 10 : null,
        });
      };
      a.onPainted = () => {
        const now = performance.now();
        if (a.t0 === null) {
          if (now - a.armedAt > timeoutMs) finish({ settled: false, reason: 'no input event arrived' });
          return;
        }
        const lastTask = Math.max(0, ...st.longTasks.filter((t) => t.end > a.armedAt).map((t) => t.end));
        const mutated = st.lastMutation > a.armedAt ? st.lastMutation : 0;
        const busy = Math.max(a.t0, a.handled, mutated, lastTask, a.gapEnd);
        if (now - a.t0 > timeoutMs) {
          // What kept it from settling, for the report.
          const since = (t) => Math.round(t - a.t0);
          const sources = { 'DOM mutation': mutated, 'long task': lastTask, 'frame gap': a.gapEnd, 'input handlers': a.handled };
          const [source] = Object.entries(sources).sort((x, y) => y[1] - x[1])[0];
          finish({
            settled: false,
            reason: `not settled within ${timeoutMs} ms`,
            heading_seen: a.frames.some((f) => f.ready),
            last_busy: source === 'DOM mutation' ? `${source} (${st.lastMutated})` : source,
            last_busy_at_ms: since(busy),
            last_mutation_at_ms: mutated ? since(mutated) : null,
            frames: a.frames.length,
          });
          return;
        }
        const frame = a.frames.find((f) => f.raf >= busy && f.painted !== null && f.ready);
        if (!frame || now - frame.painted < quietMs) return;
        if (a.heading) {
          const h1 = headingIn(a);
          if (!h1 || h1.getClientRects().length === 0) return;
        }
        finish({ settled: true, settled_ms: Math.round((frame.painted - a.t0) * 10) / 10, settledAt: frame.painted });
      };
    });
}

/** Arms the page for an input of kind `input` ('click', 'keydown', or null for now). */
export const arm = (page, options) => page.evaluate((o) => window.__benchSettle.arm(o), options);

/**
 * Waits in the page for the armed input's screen to settle. A page whose main
 * thread never comes back within `timeoutMs` + 30 s is reported as not settled
 * (`stuck`), and should not be used any more.
 */
export async function waitSettled(page, { quietMs = 100, timeoutMs }) {
  let timer;
  const stuck = new Promise((resolve) => {
    timer = setTimeout(
      () => resolve({ settled: false, stuck: true, reason: `the page did not answer within ${timeoutMs + 30_000} ms` }),
      timeoutMs + 30_000,
    );
  });
  const waited = page.evaluate((o) => window.__benchSettle.wait(o), { quietMs, timeoutMs });
  waited.catch(() => {});
  try {
    return await Promise.race([waited, stuck]);
  } finally {
    clearTimeout(timer);
  }
}

/** Waits until the open page has settled by itself (no input), e.g. after opening. */
export async function settleQuietly(page, { quietMs = 300, timeoutMs = 120_000, heading = true } = {}) {
  await arm(page, { input: null, heading });
  return waitSettled(page, { quietMs, timeoutMs });
}

export { FRAME_GAP_MS };
