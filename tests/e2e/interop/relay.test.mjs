// Interoperability with code from outside this project: the JavaScript
// @automerge/automerge-repo 2.x with its WebSocket adapter, syncing through
// handover-relay. Invites are signed here with Node's own ed25519, which also
// checks the token format against a second implementation.
//
//   node --test interop/        (scripts/test builds the relay first)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Repo } from '@automerge/automerge-repo';
import { WebSocketClientAdapter } from '@automerge/automerge-repo-network-websocket';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const relayBin = path.join(root, 'target/debug/handover-relay');
const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'handover-relay-'));
let relay;
let address;

function invite(peer, documents) {
  const grant = { id: `invite-${peer}`, peer, name: peer, role: 'test', documents, expires_at: Math.floor(Date.now() / 1000) + 3600 };
  const signed = `hov1.${Buffer.from(JSON.stringify(grant)).toString('base64url')}`;
  return `${signed}.${crypto.sign(null, Buffer.from(signed), privateKey).toString('base64url')}`;
}

function connect(repo, peer, documents) {
  const url = `ws://${address}/sync?token=${invite(peer, documents)}&tab=node`;
  repo.networkSubsystem.addNetworkAdapter(new WebSocketClientAdapter(url));
}

async function eventually(check, what) {
  const deadline = Date.now() + 15000;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

before(async () => {
  relay = spawn(relayBin, [
    '--listen', '127.0.0.1:0',
    '--data-dir', dataDir,
    `--workspace-key=${publicKey.export({ format: 'jwk' }).x}`,
  ], { stdio: ['ignore', 'pipe', 'pipe'] });
  address = await new Promise((resolve, reject) => {
    let seen = '';
    const read = (chunk) => {
      seen += chunk;
      const match = seen.match(/address=(127\.0\.0\.1:\d+)/);
      if (match) resolve(match[1]);
    };
    relay.stdout.on('data', read);
    relay.stderr.on('data', read);
    relay.on('exit', (code) => reject(new Error(`relay exited with ${code}: ${seen}`)));
    setTimeout(() => reject(new Error(`the relay did not report its address: ${seen}`)), 20000);
  });
});

after(async () => {
  if (relay.exitCode === null) {
    relay.kill('SIGTERM');
    await new Promise((resolve) => relay.once('exit', resolve));
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test('one automerge-repo client creates a document, another finds and edits it', async () => {
  const alice = new Repo({ network: [], peerId: 'alice/node' });
  const created = alice.create({ clients: { c1: { name: 'Acme' } } });
  connect(alice, 'alice', [created.documentId]);

  const bob = new Repo({ network: [], peerId: 'bob/node' });
  connect(bob, 'bob', [created.documentId]);
  const found = await eventually(async () => {
    const handle = await bob.find(created.url);
    return handle.doc()?.clients?.c1 ? handle : null;
  }, 'bob to find the document');
  assert.equal(found.doc().clients.c1.name, 'Acme');

  found.change((doc) => { doc.clients.c1.name = 'Acme Corporation'; });
  await eventually(() => created.doc().clients.c1.name === 'Acme Corporation', 'alice to see bob\'s edit');
  for (const repo of [alice, bob]) await repo.shutdown();
});

test('a client whose invite does not name the document never gets it', async () => {
  const alice = new Repo({ network: [], peerId: 'carol/node' });
  const secret = alice.create({ note: 'leadership only' });
  connect(alice, 'carol', [secret.documentId]);
  await new Promise((resolve) => setTimeout(resolve, 500));

  const outsider = new Repo({ network: [], peerId: 'dave/node' });
  connect(outsider, 'dave', []);
  await assert.rejects(
    Promise.race([outsider.find(secret.url), new Promise((_, reject) => setTimeout(() => reject(new Error('no answer')), 8000))]),
  );
  for (const repo of [alice, outsider]) await repo.shutdown();
});

test('the relay shuts down cleanly on SIGTERM', async () => {
  relay.kill('SIGTERM');
  const code = await new Promise((resolve) => relay.once('exit', resolve));
  assert.equal(code, 0);
});
