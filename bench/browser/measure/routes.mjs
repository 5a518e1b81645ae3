// Every screen reachable from the navigation, with the busy year open (issue 12, point 5):
// from the click on its link in an open, settled app to the settled screen, and the
// longest main-thread task in between; and a key press in the client search and in the
// task list's filter, to the next frame painted after the DOM updated. How "settled"
// is decided: measure/settle.mjs.
import { percentile, spread } from '../lib/stats.mjs';
import { openOnce } from './open.mjs';
import { arm, settleQuietly, waitSettled } from './settle.mjs';

const sidebar = (href) => `nav.sidebar a[href="${href}"]`;
const teamNav = (href) => `main nav.team-nav a[href="${href}"]`;

/**
 * The screens, in groups. Each group starts from Clients, settled, with a click on a
 * link of the sidebar (or of the Clients desk); each later screen of a group is
 * reached with a click on a link of the screen before it, as a person would get there.
 * `route` names the screen; `link` is where to click (the first match, or what `pick`
 * chooses, in the page); an `optional` screen may have no link in the busy year; a
 * screen that shows itself before what it prepares in slices (the briefing) names what
 * must be on screen for it to count as settled (`shown`).
 */
export const TOUR = [
  [{ route: '/', label: 'Today (home): due across desks, metrics', link: sidebar('/') }],
  [{ route: '/clients/:id', label: 'a client', link: 'main table.records tbody a[href^="/clients/"]' }],
  [{ route: '/clients/new', label: 'new client form', link: 'main a[href="/clients/new"]' }],
  [{ route: '/follow-ups', label: 'follow-ups (care)', link: sidebar('/follow-ups') }],
  [
    { route: '/onboarding', label: 'onboarding checklists', link: sidebar('/onboarding') },
    { route: '/onboarding/templates', label: 'checklist templates', link: 'main a[href="/onboarding/templates"]' },
  ],
  [
    { route: '/team', label: 'team board', link: sidebar('/team') },
    { route: '/team/tasks', label: 'team task list', link: teamNav('/team/tasks') },
    { route: '/team/tasks/:id', label: 'a task', link: 'main table.records tbody a[href^="/team/tasks/"]' },
    { route: '/team/members', label: 'members, workload', link: teamNav('/team/members') },
    { route: '/team/members/:id', label: 'busiest member, observations', link: 'main [data-testid="member-row"] a[href^="/team/members/"]', pick: 'busiest-member' },
    { route: '/team/tasks/new', label: 'new task form', link: teamNav('/team/tasks/new') },
  ],
  [{ route: '/announcements', label: 'announcements', link: sidebar('/announcements') }],
  [{ route: '/requests', label: 'requests', link: sidebar('/requests') }],
  [
    { route: '/meetings', label: 'meetings, upcoming', link: sidebar('/meetings') },
    // The busy year's meetings are upcoming only while the benchmark runs in its year.
    { route: '/meetings/:id', label: 'a meeting', link: 'main .meeting-list a[href^="/meetings/"]', optional: true },
  ],
  [{ route: '/improvements', label: 'improvements', link: sidebar('/improvements') }],
  [{ route: '/goals', label: 'goals and values', link: sidebar('/goals') }],
  [{ route: '/messages', label: 'messages (office)', link: sidebar('/messages') }],
  [{ route: '/supplies', label: 'supplies: items, reorder, orders, vendors', link: sidebar('/supplies') }],
  [
    { route: '/documents', label: 'document register, review due', link: sidebar('/documents') },
    { route: '/documents/:id', label: 'a register entry', link: 'main table.documents tbody a[href^="/documents/"]' },
  ],
  [{ route: '/visitors', label: 'visitors (office)', link: sidebar('/visitors') }],
  [{ route: '/expenses', label: 'expenses, this month (office)', link: sidebar('/expenses') }],
  [
    { route: '/events', label: 'events, upcoming and past (office)', link: sidebar('/events') },
    { route: '/events/:id', label: 'an event, its budget, guests and checklist', link: 'main .event-list a[href^="/events/"]' },
  ],
  [{ route: '/escalations', label: 'escalations', link: sidebar('/escalations') }],
  [
    { route: '/conflicts', label: 'conflicts', link: sidebar('/conflicts') },
    { route: '/conflicts/:id', label: 'a conflict', link: 'main a[href^="/conflicts/"]', optional: true },
  ],
  [
    { route: '/crisis', label: 'crises', link: sidebar('/crisis') },
    { route: '/crisis/:id', label: 'the first crisis', link: 'main .crisis-list a[href^="/crisis/"]' },
    { route: '/crisis/:id/report', label: 'its report', link: 'main a[href$="/report"]' },
  ],
  [
    { route: '/handover', label: 'handover', link: sidebar('/handover') },
    {
      route: '/handover/:id/briefing',
      label: 'a briefing',
      link: 'main a[href$="/briefing"]',
      optional: true,
      shown: '[data-testid="briefing-total"]',
    },
  ],
  [{ route: '/settings', label: 'settings', link: sidebar('/settings') }],
  [
    { route: '/export', label: 'export (JSON, CSV per desk)', link: sidebar('/export') },
    { route: '/import', label: 'CSV import', link: 'main a[href="/import"]' },
  ],
];

/** The href a step clicks, chosen in the page among the links matching `selector`. */
function pickHref({ selector, pick }) {
  const links = [...document.querySelectorAll(selector)];
  if (pick === 'busiest-member') {
    // The member with the most open tasks (the workload text starts with that number).
    let best = null;
    let most = -1;
    for (const row of document.querySelectorAll('main [data-testid="member-row"]')) {
      const link = row.querySelector('a[href^="/team/members/"]');
      const open = Number((row.querySelector('[data-testid="workload"]')?.textContent.match(/\d+/) ?? ['0'])[0]);
      if (link && open > most) [best, most] = [link.getAttribute('href'), open];
    }
    if (best) return best;
  }
  return links[0]?.getAttribute('href') ?? null;
}

const exact = (selector, href) => `${selector}[href=${JSON.stringify(href)}]`;

/** Closes a page without waiting long for a renderer that may be held. */
async function discard(page) {
  if (!page) return;
  await Promise.race([page.close({ runBeforeUnload: false }).catch(() => {}), new Promise((r) => setTimeout(r, 30_000))]);
}

/** Where to click the link: the middle of its first box, in view, if nothing covers it. */
function clickPoint(link) {
  link.scrollIntoView({ block: 'center', inline: 'nearest' });
  const box = link.getClientRects()[0];
  if (!box) return null;
  const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
  return link.contains(document.elementFromPoint(x, y)) ? [x, y] : null;
}

/**
 * One click on `selector` (the link to `href`) in `page`, timed to the settled screen.
 * The mouse is not awaited before the wait: the click's own handler may hold the main
 * thread for longer than any click timeout. Never throws: a click that cannot happen
 * or a screen that does not settle is a result.
 */
async function clickAndSettle(page, selector, href, { timeoutMs, quietMs, shown }) {
  let clicking;
  try {
    const point = await page.locator(exact(selector, href)).first().evaluate(clickPoint, null, { timeout: 30_000 });
    if (!point) return { href, settled: false, reason: `the link to ${href} is hidden or covered` };
    await arm(page, { input: 'click', path: href, heading: true, shown });
    clicking = page.mouse.click(...point).catch((err) => err);
  } catch (err) {
    return { href, settled: false, reason: `click failed: ${String(err?.message || err).split('\n')[0]}` };
  }
  const result = await waitSettled(page, { quietMs, timeoutMs });
  if (!result.stuck) await clicking;
  return { href, ...result };
}

/**
 * The tour `runs` times in one page of `context` (seeded with the busy year and
 * watched by watchSettling). Each figure per screen: the median over the runs.
 */
export async function routeTimes(context, { runs = 3, timeoutMs = 60_000, quietMs = 100, match = null, say = () => {} } = {}) {
  // `match` (a regular expression) keeps the groups with a screen whose route matches it.
  const tour = match ? TOUR.filter((group) => group.some((step) => new RegExp(match).test(step.route))) : TOUR;
  let page = null;
  /** A fresh page open at `path`, settled; null if it never settles. */
  const reopen = async (path) => {
    await discard(page);
    page = null;
    const opened = await openOnce(context, path);
    const settled = await settleQuietly(opened.page, { timeoutMs: Math.max(120_000, 2 * timeoutMs) });
    if (!settled.settled) {
      await discard(opened.page);
      return null;
    }
    page = opened.page;
    return page;
  };
  if (!(await reopen('/clients'))) throw new Error('Clients did not settle after opening the busy year');

  const visits = new Map(tour.flat().map((step) => [step.route, []]));
  const backs = [];
  const errors = [];
  visiting: for (let run = 1; run <= runs; run++) {
    for (const group of tour) {
      try {
        // From Clients, settled.
        if (!page) await reopen('/clients');
        else if (new URL(page.url()).pathname !== '/clients') {
          const before = new URL(page.url()).pathname;
          const back = await clickAndSettle(page, sidebar('/clients'), '/clients', { timeoutMs, quietMs });
          backs.push({ run, from: before, ...back });
          if (!back.settled) await reopen('/clients');
        }
        if (!page) {
          errors.push(`run ${run}: Clients did not settle again; the tour stopped there`);
          break visiting;
        }
        let from = '/clients';
        for (const [i, step] of group.entries()) {
          const last = i === group.length - 1;
          // A screen at the end of its group that did not settle once is not waited for again.
          if (last && visits.get(step.route).some((v) => !v.settled && !v.missing)) {
            visits.get(step.route).push({ run, from, settled: false, skipped: true, reason: 'not visited again: it did not settle before' });
            break;
          }
          const href = await page.evaluate(pickHref, { selector: step.link, pick: step.pick }).catch(() => null);
          const visit = href
            ? await clickAndSettle(page, step.link, href, { timeoutMs, quietMs, shown: step.shown })
            : { settled: false, missing: true, reason: `no link ${step.link} on ${from}` };
          visits.get(step.route).push({ run, from, ...visit });
          const figure = visit.settled ? `${visit.settled_ms} ms` : visit.reason;
          say(`  run ${run}: ${step.route} (${href ?? 'no link'}) from ${from}: ${figure}, longest task ${visit.longest_task_ms ?? '—'} ms`);
          if (!visit.settled) {
            if (visit.missing) break;
            // A page that answers may go on once it has settled after all; one that does not
            // answer is closed, and the group goes on (if it does) from a fresh page open at
            // this screen.
            const answered = !visit.stuck && (await settleQuietly(page, { timeoutMs }).catch(() => ({}))).settled;
            if (!answered) {
              await discard(page);
              page = null;
              if (last || !(await reopen(href))) break;
            }
          }
          from = new URL(page.url()).pathname;
        }
      } catch (err) {
        // Whatever else goes wrong costs this group's figures in this run, not the tour's.
        errors.push(`run ${run}, from ${group[0].route}: ${String(err?.message || err).split('\n')[0]}`);
        say(`  run ${run}: ${group[0].route} group failed: ${err?.message || err}`);
        await discard(page);
        page = null;
      }
    }
  }
  await discard(page);

  /** The figures of one screen over its visits: medians, and each visit. */
  const summary = (step, from, visited) => {
    const each = visited.filter((v) => !v.skipped);
    const settled = each.map((v) => (v.settled ? v.settled_ms : Infinity));
    // A page that did not answer was held by one task for longer than the wait.
    const tasks = each.map((v) => (v.stuck ? Infinity : v.longest_task_ms)).filter((v) => v != null);
    const longest = tasks.length ? percentile(tasks, 0.5) : null;
    const frames = each.filter((v) => v.longest_frame_ms != null).map((v) => v.longest_frame_ms);
    const middle = each.length ? percentile(settled, 0.5) : null;
    return {
      route: step.route,
      label: step.label,
      from,
      via: step.link,
      hrefs: [...new Set(each.map((v) => v.href).filter(Boolean))],
      settled_ms: Number.isFinite(middle) ? middle : null,
      settled_max_ms: each.some((v) => !v.settled) ? null : Math.max(...settled),
      not_settled: each.filter((v) => !v.settled).length,
      longest_task_ms: Number.isFinite(longest) ? longest : null,
      longest_task_over_ms: longest === Infinity ? timeoutMs + 30_000 : null,
      longest_task_max_ms: tasks.length && Number.isFinite(Math.max(...tasks)) ? Math.max(...tasks) : null,
      longest_frame_ms: frames.length ? percentile(frames, 0.5) : null,
      // The first visit pays for what later visits find ready (code tiering up, caches).
      first_visit_ms: each.length ? (each[0].settled ? each[0].settled_ms : null) : null,
      optional: !!step.optional,
      not_visited_again: visited.length - each.length,
      runs: each,
    };
  };
  // Clients itself: every way back to it from the sidebar, from whichever screen.
  const clients = { route: '/clients', label: 'clients', link: sidebar('/clients') };
  const routes = [
    summary(clients, 'every other screen', backs),
    ...tour.flatMap((group) => group.map((step, i) => summary(step, i === 0 ? '/clients' : group[i - 1].route, visits.get(step.route)))),
  ];
  return { runs, timeout_ms: timeoutMs, quiet_ms: quietMs, routes, errors };
}

/**
 * Presses `keys` one after the other in the focused field of `page`, each timed from
 * its keydown to the first frame painted after the DOM updated (and nothing busy for
 * `quietMs` after it).
 */
async function pressEach(page, keys, { timeoutMs, quietMs, say, what }) {
  const each = [];
  let stuckInARow = 0;
  for (const [n, key] of keys.entries()) {
    await arm(page, { input: 'keydown', heading: false });
    await page.keyboard.press(key);
    const result = await waitSettled(page, { quietMs, timeoutMs });
    each.push({ key, ...result });
    if (!result.settled || result.settled_ms > 100) say(`  ${what} key ${n + 1} (${key}): ${result.settled ? `${result.settled_ms} ms` : result.reason}`);
    stuckInARow = result.settled ? 0 : stuckInARow + 1;
    if (result.stuck || stuckInARow >= 2) break;
  }
  const times = each.map((k) => (k.settled ? k.settled_ms : Infinity));
  const figures = spread(times);
  const finite = (v) => (Number.isFinite(v) ? v : null);
  return {
    keys: keys.length,
    pressed: each.length,
    p50_ms: finite(figures.p50_ms),
    p95_ms: finite(figures.p95_ms),
    max_ms: finite(figures.max_ms),
    not_settled: each.filter((k) => !k.settled).length,
    longest_task_ms: Math.max(0, ...each.map((k) => k.longest_task_ms ?? 0)),
    each,
  };
}

/** Keys that type the first `half` characters of `text` and then erase them again. */
function typeAndErase(text, count) {
  const half = Math.ceil(count / 2);
  const typed = [...(text + ' abcdefghijklmnopqrstuvwxyz').slice(0, half)].map((c) => (c === ' ' ? 'Space' : c));
  return [...typed, ...Array(count - typed.length).fill('Backspace')];
}

/** A page of `context` open at `path`, settled, for the key presses. */
async function openSettled(context, path, timeoutMs) {
  const { page } = await openOnce(context, path);
  const settled = await settleQuietly(page, { timeoutMs: Math.max(300_000, timeoutMs) });
  if (!settled.settled) {
    await discard(page);
    throw new Error(`${path} did not settle after opening: ${settled.reason}`);
  }
  return page;
}

/** `count` key presses in the client search: a client's name typed, then erased. */
export async function clientSearch(context, { count = 20, timeoutMs = 60_000, quietMs = 100, say = () => {} } = {}) {
  const page = await openSettled(context, '/clients', timeoutMs);
  try {
    const names = await page.locator('main table.records tbody a[href^="/clients/"]').allTextContents();
    // A name from the middle of the list, so that each letter narrows the list a little.
    const name = names[Math.floor(names.length / 2)] ?? '';
    const keys = typeAndErase(name.toLowerCase(), count);
    await page.locator('#client-search').focus();
    await settleQuietly(page, { quietMs: 100 });
    return { field: '#client-search', typed: keys, ...(await pressEach(page, keys, { timeoutMs, quietMs, say, what: 'client search' })) };
  } finally {
    await discard(page);
  }
}

/**
 * The command palette (Ctrl+K) on Today: its first opening, which builds the search
 * index of the year's records (from the key press to the settled page), then `count`
 * key presses in its field (a client's name typed, then erased), each one a search of
 * the index and the result list drawn again.
 */
export async function paletteSearch(context, { count = 20, timeoutMs = 60_000, quietMs = 100, say = () => {} } = {}) {
  const page = await openSettled(context, '/', timeoutMs);
  try {
    await arm(page, { input: 'keydown', heading: false });
    await page.keyboard.press('Control+k');
    const first = await waitSettled(page, { quietMs, timeoutMs });
    const field = 'dialog.palette input[role="combobox"]';
    await page.locator(field).waitFor();
    const keys = typeAndErase('summit dental', count);
    return {
      field,
      typed: keys,
      first_open_ms: first.settled ? first.settled_ms : null,
      first_open_longest_task_ms: first.longest_task_ms ?? null,
      ...(await pressEach(page, keys, { timeoutMs, quietMs, say, what: 'palette search' })),
    };
  } finally {
    await discard(page);
  }
}

/**
 * `count` key presses in the task list's filter. Its text field if it has one (a task's
 * title typed, then erased); otherwise its first filter, the assignee select, moved
 * down and back up with the arrow keys (each press refilters the 10,000 tasks).
 */
export async function taskFilter(context, { count = 20, timeoutMs = 60_000, quietMs = 100, say = () => {} } = {}) {
  const page = await openSettled(context, '/team/tasks', timeoutMs);
  try {
    const text = page.locator('main input[type="search"], main .toolbar input[type="text"], main .toolbar input:not([type])');
    let field;
    let keys;
    if ((await text.count()) > 0) {
      field = await text.first().evaluate((e) => (e.id ? `#${e.id}` : `input[name="${e.name}"]`));
      const titles = await page.locator('main table.records tbody a[href^="/team/tasks/"]').allTextContents();
      keys = typeAndErase((titles[Math.floor(titles.length / 2)] ?? '').toLowerCase(), count);
      await text.first().focus();
    } else {
      field = 'select[name="assignee-filter"] (the task list has no text filter; arrow keys on its assignee select)';
      const select = page.locator('main select[name="assignee-filter"]');
      const options = await select.locator('option').count();
      // Down through the members and back up to "Everyone", as often as it takes.
      const down = Math.min(Math.ceil(count / 2), Math.max(1, options - 1));
      const cycle = [...Array(down).fill('ArrowDown'), ...Array(down).fill('ArrowUp')];
      keys = Array.from({ length: count }, (_, n) => cycle[n % cycle.length]);
      await select.focus();
    }
    await settleQuietly(page, { quietMs: 100 });
    return { field, typed: keys, ...(await pressEach(page, keys, { timeoutMs, quietMs, say, what: 'task filter' })) };
  } finally {
    await discard(page);
  }
}
