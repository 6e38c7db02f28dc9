import Database from 'better-sqlite3';
import type { DocumentRecord, Storage, StoredContent, UpdateToAppend } from '../Storage.js';
import { migrate } from './migrations.js';

interface DocumentRow {
  id: string;
  title: string;
  created_at: number;
  updated_at: number;
}

const toRecord = (row: DocumentRow): DocumentRecord => ({
  id: row.id,
  title: row.title,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export interface SqliteStorageOptions {
  /**
   * How long a write waits for a lock held by another process before it fails and is retried by
   * the caller. Short, because better-sqlite3 waits synchronously on the event loop.
   */
  busyTimeoutMs?: number;
}

/**
 * The embedded default: one SQLite file in WAL mode with `synchronous = FULL`, so that a commit
 * that returned survives a crash or power loss.
 */
export class SqliteStorage implements Storage {
  private readonly db: Database.Database;
  private readonly statements;

  constructor(filename: string, { busyTimeoutMs = 50 }: SqliteStorageOptions = {}) {
    this.db = new Database(filename);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma(`busy_timeout = ${busyTimeoutMs}`);
    migrate(this.db);
    const db = this.db;
    this.statements = {
      insertDocument: db.prepare(
        'INSERT INTO documents (id, title, created_at, updated_at) VALUES (?, ?, ?, ?)',
      ),
      getDocument: db.prepare<[string], DocumentRow>('SELECT * FROM documents WHERE id = ?'),
      listDocuments: db.prepare<[], DocumentRow>('SELECT * FROM documents ORDER BY updated_at DESC, id ASC'),
      renameDocument: db.prepare('UPDATE documents SET title = ?, updated_at = ? WHERE id = ?'),
      touchDocument: db.prepare('UPDATE documents SET updated_at = ? WHERE id = ?'),
      getSnapshot: db.prepare<[string], { data: Buffer }>(
        'SELECT data FROM document_snapshots WHERE document_id = ?',
      ),
      getUpdates: db.prepare<[string], { seq: number; data: Buffer }>(
        'SELECT seq, data FROM document_updates WHERE document_id = ? ORDER BY seq',
      ),
      insertUpdate: db.prepare('INSERT INTO document_updates (document_id, data) VALUES (?, ?)'),
      upsertSnapshot: db.prepare(
        'INSERT INTO document_snapshots (document_id, data) VALUES (?, ?) ' +
          'ON CONFLICT (document_id) DO UPDATE SET data = excluded.data',
      ),
      deleteUpdatesThrough: db.prepare('DELETE FROM document_updates WHERE document_id = ? AND seq <= ?'),
    };
  }

  async createDocument({ id, title, now }: { id: string; title: string; now: number }): Promise<DocumentRecord> {
    this.statements.insertDocument.run(id, title, now, now);
    return { id, title, createdAt: now, updatedAt: now };
  }

  async getDocument(id: string): Promise<DocumentRecord | undefined> {
    const row = this.statements.getDocument.get(id);
    return row && toRecord(row);
  }

  async listDocuments(): Promise<DocumentRecord[]> {
    return this.statements.listDocuments.all().map(toRecord);
  }

  async renameDocument(id: string, title: string, now: number): Promise<DocumentRecord | undefined> {
    const { changes } = this.statements.renameDocument.run(title, now, id);
    return changes === 0 ? undefined : this.getDocument(id);
  }

  async loadContent(documentId: string): Promise<StoredContent> {
    const read = this.db.transaction(() => {
      const snapshot = this.statements.getSnapshot.get(documentId);
      const rows = this.statements.getUpdates.all(documentId);
      return {
        snapshot: snapshot ? new Uint8Array(snapshot.data) : null,
        updates: rows.map((r) => new Uint8Array(r.data)),
        lastSeq: rows.at(-1)?.seq ?? 0,
      };
    });
    return read();
  }

  async appendUpdates(updates: readonly UpdateToAppend[], now: number): Promise<number[]> {
    const append = this.db.transaction(() => {
      const touched = new Set<string>();
      const seqs = updates.map(({ documentId, update }) => {
        touched.add(documentId);
        return Number(this.statements.insertUpdate.run(documentId, update).lastInsertRowid);
      });
      for (const id of touched) this.statements.touchDocument.run(now, id);
      return seqs;
    });
    return append.immediate();
  }

  async compactContent(documentId: string, snapshot: Uint8Array, throughSeq: number): Promise<void> {
    this.db.transaction(() => {
      this.statements.upsertSnapshot.run(documentId, snapshot);
      this.statements.deleteUpdatesThrough.run(documentId, throughSeq);
    }).immediate();
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
