import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve, upgradeWebSocket } from '@hono/node-server';
import { WebSocketServer } from 'ws';
import type { Config } from './config.js';
import { mountClientRoutes } from './http/clientRoutes.js';
import { createHttpApp } from './http/createHttpApp.js';
import type { Logger } from './logger.js';
import { SqliteStorage } from './storage/sqlite/SqliteStorage.js';
import type { Storage } from './storage/Storage.js';
import { SyncServer } from './sync/SyncServer.js';
import { startHeartbeat } from './ws/heartbeat.js';
import { mountSyncRoute } from './ws/syncRoute.js';

export interface RunningServer {
  /** `http://host:port` the server listens on. */
  url: string;
  port: number;
  syncServer: SyncServer;
  /** Graceful stop: closes sockets, commits and compacts everything, closes storage. */
  close(): Promise<void>;
}

const HEARTBEAT_INTERVAL_MS = 30_000;

/** Wires storage, the sync core, HTTP and WebSocket together and listens; the only place that knows them all. */
export async function startServer(config: Config, logger: Logger, storage?: Storage): Promise<RunningServer> {
  if (!storage) {
    mkdirSync(config.dataDir, { recursive: true });
    storage = new SqliteStorage(join(config.dataDir, 'van-kien.db'));
  }
  const syncServer = new SyncServer({
    storage,
    logger,
    maxMessageBytes: config.maxMessageBytes,
    unloadGraceMs: config.unloadGraceMs,
    compactAfterUpdates: config.compactAfterUpdates,
  });
  const app = createHttpApp({ storage, syncServer, logger });
  mountSyncRoute(app, syncServer, upgradeWebSocket);
  const servesClient = mountClientRoutes(app, config.clientDist);

  // ws's own limit is a backstop a little above ours, so oversized frames normally reach the
  // core and are refused there with a named close code [P-FRAME-5].
  const wss = new WebSocketServer({ noServer: true, maxPayload: config.maxMessageBytes + 64 * 1024 });
  const stopHeartbeat = startHeartbeat(wss, HEARTBEAT_INTERVAL_MS);
  const httpServer = serve({ fetch: app.fetch, port: config.port, hostname: config.host, websocket: { server: wss } });
  await new Promise<void>((resolve, reject) => {
    httpServer.once('listening', resolve);
    httpServer.once('error', reject);
  });
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  logger.info({ url, dataDir: config.dataDir, servesClient }, 'Văn Kiện server listening');

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      stopHeartbeat();
      const httpClosed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await syncServer.close();
      for (const ws of wss.clients) ws.terminate();
      wss.close();
      await httpClosed;
      await storage.close();
      logger.info('server stopped; everything committed');
    })());
  return { url, port, syncServer, close };
}
