import type { Context } from 'hono';
import type { Authenticated } from '../auth/AuthService.js';
import { Refusal } from '../errors/Refusal.js';
import type { AppEnv } from './AppEnv.js';

/** The signed-in user of the request; throws 401 otherwise. */
export function requireAuth(c: Context<AppEnv>): Authenticated {
  const auth = c.get('auth');
  if (!auth) throw new Refusal('unauthenticated');
  return auth;
}

/** The signed-in administrator of the request; throws 401 or 403 otherwise. */
export function requireAdmin(c: Context<AppEnv>): Authenticated {
  const auth = requireAuth(c);
  if (!auth.user.isAdmin) throw new Refusal('admin_only');
  return auth;
}
