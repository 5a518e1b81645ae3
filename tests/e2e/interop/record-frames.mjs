// Records the frames a real @automerge/automerge-repo client and server exchange
// (one client creates a document, a second finds it), into
// tests/fixtures/automerge-repo-frames/, for the native protocol tests.
//
//   node interop/record-frames.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Repo } from '@automerge/automerge-repo';
import { NodeWSServerAdapter, WebSocketClientAdapter } from '@automerge/automerge-repo-network-websocket';
import { WebSocketServer } from 'ws';

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/automerge-repo-frames');
const frames = [];
const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
wss.on('connection', (socket) => {
  socket.on('message', (data) => frames.push({ from: 'client', bytes: Buffer.from(data) }));
  const send = socket.send.bind(socket);
  socket.send = (data, ...rest) => {
    frames.push({ from: 'server', bytes: Buffer.from(data) });
    return send(data, ...rest);
  };
});
await new Promise((resolve) => wss.once('listening', resolve));
const url = `ws://127.0.0.1:${wss.address().port}`;
const server = new Repo({ network: [new NodeWSServerAdapter(wss)], peerId: 'recording-server' });

const first = new Repo({ network: [new WebSocketClientAdapter(url)], peerId: 'first-client' });
const handle = first.create({ clients: { c1: { name: 'Acme' } } });
await new Promise((resolve) => setTimeout(resolve, 1500));
const second = new Repo({ network: [new WebSocketClientAdapter(url)], peerId: 'second-client' });
const found = await second.find(handle.url);
if (found.doc().clients.c1.name !== 'Acme') throw new Error('the second client did not get the document');
await new Promise((resolve) => setTimeout(resolve, 500));

fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });
frames.forEach((frame, n) => {
  fs.writeFileSync(path.join(out, `${String(n).padStart(2, '0')}-${frame.from}.cbor`), frame.bytes);
});
fs.writeFileSync(path.join(out, 'document-id.txt'), handle.documentId + '\n');
console.log(`recorded ${frames.length} frames for ${handle.url}`);
for (const repo of [first, second, server]) await repo.shutdown();
wss.close();
process.exit(0);
