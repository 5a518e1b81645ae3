// Acting-CEO handover across devices: the CEO hands over to the Operations
// Assistant, every device shows who is acting, the assistant works and logs
// a decision, the CEO ends the handover with a review and reads the return
// briefing, which comes from the documents' history. And the emergency
// handover the assistant starts, which the CEO sees first.
import { readFile } from 'node:fs/promises';
import { test, expect } from '@playwright/test';
import { addClient, allSaved, watchErrors } from './helpers.js';
import { ceoWithRelay, invite, join, synced } from './devices.js';

test.describe.configure({ timeout: 180_000 });

const SYNC = { timeout: 30_000 };

test('a handover runs on every device and the briefing lists the assistant\'s work', async ({ browser }) => {
  const { ceo, close } = await ceoWithRelay(browser, 'Alex Morgan');
  try {
    const errors = watchErrors(ceo);
    const assistant = await join(browser, await invite(ceo, 'Sam Jansen', 'Operations Assistant'), 'Sam Jansen');
    const member = await join(browser, await invite(ceo, 'Terry Lee', 'Team member'), 'Terry Lee');
    await synced(ceo);

    await ceo.getByRole('navigation').getByRole('link', { name: 'Handover' }).click();
    const form = ceo.locator('.handover-form');
    await expect(form.getByLabel('Acting CEO').locator('option:checked')).toHaveText('Sam Jansen');

    // Back before away: a clear message, nothing saved.
    await form.getByLabel('Away from').fill('2026-04-03');
    await form.getByLabel('Expected back').fill('2026-03-30');
    await form.getByLabel('Priorities').fill('Keep the Acme renewal on track');
    await form.getByRole('button', { name: 'Start the handover' }).click();
    await expect(form).toContainText('This date cannot be before the start date.');
    await expect(ceo.getByTestId('acting-banner')).toHaveCount(0);

    await form.getByLabel('Away from').fill('2026-03-30');
    await form.getByLabel('Expected back').fill('2026-04-03');
    await form.getByLabel('Things not to touch').fill('The supplier contracts');
    await form.getByRole('button', { name: 'Start the handover' }).click();
    await expect(ceo.getByTestId('running-handover')).toContainText('Sam Jansen is acting CEO for Alex Morgan');
    await allSaved(ceo);

    // Every device shows who is acting until when; team devices nothing more.
    for (const page of [ceo, assistant, member]) {
      await expect(page.getByTestId('acting-banner')).toContainText(/Sam Jansen is acting CEO until .*2026/, SYNC);
    }
    await expect(member.getByTestId('acting-banner').getByRole('link')).toHaveCount(0);
    await expect(member.getByRole('navigation').getByRole('link', { name: 'Handover' })).toHaveCount(0);

    // The acting CEO logs a decision, adds a client and logs an interaction.
    await assistant.getByTestId('acting-banner').getByRole('link', { name: 'Open the handover' }).click();
    await expect(assistant.getByTestId('running-handover')).toContainText('The supplier contracts', SYNC);
    const decisionForm = assistant.locator('.decision-form');
    await decisionForm.getByLabel('Decision').fill('Extend the Acme deadline by a week');
    await decisionForm.getByLabel('Reason').fill('Their warehouse was closed');
    await decisionForm.getByLabel('Alternatives considered').fill('Keep the deadline');
    await decisionForm.getByLabel('Who was informed').fill('Acme, Terry');
    await decisionForm.getByRole('button', { name: 'Log the decision' }).click();
    await expect(assistant.getByTestId('decision')).toContainText('Extend the Acme deadline by a week');
    await expect(assistant.getByTestId('decision')).toContainText('Sam Jansen');

    await assistant.getByRole('navigation').getByRole('link', { name: 'Clients' }).click();
    await addClient(assistant, 'Harbour Cafe');
    const log = assistant.locator('.log-form');
    await log.getByLabel('Summary').fill('Asked for a catering quote');
    await log.getByRole('button', { name: 'Log interaction' }).click();
    await expect(assistant.locator('.timeline .interaction')).toHaveCount(1);
    // A busy week: more calls than the briefing shows of a group at once.
    for (let n = 1; n <= 51; n++) {
      await log.getByLabel('Summary').fill(`Follow-up call ${n}`);
      await log.getByRole('button', { name: 'Log interaction' }).click();
      await expect(assistant.locator('.timeline .interaction')).toHaveCount(n + 1);
    }
    await allSaved(assistant);

    // The CEO is back: the decision has arrived; ending needs a review.
    await ceo.getByRole('navigation').getByRole('link', { name: 'Handover' }).click();
    await expect(ceo.getByTestId('decision')).toContainText('Extend the Acme deadline by a week', SYNC);
    const end = ceo.locator('.handover-end');
    await end.getByRole('button', { name: 'End the handover' }).click();
    await expect(end).toContainText('Please fill this in.');
    await end.getByLabel('What went well').fill('Calm and well documented');
    await end.getByLabel('What to change next time').fill('Call me for decisions over 5000 euro');
    await end.getByRole('button', { name: 'End the handover' }).click();
    await expect(ceo.getByRole('heading', { name: 'The handover has ended' })).toBeVisible();
    await ceo.getByRole('link', { name: 'Read the return briefing' }).first().click();

    await expect(ceo.getByRole('heading', { level: 1, name: 'Return briefing' })).toBeVisible();
    const newClients = ceo.getByTestId('briefing-new-clients');
    await expect(newClients).toContainText('Harbour Cafe', SYNC);
    await expect(newClients).toContainText('Sam Jansen');
    // Fifty changes of a group at first; the rest on asking.
    const interactions = ceo.getByTestId('briefing-interactions');
    await expect(interactions.getByRole('heading')).toHaveText('Interactions logged (52)', SYNC);
    await expect(interactions.getByTestId('briefing-item')).toHaveCount(50);
    await expect(interactions).toContainText('Showing 50 of 52');
    await interactions.getByRole('button', { name: 'Show 2 more' }).click();
    await expect(interactions.getByTestId('briefing-item')).toHaveCount(52);
    await expect(interactions.getByRole('button', { name: /Show .* more/ })).toHaveCount(0);
    await expect(interactions).toContainText('Asked for a catering quote');
    await expect(interactions).toContainText('Sam Jansen');
    const decisions = ceo.getByTestId('briefing-decisions');
    await expect(decisions).toContainText('Extend the Acme deadline by a week');
    await expect(decisions).toContainText('Sam Jansen');
    await expect(decisions.getByRole('heading')).toHaveText('Decisions taken (1)');
    // A change made on another device while the briefing is open appears in it.
    await log.getByLabel('Summary').fill('One more call');
    await log.getByRole('button', { name: 'Log interaction' }).click();
    await expect(interactions.getByRole('heading')).toHaveText('Interactions logged (53)', SYNC);
    await expect(interactions).toContainText('One more call');

    const [download] = await Promise.all([
      ceo.waitForEvent('download'),
      ceo.getByRole('button', { name: 'Download as Markdown' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('briefing-2026-03-30.md');
    const markdown = await readFile(await download.path(), 'utf8');
    expect(markdown).toContain('# Return briefing');
    expect(markdown).toContain('## New clients (1)');
    expect(markdown).toMatch(/\*\*Harbour Cafe\*\* \(Added, Sam Jansen, .*\)/);
    expect(markdown).toContain('Asked for a catering quote');
    expect(markdown).toMatch(/\*\*Extend the Acme deadline by a week\*\* \(Added, Sam Jansen, .*\): Their warehouse was closed/);

    // The banner is gone everywhere; the past handover keeps its review.
    for (const page of [ceo, assistant, member]) {
      await expect(page.getByTestId('acting-banner')).toHaveCount(0, SYNC);
    }
    await ceo.getByRole('link', { name: 'Back to the handover' }).click();
    await expect(ceo.getByTestId('past-handover')).toContainText('Calm and well documented');
    await expect(ceo.getByTestId('past-handover')).toContainText('1 decision');
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});

test('the assistant starts an emergency handover and the CEO sees it first', async ({ browser }) => {
  const { ceo, close } = await ceoWithRelay(browser, 'Alex Morgan');
  try {
    const assistant = await join(browser, await invite(ceo, 'Sam Jansen', 'Operations Assistant'), 'Sam Jansen');
    await assistant.getByRole('navigation').getByRole('link', { name: 'Handover' }).click();
    await assistant.getByRole('button', { name: 'Start an emergency handover' }).click();
    const form = assistant.locator('.handover-form');
    await expect(form).toContainText('Sam Jansen will act as CEO.');
    await form.getByLabel('Away from').fill('2026-03-30');
    await form.getByLabel('Expected back').fill('2026-04-06');
    await form.getByRole('button', { name: 'Take over as acting CEO' }).click();
    await expect(form.locator('.field', { hasText: 'Why the CEO cannot be reached' })).toContainText('Please fill this in.');
    await expect(assistant.getByTestId('acting-banner')).toHaveCount(0);

    await form.getByLabel('Why the CEO cannot be reached').fill('Alex is in hospital and cannot be reached');
    await form.getByRole('button', { name: 'Take over as acting CEO' }).click();
    await expect(assistant.getByTestId('acting-banner')).toContainText('Sam Jansen is acting CEO until');
    await expect(assistant.getByTestId('acting-banner')).toContainText('Emergency');
    await allSaved(assistant);
    await synced(assistant);

    // The CEO opens the app: the emergency handover comes first, on top.
    await ceo.goto('/clients');
    const notice = ceo.getByTestId('emergency-notice');
    await expect(notice).toContainText('Emergency handover: Sam Jansen took over', SYNC);
    await expect(notice).toContainText('Alex is in hospital');
    const noticeBox = await notice.boundingBox();
    const mainBox = await ceo.locator('main').boundingBox();
    expect(noticeBox.y).toBeLessThan(mainBox.y);
    await ceo.getByRole('navigation').getByRole('link', { name: 'Team' }).click();
    await expect(notice).toBeVisible();

    await notice.getByRole('link', { name: 'Read the handover' }).click();
    await expect(ceo.getByTestId('running-handover')).toContainText('Alex is in hospital');
    await ceo.getByRole('button', { name: 'I have read this' }).click();
    await expect(notice).toHaveCount(0);
    await ceo.reload();
    await expect(ceo.getByTestId('acting-banner')).toContainText('Sam Jansen is acting CEO until', SYNC);
    await expect(ceo.getByTestId('emergency-notice')).toHaveCount(0);
  } finally {
    await close();
  }
});
