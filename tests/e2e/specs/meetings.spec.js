// The Meetings desk: a meeting with a member and a client contact; a second
// meeting at an overlapping time for the same person is held back with a
// warning naming the person and the other meeting until "Save anyway"; the
// day and week views find it; minutes are written and a follow-up task made
// from them appears on the Team board; the meeting downloads as an .ics file.
import { readFile } from 'node:fs/promises';
import { test, expect } from '@playwright/test';
import { addClient, allSaved, startWorkspace, watchErrors } from './helpers.js';

test.describe.configure({ timeout: 120_000 });

const DAY = '2031-05-12';
const meetingsNav = (page) => page.getByRole('navigation', { name: 'Meetings desk' });

async function openMeetings(page) {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Meetings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible();
}

/** Fills the new-meeting form; the caller saves. */
async function fillMeeting(page, { title, time, duration, place, attendees = [], agenda }) {
  await meetingsNav(page).getByRole('link', { name: 'New meeting' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New meeting' })).toBeVisible();
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Date').fill(DAY);
  await page.getByLabel('Start time').fill(time);
  await page.getByLabel('Duration (minutes)').fill(String(duration));
  if (place) await page.getByLabel('Place or video link').fill(place);
  for (const name of attendees) {
    await page.getByLabel('Add attendee').selectOption({ label: name });
    await expect(page.getByTestId('attendee').filter({ hasText: name })).toBeVisible();
  }
  if (agenda) await page.getByLabel('Agenda (one item per line)').fill(agenda);
}

test('meetings: double booking, day and week, minutes, a follow-up task on the board, .ics', async ({ page }) => {
  const errors = watchErrors(page);
  await startWorkspace(page, 'Alex Morgan', 'CEO');
  await addClient(page, 'Acme Logistics');
  await page.getByRole('button', { name: 'Add contact' }).click();
  const contactForm = page.locator('.contact-form');
  await contactForm.getByLabel('Name').fill('Ann de Vries');
  await contactForm.getByLabel('E-mail').fill('ann@acme.example');
  await contactForm.getByRole('button', { name: 'Save' }).click();
  await allSaved(page);

  await openMeetings(page);
  await expect(page.locator('main')).toContainText('No meetings yet. Plan the first one');

  // Bad input is refused field by field.
  await fillMeeting(page, { title: '', time: '', duration: 0 });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert').first()).toContainText('Nothing was saved');
  await expect(page.locator('.field.invalid').filter({ hasText: 'Title' })).toContainText('Please fill this in.');
  await expect(page.locator('.field.invalid').filter({ hasText: 'Start time' })).toContainText('Please enter a time');
  await expect(page.locator('.field.invalid').filter({ hasText: 'Duration' })).toContainText('whole number');

  // The first meeting, with a member and a client contact.
  await fillMeeting(page, {
    title: 'Quarterly review, Acme; part 1',
    time: '10:00',
    duration: 60,
    place: 'Room 2',
    attendees: ['Alex Morgan', 'Ann de Vries (Acme Logistics)'],
    agenda: 'Welcome\nFigures\nNext steps',
  });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Quarterly review, Acme; part 1' })).toBeVisible();
  await expect(page.getByTestId('meeting-attendee')).toHaveText(['Alex Morgan', 'Ann de Vries (Acme Logistics)']);
  await expect(page.locator('ol.agenda li')).toHaveText(['Welcome', 'Figures', 'Next steps']);
  await allSaved(page);

  // An overlapping meeting for the same person is held back with a warning.
  await fillMeeting(page, { title: 'Supplier call', time: '10:30', duration: 30, attendees: ['Alex Morgan'] });
  await page.getByRole('button', { name: 'Save' }).click();
  const warning = page.getByTestId('clash-warning');
  await expect(warning).toContainText('Double booking');
  await expect(warning).toContainText('Alex Morgan already has “Quarterly review, Acme; part 1”');
  await expect(page.getByRole('heading', { level: 1, name: 'New meeting' })).toBeVisible();
  // Moved to when the first one ends, it touches it and saves without a word.
  await warning.getByRole('button', { name: 'Change the meeting' }).click();
  await expect(warning).toHaveCount(0);
  await page.getByLabel('Start time').fill('11:00');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Supplier call' })).toBeVisible();
  // A third, overlapping again, is saved anyway.
  await fillMeeting(page, { title: 'Lunch with Ann', time: '10:45', duration: 45, attendees: ['Ann de Vries (Acme Logistics)'] });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('clash-warning')).toContainText('Ann de Vries (Acme Logistics) already has “Quarterly review, Acme; part 1”');
  await page.getByRole('button', { name: 'Save anyway' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lunch with Ann' })).toBeVisible();
  await allSaved(page);

  // The day and the week show them, from the address.
  await page.goto(`/meetings?view=day&date=${DAY}`);
  await expect(page.getByTestId('meetings-day')).toHaveText('Monday, May 12, 2031');
  await expect(page.getByTestId('meeting-row')).toHaveCount(3);
  await expect(page.getByTestId('meeting-row').first()).toContainText('Quarterly review, Acme; part 1');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page).toHaveURL(/date=2031-05-13/);
  await expect(page.locator('main')).toContainText('No meetings.');
  await page.getByRole('button', { name: 'Week' }).click();
  await expect(page).toHaveURL(/view=week/);
  await expect(page.locator('.meetings-week-day')).toHaveCount(7);
  await expect(page.getByTestId('meeting-row')).toHaveCount(3);

  // Minutes, and a follow-up task made from them.
  await page.getByRole('link', { name: 'Quarterly review, Acme; part 1' }).click();
  await page.getByLabel('What was discussed and decided').fill('Figures are up. Alex sends the new price list.');
  await page.getByRole('button', { name: 'Save minutes' }).click();
  await expect(page.getByText('Minutes saved.')).toBeVisible();
  await page.getByLabel('New follow-up task').fill('Send the new price list');
  await page.locator('.follow-up-form').getByLabel('Assignee').selectOption({ label: 'Alex Morgan' });
  await page.getByRole('button', { name: 'Add follow-up task' }).click();
  await expect(page.getByTestId('follow-up')).toContainText('Send the new price list');
  await allSaved(page);

  // The .ics download.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download .ics' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('Quarterly review, Acme; part 1.ics');
  const ics = await readFile(await download.path(), 'utf8');
  expect(ics).toContain('BEGIN:VCALENDAR\r\n');
  expect(ics).toContain('SUMMARY:Quarterly review\\, Acme\\; part 1\r\n');
  expect(ics).toMatch(/DTSTART:20310512T\d{6}Z\r\n/);
  expect(ics).toContain('ATTENDEE;CN="Ann de Vries (Acme Logistics)":mailto:ann@acme.example');

  // The task is on the board, and leads back to the meeting.
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Team' }).click();
  const card = page.getByTestId('task-card').filter({ hasText: 'Send the new price list' });
  await expect(card).toBeVisible();
  await card.getByRole('link').first().click();
  await expect(page.locator('main')).toContainText('Follow-up from the meeting “Quarterly review, Acme; part 1”.');

  // Everything is still there after a reload.
  await page.goto(`/meetings?view=day&date=${DAY}`);
  await expect(page.getByTestId('meetings-day')).toHaveText('Monday, May 12, 2031');
  await expect(page.getByTestId('meeting-row')).toHaveCount(3);
  expect(errors).toEqual([]);
});

// A day is the same day in every zone: at UTC+14 and at UTC-11 the device's own
// today is named (as the browser itself names it there), whatever day it is in UTC.
for (const timezoneId of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
  test.describe(`in ${timezoneId}`, () => {
    test.use({ timezoneId });
    test(`Today names the device's own day in ${timezoneId}`, async ({ page }) => {
      const errors = watchErrors(page);
      await startWorkspace(page);
      await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Today' }).click();
      const today = await page.evaluate(() => new Intl.DateTimeFormat('en', { dateStyle: 'full' }).format(new Date()));
      await expect(page.getByTestId('today-date')).toHaveText(today);
      expect(errors).toEqual([]);
    });
  });
}
