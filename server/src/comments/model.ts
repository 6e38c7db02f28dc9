import type { CommentAnswer, CommentKind, PassageAnchor } from '@van-kien/schema';

/** Someone named in a comment, a round or a notification. */
export interface Person {
  id: string;
  displayName: string;
}

export interface OrganizationRef {
  id: string;
  name: string;
}

export type ThreadStatus = 'open' | 'resolved';

/** An answer in a thread. A deleted one keeps its place with an empty body. */
export interface Reply {
  id: string;
  author: Person;
  /** The organization the author speaks for (see `DocumentAccess.organizationId`). */
  organization: OrganizationRef | null;
  body: string;
  createdAt: number;
  editedAt: number | null;
  deleted: boolean;
}

/** A comment on a passage (or, without anchor, on the whole document) and the answers to it. */
export interface Thread extends Reply {
  documentId: string;
  /** The consultation round it was made in, if its author spoke for an organization the round addressed. */
  roundId: string | null;
  anchor: PassageAnchor | null;
  kind: CommentKind;
  status: ThreadStatus;
  answer: CommentAnswer | null;
  answerText: string | null;
  answeredBy: Person | null;
  answeredAt: number | null;
  replies: Reply[];
}

export type RoundStatus = 'open' | 'closed';

/** A consultation round ("Gửi lấy ý kiến"): organizations asked to comment on a document until a deadline. */
export interface Round {
  id: string;
  documentId: string;
  title: string;
  deadline: number;
  createdAt: number;
  createdBy: Person;
  /** When the owner closed it before its deadline, if they did. */
  closedAt: number | null;
  status: RoundStatus;
  /** The organizations addressed, each with the number of comments it made in the round. */
  organizations: (OrganizationRef & { comments: number })[];
}

export type NotificationKind = 'comment' | 'reply' | 'answer' | 'round';

export interface Notification {
  id: string;
  kind: NotificationKind;
  document: { id: string; title: string };
  threadId: string | null;
  actor: Person;
  createdAt: number;
  read: boolean;
}

/** A notification to store, written in the same transaction as the change it tells of. */
export interface NewNotification {
  id: string;
  userId: string;
  kind: NotificationKind;
  documentId: string;
  threadId: string | null;
  actorId: string;
  createdAt: number;
}
