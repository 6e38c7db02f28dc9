import { createRoute, z } from '@hono/zod-openapi';
import { AuditEntrySchema, AuditQuerySchema } from '@van-kien/api';
import type { AccountStore } from '../accounts/AccountStore.js';
import { createRouter, errorResponses, jsonResponse } from './openapiHelpers.js';
import { requireAdmin } from './requireAuth.js';

const list = createRoute({
  method: 'get',
  path: '/',
  summary: 'Recent audit log: sign-ins, refused attempts, grants, memberships (administrators)',
  request: { query: AuditQuerySchema },
  responses: { 200: jsonResponse(z.array(AuditEntrySchema), 'Newest first'), ...errorResponses },
});

/** `/api/audit`. */
export function auditRoutes(accounts: AccountStore) {
  return createRouter().openapi(list, async (c) => {
    requireAdmin(c);
    return c.json(await accounts.listAudit(c.req.valid('query').limit), 200);
  });
}
