// Leadership across three devices through handover-relay: the CEO posts an
// announcement and sees who has read it; the Operations Assistant escalates a
// client concern that the CEO acknowledges and resolves; the CEO writes a
// performance observation that never reaches the team member's device.
import { test, expect } from '@playwright/test';
import { addClient, allSaved, watchErrors } from './helpers.js';
import { ceoWithRelay, invite, join, synced, storedDocumentIds } from './devices.js';

test.describe.configure({ timeout: 240_000 });

const LONG = { timeout: 30_000 };
const NOTE = 'Missed two client calls this week';

function nav(page, name) {
  return page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
}

function escalationIn(page, status, summary) {
  return page.getByTestId(`escalations-${status}`).getByTestId('escalation').filter({ hasText: summary });
}

test('announcements, escalations and observations across three devices', async ({ browser }) => {
  const { ceo, close } = await ceoWithRelay(browser);
  try {
    const errors = watchErrors(ceo);
    const leadershipId = (await ceo.locator('.documents dd code').nth(1).textContent()).trim();
    await nav(ceo, 'Clients');
    await addClient(ceo, 'Acme Logistics');

    const assistant = await join(browser, await invite(ceo, 'Sam Jansen', 'Operations Assistant'), 'Sam Jansen');
    const member = await join(browser, await invite(ceo, 'Terry Lee', 'Team member'), 'Terry Lee');

    // The CEO posts an announcement; both others get it, unread.
    await nav(ceo, 'Announcements');
    await ceo.getByRole('button', { name: 'New announcement' }).click();
    await ceo.getByLabel('Title').fill('Office move on Friday');
    await ceo.getByLabel('Message').fill('We work from the new building from Monday on.');
    await ceo.getByRole('button', { name: 'Post announcement' }).click();
    const posted = ceo.getByTestId('announcement').filter({ hasText: 'Office move on Friday' });
    await expect(posted).toBeVisible();
    await expect(ceo.getByTestId('unread-count')).toHaveText('All read');
    await expect(posted.getByRole('button', { name: 'I have read this' })).toHaveCount(0);
    await expect(posted.getByTestId('readers')).toContainText('0 of 2 have read this', LONG);

    for (const page of [assistant, member]) {
      await nav(page, 'Announcements');
      await expect(page.getByRole('heading', { name: 'Office move on Friday' })).toBeVisible(LONG);
      await expect(page.getByTestId('unread-count')).toHaveText('1 unread');
    }
    await expect(member.getByRole('button', { name: 'New announcement' })).toHaveCount(0);
    await expect(member.getByTestId('readers')).toHaveCount(0);

    // The team member reads it; the CEO sees who has and who has not.
    await member.getByRole('button', { name: 'I have read this' }).click();
    await expect(member.getByTestId('unread-count')).toHaveText('All read');
    await expect(member.getByTestId('announcement')).toContainText('You read this on');
    await expect(posted.getByTestId('readers')).toContainText('1 of 2 have read this', LONG);
    await posted.getByText('1 of 2 have read this').click();
    await expect(posted.getByTestId('reader').filter({ hasText: 'Terry Lee' })).toHaveAttribute('data-state', 'read');
    await expect(posted.getByTestId('reader').filter({ hasText: 'Sam Jansen' })).toHaveAttribute('data-state', 'not-yet');
    await expect(assistant.getByTestId('unread-count')).toHaveText('1 unread');

    // Bad input: an escalation without a summary says so and saves nothing.
    await nav(assistant, 'Escalations');
    await assistant.getByRole('button', { name: 'Raise an escalation' }).click();
    const raise = assistant.locator('form.raise-form');
    await raise.getByRole('button', { name: 'Escalate' }).click();
    await expect(raise.locator('.field.invalid')).toContainText('Please fill this in.');
    await expect(raise.getByRole('alert')).toHaveText('Please correct the marked fields. Nothing was saved.');
    await expect(assistant.getByTestId('escalation')).toHaveCount(0);

    // The assistant escalates a concern from the client's page.
    await nav(assistant, 'Clients');
    await assistant.getByRole('link', { name: 'Acme Logistics' }).click();
    const panel = assistant.locator('.client-escalations');
    await panel.getByRole('button', { name: 'Escalate' }).click();
    const quick = panel.locator('form');
    await quick.getByLabel('Urgency').selectOption({ label: 'High' });
    await quick.getByLabel('Summary').fill('Acme unhappy with late deliveries');
    await quick.getByLabel('Details').fill('Third late delivery this month; they mention other suppliers.');
    await quick.getByRole('button', { name: 'Escalate' }).click();
    await expect(panel.getByTestId('escalation')).toContainText('Acme unhappy with late deliveries');
    await expect(panel.getByTestId('escalation')).toContainText('Raised by Sam Jansen');

    // The CEO acknowledges it, then resolves it with an outcome.
    await nav(ceo, 'Escalations');
    const open = escalationIn(ceo, 'open', 'Acme unhappy with late deliveries');
    await expect(open).toBeVisible(LONG);
    await expect(open).toContainText('High');
    await expect(open.getByRole('link', { name: 'Acme Logistics' })).toBeVisible();
    await open.getByRole('button', { name: 'Acknowledge' }).click();
    const acknowledged = escalationIn(ceo, 'acknowledged', 'Acme unhappy with late deliveries');
    await expect(acknowledged).toContainText('Acknowledged by Alex Morgan');
    await acknowledged.getByRole('button', { name: 'Resolve' }).click();
    // Bad input: resolving needs an outcome.
    await acknowledged.getByRole('button', { name: 'Resolve' }).click();
    await expect(acknowledged.locator('.field.invalid')).toContainText('Please fill this in.');
    await expect(escalationIn(ceo, 'resolved', 'Acme unhappy')).toHaveCount(0);
    await acknowledged.getByLabel('Outcome').fill('Weekly delivery call agreed with Acme');
    await acknowledged.getByRole('button', { name: 'Resolve' }).click();
    const resolved = escalationIn(ceo, 'resolved', 'Acme unhappy with late deliveries');
    await expect(resolved).toContainText('Resolved by Alex Morgan');
    await expect(resolved.getByTestId('escalation-outcome')).toHaveText('Weekly delivery call agreed with Acme');

    // The assistant sees it resolved, with names.
    const onAssistant = panel.getByTestId('escalation');
    await expect(onAssistant).toHaveAttribute('data-status', 'resolved', LONG);
    await expect(onAssistant).toContainText('Acknowledged by Alex Morgan');
    await expect(onAssistant).toContainText('Resolved by Alex Morgan');
    await expect(onAssistant).toContainText('Weekly delivery call agreed with Acme');

    // The CEO writes an observation about the team member.
    await nav(ceo, 'Team');
    await ceo.goto('/team/members');
    await ceo.getByRole('link', { name: 'Terry Lee' }).click();
    const memberUrl = ceo.url();
    const observations = ceo.getByTestId('observations');
    await observations.getByLabel('Kind').selectOption({ label: 'Concern' });
    await observations.getByLabel('Note').fill(NOTE);
    await observations.getByRole('button', { name: 'Add observation' }).click();
    await expect(observations.getByTestId('observation')).toContainText(NOTE);
    await expect(observations.getByTestId('observation')).toContainText('Alex Morgan');
    await allSaved(ceo);
    await synced(ceo);

    // The team member's device: no escalations, no leadership document, and
    // the observation nowhere.
    await synced(member);
    await expect(member.getByRole('navigation').getByRole('link', { name: 'Escalations' })).toHaveCount(0);
    const held = await storedDocumentIds(member);
    expect(held).toHaveLength(1);
    expect(held).not.toContain(leadershipId);
    expect(await storedDocumentIds(assistant)).toContain(leadershipId);
    for (const path of [new URL(memberUrl).pathname, '/escalations', '/announcements', '/clients']) {
      await member.goto(path);
      await expect(member.getByTestId('current-user')).toContainText('Terry Lee');
      await expect(member.getByText(NOTE)).toHaveCount(0);
      await expect(member.getByText('Acme unhappy with late deliveries')).toHaveCount(0);
    }
    await expect(member.getByTestId('observations')).toHaveCount(0);
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});
