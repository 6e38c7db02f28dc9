import { createRoute } from '@hono/zod-openapi';
import {
  AcceptInviteRequestSchema,
  CreatedInviteSchema,
  CreateInviteRequestSchema,
  InviteSchema,
  InviteTokenParamSchema,
  SignedInSchema,
} from '@van-kien/api';
import type { AuthService } from '../auth/AuthService.js';
import { createRouter, errorResponses, jsonBody, jsonResponse } from './openapiHelpers.js';
import { requireAdmin } from './requireAuth.js';
import { isSecureRequest, setSessionCookie } from './sessionCookie.js';

const create = createRoute({
  method: 'post',
  path: '/',
  summary: 'Create an invite link that makes an account with a role in an organization (administrators)',
  request: { body: jsonBody(CreateInviteRequestSchema) },
  responses: { 201: jsonResponse(CreatedInviteSchema, 'The link; its secret is shown once'), ...errorResponses },
});

const show = createRoute({
  method: 'get',
  path: '/{token}',
  summary: 'What an invite link offers (no sign-in needed)',
  request: { params: InviteTokenParamSchema },
  responses: { 200: jsonResponse(InviteSchema, 'The invite'), 404: errorResponses[404] },
});

const accept = createRoute({
  method: 'post',
  path: '/{token}/accept',
  summary: 'Create the account an invite offers, and sign it in',
  request: { params: InviteTokenParamSchema, body: jsonBody(AcceptInviteRequestSchema) },
  responses: { 201: jsonResponse(SignedInSchema, 'Account created and signed in'), 400: errorResponses[400], 404: errorResponses[404] },
});

/** `/api/invites`: invite links that expire. */
export function invitesRoutes(auth: AuthService, trustProxy: boolean) {
  return createRouter()
    .openapi(create, async (c) => {
      const { user } = requireAdmin(c);
      const { organizationId, role, validForHours } = c.req.valid('json');
      const { token, expiresAt } = await auth.createInvite(user, organizationId, role, validForHours * 60 * 60 * 1000);
      return c.json({ token, path: `/invite/${token}`, expiresAt }, 201);
    })
    .openapi(show, async (c) => {
      const { invite, organization } = await auth.openInvite(c.req.valid('param').token);
      return c.json(
        {
          organization: { id: organization.id, name: organization.name, kind: organization.kind },
          role: invite.role,
          expiresAt: invite.expiresAt,
        },
        200,
      );
    })
    .openapi(accept, async (c) => {
      const { user, sessionToken, expiresAt } = await auth.acceptInvite(c.req.valid('param').token, c.req.valid('json'), c.get('address'));
      setSessionCookie(c, sessionToken, expiresAt, isSecureRequest(c, trustProxy));
      return c.json({ user }, 201);
    });
}
