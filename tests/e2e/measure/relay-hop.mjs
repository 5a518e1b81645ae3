// Measures how long a change made on one device takes to show on another
// through handover-relay on loopback: the CEO adds a client, the assistant's
// page shows it. Prints p50/p95 over N changes (default 30).
//
//   scripts/test builds what this needs; then, from tests/e2e:
//   node measure/relay-hop.mjs [N]
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { startWorkspace } from '../specs/helpers.js';
import { freePort, startRelay, stopRelay, tempDir } from '../specs/relay.js';
import config from '../playwright.config.js';

const changes = Number(process.argv[2] || 30);
const appPort = await freePort();
const server = spawn('node', ['server.js'], { env: { ...process.env, PORT: String(appPort) }, stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 500));
const base = `http://127.0.0.1:${appPort}`;
const browser = await chromium.launch(config.use.launchOptions);
const page = async () => {
  const context = await browser.newContext({ baseURL: base });
  return context.newPage();
};

const relayPort = await freePort();
const ceo = await page();
await startWorkspace(ceo, 'Alex Morgan', 'CEO');
await ceo.goto('/settings');
await ceo.getByLabel('Relay address').fill(`127.0.0.1:${relayPort}`);
await ceo.getByRole('button', { name: 'Save and connect' }).click();
const key = (await ceo.getByTestId('workspace-key').textContent()).trim();
const relay = await startRelay(relayPort, key, tempDir());
const form = ceo.locator('.invites form');
await form.getByLabel('Name').fill('Sam Jansen');
await form.getByRole('button', { name: 'Create invite' }).click();
const link = await ceo.getByTestId('invite-link').getAttribute('href');
const assistant = await page();
await assistant.goto(link);
await assistant.getByRole('button', { name: 'Join workspace' }).click();
await assistant.getByTestId('sync-state').and(assistant.locator('[data-sync="synced"]')).waitFor({ timeout: 30000 });

const hops = [];
for (let n = 0; n < changes; n++) {
  const name = `Hop ${n}`;
  await ceo.goto('/clients/new');
  await ceo.getByLabel('Name').fill(name);
  const shown = assistant.getByRole('link', { name, exact: true }).waitFor({ timeout: 30000 });
  const start = Date.now();
  await ceo.getByRole('button', { name: 'Save' }).click();
  await shown;
  hops.push(Date.now() - start);
}
hops.sort((a, b) => a - b);
const at = (q) => hops[Math.min(hops.length - 1, Math.floor(q * hops.length))];
console.log(`change → shown on the other device through handover-relay (loopback), ${changes} changes:`);
console.log(`  p50 ${at(0.5)} ms   p95 ${at(0.95)} ms   max ${hops[hops.length - 1]} ms`);
console.log('  (from clicking Save on one page to the client appearing in the list on the other)');
await browser.close();
await stopRelay(relay);
server.kill();
