import { createRoute } from '@hono/zod-openapi';
import { DocumentHeaderSchema, IdParamSchema } from '@van-kien/api';
import { currentDraftMarker, partyDocumentFormat } from '@van-kien/schema';
import type { Context } from 'hono';
import type { AccountStore } from '../accounts/AccountStore.js';
import type { AccessService } from '../auth/AccessService.js';
import type { FeedbackReportService } from '../comments/FeedbackReportService.js';
import { callerOn } from '../documents/documentGuard.js';
import { documentDocx } from '../export/documentDocx.js';
import { feedbackReportBlocks } from '../export/feedbackReportBlocks.js';
import { loadHeaderDefaults } from '../export/loadHeaderDefaults.js';
import { partyDocument } from '../export/partyDocument.js';
import type { SyncServer } from '../sync/SyncServer.js';
import type { TemplateCatalog } from '../templates/TemplateCatalog.js';
import type { VersionService } from '../versions/VersionService.js';
import type { AppEnv } from './AppEnv.js';
import { docxHeaders, docxResponse } from './docxResponse.js';
import { createRouter, errorResponses, jsonResponse } from './openapiHelpers.js';
import { requireAuth } from './requireAuth.js';

const exportDocx = createRoute({
  method: 'get',
  path: '/{id}/export.docx',
  summary: 'The document as a Word file in the Party document format (anyone who may see it)',
  request: { params: IdParamSchema },
  responses: {
    200: docxResponse('The .docx, named after the title'),
    401: errorResponses[401],
    404: errorResponses[404],
  },
});

const exportFeedbackReport = createRoute({
  method: 'get',
  path: '/{id}/feedback-report.docx',
  summary: 'The compilation report of the comments (A7) as a Word file in the Party document format (editors and owners)',
  request: { params: IdParamSchema },
  responses: {
    200: docxResponse('The .docx'),
    401: errorResponses[401],
    403: errorResponses[403],
    404: errorResponses[404],
  },
});

const headerDefaults = createRoute({
  method: 'get',
  path: '/{id}/header-defaults',
  summary: 'What the document’s header prints where nobody set a field: from its organization, template and title',
  request: { params: IdParamSchema },
  responses: { 200: jsonResponse(DocumentHeaderSchema, 'Header defaults'), 401: errorResponses[401], 404: errorResponses[404] },
});

export interface ExportRoutesOptions {
  access: AccessService;
  accounts: AccountStore;
  templates: TemplateCatalog;
  syncServer: SyncServer;
  feedbackReports: FeedbackReportService;
  versions: VersionService;
  now?: () => number;
}

/** `/api/documents/{id}/export.docx` and the header defaults it prints with; a document one may not see answers 404. */
export function exportRoutes({ access, accounts, templates, syncServer, feedbackReports, versions, now = Date.now }: ExportRoutesOptions) {
  const visibleRecord = async (c: Context<AppEnv>, documentId: string) =>
    (await callerOn(access, requireAuth(c).user, documentId)).document;

  return createRouter()
    .openapi(headerDefaults, async (c) => {
      const record = await visibleRecord(c, c.req.valid('param').id);
      return c.json(await loadHeaderDefaults(record, { accounts, templates }, now()), 200);
    })
    .openapi(exportFeedbackReport, async (c) => {
      const report = await feedbackReports.report(requireAuth(c).user, c.req.valid('param').id);
      const record = await visibleRecord(c, report.document.id);
      const defaults = await loadHeaderDefaults(record, { accounts, templates }, now());
      const title = `Báo cáo tổng hợp ý kiến góp ý vào dự thảo ${record.title}`;
      const header = {
        ...defaults,
        number: '',
        symbol: '',
        documentKind: 'BÁO CÁO',
        summary: `Tổng hợp ý kiến góp ý vào dự thảo ${record.title}`,
      };
      const file = await partyDocument({ title, header, draftMarker: null, blocks: feedbackReportBlocks(report) }, partyDocumentFormat);
      return c.body(new Uint8Array(file), 200, docxHeaders(title));
    })
    .openapi(exportDocx, async (c) => {
      const record = await visibleRecord(c, c.req.valid('param').id);
      const [doc, defaults, drafting] = await Promise.all([
        syncServer.readDocument(record.id),
        loadHeaderDefaults(record, { accounts, templates }, now()),
        versions.drafting(record.id),
      ]);
      try {
        const file = await documentDocx(doc, record.title, defaults, currentDraftMarker(partyDocumentFormat, drafting));
        return c.body(new Uint8Array(file), 200, docxHeaders(record.title));
      } finally {
        doc.destroy();
      }
    });
}
