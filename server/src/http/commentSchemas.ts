import { z } from '@hono/zod-openapi';
import { COMMENT_ANSWERS, COMMENT_KINDS, MAX_COMMENT_LENGTH } from '@van-kien/schema';

/** The schemas of the comments, rounds, notifications and report API (see the comments contract). */

/** Ids a client chooses for threads and replies (nanoid), so that a comment written offline can be sent again safely. */
export const ClientIdSchema = z.string().regex(/^[A-Za-z0-9_-]{21}$/, 'phải là 21 ký tự A-Z, a-z, 0-9, _ hoặc -');

export const DocumentIdSchema = z.string().min(1).max(100);

export const CommentBodySchema = z
  .string()
  .trim()
  .min(1, 'Nội dung ý kiến không được để trống')
  .max(MAX_COMMENT_LENGTH, `Nội dung ý kiến dài quá ${MAX_COMMENT_LENGTH} ký tự`)
  .openapi({ description: `Plain text, trimmed, 1-${MAX_COMMENT_LENGTH} characters; shown as text, never as HTML` });

export const CommentKindSchema = z.enum(COMMENT_KINDS).openapi('CommentKind', { description: 'Đồng ý, Bổ sung, Sửa đổi, Khác' });
export const CommentAnswerSchema = z.enum(COMMENT_ANSWERS).openapi('CommentAnswer', { description: 'Tiếp thu, Giải trình' });

const PersonSchema = z.object({ id: z.string(), displayName: z.string() }).openapi('Person');
const OrganizationRefSchema = z.object({ id: z.string(), name: z.string() }).openapi('OrganizationRef');

export const PassageAnchorSchema = z
  .object({
    sectionId: z.string().nullable(),
    start: z.string(),
    end: z.string(),
    quote: z.string(),
    prefix: z.string(),
    suffix: z.string(),
  })
  .openapi('PassageAnchor', { description: 'Where a thread points (see @van-kien/schema anchors); checked with parsePassageAnchor' });

export const ReplySchema = z
  .object({
    id: z.string(),
    author: PersonSchema,
    organization: OrganizationRefSchema.nullable().openapi({ description: 'The organization the author speaks for' }),
    body: z.string(),
    createdAt: z.number(),
    editedAt: z.number().nullable(),
    deleted: z.boolean().openapi({ description: 'Deleted by its author: shown as "Ý kiến đã bị xóa", body empty' }),
  })
  .openapi('Reply');

export const ThreadSchema = ReplySchema.extend({
  documentId: z.string(),
  roundId: z.string().nullable(),
  anchor: PassageAnchorSchema.nullable(),
  kind: CommentKindSchema,
  status: z.enum(['open', 'resolved']),
  answer: CommentAnswerSchema.nullable(),
  answerText: z.string().nullable(),
  answeredBy: PersonSchema.nullable(),
  answeredAt: z.number().nullable(),
  replies: z.array(ReplySchema),
}).openapi('Thread');

export const RoundSchema = z
  .object({
    id: z.string(),
    documentId: z.string(),
    title: z.string(),
    deadline: z.number(),
    createdAt: z.number(),
    createdBy: PersonSchema,
    closedAt: z.number().nullable(),
    status: z.enum(['open', 'closed']),
    organizations: z.array(OrganizationRefSchema.extend({ comments: z.number() })),
  })
  .openapi('Round');

const DocumentRefSchema = z.object({ id: z.string(), title: z.string() });

export const RoundWithDocumentSchema = RoundSchema.extend({ document: DocumentRefSchema }).openapi('RoundWithDocument');

export const NotificationSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['comment', 'reply', 'answer', 'round']),
    document: DocumentRefSchema,
    threadId: z.string().nullable(),
    actor: PersonSchema,
    createdAt: z.number(),
    read: z.boolean(),
  })
  .openapi('Notification');

const KindCountsSchema = z.object(
  Object.fromEntries(COMMENT_KINDS.map((k) => [k, z.number()])) as Record<(typeof COMMENT_KINDS)[number], z.ZodNumber>,
);

const ReportItemSchema = z
  .object({
    threadId: z.string(),
    kind: CommentKindSchema,
    organization: OrganizationRefSchema.nullable(),
    author: PersonSchema,
    body: z.string(),
    quote: z.string().nullable(),
    passageDeleted: z.boolean(),
    replies: z.array(ReplySchema),
    answer: CommentAnswerSchema.nullable(),
    answerText: z.string().nullable(),
    status: z.enum(['open', 'resolved']),
    createdAt: z.number(),
  })
  .openapi('ReportItem');

export const FeedbackReportSchema = z
  .object({
    document: DocumentRefSchema.extend({ organization: OrganizationRefSchema.nullable() }),
    generatedAt: z.number(),
    rounds: z.array(RoundSchema),
    totals: z.object({
      threads: z.number(),
      byKind: KindCountsSchema,
      byOrganization: z.array(z.object({ organization: OrganizationRefSchema.nullable(), total: z.number(), byKind: KindCountsSchema })),
      answered: z.object({ 'tiep-thu': z.number(), 'giai-trinh': z.number(), unanswered: z.number() }),
    }),
    general: z.array(ReportItemSchema),
    sections: z.array(z.object({ sectionId: z.string(), label: z.string(), items: z.array(ReportItemSchema) })),
  })
  .openapi('FeedbackReport');
