// Accessibility and polish, checked the way assistive technology and a
// keyboard meet the app: axe-core on every route — the start and join
// screens, a new empty workspace, and a workspace with records on every desk
// (including each kind of record page), in the light and the dark scheme —
// with no serious or critical violation; "Skip to content" and a visible
// focus ring; a desk opened and a form sent with the keyboard alone; dark
// mode following the system; the print stylesheet on a list.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { addClient, allSaved, startWorkspace, watchErrors } from './helpers.js';

test.describe.configure({ timeout: 300_000 });

/** Every route without a record id, as the CEO (leadership desks included) sees it. */
const ROUTES = [
  '/',
  '/clients',
  '/clients/new',
  '/follow-ups',
  '/onboarding',
  '/onboarding/templates',
  '/team',
  '/team/tasks',
  '/team/tasks/new',
  '/team/members',
  '/announcements',
  '/requests',
  '/improvements',
  '/goals',
  '/messages',
  '/meetings',
  '/meetings?view=day',
  '/meetings?view=week',
  '/meetings/new',
  '/supplies',
  '/documents',
  '/documents/new',
  '/visitors',
  '/expenses',
  '/events',
  '/events/new',
  '/escalations',
  '/conflicts',
  '/crisis',
  '/handover',
  '/settings',
  '/export',
  '/import',
];

const main = (page) => page.getByRole('navigation', { name: 'Main navigation' });

/** The day `days` from today in the browser's zone, as a date input takes it. */
function day(days = 0) {
  const d = new Date(Date.now() + days * 24 * 3600 * 1000);
  const two = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

/**
 * Goes to `route` inside the running app (no reload, as a link would), lets
 * the router render it (two frames) and waits for its heading.
 */
async function visit(page, route) {
  await page.evaluate(
    (to) =>
      new Promise((rendered) => {
        history.pushState(null, '', to);
        window.dispatchEvent(new PopStateEvent('popstate'));
        requestAnimationFrame(() => requestAnimationFrame(rendered));
      }),
    route,
  );
  await expect(page.locator('main h1').first(), `${route} shows its heading`).toBeVisible();
}

/** The serious and critical axe violations on the page, one line each: where, which rule, which element. */
async function violations(page, where) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map((node) => `${where}: ${v.id} (${v.impact}) at ${node.target.join(' ')} — ${v.help}. ${node.failureSummary ?? ''}`),
    );
}

/** Checks each route in each colour scheme; returns every problem found. */
async function checkRoutes(page, routes, schemes) {
  const problems = [];
  for (const scheme of schemes) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const route of routes) {
      await visit(page, route);
      problems.push(...(await violations(page, `${route} [${scheme}]`)));
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return problems;
}

/** The relative luminance of a computed `rgb(…)` colour. */
function luminance(rgb) {
  const [r, g, b] = rgb.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const pageColours = (page) =>
  page.evaluate(() => {
    const root = getComputedStyle(document.documentElement);
    return { background: root.backgroundColor, text: root.color };
  });

/** Presses Tab until `target` has focus (it may have it already). */
async function tabTo(page, target, limit = 60) {
  for (let n = 0; n <= limit; n++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Whether the focused element draws a focus ring (outline or box-shadow). */
const focusRing = (page) =>
  page.evaluate(() => {
    const style = getComputedStyle(document.activeElement);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return outline || style.boxShadow !== 'none';
  });

test('the start and join screens pass axe in both schemes', async ({ page }) => {
  const errors = watchErrors(page);
  const problems = [];
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/');
    await expect(page.getByRole('button', { name: /Start a workspace/ })).toBeVisible();
    problems.push(...(await violations(page, `first run [${scheme}]`)));
    await page.getByRole('button', { name: /Start a workspace/ }).click();
    await expect(page.getByLabel('Your name')).toBeVisible();
    problems.push(...(await violations(page, `start [${scheme}]`)));
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('button', { name: /Join with an invite/ }).click();
    await expect(page.getByRole('button', { name: 'Join workspace' })).toBeVisible();
    problems.push(...(await violations(page, `join [${scheme}]`)));
  }
  expect(problems, problems.join('\n')).toEqual([]);
  expect(errors).toEqual([]);
});

test('every route of an empty workspace passes axe, and each empty list says what to do first', async ({ page }) => {
  const errors = watchErrors(page);
  await startWorkspace(page, 'Alex Morgan', 'CEO');
  await visit(page, '/clients');
  await expect(page.getByText('No clients yet. Add your first client with “New client”')).toBeVisible();
  const problems = await checkRoutes(page, ROUTES, ['light', 'dark']);
  expect(problems, problems.join('\n')).toEqual([]);
  expect(errors).toEqual([]);
});

test('every route and record page with data on every desk passes axe, light and dark; dark follows the system; lists print', async ({ page }) => {
  const errors = watchErrors(page);
  page.on('dialog', (dialog) => dialog.accept());
  await startWorkspace(page, 'Alex Morgan', 'CEO');
  const records = [];
  const here = () => new URL(page.url()).pathname;

  // Client care: a client with a contact, a question, a score, an overdue
  // plan, an onboarding and an escalation.
  await addClient(page, 'Acme Logistics', 'Acme BV');
  const client = here();
  records.push(client, `${client}/edit`);
  await page.getByRole('button', { name: 'Add contact' }).click();
  await page.locator('.contact-form').getByLabel('Name').fill('Ann de Vries');
  await page.locator('.contact-form').getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('.contact-list')).toContainText('Ann de Vries');
  const log = page.locator('.log-form');
  await log.getByLabel('Kind').selectOption({ label: 'Question' });
  await log.getByLabel('Summary').fill('When is the next invoice due?');
  await log.getByRole('button', { name: 'Log interaction' }).click();
  await expect(page.locator('.timeline .interaction')).toHaveCount(1);
  const satisfaction = page.getByTestId('satisfaction');
  for (const score of ['5', '2']) {
    await satisfaction.getByLabel('Score (1–5)').fill(score);
    await satisfaction.getByRole('button', { name: 'Record score' }).click();
    await expect(satisfaction.getByLabel('Score (1–5)')).toHaveValue('');
  }
  const plan = page.getByTestId('follow-up-plan');
  await plan.getByRole('button', { name: 'Set plan' }).click();
  await plan.getByLabel('Starting on').fill(day(-7));
  await plan.getByRole('button', { name: 'Save plan' }).click();
  await expect(plan).toContainText('overdue');
  await page.locator('.client-checklists').getByRole('button', { name: 'Start onboarding' }).click();
  await expect(page.locator('.client-checklists').getByTestId('checklist-step').first()).toBeVisible();
  const escalate = page.locator('.client-escalations');
  await escalate.getByRole('button', { name: 'Escalate' }).click();
  await escalate.locator('form').getByLabel('Summary').fill('Acme unhappy with late deliveries');
  await escalate.locator('form').getByRole('button', { name: 'Escalate' }).click();
  await expect(escalate.getByTestId('escalation')).toContainText('Acme unhappy with late deliveries');
  await visit(page, '/onboarding/templates');
  await page.getByRole('button', { name: 'Add the default template' }).first().click();
  await allSaved(page);

  // People: a department and an Operations Assistant without a device (who
  // acts as CEO below), with an observation on her page.
  await visit(page, '/team/members');
  await page.getByLabel('New department').fill('Reception');
  await page.getByRole('button', { name: 'Add department' }).click();
  await page.getByRole('button', { name: 'Add a person' }).click();
  const person = page.locator('.compose form');
  await person.getByLabel('Name').fill('Sam Jansen');
  await person.getByLabel('Role').selectOption({ label: 'Operations Assistant' });
  await person.getByLabel('Department').selectOption({ label: 'Reception' });
  await person.getByRole('button', { name: 'Add person' }).click();
  await page.getByTestId('member-row').filter({ hasText: 'Sam Jansen' }).getByRole('link', { name: 'Sam Jansen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Jansen' })).toBeVisible();
  records.push(here());
  const observations = page.getByTestId('observations');
  await observations.getByLabel('Note').fill('Handled the Acme call calmly');
  await observations.getByRole('button', { name: 'Add observation' }).click();
  await expect(observations.getByTestId('observation')).toHaveCount(1);

  // Team: an overdue task for the client, with a comment; a blocked one.
  await visit(page, '/team/tasks/new');
  await page.getByLabel('Title').fill('Send invoices');
  await page.getByLabel('Assignee').selectOption({ label: 'Alex Morgan' });
  await page.getByLabel('Due date').fill('2020-01-15');
  await page.getByLabel('Priority').selectOption({ label: 'High' });
  await page.getByLabel('Client').selectOption({ label: 'Acme Logistics' });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Send invoices' })).toBeVisible();
  records.push(here());
  await visit(page, '/team/tasks/new');
  await page.getByLabel('Title').fill('Order paper');
  await page.getByLabel('Status').selectOption({ label: 'Blocked' });
  await page.getByLabel('Why is it blocked?').fill('Waiting for the budget');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Order paper' })).toBeVisible();

  // An announcement, a request, a proposal, a goal and a value.
  await visit(page, '/announcements');
  await page.getByRole('button', { name: 'New announcement' }).click();
  await page.getByLabel('Title').fill('Office move on Friday');
  await page.getByLabel('Message').fill('We work from the new building from Monday on.');
  await page.getByRole('button', { name: 'Post announcement' }).click();
  await expect(page.getByTestId('announcement')).toHaveCount(1);
  await visit(page, '/requests');
  const intake = page.locator('form.intake-form');
  await intake.getByLabel('From whom').fill('Jo at Acme');
  await intake.getByLabel('Kind').selectOption({ label: 'E-mail' });
  await intake.getByLabel('What is asked').fill('Forward the signed contract');
  await intake.getByRole('button', { name: 'Log request' }).click();
  await expect(page.getByTestId('request')).toHaveCount(1);
  await visit(page, '/improvements');
  await page.getByLabel('Problem or bottleneck').fill('Invoices wait days for a signature');
  await page.getByLabel('Proposal', { exact: true }).fill('Let the assistant sign small invoices');
  await page.getByLabel('Expected effect').fill('Invoices go out the same day');
  await page.getByRole('button', { name: 'Add proposal' }).click();
  await expect(page.getByTestId('improvement')).toHaveCount(1);
  await visit(page, '/goals');
  const goalForm = page.locator('form.goal-form');
  await goalForm.getByLabel('Title').fill('Win five hotel clients');
  await goalForm.getByRole('button', { name: 'Add' }).click();
  await goalForm.getByLabel('Kind').selectOption({ label: 'Value' });
  await goalForm.getByLabel('Title').fill('Clients first');
  await goalForm.getByRole('button', { name: 'Add' }).click();
  await expect(page.getByTestId('goal-item')).toHaveCount(2);

  // Office: an urgent message, a meeting today, supplies to reorder, a
  // document due for review, a visitor, an expense and an event.
  await visit(page, '/messages');
  await page.getByRole('button', { name: 'Take a message' }).click();
  await page.getByLabel('From').fill('Ana Ruiz');
  await page.getByLabel('For', { exact: true }).selectOption({ label: 'Alex Morgan' });
  await page.getByLabel('Urgency').selectOption({ label: 'Urgent' });
  await page.getByLabel('Message', { exact: true }).fill('The delivery is stuck at the gate, please call.');
  await page.getByRole('button', { name: 'Save message' }).click();
  await expect(page.getByTestId('message')).toHaveCount(1);
  await visit(page, '/meetings/new');
  await page.getByLabel('Title').fill('Quarterly review');
  await page.getByLabel('Date').fill(day());
  await page.getByLabel('Start time').fill('23:00');
  await page.getByLabel('Duration (minutes)').fill('30');
  await page.getByLabel('Add attendee').selectOption({ label: 'Ann de Vries (Acme Logistics)' });
  await page.getByLabel('Agenda (one item per line)').fill('Figures\nNext steps');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Quarterly review' })).toBeVisible();
  records.push(here());
  await visit(page, '/supplies');
  await page.getByRole('button', { name: 'Add vendor' }).click();
  const vendor = page.locator('form.vendor-form');
  await vendor.getByLabel('Vendor').fill('Office Depot');
  await vendor.getByLabel('Lead time (days)').fill('3');
  await vendor.getByRole('button', { name: 'Add vendor' }).click();
  await expect(page.getByTestId('vendor-row')).toContainText('Office Depot');
  await page.getByRole('button', { name: 'Add item' }).click();
  const item = page.locator('form.supply-form');
  await item.getByLabel('Item').fill('Printer paper');
  await item.getByLabel('Unit').fill('box');
  await item.getByLabel('In stock').fill('1');
  await item.getByLabel('Reorder level').fill('5');
  await item.getByLabel('Vendor').selectOption({ label: 'Office Depot' });
  await item.getByRole('button', { name: 'Add item' }).click();
  await page.getByTestId('reorder-panel').getByRole('button', { name: 'Draft orders' }).click();
  await expect(page.getByTestId('order')).toHaveCount(1);
  await visit(page, '/documents/new');
  await page.getByLabel('Title').fill('Lease contract');
  await page.getByLabel('Where it is kept').fill('Cabinet 2, shelf 3');
  await page.getByLabel('Review date').fill(day());
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lease contract' })).toBeVisible();
  records.push(here());
  await visit(page, '/visitors');
  await page.getByRole('button', { name: 'Expect a visitor' }).click();
  const visitor = page.locator('.compose form');
  await visitor.getByLabel('Visitor’s name').fill('Bo Berg');
  await visitor.getByLabel('Visiting').selectOption({ label: 'Alex Morgan' });
  await visitor.getByRole('button', { name: 'Save visitor' }).click();
  await expect(page.getByTestId('visit')).toHaveCount(1);
  await visit(page, '/expenses');
  await page.getByRole('button', { name: 'Add an expense' }).click();
  const expense = page.locator('.compose form');
  await expense.getByLabel('Amount').fill('12.50');
  await expense.getByLabel('Description').fill('Printer paper');
  await expense.getByRole('button', { name: 'Save expense' }).click();
  await expect(page.getByTestId('expense')).toHaveCount(1);
  await visit(page, '/events/new');
  const event = page.locator('form.event-form');
  await event.getByLabel('Name').fill('Summer party');
  await event.getByLabel('Date').fill(day(30));
  await event.getByLabel('Budget (optional)').fill('100');
  await event.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Summer party' })).toBeVisible();
  records.push(here());
  const guests = page.locator('.event-guests');
  await guests.getByLabel('Invite').selectOption({ label: 'Sam Jansen' });
  await guests.getByRole('button', { name: 'Invite' }).click();
  await expect(guests.getByTestId('guest')).toHaveCount(1);
  const checklist = page.locator('.event-checklist');
  await checklist.getByLabel('To do').fill('Book the boat');
  await checklist.getByRole('button', { name: 'Add to checklist' }).click();
  await expect(checklist.getByTestId('checklist-item')).toHaveCount(1);

  // Leadership: a conflict case, a crisis with an entry, and a running handover.
  await visit(page, '/conflicts');
  await page.getByRole('button', { name: 'Open a case' }).click();
  await page.getByLabel('What happened').fill('Acme disputes the March invoice');
  await page.getByLabel('Choose a member or client').selectOption({ label: 'Acme Logistics' });
  await page.getByRole('button', { name: 'Add party' }).click();
  await page.getByRole('button', { name: 'Open case', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Conflict case' })).toBeVisible();
  records.push(here());
  await page.getByLabel('Note').fill('Called Jo: they expected the old rate');
  await page.getByRole('button', { name: 'Add note' }).click();
  await expect(page.getByTestId('notes')).toContainText('the old rate');
  await visit(page, '/crisis');
  await page.getByRole('button', { name: 'Declare a crisis' }).click();
  const declare = page.locator('form.declare-form');
  await declare.getByLabel('Title').fill('Server outage');
  await declare.getByLabel('Severity').selectOption({ label: 'Critical' });
  await declare.getByLabel('Summary').fill('The booking site is down for every client.');
  await declare.getByRole('button', { name: 'Declare the crisis' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Server outage' })).toBeVisible();
  const crisis = here();
  records.push(crisis, `${crisis}/report`);
  const entry = page.locator('form.entry-form').filter({ has: page.getByLabel('What happened') });
  await entry.getByLabel('What happened').fill('Called the hosting company');
  await entry.getByRole('button', { name: 'Add to the timeline' }).click();
  await expect(page.getByTestId('crisis-entry')).toHaveCount(1);
  await visit(page, '/handover');
  const handover = page.locator('.handover-form');
  await handover.getByLabel('Away from').fill(day());
  await handover.getByLabel('Expected back').fill(day(7));
  await handover.getByLabel('Priorities').fill('Keep the Acme renewal on track');
  await handover.getByRole('button', { name: 'Start the handover' }).click();
  await expect(page.getByTestId('running-handover')).toContainText('Sam Jansen is acting CEO');
  await expect(page.getByTestId('acting-banner')).toBeVisible();
  await allSaved(page);

  // Every route and record page, with the acting banner and the badges
  // showing, in both schemes.
  const problems = await checkRoutes(page, [...ROUTES, ...records], ['light', 'dark']);

  // The handover ends; its return briefing is a page of its own.
  await visit(page, '/handover');
  const end = page.locator('.handover-end');
  await end.getByLabel('What went well').fill('Calm and well documented');
  await end.getByLabel('What to change next time').fill('Call me for decisions over 5000 euro');
  await end.getByRole('button', { name: 'End the handover' }).click();
  await expect(page.getByRole('heading', { name: 'The handover has ended' })).toBeVisible();
  await page.getByRole('link', { name: 'Read the return briefing' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Return briefing' })).toBeVisible();
  problems.push(...(await checkRoutes(page, [here(), '/handover'], ['light', 'dark'])));

  // The command palette, open with results, in both schemes.
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Search and commands' });
    await palette.getByRole('combobox').fill('acme');
    await expect(palette.getByRole('option').first()).toContainText('Acme');
    problems.push(...(await violations(page, `palette [${scheme}]`)));
    await page.keyboard.press('Escape');
    await expect(palette).toHaveCount(0);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  expect(problems, problems.join('\n')).toEqual([]);

  // Dark mode follows the system: dark ground, light text.
  await visit(page, '/clients');
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await pageColours(page);
  expect(luminance(dark.background)).toBeLessThan(0.05);
  expect(luminance(dark.text)).toBeGreaterThan(0.6);
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await pageColours(page);
  expect(luminance(light.background)).toBeGreaterThan(0.8);

  // Printed, the list is the heading and its rows, black on white, whatever the scheme.
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(main(page)).toBeHidden();
  await expect(page.getByTestId('current-user')).toBeHidden();
  await expect(page.getByRole('link', { name: 'New client' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Acme Logistics/ })).toBeVisible();
  const printed = await pageColours(page);
  expect(luminance(printed.background)).toBeGreaterThan(0.95);
  expect(luminance(printed.text)).toBeLessThan(0.01);
  const mainBox = await page.locator('main').boundingBox();
  expect(mainBox.x).toBeLessThan(20);
  await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
  await expect(main(page)).toBeVisible();
  expect(errors).toEqual([]);
});

test('keyboard only: skip link, visible focus, a desk opened and a client added', async ({ page }) => {
  const errors = watchErrors(page);
  await startWorkspace(page, 'Alex Morgan', 'CEO');
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();

  // The first Tab reaches "Skip to content": hidden until then, visible and
  // ringed when focused; Enter moves focus into the page's main content.
  const skip = page.getByRole('link', { name: 'Skip to content' });
  expect((await skip.boundingBox()).y + (await skip.boundingBox()).height).toBeLessThanOrEqual(0);
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  expect((await skip.boundingBox()).y).toBeGreaterThanOrEqual(0);
  expect(await focusRing(page)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await expect(page).toHaveURL(/\/$/);
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.querySelector('main').contains(document.activeElement))).toBe(true);
  expect(await focusRing(page)).toBe(true);

  // The Clients desk from the navigation, by Tab and Enter; the focus ring
  // shows on the link, in both schemes.
  const clients = main(page).getByRole('link', { name: 'Clients', exact: true });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await tabTo(page, clients);
  expect(await focusRing(page)).toBe(true);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await focusRing(page)).toBe(true);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();

  // A new client, typed and sent with Enter.
  await tabTo(page, page.getByRole('link', { name: 'New client' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'New client' })).toBeVisible();
  await tabTo(page, page.getByLabel('Name'));
  expect(await focusRing(page)).toBe(true);
  await page.keyboard.type('Keyboard Cafe');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Keyboard Cafe' })).toBeVisible();
  await allSaved(page);
  await visit(page, '/clients');
  await expect(page.getByRole('row', { name: /Keyboard Cafe/ })).toBeVisible();
  expect(errors).toEqual([]);
});
