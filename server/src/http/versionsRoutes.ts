import { createRoute, z } from '@hono/zod-openapi';
import {
  CompareQuerySchema,
  ComparisonSchema,
  DraftingStateSchema,
  FreezeDraftRequestSchema,
  IdParamSchema,
  VersionDetailSchema,
  VersionListSchema,
  VersionParamSchema,
  VersionSchema,
} from '@van-kien/api';
import { comparisonTitle, draftMarkerText, partyDocumentFormat, readDocumentHeader } from '@van-kien/schema';
import type { AccountStore } from '../accounts/AccountStore.js';
import type { AuthService } from '../auth/AuthService.js';
import { comparisonDocx } from '../export/comparisonDocx.js';
import { documentDocx } from '../export/documentDocx.js';
import { loadHeaderDefaults } from '../export/loadHeaderDefaults.js';
import type { TemplateCatalog } from '../templates/TemplateCatalog.js';
import type { VersionService } from '../versions/VersionService.js';
import { docxHeaders, docxResponse } from './docxResponse.js';
import { createRouter, errorAnswer, errorResponses, jsonBody, jsonResponse } from './openapiHelpers.js';
import { requireAuth } from './requireAuth.js';

const list = createRoute({
  method: 'get',
  path: '/{id}/versions',
  summary: 'Lịch sử: the document’s versions, newest first (viewers and commenters see named drafts only), and its drafting state',
  request: { params: IdParamSchema },
  responses: { 200: jsonResponse(VersionListSchema, 'Versions'), ...errorResponses },
});

const freeze = createRoute({
  method: 'post',
  path: '/{id}/versions',
  summary: 'Lưu thành dự thảo: freeze today’s text as the next "Dự thảo lần n" (editors and owners)',
  // A body is required, `{}` for an unnamed draft: a signed-in browser must send JSON anyway (the
  // cookie's CSRF rule), and an empty JSON body does not parse.
  request: { params: IdParamSchema, body: jsonBody(FreezeDraftRequestSchema) },
  responses: {
    201: jsonResponse(VersionSchema, 'The draft, durable'),
    ...errorResponses,
    409: errorAnswer('The document was adopted (document_adopted)'),
  },
});

const get = createRoute({
  method: 'get',
  path: '/{id}/versions/{number}',
  summary: 'One version, with its text as ProseMirror JSON and its header',
  request: { params: VersionParamSchema },
  responses: { 200: jsonResponse(VersionDetailSchema, 'The version'), ...errorResponses },
});

const restore = createRoute({
  method: 'post',
  path: '/{id}/versions/{number}/restore',
  summary:
    'Restore a version (owners): a before-restore version of today’s text is taken, the old text is applied as ordinary changes, and the restore is recorded',
  request: { params: VersionParamSchema },
  responses: {
    200: jsonResponse(z.object({ beforeRestore: VersionSchema, restore: VersionSchema }), 'The two versions the restore took'),
    ...errorResponses,
  },
});

const exportVersion = createRoute({
  method: 'get',
  path: '/{id}/versions/{number}/export.docx',
  summary: 'One version as a Word file in the Party document format',
  request: { params: VersionParamSchema },
  responses: {
    200: docxResponse('The .docx'),
    ...errorResponses,
  },
});

const compare = createRoute({
  method: 'get',
  path: '/{id}/compare',
  summary: 'Compare two versions, or a version with today’s text (`to=current`), section by section',
  request: { params: IdParamSchema, query: CompareQuerySchema },
  responses: { 200: jsonResponse(ComparisonSchema, 'The comparison'), ...errorResponses },
});

const compareDocx = createRoute({
  method: 'get',
  path: '/{id}/compare.docx',
  summary: 'Bản so sánh: the comparison as a Word file in the Party format, its changes as Word’s tracked changes',
  request: { params: IdParamSchema, query: CompareQuerySchema },
  responses: {
    200: docxResponse('The .docx'),
    ...errorResponses,
  },
});

const adopt = createRoute({
  method: 'put',
  path: '/{id}/adoption',
  summary: 'Đã thông qua: mark the document adopted (owners); the "DỰ THẢO" marker goes and no more drafts are frozen',
  request: { params: IdParamSchema },
  responses: { 200: jsonResponse(DraftingStateSchema, 'The drafting state'), ...errorResponses },
});

const unadopt = createRoute({
  method: 'delete',
  path: '/{id}/adoption',
  summary: 'Make an adopted document a draft again (owners)',
  request: { params: IdParamSchema },
  responses: {
    200: jsonResponse(DraftingStateSchema, 'The drafting state'),
    ...errorResponses,
    409: errorAnswer('The document is not adopted (document_not_adopted)'),
  },
});

export interface VersionsRoutesOptions {
  versions: VersionService;
  auth: AuthService;
  accounts: AccountStore;
  templates: TemplateCatalog;
  now?: () => number;
}

/** `/api/documents/{id}/versions…` and `/api/documents/{id}/adoption`: history, drafts, restore; changes are audited. */
export function versionsRoutes({ versions, auth, accounts, templates, now = Date.now }: VersionsRoutesOptions) {
  return createRouter()
    .openapi(list, async (c) => c.json(await versions.list(requireAuth(c).user, c.req.valid('param').id), 200))
    .openapi(freeze, async (c) => {
      const { user } = requireAuth(c);
      const { id } = c.req.valid('param');
      const { name } = c.req.valid('json');
      const version = await versions.freeze(user, id, name);
      await auth.audit(user.id, 'version.freeze', id, { number: version.number, draftNumber: version.draftNumber }, c.get('address'));
      return c.json(version, 201);
    })
    .openapi(get, async (c) => {
      const { id, number } = c.req.valid('param');
      return c.json(await versions.get(requireAuth(c).user, id, number), 200);
    })
    .openapi(restore, async (c) => {
      const { user } = requireAuth(c);
      const { id, number } = c.req.valid('param');
      const restored = await versions.restore(user, id, number);
      await auth.audit(user.id, 'version.restore', id, { number, restore: restored.restore.number }, c.get('address'));
      return c.json(restored, 200);
    })
    .openapi(exportVersion, async (c) => {
      const { id, number } = c.req.valid('param');
      const { document, version, draftNumber, doc } = await versions.read(requireAuth(c).user, id, number);
      try {
        const defaults = await loadHeaderDefaults(document, { accounts, templates }, now());
        const file = await documentDocx(doc, document.title, defaults, draftMarkerText(partyDocumentFormat, draftNumber));
        return c.body(new Uint8Array(file), 200, docxHeaders(`${document.title} - ${version.label}`));
      } finally {
        doc.destroy();
      }
    })
    .openapi(compare, async (c) => {
      const { id } = c.req.valid('param');
      const { from, to } = c.req.valid('query');
      const { older, newer, comparison, newerDoc } = await versions.compare(requireAuth(c).user, id, from, to);
      newerDoc.destroy();
      return c.json({ older, newer, comparison }, 200);
    })
    .openapi(compareDocx, async (c) => {
      const { user } = requireAuth(c);
      const { id } = c.req.valid('param');
      const { from, to } = c.req.valid('query');
      const { document, older, newer, newerDraftNumber, comparison, newerDoc } = await versions.compare(user, id, from, to);
      try {
        const defaults = await loadHeaderDefaults(document, { accounts, templates }, now());
        const olderLabel = older.label;
        const newerLabel = newer?.label ?? 'bản hiện tại';
        const file = await comparisonDocx({
          title: `${document.title} - ${comparisonTitle(olderLabel, newerLabel)}`,
          header: readDocumentHeader(newerDoc, defaults),
          draftMarker: draftMarkerText(partyDocumentFormat, newerDraftNumber),
          comparison,
          author: user.displayName,
          date: new Date(now()),
          olderLabel,
          newerLabel,
        });
        return c.body(new Uint8Array(file), 200, docxHeaders(`${document.title} - ${comparisonTitle(olderLabel, newerLabel)}`));
      } finally {
        newerDoc.destroy();
      }
    })
    .openapi(adopt, async (c) => {
      const { user } = requireAuth(c);
      const { id } = c.req.valid('param');
      const drafting = await versions.setAdopted(user, id, true);
      await auth.audit(user.id, 'document.adopt', id, {}, c.get('address'));
      return c.json(drafting, 200);
    })
    .openapi(unadopt, async (c) => {
      const { user } = requireAuth(c);
      const { id } = c.req.valid('param');
      const drafting = await versions.setAdopted(user, id, false);
      await auth.audit(user.id, 'document.unadopt', id, {}, c.get('address'));
      return c.json(drafting, 200);
    });
}
