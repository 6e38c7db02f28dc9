import { createRoute, z } from '@hono/zod-openapi';
import { TemplateBodySchema, TemplateParamSchema, TemplateQuerySchema, TemplateSummarySchema } from '@van-kien/api';
import type { Template } from '@van-kien/templates';
import type { AuthService } from '../auth/AuthService.js';
import { Refusal } from '../errors/Refusal.js';
import type { TemplateCatalog } from '../templates/TemplateCatalog.js';
import { createRouter, errorResponses, jsonBody, jsonResponse } from './openapiHelpers.js';
import { requireAdmin, requireAuth } from './requireAuth.js';

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
  responses: { 200: jsonResponse(z.array(TemplateSummarySchema), 'Templates'), 401: errorResponses[401] },
});

const read = createRoute({
  method: 'get',
  path: '/{id}',
  summary: 'One template with its sections (newest version, or ?version=)',
  request: { params: TemplateParamSchema, query: TemplateQuerySchema },
  responses: { 200: jsonResponse(TemplateBodySchema, 'The template'), 401: errorResponses[401], 404: errorResponses[404] },
});

const publish = createRoute({
  method: 'post',
  path: '/',
  summary: 'Publish a template (administrators): a changed copy of one becomes its next version; existing documents keep theirs',
  request: { body: jsonBody(TemplateBodySchema) },
  responses: { 201: jsonResponse(TemplateBodySchema, 'Published'), ...errorResponses },
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
      if (!template) throw new Refusal('template_not_found');
      return c.json(template as unknown as Record<string, unknown>, 200);
    })
    .openapi(publish, async (c) => {
      const { user } = requireAdmin(c);
      const template = await catalog.publish(c.req.valid('json'), user.id, now());
      await auth.audit(user.id, 'template.publish', template.id, { version: template.version }, c.get('address'));
      return c.json(template as unknown as Record<string, unknown>, 201);
    });
}
