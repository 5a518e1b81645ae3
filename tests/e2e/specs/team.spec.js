// The Team desk: tasks with validation, the board moved by keyboard and by
// drag, the filtered list, comments and workload on one device; then two
// devices through a relay where a reassignment and a status change made at
// the same time both survive, and a comment travels between them.
import { test, expect } from '@playwright/test';
import { addClient, allSaved, startWorkspace, watchErrors } from './helpers.js';
import { ceoWithRelay, invite, joinIn, synced } from './devices.js';

test.describe.configure({ timeout: 120_000 });

const card = (page, title) => page.getByTestId('task-card').filter({ hasText: title });
const column = (page, status) => page.locator(`.board-column[data-status="${status}"]`);
const teamNav = (page) => page.getByRole('navigation', { name: 'Team desk' });

async function openTeam(page) {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Team' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Team' })).toBeVisible();
}

/** Fills the new-task form; the caller saves. */
async function fillTask(page, { title, assignee, due, priority, status, reason, client }) {
  await teamNav(page).getByRole('link', { name: 'New task' }).click();
  await page.getByLabel('Title').fill(title);
  if (assignee) await page.getByLabel('Assignee').selectOption({ label: assignee });
  if (due) await page.getByLabel('Due date').fill(due);
  if (priority) await page.getByLabel('Priority').selectOption({ label: priority });
  if (status) await page.getByLabel('Status').selectOption({ label: status });
  if (reason !== undefined) await page.getByLabel('Why is it blocked?').fill(reason);
  if (client) await page.getByLabel('Client').selectOption({ label: client });
}

async function addTask(page, task) {
  await fillTask(page, task);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: task.title })).toBeVisible();
}

test('tasks on the board, in the list, with comments and workload', async ({ page }) => {
  const errors = watchErrors(page);
  page.on('dialog', (dialog) => dialog.accept());
  await startWorkspace(page, 'Alex Morgan', 'CEO');
  await addClient(page, 'Acme Logistics');
  await openTeam(page);
  await expect(column(page, 'todo')).toContainText('No tasks here.');

  // A blocked task without a reason is refused, with the reason marked.
  await fillTask(page, { title: 'Order paper', status: 'Blocked', reason: '' });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert')).toContainText('Nothing was saved');
  await expect(page.locator('.field.invalid')).toContainText('Why is it blocked?');
  await expect(page.locator('.field.invalid')).toContainText('Please fill this in.');
  await teamNav(page).getByRole('link', { name: 'List' }).click();
  await expect(page.getByTestId('task-count')).toHaveText('0 tasks');

  await addTask(page, { title: 'Order paper', status: 'Blocked', reason: 'Waiting for the budget' });
  await addTask(page, {
    title: 'Send invoices',
    assignee: 'Alex Morgan',
    due: '2020-01-15',
    priority: 'High',
    client: 'Acme Logistics',
  });
  await addTask(page, { title: 'Plan team outing', assignee: 'Unassigned', due: '2099-06-30' });

  // The board: markers on the cards.
  await teamNav(page).getByRole('link', { name: 'Board' }).click();
  const invoices = card(page, 'Send invoices');
  await expect(column(page, 'todo').getByTestId('task-card')).toHaveCount(2);
  await expect(invoices).toContainText('Overdue');
  await expect(invoices).toContainText('Acme Logistics');
  await expect(invoices).toContainText('High');
  await expect(column(page, 'blocked')).toContainText('Waiting for the budget');

  // Moving with the card's own control, announced for screen readers.
  await invoices.getByLabel('Move to').selectOption({ label: 'In progress' });
  await expect(column(page, 'in-progress')).toContainText('Send invoices');
  await expect(page.getByTestId('board-announcement')).toHaveText('“Send invoices” moved to In progress.');

  // Moving to Blocked asks for the reason first.
  await invoices.getByLabel('Move to').selectOption({ label: 'Blocked' });
  await expect(invoices.getByLabel('Why is it blocked?')).toBeFocused();
  await invoices.getByRole('button', { name: 'Mark as blocked' }).click();
  await expect(invoices).toContainText('Please fill this in.');
  await expect(column(page, 'in-progress')).toContainText('Send invoices');
  await invoices.getByLabel('Why is it blocked?').fill('Bank details missing');
  await invoices.getByRole('button', { name: 'Mark as blocked' }).click();
  await expect(column(page, 'blocked')).toContainText('Bank details missing');

  // Dragging a card to another column.
  await card(page, 'Plan team outing').dragTo(column(page, 'done'));
  await expect(column(page, 'done')).toContainText('Plan team outing');
  await expect(column(page, 'todo')).toContainText('No tasks here.');

  // The list, filtered by assignee and by overdue.
  await teamNav(page).getByRole('link', { name: 'List' }).click();
  await expect(page.getByTestId('task-count')).toHaveText('3 tasks');
  await page.getByLabel('Assignee').selectOption({ label: 'Alex Morgan' });
  await expect(page.getByTestId('task-count')).toHaveText('2 tasks');
  await expect(page.getByTestId('task-row').first()).toContainText('Send invoices');
  await expect(page.getByRole('link', { name: 'Plan team outing' })).toHaveCount(0);
  await page.getByLabel('Overdue only').check();
  await expect(page.getByTestId('task-count')).toHaveText('1 task');
  await expect(page.getByTestId('task-row')).toContainText('Send invoices');

  // The filters live in the address: a reload keeps them.
  await expect(page).toHaveURL(/[?&]overdue=true/);
  await expect(page).toHaveURL(/[?&]assignee=/);
  await page.reload();
  await expect(page.getByTestId('task-count')).toHaveText('1 task');
  await expect(page.getByLabel('Overdue only')).toBeChecked();
  await expect(page.getByLabel('Assignee').locator('option:checked')).toHaveText('Alex Morgan');

  // A question in place, on the task's page.
  await page.getByRole('link', { name: 'Send invoices' }).click();
  await page.getByRole('button', { name: 'Add comment' }).click();
  await expect(page.locator('.comments .field.invalid')).toContainText('Please fill this in.');
  await page.getByLabel('Comment').fill('Which bank account should they go to?');
  await page.getByRole('button', { name: 'Add comment' }).click();
  await expect(page.getByTestId('comment')).toHaveCount(1);
  await expect(page.getByTestId('comment')).toContainText('Which bank account should they go to?');
  await expect(page.getByTestId('comment')).toContainText('Alex Morgan');

  // Back on the list, its filters are as they were.
  await page.goBack();
  await expect(page.getByTestId('task-count')).toHaveText('1 task');
  await expect(page.getByLabel('Overdue only')).toBeChecked();

  // Workload: Order paper and Send invoices are open, one is overdue.
  await teamNav(page).getByRole('link', { name: 'Members' }).click();
  const alex = page.getByTestId('member-row').filter({ hasText: 'Alex Morgan' });
  await expect(alex.getByTestId('workload')).toHaveText('2 open · 1 overdue');
  await alex.getByRole('link', { name: 'Alex Morgan' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Open tasks' })).toBeVisible();
  await expect(page.locator('.member-tasks li')).toHaveCount(2);

  // A member's name is edited on their page; an empty name is refused.
  await page.getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel('Name').fill('');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('.member-form .field.invalid')).toContainText('Please fill this in.');
  await page.getByLabel('Name').fill('Alex Morgan-Li');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Alex Morgan-Li' })).toBeVisible();
  await expect(page.getByTestId('current-user')).toContainText('Alex Morgan-Li');

  // Deleting asks first (accepted above) and removes the task.
  await page.getByRole('link', { name: 'Order paper' }).click();
  await page.getByRole('button', { name: 'Delete task' }).click();
  await expect(column(page, 'blocked').getByTestId('task-card')).toHaveCount(1);
  await allSaved(page);
  expect(errors).toEqual([]);
});

test('a reassignment and a status change made at once on two devices both survive', async ({ browser }) => {
  const { ceo, close } = await ceoWithRelay(browser);
  try {
    const link = await invite(ceo, 'Sam Jansen', 'Operations Assistant');
    const assistantContext = await browser.newContext();
    const assistant = await joinIn(assistantContext, link, 'Sam Jansen');
    const title = 'Call Acme about the renewal';

    await openTeam(ceo);
    await addTask(ceo, { title, assignee: 'Alex Morgan' });
    await openTeam(assistant);
    await expect(card(assistant, title)).toBeVisible({ timeout: 30_000 });

    // The CEO opens the task's form (status still "To do" there)...
    await ceo.getByRole('button', { name: 'Edit' }).click();
    await ceo.getByLabel('Assignee').selectOption({ label: 'Sam Jansen' });
    // ...the assistant, offline, starts the task...
    await assistantContext.setOffline(true);
    await card(assistant, title).getByLabel('Move to').selectOption({ label: 'In progress' });
    await expect(column(assistant, 'in-progress')).toContainText(title);
    // ...and the CEO saves the reassignment meanwhile.
    await ceo.getByRole('button', { name: 'Save' }).click();
    await expect(ceo.getByTestId('task-assignee')).toHaveText('Sam Jansen');
    await assistantContext.setOffline(false);

    await card(assistant, title).getByRole('link', { name: title }).click();
    for (const page of [ceo, assistant]) {
      await expect(page.getByTestId('task-assignee')).toHaveText('Sam Jansen', { timeout: 30_000 });
      await expect(page.locator('.task-page .subtitle')).toContainText('In progress', { timeout: 30_000 });
    }

    // A question on one device is answered on the other.
    await assistant.getByLabel('Comment').fill('Should I offer the yearly discount?');
    await assistant.getByRole('button', { name: 'Add comment' }).click();
    await expect(ceo.getByTestId('comment')).toContainText('Should I offer the yearly discount?', { timeout: 30_000 });
    await ceo.getByLabel('Comment').fill('Yes, up to ten percent.');
    await ceo.getByRole('button', { name: 'Add comment' }).click();
    await expect(assistant.getByTestId('comment')).toHaveCount(2, { timeout: 30_000 });
    await expect(assistant.getByTestId('comment').nth(1)).toContainText('Yes, up to ten percent.');
    await synced(assistant);
  } finally {
    await close();
  }
});

test('a long column shows a page of cards at a time, in due order', async ({ page }) => {
  await startWorkspace(page, 'Alex Morgan', 'CEO');
  await openTeam(page);
  for (let n = 1; n <= 22; n += 1) {
    await addTask(page, { title: `Task ${String(n).padStart(2, '0')}` });
  }
  await teamNav(page).getByRole('link', { name: 'Board' }).click();
  const todo = column(page, 'todo');
  await expect(todo.locator('h2 .count')).toHaveText('22');
  await expect(todo.getByTestId('task-card')).toHaveCount(20);
  await expect(todo.getByTestId('task-card').first()).toContainText('Task 01');
  await expect(todo).toContainText('Showing 20 of 22');
  await todo.getByRole('button', { name: 'Show 2 more' }).click();
  await expect(todo.getByTestId('task-card')).toHaveCount(22);
  await expect(todo.getByTestId('task-card').last()).toContainText('Task 22');
  await expect(todo.getByRole('button', { name: /Show \d+ more/ })).toHaveCount(0);

  // Moving one card out updates this column's count and that column only.
  const select = card(page, 'Task 01').getByLabel('Move to');
  await select.selectOption({ label: 'Done' });
  await expect(todo.locator('h2 .count')).toHaveText('21');
  await expect(column(page, 'done').getByTestId('task-card')).toHaveCount(1);
});
