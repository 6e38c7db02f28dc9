import { createRoute, z } from '@hono/zod-openapi';
import { DocumentParamSchema, OpenRoundRequestSchema, RoundParamSchema, RoundSchema, RoundWithDocumentSchema } from '@van-kien/api';
import type { AuthService } from '../auth/AuthService.js';
import type { RoundService } from '../comments/RoundService.js';
import { createRouter, errorAnswer, errorResponses, jsonBody, jsonResponse } from './openapiHelpers.js';
import { requireAuth } from './requireAuth.js';

const list = createRoute({
  method: 'get',
  path: '/documents/{documentId}/rounds',
  summary: 'The document’s consultation rounds, newest first (anyone who may see the document)',
  request: { params: DocumentParamSchema },
  responses: { 200: jsonResponse(z.object({ rounds: z.array(RoundSchema) }), 'Rounds'), ...errorResponses },
});

const open = createRoute({
  method: 'post',
  path: '/documents/{documentId}/rounds',
  summary: 'Gửi lấy ý kiến: ask organizations to comment until a deadline (the document’s owners); their members are told',
  request: {
    params: DocumentParamSchema,
    body: jsonBody(OpenRoundRequestSchema),
  },
  responses: { 201: jsonResponse(RoundSchema, 'Opened'), ...errorResponses },
});

const close = createRoute({
  method: 'post',
  path: '/documents/{documentId}/rounds/{roundId}/close',
  summary: 'End a round before its deadline (the document’s owners); its organizations keep reading',
  request: { params: RoundParamSchema },
  responses: { 200: jsonResponse(RoundSchema, 'Closed'), ...errorResponses, 409: errorAnswer('The round has ended already') },
});

const addressed = createRoute({
  method: 'get',
  path: '/rounds',
  summary: 'Rounds addressed to the organizations one belongs to, with their documents, newest first',
  responses: { 200: jsonResponse(z.object({ rounds: z.array(RoundWithDocumentSchema) }), 'Rounds'), 401: errorResponses[401] },
});

/** `/api/documents/{documentId}/rounds` and `/api/rounds`: consultation rounds; opening and closing one is audited. */
export function roundsRoutes(rounds: RoundService, auth: AuthService) {
  return createRouter()
    .openapi(list, async (c) => {
      const { documentId } = c.req.valid('param');
      return c.json({ rounds: await rounds.list(requireAuth(c).user, documentId) }, 200);
    })
    .openapi(open, async (c) => {
      const { user } = requireAuth(c);
      const { documentId } = c.req.valid('param');
      const request = c.req.valid('json');
      const round = await rounds.open(user, documentId, request);
      await auth.audit(
        user.id,
        'round.open',
        documentId,
        { roundId: round.id, organizationIds: request.organizationIds, deadline: request.deadline },
        c.get('address'),
      );
      return c.json(round, 201);
    })
    .openapi(close, async (c) => {
      const { user } = requireAuth(c);
      const { documentId, roundId } = c.req.valid('param');
      const round = await rounds.close(user, documentId, roundId);
      await auth.audit(user.id, 'round.close', documentId, { roundId }, c.get('address'));
      return c.json(round, 200);
    })
    .openapi(addressed, async (c) => c.json({ rounds: await rounds.addressedTo(requireAuth(c).user) }, 200));
}
