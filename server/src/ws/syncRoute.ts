import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { CloseCode, SYNC_PATH } from '@van-kien/protocol';
import { parse as parseCookies } from 'hono/utils/cookie';
import type { RawData, WebSocket, WebSocketServer } from 'ws';
import type { DocumentRole } from '../accounts/model.js';
import type { AccessService } from '../auth/AccessService.js';
import type { AuthService, Credentials } from '../auth/AuthService.js';
import { requestCredentials } from '../http/authenticate.js';
import { SESSION_COOKIE } from '../http/sessionCookie.js';
import type { AccessMode, Authorizer } from '../sync/ConnectionAccess.js';
import { SyncError } from '../sync/SyncError.js';
import type { SyncServer } from '../sync/SyncServer.js';

const MODE_OF: Record<DocumentRole, AccessMode> = { owner: 'edit', editor: 'edit', commenter: 'comment', viewer: 'view' };
const SYNC_PATH_PATTERN = new RegExp(`^${SYNC_PATH}/([^/]+)$`);

export interface SyncRouteOptions {
  syncServer: SyncServer;
  auth: AuthService;
  access: AccessService;
  wss: WebSocketServer;
}

/** What a sync upgrade request asks for, read from it once so that nothing keeps the request alive. */
interface SyncRequest {
  documentId: string;
  credentials: Credentials;
  /** A page on another site is using the user's cookie (cross-site WebSocket hijacking). */
  crossSite: boolean;
}

/**
 * The one bridge between WebSocket upgrades and the transport-free sync core: `/sync/<documentId>`
 * [P-URL-1], on the HTTP server's `upgrade` event beside the Hono app. (Hono's WebSocket helper keeps
 * each upgrade's request, context and headers as long as the socket lives, about 5 KB per idle
 * connection.) The credentials of the upgrade request (session cookie, `Authorization: Bearer`, or
 * `?token=`) decide the connection's access before any document data is sent, and again whenever
 * access may have changed [S-AUTH-1][S-AUTH-5].
 */
export function mountSyncRoute(httpServer: Server, { syncServer, auth, access, wss }: SyncRouteOptions): void {
  httpServer.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const syncRequest = readSyncRequest(request);
    if (!syncRequest) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const authorize = authorizer(syncRequest, auth, access);
    wss.handleUpgrade(request, socket, head, (ws) => {
      serve(ws, syncRequest.documentId, authorize, syncServer);
      wss.emit('connection', ws, request);
    });
  });
}

function readSyncRequest(request: IncomingMessage): SyncRequest | undefined {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const encodedId = SYNC_PATH_PATTERN.exec(url.pathname)?.[1];
  if (!encodedId) return undefined;
  let documentId: string;
  try {
    documentId = decodeURIComponent(encodedId);
  } catch {
    return undefined;
  }
  const cookieHeader = request.headers.cookie;
  const cookieToken = cookieHeader ? parseCookies(cookieHeader, SESSION_COOKIE)[SESSION_COOKIE] : undefined;
  const header = (name: string) => {
    const value = request.headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const credentials = requestCredentials(header, cookieToken, url.searchParams.get('token') ?? undefined);
  const origin = request.headers.origin;
  return {
    documentId,
    credentials,
    crossSite: cookieToken !== undefined && origin !== undefined && hostOf(origin) !== request.headers.host,
  };
}

/** The host of an Origin header, or undefined for "null" or anything else that is not a URL. */
function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

/**
 * Refuses with a `SyncError` (4401, 4404); a store that throws is left to throw, and the sync core
 * closes the socket with 4500, "try again later", rather than refusing it [S-AUTH-6].
 */
function authorizer({ documentId, credentials, crossSite }: SyncRequest, auth: AuthService, access: AccessService): Authorizer {
  return async () => {
    const authenticated = crossSite ? undefined : await auth.authenticate(credentials);
    if (!authenticated) throw new SyncError(CloseCode.Unauthorized, 'sign in required');
    const role = await access.roleOn(authenticated.user, documentId);
    if (!role) throw SyncError.documentNotFound(documentId);
    // Approving a section is the owner's: Bí thư of the chi bộ, or of the ward for its documents.
    return { mode: MODE_OF[role], userId: authenticated.user.id, mayApprove: role === 'owner' };
  };
}

function serve(ws: WebSocket, documentId: string, authorize: Authorizer, syncServer: SyncServer): void {
  const handle = syncServer.connect(
    documentId,
    { send: (frame) => ws.send(frame), close: (code, reason) => ws.close(code, reason) },
    authorize,
  );
  // A copy: the frame may be kept (buffered, queued for storage) and must not pin ws's read buffer.
  ws.on('message', (data: RawData, isBinary: boolean) => handle.receive(isBinary ? new Uint8Array(data as Buffer) : data.toString()));
  ws.on('close', () => handle.socketClosed());
  // ws reports protocol errors (an oversized frame, bad masking) here and then closes the socket.
  ws.on('error', () => {});
}
