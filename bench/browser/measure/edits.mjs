// Edits through the real UI with the busy year loaded, each timed in the page from
// the user's action to the change in the DOM (rendered) and to the storage bar
// saying "saved" again (durable: the chunk is in IndexedDB). Four edits a user
// makes all day: a comment on a task, a move on the board, an entry in a live
// crisis's timeline and a tick of an onboarding step.
import { spread } from '../lib/stats.mjs';
import { openOnce } from './open.mjs';

/** The path of some task's page, read from the task list. */
export async function someTaskPath(context) {
  return firstLink(context, '/team/tasks', 'main a[href^="/team/tasks/"]:not([href$="/new"])');
}

/** The `href` of the first link `selector` finds on `route`. */
async function firstLink(context, route, selector) {
  const { page } = await openOnce(context, route);
  const href = await page.locator(selector).first().getAttribute('href', { timeout: 60_000 });
  await page.close();
  return href;
}

/**
 * Installed in the page: `window.__timeEdit(act, rendered)` runs `act()` and
 * resolves with the milliseconds to `rendered()` holding and to the save state
 * returning to "saved" (`durable_ms` null if that takes over 10 s).
 */
function installEditTimer() {
  window.__timeEdit = (act, rendered) => {
    const state = () => document.querySelector('.save-state').dataset.state;
    return new Promise((resolve) => {
      let renderedAt;
      let sawSaving = false;
      let start;
      const finish = (durable) => {
        observer.disconnect();
        clearTimeout(timer);
        resolve({ at: performance.timeOrigin + start, rendered_ms: renderedAt - start, durable_ms: durable === null ? null : durable - start });
      };
      const check = () => {
        const now = performance.now();
        if (renderedAt === undefined && rendered()) renderedAt = now;
        if (state() !== 'saved') sawSaving = true;
        else if (sawSaving && renderedAt !== undefined) finish(now);
      };
      const observer = new MutationObserver(check);
      observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      const timer = setTimeout(() => finish(null), 10_000);
      start = performance.now();
      act();
      check();
    });
  };
}

/** Opens `path` once the save state is "saved" and `ready` shows, with the timer installed. */
export async function openForEditing(context, path, ready) {
  const { page } = await openOnce(context, path);
  await page.locator(ready).first().waitFor({ timeout: 60_000 });
  await page.locator('.save-state[data-state="saved"]').waitFor({ timeout: 60_000 });
  await page.evaluate(installEditTimer);
  return page;
}

/** Opens a task page ready for a `comment`. */
export const openTask = (context, taskPath) => openForEditing(context, taskPath, 'section.comments form textarea');

/**
 * Types `text` into the text area of form `form` and submits it; rendered once an
 * element `shown` holds the text. Runs in the page.
 */
export function submitText({ form: formSelector, shown, text }) {
  const form = document.querySelector(formSelector);
  const field = form.querySelector('textarea');
  return window.__timeEdit(
    () => {
      field.value = text;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      form.requestSubmit();
    },
    () => [...document.querySelectorAll(shown)].some((element) => element.textContent.includes(text)),
  );
}

/** `submitText`'s argument for comment `text` on the task page. */
export const comment = (text) => ({ form: 'section.comments form', shown: 'section.comments .comment-text', text });

/**
 * Moves the first card of the board's `from` column to `to` through its "Move to"
 * select; rendered once the card has left `from`. Runs in the page.
 */
function moveCard({ from, to }) {
  const column = (status) => document.querySelector(`section.board-column[data-status="${status}"]`);
  const card = column(from).querySelector('[data-testid="task-card"]');
  const href = card.querySelector('a.task-title').getAttribute('href');
  const select = card.querySelector('select');
  return window.__timeEdit(
    () => {
      select.value = to;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    },
    () => !column(from).querySelector(`a.task-title[href="${href}"]`),
  );
}

/**
 * Ticks (or unticks) the first step of the client's latest checklist, unfolding
 * it first if it is complete (most are by December). Runs in the page.
 */
function tickStep() {
  const checklist = document.querySelector('[data-testid="checklist"]');
  checklist.open = true;
  const step = checklist.querySelector('[data-testid="checklist-step"]');
  const box = step.querySelector('input[type="checkbox"]');
  const wasDone = step.classList.contains('done');
  return window.__timeEdit(
    () => box.click(),
    () => step.classList.contains('done') !== wasDone,
  );
}

/**
 * The path of a live crisis, declared through the desk's form: the busy year's
 * crises are all closed by December, and the page of a new one still checks the
 * whole year's leadership history.
 */
async function declareCrisis(context) {
  const { page } = await openOnce(context, '/crisis');
  await page.locator('section.crisis-desk .desk-header button.primary').click();
  const form = page.locator('section.crisis-desk form').first();
  await form.locator('input[type="text"]').first().fill('Benchmark: phones down');
  await form.locator('textarea').first().fill('Declared by the benchmark to time timeline entries.');
  await form.locator('button[type="submit"]').click();
  await page.waitForURL(/\/crisis\/[^/]+$/, { timeout: 60_000 });
  const path = new URL(page.url()).pathname;
  await page.close();
  return path;
}

/** Each edit: where it is made, what shows once the page is ready, and one edit number `n`. */
export const EDITS = {
  comment: {
    path: someTaskPath,
    ready: 'section.comments form textarea',
    edit: (page, n) => page.evaluate(submitText, comment(`Benchmark comment ${n}`)),
  },
  board_move: {
    path: async () => '/team',
    ready: 'section.board-column[data-status="todo"] [data-testid="task-card"]',
    // There and back: the same columns stay full, whatever the year left in them.
    edit: (page, n) => page.evaluate(moveCard, n % 2 ? { from: 'in-progress', to: 'todo' } : { from: 'todo', to: 'in-progress' }),
  },
  crisis_entry: {
    path: declareCrisis,
    ready: 'form.entry-form textarea',
    edit: (page, n) => page.evaluate(submitText, { form: 'form.entry-form', shown: '[data-testid="crisis-entry"]', text: `Benchmark update ${n}` }),
  },
  checklist_tick: {
    // A checklist in progress if there is one, else the latest completed.
    path: (context) => firstLink(context, '/onboarding', 'main [data-testid="checklist-row"] a[href^="/clients/"]'),
    ready: '[data-testid="checklist"] summary',
    edit: (page) => page.evaluate(tickStep),
  },
};

/** `count` edits of one kind; p50/p95 of rendered and durable. */
async function timeEdits(context, { path, ready, edit }, count) {
  const at = await path(context);
  const page = await openForEditing(context, at, ready);
  const rendered = [];
  const durable = [];
  let notSaved = 0;
  for (let n = 0; n < count; n++) {
    const timing = await edit(page, n);
    rendered.push(timing.rendered_ms);
    if (timing.durable_ms === null) notSaved++;
    else durable.push(timing.durable_ms);
  }
  await page.close();
  return { path: at, rendered: spread(rendered), durable: spread(durable), not_saved_within_10_s: notSaved };
}

/** `count` edits of each kind, each kind's figures (or why it could not be measured). */
export async function edits(context, count, say = () => {}) {
  const figures = {};
  for (const [name, kind] of Object.entries(EDITS)) {
    try {
      figures[name] = await timeEdits(context, kind, count);
    } catch (err) {
      figures[name] = { error: String(err?.stack || err) };
      say(`edits ${name} failed: ${err?.message || err}`);
    }
  }
  return figures;
}
