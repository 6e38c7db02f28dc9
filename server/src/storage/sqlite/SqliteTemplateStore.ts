import { parseTemplate, type Template } from '@van-kien/templates';
import type { Database } from 'better-sqlite3';
import type { TemplateStore } from '../../templates/TemplateStore.js';
import { prepared } from './statementCache.js';

/** `TemplateStore` on the server's SQLite database; templates are kept as validated JSON. */
export class SqliteTemplateStore implements TemplateStore {
  constructor(private readonly db: Database) {}

  async listPublished(): Promise<Template[]> {
    const rows = prepared(this.db, 'SELECT data FROM templates ORDER BY id, version').all() as { data: string }[];
    return rows.map((row) => parseTemplate(JSON.parse(row.data)));
  }

  async publish(template: Template, publishedBy: string, now: number): Promise<void> {
    prepared(this.db, 'INSERT INTO templates (id, version, data, published_by, published_at) VALUES (?, ?, ?, ?, ?)').run(
      template.id,
      template.version,
      JSON.stringify(template),
      publishedBy,
      now,
    );
  }
}
