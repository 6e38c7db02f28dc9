import type { Database } from 'better-sqlite3';
import type { DocumentRecord, DocumentSummary, NewDocument, Storage, StoredContent, UpdateToAppend } from '../Storage.js';

interface DocumentRow {
  id: string;
  title: string;
  created_at: number;
  updated_at: number;
  organization_id: string | null;
  created_by: string | null;
  template_id: string | null;
  template_version: number | null;
  summary: string | null;
}

const toRecord = (row: DocumentRow): DocumentRecord => ({
  id: row.id,
  title: row.title,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  organizationId: row.organization_id,
  createdBy: row.created_by,
  templateId: row.template_id,
  templateVersion: row.template_version,
  summary: row.summary ? (JSON.parse(row.summary) as DocumentSummary) : null,
});

/** Documents and their content in the SQLite database opened by `openSqliteDatabase`; closing it closes the database. */
export class SqliteStorage implements Storage {
  private readonly statements;

  constructor(private readonly db: Database) {
    this.statements = {
      insertDocument: db.prepare(
        'INSERT INTO documents (id, title, created_at, updated_at, organization_id, created_by, template_id, template_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      getDocument: db.prepare<[string], DocumentRow>('SELECT * FROM documents WHERE id = ?'),
      listDocuments: db.prepare<[], DocumentRow>('SELECT * FROM documents ORDER BY updated_at DESC, id ASC'),
      renameDocument: db.prepare('UPDATE documents SET title = ?, updated_at = ? WHERE id = ?'),
      touchDocument: db.prepare('UPDATE documents SET updated_at = ? WHERE id = ?'),
      setSummary: db.prepare('UPDATE documents SET summary = ? WHERE id = ?'),
      getSnapshot: db.prepare<[string], { data: Buffer }>('SELECT data FROM document_snapshots WHERE document_id = ?'),
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

  async createDocument({
    id,
    title,
    now,
    organizationId = null,
    createdBy = null,
    template = null,
    initialContent,
    summary = null,
  }: NewDocument): Promise<DocumentRecord> {
    this.db
      .transaction(() => {
        this.statements.insertDocument.run(id, title, now, now, organizationId, createdBy, template?.id ?? null, template?.version ?? null);
        if (initialContent) this.statements.insertUpdate.run(id, initialContent);
        if (summary) this.statements.setSummary.run(JSON.stringify(summary), id);
      })
      .immediate();
    return {
      id,
      title,
      createdAt: now,
      updatedAt: now,
      organizationId,
      createdBy,
      templateId: template?.id ?? null,
      templateVersion: template?.version ?? null,
      summary,
    };
  }

  async setDocumentSummary(id: string, summary: DocumentSummary): Promise<void> {
    this.statements.setSummary.run(JSON.stringify(summary), id);
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
    this.db
      .transaction(() => {
        this.statements.upsertSnapshot.run(documentId, snapshot);
        this.statements.deleteUpdatesThrough.run(documentId, throughSeq);
      })
      .immediate();
    // The log just deleted is most of what a document ever wrote: give its pages back.
    this.db.pragma('incremental_vacuum');
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
