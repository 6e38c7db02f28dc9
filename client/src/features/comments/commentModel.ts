import type { CommentAnswer, CommentKind, PassageAnchor } from '@van-kien/schema';

/** Kinds and answers, with their Vietnamese names, are shared with the server (`@van-kien/schema`). */
export type { CommentAnswer, CommentKind };

export type ThreadStatus = 'open' | 'resolved';

export interface Person {
  id: string;
  displayName: string;
}

export interface OrganizationRef {
  id: string;
  name: string;
}

/** A reply to a thread, as the API returns it; times are milliseconds since the epoch. */
export interface Reply {
  id: string;
  author: Person;
  /** The organization the author speaks for; null when none applies. */
  organization: OrganizationRef | null;
  body: string;
  createdAt: number;
  editedAt: number | null;
  /** Deleted by its author while others had replied: the body is gone, the place stays. */
  deleted: boolean;
}

/** A comment and its replies (GET /api/documents/:id/comments). */
export interface Thread extends Reply {
  documentId: string;
  roundId: string | null;
  /** The passage it is about; null for a comment on the whole document ("Góp ý chung"). */
  anchor: PassageAnchor | null;
  kind: CommentKind;
  status: ThreadStatus;
  answer: CommentAnswer | null;
  answerText: string | null;
  answeredBy: Person | null;
  answeredAt: number | null;
  replies: Reply[];
}

/** The longest body the server accepts, in characters, after trimming. */
export const MAX_COMMENT_LENGTH = 4000;
