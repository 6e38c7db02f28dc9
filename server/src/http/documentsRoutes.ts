import { createRoute, z } from '@hono/zod-openapi';
import { fillDocumentTitle } from '@van-kien/templates';
import type { Context } from 'hono';
import { customAlphabet } from 'nanoid';
import type { AccountStore } from '../accounts/AccountStore.js';
import { type DocumentRole, roleAtLeast, type User } from '../accounts/model.js';
import type { AccessService, DocumentWithRole } from '../auth/AccessService.js';
import { AuthError } from '../auth/AuthError.js';
import type { AuthService } from '../auth/AuthService.js';
import type { DocumentRecord, Storage } from '../storage/Storage.js';
import { initialContent } from '../templates/initialContent.js';
import type { TemplateCatalog } from '../templates/TemplateCatalog.js';
import type { AppEnv } from './AppEnv.js';
import { createRouter, ErrorBody, errorResponses, jsonBody, jsonResponse } from './openapiHelpers.js';
import { requireAuth } from './requireAuth.js';
import { DocumentRoleSchema, DocumentSchema, IdParam, TitleSchema } from './schemas.js';

/** Document ids are URL-safe and long enough to be unguessable and never collide. */
export const newDocumentId = customAlphabet('0123456789abcdefghijkmnopqrstuvwxyz', 16);

/**
 * An id the browser chose for a document it made offline: longer than the server's own, so the two
 * never meet, and random enough (about 108 bits) that no two browsers ever choose the same.
 */
const ClientDocumentId = z
  .string()
  .regex(/^[0-9a-z]{21}$/, 'must be 21 lower-case letters and digits')
  .openapi({ description: 'Chosen by the client (offline creation); its content then arrives through sync' });

const GrantSchema = z
  .object({
    principalType: z.enum(['user', 'organization']),
    principalId: z.string().min(1).max(100),
    role: DocumentRoleSchema,
  })
  .openapi('Grant');

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
  request: {
    body: jsonBody(
      z.object({
        id: ClientDocumentId.optional(),
        title: TitleSchema.optional(),
        organizationId: z.string().min(1).optional(),
        templateId: z.string().min(1).optional(),
        templateVersion: z.number().int().positive().optional(),
        fields: z.record(z.string(), z.string().max(200)).optional(),
      }),
    ),
  },
  responses: {
    201: jsonResponse(DocumentSchema, 'Created'),
    200: jsonResponse(DocumentSchema, 'Created before by the same person with this `id` (a retried create)'),
    409: jsonResponse(ErrorBody, 'The `id` belongs to a document someone else created'),
    ...errorResponses,
  },
});

const read = createRoute({
  method: 'get',
  path: '/{id}',
  summary: 'One document, with one’s role on it',
  request: { params: IdParam },
  responses: { 200: jsonResponse(DocumentSchema, 'The document'), 401: errorResponses[401], 404: errorResponses[404] },
});

const rename = createRoute({
  method: 'patch',
  path: '/{id}',
  summary: 'Rename a document (editors and owners)',
  request: { params: IdParam, body: jsonBody(z.object({ title: TitleSchema })) },
  responses: { 200: jsonResponse(DocumentSchema, 'Renamed'), ...errorResponses },
});

const listGrants = createRoute({
  method: 'get',
  path: '/{id}/grants',
  summary: 'Who the document is shared with (owners)',
  request: { params: IdParam },
  responses: {
    200: jsonResponse(z.array(GrantSchema.extend({ grantedAt: z.number(), grantedBy: z.string().nullable() })), 'Grants'),
    ...errorResponses,
  },
});

const setGrant = createRoute({
  method: 'put',
  path: '/{id}/grants',
  summary: 'Share the document with a person or an organization as owner, editor, commenter or viewer (owners)',
  request: { params: IdParam, body: jsonBody(GrantSchema) },
  responses: { 204: { description: 'Shared' }, ...errorResponses },
});

const removeGrant = createRoute({
  method: 'delete',
  path: '/{id}/grants/{principalType}/{principalId}',
  summary: 'Stop sharing with a person or organization (owners); open sockets lose access within a second',
  request: { params: z.object({ id: z.string(), principalType: z.enum(['user', 'organization']), principalId: z.string() }) },
  responses: { 204: { description: 'Removed' }, ...errorResponses },
});

/** `/api/documents`: every route checks the caller's role; a document one may not see answers 404. */
export function documentsRoutes(
  storage: Storage,
  access: AccessService,
  accounts: AccountStore,
  auth: AuthService,
  templates: TemplateCatalog,
  now: () => number = Date.now,
) {
  /** The caller's role, requiring at least `needed`: 404 when invisible, 403 when visible but too weak. */
  async function roleAtLeastOn(c: Context<AppEnv>, documentId: string, needed: DocumentRole): Promise<DocumentRole> {
    const { user } = requireAuth(c);
    const role = await access.roleOn(user, documentId);
    if (!role) throw new AuthError('not-found', 'document not found');
    if (!roleAtLeast(role, needed)) throw new AuthError('forbidden', `requires the ${needed} role`);
    return role;
  }

  /**
   * The document `user` already created with the client-chosen `id`, with their role on it, when
   * this create is a retry (the answer to the first one was lost); undefined when the id is free.
   */
  async function createdBefore(user: User, id: string): Promise<DocumentWithRole | undefined> {
    const document = await storage.getDocument(id);
    if (!document) return undefined;
    if (document.createdBy !== user.id) throw new AuthError('conflict', 'document id is taken');
    const role = await access.roleOn(user, id);
    if (!role) throw new AuthError('not-found', 'document not found');
    return { ...document, role };
  }

  return createRouter()
    .openapi(list, async (c) => c.json(await access.visibleDocuments(requireAuth(c).user), 200))
    .openapi(create, async (c) => {
      const { user } = requireAuth(c);
      const { id, title, organizationId, templateId, templateVersion, fields = {} } = c.req.valid('json');
      const retried = id === undefined ? undefined : await createdBefore(user, id);
      if (retried) return c.json(retried, 200);
      if (organizationId !== undefined) {
        if (!(await accounts.getOrganization(organizationId))) throw new AuthError('not-found', 'organization not found');
        if (!(await access.canCreateIn(user, organizationId)))
          throw new AuthError('forbidden', 'only the organization’s committee creates its documents');
      }
      const template = templateId === undefined ? undefined : await templates.find(templateId, templateVersion);
      if (templateId !== undefined && !template) throw new AuthError('not-found', 'template not found');
      const filled = template && TitleSchema.safeParse(fillDocumentTitle(template, fields));
      if (filled && !filled.success) throw new AuthError('invalid', '"fields": the filled-in title must be at most 200 characters');
      const documentTitle = title ?? filled?.data;
      if (!documentTitle) throw new AuthError('invalid', '"title": required for a document without a template');
      let record: DocumentRecord;
      try {
        record = await storage.createDocument({
          id: id ?? newDocumentId(),
          title: documentTitle,
          now: now(),
          organizationId: organizationId ?? null,
          createdBy: user.id,
          // A client that chose the id built the content itself: a second copy would double every section.
          ...(template && { template: { id: template.id, version: template.version }, ...(id === undefined && initialContent(template)) }),
        });
      } catch (error) {
        // The same create sent twice at once: the first one made it, the second answers as a retry.
        const concurrent = id === undefined ? undefined : await createdBefore(user, id);
        if (concurrent) return c.json(concurrent, 200);
        throw error;
      }
      return c.json({ ...record, role: 'owner' as const }, 201, { Location: `/api/documents/${record.id}` });
    })
    .openapi(read, async (c) => {
      const { id } = c.req.valid('param');
      const role = await roleAtLeastOn(c, id, 'viewer');
      const record = await storage.getDocument(id);
      if (!record) throw new AuthError('not-found', 'document not found');
      return c.json({ ...record, role }, 200);
    })
    .openapi(rename, async (c) => {
      const { id } = c.req.valid('param');
      const role = await roleAtLeastOn(c, id, 'editor');
      const record = await storage.renameDocument(id, c.req.valid('json').title, now());
      if (!record) throw new AuthError('not-found', 'document not found');
      return c.json({ ...record, role }, 200);
    })
    .openapi(listGrants, async (c) => {
      const { id } = c.req.valid('param');
      await roleAtLeastOn(c, id, 'owner');
      const grants = await accounts.grantsOf(id);
      return c.json(
        grants.map(({ principalType, principalId, role, grantedAt, grantedBy }) => ({
          principalType,
          principalId,
          role,
          grantedAt,
          grantedBy,
        })),
        200,
      );
    })
    .openapi(setGrant, async (c) => {
      const { id } = c.req.valid('param');
      await roleAtLeastOn(c, id, 'owner');
      const { user } = requireAuth(c);
      const grant = c.req.valid('json');
      const exists =
        grant.principalType === 'user' ? await accounts.getUser(grant.principalId) : await accounts.getOrganization(grant.principalId);
      if (!exists) throw new AuthError('not-found', `${grant.principalType} not found`);
      await accounts.setGrant({ documentId: id, ...grant, grantedBy: user.id, grantedAt: now() });
      await auth.audit(user.id, 'grant.set', id, grant, c.get('address'));
      return c.body(null, 204);
    })
    .openapi(removeGrant, async (c) => {
      const { id, principalType, principalId } = c.req.valid('param');
      await roleAtLeastOn(c, id, 'owner');
      const { user } = requireAuth(c);
      if (!(await accounts.removeGrant(id, principalType, principalId))) throw new AuthError('not-found', 'grant not found');
      await auth.audit(user.id, 'grant.remove', id, { principalType, principalId }, c.get('address'));
      return c.body(null, 204);
    });
}
