// Two devices of one workspace sync directly over a WebRTC data channel, set
// up by hand with an offer code and an answer code: no relay involved. The
// devices join through a relay first (joining needs an invite), then the
// relay is stopped for good before they link.
//
// Host candidates only, no STUN. Chromium hides local addresses behind mDNS
// names unless told not to, and lists loopback only when allowed; on a
// machine where it still finds no candidate the test skips and says why.
import { test, expect } from '@playwright/test';
import { addClient } from './helpers.js';
import { ceoWithRelay, invite, join, synced, storedDocumentIds } from './devices.js';

test.use({
  launchOptions: {
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--allow-loopback-in-peer-connection',
      '--disable-features=WebRtcHideLocalIpsWithMdns',
    ],
  },
});

test.describe.configure({ timeout: 120_000 });

const NO_NETWORK = /found no network/;

/** Opens the direct-sync card of `page`'s settings. */
async function directCard(page) {
  await page.goto('/settings');
  const card = page.locator('.direct-sync');
  await expect(card.getByRole('heading', { name: 'Sync directly with a device nearby' })).toBeVisible();
  return card;
}

/**
 * Skips the test, saying why, when the browser found no network candidate for
 * the link (`card` shows that error); fails on any other error.
 */
async function skipWithoutCandidates(card) {
  const failed = card.getByTestId('direct-error');
  if (await failed.isVisible()) {
    const reason = await failed.textContent();
    test.skip(NO_NETWORK.test(reason), `Chromium found no network candidate on this machine (only loopback?): ${reason}`);
    throw new Error(`the offer failed: ${reason}`);
  }
}

test('two devices sync directly with codes exchanged by hand, without a relay', async ({ browser }) => {
  const { ceo, close } = await ceoWithRelay(browser);
  const assistantLink = await invite(ceo, 'Sam Jansen', 'Operations Assistant');
  const assistant = await join(browser, assistantLink, 'Sam Jansen');
  await close();

  // With the relay gone, each device works on its own.
  await ceo.getByRole('link', { name: 'Clients', exact: true }).click();
  await addClient(ceo, 'Made while apart');
  await expect(ceo.getByTestId('sync-state')).toHaveAttribute('data-sync', /offline|connecting/, { timeout: 30_000 });

  const ceoCard = await directCard(ceo);
  await ceoCard.getByRole('button', { name: 'Show a code for the other device' }).click();
  const offerCode = ceoCard.getByTestId('offer-code');
  await expect(offerCode.or(ceoCard.getByTestId('direct-error'))).toBeVisible({ timeout: 15_000 });
  await skipWithoutCandidates(ceoCard);
  const offer = await offerCode.inputValue();
  expect(offer).toMatch(/^HOV-OFFER-1:/);
  await expect(ceoCard.locator('.qr svg')).toBeVisible();

  // A wrong code gets a clear message and changes nothing.
  const assistantCard = await directCard(assistant);
  await assistantCard.getByRole('button', { name: 'Enter a code from the other device' }).click();
  await assistantCard.getByLabel('Code from the other device').fill('hello there');
  await assistantCard.getByRole('button', { name: 'Make my code' }).click();
  await expect(assistantCard.getByTestId('direct-error')).toHaveText(/not a Handover code/);

  await assistantCard.getByLabel('Code from the other device').fill(offer);
  await assistantCard.getByRole('button', { name: 'Make my code' }).click();
  const answer = await assistantCard.getByTestId('answer-code').inputValue();
  expect(answer).toMatch(/^HOV-ANSWER-1:/);

  await ceoCard.getByLabel('Then paste the code the other device shows').fill(answer);
  await ceoCard.getByRole('button', { name: 'Connect' }).click();
  await expect(ceoCard.getByTestId('direct-status')).toHaveAttribute('data-link', 'synced', { timeout: 30_000 });
  await expect(ceoCard.getByTestId('direct-status')).toContainText('Sam Jansen');
  await expect(assistantCard.getByTestId('direct-status')).toHaveAttribute('data-link', 'synced', { timeout: 30_000 });
  await expect(assistantCard.getByTestId('direct-status')).toContainText('Alex Morgan');

  // What the CEO made while apart arrived, and edits now travel live both ways.
  await assistant.getByRole('link', { name: 'Clients', exact: true }).click();
  await expect(assistant.getByRole('link', { name: 'Made while apart' })).toBeVisible({ timeout: 30_000 });
  await addClient(assistant, 'Made by the assistant');
  await ceo.getByRole('link', { name: 'Clients', exact: true }).click();
  await expect(ceo.getByRole('link', { name: 'Made by the assistant' })).toBeVisible({ timeout: 30_000 });

  // Stopping on one side ends the link on the other. (In-app navigation: a
  // reload would end the link, which lives as long as the page.)
  await ceo.getByRole('link', { name: 'Settings' }).click();
  await ceo.locator('.direct-sync').getByRole('button', { name: 'Stop direct sync' }).click();
  await assistant.getByRole('link', { name: 'Settings' }).click();
  await expect(assistant.getByTestId('direct-status')).toHaveAttribute('data-link', 'closed', { timeout: 30_000 });
});

test('through the relay one device offers a link, the other accepts, and it outlives the relay', async ({ browser }) => {
  const { ceo, close } = await ceoWithRelay(browser);
  const assistant = await join(browser, await invite(ceo, 'Sam Jansen', 'Operations Assistant'), 'Sam Jansen');
  const card = await directCard(ceo);
  await synced(ceo);
  await card.getByLabel('Colleague').selectOption({ label: 'Sam Jansen' });
  await card.getByRole('button', { name: 'Offer a direct link' }).click();
  const waiting = card.getByText('Waiting for Sam Jansen to accept');
  await expect(waiting.or(card.getByTestId('direct-error'))).toBeVisible({ timeout: 15_000 });
  await skipWithoutCandidates(card);

  // The offer shows on whatever page the assistant is on.
  const offer = assistant.getByTestId('direct-offer');
  await expect(offer).toContainText('Alex Morgan’s device offers to sync directly', { timeout: 30_000 });
  await offer.getByRole('button', { name: 'Accept' }).click();
  await expect(offer).toBeHidden();
  await expect(assistant.getByTestId('direct-chip')).toHaveAttribute('data-link', 'synced', { timeout: 30_000 });
  await expect(ceo.getByTestId('direct-chip')).toHaveAttribute('data-link', 'synced', { timeout: 30_000 });
  await expect(ceo.getByTestId('direct-chip')).toContainText('Sam Jansen');

  // The relay goes away; the devices keep syncing over the link.
  await close();
  await ceo.getByRole('link', { name: 'Clients', exact: true }).click();
  await addClient(ceo, 'After the relay went');
  await expect(assistant.getByRole('link', { name: 'After the relay went' })).toBeVisible({ timeout: 30_000 });
});

/** Links `offering` and `answering` by hand; resolves once both say synced. */
async function linkByHand(offering, answering) {
  const offeringCard = await directCard(offering);
  await offeringCard.getByRole('button', { name: 'Show a code for the other device' }).click();
  const offerCode = offeringCard.getByTestId('offer-code');
  await expect(offerCode.or(offeringCard.getByTestId('direct-error'))).toBeVisible({ timeout: 15_000 });
  await skipWithoutCandidates(offeringCard);
  const answeringCard = await directCard(answering);
  await answeringCard.getByRole('button', { name: 'Enter a code from the other device' }).click();
  await answeringCard.getByLabel('Code from the other device').fill(await offerCode.inputValue());
  await answeringCard.getByRole('button', { name: 'Make my code' }).click();
  const answer = await answeringCard.getByTestId('answer-code').inputValue();
  await offeringCard.getByLabel('Then paste the code the other device shows').fill(answer);
  await offeringCard.getByRole('button', { name: 'Connect' }).click();
  for (const card of [offeringCard, answeringCard]) {
    await expect(card.getByTestId('direct-status')).toHaveAttribute('data-link', 'synced', { timeout: 30_000 });
  }
}

test('leadership records cross a link only when both ends prove leadership grants', async ({ browser }) => {
  const { ceo, close } = await ceoWithRelay(browser);
  await ceo.goto('/settings');
  const leadershipId = (await ceo.locator('.documents dd code').nth(1).textContent()).trim();
  const assistant = await join(browser, await invite(ceo, 'Sam Jansen', 'Operations Assistant'), 'Sam Jansen');
  const member = await join(browser, await invite(ceo, 'Terry Lee', 'Team member'), 'Terry Lee');
  await close();

  // A leadership record written while apart: an observation about Terry.
  const note = 'Written while the relay was gone';
  await ceo.goto('/team/members');
  await ceo.getByRole('link', { name: 'Terry Lee' }).click();
  const memberPage = new URL(ceo.url()).pathname;
  const observations = ceo.getByTestId('observations');
  await observations.getByLabel('Kind').selectOption({ label: 'Concern' });
  await observations.getByLabel('Note').fill(note);
  await observations.getByRole('button', { name: 'Add observation' }).click();
  await expect(observations.getByTestId('observation')).toContainText(note);

  // CEO and assistant: both grants name the leadership document.
  await linkByHand(ceo, assistant);
  await assistant.goto(memberPage);
  await expect(assistant.getByTestId('observations')).toContainText(note, { timeout: 30_000 });

  // CEO and team member: the link syncs, the leadership document stays home.
  await linkByHand(ceo, member);
  await member.getByRole('link', { name: 'Clients', exact: true }).click();
  await member.waitForTimeout(2_000);
  expect(await storedDocumentIds(member)).not.toContain(leadershipId);
  await member.goto(memberPage);
  await expect(member.getByText(note)).toHaveCount(0);
});
