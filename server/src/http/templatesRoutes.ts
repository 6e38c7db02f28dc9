import { createRoute, z } from '@hono/zod-openapi';
import type { Template } from '@van-kien/templates';
import { AuthError } from '../auth/AuthError.js';
import type { AuthService } from '../auth/AuthService.js';
import type { TemplateCatalog } from '../templates/TemplateCatalog.js';
import { createRouter, errorResponses, jsonBody, jsonResponse } from './openapiHelpers.js';
import { requireAdmin, requireAuth } from './requireAuth.js';

const TemplateSummary = z
  .object({
    id: z.string(),
    version: z.number(),
    title: z.string(),
    documentType: z.string(),
    scope: z.string(),
    source: z.string(),
    documentTitle: z.string(),
    fields: z.array(z.object({ id: z.string(), label: z.string(), placeholder: z.string().optional(), default: z.string().optional() })),
  })
  .openapi('TemplateSummary');

const TemplateBody = z.looseObject({}).openapi('Template', { description: 'A template as in packages/templates (sections, fields, …)' });

const summary = ({ id, version, title, documentType, scope, source, documentTitle, fields }: Template) => ({
  id,
  version,
  title,
  documentType,
  scope,
  source,
  documentTitle,
  fields,
});

const list = createRoute({
  method: 'get',
  path: '/',
  summary: 'Templates to build documents from, at their newest version',
  responses: { 200: jsonResponse(z.array(TemplateSummary), 'Templates'), 401: errorResponses[401] },
});

const read = createRoute({
  method: 'get',
  path: '/{id}',
  summary: 'One template with its sections (newest version, or ?version=)',
  request: { params: z.object({ id: z.string() }), query: z.object({ version: z.coerce.number().int().positive().optional() }) },
  responses: { 200: jsonResponse(TemplateBody, 'The template'), 401: errorResponses[401], 404: errorResponses[404] },
});

const publish = createRoute({
  method: 'post',
  path: '/',
  summary: 'Publish a template (administrators): a changed copy of one becomes its next version; existing documents keep theirs',
  request: { body: jsonBody(TemplateBody) },
  responses: { 201: jsonResponse(TemplateBody, 'Published'), ...errorResponses },
});

/** `/api/templates`: the directive's templates, and the versions a ward publishes. */
export function templatesRoutes(catalog: TemplateCatalog, auth: AuthService, now: () => number = Date.now) {
  return createRouter()
    .openapi(list, async (c) => {
      requireAuth(c);
      return c.json((await catalog.latest()).map(summary), 200);
    })
    .openapi(read, async (c) => {
      requireAuth(c);
      const template = await catalog.find(c.req.valid('param').id, c.req.valid('query').version);
      if (!template) throw new AuthError('not-found', 'template not found');
      return c.json(template as unknown as Record<string, unknown>, 200);
    })
    .openapi(publish, async (c) => {
      const { user } = requireAdmin(c);
      const template = await catalog.publish(c.req.valid('json'), user.id, now());
      await auth.audit(user.id, 'template.publish', template.id, { version: template.version }, c.get('address'));
      return c.json(template as unknown as Record<string, unknown>, 201);
    });
}
