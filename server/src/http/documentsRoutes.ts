import { createRoute, z } from '@hono/zod-openapi';
import {
  CreateDocumentRequestSchema,
  DocumentSchema,
  GrantEntrySchema,
  GrantParamSchema,
  GrantSchema,
  IdParamSchema,
  ImportReportSchema,
  ImportRequestSchema,
  RenameDocumentRequestSchema,
} from '@van-kien/api';
import type { AccessService } from '../auth/AccessService.js';
import type { DocumentService } from '../documents/DocumentService.js';
import type { VersionService } from '../versions/VersionService.js';
import { createRouter, errorAnswer, errorResponses, jsonBody, jsonResponse } from './openapiHelpers.js';
import { requireAuth } from './requireAuth.js';

const list = createRoute({
  method: 'get',
  path: '/',
  summary: 'Documents the signed-in user may see, most recently active first',
  responses: { 200: jsonResponse(z.array(DocumentSchema), 'Documents'), 401: errorResponses[401] },
});

const create = createRoute({
  method: 'post',
  path: '/',
  summary:
    'Create a document, optionally for an organization whose committee one belongs to, and optionally laid out by a template (its title then defaults to the template’s, filled with `fields`). With an `id` the client chose, the server makes no content (the client sends its own through sync), and the same create sent again by the same person answers 200 with the document',
  request: { body: jsonBody(CreateDocumentRequestSchema) },
  responses: {
    201: jsonResponse(DocumentSchema, 'Created'),
    200: jsonResponse(DocumentSchema, 'Created before by the same person with this `id` (a retried create)'),
    409: errorAnswer('The `id` belongs to a document someone else created (`document_id_taken`)'),
    ...errorResponses,
  },
});

const importWord = createRoute({
  method: 'post',
  path: '/import',
  summary:
    '“Nhập từ Word”: a new document from a .docx (at most 20 MB), by the rules of creating one. Headings come from Word heading styles and from Party numbering typed as text (PHẦN THỨ…, I., 1., a)); lists, bold, italic and tables are kept (a table nested in a cell becomes lines of text), images dropped (all told in `dropped`). With `templateId`, headings that match the template’s sections fill them; the rest goes to the section before, or to `unplaced`. Its first version is “Nhập từ Word”. A refused file creates nothing',
  request: { body: { content: { 'multipart/form-data': { schema: ImportRequestSchema } }, required: true } },
  responses: {
    201: jsonResponse(ImportReportSchema, 'Created'),
    413: errorAnswer('The file is larger than 20 MB (`import_too_large`)'),
    415: errorAnswer('Not a .docx (`import_not_docx`), or an old Word 97-2003 .doc (`import_old_doc`)'),
    422: errorAnswer(
      'A .docx that cannot be imported: password-protected (`import_encrypted`), corrupt (`import_corrupt`), a zip bomb (`import_zip_bomb`), typed in a TCVN3/VNI font (`import_legacy_font`), or too complex to read in time (`import_too_complex`)',
    ),
    ...errorResponses,
  },
});

const read = createRoute({
  method: 'get',
  path: '/{id}',
  summary: 'One document, with one’s role on it',
  request: { params: IdParamSchema },
  responses: { 200: jsonResponse(DocumentSchema, 'The document'), 401: errorResponses[401], 404: errorResponses[404] },
});

const rename = createRoute({
  method: 'patch',
  path: '/{id}',
  summary: 'Rename a document (editors and owners)',
  request: { params: IdParamSchema, body: jsonBody(RenameDocumentRequestSchema) },
  responses: { 200: jsonResponse(DocumentSchema, 'Renamed'), ...errorResponses },
});

const listGrants = createRoute({
  method: 'get',
  path: '/{id}/grants',
  summary: 'Who the document is shared with (owners)',
  request: { params: IdParamSchema },
  responses: { 200: jsonResponse(z.array(GrantEntrySchema), 'Grants'), ...errorResponses },
});

const setGrant = createRoute({
  method: 'put',
  path: '/{id}/grants',
  summary: 'Share the document with a person or an organization as owner, editor, commenter or viewer (owners)',
  request: { params: IdParamSchema, body: jsonBody(GrantSchema) },
  responses: { 204: { description: 'Shared' }, ...errorResponses },
});

const removeGrant = createRoute({
  method: 'delete',
  path: '/{id}/grants/{principalType}/{principalId}',
  summary: 'Stop sharing with a person or organization (owners); open sockets lose access within a second',
  request: { params: GrantParamSchema },
  responses: { 204: { description: 'Removed' }, ...errorResponses },
});

/** `/api/documents`: the document service's rules over HTTP; a document one may not see answers 404. */
export function documentsRoutes(documents: DocumentService, access: AccessService, versions: VersionService) {
  return createRouter()
    .openapi(list, async (c) => c.json(await access.visibleDocuments(requireAuth(c).user), 200))
    .openapi(create, async (c) => {
      const { created, document } = await documents.create(requireAuth(c).user, c.req.valid('json'));
      return created ? c.json(document, 201, { Location: `/api/documents/${document.id}` }) : c.json(document, 200);
    })
    .openapi(importWord, async (c) => {
      const { user } = requireAuth(c);
      const { file, templateId, organizationId } = c.req.valid('form');
      const report = await documents.importWord(user, {
        file: new Uint8Array(await file.arrayBuffer()),
        fileName: file.name,
        templateId,
        organizationId,
      });
      await versions.takeImport(report.document.id, user);
      return c.json(report, 201, { Location: `/api/documents/${report.document.id}` });
    })
    .openapi(read, async (c) => c.json(await documents.read(requireAuth(c).user, c.req.valid('param').id), 200))
    .openapi(rename, async (c) => {
      const { id } = c.req.valid('param');
      return c.json(await documents.rename(requireAuth(c).user, id, c.req.valid('json').title), 200);
    })
    .openapi(listGrants, async (c) => c.json(await documents.grants(requireAuth(c).user, c.req.valid('param').id), 200))
    .openapi(setGrant, async (c) => {
      await documents.share(requireAuth(c).user, c.req.valid('param').id, c.req.valid('json'), c.get('address'));
      return c.body(null, 204);
    })
    .openapi(removeGrant, async (c) => {
      const { id, principalType, principalId } = c.req.valid('param');
      await documents.unshare(requireAuth(c).user, id, { principalType, principalId }, c.get('address'));
      return c.body(null, 204);
    });
}
