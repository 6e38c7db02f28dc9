import { createRoute, z } from '@hono/zod-openapi';
import type { AccessService } from '../auth/AccessService.js';
import { AuthError } from '../auth/AuthError.js';
import type { SectionEventStore } from '../workflow/SectionEventStore.js';
import { createRouter, errorResponses, jsonResponse } from './openapiHelpers.js';
import { requireAuth } from './requireAuth.js';
import { IdParam } from './schemas.js';

const SectionEventSchema = z
  .object({
    sectionId: z.string(),
    field: z.enum(['assignee', 'status']),
    value: z.string().nullable(),
    actorId: z.string().nullable(),
    at: z.number(),
  })
  .openapi('SectionEvent');

const list = createRoute({
  method: 'get',
  path: '/{id}/section-events',
  summary: 'Who assigned which section and changed its status, when (newest first)',
  request: { params: IdParam, query: z.object({ limit: z.coerce.number().int().min(1).max(1000).default(200) }) },
  responses: { 200: jsonResponse(z.array(SectionEventSchema), 'Events'), 401: errorResponses[401], 404: errorResponses[404] },
});

/** `/api/documents/{id}/section-events`: the record of the drafting workflow, for anyone who may see the document. */
export function sectionEventsRoutes(access: AccessService, events: SectionEventStore) {
  return createRouter().openapi(list, async (c) => {
    const { id } = c.req.valid('param');
    if (!(await access.roleOn(requireAuth(c).user, id))) throw new AuthError('not-found', 'document not found');
    const found = await events.listForDocument(id, c.req.valid('query').limit);
    return c.json(
      found.map(({ sectionId, field, value, actorId, at }) => ({ sectionId, field, value, actorId, at })),
      200,
    );
  });
}
