// Interoperability with code from outside this project: the JavaScript
// @automerge/automerge-repo 2.x with its WebSocket adapter, syncing through
// handover-relay. Each client gets in the way the app does — a challenge the
// relay signs with its key, a proof signed with the device's key (Node's own
// ed25519, a second implementation of the statements both sides sign), a
// single-use ticket — and only then hands the adapter `/sync?ticket=...`.
// Grants are signed by the project's one signer, the `grant` tool in bench/.
//
//   node --test interop/        (scripts/test builds the relay first; set
//   HANDOVER_RELAY_BIN / HANDOVER_GRANT_BIN to use other binaries)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Repo } from '@automerge/automerge-repo';
import { WebSocketClientAdapter } from '@automerge/automerge-repo-network-websocket';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const targetDir = process.env.CARGO_TARGET_DIR ? path.resolve(root, process.env.CARGO_TARGET_DIR) : path.join(root, 'target');
const relayBin = process.env.HANDOVER_RELAY_BIN || path.join(targetDir, 'debug/handover-relay');

/** The `grant` signer (built on first use if it is not there yet). */
function grantBin() {
  if (process.env.HANDOVER_GRANT_BIN) return process.env.HANDOVER_GRANT_BIN;
  const bin = path.join(targetDir, 'debug/grant');
  if (!fs.existsSync(bin)) {
    execFileSync('cargo', ['build', '-q', '-p', 'handover-bench', '--bin', 'grant'], { cwd: root, stdio: 'inherit' });
  }
  return bin;
}

const seedHex = crypto.randomBytes(32).toString('hex');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'handover-relay-'));
let relay;
let address;
let relayKey;
let workspaceKey;

function grantTool(...args) {
  return execFileSync(grantBin(), args, { encoding: 'utf8' }).trim();
}

/** A grant (an invite: bound to the first device that presents it). */
function invite(id, member, team) {
  return grantTool('sign', '--seed-hex', seedHex, '--id', id, '--member', member, '--team', team,
    `--relay-address=ws://${address}`, `--relay-key=${relayKey}`);
}

/** A device key: Node's ed25519; the raw public key is the SPKI's last 32 bytes. */
function newDevice() {
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519');
  const key = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('base64url');
  return { key, privateKey };
}

const SPKI_ED25519 = Buffer.from('302a300506032b6570032100', 'hex');

function rawPublicKey(text) {
  return crypto.createPublicKey({ key: Buffer.concat([SPKI_ED25519, Buffer.from(text, 'base64url')]), format: 'der', type: 'spki' });
}

async function post(pathname, body) {
  const response = await fetch(`http://${address}${pathname}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

/** Asks for a challenge and checks the relay proved the key we expect. */
async function challenge() {
  const nonce = crypto.randomBytes(16).toString('base64url');
  const { status, body } = await post('/auth/challenge', { nonce });
  assert.equal(status, 200);
  assert.equal(body.relay_key, relayKey, 'the relay the grant names');
  const statement = Buffer.from(`handover-relay-challenge/1\n${nonce}\n${body.challenge}`);
  assert.ok(crypto.verify(null, statement, rawPublicKey(body.relay_key), Buffer.from(body.signature, 'base64url')), 'the relay signed our nonce');
  return body;
}

function proof(device, token, answered, tab) {
  const statement = Buffer.from(`handover-device-proof/2\n${answered.challenge}\n${answered.relay_key}\n${tab}\n${token}`);
  const signature = crypto.sign(null, statement, device.privateKey).toString('base64url');
  return { token, device_key: device.key, challenge: answered.challenge, signature, tab };
}

/** Challenge, proof, ticket: `{ticket, peer_id}`, or throws the refusal code. */
async function ticket(device, token, tab = 'node') {
  const { status, body } = await post('/auth/session', proof(device, token, await challenge(), tab));
  if (status !== 200) throw Object.assign(new Error(body.code), { status, code: body.code });
  return body;
}

/** A repo for `device` (its peer id is the one the relay will name it by). */
function repoFor(device, tab = 'node') {
  return new Repo({ network: [], peerId: `device-${device.key}/${tab}` });
}

async function connect(repo, device, token, tab = 'node') {
  const granted = await ticket(device, token, tab);
  assert.equal(granted.peer_id, repo.peerId);
  repo.networkSubsystem.addNetworkAdapter(new WebSocketClientAdapter(`ws://${address}/sync?ticket=${granted.ticket}`));
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
  workspaceKey = grantTool('public', '--seed-hex', seedHex);
  relayKey = execFileSync(relayBin, ['--print-key', '--data-dir', dataDir], { encoding: 'utf8' }).trim();
  relay = spawn(relayBin, [
    '--listen', '127.0.0.1:0',
    '--data-dir', dataDir,
    `--workspace-key=${workspaceKey}`,
  ], { stdio: ['ignore', 'pipe', 'pipe'] });
  address = await new Promise((resolve, reject) => {
    let seen = '';
    const read = (chunk) => {
      seen += chunk;
      const match = seen.match(/address=(127\.0\.0\.1:\d+)/);
      if (match) {
        assert.ok(seen.includes(`key=${relayKey}`), 'the relay logs its key');
        resolve(match[1]);
      }
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
  const aliceDevice = newDevice();
  const alice = repoFor(aliceDevice);
  const created = alice.create({ clients: { c1: { name: 'Acme' } } });
  await connect(alice, aliceDevice, invite('invite-alice', 'alice', created.documentId));

  const bobDevice = newDevice();
  const bob = repoFor(bobDevice);
  await connect(bob, bobDevice, invite('invite-bob', 'bob', created.documentId));
  const found = await eventually(async () => {
    const handle = await bob.find(created.url);
    return handle.doc()?.clients?.c1 ? handle : null;
  }, 'bob to find the document');
  assert.equal(found.doc().clients.c1.name, 'Acme');

  found.change((doc) => { doc.clients.c1.name = 'Acme Corporation'; });
  await eventually(() => created.doc().clients.c1.name === 'Acme Corporation', 'alice to see bob\'s edit');
  for (const repo of [alice, bob]) await repo.shutdown();
});

test('a client whose grant does not name the document never gets it', async () => {
  const carolDevice = newDevice();
  const carol = repoFor(carolDevice);
  const secret = carol.create({ note: 'leadership only' });
  await connect(carol, carolDevice, invite('invite-carol', 'carol', secret.documentId));
  await new Promise((resolve) => setTimeout(resolve, 500));

  const daveDevice = newDevice();
  const outsider = repoFor(daveDevice);
  const own = outsider.create({ note: 'dave\'s own' });
  await connect(outsider, daveDevice, invite('invite-dave', 'dave', own.documentId));
  await assert.rejects(
    Promise.race([outsider.find(secret.url), new Promise((_, reject) => setTimeout(() => reject(new Error('no answer')), 8000))]),
  );
  for (const repo of [carol, outsider]) await repo.shutdown();
});

test('edited, stolen and replayed credentials get no ticket, and /sync wants one', async () => {
  const team = repoFor(newDevice()).create({}).documentId;
  const token = invite('invite-erin', 'erin', team);
  const erin = newDevice();
  await ticket(erin, token);

  // The payload edited (another team document), the signature kept.
  const [kind, payload, signature] = token.split('.');
  const grant = JSON.parse(Buffer.from(payload, 'base64url'));
  grant.role = 'ceo';
  grant.leadership = team;
  const edited = `${kind}.${Buffer.from(JSON.stringify(grant)).toString('base64url')}.${signature}`;
  await assert.rejects(ticket(erin, edited), { status: 403, code: 'wrong-workspace' });

  await assert.rejects(ticket(newDevice(), token), { status: 403, code: 'redeemed-elsewhere' });

  const answered = await challenge();
  const once = proof(erin, token, answered, 'node');
  assert.equal((await post('/auth/session', once)).status, 200);
  const again = await post('/auth/session', once);
  assert.deepEqual([again.status, again.body.code], [401, 'unknown-challenge']);

  for (const query of ['', `?token=${token}`, '?ticket=nonsense']) {
    const response = await fetch(`http://${address}/sync${query}`);
    assert.equal(response.status, 401, query);
  }
});

test('the relay shuts down cleanly on SIGTERM', async () => {
  relay.kill('SIGTERM');
  const code = await new Promise((resolve) => relay.once('exit', resolve));
  assert.equal(code, 0);
});
