import type { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import type { UpgradeWebSocket } from 'hono/ws';
import { CloseCode, SYNC_PATH } from '@van-kien/protocol';
import type { AccessService } from '../auth/AccessService.js';
import type { AuthService } from '../auth/AuthService.js';
import type { AppEnv } from '../http/AppEnv.js';
import { requestCredentials } from '../http/authenticate.js';
import { SESSION_COOKIE } from '../http/sessionCookie.js';
import type { AccessMode, Authorizer } from '../sync/ConnectionAccess.js';
import { SyncError } from '../sync/SyncError.js';
import type { ConnectionHandle, SyncServer } from '../sync/SyncServer.js';
import type { DocumentRole } from '../accounts/model.js';

const MODE_OF: Record<DocumentRole, AccessMode> = { owner: 'edit', editor: 'edit', commenter: 'comment', viewer: 'view' };

export interface SyncRouteOptions {
  syncServer: SyncServer;
  auth: AuthService;
  access: AccessService;
  upgradeWebSocket: UpgradeWebSocket<unknown>;
}

/**
 * The one bridge between Hono's WebSocket upgrade and the transport-free sync core:
 * `/sync/<documentId>` [P-URL-1]. The credentials of the upgrade request (session cookie,
 * `Authorization: Bearer`, or `?token=`) decide the connection's access before any document
 * data is sent, and again whenever access may have changed [S-AUTH-1][S-AUTH-5].
 */
export function mountSyncRoute(app: Hono<AppEnv>, { syncServer, auth, access, upgradeWebSocket }: SyncRouteOptions): void {
  app.get(
    `${SYNC_PATH}/:documentId`,
    upgradeWebSocket((c) => {
      const documentId = c.req.param('documentId') ?? '';
      const cookieToken = getCookie(c, SESSION_COOKIE);
      const credentials = requestCredentials((name) => c.req.header(name), cookieToken, c.req.query('token'));
      // A page on another site cannot use the user's cookie to open a socket (cross-site WebSocket hijacking).
      const origin = c.req.header('origin');
      const crossSite = cookieToken !== undefined && origin !== undefined && new URL(origin).host !== new URL(c.req.url).host;
      const authorize: Authorizer = async () => {
        const authenticated = crossSite ? undefined : await auth.authenticate(credentials);
        if (!authenticated) throw new SyncError(CloseCode.Unauthorized, 'sign in required');
        const role = await access.roleOn(authenticated.user, documentId);
        if (!role) throw SyncError.documentNotFound(documentId);
        // Approving a section is the owner's: Bí thư of the chi bộ, or of the ward for its documents.
        return { mode: MODE_OF[role], userId: authenticated.user.id, mayApprove: role === 'owner' };
      };
      let handle: ConnectionHandle | undefined;
      return {
        onOpen(_event, ws) {
          handle = syncServer.connect(
            documentId,
            {
              send: (frame) => ws.send(frame as Uint8Array<ArrayBuffer>),
              close: (code, reason) => ws.close(code, reason),
            },
            authorize,
          );
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
