import { DOCUMENT_HEADER_TEXT_FIELDS, type DocumentHeaderTextField } from '@van-kien/schema';
import { z } from 'zod';
import { DocumentRoleSchema, IdSchema } from './accounts.js';
import { MAX_TEMPLATE_FIELD_LENGTH, MAX_TITLE_LENGTH } from './limits.js';

/** Documents, their sharing and their workflow record. Times are milliseconds since the epoch. */

export const TitleSchema = z.string().trim().min(1).max(MAX_TITLE_LENGTH);

export const DocumentSummarySchema = z
  .object({
    sectionsWithContent: z.number().meta({ description: 'Sections whose own body has text or a filled chỉ tiêu table' }),
    sections: z.number(),
    statuses: z
      .record(z.string(), z.number())
      .meta({ description: 'Sections per workflow status (chua-viet, dang-soan, …); absent ones count 0' }),
  })
  .meta({ id: 'DocumentSummary', description: 'Progress of a template document as of its last committed change' });

/** A document as stored: what every list shows of it. */
export const DocumentRecordSchema = z.object({
  id: z.string(),
  title: z.string(),
  createdAt: z.number(),
  updatedAt: z.number().meta({ description: 'Last committed change to the content, or rename' }),
  organizationId: z
    .string()
    .nullable()
    .meta({ description: 'The organization it belongs to (a chi bộ, the Đảng ủy…); null for a personal document' }),
  createdBy: z.string().nullable(),
  templateId: z.string().nullable().meta({ description: 'The template it was laid out from; null for a document begun empty' }),
  templateVersion: z.number().nullable(),
  summary: DocumentSummarySchema.nullable(),
});

/** A document as the API answers it: with what the signed-in person may do with it. */
export const DocumentSchema = DocumentRecordSchema.extend({
  role: DocumentRoleSchema.meta({ description: 'What the signed-in user may do with it' }),
}).meta({ id: 'Document' });

/**
 * An id the browser chose for a document it made offline: longer than the server's own (16), so
 * the two never meet, and random enough (about 108 bits) that no two browsers choose the same.
 */
export const CLIENT_DOCUMENT_ID_PATTERN = /^[0-9a-z]{21}$/;

export const CreateDocumentRequestSchema = z.object({
  id: z
    .string()
    .regex(CLIENT_DOCUMENT_ID_PATTERN)
    .optional()
    .meta({ description: 'Chosen by the client (offline creation); its content then arrives through sync' }),
  title: TitleSchema.optional().meta({
    description: 'Required without a template; from a template, defaults to its title filled with `fields`',
  }),
  organizationId: IdSchema.optional(),
  templateId: IdSchema.optional(),
  templateVersion: z.number().int().positive().optional(),
  fields: z.record(z.string(), z.string().max(MAX_TEMPLATE_FIELD_LENGTH)).optional(),
});

/**
 * The header a browser's file upload sends with its session cookie: a multipart body is not JSON,
 * and a custom header is what a cross-site form cannot send without a preflight (CSRF).
 */
export const UPLOAD_HEADER = 'x-van-kien-upload';

/** "Nhập từ Word": a multipart form with the .docx in `file`. */
export const ImportRequestSchema = z.object({
  file: z
    .instanceof(File)
    .meta({ type: 'string', format: 'binary', description: 'The Word file (.docx), at most 20 MB' }) as z.ZodType<File>,
  templateId: IdSchema.optional().meta({
    description: 'Lay the document out by this template: headings that match its sections fill them',
  }),
  organizationId: IdSchema.optional(),
});

export const ImportNoteSchema = z
  .object({
    kind: z.enum(['image', 'table', 'other']),
    count: z.number().int().positive(),
    message: z.string().meta({ description: 'In Vietnamese, to show as it is: what was dropped or changed' }),
  })
  .meta({ id: 'ImportNote' });

export const ImportedPassageSchema = z
  .object({
    heading: z.string().nullable().meta({ description: 'The Word heading it came under; null for text before the first heading' }),
    text: z.string(),
  })
  .meta({ id: 'ImportedPassage' });

export const ImportReportSchema = z
  .object({
    document: DocumentSchema,
    dropped: z.array(ImportNoteSchema).meta({ description: 'What the document cannot hold and left out, or kept in another form' }),
    unplaced: z.array(ImportedPassageSchema).meta({
      description: 'With a template: passages that fit none of its sections, not put in the document',
    }),
  })
  .meta({ id: 'ImportReport' });

export const RenameDocumentRequestSchema = z.object({ title: TitleSchema });

export const PrincipalTypeSchema = z.enum(['user', 'organization']);

export const GrantSchema = z
  .object({ principalType: PrincipalTypeSchema, principalId: IdSchema, role: DocumentRoleSchema })
  .meta({ id: 'Grant' });

export const GrantEntrySchema = GrantSchema.extend({ grantedAt: z.number(), grantedBy: z.string().nullable() }).meta({ id: 'GrantEntry' });

export const GrantParamSchema = z.object({ id: IdSchema, principalType: PrincipalTypeSchema, principalId: IdSchema });

export const SectionEventSchema = z
  .object({
    sectionId: z.string(),
    field: z.enum(['assignee', 'status']),
    value: z.string().nullable(),
    actorId: z.string().nullable(),
    at: z.number(),
  })
  .meta({ id: 'SectionEvent' });

export const SectionEventsQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(1000).default(200) });

export const DocumentHeaderSchema = z
  .object({
    ...(Object.fromEntries(DOCUMENT_HEADER_TEXT_FIELDS.map((field) => [field, z.string()])) as Record<
      DocumentHeaderTextField,
      z.ZodString
    >),
    recipients: z.array(z.string()),
  })
  .meta({ id: 'DocumentHeader', description: 'What a Party document prints around its text (DOMAIN.md §B)' });

export type DocumentSummary = z.infer<typeof DocumentSummarySchema>;
export type DocumentRecord = z.infer<typeof DocumentRecordSchema>;
export type ApiDocument = z.infer<typeof DocumentSchema>;
export type CreateDocumentRequest = z.infer<typeof CreateDocumentRequestSchema>;
export type ImportNote = z.infer<typeof ImportNoteSchema>;
export type ImportReport = z.infer<typeof ImportReportSchema>;
export type Grant = z.infer<typeof GrantSchema>;
export type GrantEntry = z.infer<typeof GrantEntrySchema>;
export type PrincipalType = z.infer<typeof PrincipalTypeSchema>;
export type SectionEvent = z.infer<typeof SectionEventSchema>;
