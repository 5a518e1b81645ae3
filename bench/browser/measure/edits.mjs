// Edits through the real UI with the busy year loaded: a comment added to a task on
// its page, timed in the page from the submit to the comment in the DOM (rendered)
// and to the storage bar saying "saved" again (durable: the chunk is in IndexedDB).
import { spread } from '../lib/stats.mjs';
import { openOnce } from './open.mjs';

/** The path of some task's page, read from the task list. */
export async function someTaskPath(context) {
  const { page } = await openOnce(context, '/team/tasks');
  const link = page.locator('main a[href^="/team/tasks/"]:not([href$="/new"])').first();
  const href = await link.getAttribute('href', { timeout: 60_000 });
  await page.close();
  return href;
}

/**
 * Adds one comment `text` through the comment form of the task page open in the
 * document, and resolves with the milliseconds from the submit to rendered and to
 * durable (`durable_ms` null if the save state did not return to "saved" in 10 s).
 * Runs in the page.
 */
export function addComment(text) {
  const form = document.querySelector('section.comments form');
  const field = form.querySelector('textarea');
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  const state = () => document.querySelector('.save-state').dataset.state;
  return new Promise((resolve) => {
    let rendered;
    let sawSaving = false;
    let start;
    const finish = (durable) => {
      observer.disconnect();
      clearTimeout(timer);
      resolve({ at: performance.timeOrigin + start, rendered_ms: rendered - start, durable_ms: durable === null ? null : durable - start });
    };
    const check = () => {
      const now = performance.now();
      if (rendered === undefined) {
        const shown = document.querySelectorAll('section.comments .comment-text');
        if (shown.length && shown[shown.length - 1].textContent === text) rendered = now;
      }
      if (state() !== 'saved') sawSaving = true;
      else if (sawSaving && rendered !== undefined) finish(now);
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['data-state'] });
    const timer = setTimeout(() => finish(null), 10_000);
    start = performance.now();
    form.requestSubmit();
    check();
  });
}

/** Opens a task page once the save state is "saved" (nothing pending from opening). */
export async function openTask(context, taskPath) {
  const { page } = await openOnce(context, taskPath);
  await page.locator('section.comments form textarea').waitFor({ timeout: 60_000 });
  await page.locator('.save-state[data-state="saved"]').waitFor({ timeout: 60_000 });
  return page;
}

/** `count` comments on one task; p50/p95 of rendered and durable. */
export async function edits(context, taskPath, count) {
  const page = await openTask(context, taskPath);
  const rendered = [];
  const durable = [];
  let notSaved = 0;
  for (let n = 0; n < count; n++) {
    const timing = await page.evaluate(addComment, `Benchmark comment ${n}`);
    rendered.push(timing.rendered_ms);
    if (timing.durable_ms === null) notSaved++;
    else durable.push(timing.durable_ms);
  }
  await page.close();
  return { rendered: spread(rendered), durable: spread(durable), not_saved_within_10_s: notSaved };
}
