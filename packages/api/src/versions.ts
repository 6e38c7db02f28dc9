import { sectionNumberings, targetColumnKinds } from '@van-kien/templates';
import { z } from 'zod';
import { IdSchema } from './accounts.js';
import { PersonSchema } from './comments.js';
import { DocumentHeaderSchema } from './documents.js';
import { MAX_VERSION_NAME_LENGTH } from './limits.js';

/**
 * A document's history: the versions the server keeps of it (named drafts "Dự thảo lần n",
 * automatic ones after a pause in editing, and the two a restore takes) and whether it has been
 * adopted, and the first one of a document made from a Word file. Times are milliseconds since the epoch.
 */

export const VERSION_KINDS = ['draft', 'auto', 'before-restore', 'restore', 'import'] as const;
export type VersionKind = (typeof VERSION_KINDS)[number];

export const VersionKindSchema = z.enum(VERSION_KINDS).meta({
  id: 'VersionKind',
  description:
    'draft: a named draft ("Dự thảo lần n"); auto: taken after a pause in editing; before-restore: the text a restore replaced; restore: the text right after a restore; import: the text a document was made with from a Word file ("Nhập từ Word")',
});

export const VersionSchema = z
  .object({
    number: z.number().int().positive().meta({ description: 'Counts every version of the document, from 1' }),
    kind: VersionKindSchema,
    draftNumber: z.number().int().positive().nullable().meta({ description: 'n of "Dự thảo lần n", for a named draft' }),
    name: z.string().nullable().meta({ description: 'What its author called it, if anything' }),
    label: z.string().meta({ description: 'How it is shown, in Vietnamese: "Dự thảo lần 2", "Khôi phục từ Dự thảo lần 1"…' }),
    restoredFrom: z.number().int().positive().nullable().meta({ description: 'For before-restore and restore: the version restored' }),
    createdBy: PersonSchema.nullable().meta({ description: 'Null for automatic versions' }),
    createdAt: z.number(),
  })
  .meta({ id: 'Version' });

export const DraftingStateSchema = z
  .object({
    nextDraftNumber: z
      .number()
      .int()
      .positive()
      .meta({ description: 'n of the draft the next freeze makes; the marker says "DỰ THẢO (lần n)"' }),
    adoptedAt: z.number().nullable().meta({ description: 'When the owner marked it adopted ("Đã thông qua"); null while it is a draft' }),
    adoptedBy: PersonSchema.nullable(),
  })
  .meta({ id: 'DraftingState' });

export const VersionListSchema = z
  .object({
    versions: z.array(VersionSchema).meta({ description: 'Newest first; viewers and commenters see named drafts only' }),
    drafting: DraftingStateSchema,
  })
  .meta({ id: 'VersionList' });

export const VersionDetailSchema = VersionSchema.extend({
  content: z.record(z.string(), z.unknown()).meta({ description: 'The text as ProseMirror JSON of the shared schema' }),
  header: DocumentHeaderSchema.partial().meta({ description: 'The header fields set in the document at that version' }),
}).meta({ id: 'VersionDetail' });

export const FreezeDraftRequestSchema = z.object({
  name: z
    .string()
    .trim()
    .max(MAX_VERSION_NAME_LENGTH)
    .optional()
    .meta({ description: `A name of one's own besides "Dự thảo lần n", up to ${MAX_VERSION_NAME_LENGTH} characters` }),
});

export const VersionNumberSchema = z.coerce.number().int().positive().meta({ description: 'A version number, from 1' });

export const VersionParamSchema = z.object({ id: IdSchema, number: VersionNumberSchema });

export const CompareQuerySchema = z.object({
  from: VersionNumberSchema.meta({ description: 'The older side' }),
  to: z
    .union([z.literal('current'), VersionNumberSchema])
    .default('current')
    .meta({ description: 'A version number, or "current" for today’s text' }),
});

const ChangeKindSchema = z.enum(['inserted', 'deleted']);
const ComparedCellSchema = z.object({ before: z.string(), after: z.string() });
const ComparedRunSchema = z.object({
  text: z.string(),
  lineBreak: z.boolean(),
  bold: z.boolean(),
  italic: z.boolean(),
  underline: z.boolean(),
  strike: z.boolean(),
  code: z.boolean(),
  change: ChangeKindSchema.optional(),
});
const ComparedBlockSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('paragraph'),
    variant: z.enum(['text', 'heading', 'quote', 'code']),
    marker: z.string(),
    indentLevel: z.number(),
    runs: z.array(ComparedRunSchema),
  }),
  z.object({
    kind: z.literal('targets'),
    tableId: z.string(),
    change: ChangeKindSchema.optional(),
    columns: z.array(z.object({ label: z.string(), kind: z.enum(targetColumnKinds) })),
    rows: z.array(z.object({ rowId: z.string(), change: ChangeKindSchema.optional(), cells: z.array(ComparedCellSchema) })),
    count: ComparedCellSchema,
  }),
  z.object({ kind: z.literal('rule'), change: ChangeKindSchema.optional() }),
]);

export const DocumentComparisonSchema = z
  .object({
    sections: z.array(
      z.object({
        sectionId: z.string().nullable().meta({ description: 'Null for the text outside any section' }),
        numbering: z.enum(sectionNumberings),
        label: z.string(),
        title: z.string(),
        level: z.number(),
        change: ChangeKindSchema.optional().meta({ description: 'The whole section is in only one of the two versions' }),
        changed: z.boolean(),
        attributeChanges: z.array(
          z.object({ field: z.enum(['title', 'status', 'assignee']), before: z.string().nullable(), after: z.string().nullable() }),
        ),
        blocks: z.array(ComparedBlockSchema).meta({ description: 'The section’s own text, deleted runs kept in place' }),
      }),
    ),
    summary: z.object({ changedSections: z.number(), insertedWords: z.number(), deletedWords: z.number(), changedCells: z.number() }),
  })
  .meta({ id: 'DocumentComparison', description: 'Two versions compared section by section (see compareDocuments in @van-kien/schema)' });

export const ComparisonSchema = z
  .object({
    older: VersionSchema,
    newer: VersionSchema.nullable().meta({ description: 'Null when compared with today’s text' }),
    comparison: DocumentComparisonSchema,
  })
  .meta({ id: 'Comparison' });

export type Comparison = z.infer<typeof ComparisonSchema>;
export type Version = z.infer<typeof VersionSchema>;
export type DraftingState = z.infer<typeof DraftingStateSchema>;
export type VersionList = z.infer<typeof VersionListSchema>;
export type VersionDetail = z.infer<typeof VersionDetailSchema>;
export type FreezeDraftRequest = z.infer<typeof FreezeDraftRequestSchema>;
