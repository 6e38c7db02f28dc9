import { ApiError, messageOf } from '../../../api/ApiError.js';
import type { Reply, Thread } from '../../../domain/comments/commentModel.js';
import { listThreads, patchReply, patchThread, putReply, putThread } from '../commentsApi.js';
import { OutboxDatabase } from './OutboxDatabase.js';
import {
  afterConflict,
  deliverable,
  failureOutcome,
  type OutboxChange,
  type OutboxEntry,
  outboxDiff,
  withChange,
} from './outboxEntries.js';

/** What the server stored for a delivered entry, so the page can show it before its next refresh. */
export type Delivered = { documentId: string; thread: Thread } | { documentId: string; threadId: string; reply: Reply };

/**
 * One person's comments written on this device and not yet stored by the server: every new
 * thread, reply and edit goes through it. Each change is committed to IndexedDB before it is
 * sent, so it survives a closed tab, a reload or a crash; it is sent at once, and again when the
 * browser comes back online or a document reconnects (`flush`). A refusal stays on its entry, to
 * be shown with the server's message until the person retries or discards it: nothing is dropped
 * silently. One instance per person and page load (`commentOutboxOf`).
 */
export class CommentOutbox {
  private entries: readonly OutboxEntry[] = [];
  private readonly listeners = new Set<() => void>();
  private readonly deliveredListeners = new Set<(delivered: Delivered) => void>();
  /** Changes of `entries` run one after another, each committed before the next reads them. */
  private changes: Promise<void>;
  private flushing = false;
  private flushAgain = false;
  private readonly database: Promise<OutboxDatabase>;

  constructor(
    private readonly userId: string,
    database: Promise<OutboxDatabase>,
  ) {
    this.database = database.then(async (db) => {
      this.entries = await db.readAll();
      this.notify();
      return db;
    });
    this.changes = this.database.then(() => undefined);
    window.addEventListener('online', () => void this.flush());
    void this.changes.then(
      () => this.flush(),
      () => undefined,
    );
  }

  /** Subscribes to changes of `getEntries()`; returns the unsubscribe function. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Every undelivered entry, of every document; a new array only when something changed. */
  readonly getEntries = (): readonly OutboxEntry[] => this.entries;

  /** Calls `listener` with what the server stored each time an entry is delivered. */
  onDelivered(listener: (delivered: Delivered) => void): () => void {
    this.deliveredListeners.add(listener);
    return () => this.deliveredListeners.delete(listener);
  }

  /** Keeps `change` on this device (resolves once it is committed there), then tries to send it. */
  async queue(change: OutboxChange): Promise<void> {
    await this.change((entries) => withChange(entries, change, Date.now()));
    void this.flush();
  }

  /** Sends a refused entry again, e.g. once the reason is gone. */
  async retry(key: string): Promise<void> {
    await this.change((entries) => entries.map((entry) => (entry.key === key ? { ...entry, refusal: null } : entry)));
    void this.flush();
  }

  /** Forgets the entries of `keys` for good: the person decided not to send them. */
  discard(keys: readonly string[]): Promise<void> {
    return this.change((entries) => entries.filter((entry) => !keys.includes(entry.key)));
  }

  /**
   * Sends what may go out, oldest first, until the queue is empty or the server cannot be
   * reached (then the next `flush` goes on). Calls while one runs make it look again at the end.
   */
  async flush(): Promise<void> {
    if (this.flushing) {
      this.flushAgain = true;
      return;
    }
    this.flushing = true;
    try {
      do {
        this.flushAgain = false;
        for (let next = deliverable(this.entries)[0]; next; next = deliverable(this.entries)[0]) {
          if (!(await this.send(next))) return;
        }
      } while (this.flushAgain);
    } finally {
      this.flushing = false;
    }
  }

  /** Sends one entry and records the outcome; false when it must wait for a later attempt. */
  private async send(entry: OutboxEntry): Promise<boolean> {
    let delivered: Delivered;
    try {
      delivered = await this.request(entry);
    } catch (error) {
      const status = error instanceof ApiError ? error.status : 0;
      const outcome = failureOutcome(status);
      if (outcome === 'try-later') return false;
      const message = messageOf(error);
      let replacement: OutboxEntry = { ...entry, refusal: message };
      if (outcome === 'conflict') {
        try {
          replacement = afterConflict(entry, await listThreads(entry.documentId), this.userId, message);
        } catch {
          return false;
        }
      }
      await this.change((entries) => entries.map((e) => (e === entry ? replacement : e)));
      return true;
    }
    // Only this very entry: if the person edited it meanwhile, the newer text still goes out.
    await this.change((entries) => entries.filter((e) => e !== entry));
    for (const listener of [...this.deliveredListeners]) listener(delivered);
    return true;
  }

  private async request(entry: OutboxEntry): Promise<Delivered> {
    const { documentId, threadId } = entry;
    switch (entry.type) {
      case 'thread':
        return { documentId, thread: await putThread(documentId, threadId, { anchor: entry.anchor, kind: entry.kind, body: entry.body }) };
      case 'thread-edit':
        return { documentId, thread: await patchThread(documentId, threadId, { kind: entry.kind, body: entry.body }) };
      case 'reply':
        return { documentId, threadId, reply: await putReply(documentId, threadId, entry.replyId, entry.body) };
      case 'reply-edit':
        return { documentId, threadId, reply: await patchReply(documentId, threadId, entry.replyId, entry.body) };
    }
  }

  /** Applies `transform` to the entries, after every earlier change, and commits the result before showing it. */
  private change(transform: (entries: readonly OutboxEntry[]) => OutboxEntry[]): Promise<void> {
    const run = this.changes.then(async () => {
      const db = await this.database;
      const next = transform(this.entries);
      const { put, removed } = outboxDiff(this.entries, next);
      if (put.length === 0 && removed.length === 0) return;
      await db.write(put, removed);
      this.entries = next;
      this.notify();
    });
    // A failed write fails its own caller; later changes still run.
    this.changes = run.catch(() => undefined);
    return run;
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

const outboxes = new Map<string, CommentOutbox>();

/** The outbox of the person signed in as `userId`, opened on first use and kept for the page's life. */
export function commentOutboxOf(userId: string): CommentOutbox {
  let outbox = outboxes.get(userId);
  if (!outbox) {
    outbox = new CommentOutbox(userId, OutboxDatabase.open(userId));
    outboxes.set(userId, outbox);
  }
  return outbox;
}
