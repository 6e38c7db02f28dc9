import type { PassageAnchor } from '@van-kien/schema';
import { useMemo } from 'react';
import type { CommentAnswer, CommentKind } from '../../domain/comments/commentModel.js';
import { answerThread, deleteReply, deleteThread, reopenThread, resolveThread } from './commentsApi.js';
import { newCommentId } from './newCommentId.js';
import type { CommentOutbox } from './outbox/CommentOutbox.js';
import type { CommentThreads } from './useCommentThreads.js';

/** What the comments UI can do; each rejects with an `ApiError` the caller shows. */
export interface ThreadActions {
  /** A new thread (kept on this device first, then sent); resolves with its id once kept. */
  create(anchor: PassageAnchor | null, kind: CommentKind, body: string): Promise<string>;
  edit(threadId: string, kind: CommentKind, body: string): Promise<void>;
  /** Deletes one's own thread: what this device has not sent is forgotten, the rest deleted on the server. */
  remove(threadId: string): Promise<void>;
  reply(threadId: string, body: string): Promise<void>;
  editReply(threadId: string, replyId: string, body: string): Promise<void>;
  removeReply(threadId: string, replyId: string): Promise<void>;
  answer(threadId: string, answer: CommentAnswer, text: string): Promise<void>;
  resolve(threadId: string): Promise<void>;
  reopen(threadId: string): Promise<void>;
  /** Sends a refused change again. */
  retry(key: string): Promise<void>;
  /** Gives up refused or unsent changes for good. */
  discard(keys: readonly string[]): Promise<void>;
}

/**
 * The actions on the comments of `documentId`. Writing (new threads, replies, edits) goes through
 * the outbox, so it works offline; deleting and the authors' answers need the server at once and
 * say so when it cannot be reached.
 */
export function useThreadActions(
  documentId: string,
  outbox: CommentOutbox,
  { threads, applyThread, refresh }: CommentThreads,
): ThreadActions {
  return useMemo(() => {
    const unsent = (threadId: string, replyId?: string) =>
      outbox
        .getEntries()
        .filter(
          (entry) =>
            entry.documentId === documentId &&
            entry.threadId === threadId &&
            (replyId === undefined || ('replyId' in entry && entry.replyId === replyId)),
        )
        .map((entry) => entry.key);
    const stored = (threadId: string) => threads?.find((thread) => thread.id === threadId);

    return {
      async create(anchor, kind, body) {
        const threadId = newCommentId();
        await outbox.queue({ type: 'thread', documentId, threadId, anchor, kind, body });
        return threadId;
      },
      edit: (threadId, kind, body) => outbox.queue({ type: 'thread-edit', documentId, threadId, kind, body }),
      async remove(threadId) {
        await outbox.discard(unsent(threadId));
        if (stored(threadId)) {
          await deleteThread(documentId, threadId);
          refresh();
        }
      },
      reply: (threadId, body) => outbox.queue({ type: 'reply', documentId, threadId, replyId: newCommentId(), body }),
      editReply: (threadId, replyId, body) => outbox.queue({ type: 'reply-edit', documentId, threadId, replyId, body }),
      async removeReply(threadId, replyId) {
        await outbox.discard(unsent(threadId, replyId));
        if (stored(threadId)?.replies.some((reply) => reply.id === replyId)) {
          await deleteReply(documentId, threadId, replyId);
          refresh();
        }
      },
      answer: async (threadId, answer, text) => applyThread(await answerThread(documentId, threadId, answer, text)),
      resolve: async (threadId) => applyThread(await resolveThread(documentId, threadId)),
      reopen: async (threadId) => applyThread(await reopenThread(documentId, threadId)),
      retry: (key) => outbox.retry(key),
      discard: (keys) => outbox.discard(keys),
    };
  }, [documentId, outbox, threads, applyThread, refresh]);
}
