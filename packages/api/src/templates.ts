import { templateSchema } from '@van-kien/templates';
import { z } from 'zod';

/** The directive's templates as the API lists them; a whole template is described in packages/templates. */

/** What the create form needs of a template, without its sections (`documentTitle` has `{fieldId}` placeholders). */
export const TemplateSummarySchema = templateSchema
  .pick({ id: true, version: true, title: true, documentType: true, scope: true, source: true, documentTitle: true, fields: true })
  .meta({ id: 'TemplateSummary' });

export const TemplateBodySchema = z
  .looseObject({})
  .meta({ id: 'Template', description: 'A template as in packages/templates (sections, fields, …); checked by validateTemplate' });

export const TemplateParamSchema = z.object({ id: z.string() });
export const TemplateQuerySchema = z.object({ version: z.coerce.number().int().positive().optional() });

export type TemplateSummary = z.infer<typeof TemplateSummarySchema>;
