// Compaction with the busy year open: a task import big enough to make the team
// document due for compaction (its increments a thirty-second of its snapshot), then the
// time from the import's save to the compaction worker's mark, and the longest
// main-thread task in between: the page must stay free while the worker compacts.
import { openOnce } from './open.mjs';

const COMPACTED = 'handover:compacted-in-worker';

/** A task export of `rows` rows with some text each. */
function tasksFile(rows) {
  const lines = Array.from({ length: rows }, (_, n) =>
    `"Bench import ${n}","Imported to make the team document due for compaction, row ${n} of ${rows}."`);
  return ['"Task Name","Task Content"', ...lines].join('\r\n');
}

export async function compaction(context, rows) {
  const { page } = await openOnce(context, '/import');
  try {
    await page.locator('.save-state[data-state="saved"]').waitFor({ timeout: 60_000 });
    await page.getByLabel('CSV file').setInputFiles({ name: 'bench.csv', mimeType: 'text/csv', buffer: Buffer.from(tasksFile(rows), 'utf8') });
    await page.locator(`[data-testid="import-counts"][data-new="${rows}"]`).waitFor({ timeout: 120_000 });
    await page.getByTestId('import-run').click();
    await page.getByTestId('import-done').waitFor({ timeout: 120_000 });
    await page.locator('.save-state[data-state="saved"]').waitFor({ timeout: 120_000 });
    const savedAt = await page.evaluate(() => performance.now());
    await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, COMPACTED, { polling: 50, timeout: 300_000 });
    // A long task is reported once it has ended.
    await page.waitForTimeout(200);
    return await page.evaluate(
      ({ name, savedAt, rows }) => {
        const at = performance.getEntriesByName(name)[0].startTime;
        const meanwhile = window.__benchLongTasks.filter((task) => task.start + task.duration > savedAt && task.start < at);
        return { rows, compaction_ms: Math.round(at - savedAt), longest_task_ms: Math.round(Math.max(0, ...meanwhile.map((task) => task.duration))) };
      },
      { name: COMPACTED, savedAt, rows },
    );
  } finally {
    await page.close();
  }
}
