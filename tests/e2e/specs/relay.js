// Starting and stopping handover-relay (built by scripts/test) for the specs.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const relayBin = path.join(root, 'target/debug/handover-relay');

/** A free port on loopback. */
export async function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export function tempDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'handover-e2e-relay-'));
}

/** Starts the relay on `port` with `workspaceKey`; resolves once it listens. */
export async function startRelay(port, workspaceKey, dataDir) {
  const relay = spawn(relayBin, ['--listen', `127.0.0.1:${port}`, '--data-dir', dataDir, '--workspace-key', workspaceKey], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise((resolve, reject) => {
    let seen = '';
    const read = (chunk) => {
      seen += chunk;
      if (seen.includes('relay listening')) resolve();
    };
    relay.stdout.on('data', read);
    relay.stderr.on('data', read);
    relay.on('exit', (code) => reject(new Error(`relay exited with ${code}: ${seen}`)));
    setTimeout(() => reject(new Error(`relay did not start: ${seen}`)), 20000);
  });
  return relay;
}

/** Stops the relay the way an operator would (SIGTERM) and waits for it. */
export async function stopRelay(relay) {
  if (relay.exitCode !== null) return;
  relay.kill('SIGTERM');
  await new Promise((resolve) => relay.once('exit', resolve));
}

/** Starts the standard @automerge/automerge-repo-sync-server (npm) on `port`. */
export async function startStandardSyncServer(port, dataDir) {
  const script = path.join(root, 'tests/e2e/node_modules/@automerge/automerge-repo-sync-server/src/index.js');
  const server = spawn('node', [script], {
    cwd: dataDir,
    env: { ...process.env, PORT: String(port), DATA_DIR: path.join(dataDir, 'data') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise((resolve, reject) => {
    let seen = '';
    const read = (chunk) => {
      seen += chunk;
      if (seen.includes('Listening on port')) resolve();
    };
    server.stdout.on('data', read);
    server.stderr.on('data', read);
    server.on('exit', (code) => reject(new Error(`sync server exited with ${code}: ${seen}`)));
    setTimeout(() => reject(new Error(`sync server did not start: ${seen}`)), 20000);
  });
  return server;
}
