import { COMMENT_ANSWERS, COMMENT_KINDS, type CommentKind } from '@van-kien/schema';
import { z } from 'zod';
import { IdSchema } from './accounts.js';
import { TitleSchema } from './documents.js';
import { MAX_ANSWER_LENGTH, MAX_COMMENT_LENGTH, MAX_ID_LENGTH } from './limits.js';

/**
 * Comments, consultation rounds, notifications and the A7 compilation report: the data the
 * server sends and the browser reads. Times are milliseconds since the epoch.
 */

/** Ids a client chooses for threads and replies (nanoid), so that a comment written offline can be sent again safely. */
export const ClientIdSchema = z.string().regex(/^[A-Za-z0-9_-]{21}$/);
export const DocumentIdSchema = z.string().min(1).max(MAX_ID_LENGTH);

export const DocumentParamSchema = z.object({ documentId: DocumentIdSchema });
export const ThreadParamSchema = DocumentParamSchema.extend({ threadId: ClientIdSchema });
export const ReplyParamSchema = ThreadParamSchema.extend({ replyId: ClientIdSchema });
export const RoundParamSchema = DocumentParamSchema.extend({ roundId: IdSchema });

export const CommentBodySchema = z
  .string()
  .trim()
  .min(1)
  .max(MAX_COMMENT_LENGTH)
  .meta({ description: `Plain text, trimmed, 1-${MAX_COMMENT_LENGTH} characters; shown as text, never as HTML` });

export const CommentKindSchema = z.enum(COMMENT_KINDS).meta({ id: 'CommentKind', description: 'Đồng ý, Bổ sung, Sửa đổi, Khác' });
export const CommentAnswerSchema = z.enum(COMMENT_ANSWERS).meta({ id: 'CommentAnswer', description: 'Tiếp thu, Giải trình' });

export const PersonSchema = z.object({ id: z.string(), displayName: z.string() }).meta({ id: 'Person' });
export const OrganizationRefSchema = z.object({ id: z.string(), name: z.string() }).meta({ id: 'OrganizationRef' });

export const PassageAnchorSchema = z
  .object({
    sectionId: z.string().nullable(),
    start: z.string(),
    end: z.string(),
    quote: z.string(),
    prefix: z.string(),
    suffix: z.string(),
  })
  .meta({ id: 'PassageAnchor', description: 'Where a thread points (see @van-kien/schema anchors); checked with parsePassageAnchor' });

const ThreadStatusSchema = z.enum(['open', 'resolved']);

export const ReplySchema = z
  .object({
    id: z.string(),
    author: PersonSchema,
    organization: OrganizationRefSchema.nullable().meta({ description: 'The organization the author speaks for' }),
    body: z.string(),
    createdAt: z.number(),
    editedAt: z.number().nullable(),
    deleted: z.boolean().meta({ description: 'Deleted by its author while others had replied: shown as "Ý kiến đã bị xóa", body empty' }),
  })
  .meta({ id: 'Reply' });

export const ThreadSchema = ReplySchema.extend({
  documentId: z.string(),
  roundId: z
    .string()
    .nullable()
    .meta({ description: 'The round it was made in, if its author spoke for an organization the round addressed' }),
  draftNumber: z.number().nullable().meta({ description: 'n of the newest "Dự thảo lần n" when it was made: the draft it was made on' }),
  anchor: PassageAnchorSchema.nullable().meta({ description: 'Null for a comment on the whole document ("Góp ý chung")' }),
  kind: CommentKindSchema,
  status: ThreadStatusSchema,
  answer: CommentAnswerSchema.nullable(),
  answerText: z.string().nullable(),
  answeredBy: PersonSchema.nullable(),
  answeredAt: z.number().nullable(),
  replies: z.array(ReplySchema),
}).meta({ id: 'Thread' });

export const PutThreadRequestSchema = z.object({
  anchor: PassageAnchorSchema.nullable(),
  kind: CommentKindSchema,
  body: CommentBodySchema,
});
export const EditThreadRequestSchema = z
  .object({ body: CommentBodySchema.optional(), kind: CommentKindSchema.optional() })
  .refine((change) => change.body !== undefined || change.kind !== undefined, 'Không có gì để sửa');
export const ReplyRequestSchema = z.object({ body: CommentBodySchema });
export const AnswerRequestSchema = z.object({
  answer: CommentAnswerSchema,
  text: z.string().trim().max(MAX_ANSWER_LENGTH).default('').meta({ description: 'Required for giai-trinh' }),
});

const RoundStatusSchema = z.enum(['open', 'closed']);

export const RoundSchema = z
  .object({
    id: z.string(),
    documentId: z.string(),
    title: z.string(),
    deadline: z.number(),
    createdAt: z.number(),
    createdBy: PersonSchema,
    closedAt: z.number().nullable().meta({ description: 'When the owner closed it before its deadline, if they did' }),
    draftNumber: z.number().nullable().meta({
      description:
        'n of the "Dự thảo lần n" frozen when the round opened, which it asks about; null for a round opened before drafts were kept',
    }),
    status: RoundStatusSchema.meta({ description: '`closed` once the deadline passed, or its owner ended it' }),
    organizations: z
      .array(OrganizationRefSchema.extend({ comments: z.number() }))
      .meta({ description: 'The organizations addressed, each with the number of comments it made in the round' }),
  })
  .meta({ id: 'Round' });

const DocumentRefSchema = z.object({ id: z.string(), title: z.string() });

export const RoundWithDocumentSchema = RoundSchema.extend({ document: DocumentRefSchema }).meta({ id: 'RoundWithDocument' });

export const OpenRoundRequestSchema = z.object({
  title: TitleSchema,
  organizationIds: z
    .array(IdSchema)
    .min(1)
    .max(100)
    .refine((ids) => new Set(ids).size === ids.length, 'Mỗi tổ chức chỉ chọn một lần'),
  deadline: z.number().int().meta({ description: 'Epoch milliseconds, in the future' }),
});

export const NOTIFICATION_KINDS = ['comment', 'reply', 'answer', 'round'] as const;

export const NotificationSchema = z
  .object({
    id: z.string(),
    kind: z.enum(NOTIFICATION_KINDS),
    document: DocumentRefSchema,
    threadId: z.string().nullable(),
    actor: PersonSchema,
    createdAt: z.number(),
    read: z.boolean(),
  })
  .meta({ id: 'Notification' });

export const NotificationListSchema = z.object({ notifications: z.array(NotificationSchema), unread: z.number() });
export const MarkReadRequestSchema = z.object({ ids: z.array(IdSchema).min(1).max(500) });

const KindCountsSchema = z.object(Object.fromEntries(COMMENT_KINDS.map((kind) => [kind, z.number()])) as Record<CommentKind, z.ZodNumber>);

export const ReportItemSchema = z
  .object({
    threadId: z.string(),
    kind: CommentKindSchema,
    organization: OrganizationRefSchema.nullable(),
    author: PersonSchema,
    body: z.string(),
    quote: z
      .string()
      .nullable()
      .meta({ description: 'The passage verbatim as it was when commented on; null for a comment on the whole document' }),
    passageDeleted: z.boolean().meta({ description: 'The passage is no longer in the text (the comment stays with its section)' }),
    replies: z.array(ReplySchema),
    answer: CommentAnswerSchema.nullable(),
    answerText: z.string().nullable(),
    status: ThreadStatusSchema,
    draftNumber: z.number().nullable().meta({ description: 'The draft it was made on' }),
    createdAt: z.number(),
  })
  .meta({ id: 'ReportItem' });

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
    general: z.array(ReportItemSchema).meta({ description: 'Comments on the whole document, then those on passages outside any section' }),
    sections: z
      .array(z.object({ sectionId: z.string(), label: z.string(), items: z.array(ReportItemSchema) }))
      .meta({ description: 'Sections with comments, in document order, labelled with their number and title ("I. Kết quả đạt được")' }),
  })
  .meta({ id: 'FeedbackReport', description: '"Báo cáo tổng hợp ý kiến góp ý" (DOMAIN.md A7), as data' });

export type Person = z.infer<typeof PersonSchema>;
export type OrganizationRef = z.infer<typeof OrganizationRefSchema>;
export type ThreadStatus = z.infer<typeof ThreadStatusSchema>;
export type Reply = z.infer<typeof ReplySchema>;
export type Thread = z.infer<typeof ThreadSchema>;
export type RoundStatus = z.infer<typeof RoundStatusSchema>;
export type Round = z.infer<typeof RoundSchema>;
export type RoundWithDocument = z.infer<typeof RoundWithDocumentSchema>;
export type OpenRoundRequest = z.infer<typeof OpenRoundRequestSchema>;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export type Notification = z.infer<typeof NotificationSchema>;
export type NotificationList = z.infer<typeof NotificationListSchema>;
export type KindCounts = z.infer<typeof KindCountsSchema>;
export type ReportItem = z.infer<typeof ReportItemSchema>;
export type FeedbackReport = z.infer<typeof FeedbackReportSchema>;
