import { createRoute, z } from '@hono/zod-openapi';
import type { AccountStore } from '../accounts/AccountStore.js';
import { createRouter, errorResponses, jsonResponse } from './openapiHelpers.js';
import { requireAdmin } from './requireAuth.js';

const AuditEntrySchema = z
  .object({
    id: z.number(),
    at: z.number(),
    actorId: z.string().nullable(),
    action: z.string(),
    target: z.string().nullable(),
    detail: z.record(z.string(), z.unknown()).nullable(),
    address: z.string().nullable(),
  })
  .openapi('AuditEntry');

const list = createRoute({
  method: 'get',
  path: '/',
  summary: 'Recent audit log: sign-ins, refused attempts, grants, memberships (administrators)',
  request: { query: z.object({ limit: z.coerce.number().int().min(1).max(1000).default(200) }) },
  responses: { 200: jsonResponse(z.array(AuditEntrySchema), 'Newest first'), ...errorResponses },
});

/** `/api/audit`. */
export function auditRoutes(accounts: AccountStore) {
  return createRouter().openapi(list, async (c) => {
    requireAdmin(c);
    return c.json(await accounts.listAudit(c.req.valid('query').limit), 200);
  });
}
