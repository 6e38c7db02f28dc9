import { createRoute, z } from '@hono/zod-openapi';
import { CreatedUserSchema, CreateUserRequestSchema, IdParamSchema, PasswordResetSchema, UserSchema } from '@van-kien/api';
import type { AccountStore } from '../accounts/AccountStore.js';
import type { AuthService } from '../auth/AuthService.js';
import { createRouter, errorResponses, jsonBody, jsonResponse } from './openapiHelpers.js';
import { requireAdmin } from './requireAuth.js';

const list = createRoute({
  method: 'get',
  path: '/',
  summary: 'Every account (administrators)',
  responses: { 200: jsonResponse(z.array(UserSchema), 'Accounts'), 401: errorResponses[401], 403: errorResponses[403] },
});

const create = createRoute({
  method: 'post',
  path: '/',
  summary: 'Create an account (administrators); without a password one is generated and returned once',
  request: { body: jsonBody(CreateUserRequestSchema) },
  responses: {
    201: jsonResponse(CreatedUserSchema, 'Created'),
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
  },
});

const resetPassword = createRoute({
  method: 'post',
  path: '/{id}/password-reset',
  summary: 'Set a new generated password (administrators); the user is signed out everywhere',
  request: { params: IdParamSchema },
  responses: { 200: jsonResponse(PasswordResetSchema, 'The new password'), ...errorResponses },
});

/** `/api/users`: account administration. */
export function usersRoutes(auth: AuthService, accounts: AccountStore) {
  return createRouter()
    .openapi(list, async (c) => {
      requireAdmin(c);
      return c.json(await accounts.listUsers(), 200);
    })
    .openapi(create, async (c) => {
      const { user: admin } = requireAdmin(c);
      const input = c.req.valid('json');
      const { user, generatedPassword } = await auth.createUser(admin, input);
      return c.json(generatedPassword === undefined ? { user } : { user, password: generatedPassword }, 201);
    })
    .openapi(resetPassword, async (c) => {
      const { user: admin } = requireAdmin(c);
      return c.json({ password: await auth.resetPassword(admin, c.req.valid('param').id) }, 200);
    });
}
