import type { Database } from 'better-sqlite3';
import type { NewNotification, Notification } from '../../comments/model.js';
import type { NotificationStore } from '../../comments/NotificationStore.js';
import { prepared } from './statementCache.js';

interface NotificationRow {
  id: string;
  kind: Notification['kind'];
  document_id: string;
  document_title: string;
  thread_id: string | null;
  actor_id: string;
  actor_name: string;
  created_at: number;
  read_at: number | null;
}

/** Writes notifications; called by the stores inside the transaction of the change they tell of. */
export function insertNotifications(db: Database, notifications: readonly NewNotification[]): void {
  const insert = prepared(
    db,
    'INSERT INTO notifications (id, user_id, kind, document_id, thread_id, actor_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  for (const n of notifications) insert.run(n.id, n.userId, n.kind, n.documentId, n.threadId, n.actorId, n.createdAt);
}

/** `NotificationStore` on the server's SQLite database. */
export class SqliteNotificationStore implements NotificationStore {
  constructor(private readonly db: Database) {}

  async listForUser(userId: string, limit: number): Promise<Notification[]> {
    const rows = prepared(
      this.db,
      `SELECT n.id, n.kind, n.document_id, d.title AS document_title, n.thread_id, n.actor_id, u.display_name AS actor_name, n.created_at, n.read_at
         FROM notifications n JOIN documents d ON d.id = n.document_id JOIN users u ON u.id = n.actor_id
         WHERE n.user_id = ? ORDER BY n.created_at DESC, n.rowid DESC LIMIT ?`,
    ).all(userId, limit) as NotificationRow[];
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      document: { id: r.document_id, title: r.document_title },
      threadId: r.thread_id,
      actor: { id: r.actor_id, displayName: r.actor_name },
      createdAt: r.created_at,
      read: r.read_at !== null,
    }));
  }

  async unreadByDocument(userId: string): Promise<Map<string, number>> {
    const rows = prepared(
      this.db,
      'SELECT document_id, count(*) AS n FROM notifications WHERE user_id = ? AND read_at IS NULL GROUP BY document_id',
    ).all(userId) as { document_id: string; n: number }[];
    return new Map(rows.map((r) => [r.document_id, r.n]));
  }

  async markRead(userId: string, ids: readonly string[], now: number): Promise<void> {
    const mark = prepared(this.db, 'UPDATE notifications SET read_at = ? WHERE id = ? AND user_id = ? AND read_at IS NULL');
    this.db.transaction(() => {
      for (const id of ids) mark.run(now, id, userId);
    })();
  }
}
