import type { PassageAnchor } from '@van-kien/schema';
import type { CommentKind, Thread } from '../../../domain/comments/commentModel.js';

/**
 * A change to comments written on this device and not yet stored by the server. Each carries the
 * ids the client chose, so that sending it again after a lost answer stores it once (the server's
 * PUT is idempotent for the same author and content).
 */
export type OutboxEntry = NewThread | NewReply | ThreadEdit | ReplyEdit;

interface EntryBase {
  /** Unique per target and kind of change: a later change of the same target replaces it. */
  key: string;
  documentId: string;
  threadId: string;
  /** When it was written (ms since the epoch): entries go out in this order. */
  queuedAt: number;
  /** The server's refusal, in Vietnamese; a refused entry waits for the person to retry or discard it. */
  refusal: string | null;
}

export interface NewThread extends EntryBase {
  type: 'thread';
  anchor: PassageAnchor | null;
  kind: CommentKind;
  body: string;
}

export interface NewReply extends EntryBase {
  type: 'reply';
  replyId: string;
  body: string;
}

export interface ThreadEdit extends EntryBase {
  type: 'thread-edit';
  kind: CommentKind;
  body: string;
}

export interface ReplyEdit extends EntryBase {
  type: 'reply-edit';
  replyId: string;
  body: string;
}

/** A change as the UI asks for it; the outbox fills in the bookkeeping. */
export type OutboxChange =
  | Omit<NewThread, 'key' | 'queuedAt' | 'refusal'>
  | Omit<NewReply, 'key' | 'queuedAt' | 'refusal'>
  | Omit<ThreadEdit, 'key' | 'queuedAt' | 'refusal'>
  | Omit<ReplyEdit, 'key' | 'queuedAt' | 'refusal'>;

/** The key of an entry of `type` about a thread, or about one of its replies. */
export function entryKey(type: OutboxEntry['type'], documentId: string, threadId: string, replyId?: string): string {
  return replyId === undefined ? `${type}:${documentId}/${threadId}` : `${type}:${documentId}/${threadId}/${replyId}`;
}

/** The key of the entry `change` makes. */
function keyOf(change: OutboxChange): string {
  return entryKey(change.type, change.documentId, change.threadId, 'replyId' in change ? change.replyId : undefined);
}

/** The entry whose creation an edit of the same target is folded into, if it is still queued. */
function creationKeyOf(change: OutboxChange): string | undefined {
  if (change.type === 'thread-edit') return entryKey('thread', change.documentId, change.threadId);
  if (change.type === 'reply-edit') return entryKey('reply', change.documentId, change.threadId, change.replyId);
  return undefined;
}

/**
 * The queue after `change`, written at `now`. An edit of a comment that has not gone out yet
 * rewrites the comment itself (one request, and no edit of something the server never saw); a
 * newer edit replaces an older one of the same comment. Either way a refusal is forgotten: the
 * person changed what they send, so it is tried again.
 */
export function withChange(entries: readonly OutboxEntry[], change: OutboxChange, now: number): OutboxEntry[] {
  const creationKey = creationKeyOf(change);
  const creation = creationKey === undefined ? undefined : entries.find((entry) => entry.key === creationKey);
  if (creation && (creation.type === 'thread' || creation.type === 'reply')) {
    const rewritten = { ...creation, body: change.body, refusal: null, ...(change.type === 'thread-edit' ? { kind: change.kind } : {}) };
    return entries.map((entry) => (entry === creation ? rewritten : entry));
  }
  const key = keyOf(change);
  const previous = entries.find((entry) => entry.key === key);
  const entry = { ...change, key, queuedAt: previous?.queuedAt ?? now, refusal: null } as OutboxEntry;
  return previous ? entries.map((e) => (e === previous ? entry : e)) : [...entries, entry];
}

/**
 * The entries that may go out now, in the order they were written: not refused, and no reply
 * whose thread is still queued, which must be stored first (the server would not find it).
 * Edits never wait: one of something still queued was folded into it by `withChange`.
 */
export function deliverable(entries: readonly OutboxEntry[]): OutboxEntry[] {
  const queued = new Set(entries.map((entry) => entry.key));
  return entries
    .filter(
      (entry) => entry.refusal === null && !(entry.type === 'reply' && queued.has(entryKey('thread', entry.documentId, entry.threadId))),
    )
    .sort((a, b) => a.queuedAt - b.queuedAt);
}

/** What to do with an entry after the server answered it with an error of `status` (0: no answer). */
export type FailureOutcome = 'try-later' | 'refused' | 'conflict';

/**
 * No answer, a server in trouble or a lost session mean the entry stays for a later attempt; a
 * 409 means the id is taken, which for our own earlier attempt is not a refusal (see the outbox);
 * any other 4xx is the server saying no, which the person must see.
 */
export function failureOutcome(status: number): FailureOutcome {
  if (status === 0 || status === 401 || status === 408 || status === 429 || status >= 500) return 'try-later';
  if (status === 409) return 'conflict';
  return 'refused';
}

/** The entries of one document. */
export function entriesOf(entries: readonly OutboxEntry[], documentId: string): OutboxEntry[] {
  return entries.filter((entry) => entry.documentId === documentId);
}

/**
 * What becomes of an entry the server answered 409 for (its id is taken), given the threads it
 * has now. When the thread or reply is our own, an earlier attempt was stored and its answer lost,
 * and the person changed the text since: the entry becomes an edit of it. Anything else is a
 * refusal with the server's `message`.
 */
export function afterConflict(entry: OutboxEntry, stored: readonly Thread[], myId: string, message: string): OutboxEntry {
  const thread = stored.find((candidate) => candidate.id === entry.threadId);
  if (entry.type === 'thread' && thread?.author.id === myId) {
    return {
      type: 'thread-edit',
      key: entryKey('thread-edit', entry.documentId, entry.threadId),
      documentId: entry.documentId,
      threadId: entry.threadId,
      kind: entry.kind,
      body: entry.body,
      queuedAt: entry.queuedAt,
      refusal: null,
    };
  }
  const reply = entry.type === 'reply' ? thread?.replies.find((candidate) => candidate.id === entry.replyId) : undefined;
  if (entry.type === 'reply' && reply?.author.id === myId) {
    const key = entryKey('reply-edit', entry.documentId, entry.threadId, entry.replyId);
    return {
      type: 'reply-edit',
      key,
      documentId: entry.documentId,
      threadId: entry.threadId,
      replyId: entry.replyId,
      body: entry.body,
      queuedAt: entry.queuedAt,
      refusal: null,
    };
  }
  return { ...entry, refusal: message };
}

/** What to write to go from `before` to `after`: the entries that are new or changed, and the keys gone. */
export function outboxDiff(before: readonly OutboxEntry[], after: readonly OutboxEntry[]): { put: OutboxEntry[]; removed: string[] } {
  const previous = new Map(before.map((entry) => [entry.key, entry]));
  const remaining = new Set(after.map((entry) => entry.key));
  return {
    put: after.filter((entry) => previous.get(entry.key) !== entry),
    removed: before.filter((entry) => !remaining.has(entry.key)).map((entry) => entry.key),
  };
}
