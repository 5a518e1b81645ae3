// Two devices of one workspace sync directly over a WebRTC data channel, set
// up by hand with an offer code and an answer code: no relay involved. The
// devices join through a relay first (joining needs an invite), then the
// relay is stopped for good before they link.
//
// Loopback only, and never a skip. Host candidates only, no STUN; Chromium
// lists loopback when allowed (--allow-loopback-in-peer-connection) and, with
// mDNS hiding off, gives raw addresses. Restricting the candidates in the
// codes is not enough: a browser that also binds to the machine's other
// addresses pairs those sockets with the other end's 127.0.0.1 and picks such
// a pair. So this file's Chromium runs in a network namespace of its own whose
// only interface is loopback (`unshare`): there is no other address to gather
// or use. Its contexts may list network interfaces (camera and microphone
// permission; without it Chromium offers only the default route's address,
// and here there is none). The app and the relay listen on the host's
// loopback, which is not the browser's: Playwright carries the pages' HTTP and
// WebSocket traffic there (context.route, routeWebSocket), while the link
// itself goes over the browser's own 127.0.0.1. Each test checks that every
// candidate exchanged, and the pair the link uses, is 127.0.0.1.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { cbor } from '@automerge/automerge-repo';
import { test as base, expect } from '@playwright/test';
import WebSocket from 'ws';
import { addClient, startWorkspace } from './helpers.js';
import { ceoWithRelay, invite, join, synced, storedDocumentIds } from './devices.js';

/**
 * A launcher for Chromium in a new user and network namespace with nothing
 * but `lo` (brought up there). Lives in a temporary directory of this
 * process, removed when it exits.
 */
function loopbackOnlyChromium() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handover-e2e-loopback-'));
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  const launcher = path.join(dir, 'chromium');
  const inside = 'PATH="$PATH:/usr/sbin:/sbin"; ip link set lo up && exec /usr/bin/chromium "$@"';
  fs.writeFileSync(launcher, `#!/bin/sh\nexec unshare --user --map-root-user --net sh -c '${inside}' chromium "$@"\n`, {
    mode: 0o755,
  });
  return launcher;
}

/**
 * Records the page's peer connections on `window.__pcs` (an init script);
 * for each that connects, the candidate pair it connected over (as
 * `__selected`, a promise: a refused link is closed soon after). Records
 * what the page sends on data channels on `window.__sent`: the text (a link
 * proof) or the size of a binary frame (the sync protocol: records).
 */
function recordPeerConnections() {
  const Native = window.RTCPeerConnection;
  window.__pcs = [];
  window.RTCPeerConnection = new Proxy(Native, {
    construct(target, args, newTarget) {
      const connection = Reflect.construct(target, args, newTarget);
      window.__pcs.push(connection);
      // The pair the ICE transport selected, read at once: a refused link
      // can be closed before getStats() answers, and then it has no pair.
      const selectedNow = () => {
        const pair = connection.sctp?.transport?.iceTransport?.getSelectedCandidatePair?.();
        return pair ? [pair.local.address, pair.remote.address] : null;
      };
      // ICE connects before DTLS does: the earliest moment the pair is known.
      const connected = () => {
        const ice = ['connected', 'completed'].includes(connection.iceConnectionState);
        if (!(ice || connection.connectionState === 'connected') || connection.__selected) return;
        const now = selectedNow();
        if (now) {
          connection.__selected = Promise.resolve(now);
          return;
        }
        connection.__selected = connection.getStats().then((stats) => {
          for (const report of stats.values()) {
            if (report.type !== 'transport' || !report.selectedCandidatePairId) continue;
            const pair = stats.get(report.selectedCandidatePairId);
            return [stats.get(pair.localCandidateId).address, stats.get(pair.remoteCandidateId).address];
          }
          return null;
        });
      };
      connection.addEventListener('iceconnectionstatechange', connected);
      connection.addEventListener('connectionstatechange', connected);
      return connection;
    },
  });
  window.__sent = [];
  window.__channels = new Set();
  const send = RTCDataChannel.prototype.send;
  RTCDataChannel.prototype.send = function (data) {
    window.__channels.add(this);
    const sent = typeof data === 'string' ? { text: data } : { bytes: data.byteLength ?? data.size };
    window.__sent.push(sent);
    try {
      return send.call(this, data);
    } catch (error) {
      sent.error = String(error);
      throw error;
    }
  };
}

/** Fetches a page's request from Node, where the app and the relay listen. */
async function fetchOnHost(route) {
  let response;
  try {
    response = await route.fetch();
  } catch {
    // The relay is stopped: the browser sees what it would have seen.
    return route.abort('connectionrefused').catch(() => {});
  }
  // The page may have gone away meanwhile.
  await route.fulfill({ response }).catch(() => {});
}

/**
 * Carries a page's WebSocket to its server from Node, message for message.
 * Returns the bridge: `received` and `sent` hold the page's frames so far
 * (binary ones), `send(frame)` sends one to the server as if the page had.
 */
function bridgeWebSocket(page) {
  const server = new WebSocket(page.url());
  const early = [];
  const bridge = {
    received: [],
    sent: [],
    send(frame) {
      server.send(frame);
    },
  };
  server.on('open', () => {
    for (const message of early.splice(0)) server.send(message);
  });
  server.on('message', (data, isBinary) => {
    if (isBinary) bridge.received.push(data);
    page.send(isBinary ? data : data.toString());
  });
  server.on('close', (code, reason) => page.close({ code, reason: reason.toString() }));
  server.on('error', () => {}); // `close` follows
  page.onMessage((message) => {
    if (typeof message !== 'string') bridge.sent.push(message);
    if (server.readyState === WebSocket.OPEN) server.send(message);
    else if (server.readyState === WebSocket.CONNECTING) early.push(message);
  });
  page.onClose((code, reason) => {
    try {
      server.close(code, reason);
    } catch {
      server.terminate(); // a code a client may not send
    }
  });
  return bridge;
}

/**
 * `browser` as devices.js uses it: each new context is a device on the
 * loopback-only browser, reaching the app and the relay through Playwright,
 * allowed to list its (loopback) interfaces, its peer connections recorded.
 * A context's `sockets` are its bridged WebSockets (see bridgeWebSocket).
 */
function loopbackDevices(browser) {
  return {
    async newContext(options = {}) {
      // A service worker's fetches would bypass context.route.
      const context = await browser.newContext({ ...options, serviceWorkers: 'block' });
      await context.grantPermissions(['camera', 'microphone']);
      await context.route(/^https?:\/\//, fetchOnHost);
      context.sockets = [];
      await context.routeWebSocket(/^wss?:\/\//, (socket) => context.sockets.push(bridgeWebSocket(socket)));
      await context.addInitScript(recordPeerConnections);
      return context;
    },
  };
}

const test = base.extend({
  devices: async ({ browser }, use) => use(loopbackDevices(browser)),
});

test.use({
  launchOptions: {
    executablePath: loopbackOnlyChromium(),
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

// One retry: on a loaded machine a link between two pages of this browser
// has, rarely, stayed "connecting" (see expectLink, which prints every
// page's connections when it does). A retried test shows as flaky in the
// report; a link that never comes up still fails.
test.describe.configure({ timeout: 120_000, retries: 1 });

/**
 * The addresses `page`'s connected links went over: of the candidate pair
 * in use, of every candidate in the exchanged descriptions (the codes), and
 * of every candidate the connection knows.
 */
async function linkAddresses(page) {
  return page.evaluate(async () => {
    const links = [];
    for (const connection of window.__pcs ?? []) {
      if (connection.connectionState !== 'connected') continue;
      const stats = await connection.getStats();
      const known = [];
      let selected = null;
      stats.forEach((report) => {
        if (report.type === 'local-candidate' || report.type === 'remote-candidate') known.push(report.address);
        if (report.type === 'transport' && report.selectedCandidatePairId) {
          const pair = stats.get(report.selectedCandidatePairId);
          selected = [stats.get(pair.localCandidateId).address, stats.get(pair.remoteCandidateId).address];
        }
      });
      const exchanged = [connection.localDescription, connection.remoteDescription].flatMap((description) =>
        description.sdp
          .split(/\r?\n/)
          .filter((line) => line.startsWith('a=candidate:'))
          .map((line) => line.split(' ')[4]),
      );
      links.push({ selected, exchanged, known });
    }
    return links;
  });
}

/** `page`'s direct link is up and used 127.0.0.1 at both ends, nothing else. */
async function expectLoopbackLink(page) {
  const links = await linkAddresses(page);
  expect(links, 'a connected direct link').not.toHaveLength(0);
  for (const { selected, exchanged, known } of links) {
    expect(selected, 'the candidate pair in use').toEqual(['127.0.0.1', '127.0.0.1']);
    expect(exchanged, 'candidates in the codes').not.toHaveLength(0);
    expect([...new Set(exchanged)], 'candidates in the codes').toEqual(['127.0.0.1']);
    expect([...new Set(known)], 'candidates the connection knows').toEqual(['127.0.0.1']);
  }
}

/**
 * Waits for `status` (a link's state on `page`: the card's or the chip's) to
 * be `state`. When it is not, fails with what every page's connections were
 * doing: their states, the candidates each side knew, the channels and what
 * each page sent.
 */
async function expectLink(page, status, state) {
  try {
    await expect(status).toHaveAttribute('data-link', state, { timeout: 30_000 });
  } catch (error) {
    const pages = page.context().browser().contexts().flatMap((context) => context.pages());
    const states = await Promise.all(pages.map(connectionStates));
    const report = pages.map((other, n) => ({ page: other === page ? 'this one' : `another (${n})`, ...states[n] }));
    throw new Error(`${error.message}\nthe pages' connections: ${JSON.stringify(report, null, 1)}`);
  }
}

/** What `page`'s peer connections are doing, and what it sent on them. */
async function connectionStates(page) {
  return page.evaluate(async () => {
    const pcs = await Promise.all(
      (window.__pcs ?? []).map(async (connection) => {
        const candidates = [];
        const pairs = [];
        const channels = [];
        (await connection.getStats()).forEach((report) => {
          if (report.type.endsWith('candidate')) {
            candidates.push(`${report.type} ${report.protocol} ${report.address}:${report.port}`);
          }
          if (report.type === 'candidate-pair') pairs.push(`${report.state} nominated=${report.nominated}`);
          if (report.type === 'data-channel') {
            channels.push(`${report.label} ${report.state} sent=${report.messagesSent} received=${report.messagesReceived}`);
          }
        });
        return {
          signaling: connection.signalingState,
          gathering: connection.iceGatheringState,
          ice: connection.iceConnectionState,
          connection: connection.connectionState,
          candidates,
          pairs,
          channels,
        };
      }),
    );
    const sent = (window.__sent ?? []).map((m) => `${m.text ? 'a proof' : `${m.bytes} bytes`}${m.error ? ` (${m.error})` : ''}`);
    const senders = [...(window.__channels ?? [])].map((c) => `${c.label} ${c.readyState} buffered=${c.bufferedAmount}`);
    return { url: location.pathname, pcs, sent, senders };
  });
}

/** Opens the direct-sync card of `page`'s settings. */
async function directCard(page) {
  await page.goto('/settings');
  const card = page.locator('.direct-sync');
  await expect(card.getByRole('heading', { name: 'Sync directly with a device nearby' })).toBeVisible({ timeout: 15_000 });
  return card;
}

/** Fails, saying why, when setting up the link failed (`card` shows the error). */
async function expectNoLinkError(card) {
  const failed = card.getByTestId('direct-error');
  if (await failed.isVisible()) throw new Error(`setting up the direct link failed: ${await failed.textContent()}`);
}

test('two devices sync directly with codes exchanged by hand, without a relay', async ({ devices }) => {
  const { ceo, close } = await ceoWithRelay(devices);
  const assistantLink = await invite(ceo, 'Sam Jansen', 'Operations Assistant');
  const assistant = await join(devices, assistantLink, 'Sam Jansen');
  await close();

  // With the relay gone, each device works on its own.
  await ceo.getByRole('link', { name: 'Clients', exact: true }).click();
  await addClient(ceo, 'Made while apart');
  await expect(ceo.getByTestId('sync-state')).toHaveAttribute('data-sync', /offline|connecting/, { timeout: 30_000 });

  const ceoCard = await directCard(ceo);
  const offerCode = await showOffer(ceoCard);
  const offer = await offerCode.inputValue();
  expect(offer).toMatch(/^HOV-OFFER-2:/);
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
  expect(answer).toMatch(/^HOV-ANSWER-2:/);

  await ceoCard.getByLabel('Then paste the code the other device shows').fill(answer);
  await ceoCard.getByRole('button', { name: 'Connect' }).click();
  await expectLink(ceo, ceoCard.getByTestId('direct-status'), 'synced');
  await expect(ceoCard.getByTestId('direct-status')).toContainText('Sam Jansen');
  await expectLink(assistant, assistantCard.getByTestId('direct-status'), 'synced');
  await expect(assistantCard.getByTestId('direct-status')).toContainText('Alex Morgan');
  // The link runs over 127.0.0.1 at both ends, and nothing else was offered.
  await expectLoopbackLink(ceo);
  await expectLoopbackLink(assistant);

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

test('through the relay one device offers a link, the other accepts, and it outlives the relay', async ({ devices }) => {
  const { ceo, close } = await ceoWithRelay(devices);
  const assistant = await join(devices, await invite(ceo, 'Sam Jansen', 'Operations Assistant'), 'Sam Jansen');
  const card = await directCard(ceo);
  await synced(ceo);
  await card.getByLabel('Colleague').selectOption({ label: 'Sam Jansen' });
  await card.getByRole('button', { name: 'Offer a direct link' }).click();
  const waiting = card.getByText('Waiting for Sam Jansen to accept');
  await expect(waiting.or(card.getByTestId('direct-error'))).toBeVisible({ timeout: 15_000 });
  await expectNoLinkError(card);

  // The offer shows on whatever page the assistant is on.
  const offer = assistant.getByTestId('direct-offer');
  await expect(offer).toContainText('Alex Morgan’s device offers to sync directly', { timeout: 30_000 });
  await offer.getByRole('button', { name: 'Accept' }).click();
  await expect(offer).toBeHidden();
  await expectLink(assistant, assistant.getByTestId('direct-chip'), 'synced');
  await expectLink(ceo, ceo.getByTestId('direct-chip'), 'synced');
  await expect(ceo.getByTestId('direct-chip')).toContainText('Sam Jansen');
  await expectLoopbackLink(ceo);
  await expectLoopbackLink(assistant);

  // The relay goes away; the devices keep syncing over the link.
  await close();
  await ceo.getByRole('link', { name: 'Clients', exact: true }).click();
  await addClient(ceo, 'After the relay went');
  await expect(assistant.getByRole('link', { name: 'After the relay went' })).toBeVisible({ timeout: 30_000 });
});

/** Links `offering` and `answering` by hand; resolves once both say synced. */
async function linkByHand(offering, answering) {
  const offeringCard = await directCard(offering);
  const offerCode = await showOffer(offeringCard);
  const answeringCard = await directCard(answering);
  await answeringCard.getByRole('button', { name: 'Enter a code from the other device' }).click();
  await answeringCard.getByLabel('Code from the other device').fill(await offerCode.inputValue());
  await answeringCard.getByRole('button', { name: 'Make my code' }).click();
  const answer = await answeringCard.getByTestId('answer-code').inputValue();
  await offeringCard.getByLabel('Then paste the code the other device shows').fill(answer);
  await offeringCard.getByRole('button', { name: 'Connect' }).click();
  for (const card of [offeringCard, answeringCard]) {
    await expectLink(card.page(), card.getByTestId('direct-status'), 'synced');
  }
  await expectLoopbackLink(offering);
  await expectLoopbackLink(answering);
}

test('leadership records cross a link only when both ends prove leadership grants', async ({ devices }) => {
  const { ceo, close } = await ceoWithRelay(devices);
  await ceo.goto('/settings');
  const leadershipId = (await ceo.locator('.documents dd code').nth(1).textContent()).trim();
  const assistant = await join(devices, await invite(ceo, 'Sam Jansen', 'Operations Assistant'), 'Sam Jansen');
  const member = await join(devices, await invite(ceo, 'Terry Lee', 'Team member'), 'Terry Lee');
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

// Forged codes. A code names the workspace (its team document) only so that
// devices of different workspaces do not link by mistake: anyone can rewrite
// that field. What keeps an outsider out is the proof each end gives over the
// link (its grant and device key, bound to both ends' DTLS fingerprints): a
// device that cannot prove a grant of this workspace, or is not the member
// the signalling named, is refused with a message, and not a record is sent
// to it.

const refusedUnverified = 'The other device did not prove it belongs to this workspace, so no record was sent to it.';
const refusedSomeoneElse = 'The device that answered is not the one the offer was for, so no record was sent to it.';

/** `page`'s team document id, from Settings. */
async function teamDocumentId(page) {
  await page.goto('/settings');
  return (await page.locator('.documents dd code').first().textContent()).trim();
}

/** What a direct-link code carries: `{ prefix, w (team document), s (SDP) }`. */
function readCode(code) {
  const [, prefix, body] = code.replace(/\s+/g, '').match(/^(HOV-(?:OFFER|ANSWER)-2:)(.+)$/);
  return { prefix, ...JSON.parse(zlib.inflateRawSync(Buffer.from(body, 'base64url'))) };
}

/** `code` rewritten to claim the workspace whose team document is `team`. */
function claimWorkspace(code, team) {
  const { prefix, w, ...rest } = readCode(code);
  expect(w, 'the code names a workspace').toBeTruthy();
  return prefix + zlib.deflateRawSync(Buffer.from(JSON.stringify({ ...rest, w: team }))).toString('base64url');
}

/**
 * A device that does not hang up: its app refuses the other end too, and
 * would close the link before the other end has its proof; an attacker's
 * device keeps it open, so the other end has to judge the proof itself.
 */
async function neverHangsUp(page) {
  await page.evaluate(() => {
    RTCPeerConnection.prototype.close = function () {};
  });
}

/**
 * A link of `page`'s came up at the WebRTC level, over 127.0.0.1, even if it
 * has been closed since (a refused link is). When the other end's checks
 * arrive before its candidate does, Chromium knows that end as a peer-
 * reflexive candidate and hides its address ("redacted-ip.invalid"): then
 * this end's 127.0.0.1 is the proof, as a socket on loopback reaches only
 * loopback.
 */
async function expectLoopbackLinkWasUp(page) {
  const pairs = await page.evaluate(() =>
    Promise.all((window.__pcs ?? []).filter((c) => c.__selected).map((c) => c.__selected.catch(() => null))),
  );
  expect(pairs, 'a direct link that came up').not.toHaveLength(0);
  for (const pair of pairs) {
    expect(pair?.[0], 'this end of the candidate pair it used').toBe('127.0.0.1');
    expect(['127.0.0.1', 'redacted-ip.invalid'], 'the other end of that pair').toContain(pair[1]);
  }
}

/**
 * `page` sent nothing on its link but its own proof, once: no protocol
 * frame, so not a record.
 */
async function expectOnlyProofSent(page) {
  const sent = await page.evaluate(() => window.__sent);
  expect(sent.filter((message) => message.bytes !== undefined), 'binary frames sent on the link').toEqual([]);
  expect(sent.length, 'proofs sent').toBeLessThanOrEqual(1);
  for (const { text } of sent) expect(Object.keys(JSON.parse(text)).sort()).toEqual(['device_key', 'signature', 'token']);
}

/** `card`'s link was refused with `message`. */
async function expectRefused(card, message) {
  const status = card.getByTestId('direct-status');
  await expectLink(card.page(), status, 'refused');
  await expect(status).toHaveText(message);
}

/**
 * The CEO's workspace with a client in it, and a device of another workspace
 * (its own workspace key, so its grant proves nothing here) that does not
 * hang up. Returns `{ ceo, outsider, ceoTeam, outsiderTeam }`.
 */
async function ceoAndOutsider(devices) {
  const ceo = await (await devices.newContext()).newPage();
  await startWorkspace(ceo, 'Alex Morgan', 'CEO');
  await ceo.getByRole('link', { name: 'Clients', exact: true }).click();
  await addClient(ceo, 'Only for Alex’s team');
  const outsider = await (await devices.newContext()).newPage();
  await startWorkspace(outsider, 'Mallory Stone', 'CEO');
  return { ceo, outsider, ceoTeam: await teamDocumentId(ceo), outsiderTeam: await teamDocumentId(outsider) };
}

/** Nothing of the CEO's workspace reached `outsider`. */
async function expectNothingCrossed(outsider, ceoTeam) {
  await outsider.waitForTimeout(2_000);
  expect(await storedDocumentIds(outsider)).not.toContain(ceoTeam);
  await outsider.goto('/clients');
  await expect(outsider.getByRole('heading', { name: 'Clients' })).toBeVisible();
  await expect(outsider.getByText('Only for Alex’s team')).toHaveCount(0);
}

/** Asks `card` for an offer code; returns the field that shows it. */
async function showOffer(card) {
  await card.getByRole('button', { name: 'Show a code for the other device' }).click();
  const offerCode = card.getByTestId('offer-code');
  await expect(offerCode.or(card.getByTestId('direct-error'))).toBeVisible({ timeout: 15_000 });
  await expectNoLinkError(card);
  return offerCode;
}

/**
 * The CEO's device refused the outsider's link: the link itself came up
 * (over loopback), the proof is what refused it, and nothing but the CEO's
 * proof went to the outsider.
 */
async function expectOutsiderRefused(ceo, ceoCard, outsider, ceoTeam) {
  await expectRefused(ceoCard, refusedUnverified);
  await expect(ceo.getByTestId('direct-chip')).toHaveAttribute('data-link', 'refused');
  await expectLoopbackLinkWasUp(ceo);
  await expectOnlyProofSent(ceo);
  await expectNothingCrossed(outsider, ceoTeam);
}

test('a forged answer from a device of another workspace is refused and gets nothing', async ({ devices }) => {
  const { ceo, outsider, ceoTeam, outsiderTeam } = await ceoAndOutsider(devices);

  const ceoCard = await directCard(ceo);
  const offerCode = await showOffer(ceoCard);
  const offer = await offerCode.inputValue();

  // Its own app sees the code is for another workspace...
  const outsiderCard = await directCard(outsider);
  await neverHangsUp(outsider);
  await outsiderCard.getByRole('button', { name: 'Enter a code from the other device' }).click();
  await outsiderCard.getByLabel('Code from the other device').fill(offer);
  await outsiderCard.getByRole('button', { name: 'Make my code' }).click();
  await expect(outsiderCard.getByTestId('direct-error')).toHaveText('This code comes from a device of another workspace.');
  // ...so the outsider rewrites it, and its answer, to claim the other's workspace.
  await outsiderCard.getByLabel('Code from the other device').fill(claimWorkspace(offer, outsiderTeam));
  await outsiderCard.getByRole('button', { name: 'Make my code' }).click();
  const answer = await outsiderCard.getByTestId('answer-code').inputValue();
  expect(readCode(answer).w).toBe(outsiderTeam);

  await ceoCard.getByLabel('Then paste the code the other device shows').fill(claimWorkspace(answer, ceoTeam));
  await ceoCard.getByRole('button', { name: 'Connect' }).click();
  await expectOutsiderRefused(ceo, ceoCard, outsider, ceoTeam);
});

test('a forged offer from a device of another workspace is refused and gets nothing', async ({ devices }) => {
  const { ceo, outsider, ceoTeam, outsiderTeam } = await ceoAndOutsider(devices);

  const outsiderCard = await directCard(outsider);
  await neverHangsUp(outsider);
  const offerCode = await showOffer(outsiderCard);
  const offer = claimWorkspace(await offerCode.inputValue(), ceoTeam);

  const ceoCard = await directCard(ceo);
  await ceoCard.getByRole('button', { name: 'Enter a code from the other device' }).click();
  await ceoCard.getByLabel('Code from the other device').fill(offer);
  await ceoCard.getByRole('button', { name: 'Make my code' }).click();
  const answer = await ceoCard.getByTestId('answer-code').inputValue();

  await outsiderCard.getByLabel('Then paste the code the other device shows').fill(claimWorkspace(answer, outsiderTeam));
  await outsiderCard.getByRole('button', { name: 'Connect' }).click();
  await expectOutsiderRefused(ceo, ceoCard, outsider, ceoTeam);
});

/** The relay's protocol messages in `frames` (CBOR). */
function relayMessages(frames) {
  return frames.map((frame) => cbor.decode(new Uint8Array(frame)));
}

/** The direct-link signals among `messages` (ephemeral data of the app's). */
function signals(messages) {
  return messages
    .filter((message) => message.type === 'ephemeral')
    .map((message) => {
      try {
        return { message, signal: JSON.parse(Buffer.from(message.data).toString()) };
      } catch {
        return null;
      }
    })
    .filter((entry) => entry?.signal.tag === 'handover-direct-link/1');
}

test('a colleague’s device that answers an offer meant for someone else is refused', async ({ devices }) => {
  const { ceo, close } = await ceoWithRelay(devices);
  const assistant = await join(devices, await invite(ceo, 'Sam Jansen', 'Operations Assistant'), 'Sam Jansen');
  const member = await join(devices, await invite(ceo, 'Terry Lee', 'Team member'), 'Terry Lee');
  // Terry's device waits on Settings (a page load starts a new connection to
  // the relay, and the relay keeps no ephemeral message for later).
  const terryCard = await directCard(member);
  await synced(member);
  const terrySocket = member.context().sockets.at(-1);

  const card = await directCard(ceo);
  await synced(ceo);
  await card.getByLabel('Colleague').selectOption({ label: 'Sam Jansen' });
  await card.getByRole('button', { name: 'Offer a direct link' }).click();
  await expect(card.getByText('Waiting for Sam Jansen to accept').or(card.getByTestId('direct-error'))).toBeVisible({
    timeout: 15_000,
  });
  await expectNoLinkError(card);
  await expect(assistant.getByTestId('direct-offer')).toBeVisible({ timeout: 30_000 });

  // The relay passes the offer for Sam to every device of the workspace,
  // Terry's too: Terry's device answers it by hand...
  let offer;
  await expect(async () => {
    [offer] = signals(relayMessages(terrySocket.received))
      .map(({ signal }) => signal)
      .filter((signal) => signal.offer);
    expect(offer, 'the offer for Sam, as it reached Terry’s device').toBeTruthy();
  }).toPass({ timeout: 30_000 });
  await terryCard.getByRole('button', { name: 'Enter a code from the other device' }).click();
  await terryCard.getByLabel('Code from the other device').fill(offer.code);
  await terryCard.getByRole('button', { name: 'Make my code' }).click();
  const answer = await terryCard.getByTestId('answer-code').inputValue();
  // ...and sends the answer through the relay as if from Sam's device.
  const messages = relayMessages([...terrySocket.sent, ...terrySocket.received]);
  const terryPeer = messages.find((message) => message.type === 'join').senderId;
  const relayPeer = messages.find((message) => message.type === 'peer').senderId;
  const forged = { tag: offer.tag, from: offer.to, to: offer.from, offer: false, code: answer };
  terrySocket.send(
    Buffer.from(
      cbor.encode({
        type: 'ephemeral',
        senderId: terryPeer,
        targetId: relayPeer,
        documentId: readCode(offer.code).w,
        sessionId: `forged-${Date.now()}`,
        count: 1,
        data: new Uint8Array(Buffer.from(JSON.stringify(forged))),
      }),
    ),
  );

  // The CEO's device takes it as Sam's answer: the link comes up, with Terry's device.
  const chip = ceo.getByTestId('direct-chip');
  await expectLink(ceo, chip, 'refused');
  await expect(chip).toContainText(refusedSomeoneElse);
  await expectLoopbackLinkWasUp(ceo);
  await expectOnlyProofSent(ceo);
  await expect(terryCard.getByTestId('direct-status')).toHaveAttribute('data-link', 'closed', { timeout: 30_000 });
  await close();
});
