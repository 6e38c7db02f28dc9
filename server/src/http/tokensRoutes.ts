import { createRoute, z } from '@hono/zod-openapi';
import { ApiTokenSchema, CreatedTokenSchema, CreateTokenRequestSchema, IdParamSchema } from '@van-kien/api';
import type { AccountStore } from '../accounts/AccountStore.js';
import type { AuthService } from '../auth/AuthService.js';
import { Refusal } from '../errors/Refusal.js';
import { createRouter, errorResponses, jsonBody, jsonResponse } from './openapiHelpers.js';
import { requireAuth } from './requireAuth.js';

const list = createRoute({
  method: 'get',
  path: '/',
  summary: 'One’s own API tokens (without their secrets)',
  responses: { 200: jsonResponse(z.array(ApiTokenSchema), 'Tokens'), 401: errorResponses[401] },
});

const create = createRoute({
  method: 'post',
  path: '/',
  summary: 'Create an API token for scripts and integrations; the secret is shown once',
  request: { body: jsonBody(CreateTokenRequestSchema) },
  responses: {
    201: jsonResponse(CreatedTokenSchema, 'Created'),
    400: errorResponses[400],
    401: errorResponses[401],
  },
});

const remove = createRoute({
  method: 'delete',
  path: '/{id}',
  summary: 'Revoke one’s own API token; sockets using it are closed',
  request: { params: IdParamSchema },
  responses: { 204: { description: 'Revoked' }, 401: errorResponses[401], 404: errorResponses[404] },
});

/** `/api/tokens`: API tokens, used as `Authorization: Bearer <token>` or `?token=` on the WebSocket URL. */
export function tokensRoutes(auth: AuthService, accounts: AccountStore) {
  return createRouter()
    .openapi(list, async (c) => c.json(await accounts.listApiTokens(requireAuth(c).user.id), 200))
    .openapi(create, async (c) => {
      const { user } = requireAuth(c);
      return c.json(await auth.createApiToken(user, user, c.req.valid('json').name), 201);
    })
    .openapi(remove, async (c) => {
      const { user } = requireAuth(c);
      const { id } = c.req.valid('param');
      if (!(await accounts.deleteApiToken(id, user.id))) throw new Refusal('token_not_found');
      await auth.audit(user.id, 'token.revoke', user.id, { tokenId: id }, c.get('address'));
      return c.body(null, 204);
    });
}
