import { createRoute } from '@hono/zod-openapi';
import { ChangePasswordRequestSchema, LoginRequestSchema, MeSchema, SignedInSchema } from '@van-kien/api';
import type { AccessService } from '../auth/AccessService.js';
import type { AuthService } from '../auth/AuthService.js';
import { createRouter, errorAnswer, errorResponses, jsonBody, jsonResponse } from './openapiHelpers.js';
import { requireAuth } from './requireAuth.js';
import { clearSessionCookie, isSecureRequest, readSessionCookie, setSessionCookie } from './sessionCookie.js';

const login = createRoute({
  method: 'post',
  path: '/login',
  summary: 'Sign in with a password; sets the session cookie',
  request: { body: jsonBody(LoginRequestSchema) },
  responses: {
    200: jsonResponse(SignedInSchema, 'Signed in'),
    401: errorResponses[401],
    429: errorAnswer('Too many failed attempts; see Retry-After'),
  },
});

const logout = createRoute({
  method: 'post',
  path: '/logout',
  summary: 'Sign out this session',
  responses: { 204: { description: 'Signed out' } },
});

const me = createRoute({
  method: 'get',
  path: '/me',
  summary: 'The signed-in user and their organization roles',
  responses: { 200: jsonResponse(MeSchema, 'The user'), 401: errorResponses[401] },
});

const changePassword = createRoute({
  method: 'post',
  path: '/password',
  summary: 'Change one’s own password; other sessions are signed out',
  request: { body: jsonBody(ChangePasswordRequestSchema) },
  responses: { 204: { description: 'Changed' }, 400: errorResponses[400], 401: errorResponses[401] },
});

/** `/api/auth`: sign-in, sign-out, the current user, password change. */
export function authRoutes(auth: AuthService, access: AccessService, trustProxy: boolean) {
  return createRouter()
    .openapi(login, async (c) => {
      const { username, password } = c.req.valid('json');
      const { user, sessionToken, expiresAt } = await auth.signIn(username, password, c.get('address'));
      setSessionCookie(c, sessionToken, expiresAt, isSecureRequest(c, trustProxy));
      return c.json({ user }, 200);
    })
    .openapi(logout, async (c) => {
      const token = readSessionCookie(c);
      if (token) await auth.signOut(token);
      clearSessionCookie(c, isSecureRequest(c, trustProxy));
      return c.body(null, 204);
    })
    .openapi(me, async (c) => {
      const { user } = requireAuth(c);
      const memberships = await access.membershipsWithOrganizations(user.id);
      return c.json(
        {
          ...user,
          memberships: memberships.map((m) => ({
            organizationId: m.organizationId,
            organizationName: m.organization.name,
            organizationKind: m.organization.kind,
            role: m.role,
          })),
        },
        200,
      );
    })
    .openapi(changePassword, async (c) => {
      const { currentPassword, newPassword } = c.req.valid('json');
      await auth.changePassword(requireAuth(c), currentPassword, newPassword);
      return c.body(null, 204);
    });
}
