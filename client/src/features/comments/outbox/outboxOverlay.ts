import type { Person, Reply, Thread } from '../../../domain/comments/commentModel.js';
import type { OutboxEntry } from './outboxEntries.js';

/** Where a comment shown on this device stands with the server; null once it is stored as shown. */
export type Delivery = { state: 'pending'; key: string } | { state: 'refused'; key: string; message: string };

export interface ShownReply extends Reply {
  delivery: Delivery | null;
}

/** A thread as the page shows it: the server's, with what this device has not delivered yet. */
export interface ShownThread extends Omit<Thread, 'replies'> {
  delivery: Delivery | null;
  replies: ShownReply[];
}

export interface Overlay {
  threads: ShownThread[];
  /** Edits and replies whose comment the server no longer has: shown apart, so they are never lost from view. */
  unplaced: OutboxEntry[];
}

/** Where an undelivered entry stands: waiting to be sent, or refused with the server's message. */
export const deliveryOf = (entry: OutboxEntry): Delivery =>
  entry.refusal === null ? { state: 'pending', key: entry.key } : { state: 'refused', key: entry.key, message: entry.refusal };

/**
 * The server's threads with this device's undelivered changes laid over them, in their order of
 * writing: a new thread or reply as the person wrote it (as `me`, the organization known only once
 * stored), an edit as its new text; each marked with its delivery. A new thread the server already
 * has (its answer was lost) shows the stored one with the local text.
 */
export function overlayOutbox(threads: readonly Thread[], entries: readonly OutboxEntry[], me: Person): Overlay {
  const shown = new Map<string, ShownThread>(
    threads.map((thread) => [
      thread.id,
      { ...thread, delivery: null, replies: thread.replies.map((reply) => ({ ...reply, delivery: null })) },
    ]),
  );
  const unplaced: OutboxEntry[] = [];
  for (const entry of [...entries].sort((a, b) => a.queuedAt - b.queuedAt)) {
    const thread = shown.get(entry.threadId);
    const delivery = deliveryOf(entry);
    switch (entry.type) {
      case 'thread':
        shown.set(entry.threadId, thread ? { ...thread, kind: entry.kind, body: entry.body, delivery } : newThread(entry, me, delivery));
        break;
      case 'thread-edit':
        if (thread) shown.set(thread.id, { ...thread, kind: entry.kind, body: entry.body, editedAt: entry.queuedAt, delivery });
        else unplaced.push(entry);
        break;
      case 'reply':
      case 'reply-edit': {
        if (!thread) {
          unplaced.push(entry);
          break;
        }
        const existing = thread.replies.find((reply) => reply.id === entry.replyId);
        if (entry.type === 'reply-edit' && !existing) {
          unplaced.push(entry);
          break;
        }
        const reply: ShownReply = existing
          ? { ...existing, body: entry.body, editedAt: entry.type === 'reply-edit' ? entry.queuedAt : existing.editedAt, delivery }
          : {
              id: entry.replyId,
              author: me,
              organization: null,
              body: entry.body,
              createdAt: entry.queuedAt,
              editedAt: null,
              deleted: false,
              delivery,
            };
        const replies = existing ? thread.replies.map((r) => (r === existing ? reply : r)) : [...thread.replies, reply];
        shown.set(thread.id, { ...thread, replies });
        break;
      }
    }
  }
  return { threads: [...shown.values()], unplaced };
}

function newThread(entry: Extract<OutboxEntry, { type: 'thread' }>, me: Person, delivery: Delivery): ShownThread {
  return {
    id: entry.threadId,
    documentId: entry.documentId,
    roundId: null,
    draftNumber: null,
    anchor: entry.anchor,
    kind: entry.kind,
    author: me,
    organization: null,
    body: entry.body,
    createdAt: entry.queuedAt,
    editedAt: null,
    deleted: false,
    status: 'open',
    answer: null,
    answerText: null,
    answeredBy: null,
    answeredAt: null,
    replies: [],
    delivery,
  };
}
