// Starting and stopping handover-relay (built by scripts/test) for the specs.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const targetDir = process.env.CARGO_TARGET_DIR ? path.resolve(root, process.env.CARGO_TARGET_DIR) : path.join(root, 'target');
const relayBin = process.env.HANDOVER_RELAY_BIN || path.join(targetDir, 'debug/handover-relay');

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

// Every folder tempDir makes sits in one per test process, removed when the
// process exits, so runs do not leave relays' data behind in the system's /tmp.
let processTemp;

/** A new empty folder, removed with the test process. */
export function tempDir() {
  if (!processTemp) {
    processTemp = fs.mkdtempSync(path.join(os.tmpdir(), 'handover-e2e-'));
    process.on('exit', () => fs.rmSync(processTemp, { recursive: true, force: true }));
  }
  return fs.mkdtempSync(path.join(processTemp, 'relay-'));
}

/** Resolves once `child` prints `marker`; fails if it exits or stays quiet. */
function started(child, marker) {
  return new Promise((resolve, reject) => {
    let seen = '';
    const read = (chunk) => {
      seen += chunk;
      if (seen.includes(marker)) resolve();
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => reject(new Error(`exited with ${code} before starting: ${seen}`)));
    setTimeout(() => reject(new Error(`did not start within 20 s: ${seen}`)), 20000);
  });
}

/**
 * The relay's own public key for `dataDir` (`--print-key`; creates
 * `relay.key` there if there is none yet): what grants for this relay name.
 */
export function relayKey(dataDir) {
  return execFileSync(relayBin, ['--print-key', '--data-dir', dataDir], { encoding: 'utf8' }).trim();
}

/** Starts the relay on `port` with `workspaceKey`; resolves once it listens. */
export async function startRelay(port, workspaceKey, dataDir) {
  const relay = spawn(relayBin, ['--listen', `127.0.0.1:${port}`, '--data-dir', dataDir, `--workspace-key=${workspaceKey}`], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await started(relay, 'relay listening');
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
  await started(server, 'Listening on port');
  return server;
}
