import { getConnInfo } from '@hono/node-server/conninfo';
import { UPLOAD_HEADER } from '@van-kien/api';
import type { MiddlewareHandler } from 'hono';
import type { AuthService, Credentials } from '../auth/AuthService.js';
import { Refusal } from '../errors/Refusal.js';
import type { AppEnv } from './AppEnv.js';
import { readSessionCookie } from './sessionCookie.js';

/** The credentials a request presents: the session cookie, `Authorization: Bearer`, or `?token=` (WebSocket clients that cannot set headers). */
export function requestCredentials(
  header: (name: string) => string | undefined,
  cookieToken: string | undefined,
  queryToken: string | undefined,
): Credentials {
  const authorization = header('authorization');
  const bearer = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  return { sessionToken: cookieToken, bearerToken: bearer ?? queryToken };
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Resolves the user behind each request into `c.var.auth`. A state-changing request authenticated
 * by the cookie must be JSON: a cross-site form cannot send that without a CORS preflight, which
 * this server never grants, so the cookie cannot be used against its owner (CSRF). A file upload
 * (multipart) carries `UPLOAD_HEADER` instead: a custom header needs the same preflight.
 */
export function authenticate(auth: AuthService, trustProxy: boolean): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const forwarded = trustProxy ? c.req.header('x-forwarded-for')?.split(',')[0]?.trim() : undefined;
    c.set('address', forwarded || getConnInfo(c).remote.address || 'unknown');
    const cookieToken = readSessionCookie(c);
    const credentials = requestCredentials((name) => c.req.header(name), cookieToken, undefined);
    const authenticated = await auth.authenticate(credentials);
    c.set('auth', authenticated);
    if (
      authenticated?.credential.kind === 'session' &&
      UNSAFE_METHODS.has(c.req.method) &&
      !c.req.header('content-type')?.startsWith('application/json') &&
      c.req.header(UPLOAD_HEADER) === undefined
    ) {
      throw new Refusal('not_json');
    }
    await next();
  };
}
