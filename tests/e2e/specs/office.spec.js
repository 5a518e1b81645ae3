// The Office desk's people and messages: leadership adds a person who has
// no device and gives them work; a person added first and invited later
// joins as that same person; a message taken on one device is seen, urgent,
// on the recipient's device and closed there.
import { test, expect } from '@playwright/test';
import { allSaved, startWorkspace, watchErrors } from './helpers.js';
import { ceoWithRelay, joinIn, synced } from './devices.js';

test.describe.configure({ timeout: 120_000 });

const main = (page) => page.getByRole('navigation', { name: 'Main navigation' });

async function openMembers(page) {
  await page.goto('/team/members');
  await expect(page.getByRole('heading', { level: 1, name: 'Members' })).toBeVisible();
}

async function addDepartment(page, name) {
  await page.getByLabel('New department').fill(name);
  await page.getByRole('button', { name: 'Add department' }).click();
  await expect(page.getByTestId('departments-list')).toContainText(name);
}

async function addPerson(page, { name, department, email, phone }) {
  await page.getByRole('button', { name: 'Add a person' }).click();
  const form = page.locator('.compose form');
  await form.getByLabel('Name').fill(name);
  if (department) await form.getByLabel('Department').selectOption({ label: department });
  if (email) await form.getByLabel('E-mail').fill(email);
  if (phone) await form.getByLabel('Phone').fill(phone);
  await form.getByRole('button', { name: 'Add person' }).click();
}

test('leadership adds a person without a device and assigns them a task', async ({ page }) => {
  const errors = watchErrors(page);
  await startWorkspace(page, 'Alex Morgan', 'CEO');
  await openMembers(page);
  await expect(page.getByText('No departments yet.')).toBeVisible();
  await addDepartment(page, 'Finance');
  // The same name twice would make routing ambiguous.
  await addDepartment(page, 'Reception');
  await page.getByLabel('New department').fill(' finance ');
  await page.getByRole('button', { name: 'Add department' }).click();
  await expect(page.locator('.departments .field.invalid')).toContainText('already taken');

  // Bad contact details are refused field by field, and nothing is added.
  await addPerson(page, { name: 'Ines Visser', email: 'ines at example', phone: 'call me' });
  await expect(page.locator('.compose .field.invalid')).toHaveCount(2);
  await expect(page.getByTestId('member-row')).toHaveCount(1);
  await page.locator('.compose form').getByLabel('E-mail').fill('ines@example.com');
  await page.locator('.compose form').getByLabel('Phone').fill('+31 20 123 4567');
  await page.locator('.compose form').getByLabel('Department').selectOption({ label: 'Finance' });
  await page.locator('.compose form').getByRole('button', { name: 'Add person' }).click();
  const ines = page.getByTestId('member-row').filter({ hasText: 'Ines Visser' });
  await expect(ines).toContainText('Finance');
  await expect(page.getByTestId('departments-list')).toContainText(/Finance\s*1 person/);

  await ines.getByRole('link', { name: 'Ines Visser' }).click();
  await expect(page.getByTestId('member-contact')).toContainText('ines@example.com');
  await expect(page.getByTestId('no-device')).toBeVisible();

  // She can be given work at once.
  await page.goto('/team/tasks/new');
  await page.getByLabel('Title').fill('Reconcile the petty cash');
  await page.getByLabel('Assignee').selectOption({ label: 'Ines Visser' });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('task-assignee')).toHaveText('Ines Visser');
  await openMembers(page);
  await page.getByTestId('member-row').filter({ hasText: 'Ines Visser' }).getByRole('link').click();
  await expect(page.locator('.member-tasks')).toContainText('Reconcile the petty cash');
  await allSaved(page);
  expect(errors).toEqual([]);
});

test('a person added first joins as themselves, and a message taken for them is closed on their device', async ({ browser }) => {
  const { ceo, close } = await ceoWithRelay(browser);
  try {
    await openMembers(ceo);
    await addDepartment(ceo, 'Reception');
    await addPerson(ceo, { name: 'Terry Lee', department: 'Reception', phone: '+46 8 123 456' });
    await expect(ceo.getByTestId('member-row')).toHaveCount(2);

    // The invite is made for the listed person, not for a new one.
    await ceo.goto('/settings');
    const form = ceo.locator('.invites form');
    await form.getByLabel('For').selectOption({ label: 'Terry Lee' });
    await expect(form.getByLabel('Name')).toHaveCount(0);
    await expect(form.getByLabel('Role')).toHaveValue('team-member');
    await form.getByRole('button', { name: 'Create invite' }).click();
    const link = await ceo.getByTestId('invite-link').getAttribute('href');
    const terry = await joinIn(await browser.newContext(), link, 'Terry Lee');
    await expect(terry.getByTestId('current-user')).toContainText('Terry Lee', { timeout: 30_000 });

    // One Terry on both devices, with the department leadership entered.
    for (const page of [ceo, terry]) {
      await openMembers(page);
      await expect(page.getByTestId('member-row').filter({ hasText: 'Terry Lee' })).toHaveCount(1, { timeout: 30_000 });
      await expect(page.getByTestId('member-row').filter({ hasText: 'Terry Lee' })).toContainText('Reception');
    }

    // An urgent message for Terry, taken on the CEO's device, and one for
    // the whole of Reception.
    await main(ceo).getByRole('link', { name: 'Messages' }).click();
    await expect(ceo.getByText('No messages yet.')).toBeVisible();
    await ceo.getByRole('button', { name: 'Take a message' }).click();
    await ceo.getByRole('button', { name: 'Save message' }).click();
    await expect(ceo.locator('.compose .field.invalid')).toHaveCount(3);
    await ceo.getByLabel('From').fill('Ana Ruiz');
    await ceo.getByLabel('Company').fill('Ruiz & Co');
    await ceo.getByLabel('For', { exact: true }).selectOption({ label: 'Terry Lee' });
    await ceo.getByLabel('Urgency').selectOption({ label: 'Urgent' });
    await ceo.getByLabel('Message', { exact: true }).fill('The delivery is stuck at the gate, please call.');
    await ceo.getByLabel('Call-back number').fill('+34 600 123 456');
    await ceo.getByRole('button', { name: 'Save message' }).click();
    await ceo.getByRole('button', { name: 'Take a message' }).click();
    await ceo.getByLabel('From').fill('The landlord');
    await ceo.getByLabel('For', { exact: true }).selectOption({ label: 'Reception (department)' });
    await ceo.getByLabel('Message', { exact: true }).fill('The heating is serviced on Friday.');
    await ceo.getByRole('button', { name: 'Save message' }).click();
    await ceo.getByLabel('Show').selectOption({ label: 'All open' });
    await expect(ceo.getByTestId('message')).toHaveCount(2);
    await expect(ceo.getByTestId('message').first()).toContainText('Ana Ruiz (Ruiz & Co)');
    await expect(ceo.getByTestId('open-by-recipient')).toContainText(/Terry Lee\s*1/);

    // Terry sees both as theirs, the urgent one first and flagged.
    await expect(main(terry).getByTestId('nav-messages')).toHaveText('2', { timeout: 30_000 });
    await main(terry).getByRole('link', { name: 'Messages' }).click();
    await expect(terry.getByTestId('urgent-messages')).toContainText('1 urgent message');
    await expect(terry.getByTestId('message')).toHaveCount(2);
    await expect(terry.getByTestId('message').first()).toContainText('stuck at the gate');
    await terry.getByTestId('message').first().getByRole('button', { name: 'Done' }).click();
    await expect(terry.getByTestId('urgent-messages')).toHaveCount(0);
    await expect(terry.getByTestId('message')).toHaveCount(1);
    await synced(terry);

    await ceo.getByLabel('Show').selectOption({ label: 'Done' });
    await expect(ceo.getByTestId('message-done')).toContainText('Done by Terry Lee', { timeout: 30_000 });
    await expect(ceo).toHaveURL(/show=done/);
  } finally {
    await close();
  }
});
