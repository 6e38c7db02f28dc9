import type { CommentAnswer, CommentKind, PassageAnchor } from '@van-kien/schema';
import type { NewNotification, Reply, Thread, ThreadStatus } from './model.js';

export interface NewThread {
  id: string;
  documentId: string;
  roundId: string | null;
  /** The newest draft when it was made. */
  draftNumber: number | null;
  authorId: string;
  organizationId: string | null;
  anchor: PassageAnchor | null;
  kind: CommentKind;
  body: string;
  createdAt: number;
}

export interface NewReply {
  id: string;
  threadId: string;
  authorId: string;
  organizationId: string | null;
  body: string;
  createdAt: number;
}

export interface ThreadAnswer {
  answer: CommentAnswer;
  text: string | null;
  answeredBy: string;
  answeredAt: number;
}

/**
 * Comment threads and their replies. Writes that tell someone take the notifications along, in the
 * same transaction. Methods that change a thread answer it as stored after the change, or
 * undefined when the thread is not in that document.
 */
export interface CommentStore {
  /** The document's threads, deleted ones with replies included, oldest first, each with its replies oldest first. */
  listThreads(documentId: string): Promise<Thread[]>;
  getThread(documentId: string, threadId: string): Promise<Thread | undefined>;
  /** Stores a new thread with its notifications; undefined, with nothing written, when the id is taken. */
  insertThread(thread: NewThread, notifications: readonly NewNotification[]): Promise<Thread | undefined>;
  editThread(documentId: string, threadId: string, change: { body?: string; kind?: CommentKind }, now: number): Promise<Thread | undefined>;
  /** Deletes the thread; one that others replied to keeps its place and their replies, with its body emptied. */
  deleteThread(documentId: string, threadId: string): Promise<void>;
  answerThread(
    documentId: string,
    threadId: string,
    answer: ThreadAnswer,
    notifications: readonly NewNotification[],
  ): Promise<Thread | undefined>;
  setThreadStatus(documentId: string, threadId: string, status: ThreadStatus): Promise<Thread | undefined>;
  /** Stores a new reply with its notifications; undefined, with nothing written, when the id is taken. */
  insertReply(reply: NewReply, notifications: readonly NewNotification[]): Promise<Reply | undefined>;
  editReply(threadId: string, replyId: string, body: string, now: number): Promise<Reply | undefined>;
  /** Empties the reply and marks it deleted; it keeps its place in the conversation. */
  deleteReply(threadId: string, replyId: string): Promise<void>;
}
