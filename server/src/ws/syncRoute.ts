import type { Hono } from 'hono';
import type { UpgradeWebSocket } from 'hono/ws';
import { SYNC_PATH } from '@van-kien/protocol';
import type { ConnectionHandle, SyncServer } from '../sync/SyncServer.js';

/**
 * The one bridge between Hono's WebSocket upgrade and the transport-free sync core:
 * `/sync/<documentId>` [P-URL-1].
 */
export function mountSyncRoute(app: Hono, syncServer: SyncServer, upgradeWebSocket: UpgradeWebSocket<unknown>): void {
  app.get(
    `${SYNC_PATH}/:documentId`,
    upgradeWebSocket((c) => {
      const documentId = c.req.param('documentId') ?? '';
      let handle: ConnectionHandle | undefined;
      return {
        onOpen(_event, ws) {
          handle = syncServer.connect(documentId, {
            send: (frame) => ws.send(frame as Uint8Array<ArrayBuffer>),
            close: (code, reason) => ws.close(code, reason),
          });
        },
        onMessage(event) {
          const data = event.data;
          handle?.receive(typeof data === 'string' ? data : new Uint8Array(data as ArrayBuffer));
        },
        onClose() {
          handle?.socketClosed();
        },
      };
    }),
  );
}
