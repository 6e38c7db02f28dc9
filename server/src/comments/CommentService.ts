import { AnchorError, type CommentAnswer, type CommentKind, type PassageAnchor, parsePassageAnchor, resolveAnchor } from '@van-kien/schema';
import type * as Y from 'yjs';
import { roleAtLeast, type User } from '../accounts/model.js';
import type { AccessService } from '../auth/AccessService.js';
import { type Caller, callerOn, requireCommenting, requireRole } from '../documents/documentGuard.js';
import { Refusal } from '../errors/Refusal.js';
import type { CommentStore, NewReply, NewThread } from './CommentStore.js';
import type { Reply, Thread } from './model.js';
import { type NotificationEvent, notificationsTo } from './notificationsTo.js';

export interface CommentServiceOptions {
  comments: CommentStore;
  access: AccessService;
  /** A copy of the document's current content, to check that a commented passage is in it. */
  readDocument: (documentId: string) => Promise<Y.Doc>;
  /** The newest draft's number (a comment records the draft it was made on); null before the first. */
  currentDraftNumber: (documentId: string) => Promise<number | null>;
  /** Told after anything about a document's comments changed (to tell its open connections). */
  onChange: (documentId: string) => void;
  newId: () => string;
  now?: () => number;
}

export interface ThreadContent {
  /** As sent: checked with `parsePassageAnchor`; null for a comment on the whole document. */
  anchor: unknown;
  kind: CommentKind;
  body: string;
}

/** What a put with a client-chosen id did: `created` is false for a retry that found its item already stored. */
export interface PutResult<T> {
  created: boolean;
  item: T;
}

const DRAFTERS_ONLY = 'Chỉ người soạn thảo văn bản (biên tập viên, chủ văn bản) mới trả lời hoặc xử lý ý kiến';

/**
 * The rules of comments: who may write, edit, delete, answer, resolve and reopen what; every
 * refusal is a `Refusal` and changes nothing. Ids are chosen by clients so that a comment written
 * offline can be sent again: a retry with the same author and content answers the stored item.
 */
export class CommentService {
  private readonly now: () => number;

  constructor(private readonly options: CommentServiceOptions) {
    this.now = options.now ?? Date.now;
  }

  async listThreads(user: User, documentId: string): Promise<Thread[]> {
    await callerOn(this.options.access, user, documentId);
    return this.options.comments.listThreads(documentId);
  }

  async putThread(user: User, documentId: string, threadId: string, content: ThreadContent): Promise<PutResult<Thread>> {
    const { comments } = this.options;
    const caller = await callerOn(this.options.access, user, documentId);
    const thread: NewThread = {
      id: threadId,
      documentId,
      roundId: caller.access.roundId,
      draftNumber: await this.options.currentDraftNumber(documentId),
      authorId: user.id,
      organizationId: caller.access.organizationId,
      anchor: parseAnchor(content.anchor),
      kind: content.kind,
      body: content.body,
      createdAt: this.now(),
    };
    const retried = await this.retriedThread(thread);
    if (retried) return { created: false, item: retried };
    requireCommenting(caller);
    if (thread.anchor) await this.requirePassageInDocument(documentId, thread.anchor);
    const people = await this.options.access.usersWithAccess(caller.document);
    const drafters = people.filter((p) => roleAtLeast(p.role, 'editor')).map((p) => p.user.id);
    const created = await comments.insertThread(
      thread,
      this.notifications(drafters, { kind: 'comment', documentId, threadId, actorId: user.id }),
    );
    if (!created) {
      // Another request took the id meanwhile: a simultaneous retry, or a conflict.
      const raced = await this.retriedThread(thread);
      if (raced) return { created: false, item: raced };
      throw new Refusal('comment_id_taken');
    }
    this.options.onChange(documentId);
    return { created: true, item: created };
  }

  async editThread(user: User, documentId: string, threadId: string, change: { body?: string; kind?: CommentKind }): Promise<Thread> {
    await this.requireOwnThread(user, documentId, threadId);
    const edited = await this.options.comments.editThread(documentId, threadId, change, this.now());
    this.options.onChange(documentId);
    return edited ?? this.gone('thread_not_found');
  }

  async deleteThread(user: User, documentId: string, threadId: string): Promise<void> {
    await this.requireOwnThread(user, documentId, threadId);
    await this.options.comments.deleteThread(documentId, threadId);
    this.options.onChange(documentId);
  }

  async putReply(user: User, documentId: string, threadId: string, replyId: string, body: string): Promise<PutResult<Reply>> {
    const caller = await callerOn(this.options.access, user, documentId);
    const thread = await this.liveThread(documentId, threadId);
    const reply: NewReply = {
      id: replyId,
      threadId,
      authorId: user.id,
      organizationId: caller.access.organizationId,
      body,
      createdAt: this.now(),
    };
    const retried = retriedReply(thread, reply);
    if (retried) return { created: false, item: retried };
    requireCommenting(caller);
    const recipients = await this.conversationOf(caller, thread);
    const created = await this.options.comments.insertReply(
      reply,
      this.notifications(recipients, { kind: 'reply', documentId, threadId, actorId: user.id }),
    );
    if (!created) {
      const raced = retriedReply(await this.liveThread(documentId, threadId), reply);
      if (raced) return { created: false, item: raced };
      throw new Refusal('comment_id_taken');
    }
    this.options.onChange(documentId);
    return { created: true, item: created };
  }

  async editReply(user: User, documentId: string, threadId: string, replyId: string, body: string): Promise<Reply> {
    await this.requireOwnReply(user, documentId, threadId, replyId);
    const edited = await this.options.comments.editReply(threadId, replyId, body, this.now());
    this.options.onChange(documentId);
    return edited ?? this.gone('reply_not_found');
  }

  async deleteReply(user: User, documentId: string, threadId: string, replyId: string): Promise<void> {
    await this.requireOwnReply(user, documentId, threadId, replyId);
    await this.options.comments.deleteReply(threadId, replyId);
    this.options.onChange(documentId);
  }

  /** Tiếp thu or Giải trình (which needs its explanation), by the draft's authors. */
  async answer(user: User, documentId: string, threadId: string, answer: CommentAnswer, text: string): Promise<Thread> {
    const caller = await callerOn(this.options.access, user, documentId);
    requireRole(caller, 'editor', DRAFTERS_ONLY);
    const thread = await this.liveThread(documentId, threadId);
    if (answer === 'giai-trinh' && text === '') throw Refusal.invalid('text', 'Giải trình cần nêu lý do');
    const recipients = await this.conversationOf(caller, thread);
    const answered = await this.options.comments.answerThread(
      documentId,
      threadId,
      { answer, text: text === '' ? null : text, answeredBy: user.id, answeredAt: this.now() },
      this.notifications(recipients, { kind: 'answer', documentId, threadId, actorId: user.id }),
    );
    this.options.onChange(documentId);
    return answered ?? this.gone('thread_not_found');
  }

  async resolve(user: User, documentId: string, threadId: string): Promise<Thread> {
    const caller = await callerOn(this.options.access, user, documentId);
    requireRole(caller, 'editor', DRAFTERS_ONLY);
    return this.setStatus(documentId, threadId, 'resolved');
  }

  /** By the draft's authors, or by the thread's author while they may comment. */
  async reopen(user: User, documentId: string, threadId: string): Promise<Thread> {
    const caller = await callerOn(this.options.access, user, documentId);
    if (!roleAtLeast(caller.access.role, 'editor')) {
      const thread = await this.liveThread(documentId, threadId);
      if (thread.author.id !== user.id) throw new Refusal('role_too_weak', { message: DRAFTERS_ONLY });
      requireCommenting(caller);
    }
    return this.setStatus(documentId, threadId, 'open');
  }

  private async setStatus(documentId: string, threadId: string, status: Thread['status']): Promise<Thread> {
    await this.liveThread(documentId, threadId);
    const changed = await this.options.comments.setThreadStatus(documentId, threadId, status);
    this.options.onChange(documentId);
    return changed ?? this.gone('thread_not_found');
  }

  /** The stored thread a put with this id and content repeats; 409 when the id is taken by something else. */
  private async retriedThread(thread: NewThread): Promise<Thread | undefined> {
    const existing = await this.options.comments.getThread(thread.documentId, thread.id);
    if (!existing) return undefined;
    const same =
      existing.author.id === thread.authorId &&
      !existing.deleted &&
      existing.kind === thread.kind &&
      existing.body === thread.body &&
      sameAnchor(existing.anchor, thread.anchor);
    if (!same) throw new Refusal('comment_id_taken');
    return existing;
  }

  private async requirePassageInDocument(documentId: string, anchor: PassageAnchor): Promise<void> {
    const doc = await this.options.readDocument(documentId);
    try {
      if (resolveAnchor(doc, anchor).state !== 'attached') throw new Refusal('passage_missing');
    } finally {
      doc.destroy();
    }
  }

  /** A thread of the document that is not deleted; 404 otherwise. */
  private async liveThread(documentId: string, threadId: string): Promise<Thread> {
    const thread = await this.options.comments.getThread(documentId, threadId);
    if (!thread || thread.deleted) throw new Refusal('thread_not_found');
    return thread;
  }

  /** Refuses unless the thread is the caller's own and they may comment now. */
  private async requireOwnThread(user: User, documentId: string, threadId: string): Promise<void> {
    const caller = await callerOn(this.options.access, user, documentId);
    const thread = await this.liveThread(documentId, threadId);
    if (thread.author.id !== user.id) throw new Refusal('authors_only');
    requireCommenting(caller);
  }

  /** Refuses unless the reply is the caller's own and they may comment now. */
  private async requireOwnReply(user: User, documentId: string, threadId: string, replyId: string): Promise<void> {
    const caller = await callerOn(this.options.access, user, documentId);
    const reply = (await this.liveThread(documentId, threadId)).replies.find((r) => r.id === replyId && !r.deleted);
    if (!reply) throw new Refusal('reply_not_found');
    if (reply.author.id !== user.id) throw new Refusal('authors_only');
    requireCommenting(caller);
  }

  /** Who hears of a reply or an answer: the thread's author and repliers, and the document's owners, while they may see it. */
  private async conversationOf(caller: Caller, thread: Thread): Promise<string[]> {
    const participants = new Set([thread.author.id, ...thread.replies.filter((r) => !r.deleted).map((r) => r.author.id)]);
    const people = await this.options.access.usersWithAccess(caller.document);
    return people.filter((p) => p.role === 'owner' || participants.has(p.user.id)).map((p) => p.user.id);
  }

  private notifications(userIds: readonly string[], event: Omit<NotificationEvent, 'createdAt'>) {
    return notificationsTo(userIds, { ...event, createdAt: this.now() }, this.options.newId);
  }

  private gone(code: 'thread_not_found' | 'reply_not_found'): never {
    throw new Refusal(code);
  }
}

function parseAnchor(value: unknown): PassageAnchor | null {
  if (value === null) return null;
  try {
    return parsePassageAnchor(value);
  } catch (error) {
    if (error instanceof AnchorError) throw Refusal.invalid('anchor', error.message);
    throw error;
  }
}

/** The stored reply a put with this id and content repeats; 409 when the id is taken by something else in the thread. */
function retriedReply(thread: Thread, reply: NewReply): Reply | undefined {
  const existing = thread.replies.find((r) => r.id === reply.id);
  if (!existing) return undefined;
  if (existing.author.id !== reply.authorId || existing.deleted || existing.body !== reply.body) throw new Refusal('comment_id_taken');
  return existing;
}

function sameAnchor(a: PassageAnchor | null, b: PassageAnchor | null): boolean {
  if (!a || !b) return a === b;
  return (
    a.sectionId === b.sectionId &&
    a.start === b.start &&
    a.end === b.end &&
    a.quote === b.quote &&
    a.prefix === b.prefix &&
    a.suffix === b.suffix
  );
}
