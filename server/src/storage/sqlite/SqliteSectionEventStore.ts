import type { Database } from 'better-sqlite3';
import type { SectionEvent, SectionEventStore } from '../../workflow/SectionEventStore.js';
import { prepared } from './statementCache.js';

/** `SectionEventStore` on the server's SQLite database. */
export class SqliteSectionEventStore implements SectionEventStore {
  constructor(private readonly db: Database) {}

  async append(events: readonly SectionEvent[]): Promise<void> {
    const insert = prepared(
      this.db,
      'INSERT INTO section_events (document_id, section_id, field, value, actor_id, at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.db.transaction(() => {
      for (const e of events) insert.run(e.documentId, e.sectionId, e.field, e.value, e.actorId, e.at);
    })();
  }

  async listForDocument(documentId: string, limit: number): Promise<SectionEvent[]> {
    const rows = prepared(
      this.db,
      'SELECT section_id, field, value, actor_id, at FROM section_events WHERE document_id = ? ORDER BY id DESC LIMIT ?',
    ).all(documentId, limit) as {
      section_id: string;
      field: SectionEvent['field'];
      value: string | null;
      actor_id: string | null;
      at: number;
    }[];
    return rows.map((r) => ({ documentId, sectionId: r.section_id, field: r.field, value: r.value, actorId: r.actor_id, at: r.at }));
  }
}
