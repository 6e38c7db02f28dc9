import type { CommentAnswer, CommentKind, PassageAnchor } from '@van-kien/schema';
import type { Database } from 'better-sqlite3';
import type { CommentStore, NewReply, NewThread, ThreadAnswer } from '../../comments/CommentStore.js';
import type { NewNotification, Reply, Thread, ThreadStatus } from '../../comments/model.js';
import { insertNotifications } from './SqliteNotificationStore.js';
import { prepared } from './statementCache.js';

interface ReplyRow {
  id: string;
  author_id: string;
  author_name: string;
  organization_id: string | null;
  organization_name: string | null;
  body: string;
  created_at: number;
  edited_at: number | null;
  deleted: number;
}

interface ThreadRow extends ReplyRow {
  document_id: string;
  round_id: string | null;
  draft_number: number | null;
  anchor: string | null;
  kind: CommentKind;
  status: ThreadStatus;
  answer: CommentAnswer | null;
  answer_text: string | null;
  answered_by: string | null;
  answerer_name: string | null;
  answered_at: number | null;
}

const THREAD_SELECT = `SELECT t.*, u.display_name AS author_name, o.name AS organization_name, a.display_name AS answerer_name
  FROM comment_threads t JOIN users u ON u.id = t.author_id LEFT JOIN organizations o ON o.id = t.organization_id
  LEFT JOIN users a ON a.id = t.answered_by`;

const REPLY_SELECT = `SELECT r.*, u.display_name AS author_name, o.name AS organization_name
  FROM comment_replies r JOIN users u ON u.id = r.author_id LEFT JOIN organizations o ON o.id = r.organization_id`;

/** The anchor as stored: its own fields and nothing else a client may have sent along. */
function anchorJson(anchor: PassageAnchor | null): string | null {
  if (!anchor) return null;
  const { sectionId, start, end, quote, prefix, suffix } = anchor;
  return JSON.stringify({ sectionId, start, end, quote, prefix, suffix });
}

const toReply = (row: ReplyRow): Reply => ({
  id: row.id,
  author: { id: row.author_id, displayName: row.author_name },
  organization: row.organization_id === null ? null : { id: row.organization_id, name: row.organization_name ?? '' },
  body: row.body,
  createdAt: row.created_at,
  editedAt: row.edited_at,
  deleted: row.deleted === 1,
});

const toThread = (row: ThreadRow, replies: Reply[]): Thread => ({
  ...toReply(row),
  documentId: row.document_id,
  roundId: row.round_id,
  draftNumber: row.draft_number,
  anchor: row.anchor === null ? null : (JSON.parse(row.anchor) as PassageAnchor),
  kind: row.kind,
  status: row.status,
  answer: row.answer,
  answerText: row.answer_text,
  answeredBy: row.answered_by === null ? null : { id: row.answered_by, displayName: row.answerer_name ?? '' },
  answeredAt: row.answered_at,
  replies,
});

/** `CommentStore` on the server's SQLite database. */
export class SqliteCommentStore implements CommentStore {
  constructor(private readonly db: Database) {}

  async listThreads(documentId: string): Promise<Thread[]> {
    const threads = prepared(this.db, `${THREAD_SELECT} WHERE t.document_id = ? ORDER BY t.created_at, t.rowid`).all(
      documentId,
    ) as ThreadRow[];
    const replies = prepared(
      this.db,
      `${REPLY_SELECT} JOIN comment_threads t ON t.id = r.thread_id WHERE t.document_id = ? ORDER BY r.created_at, r.rowid`,
    ).all(documentId) as (ReplyRow & { thread_id: string })[];
    const byThread = new Map<string, Reply[]>(threads.map((t) => [t.id, []]));
    for (const r of replies) byThread.get(r.thread_id)!.push(toReply(r));
    return threads.map((t) => toThread(t, byThread.get(t.id)!));
  }

  async getThread(documentId: string, threadId: string): Promise<Thread | undefined> {
    return this.readThread(documentId, threadId);
  }

  async insertThread(thread: NewThread, notifications: readonly NewNotification[]): Promise<Thread | undefined> {
    const inserted = this.db
      .transaction(() => {
        const { changes } = prepared(
          this.db,
          `INSERT INTO comment_threads (id, document_id, round_id, draft_number, author_id, organization_id, anchor, kind, body, created_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
        ).run(
          thread.id,
          thread.documentId,
          thread.roundId,
          thread.draftNumber,
          thread.authorId,
          thread.organizationId,
          anchorJson(thread.anchor),
          thread.kind,
          thread.body,
          thread.createdAt,
        );
        if (changes > 0) insertNotifications(this.db, notifications);
        return changes > 0;
      })
      .immediate();
    return inserted ? this.readThread(thread.documentId, thread.id) : undefined;
  }

  async editThread(
    documentId: string,
    threadId: string,
    change: { body?: string; kind?: CommentKind },
    now: number,
  ): Promise<Thread | undefined> {
    prepared(
      this.db,
      'UPDATE comment_threads SET body = coalesce(?, body), kind = coalesce(?, kind), edited_at = ? WHERE id = ? AND document_id = ? AND deleted = 0',
    ).run(change.body ?? null, change.kind ?? null, now, threadId, documentId);
    return this.readThread(documentId, threadId);
  }

  async deleteThread(documentId: string, threadId: string): Promise<void> {
    this.db
      .transaction(() => {
        const othersReplied = prepared(
          this.db,
          `SELECT 1 FROM comment_replies r JOIN comment_threads t ON t.id = r.thread_id
             WHERE t.id = ? AND t.document_id = ? AND r.author_id <> t.author_id AND r.deleted = 0`,
        ).get(threadId, documentId);
        if (othersReplied) {
          prepared(this.db, "UPDATE comment_threads SET body = '', deleted = 1 WHERE id = ? AND document_id = ?").run(threadId, documentId);
        } else {
          prepared(this.db, 'DELETE FROM comment_threads WHERE id = ? AND document_id = ?').run(threadId, documentId);
        }
      })
      .immediate();
  }

  async answerThread(
    documentId: string,
    threadId: string,
    answer: ThreadAnswer,
    notifications: readonly NewNotification[],
  ): Promise<Thread | undefined> {
    const changed = this.db
      .transaction(() => {
        const { changes } = prepared(
          this.db,
          'UPDATE comment_threads SET answer = ?, answer_text = ?, answered_by = ?, answered_at = ? WHERE id = ? AND document_id = ? AND deleted = 0',
        ).run(answer.answer, answer.text, answer.answeredBy, answer.answeredAt, threadId, documentId);
        if (changes > 0) insertNotifications(this.db, notifications);
        return changes > 0;
      })
      .immediate();
    return changed ? this.readThread(documentId, threadId) : undefined;
  }

  async setThreadStatus(documentId: string, threadId: string, status: ThreadStatus): Promise<Thread | undefined> {
    prepared(this.db, 'UPDATE comment_threads SET status = ? WHERE id = ? AND document_id = ? AND deleted = 0').run(
      status,
      threadId,
      documentId,
    );
    return this.readThread(documentId, threadId);
  }

  async insertReply(reply: NewReply, notifications: readonly NewNotification[]): Promise<Reply | undefined> {
    const inserted = this.db
      .transaction(() => {
        const { changes } = prepared(
          this.db,
          'INSERT INTO comment_replies (id, thread_id, author_id, organization_id, body, created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING',
        ).run(reply.id, reply.threadId, reply.authorId, reply.organizationId, reply.body, reply.createdAt);
        if (changes > 0) insertNotifications(this.db, notifications);
        return changes > 0;
      })
      .immediate();
    return inserted ? this.readReply(reply.threadId, reply.id) : undefined;
  }

  async editReply(threadId: string, replyId: string, body: string, now: number): Promise<Reply | undefined> {
    prepared(this.db, 'UPDATE comment_replies SET body = ?, edited_at = ? WHERE id = ? AND thread_id = ? AND deleted = 0').run(
      body,
      now,
      replyId,
      threadId,
    );
    return this.readReply(threadId, replyId);
  }

  async deleteReply(threadId: string, replyId: string): Promise<void> {
    prepared(this.db, "UPDATE comment_replies SET body = '', deleted = 1 WHERE id = ? AND thread_id = ?").run(replyId, threadId);
  }

  private readThread(documentId: string, threadId: string): Thread | undefined {
    const row = prepared(this.db, `${THREAD_SELECT} WHERE t.id = ? AND t.document_id = ?`).get(threadId, documentId) as
      | ThreadRow
      | undefined;
    if (!row) return undefined;
    const replies = prepared(this.db, `${REPLY_SELECT} WHERE r.thread_id = ? ORDER BY r.created_at, r.rowid`).all(threadId) as ReplyRow[];
    return toThread(row, replies.map(toReply));
  }

  private readReply(threadId: string, replyId: string): Reply | undefined {
    const row = prepared(this.db, `${REPLY_SELECT} WHERE r.id = ? AND r.thread_id = ?`).get(replyId, threadId) as ReplyRow | undefined;
    return row && toReply(row);
  }
}
