import { createRoute, z } from '@hono/zod-openapi';
import { IdParamSchema, SectionEventSchema, SectionEventsQuerySchema } from '@van-kien/api';
import type { AccessService } from '../auth/AccessService.js';
import { callerOn } from '../documents/documentGuard.js';
import type { SectionEventStore } from '../workflow/SectionEventStore.js';
import { createRouter, errorResponses, jsonResponse } from './openapiHelpers.js';
import { requireAuth } from './requireAuth.js';

const list = createRoute({
  method: 'get',
  path: '/{id}/section-events',
  summary: 'Who assigned which section and changed its status, when (newest first)',
  request: { params: IdParamSchema, query: SectionEventsQuerySchema },
  responses: { 200: jsonResponse(z.array(SectionEventSchema), 'Events'), 401: errorResponses[401], 404: errorResponses[404] },
});

/** `/api/documents/{id}/section-events`: the record of the drafting workflow, for anyone who may see the document. */
export function sectionEventsRoutes(access: AccessService, events: SectionEventStore) {
  return createRouter().openapi(list, async (c) => {
    const { id } = c.req.valid('param');
    await callerOn(access, requireAuth(c).user, id);
    const found = await events.listForDocument(id, c.req.valid('query').limit);
    return c.json(
      found.map(({ sectionId, field, value, actorId, at }) => ({ sectionId, field, value, actorId, at })),
      200,
    );
  });
}
