// Export and import: a ClickUp export of tasks with bad rows is read (column
// mapping, preview with counts and first rows), imported (good rows on the
// board, bad rows listed with why) and imported again without duplicates; the
// JSON export downloads and parses with every desk in it, and a desk's CSV
// names people.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { addClient, allSaved, chooseTaskCsv, numberedTasksCsv, startWorkspace, watchErrors } from './helpers.js';

test.describe.configure({ timeout: 120_000 });

// As ClickUp's task export writes it, with a UTF-8 byte order mark, a
// description with a comma and one with a line break.
const CLICKUP = '\ufeff' + [
  '"Task ID","Task Name","Task Content","Status","Date Created","Due Date","Assignees","Priority","List Name"',
  '"86a1","Call Acme","About the invoice, again","to do","1711000000000","2026-04-01","[Alex Morgan]","high","Sales"',
  '"86a2","","No name","open","1711000000000","","","","Sales"',
  '"86a3","Write report","Line one\nline two","complete","1711000000000","","[Nobody Known]","","Ops"',
  '"86a4","Book venue","","in progress","1711000000000","someday","","urgent","Events"',
  '"86a5","Order toner","","in progress","1711000000000","","","low","Ops"',
].join('\r\n');

const mainNav = (page) => page.getByRole('navigation', { name: 'Main navigation' });
const card = (page, title) => page.getByTestId('task-card').filter({ hasText: title });
const column = (page, status) => page.locator(`.board-column[data-status="${status}"]`);
const counts = (page) => page.getByTestId('import-counts');

const chooseFile = (page, csv = CLICKUP) => chooseTaskCsv(page, csv);

test('a ClickUp file imports its good rows once and lists the bad ones', async ({ page }) => {
  const errors = watchErrors(page);
  await startWorkspace(page, 'Alex Morgan', 'CEO');
  await chooseFile(page);

  // ClickUp's headers are recognised; its other columns are left out.
  await expect(page.getByLabel('Field for the column “Task Name”')).toHaveValue('title');
  await expect(page.getByLabel('Field for the column “Task ID”')).toHaveValue('source_id');
  await expect(page.getByLabel('Field for the column “Assignees”')).toHaveValue('assignee');
  await expect(page.getByLabel('Field for the column “Date Created”')).toHaveValue('');
  await expect(page.getByLabel('Field for the column “List Name”')).toHaveValue('');

  // The preview: counts, the first rows, and every bad row with why.
  await expect(counts(page)).toHaveAttribute('data-new', '2');
  await expect(counts(page)).toHaveAttribute('data-bad', '3');
  await expect(counts(page)).toHaveText('2 rows will be imported, 3 rows have problems, 0 skipped (imported before or repeated).');
  await expect(page.locator('.import-rows tr[data-row="2"]')).toContainText('Will be imported');
  await expect(page.locator('.import-rows tr[data-row="3"]')).toContainText('Has problems');
  await expect(page.locator('.import-rows tr[data-row="4"]')).toContainText('Line one');
  const problems = page.getByTestId('import-problems');
  await expect(problems.locator('li')).toHaveCount(3);
  await expect(problems.locator('li[data-row="3"]')).toHaveText('Row 3: Task Name: Please fill this in.');
  await expect(problems.locator('li[data-row="4"]')).toHaveText('Row 4: Assignees: no active member is called “[Nobody Known]”');
  await expect(problems.locator('li[data-row="5"]')).toContainText('Due Date: “someday” is not a date');

  // Mapping a column by hand changes the preview: without assignees, row 4 is good.
  await page.getByLabel('Field for the column “Assignees”').selectOption({ label: 'Leave out' });
  await expect(counts(page)).toHaveAttribute('data-new', '3');
  await page.getByLabel('Field for the column “Assignees”').selectOption({ label: 'Assignee' });
  await expect(counts(page)).toHaveAttribute('data-new', '2');

  await page.getByTestId('import-run').click();
  await expect(page.getByTestId('import-done')).toContainText('Imported 2 tasks.');
  await allSaved(page);
  // What is left: nothing new, the bad rows still listed with why.
  await expect(counts(page)).toHaveAttribute('data-new', '0');
  await expect(counts(page)).toHaveAttribute('data-skipped', '2');
  await expect(page.getByTestId('import-run')).toBeDisabled();
  await expect(problems.locator('li')).toHaveCount(3);

  await page.getByRole('link', { name: 'Open the team board' }).click();
  await expect(page.getByTestId('task-card')).toHaveCount(2);
  await expect(column(page, 'todo')).toContainText('Call Acme');
  await expect(card(page, 'Call Acme')).toContainText('High');
  await expect(column(page, 'in-progress')).toContainText('Order toner');

  // The same file again, after a reload: nothing to import, no duplicates.
  await page.reload();
  await chooseFile(page);
  await expect(counts(page)).toHaveAttribute('data-new', '0');
  await expect(counts(page)).toHaveAttribute('data-skipped', '2');
  await expect(page.locator('.import-rows tr[data-row="2"]')).toContainText('Imported before');
  await expect(page.getByTestId('import-run')).toBeDisabled();
  await mainNav(page).getByRole('link', { name: 'Team', exact: true }).click();
  await expect(page.getByTestId('task-card')).toHaveCount(2);
  expect(errors).toEqual([]);
});

test('the JSON export has every desk and a desk CSV names people', async ({ page }) => {
  const errors = watchErrors(page);
  await startWorkspace(page, 'Alex Morgan', 'CEO');
  await addClient(page, 'Acme Logistics', 'Acme BV');
  await chooseFile(page);
  await page.getByTestId('import-run').click();
  await expect(page.getByTestId('import-done')).toContainText('Imported 2 tasks.');
  await allSaved(page);

  await mainNav(page).getByRole('link', { name: 'Export', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Export' })).toBeVisible();
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
  expect(json.suggestedFilename()).toMatch(/^handover-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(await readFile(await json.path(), 'utf8'));
  expect(file.format).toBe('handover-export');
  for (const desk of ['members', 'clients', 'tasks', 'messages', 'meetings', 'visits', 'register',
    'supply_items', 'vendors', 'orders', 'expenses', 'announcements', 'checklists', 'follow_ups',
    'requests', 'improvements', 'departments', 'imports']) {
    expect(file.team, desk).toHaveProperty(desk);
  }
  // The CEO's device holds the leadership document: its desks are there too.
  for (const desk of ['escalations', 'crises', 'crisis_entries', 'handovers', 'decisions',
    'performance_notes', 'conflicts', 'confidential_register']) {
    expect(file.leadership, desk).toHaveProperty(desk);
  }
  const clients = Object.values(file.team.clients);
  expect(clients.map((c) => [c.name, c.company])).toEqual([['Acme Logistics', 'Acme BV']]);
  const titles = Object.values(file.team.tasks).map((t) => t.title).sort();
  expect(titles).toEqual(['Call Acme', 'Order toner']);
  expect(Object.keys(file.team.imports)).toHaveLength(2);

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv-tasks').click()]);
  expect(csv.suggestedFilename()).toMatch(/^tasks-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await readFile(await csv.path(), 'utf8');
  expect(text.startsWith('\ufeffid,title,status,priority,assignee,due_on')).toBe(true);
  expect(text).toContain('Call Acme');
  expect(text).toContain('Alex Morgan');
  expect(errors).toEqual([]);
});

// A long list shows a page of rows, built a few at a time, and the rest a page
// per "Show more".
test('130 imported tasks list 100 at first and the rest on "Show more"', async ({ page }) => {
  const errors = watchErrors(page);
  await startWorkspace(page, 'Alex Morgan', 'CEO');
  await chooseFile(page, numberedTasksCsv(130));
  await expect(counts(page)).toHaveAttribute('data-new', '130');
  await page.getByTestId('import-run').click();
  await expect(page.getByTestId('import-done')).toContainText('Imported 130 tasks.');
  await allSaved(page);

  await page.goto('/team/tasks');
  await expect(page.getByTestId('task-count')).toHaveText('130 tasks');
  await expect(page.getByTestId('task-row')).toHaveCount(100);
  await expect(page.getByTestId('task-list')).not.toHaveAttribute('aria-busy', 'true');
  await expect(page.getByText('Showing 100 of 130')).toBeVisible();
  await page.getByRole('button', { name: 'Show 30 more' }).click();
  await expect(page.getByTestId('task-row')).toHaveCount(130);
  for (const title of ['Task 000', 'Task 129']) await expect(page.getByTestId('task-row').filter({ hasText: title })).toHaveCount(1);
  await expect(page.getByText('Showing 100 of 130')).toHaveCount(0);
  expect(errors).toEqual([]);
});
