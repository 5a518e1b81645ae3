// Client care as a user meets it: a follow-up plan that is overdue on the
// follow-ups desk until the follow-up is logged, a question answered with its
// response time, satisfaction scores that put a client at risk, and the
// threshold that decides it.
import { test, expect } from '@playwright/test';
import { addClient, allSaved, startWorkspace, watchErrors } from './helpers.js';

/** A local date ("YYYY-MM-DD") or date and time ("YYYY-MM-DDTHH:MM") in the browser, `days` and `hours` from now. */
async function localInput(page, { days = 0, hours = 0, withTime = false }) {
  return page.evaluate(
    ({ days, hours, withTime }) => {
      const d = new Date();
      d.setDate(d.getDate() + days);
      d.setHours(d.getHours() + hours);
      const pad = (n) => String(n).padStart(2, '0');
      const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
      return withTime ? `${day}T${pad(d.getHours())}:${pad(d.getMinutes())}` : day;
    },
    { days, hours, withTime },
  );
}

async function openFollowUps(page) {
  await page.getByRole('link', { name: 'Follow-ups' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Follow-ups' })).toBeVisible();
}

async function openClient(page, name) {
  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test('a weekly plan is overdue until the follow-up is logged from the desk', async ({ page }) => {
  const errors = watchErrors(page);
  await startWorkspace(page, 'Alex Morgan', 'CEO');
  await addClient(page, 'Bakery Jansen', 'Jansen BV');

  const plan = page.getByTestId('follow-up-plan');
  await expect(plan).toContainText('No follow-up plan yet');
  await plan.getByRole('button', { name: 'Set plan' }).click();
  await plan.getByLabel('How often').selectOption({ label: 'Weekly update' });
  await plan.getByLabel('Channel').selectOption({ label: 'Call' });
  await plan.getByLabel('Starting on').fill(await localInput(page, { days: -7 }));
  await plan.getByRole('button', { name: 'Save plan' }).click();
  await expect(plan).toContainText('Weekly update · Call');
  await expect(plan).toContainText('7 days overdue');

  await openFollowUps(page);
  const due = page.getByTestId('due-item');
  await expect(due).toHaveCount(1);
  await expect(due).toContainText('Bakery Jansen');
  await expect(due).toContainText('7 days overdue');
  await expect(due).toContainText('Alex Morgan');
  await due.getByRole('button', { name: 'Log follow-up' }).click();
  await expect(due.getByLabel('Kind')).toHaveValue('call');
  await due.getByLabel('Summary').fill('Weekly update: bread orders on track');
  await due.getByRole('button', { name: 'Log it' }).click();
  await expect(due).toHaveCount(0);
  await expect(page.getByText('Nothing is due today.')).toBeVisible();
  await allSaved(page);

  // The follow-up is in the client's log, and the plan has moved on a week.
  await openClient(page, 'Bakery Jansen');
  await expect(page.locator('.timeline')).toContainText('Weekly update: bread orders on track');
  await expect(plan).toContainText('in 7 days');
  expect(errors).toEqual([]);
});

test('a question stays open until answered, and the response time shows', async ({ page }) => {
  const errors = watchErrors(page);
  await startWorkspace(page);
  await addClient(page, 'Acme Logistics');

  const log = page.locator('.log-form');
  await log.getByLabel('Kind').selectOption({ label: 'Question' });
  await log.getByLabel('When').fill(await localInput(page, { hours: -2, withTime: true }));
  await log.getByLabel('Summary').fill('When is the next invoice due?');
  await log.getByRole('button', { name: 'Log interaction' }).click();
  const question = page.locator('.timeline .interaction').filter({ hasText: 'next invoice' });
  await expect(question.locator('.badge.open')).toHaveText('Open');

  await openFollowUps(page);
  await expect(page.getByTestId('open-question')).toContainText('When is the next invoice due?');
  await expect(page.getByTestId('overall-response-time')).toHaveText(
    'No questions or complaints answered yet.',
  );
  await openClient(page, 'Acme Logistics');

  // An empty answer is refused with a clear message and saves nothing.
  await question.getByRole('button', { name: 'Answer', exact: true }).click();
  const form = question.locator('.answer-form');
  await form.getByRole('button', { name: 'Save answer' }).click();
  await expect(form.getByRole('alert')).toHaveText('Please correct the marked fields. Nothing was saved.');
  await expect(form.locator('.field.invalid')).toContainText('Please fill this in.');
  await expect(question.locator('.badge.open')).toBeVisible();

  await form.getByLabel('Answer', { exact: true }).fill('The 1st of every month; sent them the schedule.');
  await form.getByRole('button', { name: 'Save answer' }).click();
  await expect(question.getByTestId('answer')).toContainText('Answered by Alex Morgan after 2 h');
  await expect(question.locator('.badge.open')).toHaveCount(0);
  await expect(page.getByTestId('client-response-time')).toContainText(/: 2 h \d+ min$/);

  await openFollowUps(page);
  await expect(page.getByText('No open questions or complaints.')).toBeVisible();
  await expect(page.getByTestId('overall-response-time')).toContainText(/: 2 h \d+ min$/);
  expect(errors).toEqual([]);
});

test('falling scores put a client at risk until the threshold is raised', async ({ page }) => {
  const errors = watchErrors(page);
  await startWorkspace(page);
  await addClient(page, 'Hotel Noord');

  const satisfaction = page.getByTestId('satisfaction');
  await expect(satisfaction).toContainText('No scores yet.');
  // Out of range: a clear message, and nothing is recorded.
  await satisfaction.getByLabel('Score (1–5)').fill('7');
  await satisfaction.getByRole('button', { name: 'Record score' }).click();
  await expect(satisfaction.locator('.field.invalid')).toContainText('Choose a score from 1 to 5.');
  await expect(satisfaction).toContainText('No scores yet.');

  for (const score of ['5', '5', '5', '2', '2', '2']) {
    await satisfaction.getByLabel('Score (1–5)').fill(score);
    await satisfaction.getByRole('button', { name: 'Record score' }).click();
    await expect(satisfaction.getByLabel('Score (1–5)')).toHaveValue('');
  }
  await expect(satisfaction).toContainText('Average 3.5 from 6 scores');
  await expect(
    satisfaction.getByRole('img', { name: 'Scores from oldest to newest: 5, 5, 5, 2, 2, 2' }),
  ).toBeVisible();
  await expect(satisfaction.locator('.badge.at-risk')).toHaveText('At risk');
  await expect(satisfaction).toContainText('fell from 5.0 to 2.0');
  await allSaved(page);

  await openFollowUps(page);
  const atRisk = page.getByTestId('at-risk-client');
  await expect(atRisk).toHaveCount(1);
  await expect(atRisk).toContainText('Hotel Noord');
  await expect(atRisk).toContainText('The average of the latest scores fell from 5.0 to 2.0.');

  const thresholds = page.getByTestId('thresholds');
  await expect(thresholds.getByLabel('Drop in average that flags a client')).toHaveValue('1.0');
  await thresholds.getByLabel('Drop in average that flags a client').fill('9');
  await thresholds.getByRole('button', { name: 'Save thresholds' }).click();
  await expect(thresholds.locator('.field.invalid')).toContainText('Enter a drop from 0.1 to 4.0');
  await expect(atRisk).toHaveCount(1);

  await thresholds.getByLabel('Drop in average that flags a client').fill('3.5');
  await thresholds.getByRole('button', { name: 'Save thresholds' }).click();
  await expect(thresholds.getByRole('status')).toHaveText('Thresholds saved.');
  await expect(atRisk).toHaveCount(0);
  await expect(page.getByText('No client is at risk.')).toBeVisible();
  await allSaved(page);

  await page.reload();
  await expect(page.getByTestId('thresholds').getByLabel('Drop in average that flags a client')).toHaveValue('3.5');
  await expect(page.getByText('No client is at risk.')).toBeVisible();
  expect(errors).toEqual([]);
});
