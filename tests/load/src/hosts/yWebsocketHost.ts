/**
 * Runs the reference y-websocket server in its own process for the benchmark. This is its bin
 * (`@y/websocket-server/src/server.js`, 30 lines) with the same `setupWSConnection` and the same
 * `ws` version it ships with, plus what a benchmark needs: a free port reported in a "listening"
 * JSON line, and on SIGTERM a drain of y-leveldb's write queue so everything it accepted is on disk.
 * Persistence is y-leveldb in `YPERSISTENCE`, as the package documents; it must be set before the
 * package is imported, which reads it at import time.
 */
import { mkdirSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dataDir = process.env.DATA_DIR ?? 'data';
mkdirSync(dataDir, { recursive: true });
process.env.YPERSISTENCE = join(dataDir, 'leveldb');

const utilsUrl = import.meta.resolve('@y/websocket-server/utils');
const { setupWSConnection, getPersistence } = await import(utilsUrl);
/** The part of ws 6's server this host uses. */
interface UpgradeServer {
  clients: Set<{ terminate(): void }>;
  handleUpgrade(request: IncomingMessage, socket: Socket, head: Buffer, done: (ws: unknown) => void): void;
  emit(event: 'connection', ws: unknown, request: IncomingMessage): boolean;
  on(event: 'connection', listener: (ws: unknown, request: IncomingMessage) => void): void;
}
// The `ws` the package itself depends on (6.x), resolved from inside it.
const { Server: WebSocketServer } = createRequire(fileURLToPath(utilsUrl))('ws') as {
  Server: new (options: { noServer: true }) => UpgradeServer;
};

const wss = new WebSocketServer({ noServer: true });
const server = createServer((_request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/plain' });
  response.end('okay');
});
wss.on('connection', setupWSConnection);
server.on('upgrade', (request, socket: Socket, head: Buffer) => {
  wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  console.log(JSON.stringify({ msg: 'y-websocket listening', url: `http://127.0.0.1:${port}` }));
});

process.once('SIGTERM', () => {
  server.close();
  for (const ws of wss.clients) ws.terminate();
  const persistence = getPersistence() as { provider: LeveldbQueue } | null;
  void (persistence ? drainThenClose(persistence.provider) : Promise.resolve()).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
});

/** y-leveldb's write queue: `tr` is the promise of the last queued operation. */
interface LeveldbQueue {
  tr: Promise<unknown>;
  destroy(): Promise<void>;
}

/**
 * Waits until y-leveldb's queue stays empty, then closes the database. A document still loading
 * queues its first write only when its load finishes, so one `await` of the queue is not enough:
 * closing then would drop that write.
 */
async function drainThenClose(queue: LeveldbQueue): Promise<void> {
  // Bounded: each pass waits for work queued before it, and loads end.
  for (let pass = 0; pass < 10_000; pass++) {
    const last = queue.tr;
    await last;
    await new Promise((resolve) => setImmediate(resolve));
    if (queue.tr === last) break;
  }
  await queue.destroy();
}
