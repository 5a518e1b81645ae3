// Requests, improvements and conflict cases on one CEO device: requests are
// referred by their kind's rule (e-mail to the Executive Assistant by default,
// supplies to a desk once a rule says so) and marked done; a proposal is
// approved with who decided; the hints show where the one blocked task waits
// and their empty states otherwise; a conflict case with a client is noted,
// escalated and resolved. Each form family refuses bad input with a message
// and saves nothing.
import { test, expect } from '@playwright/test';
import { addClient, allSaved, startWorkspace, watchErrors } from './helpers.js';

function nav(page, name) {
  return page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name, exact: true });
}

async function logRequest(page, { from, kind, asked, channel = 'E-mail' }) {
  const form = page.locator('form.intake-form');
  await form.getByLabel('From whom').fill(from);
  await form.getByLabel('Came in by').selectOption({ label: channel });
  await form.getByLabel('Kind').selectOption({ label: kind });
  await form.getByLabel('What is asked').fill(asked);
  await form.getByRole('button', { name: 'Log request' }).click();
  await allSaved(page);
  return page.getByTestId('request').filter({ hasText: asked });
}

test('requests are routed by rule, proposals decided, conflict cases escalated and resolved', async ({ page }) => {
  const errors = watchErrors(page);
  await startWorkspace(page);
  await addClient(page, 'Acme BV');

  // A blocked task, so that the hints have something to show.
  await nav(page, 'Team').click();
  await page.getByRole('navigation', { name: 'Team desk' }).getByRole('link', { name: 'New task' }).click();
  await page.getByLabel('Title').fill('Order paper');
  await page.getByLabel('Status').selectOption({ label: 'Blocked' });
  await page.getByLabel('Why is it blocked?').fill('Waiting for the budget');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Order paper' })).toBeVisible();
  await allSaved(page);

  // Requests: a request without "from" is refused and nothing is logged.
  await nav(page, 'Requests').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Requests' })).toBeVisible();
  const intake = page.locator('form.intake-form');
  await intake.getByLabel('What is asked').fill('Book a room');
  await intake.getByRole('button', { name: 'Log request' }).click();
  await expect(intake.locator('.field.invalid')).toContainText('Please fill this in.');
  await expect(intake.getByRole('alert')).toContainText('Nothing was saved');
  await expect(page.getByText('No open requests.')).toBeVisible();
  await expect(page.getByTestId('request')).toHaveCount(0);
  await intake.getByLabel('What is asked').fill('');

  const email = await logRequest(page, { from: 'Jo at Acme', kind: 'E-mail', asked: 'Forward the signed contract' });
  await expect(email).toContainText('Referred to the Executive Assistant by rule');
  await expect(intake.getByLabel('From whom')).toHaveValue('');

  const paper = await logRequest(page, { from: 'Sam', channel: 'In person', kind: 'Supplies', asked: 'Printer paper' });
  await expect(paper).toContainText('Not referred yet');

  // A rule sends supplies to the office manager's desk.
  const rule = page.getByTestId('rule-supplies');
  await expect(rule).toContainText('No rule yet');
  await rule.getByRole('button', { name: 'Change' }).click();
  await rule.getByLabel('Person or desk').fill('Office manager');
  await rule.getByRole('button', { name: 'Save rule' }).click();
  await expect(rule).toContainText('Office manager');
  await expect(page.getByTestId('rule-email')).toContainText('the Executive Assistant');
  await allSaved(page);

  const coffee = await logRequest(page, { from: 'Sam', channel: 'Message', kind: 'Supplies', asked: 'Coffee beans' });
  await expect(coffee).toContainText('Referred to Office manager by rule');
  // The earlier supplies request stays as it was logged, and can be referred by hand.
  await expect(paper).toContainText('Not referred yet');

  // Filter the open requests by referral target and by kind.
  await page.getByLabel('Referred to').selectOption({ label: 'Office manager' });
  await expect(page.getByTestId('open-requests-list').getByTestId('request')).toHaveCount(1);
  await expect(page.getByTestId('open-requests-list')).toContainText('Coffee beans');
  await page.getByLabel('Referred to').selectOption({ label: 'Not referred yet' });
  await expect(page.getByTestId('open-requests-list')).toContainText('Printer paper');
  await page.getByLabel('Referred to').selectOption({ label: 'Anyone' });
  await page.locator('.toolbar').getByLabel('Kind').selectOption({ label: 'E-mail' });
  await expect(page.getByTestId('open-requests-list').getByTestId('request')).toHaveCount(1);
  await page.locator('.toolbar').getByLabel('Kind').selectOption({ label: 'All kinds' });

  // Marking one done moves it to the done list, with who and when.
  await email.getByRole('button', { name: 'Mark done' }).click();
  await allSaved(page);
  const done = page.getByTestId('done-requests-list');
  await expect(done).toContainText('Forward the signed contract');
  await expect(done).toContainText('Done by Alex Morgan');
  await expect(page.getByTestId('open-requests-list')).not.toContainText('Forward the signed contract');

  // Improvements: an empty problem is refused and nothing is added.
  await nav(page, 'Improve').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Improve' })).toBeVisible();
  await page.getByRole('button', { name: 'Add proposal' }).click();
  await expect(page.getByRole('alert')).toContainText('Nothing was saved');
  await expect(page.locator('.field.invalid')).toHaveCount(2);
  await expect(page.getByText('No proposals yet.')).toBeVisible();

  await page.getByLabel('Problem or bottleneck').fill('Invoices wait days for a signature');
  await page.getByLabel('Proposal', { exact: true }).fill('Let the assistant sign invoices under 500 euros');
  await page.getByLabel('Expected effect').fill('Invoices go out the same day');
  await page.getByRole('button', { name: 'Add proposal' }).click();
  await allSaved(page);
  const proposal = page.getByTestId('improvement');
  await expect(proposal).toContainText('Proposed');
  await expect(proposal).toContainText('Raised by Alex Morgan');
  await proposal.getByRole('button', { name: 'Approve' }).click();
  await allSaved(page);
  await expect(proposal.getByTestId('decided')).toContainText('Approved by Alex Morgan');
  await expect(proposal.getByRole('button', { name: 'Mark implemented' })).toBeVisible();

  // The hints explain themselves and say when there is nothing to show.
  await expect(page.getByRole('heading', { name: 'Hints from your records' })).toBeVisible();
  await expect(page.getByTestId('hint-stalls')).toContainText('since their status last changed');
  await expect(page.getByTestId('hint-stalls').locator('li')).toHaveCount(1);
  await expect(page.getByTestId('hint-stalls').locator('li')).toContainText('Blocked — 1 task');
  await expect(page.getByTestId('hint-follow-ups')).toContainText('No follow-ups are overdue.');
  await expect(page.getByTestId('hint-late-steps')).toContainText('No onboarding step has been late.');

  // Conflicts: a case without a party is refused and nothing is opened.
  await nav(page, 'Conflicts').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Conflicts' })).toBeVisible();
  await page.getByRole('button', { name: 'Open a case' }).click();
  await page.getByLabel('What happened').fill('Acme disputes the March invoice');
  await page.getByRole('button', { name: 'Open case', exact: true }).click();
  await expect(page.locator('fieldset.parties')).toContainText('Please fill this in.');
  await expect(page.getByRole('alert')).toContainText('Nothing was saved');
  await expect(page.getByTestId('conflict-case')).toHaveCount(0);

  await page.getByLabel('Choose a member or client').selectOption({ label: 'Acme BV' });
  await page.getByRole('button', { name: 'Add party' }).click();
  await expect(page.locator('.chip')).toContainText('Acme BV');
  await page.getByRole('button', { name: 'Open case', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Conflict case' })).toBeVisible();
  await allSaved(page);
  await expect(page.locator('.case-parties')).toContainText('Acme BV');

  await page.getByLabel('Note').fill('Called Jo: they expected the old rate');
  await page.getByRole('button', { name: 'Add note' }).click();
  await allSaved(page);
  await expect(page.getByTestId('notes')).toContainText('Called Jo: they expected the old rate');
  await expect(page.getByTestId('notes')).toContainText('Alex Morgan');

  await page.getByRole('button', { name: 'Escalate to the CEO' }).click();
  await allSaved(page);
  await expect(page.getByTestId('escalated')).toContainText('Escalated to the CEO by Alex Morgan');
  await expect(page.getByRole('button', { name: 'Escalate to the CEO' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Resolve case' }).click();
  await expect(page.locator('.field.invalid')).toContainText('Please fill this in.');
  await page.getByLabel('How it was resolved').fill('Credit note for the difference');
  await page.getByRole('button', { name: 'Resolve case' }).click();
  await allSaved(page);
  await expect(page.getByTestId('resolution')).toContainText('Credit note for the difference');
  await expect(page.getByTestId('resolution')).toContainText('Resolved by Alex Morgan');

  await page.getByRole('link', { name: 'All conflict cases' }).click();
  const listed = page.getByTestId('conflict-case');
  await expect(listed).toHaveCount(1);
  await expect(listed).toContainText('Escalated to the CEO');
  await expect(listed).toContainText('Resolved');
  await expect(listed).toContainText('Parties: Acme BV');

  // Everything is still there after a reload.
  await page.reload();
  await nav(page, 'Requests').click();
  await expect(page.getByTestId('request').filter({ hasText: 'Coffee beans' })).toContainText('Referred to Office manager by rule');
  await expect(page.getByTestId('done-requests-list')).toContainText('Done by Alex Morgan');

  expect(errors).toEqual([]);
});
