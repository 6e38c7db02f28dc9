import { z } from 'zod';

/** The directive's templates as the API lists them; a whole template is described in packages/templates. */

export const TemplateSummarySchema = z
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
  .meta({ id: 'TemplateSummary' });

export const TemplateBodySchema = z
  .looseObject({})
  .meta({ id: 'Template', description: 'A template as in packages/templates (sections, fields, …); checked by validateTemplate' });

export const TemplateParamSchema = z.object({ id: z.string() });
export const TemplateQuerySchema = z.object({ version: z.coerce.number().int().positive().optional() });

export type TemplateSummary = z.infer<typeof TemplateSummarySchema>;
