import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Logger } from '../logger.js';
import type { Storage } from '../storage/Storage.js';
import type { SyncServer } from '../sync/SyncServer.js';
import { documentsRoutes } from './documentsRoutes.js';

export interface HttpAppOptions {
  storage: Storage;
  syncServer: SyncServer;
  logger: Logger;
}

/** The HTTP API; every error leaves as JSON `{ error }` with its status, in this one place. */
export function createHttpApp({ storage, syncServer, logger }: HttpAppOptions): Hono {
  const app = new Hono();
  app.get('/health', (c) =>
    c.json({ status: 'ok', documentsInMemory: syncServer.loadedDocumentIds.length, connections: syncServer.connectionCount }),
  );
  app.route('/api/documents', documentsRoutes(storage));
  app.notFound((c) => c.json({ error: 'not found' }, 404));
  app.onError((error, c) => {
    if (error instanceof HTTPException) return c.json({ error: error.message }, error.status);
    logger.error({ err: error, path: c.req.path }, 'request failed');
    return c.json({ error: 'internal error' }, 500);
  });
  return app;
}
