import type { PassageAnchor } from './anchors/passageAnchor.js';
import type { CommentAnswer, CommentKind } from './commentKinds.js';

/*
 * The data the comments API exchanges (threads, rounds, notifications, the A7 report), one
 * declaration for the server that sends it and the browser that reads it. Times are milliseconds
 * since the epoch.
 */

/** The longest comment body, in characters after trimming. */
export const MAX_COMMENT_LENGTH = 4000;

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

/** An answer in a thread. One deleted while others had replied keeps its place with an empty body. */
export interface Reply {
  id: string;
  author: Person;
  /** The organization the author speaks for; null when none applies. */
  organization: OrganizationRef | null;
  body: string;
  createdAt: number;
  editedAt: number | null;
  deleted: boolean;
}

/** A comment on a passage (or, without anchor, on the whole document: "Góp ý chung") and the answers to it. */
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
  /** `closed` once the deadline passed, or its owner ended it. */
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

/** One comment in the A7 report: quoted with the passage it concerns, with its answer. */
export interface ReportItem {
  threadId: string;
  kind: CommentKind;
  organization: OrganizationRef | null;
  author: Person;
  body: string;
  /** The passage verbatim as it was when commented on; null for a comment on the whole document. */
  quote: string | null;
  /** The passage is no longer in the text (the comment stays with its section). */
  passageDeleted: boolean;
  replies: Reply[];
  answer: CommentAnswer | null;
  answerText: string | null;
  status: ThreadStatus;
  createdAt: number;
}

export type KindCounts = Record<CommentKind, number>;

/** "Báo cáo tổng hợp ý kiến góp ý" (DOMAIN.md A7), as data. */
export interface FeedbackReport {
  document: { id: string; title: string; organization: OrganizationRef | null };
  generatedAt: number;
  rounds: Round[];
  totals: {
    threads: number;
    byKind: KindCounts;
    byOrganization: { organization: OrganizationRef | null; total: number; byKind: KindCounts }[];
    answered: Record<CommentAnswer, number> & { unanswered: number };
  };
  /** Comments on the whole document, then those on passages outside any section. */
  general: ReportItem[];
  /** Sections with comments, in document order, labelled with their computed number and title ("I. Kết quả đạt được"). */
  sections: { sectionId: string; label: string; items: ReportItem[] }[];
}
