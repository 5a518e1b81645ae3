// The app's defences against script injection. The served app carries a
// Content-Security-Policy (a <meta> tag, and a header from both servers)
// that allows no inline script, and a normal run through the desks breaks
// none of it. Hostile text typed into every text field of every desk is
// shown as text wherever it appears (lists, detail pages, the crisis report
// and its Markdown, the return briefing) and never runs.
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from '@playwright/test';
import { allSaved, startWorkspace, watchErrors } from './helpers.js';
import { invite, join, synced } from './devices.js';
import { freePort, tempDir } from './relay.js';

test.describe.configure({ timeout: 180_000 });

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.resolve(here, '..', process.env.E2E_DIST || '../../dist');
const relayBin = path.resolve(here, '../../../target/debug/handover-relay');

/** Each would run script if the app put text into the page as HTML. */
const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=1</script>',
  '"><svg onload=window.__xss=1>',
  "'><a href=\"javascript:window.__xss=1\">{{7*7}} **bold**</a>",
];
let next = 0;

/** `label` followed by the next payload: unique text, and hostile. */
function hostile(label) {
  const text = `${label} ${PAYLOADS[next % PAYLOADS.length]}`;
  next += 1;
  return text;
}

/** Markdown and HTML in a crisis entry: the report must keep it as text. */
const MARKUP = '# Heading\n<img src=x onerror="window.__xss=1">\n[click](javascript:window.__xss=1)';

/** Every CSP violation the page reports, across navigations. */
async function recordViolations(page) {
  const seen = [];
  await page.exposeBinding('__reportViolation', (_source, violation) => seen.push(violation));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__reportViolation(`${event.effectiveDirective}: ${event.blockedURI} ${event.sample}`);
    });
  });
  return seen;
}

/** The policy of the <meta> tag in an index.html. */
function metaPolicy(html) {
  return html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/)?.[1];
}

/** Nothing a payload could have made: no flag, no element, no handler, no dialog,
 *  and nothing the policy had to refuse. */
async function expectInert(page, { dialogs, violations }) {
  const found = await page.evaluate(() => ({
    xss: window.__xss ?? null,
    elements: [...document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onload], script:not([src])')].map(
      (element) => element.outerHTML.slice(0, 80),
    ),
    links: [...document.querySelectorAll('a[href]')]
      .map((link) => link.getAttribute('href'))
      .filter((href) => /^\s*javascript:/i.test(href)),
  }));
  expect(found).toEqual({ xss: null, elements: [], links: [] });
  expect(dialogs).toEqual([]);
  expect(violations).toEqual([]);
}

/** Fetches `url`'s index.html: its policy header and its text. */
async function served(url) {
  const response = await fetch(url);
  expect(response.ok).toBe(true);
  return { header: response.headers.get('content-security-policy'), html: await response.text() };
}

/** The relay serving the built app (`--dist`); resolves once it answers. */
async function relayWithDist(port, workspaceKey) {
  const relay = spawn(
    relayBin,
    ['--listen', `127.0.0.1:${port}`, '--data-dir', tempDir(), '--dist', dist, `--workspace-key=${workspaceKey}`],
    { stdio: 'ignore' },
  );
  await expect
    .poll(() => fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok, () => false), { timeout: 20_000 })
    .toBe(true);
  return relay;
}

/** A Markdown download: each label is there, and every tag a payload brought is escaped
 *  (`\\<img …`), so a Markdown viewer shows it as text too. */
async function expectEscapedMarkdown(download, labels) {
  const markdown = await readFile(await download.path(), 'utf8');
  for (const label of labels) expect(markdown).toContain(label);
  expect(markdown).toContain('\\<img src=x onerror=');
  expect(markdown).not.toMatch(/(?<!\\)<\/?(img|script|svg|a)\b/i);
  return markdown;
}

function nav(page, name) {
  return page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name, exact: true }).click();
}

test('the served app has no inline script, carries the policy, and refuses injected script', async ({ page, baseURL }) => {
  const violations = await recordViolations(page);
  const { header, html } = await served(new URL('/', baseURL));
  expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
  expect(html).toMatch(/<script type="module" src="\/public\/boot\.js"/);
  const policy = metaPolicy(html);
  expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval';");
  expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|frame-ancestors/);
  expect(header).toBe(`${policy}; frame-ancestors 'none'`);

  await startWorkspace(page);
  expect(await page.evaluate(() => typeof window.wasmBindings)).toBe('object');

  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__inline = 1';
    document.body.append(script);
    const handler = document.createElement('img');
    handler.setAttribute('src', 'data:,');
    handler.setAttribute('onerror', 'window.__inline = 2');
    document.body.append(handler);
    await new Promise((resolve) => setTimeout(resolve, 200));
    return window.__inline ?? null;
  });
  expect(ran).toBeNull();
  await expect.poll(() => violations).toContainEqual(expect.stringMatching(/^script-src-elem: inline/));
});

test('hostile text in every field of every desk stays text, and the policy is never violated', async ({ browser, page }) => {
  const errors = watchErrors(page);
  const dialogs = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss();
  });
  const seen = { dialogs, violations: await recordViolations(page) };
  const relayPort = await freePort();
  let relay;
  try {
    const ceo = hostile('Alex');
    await startWorkspace(page, ceo, 'CEO');
    await expectInert(page, seen);

    // Settings: a relay (the same one serves the app: its header is checked), and an invite
    // with a hostile name, which a second device uses to join as the Operations Assistant.
    await page.goto('/settings');
    const key = (await page.getByTestId('workspace-key').textContent()).trim();
    relay = await relayWithDist(relayPort, key);
    await page.getByLabel('Relay address').fill(`127.0.0.1:${relayPort}`);
    await page.getByRole('button', { name: 'Save and connect' }).click();
    // Connected before the next page load: the relay is saved once its key
    // checks, and leaving Settings before then leaves no relay to invite to.
    await synced(page);
    const fromRelay = await served(`http://127.0.0.1:${relayPort}/clients`);
    expect(fromRelay.header).toBe(`${metaPolicy(fromRelay.html)}; frame-ancestors 'none'`);
    const assistant = hostile('Sam');
    const joined = await join(browser, await invite(page, assistant, 'Operations Assistant'), assistant);
    await expect(joined.getByTestId('current-user')).toContainText(assistant);
    await expectInert(joined, { dialogs: [], violations: [] });
    await joined.context().close();
    await allSaved(page);
    await expectInert(page, seen);

    // Clients: the client, a contact (its e-mail becomes a mailto: link), an answered question.
    const client = { name: hostile('Acme'), company: hostile('Acme BV'), notes: hostile('notes') };
    await nav(page, 'Clients');
    await page.getByRole('link', { name: 'New client' }).click();
    await page.getByLabel('Name').fill(client.name);
    await page.getByLabel('Company').fill(client.company);
    await page.getByLabel('Notes').fill(client.notes);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('heading', { level: 1, name: client.name })).toBeVisible();

    const contact = { name: hostile('Ann'), role: hostile('manager'), email: 'javascript:"><svg/onload=window.__xss=1>@x.example' };
    await page.getByRole('button', { name: 'Add contact' }).click();
    const contactForm = page.locator('.contact-form');
    await contactForm.getByLabel('Name').fill(contact.name);
    await contactForm.getByLabel('Job title').fill(contact.role);
    await contactForm.getByLabel('E-mail').fill(contact.email);
    await contactForm.getByLabel('Phone').fill('+31 20 555 0101');
    await contactForm.getByRole('button', { name: 'Save' }).click();
    await expect(page.locator('.contact-list')).toContainText(contact.name);
    await expect(page.locator('.contact-list').getByRole('link', { name: contact.email })).toHaveAttribute(
      'href',
      `mailto:${contact.email}`,
    );

    const question = { summary: hostile('question'), outcome: hostile('outcome'), answer: hostile('answer') };
    const log = page.locator('.log-form');
    await log.getByLabel('Kind').selectOption({ label: 'Question' });
    await log.getByLabel('Summary').fill(question.summary);
    await log.getByLabel('Outcome').fill(question.outcome);
    await log.getByRole('button', { name: 'Log interaction' }).click();
    const asked = page.locator('.timeline .interaction').filter({ hasText: question.summary });
    await asked.getByRole('button', { name: 'Answer', exact: true }).click();
    await asked.locator('.answer-form').getByLabel('Answer', { exact: true }).fill(question.answer);
    await asked.locator('.answer-form').getByRole('button', { name: 'Save answer' }).click();
    await expect(asked).toContainText(question.answer);

    // Follow-ups: a custom cadence that is due, logged from the desk; a score with a
    // comment (which no page shows yet).
    const plan = page.getByTestId('follow-up-plan');
    await plan.getByRole('button', { name: 'Set plan' }).click();
    await plan.getByLabel('How often').selectOption({ label: 'Custom interval' });
    await plan.getByLabel('Every how many days').fill('3');
    await plan.getByLabel('Starting on').fill('2020-01-06');
    await plan.getByRole('button', { name: 'Save plan' }).click();
    const score = hostile('score comment');
    const satisfaction = page.getByTestId('satisfaction');
    await satisfaction.getByLabel('Score (1–5)').fill('4');
    await satisfaction.getByLabel('Comment').fill(score);
    await satisfaction.getByRole('button', { name: 'Record score' }).click();
    await expect(satisfaction).toContainText('Average 4.0 from 1 score');

    // An escalation raised from the client's page.
    const concern = { summary: hostile('concern'), details: hostile('details') };
    const escalate = page.locator('.client-escalations');
    await escalate.getByRole('button', { name: 'Escalate' }).click();
    await escalate.locator('form').getByLabel('Summary').fill(concern.summary);
    await escalate.locator('form').getByLabel('Details').fill(concern.details);
    await escalate.locator('form').getByRole('button', { name: 'Escalate' }).click();
    await expect(escalate).toContainText(concern.summary);
    await allSaved(page);
    await expectInert(page, seen);

    await nav(page, 'Follow-ups');
    const followUp = { summary: hostile('follow-up'), outcome: hostile('follow-up outcome') };
    const due = page.getByTestId('due-item').filter({ hasText: client.name });
    await due.getByRole('button', { name: 'Log follow-up' }).click();
    await due.getByLabel('Summary').fill(followUp.summary);
    await due.getByLabel('Outcome').fill(followUp.outcome);
    await due.getByRole('button', { name: 'Log it' }).click();
    await expect(due).toHaveCount(0);
    await allSaved(page);
    await expectInert(page, seen);

    // Onboarding: a renamed template with a hostile step, a new template, a started checklist.
    const template = { name: hostile('template'), step: hostile('step'), other: hostile('other template') };
    await nav(page, 'Onboarding');
    await page.goto('/onboarding/templates');
    await page.getByRole('button', { name: 'Add the default template' }).first().click();
    const standard = page.getByTestId('template').first();
    await standard.getByRole('button', { name: 'Rename' }).click();
    await standard.getByLabel('Template name').fill(template.name);
    await standard.getByRole('button', { name: 'Save' }).click();
    await standard.getByRole('button', { name: 'Add step' }).click();
    await standard.getByLabel('Step', { exact: true }).fill(template.step);
    await standard.getByLabel('Due after (days from the start)').fill('3');
    await standard.getByRole('button', { name: 'Save' }).click();
    await expect(standard).toContainText(template.step);
    await page.locator('form.new-template').getByLabel('Template name').fill(template.other);
    await page.locator('form.new-template').getByLabel('Kind').selectOption({ label: 'Offboarding' });
    await page.locator('form.new-template').getByRole('button', { name: 'Create template' }).click();
    await expect(page.getByTestId('template').filter({ hasText: template.other })).toBeVisible();
    await allSaved(page);
    await expectInert(page, seen);
    await nav(page, 'Clients');
    await page.getByRole('link', { name: client.name }).click();
    const checklists = page.locator('.client-checklists');
    await checklists.getByRole('button', { name: 'Start onboarding' }).click();
    await expect(checklists).toContainText(template.name);
    await expect(checklists.getByTestId('checklist-step').filter({ hasText: template.step })).toBeVisible();
    await allSaved(page);
    await nav(page, 'Onboarding');
    await expect(page.getByTestId('checklist-row').filter({ hasText: client.name })).toBeVisible();
    await expectInert(page, seen);

    // Team: a blocked task with a comment, on the board and in the list; members renamed.
    const task = { title: hostile('task'), description: hostile('description'), reason: hostile('blocked'), comment: hostile('comment') };
    await nav(page, 'Team');
    const teamNav = page.getByRole('navigation', { name: 'Team desk' });
    await teamNav.getByRole('link', { name: 'New task' }).click();
    await page.getByLabel('Title').fill(task.title);
    await page.getByLabel('Description').fill(task.description);
    await page.getByLabel('Status').selectOption({ label: 'Blocked' });
    await page.getByLabel('Why is it blocked?').fill(task.reason);
    await page.getByLabel('Client').selectOption({ label: client.name });
    await page.getByRole('button', { name: 'Save' }).click();
    await teamNav.getByRole('link', { name: 'Board' }).click();
    await expect(page.getByTestId('task-card').filter({ hasText: task.title })).toBeVisible();
    await expectInert(page, seen);
    await teamNav.getByRole('link', { name: 'List' }).click();
    await page.getByRole('link', { name: task.title }).click();
    await expect(page.locator('main')).toContainText(task.description);
    await expect(page.locator('main')).toContainText(task.reason);
    await page.getByRole('button', { name: 'Add comment' }).click();
    await page.getByLabel('Comment').fill(task.comment);
    await page.getByRole('button', { name: 'Add comment' }).click();
    await expect(page.locator('main')).toContainText(task.comment);
    await allSaved(page);
    await expectInert(page, seen);

    const renamed = hostile('Sam renamed');
    const observation = hostile('observation');
    await teamNav.getByRole('link', { name: 'Members' }).click();
    await expect(page.getByTestId('member-row').filter({ hasText: ceo })).toBeVisible();
    await page.getByTestId('member-row').getByRole('link', { name: assistant }).click();
    await page.getByRole('button', { name: 'Edit' }).click();
    await page.getByLabel('Name').fill(renamed);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('heading', { level: 1, name: renamed })).toBeVisible();
    const observations = page.getByTestId('observations');
    await observations.getByLabel('Note').fill(observation);
    await observations.getByRole('button', { name: 'Add observation' }).click();
    await expect(observations).toContainText(observation);
    await allSaved(page);
    await expectInert(page, seen);

    // Announcements, requests with a routing rule, improvements.
    const announcement = { title: hostile('announcement'), body: hostile('message') };
    await nav(page, 'Announcements');
    await page.getByRole('button', { name: 'New announcement' }).click();
    await page.getByLabel('Title').fill(announcement.title);
    await page.getByLabel('Message').fill(announcement.body);
    await page.getByRole('button', { name: 'Post announcement' }).click();
    await expect(page.getByTestId('announcement').filter({ hasText: announcement.title })).toContainText(announcement.body);
    await expectInert(page, seen);

    const request = { from: hostile('Jo'), asked: hostile('asked'), desk: hostile('desk') };
    await nav(page, 'Requests');
    const rule = page.getByTestId('rule-supplies');
    await rule.getByRole('button', { name: 'Change' }).click();
    await rule.getByLabel('Person or desk').fill(request.desk);
    await rule.getByRole('button', { name: 'Save rule' }).click();
    const intake = page.locator('form.intake-form');
    await intake.getByLabel('From whom').fill(request.from);
    await intake.getByLabel('Kind').selectOption({ label: 'Supplies' });
    await intake.getByLabel('What is asked').fill(request.asked);
    await intake.getByRole('button', { name: 'Log request' }).click();
    await expect(page.getByTestId('request').filter({ hasText: request.asked })).toContainText(request.desk);
    await allSaved(page);
    await expectInert(page, seen);

    const proposal = { problem: hostile('problem'), proposal: hostile('proposal'), effect: hostile('effect') };
    await nav(page, 'Improve');
    await page.getByRole('button', { name: 'Add proposal' }).click();
    await page.getByLabel('Problem or bottleneck').fill(proposal.problem);
    await page.getByLabel('Proposal', { exact: true }).fill(proposal.proposal);
    await page.getByLabel('Expected effect').fill(proposal.effect);
    await page.getByRole('button', { name: 'Add proposal' }).click();
    await expect(page.getByTestId('improvement')).toContainText(proposal.effect);
    await allSaved(page);
    await expectInert(page, seen);

    // A conflict case with the client: noted, resolved, listed.
    const conflict = { description: hostile('dispute'), note: hostile('mediation'), resolution: hostile('credit note') };
    await nav(page, 'Conflicts');
    await page.getByRole('button', { name: 'Open a case' }).click();
    await page.getByLabel('What happened').fill(conflict.description);
    await page.getByLabel('Choose a member or client').selectOption({ label: client.name });
    await page.getByRole('button', { name: 'Add party' }).click();
    await page.getByRole('button', { name: 'Open case', exact: true }).click();
    await page.getByLabel('Note').fill(conflict.note);
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByRole('button', { name: 'Resolve case' }).click();
    await page.getByLabel('How it was resolved').fill(conflict.resolution);
    await page.getByRole('button', { name: 'Resolve case' }).click();
    await expect(page.locator('main')).toContainText(conflict.resolution);
    await expect(page.locator('main')).toContainText(conflict.note);
    await allSaved(page);
    await expectInert(page, seen);
    await page.getByRole('link', { name: 'All conflict cases' }).click();
    await expect(page.getByTestId('conflict-case')).toContainText(conflict.description);
    await expectInert(page, seen);

    // Escalations: one raised here, and the client's, resolved with a hostile outcome.
    const raised = { summary: hostile('team matter'), details: hostile('team details'), outcome: hostile('resolved') };
    await nav(page, 'Escalations');
    await page.getByRole('button', { name: 'Raise an escalation' }).click();
    const raise = page.locator('form.raise-form');
    await raise.getByLabel('Summary').fill(raised.summary);
    await raise.getByLabel('Details').fill(raised.details);
    await raise.getByRole('button', { name: 'Escalate' }).click();
    const open = page.getByTestId('escalations-open').getByTestId('escalation').filter({ hasText: concern.summary });
    await open.getByRole('button', { name: 'Acknowledge' }).click();
    const acknowledged = page.getByTestId('escalations-acknowledged').getByTestId('escalation').filter({ hasText: concern.summary });
    await acknowledged.getByRole('button', { name: 'Resolve' }).click();
    await acknowledged.getByLabel('Outcome').fill(raised.outcome);
    await acknowledged.getByRole('button', { name: 'Resolve' }).click();
    await expect(page.getByTestId('escalations-resolved')).toContainText(raised.outcome);
    await expect(page.getByTestId('escalations-open')).toContainText(raised.details);
    await allSaved(page);
    await expectInert(page, seen);

    // Crisis: declared, an entry of Markdown and HTML, a correction, the report and its
    // Markdown, closed.
    const crisis = { title: hostile('outage'), summary: hostile('site down'), fix: hostile('correction'), resolution: hostile('restored') };
    await nav(page, 'Crisis');
    await page.getByRole('button', { name: 'Declare a crisis' }).click();
    const declare = page.locator('form.declare-form');
    await declare.getByLabel('Title').fill(crisis.title);
    await declare.getByLabel('Summary').fill(crisis.summary);
    await declare.getByRole('button', { name: 'Declare the crisis' }).click();
    const entryForm = page.locator('form.entry-form').filter({ has: page.getByLabel('What happened') });
    await entryForm.getByLabel('What happened').fill(MARKUP);
    await entryForm.getByRole('button', { name: 'Add to the timeline' }).click();
    const entry = page.getByTestId('crisis-entry').filter({ hasText: '# Heading' });
    await entry.getByRole('button', { name: 'Correct' }).click();
    await entry.getByLabel('The correction').fill(crisis.fix);
    await entry.getByRole('button', { name: 'Add the correction' }).click();
    await expect(page.getByTestId('crisis-entry').filter({ hasText: crisis.fix })).toBeVisible();
    await allSaved(page);
    await expectInert(page, seen);
    await page.getByRole('link', { name: 'Report' }).click();
    for (const text of [crisis.title, crisis.summary, crisis.fix, '[click](javascript:window.__xss=1)', '# Heading']) {
      await expect(page.locator('main')).toContainText(text);
    }
    await expectInert(page, seen);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download Markdown' }).click(),
    ]);
    const markdown = await expectEscapedMarkdown(download, ['outage', 'site down', 'correction']);
    expect(markdown).toContain('\\# Heading');
    await page.getByRole('link', { name: 'Back to the crisis' }).click();
    await page.locator('form.close-form').getByLabel('How the crisis was resolved').fill(crisis.resolution);
    await page.locator('form.close-form').getByRole('button', { name: 'Close the crisis' }).click();
    await expect(page.locator('main')).toContainText(crisis.resolution);
    await allSaved(page);
    await expectInert(page, seen);

    // Handover to the (renamed) assistant: the notes, a decision, the review, the briefing.
    const handover = {
      priorities: hostile('priorities'),
      delegated: hostile('delegated'),
      untouched: hostile('untouched'),
      contacts: hostile('contacts'),
      decision: hostile('decision'),
      reason: hostile('reason'),
      alternatives: hostile('alternatives'),
      informed: hostile('informed'),
      wentWell: hostile('went well'),
      toChange: hostile('to change'),
    };
    await nav(page, 'Handover');
    const start = page.locator('.handover-form');
    await start.getByLabel('Away from').fill('2026-03-30');
    await start.getByLabel('Expected back').fill('2026-04-03');
    await start.getByLabel('Acting CEO').selectOption({ label: renamed });
    await start.getByLabel('Priorities').fill(handover.priorities);
    await start.getByLabel('Decisions delegated').fill(handover.delegated);
    await start.getByLabel('Things not to touch').fill(handover.untouched);
    await start.getByLabel('Contacts in an emergency').fill(handover.contacts);
    await start.getByRole('button', { name: 'Start the handover' }).click();
    await expect(page.getByTestId('acting-banner')).toContainText(renamed);
    const decision = page.locator('.decision-form');
    await decision.getByLabel('Decision').fill(handover.decision);
    await decision.getByLabel('Reason').fill(handover.reason);
    await decision.getByLabel('Alternatives considered').fill(handover.alternatives);
    await decision.getByLabel('Who was informed').fill(handover.informed);
    await decision.getByRole('button', { name: 'Log the decision' }).click();
    for (const text of [handover.priorities, handover.untouched, handover.contacts, handover.decision, handover.informed]) {
      await expect(page.locator('main')).toContainText(text);
    }
    await allSaved(page);
    await expectInert(page, seen);
    const end = page.locator('.handover-end');
    await end.getByLabel('What went well').fill(handover.wentWell);
    await end.getByLabel('What to change next time').fill(handover.toChange);
    await end.getByRole('button', { name: 'End the handover' }).click();
    await page.getByRole('link', { name: 'Read the return briefing' }).first().click();
    await expect(page.getByTestId('briefing-decisions')).toContainText(handover.decision);
    await expectInert(page, seen);
    const [briefing] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download as Markdown' }).click(),
    ]);
    await expectEscapedMarkdown(briefing, ['decision', 'reason']);
    await page.getByRole('link', { name: 'Back to the handover' }).click();
    await expect(page.locator('main')).toContainText(handover.wentWell);
    await allSaved(page);
    await expectInert(page, seen);

    // After a reload, every list and the client's page once more.
    await page.reload();
    const pages = [
      ['/clients', client.company],
      ['/onboarding', client.name],
      ['/team', task.title],
      ['/team/members', renamed],
      ['/announcements', announcement.body],
      ['/requests', request.from],
      ['/improvements', proposal.problem],
      ['/escalations', concern.details],
      ['/crisis', crisis.title],
      ['/handover', handover.toChange],
    ];
    for (const [address, text] of pages) {
      await page.goto(address);
      await expect(page.locator('main')).toContainText(text);
      await expectInert(page, seen);
    }
    await nav(page, 'Clients');
    await page.getByRole('link', { name: client.name }).click();
    for (const text of [client.notes, contact.role, question.answer, followUp.outcome, template.step, concern.summary]) {
      await expect(page.locator('main')).toContainText(text);
    }
    await expectInert(page, seen);
    expect(errors).toEqual([]);
  } finally {
    relay?.kill('SIGTERM');
  }
});
