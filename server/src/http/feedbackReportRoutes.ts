import { createRoute } from '@hono/zod-openapi';
import { DocumentParamSchema, FeedbackReportSchema } from '@van-kien/api';
import type { FeedbackReportService } from '../comments/FeedbackReportService.js';
import { createRouter, errorResponses, jsonResponse } from './openapiHelpers.js';
import { requireAuth } from './requireAuth.js';

const report = createRoute({
  method: 'get',
  path: '/{documentId}/feedback-report',
  summary: 'Báo cáo tổng hợp ý kiến góp ý (DOMAIN.md A7) of the document, from its comments and its current text (editors and owners)',
  request: { params: DocumentParamSchema },
  responses: { 200: jsonResponse(FeedbackReportSchema, 'The report'), ...errorResponses },
});

/** `/api/documents/{documentId}/feedback-report`: the compilation report, for the draft's authors. */
export function feedbackReportRoutes(reports: FeedbackReportService) {
  return createRouter().openapi(report, async (c) => {
    const { documentId } = c.req.valid('param');
    return c.json(await reports.report(requireAuth(c).user, documentId), 200);
  });
}
